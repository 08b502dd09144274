"""A shortlist of a thousand items with notes of 100 KB: it opens, scrolls and exports without
freezing the window (issue 7)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import TODAY
from vetguide.model.catalogue import Catalogue
from vetguide.model.library_db import open_library
from vetguide.model.shortlist import ItemStatus, Library, Shortlist, ShortlistItem
from vetguide.report import ExportError
from vetguide.ui.export_worker import ExportJob, ExportProgressDialog, run_export_with_progress
from vetguide.ui.shortlist_model import NOTE_PREVIEW_CHARS, Column, ShortlistItemsModel
from vetguide.ui.shortlist_pane import UNIFORM_ROWS_FROM

LINE = "Ask the partner in Valencia about dates; budget for 10 learners. Šabac — Ђаци."


def long_note(row: int, chars: int) -> str:
    """A note of ``chars`` characters whose first line names its row."""
    first = f"Row {row}: {LINE}\n"
    body = (LINE + "\n") * (chars // (len(LINE) + 1) + 1)
    return (first + body)[:chars]


def big_shortlist(catalogue: Catalogue, items: int, note_chars: int) -> Shortlist:
    """``items`` items: the catalogue's codes, then the same with a number (one code once)."""
    codes = [a.code for a in catalogue.actions]
    statuses = list(ItemStatus)
    return Shortlist(
        name="Everything we ever considered",
        items=[
            ShortlistItem(
                code=codes[n] if n < len(codes) else f"{codes[n % len(codes)]}-{n}",
                note=long_note(n, note_chars),
                status=statuses[n % len(statuses)],
                added=date(2026, 1, 5),
            )
            for n in range(items)
        ],
    )


@pytest.fixture
def thousand(catalogue: Catalogue) -> Shortlist:
    shortlist = big_shortlist(catalogue, 1000, 100_000)
    store = open_library().store
    store.import_library(Library(shortlists=[shortlist]))
    store.close()
    return shortlist


class RowsAsked:
    """Records the rows the model is asked about, per column (a view that measures every
    row asks about all of them)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.rows: dict[int, set[int]] = {}
        original = ShortlistItemsModel.data

        def data(model, index, role=Qt.ItemDataRole.DisplayRole):
            if index.isValid():
                self.rows.setdefault(index.column(), set()).add(index.row())
            return original(model, index, role)

        monkeypatch.setattr(ShortlistItemsModel, "data", data)

    def clear(self) -> None:
        self.rows.clear()

    def of(self, column: Column) -> set[int]:
        return self.rows.get(column, set())


def pdf_text(path: Path) -> str:
    """The text of every page, with runs of white space (pypdf gives tabs) as one space."""
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def visible_rows(window) -> range:
    table = window.shortlist_pane.table
    top = table.rowAt(0)
    bottom = table.rowAt(table.viewport().height() - 1)
    return range(top, (bottom if bottom >= 0 else table.model().rowCount() - 1) + 1)


def test_a_thousand_items_open_with_short_rows_and_the_whole_note_in_the_editor(
    qtbot, make_window, thousand, monkeypatch
):
    asked = RowsAsked(monkeypatch)
    window = make_window()
    pane = window.shortlist_pane
    table = pane.table
    assert window.current_shortlist().name == thousand.name
    assert table.model().rowCount() == 1000

    # One height for every row, none measured: only the rows on screen are drawn.
    assert pane.uniform_rows and not table.wordWrap()
    height = pane.uniform_row_height()
    assert height >= 2 * table.fontMetrics().lineSpacing()
    assert {table.rowHeight(r) for r in (0, 1, 500, 999)} == {height}
    shown = visible_rows(window)
    assert 0 < len(shown) < 100
    assert asked.of(Column.NOTE) <= set(range(shown.stop + 5))
    assert asked.of(Column.ACTION) <= set(range(shown.stop + 5))

    # Scrolling draws the rows scrolled to, and no others.
    table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum())  # notes in view
    QApplication.processEvents()
    asked.clear()
    bar = table.verticalScrollBar()
    stops = [*range(0, bar.maximum() + 1, max(1, bar.maximum() // 20)), bar.maximum()]
    for value in stops:
        bar.setValue(value)
        QApplication.processEvents()
    assert 999 in visible_rows(window)
    assert 999 in asked.of(Column.NOTE)
    # At most the rows on screen at each stop (and a few beside), far from all 1000.
    assert len(asked.of(Column.NOTE)) <= len(stops) * (len(shown) + 5) < 1000

    # The table shows the first line, cut; the tooltip a longer start; the editor all of it.
    model = table.model()
    note = thousand.items[999].note
    cell = model.index(999, Column.NOTE)
    display = cell.data(Qt.ItemDataRole.DisplayRole)
    assert display == f"Row 999: {LINE}"[:NOTE_PREVIEW_CHARS] + "…"
    shown_tip = QTextDocument()  # a tooltip is escaped rich text: read it as Qt shows it
    shown_tip.setHtml(cell.data(Qt.ItemDataRole.ToolTipRole))
    tooltip = shown_tip.toPlainText()
    assert tooltip.endswith("…") and note.startswith(tooltip[:-1]) and len(tooltip) <= 1001
    assert cell.data(Qt.ItemDataRole.EditRole) == note
    pane.select_row(999)
    assert pane.note_edit.toPlainText() == note
    assert pane.note_code == thousand.items[999].code


def test_edits_in_a_thousand_items_ask_only_about_the_rows_on_screen(
    qtbot, make_window, thousand, monkeypatch
):
    """A status change, a move, another window's edit: no column is measured over all rows."""
    from vetguide.model.library_db import open_library

    asked = RowsAsked(monkeypatch)  # before the window: Qt then calls the recording data()
    window = make_window()
    pane = window.shortlist_pane
    model = pane.model
    pane.select_row(1)
    QApplication.processEvents()
    asked.clear()
    shown = set(visible_rows(window))
    model.setData(model.index(1, Column.STATUS), "funded")
    window.commands.act_move_down.trigger()
    other = open_library().store
    other.set_note(thousand.id, thousand.items[0].code, "written in another window")
    other.close()
    assert window.saving.check_for_outside_changes()
    QApplication.processEvents()
    assert model.item(0).note == "written in another window"
    assert pane.current_row() == 2  # the moved item is still the one selected
    for column in Column:
        assert asked.of(column) <= shown | {1, 2}, column


def test_rows_fit_their_text_until_the_list_is_long(qtbot, window, catalogue):
    pane = window.shortlist_pane
    model = pane.model
    shortlist = Shortlist(
        name="Growing",
        items=[ShortlistItem(code=f"KA{n:05d}-VET") for n in range(UNIFORM_ROWS_FROM - 1)],
    )
    shortlist.items[0] = shortlist.items[0].model_copy(update={"code": "ERASMUS-EDU-PEX-COVE"})
    model.set_shortlist(shortlist)
    QApplication.processEvents()
    assert pane.uniform_rows is False and pane.table.wordWrap()

    assert model.add_code("KA99999-VET", TODAY)
    QApplication.processEvents()
    assert pane.uniform_rows is True and not pane.table.wordWrap()
    assert pane.table.rowHeight(0) == pane.table.rowHeight(UNIFORM_ROWS_FROM - 1)

    assert model.remove_item(UNIFORM_ROWS_FROM - 1) is not None
    QApplication.processEvents()
    assert pane.uniform_rows is False and pane.table.wordWrap()
    pane.table.resizeRowsToContents()
    assert pane.table.rowHeight(0) >= pane.uniform_row_height()


# --- export with progress ---------------------------------------------------------------------


def export_job(window, catalogue: Catalogue, path: Path, items: int, note_chars: int) -> ExportJob:
    shortlist = big_shortlist(catalogue, items, note_chars)
    return ExportJob(shortlist, catalogue, path, today=TODAY, parent=window)


def test_the_export_runs_under_a_window_modal_progress_dialog(qtbot, window, catalogue, tmp_path):
    target = tmp_path / "memo.pdf"
    job = export_job(window, catalogue, target, 12, 20_000)
    seen: list[tuple[int, int, bool]] = []

    def progress(done: int, total: int) -> None:
        dialog = window.findChild(ExportProgressDialog)
        assert dialog is not None
        assert dialog.windowModality() == Qt.WindowModality.WindowModal
        seen.append((done, total, dialog.maximum() == total))

    job.progress.connect(progress)
    assert run_export_with_progress(window, job) == target
    assert len(PdfReader(target).pages) >= 12
    assert seen[-1][:2] == (seen[-1][1], seen[-1][1])
    assert all(in_step for *_, in_step in seen[1:])
    qtbot.waitUntil(lambda: window.findChild(ExportProgressDialog) is None)  # deleted after use
    assert QApplication.overrideCursor() is None


def test_cancel_in_the_dialog_writes_nothing_and_keeps_the_earlier_file(
    qtbot, window, catalogue, tmp_path
):
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "memo.pdf"
    target.write_bytes(b"the earlier memo")
    job = export_job(window, catalogue, target, 40, 20_000)
    labels: list[str] = []

    def press_cancel(done: int, total: int) -> None:
        dialog = window.findChild(ExportProgressDialog)
        if done == 2 and dialog is not None:
            dialog.cancel_button().click()
            labels.append(dialog.labelText())
            assert not dialog.cancel_button().isEnabled()

    job.progress.connect(press_cancel)
    assert run_export_with_progress(window, job) is None
    assert labels == ["Cancelling…"]
    assert target.read_bytes() == b"the earlier memo"
    assert sorted(p.name for p in folder.iterdir()) == ["memo.pdf"]


def test_a_failed_export_raises_with_the_reason(qtbot, window, catalogue, tmp_path):
    job = export_job(window, catalogue, tmp_path / "missing" / "memo.pdf", 2, 100)
    with pytest.raises(ExportError, match="does not exist"):
        run_export_with_progress(window, job)
    assert not (tmp_path / "missing").exists()


def test_the_window_keeps_handling_events_while_a_long_memo_is_written(
    qtbot, window, catalogue, tmp_path
):
    target = tmp_path / "sixty.pdf"
    job = export_job(window, catalogue, target, 60, 20_000)
    ticks_while_running = []
    timer = QTimer(window)
    timer.setInterval(5)
    timer.timeout.connect(lambda: job.is_running() and ticks_while_running.append(1))
    progress: list[int] = []
    job.progress.connect(lambda done, total: progress.append(done))
    timer.start()
    with qtbot.waitSignal(job.finished, timeout=60_000) as finished:
        job.start()
    timer.stop()
    assert finished.args == [target]
    assert len(PdfReader(target).pages) >= 60
    assert progress == sorted(progress) and progress[-1] == 2 * (1 + 60 + 1)
    # The UI thread's timer kept firing through the export, not only before and after it.
    assert len(ticks_while_running) >= 10
    assert not job.is_running() and job.done


def test_the_shortlist_is_copied_when_the_job_is_made(qtbot, window, catalogue, tmp_path):
    shortlist = big_shortlist(catalogue, 2, 100)
    job = ExportJob(shortlist, catalogue, tmp_path / "memo.pdf", today=TODAY)
    shortlist.items[0].note = "changed after the export was asked for"
    shortlist.items.append(ShortlistItem(code="KA122-VET"))
    with qtbot.waitSignal(job.finished, timeout=60_000):
        job.start()
    text = pdf_text(tmp_path / "memo.pdf")
    assert "Row 0:" in text and "changed after" not in text
    assert "Actions on this list (2)" in text and "KA122-VET" not in text  # not the one added
