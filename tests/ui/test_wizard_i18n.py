"""The wizard and the planning screens follow the interface language while they are open."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget, QWizard

from tests.ui.helpers import TODAY as PLANNING_DAY
from tests.ui.test_wizard import fill_serbian_school
from vetguide.model.budget import BudgetPlan, Flow, estimate
from vetguide.model.deadlines import next_deadline, published_dates
from vetguide.model.formatting import format_eur
from vetguide.model.profile import InstitutionProfile, Partner
from vetguide.model.readiness import load_readiness, plan
from vetguide.model.resources import load_catalogue, load_countries, load_texts
from vetguide.model.vocab import Experience, Goal, OrganisationType, Verdict
from vetguide.ui import i18n
from vetguide.ui.budget_dialog import BudgetDialog, Column
from vetguide.ui.deadline_banner import DeadlineBanner
from vetguide.ui.i18n import tr
from vetguide.ui.readiness_view import Column as StepColumn
from vetguide.ui.readiness_view import ReadinessView
from vetguide.ui.wizard import FindActionsWizard, PageId

# The country completer's popup asks for a keyboard grab, which the offscreen platform lacks.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support grabbing the keyboard", extend=True
)

TODAY = date(2026, 1, 20)
AFTER_THE_CALL = date(2026, 11, 28)
CYRILLIC = re.compile("[\u0400-\u04ff]")
SCHOOL = InstitutionProfile(
    name="Tehnička škola, Kragujevac",
    organisation_type=OrganisationType.VET_PROVIDER,
    country="RS",
    experience=Experience.NEWCOMER,
    goals=[Goal.LEARNER_MOBILITY, Goal.STAFF_MOBILITY, Goal.DEVELOP_PRACTICES],
    partners=[Partner(country="ES", organisation_type=OrganisationType.VET_PROVIDER)],
    participants=20,
)


@pytest.fixture
def switch(qtbot):
    """``switch(language)`` changes the interface language; English again afterwards."""
    yield i18n.set_language
    i18n.set_language(i18n.DEFAULT_LANGUAGE)


@pytest.fixture
def make_wizard(qtbot):
    def make(initial: InstitutionProfile | None = None) -> FindActionsWizard:
        wizard = FindActionsWizard(load_catalogue(), TODAY, initial, [("s1", "Ideje")], None)
        qtbot.addWidget(wizard)
        wizard.resize(1280, 800)
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard

    return make


def button_text(wizard: QWizard, which: QWizard.WizardButton) -> str:
    button = wizard.button(which)
    assert button is not None
    return button.text()


def mnemonics(texts: list[str]) -> list[str]:
    """The letters marked with a single & in ``texts``."""
    found = []
    for text in texts:
        match = re.search(r"(?<!&)&([^&\s])", text)
        if match:
            found.append(match.group(1).casefold())
    return found


# --- the wizard --------------------------------------------------------------------------------


def test_switching_retranslates_the_open_page_and_keeps_the_answers(qtbot, make_wizard, switch):
    wizard = make_wizard()
    page = wizard.organisation_page
    page.name_edit.setText("Tehnička škola")
    page.type_combo.setCurrentIndex(page.type_combo.findData(OrganisationType.VET_PROVIDER.value))
    page.grants.setValue(2)
    english_title = page.title()
    assert wizard.presenter.draft.country == "RS"

    switch("sr-Cyrl")
    qtbot.waitUntil(lambda: page.title() != english_title)
    assert page.title() == tr("Your organisation") == "Ваша организација"
    header = [label.text() for label in wizard.findChildren(QLabel) if not page.isAncestorOf(label)]
    assert tr("Your organisation") in header  # the wizard's own heading shows it
    assert page.type_label.text() == tr("&Type of organisation")
    assert CYRILLIC.search(page.type_label.text())
    assert page.status.text() == ""  # nothing missing, in any language
    next_text = button_text(wizard, QWizard.WizardButton.NextButton)
    assert next_text == tr("&Next >") and "Даље" in next_text
    assert button_text(wizard, QWizard.WizardButton.CancelButton) == tr("Cancel") == "Откажи"
    assert wizard.windowTitle() == tr("Find my actions")
    assert CYRILLIC.search(wizard.windowTitle())

    # The model's words come in Cyrillic too; the answers stay as they were.
    texts = load_texts("sr-Cyrl")
    vet = texts.organisation_types[OrganisationType.VET_PROVIDER]
    assert page.type_combo.currentText() == vet.label
    assert page.type_help.text() == vet.help
    assert page.country.currentText().startswith(load_countries("sr-Cyrl").get("RS").name)
    assert page.name_edit.text() == "Tehnička škola"
    assert page.grants.value() == 2
    draft = wizard.presenter.draft
    assert (draft.name, draft.organisation_type, draft.country) == (
        "Tehnička škola",
        OrganisationType.VET_PROVIDER,
        "RS",
    )
    assert draft.short_term_grants_previous_4_calls == 2
    assert wizard.currentId() == PageId.ORGANISATION

    # The next pages are in Cyrillic as well.
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.GOALS)
    goal = wizard.goals_page.checks[Goal.GREEN]
    assert goal.text() == texts.goals[Goal.GREEN].label
    assert wizard.goals_page.status.text() == tr("To continue, choose at least one goal.")


def test_a_country_typed_in_english_is_understood_in_serbian(qtbot, make_wizard, switch):
    wizard = make_wizard()
    switch("sr-Latn")
    field = wizard.organisation_page.country
    qtbot.waitUntil(lambda: field.currentText().startswith("Srbija"))
    field.setEditText("Spain")
    assert field.code() == "ES"
    field.setEditText("Španija")
    assert field.code() == "ES"


def test_the_results_page_is_computed_again_in_the_new_language(qtbot, make_wizard, switch):
    wizard = make_wizard()
    fill_serbian_school(qtbot, wizard)
    results = wizard.results_page
    results.view.card("KA210-VET").check.setChecked(True)
    assert wizard.wizard_result().codes == ("KA210-VET",)
    english_view = results.view

    switch("sr-Latn")
    qtbot.waitUntil(lambda: results.view is not english_view)
    texts = load_texts("sr-Latn")
    catalogue = load_catalogue(2026, "sr-Latn")
    card = results.view.card("KA122-VET")
    eligible = texts.verdicts[Verdict.ELIGIBLE].label
    assert card.applicant_badge.text().endswith(
        f"{texts.say('as_applicant', verdict=eligible)}"[:-1]
    )
    assert card.applicant_badge.text().endswith("Kao podnosilac prijave: Ispunjava uslove")
    ka121 = results.view.card("KA121-VET")
    assert ka121.applicant_badge.text().endswith(texts.verdicts[Verdict.INELIGIBLE].label)

    # The Serbian title with the official English title beside it.
    action = catalogue.action("KA122-VET")
    title = card.findChild(QWidget, "title").text()
    assert action.title in title and action.official_title in title
    assert action.official_title == load_catalogue().action("KA122-VET").title
    partnership = results.view.findChild(QWidget, "partnership_advice")
    choice = partnership.findChild(QWidget, "choice").text()
    assert catalogue.action("KA210-VET").official_title in choice
    assert format_eur(30_000, "sr-Latn") == "30.000 €"
    assert "30.000 €" in choice

    # The ticks and the shortlist choice are kept.
    assert results.view.card("KA210-VET").check.isChecked()
    assert not card.check.isChecked()
    assert wizard.wizard_result().codes == ("KA210-VET",)
    assert results.count_label.text() == tr("1 action ticked.") == "Označena je 1 akcija."
    assert results.title() == tr("Actions for you")
    finish = button_text(wizard, QWizard.WizardButton.FinishButton)
    assert finish == tr("&Finish") == "&Završi"
    back = button_text(wizard, QWizard.WizardButton.BackButton)
    assert back == tr("< &Back") == "< &Nazad"


def test_pseudo_language_makes_the_labels_longer(qtbot, make_wizard, switch):
    wizard = make_wizard()
    page = wizard.organisation_page
    english = {
        "title": page.title(),
        "label": page.grants_label.text(),
        "check": page.accreditation.text(),
    }
    vet_label = load_texts().organisation_types[OrganisationType.VET_PROVIDER].label

    switch(i18n.PSEUDO_LANGUAGE)
    qtbot.waitUntil(lambda: page.title() != english["title"])
    shown = {
        "title": page.title(),
        "label": page.grants_label.text(),
        "check": page.accreditation.text(),
    }
    for key, text in english.items():
        assert len(shown[key]) >= 1.3 * len(text), (key, shown[key])
    assert i18n.model_language() == "en"  # the data stay English
    vet = page.type_combo.findData(OrganisationType.VET_PROVIDER.value)
    assert page.type_combo.itemText(vet) == vet_label


@pytest.mark.parametrize("language", ["en", "sr-Latn", "sr-Cyrl"])
def test_no_two_controls_of_a_page_share_a_mnemonic(qtbot, make_wizard, switch, language):
    wizard = make_wizard(SCHOOL)
    switch(language)
    qtbot.waitUntil(lambda: wizard.organisation_page.title() == tr("Your organisation"))
    for page_id in PageId:
        page = wizard.page(page_id)
        qtbot.waitUntil(lambda p=page: wizard.currentPage() is p)
        texts = [
            w.text()
            for w in page.findChildren(QLabel)
            if w.buddy() is not None and w.isVisibleTo(wizard)
        ]
        texts += [w.text() for w in page.findChildren(QAbstractButton) if w.isVisibleTo(wizard)]
        texts += [w.title() for w in page.findChildren(QGroupBox) if w.isVisibleTo(wizard)]
        for which in QWizard.WizardButton:
            button = wizard.button(which)
            if button is not None and button.isVisibleTo(wizard):
                texts.append(button.text())
        letters = mnemonics(texts)
        assert len(letters) == len(set(letters)), (page_id.name, sorted(letters), texts)
        if page_id is not PageId.RESULTS:
            wizard.next()


# --- the planning screens ----------------------------------------------------------------------


def test_budget_dialog_retranslates_headers_and_keeps_the_flows(qtbot, catalogue, switch):
    dialog = BudgetDialog(catalogue, PLANNING_DAY, SCHOOL)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    row = {
        "activity": "job_shadowing",
        "participants": 2,
        "days": 5,
        "from_city": "Belgrade",
        "to_city": "Vienna",
        "green_travel": False,
        "fewer_opportunities": 0,
    }
    dialog.add_flow(row)
    assert dialog.estimate_result is not None
    english_title = dialog.windowTitle()
    header = Qt.Orientation.Horizontal
    assert dialog.model.headerData(Column.ACTIVITY, header) == "Activity"

    switch("sr-Latn")
    qtbot.waitUntil(lambda: dialog.windowTitle() != english_title)
    assert dialog.model.headerData(Column.ACTIVITY, header) == tr("Activity") == "Aktivnost"
    assert dialog.model.headerData(Column.FROM_CITY, header) == tr("From city")
    assert dialog.model.headerData(0, Qt.Orientation.Vertical) == tr("Flow {n}").format(n=1)
    assert dialog.windowTitle() == tr("Estimate the budget") == "Procena budžeta"
    assert dialog.tabs.tabText(1) == tr("&Lump sums")

    # The typed flow stays; its activity and the amounts are shown in Serbian.
    assert dialog.model.rows == [row]
    serbian = load_catalogue(2026, "sr-Latn").action("KA122-VET")
    shadowing = next(a for a in serbian.activities if a.id == "job_shadowing")
    assert dialog.model.index(0, Column.ACTIVITY).data() == shadowing.name
    result = estimate(
        BudgetPlan(call_year=2026, action="KA122-VET", flows=[Flow.model_validate(row)]),
        catalogue=load_catalogue(2026, "sr-Latn"),
        language="sr-Latn",
    )
    assert dialog.estimate_result == result
    total = format_eur(result.low_total_eur, "sr-Latn")
    assert dialog.total_label.text() == result.headline and total in result.headline
    assert total.endswith(" €")
    assert shadowing.name in dialog.estimate_text()
    lump_sums = dialog.lump_sum_view.toPlainText()
    ka210 = load_catalogue(2026, "sr-Latn").action("KA210-VET")
    assert ka210.title in lump_sums and ka210.official_title in lump_sums
    assert "30.000 €" in lump_sums


def test_readiness_view_lays_the_plan_out_again(qtbot, catalogue, switch):
    view = ReadinessView()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    action = catalogue.action("KA122-VET")
    view.show_action(action, catalogue, PLANNING_DAY, time_zone="Europe/Belgrade")
    english_title = view.title.text()

    with qtbot.assertNotEmitted(view.plan_changed):
        switch("sr-Latn")
        qtbot.waitUntil(lambda: view.title.text() != english_title)
    assert view.title.text() == tr("&Readiness: steps before the deadline")
    serbian = load_catalogue(2026, "sr-Latn").action("KA122-VET")
    info = next_deadline(serbian, PLANNING_DAY, published_dates(catalogue))
    assert info is not None
    expected = plan(serbian, info, PLANNING_DAY, language="sr-Latn")
    assert [todo.step for todo in view.todos()] == [todo.step for todo in expected]
    assert view.row_texts()[0][StepColumn.STATUS].startswith("Rok je prošao")
    assert view.model.headerData(StepColumn.DUE, Qt.Orientation.Horizontal) == tr("Due")
    assert view.guidance.text() == load_readiness("sr-Latn").guidance_note
    summary = view.summary.text()
    assert serbian.title in summary and serbian.official_title in summary
    assert load_countries("sr-Latn").get("RS").name in summary  # local time "in Serbia"
    assert "19. 2. 2026." in summary


def test_deadline_banner_follows_the_language(qtbot, catalogue, switch):
    window = QWidget()
    qtbot.addWidget(window)
    banner = DeadlineBanner(window)
    window.show()
    qtbot.waitExposed(window)
    assert banner.update_for(catalogue, AFTER_THE_CALL)
    english = banner.text()

    switch("sr-Cyrl")
    qtbot.waitUntil(lambda: banner.text() != english)
    assert "2026" in banner.text() and CYRILLIC.search(banner.text())
    assert banner.accessibleDescription() == banner.text()
    assert banner.accessibleName() == tr("Call year notice")
    assert banner.isVisibleTo(window)
