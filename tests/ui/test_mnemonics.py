"""Keyboard accelerators (Alt+letter) in every window and dialog, in every language.

Menus come first: a letter of the menu bar is never used by a control of the same window
(Alt+V once pressed "Remove" and asked to delete an action instead of opening View), no two
controls of one window share a letter, and no two items of one menu do.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QTabWidget,
    QWidget,
    QWizard,
)

from tests.ui.helpers import TODAY
from tests.ui.test_main_window import add_actions, select_item
from vetguide.ui import i18n
from vetguide.ui.budget_dialog import BudgetDialog
from vetguide.ui.i18n import tr
from vetguide.ui.wizard import FindActionsWizard, PageId

LANGUAGES = ["en", "sr-Latn", "sr-Cyrl"]
MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def letter(text: str) -> str | None:
    match = MNEMONIC.search(text)
    return match.group(1).casefold() if match else None


def control_accelerators(top: QWidget, within: QWidget | None = None) -> list[tuple[str, str]]:
    """(letter, text) of every control of ``within`` (default ``top``) shown in ``top``.

    Buttons, labels with a buddy, group boxes and tab titles are what Alt+letter reaches.
    """
    root = within or top
    texts: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    return [(key, text) for text in texts if (key := letter(text))]


def clashes(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for key, text in pairs:
        by_letter.setdefault(key, []).append(text)
    return {key: texts for key, texts in by_letter.items() if len(texts) > 1}


def menu_accelerators(menu: QMenu) -> list[tuple[str, str]]:
    return [
        (key, a.text())
        for a in menu.actions()
        if a.isVisible() and not a.isSeparator() and (key := letter(a.text()))
    ]


@pytest.fixture
def switch(qtbot):
    yield i18n.set_language
    i18n.set_language(i18n.DEFAULT_LANGUAGE)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_main_window_menus_come_first_and_no_letter_is_used_twice(
    qtbot, window, switch, language
):
    add_actions(qtbot, window, "KA122-VET", "KA210-VET")
    select_item(qtbot, window, 0)  # note editor and readiness plan on screen too
    switch(language)
    qtbot.waitUntil(lambda: window.commands.file_menu.title() == tr("&File"))
    menus = [(key, a.text()) for a in window.menuBar().actions() if (key := letter(a.text()))]
    assert len(menus) == len(window.menuBar().actions())  # every menu has its letter
    assert clashes(menus) == {}
    controls = control_accelerators(window)
    assert len(controls) >= 10
    assert clashes(controls) == {}
    taken_by_menus = {key for key, _ in menus}
    assert [text for key, text in controls if key in taken_by_menus] == []
    for menu in window.findChildren(QMenu):
        assert clashes(menu_accelerators(menu)) == {}, menu.title()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_view_menu_is_alt_v_in_english(qtbot, window, switch, language):
    switch(language)
    if language == "en":
        assert letter(window.commands.view_menu.title()) == "v"
    assert letter(window.commands.view_menu.title()) not in {
        key for key, _ in control_accelerators(window)
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_wizard_page_has_distinct_letters(qtbot, catalogue, switch, language):
    from tests.ui.test_wizard_i18n import SCHOOL

    wizard = FindActionsWizard(catalogue, TODAY, SCHOOL, [("s1", "Ideas")], None)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    switch(language)
    for page_id in PageId:
        page = wizard.page(page_id)
        qtbot.waitUntil(lambda p=page: wizard.currentPage() is p)
        pairs = control_accelerators(wizard, page)
        for which in QWizard.WizardButton:
            button = wizard.button(which)
            if button is not None and button.isVisibleTo(wizard) and letter(button.text()):
                pairs.append((letter(button.text()), button.text()))
        assert clashes(pairs) == {}, page_id.name
        if page_id is not PageId.RESULTS:
            wizard.next()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_budget_dialog_has_distinct_letters(qtbot, catalogue, switch, language):
    dialog = BudgetDialog(catalogue, TODAY, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    switch(language)
    qtbot.waitUntil(lambda: dialog.close_button.text() == tr("&Close"))
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        pairs = control_accelerators(dialog)
        assert len(pairs) >= 2
        assert clashes(pairs) == {}, dialog.tabs.tabText(tab)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_glossary_has_distinct_letters(qtbot, window, switch, language):
    switch(language)
    dialog = window.help_flows.show_glossary()
    qtbot.waitExposed(dialog)
    pairs = control_accelerators(dialog)
    assert pairs and clashes(pairs) == {}
