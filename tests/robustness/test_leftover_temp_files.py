# ruff: noqa: F811 - the app fixtures are imported from tests/ui/conftest.py
"""Temp files left by interrupted writes are removed (issue 12, item 7).

Every write goes to ``.<name>.<8 random characters>.tmp`` beside its target and is renamed
over it (vetguide.model.files). A kill or a power cut in between leaves that temp file. The
app removes those in the data folder when it starts, and each write removes those of its
own target; only our own names, only files old enough not to belong to a write going on.
"""

from __future__ import annotations

import os
import sys
import time
from io import StringIO
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.ui.conftest import (  # noqa: F401 - fixtures for the app test
    data_dir,
    dialogs,
    english_after_each_test,
)
from tests.ui.helpers import TODAY
from vetguide.cli import EXIT_OK, run
from vetguide.model import files
from vetguide.ui import app as app_module
from vetguide.ui.main_window import MainWindow

HOUR = 3600


def make(folder: Path, name: str, age_s: float = 0, text: str = "partial") -> Path:
    path = folder / name
    path.write_text(text)
    then = time.time() - age_s
    os.utime(path, (then, then))
    return path


def leftovers(folder: Path) -> dict[str, Path]:
    """Our stale temp files and, beside them, names that must be kept."""
    folder.mkdir(parents=True, exist_ok=True)
    return {
        "stale library": make(folder, ".library.json.k2x_9ab4.tmp", 2 * HOUR),
        "stale settings": make(folder, ".settings.ini.00aa11bb.tmp", 30 * HOUR),
        "being written": make(folder, ".library.json.fresh123.tmp", 0),
        "the user's": make(folder, ".notes.tmp", 2 * HOUR),
        "other program": make(folder, "library.json.tmp", 2 * HOUR),
        "upper case": make(folder, ".library.json.ABCDEFGH.tmp", 2 * HOUR),
    }


STALE = {"stale library", "stale settings"}


def check(found: dict[str, Path]) -> None:
    for label, path in found.items():
        assert path.exists() == (label not in STALE), label


def test_only_our_stale_temp_files_are_removed(tmp_path: Path) -> None:
    found = leftovers(tmp_path)
    (tmp_path / ".folder.abcdefgh.tmp").mkdir()
    os.utime(tmp_path / ".folder.abcdefgh.tmp", (0, 0))
    removed = files.remove_stale_temp_files(tmp_path)
    assert sorted(removed) == sorted(found[label] for label in STALE)
    check(found)
    assert (tmp_path / ".folder.abcdefgh.tmp").is_dir()


def test_the_app_removes_them_from_the_data_folder_at_start(
    qapp, qtbot, monkeypatch, dialogs, data_dir
):
    found = leftovers(data_dir)

    def fake_exec(app):
        (window,) = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        qtbot.waitUntil(lambda: window.catalogue_loaded and not found["stale library"].exists())
        window.close()
        return 0

    monkeypatch.setattr(app_module, "_exec", fake_exec)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    assert app_module.run_app(["vetguide"]) == 0
    check(found)


def test_an_export_removes_the_leftovers_of_its_own_target(tmp_path: Path) -> None:
    target = tmp_path / "plan.ics"
    mine = make(tmp_path, ".plan.ics.a1b2c3d4.tmp", 2 * HOUR)
    fresh = make(tmp_path, ".plan.ics.e5f6g7h8.tmp", 0)
    other = make(tmp_path, ".other.ics.a1b2c3d4.tmp", 2 * HOUR)
    out, err = StringIO(), StringIO()
    argv = ["calendar", "--all", "--ics", str(target), "--today", TODAY.isoformat()]
    assert run(argv, out, err) == EXIT_OK, err.getvalue()
    assert target.exists() and not mine.exists()
    assert fresh.exists() and other.exists()
