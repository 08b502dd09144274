"""The test suite stays out of the user's own folders (issue 12, item 7; see tests/conftest.py)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from tests.isolation import REAL_FOLDERS, TEST_HOME, our_changes
from vetguide import logging_setup
from vetguide.paths import data_dir


def inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def test_without_overrides_vetguide_finds_the_test_home(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VETGUIDE_DATA_DIR", raising=False)
    monkeypatch.delenv(logging_setup.LOG_DIR_ENV, raising=False)
    assert inside(data_dir(), TEST_HOME)
    assert inside(logging_setup.log_dir(), TEST_HOME)
    for real in REAL_FOLDERS:
        assert not inside(real, TEST_HOME)


def test_a_log_file_set_up_by_the_app_lands_in_the_test_home(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """What run_app does in the app tests: logging with no VETGUIDE_LOG_DIR of the test's own."""
    monkeypatch.delenv(logging_setup.LOG_DIR_ENV, raising=False)
    path = logging_setup.setup_logging()
    assert path is not None and inside(path, TEST_HOME)
    logging.getLogger("vetguide.test").warning("isolation check in %s", tmp_path)
    assert our_changes([str(tmp_path), str(TEST_HOME)]) == []
    assert str(tmp_path) in path.read_text(encoding="utf-8")


def test_the_real_folders_are_untouched_so_far(tmp_path_factory: pytest.TempPathFactory) -> None:
    assert os.environ["HOME"] == str(TEST_HOME)
    assert our_changes([str(tmp_path_factory.getbasetemp()), str(TEST_HOME)]) == []
