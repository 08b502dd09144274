"""``vetguide self-test``: one line per check, and a non-zero exit when one fails."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from vetguide import self_test
from vetguide.cli import run
from vetguide.model import resources

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _widgets_app(qapp):  # type: ignore[no-untyped-def]
    """The checks that draw use the test run's QApplication, never one of their own."""
    return qapp


def _self_test(*args: str) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = run(["self-test", *args], out=out)
    return code, out.getvalue().splitlines()


def test_a_complete_installation_passes_every_check() -> None:
    code, lines = _self_test()
    assert code == 0
    names = [name for name, _ in self_test.CHECKS]
    assert [line.split(":")[0] for line in lines[:-1]] == [f"ok   {n}" for n in names]
    assert lines[-1] == f"{len(names)} of {len(names)} checks passed"


def test_an_unknown_time_zone_fails_the_check_and_the_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    table = resources.load_countries()
    broken = table.model_copy(
        update={"countries": [table.countries[0].model_copy(update={"time_zone": "Mars/Olympus"})]}
    )
    monkeypatch.setattr(resources, "load_countries", lambda *a, **k: broken)
    code, lines = _self_test()
    assert code == 1
    assert "FAIL time zones: not found: Mars/Olympus (is the tzdata package installed?)" in lines
    assert lines[-1] == f"{len(self_test.CHECKS) - 1} of {len(self_test.CHECKS)} checks passed"


def test_time_zones_resolve_without_a_system_database() -> None:
    """Windows has no zone database: the tzdata package must do (empty PYTHONTZPATH)."""
    env = {**os.environ, "PYTHONTZPATH": ""}
    code = "from vetguide.self_test import check_time_zones as c; print(c())"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "Europe/Brussels" in done.stdout


def test_without_tzdata_or_a_system_database_the_zones_fail() -> None:
    """What a Windows bundle without the tzdata package would meet."""
    env = {**os.environ, "PYTHONTZPATH": ""}
    code = (
        "import sys; sys.modules['tzdata'] = None\n"
        "from vetguide.self_test import run_check, check_time_zones as c\n"
        "print(run_check('time zones', c).line())"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.stdout.startswith("FAIL time zones: not found: "), done.stderr
    assert done.stdout.rstrip().endswith("more (is the tzdata package installed?)")


def test_missing_font_files_fail(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("vetguide.report.pdf.FONT_DIR", tmp_path)
    result = self_test.run_check("memo font", self_test.check_memo_font)
    assert not result.ok and "DejaVuSans.ttf" in result.detail


def test_a_pdf_without_cyrillic_glyphs_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    real = self_test.render_sample_pdf

    def latin_only(target: Path) -> str:
        monkeypatch.setattr(self_test, "SAMPLE_CYRILLIC", "")
        family = real(target)
        monkeypatch.setattr(self_test, "SAMPLE_CYRILLIC", "Ћирилица Љубљана")
        return family

    monkeypatch.setattr(self_test, "render_sample_pdf", latin_only)
    result = self_test.run_check("memo font", self_test.check_memo_font)
    assert not result.ok
    assert result.detail.startswith("Cyrillic letters not embedded: ")


def test_a_data_folder_that_cannot_be_made_fails(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("VETGUIDE_DATA_DIR", str(blocker / "data"))
    result = self_test.run_check("data folder", self_test.check_data_folder)
    assert not result.ok and str(blocker / "data") in result.detail
