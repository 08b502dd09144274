"""A 1024×600 screen: every window and dialog opens within it, and the shortlist shows rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt

from tests.ui.test_main_window import add_actions
from vetguide.model.resources import load_catalogue
from vetguide.ui import screen
from vetguide.ui.screen import FRAME_MARGIN, fitted

SMALL = QRect(0, 0, 1024, 600)
TODAY = date(2026, 1, 20)


def test_fitted_keeps_a_size_that_fits_and_shrinks_one_that_does_not():
    assert fitted(560, 320, SMALL) == (560, 320)
    assert fitted(1100, 760, SMALL) == (1024 - FRAME_MARGIN, 600 - FRAME_MARGIN)
    assert fitted(1100, 760, None) == (1100, 760)


def _wizard():
    from vetguide.ui.wizard import FindActionsWizard

    return FindActionsWizard(load_catalogue(), TODAY, None, [], None)


def _budget():
    from vetguide.ui.budget_dialog import BudgetDialog

    return BudgetDialog(load_catalogue(), TODAY)


def _glossary():
    from vetguide.ui.glossary_dialog import GlossaryDialog

    return GlossaryDialog()


def _restore():
    from vetguide.ui.restore_dialog import RestoreDialog

    return RestoreDialog([Path("vetguide-2026-01-20.json")])


@pytest.mark.parametrize("make", [_wizard, _budget, _glossary, _restore])
def test_every_dialog_opens_within_a_small_screen(qtbot, monkeypatch, make):
    monkeypatch.setattr(screen, "available_geometry", lambda widget: SMALL)
    dialog = make()
    qtbot.addWidget(dialog)
    dialog.show()
    limit = (SMALL.width() - FRAME_MARGIN, SMALL.height() - FRAME_MARGIN)
    assert dialog.width() <= limit[0] and dialog.height() <= limit[1]
    # Its layout can go that small (the rest scrolls), so the size was not refused.
    minimum = dialog.minimumSizeHint()
    assert minimum.width() <= limit[0] and minimum.height() <= limit[1]


def test_the_shortlist_shows_several_rows_at_1024x600(qtbot, window):
    add_actions(qtbot, window, "KA122-VET", "KA210-VET", "KA120-VET")
    window.resize(SMALL.size())
    qtbot.waitUntil(lambda: window.size() == SMALL.size())
    table = window.shortlist_pane.table
    heights = [table.rowHeight(row) for row in range(3)]
    # A long title is cut at three lines (the tooltip has it whole) ...
    line = table.fontMetrics().lineSpacing()
    assert max(heights) <= window.shortlist_pane.uniform_row_height() + line
    # ... so at least two whole rows are on screen (the issue saw one and a half).
    assert table.viewport().height() >= 2 * max(heights)


def test_a_shortlisted_item_shows_its_key_data_note_and_plan_in_the_centre(qtbot, window):
    add_actions(qtbot, window, "KA122-VET", "KA210-VET")
    window.catalogue_pane.select_code("KA120-VET")
    assert window.detail_pane.code == "KA120-VET"
    window.shortlist_pane.select_row(0)
    assert window.detail_pane.code == "KA122-VET"
    window.catalogue_pane.select_code("KA120-VET")
    # Clicking the item again brings its key data back.
    table = window.shortlist_pane.table
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(table.model().index(1, 0)).center(),
    )
    # The large centre column: the item's key data above its note and readiness plan.
    assert window.splitter.widget(1) is window.centre_splitter
    assert window.centre_splitter.widget(0) is window.detail_pane
    assert window.centre_splitter.widget(1) is window.item_tabs
    assert window.detail_pane.code == "KA210-VET"
    assert "KA210-VET" in window.shortlist_pane.note_label.text()
    assert window.readiness_view.action is not None
    assert window.readiness_view.action.code == "KA210-VET"


def whole_rows(table) -> int:
    """Rows of ``table`` entirely inside its viewport."""
    height = table.viewport().height()
    return sum(
        1
        for row in range(table.model().rowCount())
        if table.rowViewportPosition(row) >= 0
        and table.rowViewportPosition(row) + table.rowHeight(row) <= height
    )


@pytest.mark.parametrize(
    ("size", "rows", "intro_whole"), [((1024, 600), 2, False), ((1280, 800), 5, True)]
)
def test_the_readiness_plan_keeps_rows_and_its_intro_on_screen(
    qtbot, window, size, rows, intro_whole
):
    add_actions(qtbot, window, "KA122-VET")
    window.shortlist_pane.select_row(0)
    window.item_tabs.setCurrentWidget(window.readiness_view)
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    view = window.readiness_view
    qtbot.waitUntil(lambda: view.table.viewport().height() > 0)
    assert view.model.rowCount() >= rows
    qtbot.waitUntil(lambda: whole_rows(view.table) >= rows, timeout=3000)  # once laid out
    # On a usual screen the deadline and the guidance note are whole (they scrolled before).
    if intro_whole:
        assert view.guidance.isVisible()
        assert view.intro.verticalScrollBar().maximum() == 0
