# ruff: noqa: F811 - the app fixtures are imported from tests/ui/conftest.py
"""Exports to awkward targets (issue 7): a non-ASCII path, a read-only folder, and a file
open in another program. Each of the three exports (PDF memo, .ics calendar, shortlist JSON)
is driven through the real app actions (dialogs scripted) and, where a command exists,
through the command line.

Tests run as root, where permissions stop nothing, so the failures are simulated: a
read-only folder by ``os.access`` saying no and by the low-level open/write raising
``PermissionError``; a file open elsewhere (Windows) by the final replace failing.
Expectations: one clear message naming the file, no traceback; no temp file left in the
folder; an earlier file at the target intact.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from collections.abc import Callable
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtCore import QSaveFile

import vetguide.report.pdf as pdf_module
from tests.ui.conftest import (  # noqa: F401 - fixtures for the app tests
    catalogue,
    data_dir,
    dialogs,
    english_after_each_test,
    make_window,
    window,
)
from tests.ui.helpers import TODAY
from tests.ui.test_main_window import add_actions
from vetguide.cli import EXIT_OK, EXIT_USAGE, run
from vetguide.model.shortlist import Shortlist
from vetguide.model.storage import read_shortlist_file, write_shortlist_file

NON_ASCII_FOLDER = "Škola Đurđevac – ЂУРЂЕВАЦ"
EARLIER = b"the earlier file, kept as it was\n"
DENIED = "Permission denied"
KINDS = ("pdf", "ics", "json")
CLI_KINDS = ("pdf", "ics")


# --- what each export wrote -----------------------------------------------------------------


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def check_complete(kind: str, path: Path, codes: list[str]) -> None:
    """The file at ``path`` is a whole export of the actions ``codes``."""
    if kind == "pdf":
        text = pdf_text(path)
        for code in codes:
            assert code in text
    elif kind == "ics":
        calendar = Calendar.from_ical(path.read_bytes())
        events = calendar.walk("VEVENT")
        assert events
        summaries = " ".join(str(event.get("summary")) for event in events)
        assert any(code in summaries for code in codes)
        assert path.read_text(encoding="utf-8").rstrip().endswith("END:VCALENDAR")
    else:
        json.loads(path.read_text(encoding="utf-8"))
        assert read_shortlist_file(path).shortlist.codes() == codes


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- the failures ---------------------------------------------------------------------------


class DeniedSaveFile(QSaveFile):
    """A QSaveFile that cannot open its temp file, as in a read-only folder."""

    def open(self, *args: Any) -> bool:  # type: ignore[override]
        self.setErrorString(DENIED)
        return False


class LockedSaveFile(QSaveFile):
    """A QSaveFile whose final rename fails, as when Windows has the target open."""

    def commit(self) -> bool:
        self.cancelWriting()
        super().commit()  # discards the temp file
        self.setErrorString(DENIED)
        return False


class FailingFile:
    """``os.fdopen`` whose writes put some bytes on disk, then fail with EACCES."""

    def __init__(self, fd: int, mode: str = "rb", *args: Any, **kw: Any) -> None:
        self._file = io.open(fd, mode, *args, **kw)  # noqa: SIM115, UP020 - closed in __exit__

    def __enter__(self) -> FailingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.close()

    def write(self, data: bytes) -> int:
        self._file.write(data[:20])
        self._file.flush()
        raise PermissionError(13, DENIED)


def read_only_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """``folder`` is read-only: access says so, creating or writing a file there fails."""
    real_access = os.access
    real_mkstemp = tempfile.mkstemp

    def access(path: Any, mode: int, *args: Any, **kw: Any) -> bool:
        if Path(path) == folder and mode & os.W_OK:
            return False
        return real_access(path, mode, *args, **kw)

    def mkstemp(*args: Any, **kw: Any) -> Any:
        if Path(kw.get("dir") or folder) == folder:
            raise PermissionError(13, DENIED, str(folder))
        return real_mkstemp(*args, **kw)

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    monkeypatch.setattr(pdf_module, "QSaveFile", DeniedSaveFile)


def failing_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The folder lets a temp file be made, but writing into it fails (low-level write)."""
    monkeypatch.setattr(os, "fdopen", FailingFile)
    monkeypatch.setattr(pdf_module, "QSaveFile", DeniedSaveFile)


def file_open_elsewhere(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """Windows: every byte written, but the final replace of ``target`` is refused."""
    real_replace = os.replace

    def replace(src: Any, dst: Any, *args: Any, **kw: Any) -> None:
        if Path(dst) == target:
            raise PermissionError(13, DENIED, str(src), None, str(dst))
        real_replace(src, dst, *args, **kw)

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(pdf_module, "QSaveFile", LockedSaveFile)


FAILURES: dict[str, Callable[[pytest.MonkeyPatch, Path], None]] = {
    "read-only folder": lambda mp, target: read_only_folder(mp, target.parent),
    "write fails": lambda mp, target: failing_writes(mp),
    "file open elsewhere": file_open_elsewhere,
}


# --- the app --------------------------------------------------------------------------------


ACTIONS = {"pdf": "act_export_pdf", "ics": "act_export_calendar", "json": "act_export"}
CODES = ["KA122-VET", "KA220-VET"]


def app_export(qtbot: Any, window: Any, dialogs: Any, kind: str, target: Path) -> None:
    if not window.current_shortlist() or not window.current_shortlist().items:
        add_actions(qtbot, window, *CODES)
    dialogs.script("save_file_path", target)
    getattr(window.commands, ACTIONS[kind]).trigger()


@pytest.mark.parametrize("kind", KINDS)
def test_app_exports_to_a_non_ascii_path(qtbot, window, dialogs, tmp_path, kind):
    folder = tmp_path / NON_ASCII_FOLDER
    folder.mkdir()
    target = folder / f"plan čćž.{kind}"
    if kind != "json":
        dialogs.script("inform_with_open", False)
    app_export(qtbot, window, dialogs, kind, target)

    assert dialogs.of("warn") == []
    check_complete(kind, target, CODES)
    assert listing(folder) == [target.name]
    if kind != "json":
        (done,) = dialogs.of("inform_with_open")
        assert str(target) in done["text"]


@pytest.mark.parametrize("failure", FAILURES)
@pytest.mark.parametrize("kind", KINDS)
def test_app_export_failure_is_one_clear_message(
    qtbot, window, dialogs, tmp_path, monkeypatch, kind, failure
):
    folder = tmp_path / NON_ASCII_FOLDER
    folder.mkdir()
    target = folder / f"plan čćž.{kind}"
    target.write_bytes(EARLIER)
    add_actions(qtbot, window, *CODES)
    FAILURES[failure](monkeypatch, target)

    app_export(qtbot, window, dialogs, kind, target)

    (warning,) = dialogs.of("warn")
    text = warning["text"]
    assert str(target) in text, text
    assert "Traceback" not in text and "Error(" not in text and "Errno" not in text
    assert warning["title"].startswith("The ") and "could not be" in warning["title"]
    if failure == "read-only folder":
        assert f"the folder {folder} is not writable" in text
    if failure == "file open elsewhere" and kind != "pdf":
        assert "open in another program" in text
    assert dialogs.of("inform_with_open") == []
    assert target.read_bytes() == EARLIER
    assert listing(folder) == [target.name]  # no temp file left


def test_app_export_into_a_file_instead_of_a_folder(qtbot, window, dialogs, tmp_path):
    """A read-only place of another kind: the "folder" is a file."""
    blocker = tmp_path / "exports"
    blocker.write_bytes(EARLIER)
    for kind in KINDS:
        if kind != "json":
            dialogs.script("inform_with_open", False)
        app_export(qtbot, window, dialogs, kind, blocker / f"plan.{kind}")
    warnings = dialogs.of("warn")
    assert len(warnings) == 3
    for warning in warnings:
        assert str(blocker) in warning["text"]
        assert "is not a folder" in warning["text"], warning["text"]
        assert "File exists" not in warning["text"]
    assert blocker.read_bytes() == EARLIER
    assert set(listing(tmp_path)) <= {"exports", "data"}  # nothing made beside it


# --- the command line -----------------------------------------------------------------------


@pytest.fixture
def shortlist_file(tmp_path: Path) -> Path:
    shortlist = Shortlist(name="Plan Đurđevac", created=TODAY)
    for code in CODES:
        shortlist.add(code, TODAY)
    path = tmp_path / "shortlist.json"
    write_shortlist_file(path, shortlist)
    return path


def cli(kind: str, shortlist: Path, target: Path) -> tuple[int, str, str]:
    option = {"pdf": ["export", "--pdf"], "ics": ["calendar", "--ics"]}[kind]
    argv = [option[0], "--shortlist", str(shortlist), option[1], str(target)]
    argv += ["--today", TODAY.isoformat()]
    out, err = StringIO(), StringIO()
    code = run(argv, out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("kind", CLI_KINDS)
def test_cli_exports_to_a_non_ascii_path(qapp, tmp_path, shortlist_file, kind):
    folder = tmp_path / NON_ASCII_FOLDER
    folder.mkdir()
    target = folder / f"plan čćž.{kind}"
    code, out, err = cli(kind, shortlist_file, target)
    assert (code, err) == (EXIT_OK, "")
    assert str(target) in out
    check_complete(kind, target, CODES)
    assert listing(folder) == [target.name]


@pytest.mark.parametrize("failure", FAILURES)
@pytest.mark.parametrize("kind", CLI_KINDS)
def test_cli_export_failure_is_one_line_exit_2(
    qapp, tmp_path, monkeypatch, shortlist_file, kind, failure
):
    folder = tmp_path / NON_ASCII_FOLDER
    folder.mkdir()
    target = folder / f"plan čćž.{kind}"
    target.write_bytes(EARLIER)
    FAILURES[failure](monkeypatch, target)

    code, out, err = cli(kind, shortlist_file, target)

    assert code == EXIT_USAGE
    assert err.startswith("vetguide: error: ") and err.count("\n") == 1, err
    assert str(target) in err
    assert "Traceback" not in err and "Errno" not in err
    if failure == "read-only folder":
        assert f"the folder {folder} is not writable" in err
    if failure == "file open elsewhere" and kind == "ics":
        assert "open in another program" in err
    assert "wrote" not in out
    assert target.read_bytes() == EARLIER
    assert listing(folder) == [target.name]
