"""From the main window through the wizard into a saved shortlist, and back after a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.ui.helpers import on_disk
from tests.ui.test_wizard import SCHOOL_GOALS, click_box, fill_serbian_school
from vetguide.model.profile import InstitutionProfile, Partner
from vetguide.model.vocab import Experience, OrganisationType

# The country completer's popup asks for a keyboard grab, which the offscreen platform lacks.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support grabbing the keyboard", extend=True
)

CHOSEN = ["KA122-VET", "KA210-VET"]
NAME = "Kragujevac 2026"
EXPECTED_PROFILE = InstitutionProfile(
    organisation_type=OrganisationType.VET_PROVIDER,
    country="RS",
    experience=Experience.NEWCOMER,
    goals=list(SCHOOL_GOALS),
    partners=[Partner(country="ES", organisation_type=OrganisationType.VET_PROVIDER)],
    participants=20,
)


def test_wizard_result_is_saved_and_survives_a_restart(qtbot, make_window, dialogs):
    window = make_window()
    assert window.library.shortlists == []

    find_button = window.commands.toolbar.widgetForAction(window.commands.act_find)
    qtbot.mouseClick(find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.active_wizard is not None and window.active_wizard.isVisible())
    wizard = window.active_wizard
    assert wizard.organisation_page.type_combo.currentIndex() == -1  # nothing answered yet

    fill_serbian_school(qtbot, wizard)
    results = wizard.results_page
    for code in CHOSEN:
        check = results.view.card(code).check
        results.results_scroll.ensureWidgetVisible(check)
        click_box(qtbot, check)
    assert results.new_radio.isChecked()  # no shortlist exists yet
    results.new_name.selectAll()
    qtbot.keyClicks(results.new_name, NAME)
    with qtbot.waitSignal(wizard.finished):
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
    qtbot.waitUntil(lambda: window.active_wizard is None)

    current = window.current_shortlist()
    assert current is not None and current.name == NAME
    assert current.codes() == CHOSEN
    assert window.items_model.rowCount() == len(CHOSEN)
    saved = on_disk()
    assert [s.name for s in saved.shortlists] == [NAME]
    window.close()

    again = make_window()
    (shortlist,) = again.library.shortlists
    assert shortlist.name == NAME
    assert shortlist.codes() == CHOSEN
    assert shortlist.profile == EXPECTED_PROFILE
    assert again.library.last_profile == EXPECTED_PROFILE
    assert again.current_shortlist() is not None
    assert again.current_shortlist().id == shortlist.id
    assert again.shortlist_pane.shortlist_combo.currentText() == NAME
    assert again.items_model.rowCount() == len(CHOSEN)

    # The wizard opens on the last answers, aimed at the current shortlist.
    qtbot.mouseClick(
        again.commands.toolbar.widgetForAction(again.commands.act_find), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: again.active_wizard is not None and again.active_wizard.isVisible())
    second = again.active_wizard
    assert second.organisation_page.type_combo.currentData() == OrganisationType.VET_PROVIDER.value
    assert second.wizard_result().profile == EXPECTED_PROFILE
    assert second.wizard_result().shortlist_id == shortlist.id
    second.reject()
    qtbot.waitUntil(lambda: again.active_wizard is None)
    assert dialogs.calls == []
