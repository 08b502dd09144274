"""The log file: where it goes, what lands in it, and that setting it up never fails."""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path

import pytest

from vetguide import logging_setup
from vetguide.model import storage
from vetguide.model.shortlist import Library


def _our_handlers() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if h.get_name() == "vetguide-file"]


@pytest.fixture(autouse=True)
def clean_root_logger() -> Iterator[None]:
    root = logging.getLogger()
    level = root.level
    yield
    for handler in _our_handlers():
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    logging.captureWarnings(False)


def test_warnings_go_to_a_rotating_file_in_the_log_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(logging_setup.LOG_DIR_ENV, str(tmp_path / "logs"))
    path = logging_setup.setup_logging()
    assert path == tmp_path / "logs" / "vetguide.log"
    (handler,) = _our_handlers()
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert (handler.maxBytes, handler.backupCount) == (1_000_000, 3)
    assert handler.level == logging.WARNING
    logging.getLogger("vetguide.test").info("not this")
    library = tmp_path / "library.json"
    library.write_text("{ damaged", encoding="utf-8")
    moved = storage.load_or_default(library, Library).moved_aside
    handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "WARNING vetguide.model.storage" in text and str(moved) in text
    assert "not this" not in text


def test_setting_up_twice_adds_one_handler(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(logging_setup.LOG_DIR_ENV, str(tmp_path))
    logging_setup.setup_logging()
    logging_setup.setup_logging()
    assert len(_our_handlers()) == 1


def test_a_folder_that_cannot_be_made_gives_no_log_file_and_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv(logging_setup.LOG_DIR_ENV, str(blocker / "logs"))
    assert logging_setup.setup_logging() is None
    assert _our_handlers() == []
    assert "no log file" in capsys.readouterr().err


def test_without_stderr_it_still_does_not_fail(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv(logging_setup.LOG_DIR_ENV, str(blocker))
    monkeypatch.setattr("sys.stderr", None)  # pythonw on Windows
    assert logging_setup.setup_logging() is None


def test_the_default_folder_is_the_platform_log_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    from platformdirs import user_log_path

    monkeypatch.delenv(logging_setup.LOG_DIR_ENV, raising=False)
    assert logging_setup.log_dir() == user_log_path("vetguide", appauthor=False)
