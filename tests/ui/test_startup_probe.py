"""The start-up probe the benchmarks use (benchmarks/issue15.py): with
VETGUIDE_STARTUP_PROBE=1 the app, started as the command starts it, says when its window is
shown and when its data is ready, with its peak memory, and quits; without it, it says
nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from vetguide.ui import startup_probe


def test_the_probe_reports_shown_then_ready_and_quits(tmp_path: Path):
    env = dict(os.environ)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "VETGUIDE_DATA_DIR": str(tmp_path / "data"),
            "VETGUIDE_LOG_DIR": str(tmp_path / "log"),
            startup_probe.PROBE_ENV: "1",
        }
    )
    done = subprocess.run(
        [sys.executable, "-m", "vetguide"], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    lines = [line.partition(" ")[::2] for line in done.stdout.splitlines()]
    assert [label for label, _ in lines] == [
        "shown", "model_at_shown", "ready", "peak_kib", "models_built"
    ]  # fmt: skip
    found = dict(lines)
    shown, ready, peak = (float(found[label]) for label in ("shown", "ready", "peak_kib"))
    assert shown <= ready
    assert peak > 0
    assert (tmp_path / "data" / "library.sqlite").is_file()  # the shortlists were loaded


def test_without_the_variable_the_probe_is_not_wanted(monkeypatch):
    monkeypatch.delenv(startup_probe.PROBE_ENV, raising=False)
    assert not startup_probe.wanted()
    monkeypatch.setenv(startup_probe.PROBE_ENV, "1")
    assert startup_probe.wanted()


def probe_lines(data: Path, cache: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "VETGUIDE_DATA_DIR": str(data),
            "VETGUIDE_CACHE_DIR": str(cache),
            startup_probe.PROBE_ENV: "1",
        }
    )
    done = subprocess.run(
        [sys.executable, "-m", "vetguide"], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return dict(line.partition(" ")[::2] for line in done.stdout.splitlines())


def test_a_start_with_a_warm_cache_builds_no_validator_for_the_data(tmp_path: Path):
    """The first start validates the bundled data (and caches it); the next one reads it
    from the cache and builds none of the data's validators (vetguide.model.base)."""
    data_classes = {"Catalogue", "Action", "Texts", "ReadinessData", "BudgetData", "BudgetPlan"}
    first = set(probe_lines(tmp_path / "data", tmp_path / "cache")["models_built"].split(","))
    assert {"Catalogue", "Texts", "ReadinessData"} <= first
    second = set(probe_lines(tmp_path / "data", tmp_path / "cache")["models_built"].split(","))
    assert not second & data_classes, second
