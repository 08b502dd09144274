"""The planning screens as the main window shows them: banner, readiness tab, budget, local time."""

from __future__ import annotations

from datetime import date

from tests.ui.test_main_window import add_actions, select_item
from vetguide.model.deadlines import default_time_zone, next_deadline
from vetguide.model.present import format_local_deadline
from vetguide.model.profile import InstitutionProfile
from vetguide.model.readiness import plan


def test_banner_says_the_call_year_is_over(qtbot, make_window):
    assert make_window(today=date(2026, 11, 28)).deadline_banner.isVisible()
    assert not make_window(today=date(2026, 1, 10)).deadline_banner.isVisible()


def test_readiness_tab_shows_the_plan_of_the_selected_item(qtbot, make_window, catalogue):
    window = make_window(today=date(2026, 1, 10))
    add_actions(qtbot, window, "KA122-VET", "ERASMUS-EDU-PEX-COVE")
    select_item(qtbot, window, 1)
    window.item_tabs.setCurrentWidget(window.readiness_view)
    action = catalogue.action("ERASMUS-EDU-PEX-COVE")
    expected = plan(action, next_deadline(action, date(2026, 1, 10)), date(2026, 1, 10))
    assert window.readiness_view.model.rowCount() == len(expected)
    select_item(qtbot, window, 0)
    action = catalogue.action("KA122-VET")
    expected = plan(action, next_deadline(action, date(2026, 1, 10)), date(2026, 1, 10))
    assert window.readiness_view.model.rowCount() == len(expected)


def test_detail_page_gives_the_deadline_in_the_users_time_zone(qtbot, make_window, catalogue):
    window = make_window(today=date(2026, 1, 10))
    window.library.last_profile = InstitutionProfile(organisation_type="vet_provider", country="RS")
    add_actions(qtbot, window, "KA122-VET")
    select_item(qtbot, window, 0)
    zone = default_time_zone("RS")
    assert zone == "Europe/Belgrade"
    info = next_deadline(catalogue.action("KA122-VET"), date(2026, 1, 10))
    assert format_local_deadline(info, zone) in window.detail_pane.browser.toPlainText()


def test_budget_action_opens_one_dialog(qtbot, make_window):
    window = make_window()
    assert window.commands.act_budget.isEnabled()
    window.commands.act_budget.trigger()
    dialog = window.budget_dialog
    assert dialog is not None and dialog.isVisible()
    window.commands.act_budget.trigger()
    assert window.budget_dialog is dialog
    assert window.commands.act_budget.shortcut().toString() == "Ctrl+B"
    assert window.commands.act_budget in window.commands.toolbar.actions()
