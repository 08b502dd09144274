"""The readiness view: the to-dos laid back from an action's deadline, as the model plans them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QTextBrowser, QWidget

from tests.ui.helpers import TODAY, click_index
from vetguide.model.deadlines import DeadlineStatus, next_deadline, published_dates
from vetguide.model.present import format_deadline
from vetguide.model.readiness import load_readiness, plan
from vetguide.ui.palette import scheme
from vetguide.ui.readiness_view import (
    EMPTY_TEXT,
    GUIDANCE,
    Column,
    ReadinessView,
    deadline_summary_html,
)

AFTER_THE_CALL = date(2026, 11, 28)


@pytest.fixture
def view(qtbot):
    widget = ReadinessView()
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def model_plan(catalogue, code: str, today: date):
    action = catalogue.action(code)
    info = next_deadline(action, today, published_dates(catalogue))
    assert info is not None
    return action, info, plan(action, info, today)


def test_shows_the_models_plan_with_an_overdue_step_in_words(qtbot, view, catalogue):
    action, info, expected = model_plan(catalogue, "KA122-VET", TODAY)
    with qtbot.waitSignal(view.plan_changed, check_params_cb=lambda code: code == "KA122-VET"):
        shown = view.show_action(action, catalogue, TODAY)
    assert shown == expected == view.todos()
    rows = view.row_texts()
    assert [row[Column.STEP] for row in rows] == [
        todo.step if todo.verified else f"{todo.step} (unverified)" for todo in expected
    ]
    overdue = [todo for todo in expected if todo.overdue]
    assert overdue, "on 10 January the first KA122-VET steps are past"
    for row, todo in enumerate(expected):
        status = rows[row][Column.STATUS]
        colour = view.model.index(row, Column.STATUS).data(Qt.ItemDataRole.ForegroundRole)
        if todo.overdue:
            late = -todo.days_until_due
            assert status == f"Overdue by {late} day{'s' if late != 1 else ''}"
            assert colour == QColor(scheme().overdue)
        else:
            assert not status.startswith("Overdue")
            assert colour is None
        assert (f"({GUIDANCE})" in rows[row][Column.LEAD]) is todo.guidance
        assert str(todo.lead_days) in rows[row][Column.LEAD]
        assert view.model.index(row, Column.STEP).data(Qt.ItemDataRole.ToolTipRole) == todo.why
    assert format_deadline(info) in view.summary.text()
    assert view.guidance.text() == load_readiness().guidance_note
    assert view.guidance.isVisible()


def test_selecting_a_step_shows_why_and_its_sources(qtbot, view, catalogue, dialogs):
    action, _, expected = model_plan(catalogue, "KA122-VET", TODAY)
    view.show_action(action, catalogue, TODAY)
    row, todo = next((n, t) for n, t in enumerate(expected) if t.sources)
    click_index(qtbot, view.table, view.model.index(row, Column.STEP))
    qtbot.waitUntil(lambda: todo.why in view.details.toPlainText())
    assert todo.sources[0].title in view.details.toPlainText()
    if todo.note:
        assert todo.note in view.details.toPlainText()


def test_after_the_call_the_plan_is_laid_back_from_the_expected_date(view, catalogue):
    action, info, expected = model_plan(catalogue, "KA122-VET", AFTER_THE_CALL)
    assert info.status is DeadlineStatus.EXPECTED
    view.show_action(action, catalogue, AFTER_THE_CALL)
    assert view.todos() == expected
    assert format_deadline(info) in view.summary.text()


def test_show_plan_takes_a_given_deadline_and_local_time(view, catalogue):
    action, info, expected = model_plan(catalogue, "ERASMUS-EDU-CB-VET", TODAY)
    assert view.show_plan(action, info, TODAY, time_zone="Europe/Belgrade") == expected
    assert "In Belgrade: 26 Mar 2026, 17:00 (Central European Time)" in view.summary.text()
    assert view.summary.text() == deadline_summary_html(action, info, "Europe/Belgrade")


def test_clearing_the_view(view, catalogue):
    view.show_action(catalogue.action("KA210-VET"), catalogue, TODAY)
    view.show_action(None, catalogue, TODAY)
    assert view.model.rowCount() == 0
    assert EMPTY_TEXT in view.summary.text()
    assert not view.splitter.isVisible()


def test_todo_model_passes_the_model_tester(qtmodeltester, view, catalogue):
    view.show_action(catalogue.action("KA122-VET"), catalogue, TODAY)
    qtmodeltester.check(view.model)


def test_every_interactive_widget_has_an_accessible_name(view, catalogue):
    view.show_action(catalogue.action("KA122-VET"), catalogue, TODAY)
    kinds = (QAbstractButton, QAbstractItemView, QTextBrowser)
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in view.findChildren(QWidget)
        if isinstance(w, kinds) and w.isVisibleTo(view) and not w.accessibleName().strip()
    ]
    assert unnamed == []
    assert view.title.buddy() is view.table and "&" in view.title.text()


def test_steps_the_answers_show_done_say_so_instead_of_overdue(view, catalogue):
    from vetguide.model.profile import InstitutionProfile, Partner

    action, _, bare = model_plan(catalogue, "KA122-VET", TODAY)
    late = {todo.step_id for todo in bare if todo.overdue}
    assert "partner_search" in late, "on 10 January the partner search is past"
    profile = InstitutionProfile(
        organisation_type="vet_provider", country="RS", partners=[Partner(country="ES")]
    )
    shown = view.show_action(action, catalogue, TODAY, profile=profile)
    rows = view.row_texts()
    for row, todo in enumerate(shown):
        colour = view.model.index(row, Column.STATUS).data(Qt.ItemDataRole.ForegroundRole)
        if todo.step_id == "partner_search":
            assert todo.done and rows[row][Column.STATUS] == "Done (from your answers)"
            assert colour is None
        else:
            assert not todo.done
    # Without answers the same step is overdue again.
    view.show_action(action, catalogue, TODAY)
    assert any(t.step_id == "partner_search" and t.overdue for t in view.todos())
