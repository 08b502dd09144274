"""The "What is …?" links of the wizard open the glossary at their term (issue 5)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from vetguide.model.glossary import load_glossary
from vetguide.model.profile import InstitutionProfile
from vetguide.model.resources import load_catalogue
from vetguide.model.vocab import Experience, Goal, OrganisationType
from vetguide.ui import i18n
from vetguide.ui.glossary_dialog import GlossaryDialog
from vetguide.ui.i18n import tr
from vetguide.ui.results_view import GlossaryLink
from vetguide.ui.wizard import FindActionsWizard, PageId

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support grabbing the keyboard", extend=True
)

TODAY = date(2026, 1, 20)
SCHOOL = InstitutionProfile(
    organisation_type=OrganisationType.VET_PROVIDER,
    country="RS",
    experience=Experience.NEWCOMER,
    goals=[Goal.LEARNER_MOBILITY, Goal.STAFF_MOBILITY, Goal.DEVELOP_PRACTICES],
)


@pytest.fixture
def make_wizard(qtbot):
    def make(initial: InstitutionProfile | None = None) -> FindActionsWizard:
        wizard = FindActionsWizard(load_catalogue(), TODAY, initial, [], None)
        qtbot.addWidget(wizard)
        wizard.resize(1280, 800)
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard

    return make


def click_link(qtbot, link: GlossaryLink) -> None:
    """Click the link's text with the mouse, as a user would."""
    x = link.contentsRect().left() + max(link.indent(), 0) + link.fontMetrics().height()
    point = QPoint(x, link.contentsRect().top() + link.fontMetrics().height() // 2 + 1)
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=point)


def to_results(qtbot, wizard: FindActionsWizard) -> None:
    for _ in range(3):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.RESULTS)
    qtbot.waitUntil(lambda: bool(wizard.results_page.view.cards))


def test_clicking_a_link_on_page_one_emits_the_term(qtbot, make_wizard):
    wizard = make_wizard()
    page = wizard.organisation_page
    seen: list[str] = []
    wizard.glossary_requested.connect(seen.append)
    for link, term in (
        (page.accreditation_link, "accreditation"),
        (page.eche_link, "eche"),
        (page.country_link, "associated_third_country"),
    ):
        assert link.isVisibleTo(wizard)
        with qtbot.waitSignal(wizard.glossary_requested, timeout=1000) as blocker:
            click_link(qtbot, link)
        assert blocker.args == [term]
    assert seen == ["accreditation", "eche", "associated_third_country"]
    assert wizard.glossary_dialog is None  # a listener shows the glossary, not the wizard


def test_the_link_is_reachable_and_opened_by_keyboard(qtbot, make_wizard):
    wizard = make_wizard()
    link = wizard.organisation_page.eche_link
    assert link.focusPolicy() & Qt.FocusPolicy.TabFocus
    # Tab from the accreditation box passes its link, then the ECHE box, then this link.
    wizard.organisation_page.eche.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(wizard.organisation_page.eche, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: link.hasFocus())
    with qtbot.waitSignal(wizard.glossary_requested, timeout=1000) as blocker:
        qtbot.keyClick(link, Qt.Key.Key_Return)
    assert blocker.args == ["eche"]
    assert wizard.currentId() == PageId.ORGANISATION  # Enter opened the link, not Next


def test_links_have_accessible_names(qtbot, make_wizard):
    wizard = make_wizard(SCHOOL)
    page = wizard.organisation_page
    assert page.accreditation_link.accessibleName() == "What is an Erasmus accreditation?"
    assert page.eche_link.accessibleName() == "What is the ECHE?"
    to_results(qtbot, wizard)
    links = wizard.results_page.findChildren(GlossaryLink)
    assert links
    for link in links + wizard.organisation_page.findChildren(GlossaryLink):
        assert link.accessibleName().startswith("What is"), link.objectName()
        assert link.accessibleDescription()


def test_results_page_links_lump_sum_and_submit_to(qtbot, make_wizard):
    wizard = make_wizard(SCHOOL)
    to_results(qtbot, wizard)
    view = wizard.results_page.view
    assert [link.term_id for link in view.advice_links] == ["lump_sum"]
    ids = {card.glossary_link.term_id for card in view.cards}
    assert ids == {"national_agency", "eacea"}
    glossary_ids = {entry.id for entry in load_glossary("en").entries}
    assert ids | {"lump_sum", "accreditation", "eche"} <= glossary_ids
    with qtbot.waitSignal(wizard.glossary_requested, timeout=1000) as blocker:
        view.advice_links[0].activate()
    assert blocker.args == ["lump_sum"]
    card = next(c for c in view.cards if c.glossary_link.term_id == "eacea")
    with qtbot.waitSignal(wizard.glossary_requested, timeout=1000) as blocker:
        click_link(qtbot, card.glossary_link)
    assert blocker.args == ["eacea"]


def test_standalone_wizard_opens_its_own_glossary(qtbot, make_wizard):
    wizard = make_wizard()
    click_link(qtbot, wizard.organisation_page.accreditation_link)
    dialog = wizard.glossary_dialog
    assert isinstance(dialog, GlossaryDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.current_id() == "accreditation"
    assert "Erasmus accreditation" in dialog.browser.toPlainText()
    wizard.organisation_page.eche_link.activate()
    assert wizard.glossary_dialog is dialog and dialog.current_id() == "eche"


def test_from_the_main_window_the_glossary_opens_at_the_term(qtbot, window):
    window.guide.find_actions()
    wizard = window.active_wizard
    assert wizard is not None
    qtbot.waitExposed(wizard)
    click_link(qtbot, wizard.organisation_page.eche_link)
    dialog = window.help_flows.glossary_dialog
    assert dialog is not None and wizard.glossary_dialog is None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.current_id() == "eche"
    assert dialog.browser.toPlainText().startswith("ECHE (Erasmus Charter for Higher Education)")
    # The wizard is window-modal; the glossary must still take input above it.
    assert dialog.isModal()
    close = dialog.close_button
    QTest.mouseClick(
        dialog.windowHandle(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        close.mapTo(dialog, close.rect().center()),
    )
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not dialog.isModal()  # Help → Glossary later is modeless again
    wizard.reject()
    qtbot.waitUntil(lambda: window.active_wizard is None)
    window.commands.act_glossary.trigger()
    assert dialog.isVisible() and not dialog.isModal()


def test_links_and_terms_in_serbian_latin(qtbot, window):
    i18n.set_language("sr-Latn")
    window.guide.find_actions()
    wizard = window.active_wizard
    assert wizard is not None
    qtbot.waitExposed(wizard)
    page = wizard.organisation_page
    assert page.accreditation_link.text().endswith(">Šta je Erazmus akreditacija?</a>")
    assert page.accreditation_link.accessibleName() == tr("What is an Erasmus accreditation?")
    assert page.eche_link.accessibleName() == "Šta je ECHE?"
    with qtbot.waitSignal(wizard.glossary_requested, timeout=1000):
        click_link(qtbot, page.accreditation_link)
    dialog = window.help_flows.glossary_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.current_id() == "accreditation"
    term = load_glossary("sr-Latn").get("accreditation")
    assert term.term == "Erazmus akreditacija"
    assert dialog.browser.toPlainText().startswith(term.term)
    assert term.explanation[:40] in dialog.browser.toPlainText()
