"""An item's status from the keyboard: Shortlist → Set status, and the items' context menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import on_disk
from tests.ui.test_main_window import add_actions, select_item
from vetguide.model.shortlist import ItemStatus
from vetguide.ui.shortlist_model import Column

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


def status_of(window, row: int) -> ItemStatus:
    return window.items_model.item(row).status


def test_the_shortlist_menu_sets_the_status_of_the_selected_item(qtbot, window):
    add_actions(qtbot, window, "KA122-VET", "KA210-VET")
    pane = window.shortlist_pane
    menu = pane.status_menu
    assert menu.menuAction() in window.commands.shortlist_menu.actions()
    assert [a.text() for a in menu.actions()] == [
        "Idea", "Preparing", "Submitted", "Funded", "Not this year"
    ]  # fmt: skip
    pane.table.setCurrentIndex(window.items_model.index(-1, 0))
    assert not menu.isEnabled()  # nothing selected, nothing to set
    select_item(qtbot, window, 1)
    assert menu.isEnabled() and pane.status_actions[ItemStatus.IDEA].isChecked()
    pane.status_actions[ItemStatus.SUBMITTED].trigger()
    assert status_of(window, 1) is ItemStatus.SUBMITTED
    assert status_of(window, 0) is ItemStatus.IDEA
    assert pane.status_actions[ItemStatus.SUBMITTED].isChecked()
    shown = window.items_model.index(1, Column.STATUS).data()
    assert shown == "Submitted"
    (saved,) = on_disk().shortlists
    assert [i.status for i in saved.items] == [ItemStatus.IDEA, ItemStatus.SUBMITTED]
    select_item(qtbot, window, 0)  # the checks follow the selection
    assert pane.status_actions[ItemStatus.IDEA].isChecked()


def test_the_status_menu_is_reached_with_alt_s_and_the_keyboard(qtbot, window):
    add_actions(qtbot, window, "KA122-VET")
    select_item(qtbot, window, 0)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.commands.shortlist_menu.isVisible)
    qtbot.keyClick(window.commands.shortlist_menu, Qt.Key.Key_S)  # Set &status
    status_menu = window.shortlist_pane.status_menu
    qtbot.waitUntil(status_menu.isVisible)
    for _ in range(3):  # Idea → Preparing → Submitted → Funded
        qtbot.keyClick(status_menu, Qt.Key.Key_Down)
    qtbot.keyClick(status_menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.commands.shortlist_menu.isVisible())
    assert status_of(window, 0) is ItemStatus.FUNDED


def test_the_context_menu_of_an_item_offers_status_move_and_remove(qtbot, window):
    add_actions(qtbot, window, "KA122-VET", "KA210-VET")
    select_item(qtbot, window, 0)
    table = window.shortlist_pane.table
    table.setFocus()
    # The Menu key (or Shift+F10) sends a keyboard context-menu event to the focused table.
    rect = table.visualRect(window.items_model.index(0, Column.ACTION))
    at = rect.center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, at, table.viewport().mapToGlobal(at)
    )
    QApplication.sendEvent(table.viewport(), event)
    menu = window.shortlist_pane.context_menu
    qtbot.waitUntil(menu.isVisible)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:5] == ["Idea", "Preparing", "Submitted", "Funded", "Not this year"]
    assert (
        window.commands.act_remove in menu.actions()
        and window.commands.act_move_down in menu.actions()
    )
    window.shortlist_pane.status_actions[ItemStatus.NOT_THIS_YEAR].trigger()
    menu.close()
    assert status_of(window, 0) is ItemStatus.NOT_THIS_YEAR


def test_the_context_menu_on_another_row_acts_on_that_row(qtbot, window):
    add_actions(qtbot, window, "KA122-VET", "KA210-VET")
    select_item(qtbot, window, 0)
    table = window.shortlist_pane.table
    point: QPoint = table.visualRect(window.items_model.index(1, Column.ACTION)).center()
    table.customContextMenuRequested.emit(point)  # a right click on the second row
    assert window.shortlist_pane.current_row() == 1
    window.shortlist_pane.context_menu.close()
    window.shortlist_pane.status_actions[ItemStatus.PREPARING].trigger()
    assert [status_of(window, r) for r in (0, 1)] == [ItemStatus.IDEA, ItemStatus.PREPARING]
