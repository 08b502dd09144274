"""File → Export PDF… and File → Export calendar… on the selected shortlist."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import TODAY
from tests.ui.test_main_window import add_actions, select_item
from vetguide.model.calendar_export import calendar_items, shortlist_actions
from vetguide.model.profile import InstitutionProfile
from vetguide.model.shortlist import Shortlist
from vetguide.model.storage import write_shortlist_file

NOTE = "Ask Foundation Tempus about the info day"


def file_url(path: Path) -> str:
    return QUrl.fromLocalFile(str(path)).toString()


def pdf_text(path: Path) -> str:
    """The text of every page, with runs of white space (pypdf gives tabs) as one space."""
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def shortlist_with_note(qtbot, window) -> Shortlist:
    add_actions(qtbot, window, "KA122-VET", "KA210-VET")
    select_item(qtbot, window, 0)
    qtbot.keyClicks(window.shortlist_pane.note_edit, NOTE)
    return window.current_shortlist()


# --- PDF ------------------------------------------------------------------------------------


def test_export_pdf_writes_the_memo_and_offers_to_open_it(qtbot, window, dialogs, tmp_path):
    shortlist = shortlist_with_note(qtbot, window)
    assert window.commands.act_export_pdf.isEnabled()
    assert window.commands.act_export_pdf.shortcut().toString() == "Ctrl+P"
    target = tmp_path / "memos" / "mobility.pdf"
    target.parent.mkdir()
    dialogs.script("save_file_path", target)
    dialogs.script("inform_with_open", False)
    window.commands.act_export_pdf.trigger()

    (asked,) = dialogs.of("save_file_path")
    assert asked["suggested"].name == "My-shortlist.pdf"
    text = pdf_text(target)
    for code in shortlist.codes():
        assert code in text
    assert NOTE in text  # typed just before exporting, so saved on the way
    (done,) = dialogs.of("inform_with_open")
    assert done["path"] == target and str(target) in done["text"]
    assert dialogs.of("open_url") == [] and dialogs.of("warn") == []
    assert QApplication.overrideCursor() is None  # the wait cursor is gone again

    dialogs.script("save_file_path", target)
    dialogs.script("inform_with_open", True)  # "Open the PDF"
    window.commands.act_export_pdf.trigger()
    assert [c["url"] for c in dialogs.of("open_url")] == [file_url(target)]


def test_the_last_export_folder_is_remembered_in_a_new_window(
    qtbot, make_window, dialogs, tmp_path
):
    first = make_window()
    add_actions(qtbot, first, "KA122-VET")
    folder = tmp_path / "exports"
    folder.mkdir()
    dialogs.script("save_file_path", folder / "memo.pdf")
    dialogs.script("inform_with_open", False)
    first.commands.act_export_pdf.trigger()
    first.close()

    second = make_window()
    dialogs.script("save_file_path", None)  # cancelled: nothing happens
    second.commands.act_export_pdf.trigger()
    assert dialogs.of("save_file_path")[-1]["suggested"] == folder / "My-shortlist.pdf"
    dialogs.script("save_file_path", None)
    second.commands.act_export_calendar.trigger()
    assert dialogs.of("save_file_path")[-1]["suggested"] == folder / "My-shortlist-deadlines.ics"
    assert len(dialogs.of("inform_with_open")) == 1


def test_a_failed_pdf_export_warns_and_leaves_no_file(qtbot, window, dialogs, tmp_path):
    add_actions(qtbot, window, "KA122-VET")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    target = blocker / "memo.pdf"
    dialogs.script("save_file_path", target)
    window.commands.act_export_pdf.trigger()
    (warning,) = dialogs.of("warn")
    assert "PDF could not be saved" in warning["title"]
    assert "is not a folder" in warning["text"] and "No file was written" in warning["text"]
    assert not target.exists() and blocker.read_text(encoding="utf-8") == "a file, not a folder"
    assert dialogs.of("inform_with_open") == []
    assert QApplication.overrideCursor() is None


def test_exports_need_a_shortlist_with_actions(qtbot, window, dialogs):
    exports = (window.commands.act_export_pdf, window.commands.act_export_calendar)
    assert not any(a.isEnabled() for a in exports)  # no shortlist
    assert window.commands.act_export_pdf.toolTip() != "Coming with the PDF export"
    dialogs.script("ask_text", "Empty")
    window.commands.act_new.trigger()
    assert window.current_shortlist() is not None
    assert not any(a.isEnabled() for a in exports)  # a shortlist without actions
    add_actions(qtbot, window, "KA122-VET")
    assert all(a.isEnabled() for a in exports)
    assert window.commands.toolbar.widgetForAction(window.commands.act_export_pdf).isEnabled()
    select_item(qtbot, window, 0)
    window.commands.act_remove.trigger()
    assert not any(a.isEnabled() for a in exports)


# --- calendar -------------------------------------------------------------------------------


def test_export_calendar_writes_one_event_per_deadline(qtbot, window, dialogs, catalogue, tmp_path):
    shared = Shortlist(
        name="Kragujevac 2026",
        profile=InstitutionProfile(organisation_type="vet_provider", country="RS"),
    )
    for code in ("KA122-VET", "KA220-VET"):
        shared.add(code, TODAY)
    shared_file = tmp_path / "shared.json"
    write_shortlist_file(shared_file, shared)
    dialogs.script("open_file_path", shared_file)
    window.commands.act_import.trigger()
    assert window.current_shortlist().name == "Kragujevac 2026"

    target = tmp_path / "deadlines.ics"
    dialogs.script("save_file_path", target)
    dialogs.script("inform_with_open", True)
    window.commands.act_export_calendar.trigger()

    assert dialogs.of("save_file_path")[0]["suggested"].name == "Kragujevac-2026-deadlines.ics"
    calendar = Calendar.from_ical(target.read_bytes())
    events = calendar.walk("VEVENT")
    actions, _ = shortlist_actions(shared, catalogue)
    expected = calendar_items(actions, catalogue, TODAY)
    deadlines = [(i.action.code, i.deadline.at) for i in expected]
    assert len(events) == len(deadlines) > 0
    found = sorted((str(e["summary"]).split()[1], e.decoded("dtstart")) for e in events)
    assert found == sorted(deadlines)
    assert {code for code, _ in deadlines} == {"KA122-VET", "KA220-VET"}
    # The profile's country is Serbia: each deadline also gives the time in Belgrade.
    assert all("(Central European Time)" in str(e["description"]) for e in events)
    (done,) = dialogs.of("inform_with_open")
    assert f"{len(deadlines)} deadlines" in done["text"]
    assert "Central European Time" in done["text"] and "Europe/" not in done["text"]
    assert [c["url"] for c in dialogs.of("open_url")] == [file_url(target)]


def test_export_calendar_follows_the_window_language(qtbot, window, dialogs, tmp_path):
    from tests.ui.test_main_i18n import choose_language

    choose_language(window, "sr-Cyrl")
    add_actions(qtbot, window, "KA122-VET")
    target = tmp_path / "rokovi.ics"
    dialogs.script("save_file_path", target)
    dialogs.script("inform_with_open", False)
    try:
        window.commands.act_export_calendar.trigger()
        calendar = Calendar.from_ical(target.read_bytes())
    finally:
        choose_language(window, "en")
    assert str(calendar["x-wr-calname"]) == "Еразмус+ рокови (vetguide)"
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    event = events["Еразмус+ KA122-VET: рок за пријаву"]
    assert "Рок: четвртак, 19. фебруар 2026., 12:00 по бриселском времену" in str(
        event["description"]
    )


def test_a_failed_calendar_export_says_why(qtbot, window, dialogs, tmp_path):
    add_actions(qtbot, window, "KA122-VET")
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    dialogs.script("save_file_path", blocker / "deadlines.ics")
    window.commands.act_export_calendar.trigger()
    (warning,) = dialogs.of("warn")
    assert "calendar could not be saved" in warning["title"]
    assert str(blocker / "deadlines.ics") in warning["text"]
    assert not (blocker / "deadlines.ics").exists()
    assert dialogs.of("inform_with_open") == []


# --- the progress dialog never outlives the export (issue: it came back over "PDF saved") ----


def progress_dialogs_alive() -> list[tuple[bool, bool]]:
    """Each progress dialog still in existence: (visible, its show-later timer running)."""
    from PySide6.QtCore import QTimer

    from vetguide.ui.export_worker import ExportProgressDialog

    return [
        (w.isVisible(), any(t.isActive() for t in w.findChildren(QTimer)))
        for w in QApplication.allWidgets()
        if isinstance(w, ExportProgressDialog)
    ]


class WatchedDialogs:
    """Records the progress dialogs' state whenever the app shows a message afterwards."""

    def __init__(self, monkeypatch) -> None:
        from vetguide.ui import dialogs as service

        self.seen: list[list[tuple[bool, bool]]] = []
        for kind in ("inform_with_open", "warn"):
            original = getattr(service, kind)  # the test's recorder

            def watching(*args, _original=original, **kwargs):
                self.seen.append(progress_dialogs_alive())
                return _original(*args, **kwargs)

            monkeypatch.setattr(service, kind, watching)


def test_after_a_fast_export_the_progress_dialog_cannot_come_back(
    qtbot, window, dialogs, tmp_path, monkeypatch
):
    add_actions(qtbot, window, "KA122-VET")
    watched = WatchedDialogs(monkeypatch)
    for name in ("first.pdf", "second.pdf"):  # twice in a row, as a user did
        dialogs.script("save_file_path", tmp_path / name)
        dialogs.script("inform_with_open", False)
        window.commands.act_export_pdf.trigger()
    assert (tmp_path / "first.pdf").exists() and (tmp_path / "second.pdf").exists()
    # While "PDF saved" is up, no progress dialog is shown or about to show itself.
    assert len(watched.seen) == 2
    assert all(not visible and not timer for state in watched.seen for visible, timer in state)
    qtbot.waitUntil(lambda: progress_dialogs_alive() == [])
    assert QApplication.activeModalWidget() is None


def slow_export(monkeypatch, on_shown=None):
    """Make the export wait until its progress dialog has been seen on screen.

    Returns the list that records the sighting and the timer that watches (keep it alive).
    ``on_shown(dialog)`` runs in the UI thread when the dialog is first seen.
    """
    import threading

    from PySide6.QtCore import QTimer

    from vetguide.report import pdf
    from vetguide.ui import export_worker

    monkeypatch.setattr(export_worker, "SHOW_AFTER_MS", 0)
    gate = threading.Event()
    shown: list[bool] = []
    real = pdf.export_shortlist_pdf

    def waits_for_the_dialog(*args, **kwargs):
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(pdf, "export_shortlist_pdf", waits_for_the_dialog)

    def look() -> None:
        dialogs = [
            w
            for w in QApplication.allWidgets()
            if isinstance(w, export_worker.ExportProgressDialog) and w.isVisible()
        ]
        if dialogs and not shown:
            shown.append(True)
            if on_shown is not None:
                on_shown(dialogs[0])
            gate.set()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(5)
    return shown, timer


def test_after_a_slow_export_the_progress_dialog_is_gone_before_the_message(
    qtbot, window, dialogs, tmp_path, monkeypatch
):
    add_actions(qtbot, window, "KA122-VET", "KA210-VET")
    shown, _timer = slow_export(monkeypatch)
    watched = WatchedDialogs(monkeypatch)
    dialogs.script("save_file_path", tmp_path / "slow.pdf")
    dialogs.script("inform_with_open", False)
    window.commands.act_export_pdf.trigger()
    assert shown  # the dialog was on screen while the memo was written
    assert (tmp_path / "slow.pdf").exists()
    assert len(watched.seen) == 1
    assert all(not visible and not timer for visible, timer in watched.seen[0])
    qtbot.waitUntil(lambda: progress_dialogs_alive() == [])
    assert QApplication.activeModalWidget() is None


def test_after_a_cancelled_export_no_progress_dialog_is_left(
    qtbot, window, dialogs, tmp_path, monkeypatch
):
    add_actions(qtbot, window, "KA122-VET", "KA210-VET")
    shown, _timer = slow_export(monkeypatch, on_shown=lambda d: d.cancel_button().click())
    dialogs.script("save_file_path", tmp_path / "cancelled.pdf")
    window.commands.act_export_pdf.trigger()
    assert shown and not (tmp_path / "cancelled.pdf").exists()
    assert "cancelled" in window.statusBar().currentMessage()
    assert all(not visible and not timer for visible, timer in progress_dialogs_alive())
    qtbot.waitUntil(lambda: progress_dialogs_alive() == [])
    assert QApplication.activeModalWidget() is None


def test_after_a_failed_export_no_progress_dialog_is_left(
    qtbot, window, dialogs, tmp_path, monkeypatch
):
    add_actions(qtbot, window, "KA122-VET")
    watched = WatchedDialogs(monkeypatch)
    dialogs.script("save_file_path", tmp_path / "no such folder" / "memo.pdf")
    window.commands.act_export_pdf.trigger()
    assert len(dialogs.of("warn")) == 1 and len(watched.seen) == 1
    assert all(not visible and not timer for visible, timer in watched.seen[0])
    qtbot.waitUntil(lambda: progress_dialogs_alive() == [])
