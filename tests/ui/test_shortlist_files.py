"""Shortlist files in the window (issue 18): opened from the command line or a second start,
dropped on the window (routed by type), File → Recent shortlist files, File → Print…."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtPrintSupport import QPrinter

from tests.report.test_print import pdf_pages, pdf_text
from tests.ui.helpers import on_disk
from tests.ui.test_main_window import add_actions, combo_names
from vetguide.model.shortlist import Shortlist, ShortlistItem
from vetguide.model.storage import write_shortlist_file
from vetguide.ui import i18n
from vetguide.ui.main_window import MainWindow
from vetguide.ui.shortlist_files import MAX_RECENT, attach, files_of


def shared(path: Path, name: str, *codes: str) -> Path:
    items = [ShortlistItem(code=code) for code in codes or ("KA122-VET",)]
    write_shortlist_file(path, Shortlist(name=name, items=items))
    return path


_alive: list[QMimeData] = []  # an event does not own its data: keep it for the test


def drop_event(*paths: Path) -> tuple[QDragEnterEvent, QDropEvent]:
    mime = QMimeData()
    _alive[:] = [mime]
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    position = QPoint(20, 20)
    enter = QDragEnterEvent(position, Qt.DropAction.CopyAction, mime, buttons, keys)
    drop = QDropEvent(QPointF(position), Qt.DropAction.CopyAction, mime, buttons, keys)
    enter.setAccepted(False)
    return enter, drop


# --- the command line, and a second start ---------------------------------------------------


def test_a_file_from_the_command_line_is_opened_once_the_data_is_loaded(qtbot, tmp_path, dialogs):
    plan = shared(tmp_path / "Plan.vetguide", "Plan from Ana", "KA122-VET", "KA220-VET")
    window = MainWindow(None)  # as run_app makes it: the data loads after it is shown
    qtbot.addWidget(window)
    attach(window, [plan], None)
    assert not window.catalogue_loaded
    window.show()
    qtbot.waitUntil(lambda: window.catalogue_loaded, timeout=30_000)
    assert "Plan from Ana" in combo_names(window)
    assert [s.name for s in on_disk().shortlists] == ["Plan from Ana"]
    assert on_disk().shortlists[0].codes() == ["KA122-VET", "KA220-VET"]
    assert window.current_shortlist().name == "Plan from Ana"
    assert "Imported the shortlist “Plan from Ana” with 2 actions." in (
        window.statusBar().currentMessage()
    )
    assert files_of(window).recent() == [plan]
    assert not dialogs.calls


def test_a_second_start_brings_the_window_to_the_front_with_its_files(
    qtbot, window, tmp_path, dialogs
):
    from vetguide.ui.single_instance import SingleInstance

    instance = SingleInstance("unused")
    attach(window, [], instance)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    instance.received.emit([shared(tmp_path / "b.json", "From Marko")])
    assert not window.isMinimized() and window.isVisible()
    assert "From Marko" in combo_names(window)


def test_opening_the_same_file_twice_keeps_both_under_their_own_names(window, tmp_path):
    plan = shared(tmp_path / "plan.vetguide", "Plan")
    files = files_of(window)
    files.open_file(plan)
    files.open_file(plan)
    assert sorted(s.name for s in on_disk().shortlists) == ["Plan", "Plan (2)"]


# --- drag and drop --------------------------------------------------------------------------


def test_dropped_shortlist_files_are_imported(window, tmp_path, dialogs):
    one = shared(tmp_path / "one.vetguide", "Dropped one")
    two = shared(tmp_path / "two.json", "Dropped two", "KA210-VET")
    enter, drop = drop_event(one, two)
    files = files_of(window)
    assert files.drag_enter(enter) and enter.isAccepted()
    assert files.drop(drop) and drop.isAccepted()
    assert {"Dropped one", "Dropped two"} <= set(combo_names(window))
    assert files.recent() == [two, one]  # the last opened first
    assert not dialogs.calls


def test_a_dropped_data_pack_goes_to_the_pack_installer(window, tmp_path, monkeypatch, dialogs):
    installed: list[Path] = []
    monkeypatch.setattr(window.packs, "install", installed.append)
    pack = tmp_path / "2027.VGPACK"
    pack.write_text("{}")
    _enter, drop = drop_event(pack)
    assert files_of(window).drop(drop)
    assert installed == [pack]
    assert not dialogs.calls


def test_unknown_and_broken_files_are_refused_with_a_message(window, tmp_path, dialogs):
    add_actions_before = on_disk()
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG")
    broken = tmp_path / "broken.vetguide"
    broken.write_text("{not json")
    enter, drop = drop_event(picture, broken)
    files = files_of(window)
    assert files.drag_enter(enter)  # accepted: the drop says why it cannot open it
    files.drop(drop)
    first, second = dialogs.of("warn")
    assert first["title"] == "This file cannot be opened"
    assert "“photo.png” is neither" in first["text"]
    assert ".vetguide, .json" in first["text"] and ".vgpack" in first["text"]
    assert "Nothing was changed." in second["text"]
    assert on_disk() == add_actions_before
    assert files.recent() == []


def test_a_drag_without_files_is_left_to_others(window):
    mime = QMimeData()
    mime.setText("KA122-VET")
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, buttons, keys)
    enter.setAccepted(False)
    assert not files_of(window).drag_enter(enter)
    assert not enter.isAccepted()


# --- recent files ---------------------------------------------------------------------------


def recent_entries(window) -> list[str]:
    menu = files_of(window).recent_menu
    menu.aboutToShow.emit()
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_recent_files_keep_the_last_eight_newest_first(window, tmp_path):
    files = files_of(window)
    paths = [shared(tmp_path / f"plan{n}.vetguide", f"Plan {n}") for n in range(10)]
    for path in paths:
        files.open_file(path)
    assert files.recent() == paths[::-1][:MAX_RECENT]
    entries = recent_entries(window)
    assert entries[:2] == ["&1 plan9.vetguide", "&2 plan8.vetguide"]
    assert entries[-1] == "&Clear the list" and len(entries) == MAX_RECENT + 1
    files.open_file(paths[5])  # opened again: first again, not twice
    assert files.recent()[:2] == [paths[5], paths[9]] and len(files.recent()) == MAX_RECENT
    # kept in settings.ini for the next start
    window.settings.sync()
    assert files_of(MainWindow(None)).recent() == files.recent()


def test_choosing_a_recent_file_opens_it_and_a_missing_one_is_dropped(window, tmp_path, dialogs):
    files = files_of(window)
    kept = shared(tmp_path / "kept.vetguide", "Kept")
    gone = shared(tmp_path / "gone.vetguide", "Gone")
    files.open_file(kept)
    files.open_file(gone)
    gone.unlink()
    menu = files.recent_menu
    # chosen while still listed: a message, and it leaves the list
    menu.findChild(type(files.act_clear), "act_recent_1").trigger()
    assert "“gone.vetguide” is no longer in" in dialogs.texts("warn")[-1]
    assert files.recent() == [kept]
    menu.findChild(type(files.act_clear), "act_recent_1").trigger()
    assert combo_names(window).count("Kept (2)") == 1

    # gone before the menu opens: dropped when it opens, said in the status bar
    kept.unlink()
    notice = "No longer there, so removed from the recent files: kept.vetguide"
    assert recent_entries(window) == [notice, "No recent shortlist files", "&Clear the list"]
    assert window.statusBar().currentMessage() == notice
    assert files.recent() == []
    assert recent_entries(window) == ["No recent shortlist files", "&Clear the list"]


def test_clear_empties_the_list(window, tmp_path):
    files = files_of(window)
    files.open_file(shared(tmp_path / "a.vetguide", "A"))
    assert files.act_clear.isEnabled()
    files.act_clear.trigger()
    assert files.recent() == [] and not files.act_clear.isEnabled()
    assert recent_entries(window) == ["No recent shortlist files", "&Clear the list"]


def test_the_recent_menu_speaks_serbian(window, tmp_path):
    files = files_of(window)
    files.open_file(shared(tmp_path / "a.vetguide", "A"))
    i18n.set_language("sr-Latn")
    files.retranslate()
    assert files.recent_menu.title() != "Recen&t shortlist files"
    assert "&" in files.recent_menu.title() and "&" in files.act_clear.text()
    assert files.act_clear.text() != "&Clear the list"


# --- printing -------------------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_print_through_the_dialog_gives_the_exported_memo(qtbot, window, tmp_path, dialogs):
    from vetguide.ui.memo_print import print_current_memo

    add_actions(qtbot, window, "KA122-VET", "KA220-VET")
    exported, printed = tmp_path / "exported.pdf", tmp_path / "printed.pdf"

    def print_to_file(printer: QPrinter) -> bool:  # the user picks "Print to file"
        assert printer.docName() == "My shortlist"
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    dialogs.script("ask_printer", print_to_file)
    assert print_current_memo(window)
    assert dialogs.of("ask_printer")[0]["title"] == "Print the memo"
    assert f"was sent to {printed}" in window.statusBar().currentMessage()

    dialogs.script("save_file_path", exported)
    dialogs.script("inform_with_open", False)
    window.exports.export_pdf()
    assert pdf_pages(printed) == pdf_pages(exported) >= 2
    assert pdf_text(printed) == pdf_text(exported)


def test_print_cancelled_in_the_dialog_prints_nothing(qtbot, window, tmp_path, dialogs):
    from vetguide.ui.memo_print import print_current_memo

    add_actions(qtbot, window, "KA122-VET")
    dialogs.script("ask_printer", False)
    assert not print_current_memo(window)
    assert list(tmp_path.glob("*.pdf")) == []


def test_print_needs_a_shortlist_with_actions(window, dialogs):
    from vetguide.ui.memo_print import print_current_memo

    assert not print_current_memo(window)
    assert not dialogs.calls


# --- run_app --------------------------------------------------------------------------------


def listening(name: str) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    try:
        return socket.waitForConnected(1000)
    finally:
        socket.abort()


@pytest.mark.parametrize("new_instance", [False, True])
def test_run_app_opens_the_files_and_listens_unless_a_new_instance(
    qtbot, monkeypatch, tmp_path, data_dir, dialogs, new_instance
):
    import sys

    from PySide6.QtWidgets import QApplication

    from vetguide.ui import app as app_module
    from vetguide.ui.single_instance import server_name

    plan = shared(tmp_path / "plan.vetguide", "From the command line")
    seen: dict[str, object] = {}

    def fake_exec(app):
        (window,) = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        qtbot.waitUntil(lambda: window.catalogue_loaded, timeout=30_000)
        seen["names"] = combo_names(window)
        seen["listening"] = listening(server_name(data_dir))
        window.close()
        return 0

    monkeypatch.setattr(app_module, "_exec", fake_exec)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    assert app_module.run_app(["vetguide"], files=[plan], new_instance=new_instance) == 0
    assert seen == {"names": ["From the command line"], "listening": not new_instance}
    assert not listening(server_name(data_dir))  # closed when the app ends
