"""The "Find my actions" wizard, driven through its real widgets and buttons."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QRadioButton,
    QSlider,
    QWidget,
    QWizard,
)

from vetguide.model.profile import InstitutionProfile, Partner, WizardResult
from vetguide.model.resources import load_catalogue
from vetguide.model.vocab import Experience, Goal, OrganisationType
from vetguide.ui.results_view import CriterionRow
from vetguide.ui.wizard import FindActionsWizard, PageId
from vetguide.ui.wizard_pages import CountryField, PartnersModel

# The country completer's popup asks for a keyboard grab, which the offscreen platform lacks.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support grabbing the keyboard", extend=True
)

TODAY = date(2026, 1, 20)
SCHOOL_GOALS = (Goal.LEARNER_MOBILITY, Goal.STAFF_MOBILITY, Goal.DEVELOP_PRACTICES)
INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView, QSlider)
COMPOSITE = (QComboBox, QAbstractSpinBox, QAbstractItemView)


@pytest.fixture
def make_wizard(qtbot):
    def make(
        initial: InstitutionProfile | None = None,
        shortlists: list[tuple[str, str]] | None = None,
        current_id: str | None = None,
    ) -> FindActionsWizard:
        wizard = FindActionsWizard(load_catalogue(), TODAY, initial, shortlists or [], current_id)
        qtbot.addWidget(wizard)
        wizard.resize(1280, 800)
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard

    return make


# --- driving helpers ------------------------------------------------------------------------


def button(wizard: QWizard, which: QWizard.WizardButton) -> QAbstractButton:
    found = wizard.button(which)
    assert found is not None
    return found


def next_enabled(wizard: QWizard) -> bool:
    return button(wizard, QWizard.WizardButton.NextButton).isEnabled()


def click_next(qtbot, wizard: QWizard) -> None:
    current = wizard.currentId()
    next_button = button(wizard, QWizard.WizardButton.NextButton)
    assert next_button.isEnabled(), f"Next is disabled on page {current}"
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == current + 1)


def click_back(qtbot, wizard: QWizard) -> None:
    current = wizard.currentId()
    qtbot.mouseClick(button(wizard, QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == current - 1)


def click_box(qtbot, box: QCheckBox | QRadioButton) -> None:
    """Click on the indicator of a check or radio box, as a user would."""
    before = box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    if isinstance(box, QCheckBox):
        assert box.isChecked() is not before
    else:
        assert box.isChecked()


def choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def type_country(qtbot, field: CountryField, text: str) -> None:
    field.lineEdit().selectAll()
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Delete)
    qtbot.keyClicks(field.lineEdit(), text)
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Tab)


def type_number(qtbot, spin: QAbstractSpinBox, text: str) -> None:
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Tab)


def fill_serbian_school(qtbot, wizard: FindActionsWizard) -> None:
    """Pages 1-3 for a Serbian vocational school; leaves the wizard on the results page."""
    org = wizard.organisation_page
    assert wizard.currentId() == PageId.ORGANISATION
    choose(org.type_combo, OrganisationType.VET_PROVIDER.value)
    type_country(qtbot, org.country, "Serbia")
    click_next(qtbot, wizard)

    goals = wizard.goals_page
    for goal in SCHOOL_GOALS:
        click_box(qtbot, goals.checks[goal])
    click_next(qtbot, wizard)

    partners = wizard.partners_page
    type_country(qtbot, partners.partner_country, "Spain")
    choose(partners.partner_type, OrganisationType.VET_PROVIDER.value)
    qtbot.mouseClick(partners.add_button, Qt.MouseButton.LeftButton)
    assert partners.model.rowCount() == 1
    type_number(qtbot, partners.participants, "20")
    assert partners.participants.value() == 20
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.RESULTS


def interactive_widgets(page: QWidget) -> list[QWidget]:
    """Widgets a user can operate, without the inner parts of combos, spins and views."""
    found = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE):
            continue
        parent = widget.parentWidget()
        inner = False
        while parent is not None and parent is not page:
            inner = inner or isinstance(parent, COMPOSITE)
            parent = parent.parentWidget()
        if not inner:
            found.append(widget)
    return found


# --- tests -------------------------------------------------------------------------------------


def test_next_needs_type_and_a_valid_country(qtbot, make_wizard):
    wizard = make_wizard()
    org = wizard.organisation_page
    assert org.country.code() == "RS"  # a new profile starts in Serbia
    assert org.country.currentText() == "Serbia — a third country associated to the Programme"
    assert not next_enabled(wizard)

    choose(org.type_combo, OrganisationType.VET_PROVIDER.value)
    assert next_enabled(wizard)
    assert org.type_help.text().startswith("A secondary vocational school")

    type_country(qtbot, org.country, "Narnia")
    assert org.country.code() is None
    assert not next_enabled(wizard)
    assert org.status.isVisibleTo(org) and "country" in org.status.text()

    type_country(qtbot, org.country, "serbia")
    assert org.country.code() == "RS"
    assert next_enabled(wizard)


def test_next_needs_a_goal(qtbot, make_wizard):
    wizard = make_wizard()
    choose(wizard.organisation_page.type_combo, OrganisationType.COMPANY.value)
    click_next(qtbot, wizard)
    goals = wizard.goals_page
    assert not next_enabled(wizard)
    click_box(qtbot, goals.checks[Goal.GREEN])
    assert next_enabled(wizard)
    click_box(qtbot, goals.checks[Goal.GREEN])
    assert not next_enabled(wizard)


def test_country_search_finds_spain_from_spa(qtbot, make_wizard):
    wizard = make_wizard()
    field = wizard.organisation_page.country
    field.lineEdit().selectAll()
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Delete)
    qtbot.keyClicks(field.lineEdit(), "spa")
    completer = field.completer()
    assert completer.filterMode() == Qt.MatchFlag.MatchContains
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    shown = [
        completer.completionModel().index(row, 0).data()
        for row in range(completer.completionModel().rowCount())
    ]
    assert "Spain — an EU Member State" in shown
    row = shown.index("Spain — an EU Member State")
    popup.setCurrentIndex(completer.completionModel().index(row, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: field.code() == "ES")
    assert wizard.presenter.draft.country == "ES"


def test_serbian_school_end_to_end(qtbot, make_wizard):
    wizard = make_wizard(shortlists=[("old", "Ideas 2025")], current_id="old")
    fill_serbian_school(qtbot, wizard)
    results = wizard.results_page

    for code in ("KA122-VET", "KA210-VET"):
        card = results.view.card(code)
        assert card.applicant_badge.text().endswith("As applicant: Eligible")
        assert card.isVisibleTo(wizard)
    ka121 = results.view.card("KA121-VET")
    assert ka121.applicant_badge.text().endswith("As applicant: Not eligible")
    (accreditation,) = [
        row
        for row in ka121.findChildren(CriterionRow)
        if row.result.kind == "requires_vet_accreditation"
    ]
    assert accreditation.findChild(QWidget, "mark").text() == "✘"
    assert "Apply for the Erasmus accreditation" in accreditation.findChild(QWidget, "fix").text()
    mobility = results.view.findChild(QWidget, "mobility_advice")
    assert "KA122-VET" in mobility.findChild(QWidget, "choice").text()
    partnership = results.view.findChild(QWidget, "partnership_advice")
    assert "KA210-VET" in partnership.findChild(QWidget, "choice").text()
    assert "€" in partnership.findChild(QWidget, "choice").text()
    assert not any(card.check.isChecked() for card in results.view.cards)  # none pre-ticked

    # The current shortlist is the default target; switch to a new one.
    assert results.existing_radio.isChecked()
    assert wizard.wizard_result().shortlist_id == "old"
    for code in ("KA210-VET", "KA122-VET"):
        check = results.view.card(code).check
        results.results_scroll.ensureWidgetVisible(check)
        click_box(qtbot, check)
    click_box(qtbot, results.new_radio)
    results.new_name.selectAll()
    qtbot.keyClicks(results.new_name, "Erasmus+ 2026 Kragujevac")

    finish = button(wizard, QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    with qtbot.waitSignal(wizard.accepted):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    # One result: the profile, the ticked actions in the ranked order, a new shortlist.
    assert wizard.wizard_result() == WizardResult(
        profile=InstitutionProfile(
            organisation_type=OrganisationType.VET_PROVIDER,
            country="RS",
            holds_vet_accreditation=False,
            experience=Experience.NEWCOMER,
            goals=list(SCHOOL_GOALS),
            partners=[Partner(country="ES", organisation_type=OrganisationType.VET_PROVIDER)],
            participants=20,
        ),
        codes=("KA122-VET", "KA210-VET"),
        shortlist_id=None,
        new_name="Erasmus+ 2026 Kragujevac",
    )


def test_new_shortlist_needs_a_name(qtbot, make_wizard):
    wizard = make_wizard()
    fill_serbian_school(qtbot, wizard)
    results = wizard.results_page
    assert results.new_radio.isChecked()  # no shortlists yet
    assert not results.existing_radio.isEnabled()
    assert results.new_name.text() == "Erasmus+ 2026"
    finish = button(wizard, QWizard.WizardButton.FinishButton)
    results.new_name.selectAll()
    qtbot.keyClick(results.new_name, Qt.Key.Key_Delete)
    assert not finish.isEnabled()
    qtbot.keyClicks(results.new_name, "Plan")
    assert finish.isEnabled()


def test_back_keeps_answers(qtbot, make_wizard):
    wizard = make_wizard()
    fill_serbian_school(qtbot, wizard)
    check = wizard.results_page.view.card("KA122-VET").check
    click_box(qtbot, check)
    for _ in range(3):
        click_back(qtbot, wizard)

    org = wizard.organisation_page
    assert org.type_combo.currentData() == OrganisationType.VET_PROVIDER.value
    assert org.country.code() == "RS"
    assert next_enabled(wizard)
    click_next(qtbot, wizard)
    assert {g for g, c in wizard.goals_page.checks.items() if c.isChecked()} == set(SCHOOL_GOALS)
    click_next(qtbot, wizard)
    partners = wizard.partners_page
    assert partners.model.rowCount() == 1
    assert partners.model.index(0, 0).data().startswith("Spain")
    assert partners.participants.value() == 20
    click_next(qtbot, wizard)
    assert wizard.results_page.view.card("KA122-VET").check.isChecked()
    assert wizard.wizard_result().codes == ("KA122-VET",)


def test_initial_profile_prefills_every_page(qtbot, make_wizard):
    initial = InstitutionProfile(
        name="Hochschule Beispiel",
        organisation_type=OrganisationType.HIGHER_EDUCATION,
        country="DE",
        holds_vet_accreditation=True,
        holds_eche=True,
        short_term_grants_previous_4_calls=2,
        experience=Experience.EXPERIENCED,
        goals=[Goal.DIGITAL, Goal.GREEN],
        partners=[
            Partner(country="FR", organisation_type=OrganisationType.COMPANY, name="Atelier"),
            Partner(country="RS"),
        ],
        participants=None,
    )
    wizard = make_wizard(initial)
    org = wizard.organisation_page
    assert org.name_edit.text() == "Hochschule Beispiel"
    assert org.type_combo.currentData() == OrganisationType.HIGHER_EDUCATION.value
    assert org.country.code() == "DE"
    assert org.country.currentText().startswith("Germany")
    assert org.accreditation.isChecked() and org.eche.isChecked()
    assert org.grants.value() == 2
    assert org.experience_radios[Experience.EXPERIENCED].isChecked()
    click_next(qtbot, wizard)
    checked = {g for g, c in wizard.goals_page.checks.items() if c.isChecked()}
    assert checked == {Goal.DIGITAL, Goal.GREEN}
    click_next(qtbot, wizard)
    partners = wizard.partners_page
    assert partners.model.rowCount() == 2
    assert partners.model.index(0, 1).data() == "Company"
    assert partners.model.index(0, 2).data() == "Atelier"
    assert partners.model.index(1, 1).data() == "Not known yet"
    assert partners.participants.text() == "Not known yet"
    click_next(qtbot, wizard)
    assert wizard.wizard_result().profile == initial


def test_partners_add_and_remove(qtbot, make_wizard, qtmodeltester):
    wizard = make_wizard()
    choose(wizard.organisation_page.type_combo, OrganisationType.NGO.value)
    click_next(qtbot, wizard)
    click_box(qtbot, wizard.goals_page.checks[Goal.INCLUSION])
    click_next(qtbot, wizard)
    page = wizard.partners_page
    assert next_enabled(wizard)  # no partners is fine
    assert not page.add_button.isEnabled()
    assert not page.remove_button.isEnabled()
    qtmodeltester.check(page.model)

    for country in ("Italy", "PT", "slovenia"):
        type_country(qtbot, page.partner_country, country)
        assert page.add_button.isEnabled()
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert [p.country for p in wizard.presenter.draft.partners] == ["IT", "PT", "SI"]
    qtmodeltester.check(page.model)

    page.table.selectRow(1)
    assert page.remove_button.isEnabled()
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert [p.country for p in wizard.presenter.draft.partners] == ["IT", "SI"]
    assert page.model.rowCount() == 2
    qtmodeltester.check(page.model)

    type_number(qtbot, page.participants, "12")
    assert wizard.presenter.draft.participants == 12
    type_number(qtbot, page.participants, "0")
    assert page.participants.value() == page.participants.minimum()
    assert page.participants.specialValueText() == "Not known yet"
    assert wizard.presenter.draft.participants is None


def test_every_interactive_widget_has_an_accessible_name(qtbot, make_wizard):
    wizard = make_wizard()
    fill_serbian_school(qtbot, wizard)
    for page_id in PageId:
        page = wizard.page(page_id)
        widgets = interactive_widgets(page)
        assert widgets, page_id
        unnamed = [
            f"{type(w).__name__} {w.objectName() or getattr(w, 'text', lambda: '')()}"
            for w in widgets
            if not w.accessibleName().strip()
        ]
        assert not unnamed, f"{page_id.name}: {unnamed}"
    results = interactive_widgets(wizard.results_page)
    assert sum(isinstance(w, QCheckBox) for w in results) == len(load_catalogue().actions)


def test_labels_have_buddies(make_wizard):
    wizard = make_wizard()
    org = wizard.organisation_page
    buddies = {label.buddy() for label in org.findChildren(QWidget) if hasattr(label, "buddy")}
    for widget in (org.name_edit, org.type_combo, org.country, org.grants):
        assert widget in buddies


def test_partners_model_alone(qtbot, qtmodeltester):
    from vetguide.model.resources import load_texts
    from vetguide.ui.presenter import WizardPresenter

    initial = InstitutionProfile(
        organisation_type=OrganisationType.COMPANY,
        country="RS",
        partners=[Partner(country="AL", name="Tirana VET"), Partner(country="ES")],
    )
    presenter = WizardPresenter(load_catalogue(), TODAY, initial, [], None)
    model = PartnersModel(presenter, load_texts())
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Country"
    assert model.index(0, 2).data() == "Tirana VET"


def test_the_default_shortlist_name_follows_the_call_year_shown():
    """After the last 2026 deadline the dates shown are 2027's: so is the default name."""
    from vetguide.model.deadlines import newest_call_year
    from vetguide.ui.presenter import WizardPresenter

    catalogue = load_catalogue()
    newest = newest_call_year(catalogue)
    before = WizardPresenter(catalogue, date(newest, 1, 20), None, [], None)
    after = WizardPresenter(catalogue, date(newest, 12, 4), None, [], None)
    assert before.new_name == f"Erasmus+ {newest}"
    assert after.new_name == f"Erasmus+ {newest + 1}"


def test_picking_an_existing_shortlist_targets_it(qtbot, make_wizard):
    wizard = make_wizard(shortlists=[("a", "First"), ("b", "Second")], current_id=None)
    fill_serbian_school(qtbot, wizard)
    results = wizard.results_page
    assert results.new_radio.isChecked()  # no current shortlist: a new one by default
    assert wizard.wizard_result().shortlist_id is None
    results.shortlist_combo.setFocus()
    qtbot.keyClick(results.shortlist_combo, Qt.Key.Key_Down)
    assert results.shortlist_combo.currentText() == "Second"
    assert results.existing_radio.isChecked()
    assert wizard.wizard_result().shortlist_id == "b"
    click_box(qtbot, results.new_radio)
    assert wizard.wizard_result().shortlist_id is None


# --- one definition of the answers: the profile's ---------------------------------------------


def test_the_pages_take_their_limits_from_the_model(monkeypatch, make_wizard):
    from vetguide.model.profile import PROFILE_LIMITS, ProfileLimits
    from vetguide.model.shortlist import MAX_NAME_CHARS

    wizard = make_wizard()
    org, partners = wizard.organisation_page, wizard.partners_page
    assert org.name_edit.maxLength() == PROFILE_LIMITS.name_max_length
    assert (org.grants.minimum(), org.grants.maximum()) == PROFILE_LIMITS.grants_range
    assert partners.partner_name.maxLength() == PROFILE_LIMITS.partner_name_max_length
    assert (
        partners.participants.minimum(),
        partners.participants.maximum(),
    ) == PROFILE_LIMITS.participants_range
    assert wizard.results_page.new_name.maxLength() == MAX_NAME_CHARS

    # Other limits in the model: the pages follow (no copy of their own).
    other = ProfileLimits(
        name_max_length=7, grants_range=(1, 2), participants_range=(0, 9), partner_name_max_length=5
    )
    monkeypatch.setattr("vetguide.ui.wizard_pages.PROFILE_LIMITS", other)
    wizard = make_wizard()
    org, partners = wizard.organisation_page, wizard.partners_page
    assert org.name_edit.maxLength() == 7 and partners.partner_name.maxLength() == 5
    assert (org.grants.minimum(), org.grants.maximum()) == (1, 2)
    assert partners.participants.maximum() == 9


def test_each_answer_has_a_typed_setter_that_the_profile_checks(qtbot):
    from pydantic import ValidationError

    from vetguide.ui.presenter import WizardPresenter

    presenter = WizardPresenter(load_catalogue(), TODAY, None, [], None)
    assert not hasattr(presenter, "set_answer")  # no setting of a field by its name
    with qtbot.waitSignal(presenter.profile_changed):
        presenter.set_short_term_grants(3)
    with qtbot.assertNotEmitted(presenter.profile_changed):
        presenter.set_short_term_grants(3)  # no change, no signal
        with pytest.raises(ValidationError):
            presenter.set_short_term_grants(9)  # beyond the profile's limit
        with pytest.raises(ValidationError):
            presenter.set_name("x" * 301)
    assert presenter.draft.short_term_grants_previous_4_calls == 3 and presenter.draft.name == ""
    with pytest.raises(ValidationError):
        presenter.result()  # no organisation type yet: no result

    presenter.set_organisation_type(OrganisationType.GENERAL_SCHOOL)
    presenter.set_country("ES")
    presenter.set_name("IES Example")
    presenter.set_holds_vet_accreditation(True)
    presenter.set_holds_eche(True)
    presenter.set_experience(Experience.EXPERIENCED)
    presenter.set_participants(12)
    presenter.set_new_name("  Plans  ")
    assert presenter.result() == WizardResult(
        profile=InstitutionProfile(
            name="IES Example",
            organisation_type=OrganisationType.GENERAL_SCHOOL,
            country="ES",
            holds_vet_accreditation=True,
            holds_eche=True,
            short_term_grants_previous_4_calls=3,
            experience=Experience.EXPERIENCED,
            participants=12,
        ),
        codes=(),
        shortlist_id=None,
        new_name="Plans",
    )
