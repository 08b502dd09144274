"""The budget dialog, driven through its table editors and buttons.

Expected amounts, formulas and messages are computed from the model for the same plan;
no euro amount is written into these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QWidget,
)

from tests.ui.helpers import TODAY
from vetguide.model.budget import (
    BudgetError,
    BudgetEstimate,
    BudgetPlan,
    Flow,
    estimate,
    load_budget_data,
    load_cities,
    lump_sum_options,
    read_plan,
)
from vetguide.model.formatting import format_eur
from vetguide.model.profile import InstitutionProfile
from vetguide.model.resources import describe_validation_error, load_catalogue
from vetguide.model.vocab import OrganisationType
from vetguide.ui import i18n
from vetguide.ui.budget_dialog import BudgetDialog, CityEdit, Column

# The city completer's popup asks for a keyboard grab, which the offscreen platform lacks.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support grabbing the keyboard", extend=True
)

SCHOOL = InstitutionProfile(organisation_type=OrganisationType.VET_PROVIDER, country="RS")
LEARNERS = "short_term_learner_mobility"
STAFF = "job_shadowing"


@pytest.fixture
def make_dialog(qtbot, catalogue):
    def make(profile: InstitutionProfile | None = SCHOOL) -> BudgetDialog:
        dialog = BudgetDialog(catalogue, TODAY, profile)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        return dialog

    return make


# --- driving helpers ------------------------------------------------------------------------


def editing(dialog: BudgetDialog) -> bool:
    return dialog.table.state() == QAbstractItemView.State.EditingState


def open_editor(qtbot, dialog: BudgetDialog, row: int, column: Column) -> QWidget:
    table = dialog.table
    index = dialog.model.index(row, column)
    table.setCurrentIndex(index)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: editing(dialog))
    editors = [w for w in table.viewport().findChildren(QWidget) if w.accessibleName()]
    editor = next(
        w
        for w in editors
        if w.isVisible() and (isinstance(w, CityEdit) or not isinstance(w, QLineEdit))
    )
    assert (
        editor.accessibleName()
        == f"{dialog.model.headerData(column, Qt.Orientation.Horizontal)} of flow {row + 1}"
    )
    return editor


def type_city(qtbot, dialog: BudgetDialog, row: int, column: Column, name: str) -> None:
    editor = open_editor(qtbot, dialog, row, column)
    assert isinstance(editor, CityEdit)
    line = editor
    line.selectAll()
    qtbot.keyClicks(line, name)
    editor.completer().popup().hide()  # typed in full: close the suggestions, as Escape would
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editing(dialog))  # Return commits and closes, queued


def type_number(qtbot, dialog: BudgetDialog, row: int, column: Column, value: int) -> None:
    editor = open_editor(qtbot, dialog, row, column)
    assert isinstance(editor, QAbstractSpinBox)
    editor.selectAll()
    qtbot.keyClicks(editor, str(value))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editing(dialog))  # Return commits and closes, queued
    field = {Column.PARTICIPANTS: "participants", Column.DAYS: "days"}.get(
        column, "fewer_opportunities"
    )
    assert dialog.model.rows[row][field] == value


def choose_activity(qtbot, dialog: BudgetDialog, row: int, activity_id: str) -> None:
    editor = open_editor(qtbot, dialog, row, Column.ACTIVITY)
    assert isinstance(editor, QComboBox) and not editor.isEditable()
    editor.setCurrentIndex(editor.findData(activity_id))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editing(dialog))  # Return commits and closes, queued
    assert dialog.model.rows[row]["activity"] == activity_id


def add_flow(qtbot, dialog: BudgetDialog) -> int:
    count = dialog.model.rowCount()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == count + 1)
    return count


def fill_flow(qtbot, dialog, activity, participants, days, to_city) -> int:
    row = add_flow(qtbot, dialog)
    choose_activity(qtbot, dialog, row, activity)
    type_number(qtbot, dialog, row, Column.PARTICIPANTS, participants)
    type_number(qtbot, dialog, row, Column.DAYS, days)
    type_city(qtbot, dialog, row, Column.TO_CITY, to_city)
    return row


def model_estimate(dialog: BudgetDialog, *flows: Flow) -> BudgetEstimate:
    plan = BudgetPlan(call_year=dialog.call_year, action=dialog.action_code(), flows=list(flows))
    return estimate(plan)


def amount(low: int | None, high: int | None) -> str:
    assert low is not None and high is not None
    return format_eur(low) if low == high else f"{format_eur(low)}–{format_eur(high)}"


def shown(dialog: BudgetDialog) -> str:
    return dialog.estimate_text()


# --- the mobility estimate ------------------------------------------------------------------


def test_belgrade_to_madrid_shows_the_models_travel_line_and_formula(qtbot, make_dialog):
    dialog = make_dialog()
    assert dialog.model.rowCount() == 0
    row = add_flow(qtbot, dialog)
    # The "from" city starts at the capital of the profile's country.
    assert dialog.model.rows[row]["from_city"] == load_cities().capital("RS").name == "Belgrade"
    with qtbot.waitSignal(dialog.estimate_changed, timeout=2000):
        choose_activity(qtbot, dialog, row, LEARNERS)
        type_number(qtbot, dialog, row, Column.PARTICIPANTS, 10)
        type_number(qtbot, dialog, row, Column.DAYS, 14)
        type_city(qtbot, dialog, row, Column.TO_CITY, "Madrid")

    expected = model_estimate(
        dialog,
        Flow(activity=LEARNERS, participants=10, days=14, from_city="Belgrade", to_city="Madrid"),
    )
    assert dialog.estimate_result == expected
    travel = next(line for line in expected.lines if line.category == "travel")
    assert travel.formula and travel.formula in shown(dialog)
    assert f"{travel.label}\n{amount(travel.low_eur, travel.high_eur)} (unverified)" in shown(
        dialog
    )
    total = amount(expected.low_total_eur, expected.high_total_eur)
    assert dialog.total_label.text().startswith(f"Partial total: {total} – not included: ")
    # Lines the model cannot estimate are listed with the model's reason.
    for line in expected.missing_lines():
        assert line.reason and line.reason in shown(dialog)
    for text in expected.not_estimated:
        assert text in shown(dialog)
    assert expected.final_amounts_note in shown(dialog)
    for source_id in travel.sources:
        assert expected.sources[source_id].title in shown(dialog)
    assert dialog.problem_text() == ""


def test_the_estimate_follows_the_language_and_keeps_the_totals(qtbot, make_dialog):
    dialog = make_dialog()
    fill_flow(qtbot, dialog, STAFF, 2, 5, "Vienna")
    english = dialog.estimate_result
    assert english is not None and english.language == "en"
    i18n.set_language("sr-Latn")
    qtbot.waitUntil(
        lambda: dialog.estimate_result is not None and dialog.estimate_result.language == "sr-Latn"
    )
    serbian = dialog.estimate_result
    assert (serbian.low_total_eur, serbian.high_total_eur) == (
        english.low_total_eur,
        english.high_total_eur,
    )
    plan = BudgetPlan(
        call_year=2026,
        action="KA122-VET",
        flows=[Flow.model_validate(r) for r in dialog.model.rows],
    )
    assert serbian == estimate(plan, catalogue=load_catalogue(2026, "sr-Latn"), language="sr-Latn")
    text = shown(dialog)
    travel = next(line for line in serbian.lines if line.category == "travel")
    assert travel.label == "Putni troškovi" and travel.formula in text
    assert "Beograd–Beč" in travel.formula
    assert serbian.final_amounts_note in text and "nacionalna agencija" in text
    assert english.final_amounts_note not in text
    assert dialog.model.help[Column.GREEN] == load_budget_data(2026, "sr-Latn").travel_days.note


def test_every_line_shows_its_formula_range_and_the_band_edge_warning(qtbot, make_dialog):
    dialog = make_dialog()
    fill_flow(qtbot, dialog, LEARNERS, 10, 14, "Madrid")
    fill_flow(qtbot, dialog, STAFF, 2, 5, "Vienna")
    expected = model_estimate(
        dialog,
        Flow(activity=LEARNERS, participants=10, days=14, from_city="Belgrade", to_city="Madrid"),
        Flow(activity=STAFF, participants=2, days=5, from_city="Belgrade", to_city="Vienna"),
    )
    assert dialog.estimate_result == expected
    for line in expected.estimated_lines():
        assert line.formula and line.formula in shown(dialog)
        assert amount(line.low_eur, line.high_eur) in shown(dialog)
    ranged = [line for line in expected.estimated_lines() if line.low_eur != line.high_eur]
    assert ranged, "the staff flow's individual support is a range"
    warnings = [w for flow in expected.flows for w in flow.warnings]
    assert warnings, "Belgrade–Vienna lies near a band edge"
    for warning in warnings:
        assert f"⚠ Warning: {warning}" in shown(dialog)


def test_too_many_participants_shows_the_models_warning(qtbot, make_dialog):
    dialog = make_dialog()
    fill_flow(qtbot, dialog, LEARNERS, 40, 14, "Madrid")
    expected = model_estimate(
        dialog,
        Flow(activity=LEARNERS, participants=40, days=14, from_city="Belgrade", to_city="Madrid"),
    )
    assert expected.warnings
    for warning in expected.warnings:
        assert warning in shown(dialog)


def test_green_travel_is_ticked_in_the_table(qtbot, make_dialog):
    dialog = make_dialog()
    row = fill_flow(qtbot, dialog, LEARNERS, 10, 14, "Madrid")
    index = dialog.model.index(row, Column.GREEN)
    dialog.table.setCurrentIndex(index)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.model.rows[row]["green_travel"] is True)
    assert index.data() == "Yes"
    expected = model_estimate(
        dialog,
        Flow(
            activity=LEARNERS,
            participants=10,
            days=14,
            from_city="Belgrade",
            to_city="Madrid",
            green_travel=True,
        ),
    )
    travel = next(line for line in expected.lines if line.category == "travel")
    assert travel.formula and "green travel" in travel.formula
    assert travel.formula in shown(dialog)


def test_free_text_in_a_city_cell_is_rejected_and_the_city_kept(qtbot, make_dialog):
    dialog = make_dialog()
    fill_flow(qtbot, dialog, LEARNERS, 10, 14, "Madrid")
    row = fill_flow(qtbot, dialog, STAFF, 2, 5, "Vienna")
    before = dialog.estimate_result
    for typed in ("Madird", "Madr"):  # a typo, a start: neither is a city
        type_city(qtbot, dialog, row, Column.TO_CITY, typed)
        assert dialog.model.rows[row]["to_city"] == "Vienna"  # nothing stored but a city
        assert f"“{typed}” is not a city vetguide knows" in dialog.problem_text()
    assert dialog.estimate_result == before


def test_city_completer_offers_cities_by_their_start_with_the_country_of_namesakes(
    qtbot, make_dialog
):
    dialog = make_dialog()
    fill_flow(qtbot, dialog, LEARNERS, 10, 14, "Madrid")
    editor = open_editor(qtbot, dialog, 0, Column.TO_CITY)
    assert isinstance(editor, CityEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Bilb")
    assert editor.choices.stringList()[0] == "Bilbao"
    editor.setText("Валенс")  # Cyrillic finds the Latin names (QTest types no Cyrillic keys)
    editor.textEdited.emit("Валенс")
    offered = editor.choices.stringList()
    assert offered[0] == "Valencia, ES" and "Valencia, VE" in offered
    editor.setText("Valencia, VE")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editing(dialog))
    assert dialog.model.rows[0]["to_city"] == "Valencia, VE"


def test_a_value_the_model_rejects_shows_its_message(qtbot, make_dialog):
    dialog = make_dialog()
    fill_flow(qtbot, dialog, LEARNERS, 10, 14, "Madrid")
    row = fill_flow(qtbot, dialog, STAFF, 2, 5, "Vienna")
    type_number(qtbot, dialog, row, Column.PARTICIPANTS, 0)

    with pytest.raises(ValidationError) as caught:
        Flow(activity=STAFF, participants=0, days=5, from_city="Belgrade", to_city="Vienna")
    message = describe_validation_error(caught.value).split(": ", 1)[1]
    assert f"Flow 2 – Participants: {message}" in dialog.problem_text()
    assert dialog.model.rows[row]["participants"] == 0
    assert dialog.model.rowCount() == 2
    assert dialog.estimate_result is not None and len(dialog.estimate_result.flows) == 1

    type_number(qtbot, dialog, row, Column.FEWER, 5)  # more than the participants
    type_number(qtbot, dialog, row, Column.PARTICIPANTS, 2)
    with pytest.raises(ValidationError) as caught:
        Flow(
            activity=STAFF,
            participants=2,
            days=5,
            from_city="Belgrade",
            to_city="Vienna",
            fewer_opportunities=5,
        )
    assert "fewer_opportunities cannot exceed participants" in str(caught.value)
    assert "Flow 2 – fewer_opportunities cannot exceed participants" in dialog.problem_text()


def test_without_a_profile_the_first_flow_asks_for_both_cities(qtbot, make_dialog):
    dialog = make_dialog(profile=None)
    assert "Add flow" in shown(dialog)
    row = add_flow(qtbot, dialog)
    assert dialog.model.rows[row]["from_city"] == ""
    assert "Flow 1 – choose the From city and the To city" in dialog.problem_text()
    assert dialog.estimate_result is None


def test_remove_flow(qtbot, make_dialog):
    dialog = make_dialog()
    fill_flow(qtbot, dialog, LEARNERS, 10, 14, "Madrid")
    fill_flow(qtbot, dialog, STAFF, 2, 5, "Vienna")
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.model.rows[0]["to_city"] == "Vienna"
    assert (
        dialog.estimate_result is not None and dialog.estimate_result.flows[0].to_city == "Vienna"
    )


def marked_cells(dialog: BudgetDialog) -> dict[tuple[int, Column], str]:
    """The cells that show a warning icon, with what they tell a screen reader."""
    found = {}
    for row in range(dialog.model.rowCount()):
        for column in Column:
            index = dialog.model.index(row, column)
            if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                found[row, column] = index.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    return found


def test_a_flow_the_estimate_rejects_is_marked_at_its_row_and_cell(qtbot, make_dialog):
    dialog = make_dialog()
    good = {"activity": LEARNERS, "participants": 10, "days": 14, "from_city": "Belgrade"}
    plan = BudgetPlan(
        call_year=dialog.call_year,
        flows=[Flow(**good, to_city="Madrid"), Flow(**good, to_city="Madird")],
    )
    dialog.load_plan(plan)  # a plan file may name a city the estimate does not know

    with pytest.raises(BudgetError) as caught:
        estimate(BudgetPlan(call_year=dialog.call_year, flows=plan.flows[1:]))
    [problem] = caught.value.problems
    assert (problem.flow, problem.field) == (0, "to_city")  # the error says where, as data
    assert f"Flow 2 – To city: {problem.message}" in dialog.problem_text()
    assert marked_cells(dialog) == {(1, Column.TO_CITY): f"To city: {problem.message}"}
    header = dialog.model.headerData(1, Qt.Orientation.Vertical)
    assert header == "⚠ Flow 2"
    assert dialog.estimate_result is not None and len(dialog.estimate_result.flows) == 1

    type_city(qtbot, dialog, 1, Column.TO_CITY, "Madrid")  # fixed: no mark is left
    assert marked_cells(dialog) == {}
    assert dialog.problem_text() == ""
    assert len(dialog.estimate_result.flows) == 2


def test_each_invalid_field_of_a_flow_is_marked(qtbot, make_dialog):
    dialog = make_dialog()
    row = fill_flow(qtbot, dialog, STAFF, 2, 5, "Vienna")
    type_number(qtbot, dialog, row, Column.PARTICIPANTS, 0)
    type_number(qtbot, dialog, row, Column.DAYS, 0)
    assert set(marked_cells(dialog)) == {(0, Column.PARTICIPANTS), (0, Column.DAYS)}
    add_flow(qtbot, dialog)
    dialog.model.setData(dialog.model.index(1, Column.TO_CITY), "")  # a flow waiting for a city
    assert set(marked_cells(dialog)) == {
        (0, Column.PARTICIPANTS),
        (0, Column.DAYS),
        (1, Column.TO_CITY),
    }
    assert "Flow 2 – choose the To city" in dialog.problem_text()


def test_flow_model_passes_the_model_tester(qtbot, qtmodeltester, make_dialog):
    dialog = make_dialog()
    fill_flow(qtbot, dialog, LEARNERS, 10, 14, "Madrid")
    fill_flow(qtbot, dialog, STAFF, 2, 5, "Madird")
    qtmodeltester.check(dialog.model)


# --- lump sums ----------------------------------------------------------------------------------


def test_lump_sum_tab_lists_the_options_of_ka210(qtbot, make_dialog, catalogue):
    dialog = make_dialog()
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    qtbot.waitUntil(lambda: dialog.tabs.currentIndex() == 1)
    text = dialog.lump_sum_view.toPlainText()
    options = lump_sum_options(catalogue.action("KA210-VET"))
    assert len(options) >= 2
    for option in options:
        assert option.label in text and option.fits in text
    for code in ("KA220-VET", "ERASMUS-EDU-PEX-COVE", "ERASMUS-EDU-CB-VET", "ERASMUS-JMO-OFET-TT"):
        assert code in text
    assert "KA122-VET" not in text  # unit costs, estimated on the first tab


# --- plan files ---------------------------------------------------------------------------------


def test_save_and_open_a_plan(qtbot, make_dialog, dialogs, tmp_path: Path):
    dialog = make_dialog()
    fill_flow(qtbot, dialog, LEARNERS, 10, 14, "Madrid")
    target = tmp_path / "plans" / "belgrade.json"
    dialogs.script("save_file_path", target)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists)
    saved = read_plan(target)
    assert saved == dialog.plan()
    assert saved.flows[0].to_city == "Madrid"

    other = make_dialog()
    dialogs.script("open_file_path", target)
    qtbot.mouseClick(other.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: other.model.rowCount() == 1)
    assert other.estimate_result == dialog.estimate_result


def test_a_broken_plan_file_is_explained_and_changes_nothing(
    qtbot, make_dialog, dialogs, tmp_path: Path
):
    dialog = make_dialog()
    fill_flow(qtbot, dialog, LEARNERS, 10, 14, "Madrid")
    broken = tmp_path / "broken.json"
    broken.write_text('{"call_year": 2026, "flows": []}', encoding="utf-8")
    dialogs.script("open_file_path", broken)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogs.of("warn")))
    with pytest.raises(BudgetError) as caught:
        read_plan(broken)
    assert str(caught.value) in dialogs.texts("warn")[0]
    assert dialog.model.rowCount() == 1


def test_an_unsaveable_plan_is_not_written(qtbot, make_dialog, dialogs):
    dialog = make_dialog()
    row = fill_flow(qtbot, dialog, LEARNERS, 10, 14, "Madrid")
    type_number(qtbot, dialog, row, Column.DAYS, 0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogs.of("warn")))
    assert "Nothing was written" in dialogs.texts("warn")[0]
    assert not dialogs.of("save_file_path")


# --- accessibility ------------------------------------------------------------------------------


def test_every_interactive_widget_has_an_accessible_name(qtbot, make_dialog):
    dialog = make_dialog()
    fill_flow(qtbot, dialog, LEARNERS, 10, 14, "Madrid")
    kinds = (
        QAbstractButton,
        QComboBox,
        QLineEdit,
        QAbstractSpinBox,
        QAbstractItemView,
        QTextBrowser,
    )
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        unnamed = [
            f"{type(w).__name__} {w.objectName()!r}"
            for w in dialog.findChildren(QWidget)
            if isinstance(w, kinds) and w.isVisibleTo(dialog) and not w.accessibleName().strip()
        ]
        assert unnamed == []


def test_labels_have_buddies_and_mnemonics(make_dialog):
    dialog = make_dialog()
    buddies = {
        label.buddy(): label.text() for label in dialog.findChildren(QLabel) if label.buddy()
    }
    for widget in (dialog.action_combo, dialog.name_edit, dialog.table, dialog.estimate_view):
        assert "&" in buddies[widget]
    for button in (dialog.add_button, dialog.remove_button, dialog.open_button, dialog.save_button):
        assert "&" in button.text()


# --- new flow defaults and the memo ---------------------------------------------------------


def test_a_new_flow_follows_the_action_and_the_profile(qtbot, catalogue):
    profile = InstitutionProfile(organisation_type="vet_provider", country="AT", participants=16)
    dialog = BudgetDialog(catalogue, TODAY, profile)
    qtbot.addWidget(dialog)
    dialog.set_action("KA122-VET")
    row = dialog.add_flow()
    first = dialog.model.rows[row]
    assert first["activity"] == dialog.data.first_activity["KA122-VET"]
    assert first["activity"] == "short_term_learner_mobility"  # not the first of the list
    assert first["participants"] == 16
    assert first["from_city"] == "Vienna"  # the capital of the profile's country


def test_a_new_plan_starts_from_the_city_of_the_last_plan(qtbot, catalogue):
    last = BudgetPlan(
        call_year=2026,
        action="KA122-VET",
        flows=[Flow(activity=STAFF, participants=2, days=5, from_city="Niš", to_city="Graz")],
    )
    dialog = BudgetDialog(catalogue, TODAY, SCHOOL, last_plan=last)
    qtbot.addWidget(dialog)
    row = dialog.add_flow()
    assert dialog.model.rows[row]["from_city"] == "Niš"
    assert dialog.model.rows[row]["participants"] == 1  # the profile does not say


def test_add_to_the_memo_hands_over_the_estimated_plan(qtbot, make_dialog):
    dialog = make_dialog()
    assert not dialog.memo_button.isEnabled()
    fill_flow(qtbot, dialog, LEARNERS, 10, 14, "Bilbao")
    assert dialog.memo_button.isEnabled()
    with qtbot.waitSignal(dialog.add_to_memo, timeout=2000) as sent:
        dialog.memo_button.click()
    plan = sent.args[0]
    assert isinstance(plan, BudgetPlan)
    assert [(f.from_city, f.to_city, f.participants) for f in plan.flows] == [
        ("Belgrade", "Bilbao", 10)
    ]
    assert estimate(plan, catalogue=dialog.local_catalogue()) == dialog.estimate_result
