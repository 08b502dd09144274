"""The wizard with the keyboard only: Tab and Shift+Tab walk every control of every page, in
order and back, and nothing holds the focus (a glossary link once kept it on Shift+Tab)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from tests.ui.helpers import TODAY
from tests.ui.test_wizard_i18n import SCHOOL
from vetguide.ui.wizard import FindActionsWizard, PageId


@pytest.fixture
def wizard(qtbot, catalogue) -> FindActionsWizard:
    wizard = FindActionsWizard(catalogue, TODAY, SCHOOL, [("s1", "Ideas")], None)
    qtbot.addWidget(wizard)
    wizard.resize(1100, 800)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def walk(qtbot, key: Qt.Key, start: QWidget, limit: int = 200) -> list[QWidget]:
    """Press ``key`` until the focus is back at ``start``; the widgets it visited in order."""
    seen = [start]
    for _ in range(limit):
        qtbot.keyClick(focused(), key)
        if focused() is start:
            return seen
        assert focused() not in seen, f"{key.name} went round without coming back: {seen}"
        seen.append(focused())
    raise AssertionError(f"{key.name} never came back to {start!r}")


def tab_stops(wizard: QWizard) -> set[QWidget]:
    """What Tab must reach: every shown, enabled control that takes focus by Tab."""
    stops = set()
    for widget in wizard.findChildren(QWidget):
        if not (widget.isVisibleTo(wizard) and widget.isEnabled()):
            continue
        if widget.focusProxy() is not None or widget.window() is not wizard:
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            stops.add(widget)
    return stops


@pytest.mark.parametrize("page_id", list(PageId))
def test_tab_and_shift_tab_walk_every_control_in_order_and_back(qtbot, wizard, page_id):
    for _ in range(list(PageId).index(page_id)):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == page_id)
    start = wizard.button(QWizard.WizardButton.CancelButton)
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: focused() is start)
    forward = walk(qtbot, Qt.Key.Key_Tab, start)
    backward = walk(qtbot, Qt.Key.Key_Backtab, start)
    assert backward == [start, *reversed(forward[1:])]
    missing = tab_stops(wizard) - set(forward)
    assert not missing, sorted(f"{type(w).__name__} {w.objectName()}" for w in missing)


def test_space_on_a_glossary_link_opens_it_only_when_asked(qtbot, wizard):
    for _ in range(3):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.RESULTS)
    links = wizard.results_page.findChildren(QWidget, "glossary_link_national_agency")
    assert links
    opened: list[str] = []
    links[0].requested.connect(opened.append)
    links[0].setFocus(Qt.FocusReason.BacktabFocusReason)
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert focused() is not links[0]  # Shift+Tab leaves the link
    assert opened == []
    links[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert opened == ["national_agency"]


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # offscreen popup
def test_the_first_down_in_the_type_list_picks_the_first_type(qtbot, catalogue):
    wizard = FindActionsWizard(catalogue, TODAY, None, [], None)  # no type chosen yet
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    combo = wizard.organisation_page.type_combo
    assert combo.currentIndex() == -1
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # on the closed box
    assert combo.currentIndex() == 0
    combo.setCurrentIndex(-1)
    combo.showPopup()  # as Alt+Down, F4 or a click opens it
    qtbot.waitUntil(combo.view().isVisible)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Down)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not combo.view().isVisible())
    assert combo.currentIndex() == 0
    assert combo.currentText() == combo.itemText(0)


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # offscreen popup
def test_enter_in_the_partner_country_adds_the_partner_and_never_skips_to_the_results(
    qtbot, wizard
):
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.PARTNERS)
    page = wizard.page(PageId.PARTNERS)
    before = page.model.rowCount()
    edit = page.partner_country.lineEdit()
    edit.setFocus()
    qtbot.keyClicks(edit, "Montenegr")  # typed, not picked from the list
    page.partner_country.completer().popup().hide()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.PARTNERS  # Enter did not press Next
    assert page.model.rowCount() == before + 1
    assert page.presenter.draft.partners[-1].country == "ME"
    assert edit.text() == ""  # ready for the next partner
    qtbot.keyClicks(edit, "zzz")  # nothing matches: Enter does nothing at all
    page.partner_country.completer().popup().hide()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.PARTNERS and page.model.rowCount() == before + 1
