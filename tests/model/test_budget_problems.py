"""Budget errors carry their location as data; the estimate's per-flow problems.

A caller (the budget dialog) points at a flow and a field from the error's data, never from
its message; the messages themselves stay as they were (``flows.1.to_city: …``).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.model.test_budget import flow, make_plan
from vetguide.model.budget import (
    BudgetError,
    FlowProblem,
    PlanProblem,
    estimate,
    estimate_flows,
    parse_plan,
    read_plan,
)


def estimate_error(*flows: dict[str, Any], **extra: Any) -> BudgetError:
    with pytest.raises(BudgetError) as caught:
        estimate(make_plan(*flows, **extra))
    return caught.value


@pytest.mark.parametrize(
    ("flows", "extra", "location"),
    [
        ((flow(), flow(to_city="Madird")), {}, ("flows", 1, "to_city")),
        ((flow(from_city="Qxzville"),), {}, ("flows", 0, "from_city")),
        ((flow(), flow(), flow(activity="surfing")), {}, ("flows", 2, "activity")),
        ((flow(travel_days=9),), {}, ("flows", 0, "travel_days")),
        ((flow(),), {"call_year": 2025}, ("call_year",)),
        ((flow(),), {"action": "KA220-VET"}, ("action",)),
    ],
)
def test_an_estimate_error_names_its_flow_and_field_as_data(flows, extra, location):
    error = estimate_error(*flows, **extra)
    [problem] = error.problems
    assert problem.location == location
    in_flow = location[0] == "flows"
    assert problem.flow == (location[1] if in_flow else None)
    assert problem.field == location[-1]
    # The message still names the place, as the command line and the memo show it.
    assert str(error) == f"{problem.path}: {problem.message}"
    assert problem.path == ".".join(str(part) for part in location)


def test_an_invalid_plan_file_names_each_problem_at_its_place(tmp_path):
    raw = {
        "schema_version": 1,
        "call_year": 2026,
        "flows": [flow(), flow(participants=0, days=400)],
    }
    with pytest.raises(BudgetError) as caught:
        parse_plan(json.dumps(raw))
    error = caught.value
    assert {(p.flow, p.field) for p in error.problems} == {(1, "participants"), (1, "days")}
    assert "flows.1.participants: " in str(error)  # the message is unchanged

    path = tmp_path / "plan.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(BudgetError) as caught:
        read_plan(path)
    assert caught.value.problems == error.problems  # kept when the file's name is added


def test_a_problem_of_a_whole_flow_has_no_field():
    raw = {"call_year": 2026, "flows": [flow(participants=2, fewer_opportunities=3)]}
    with pytest.raises(BudgetError) as caught:
        parse_plan(json.dumps(raw))
    [problem] = caught.value.problems
    assert (problem.flow, problem.field) == (0, None)
    assert problem.message == "fewer_opportunities cannot exceed participants"


def test_a_plan_problem_outside_the_flows():
    problem = PlanProblem(("call_year",), "too early")
    assert (problem.flow, problem.field, str(problem)) == (
        None,
        "call_year",
        "call_year: too early",
    )
    assert PlanProblem((), "Invalid JSON").path == "(top level)"


# --- the flows that can be estimated, and why the others cannot -----------------------------


def test_each_row_that_cannot_be_estimated_says_which_field_is_wrong():
    rows = [
        flow(to_city="Madrid"),
        flow(to_city="Madird"),  # the estimate knows no such city
        flow(to_city=""),  # waits for its city
        flow(participants=0),  # not a valid flow
        flow(to_city="Vienna"),
        flow(activity="surfing"),
    ]
    found = estimate_flows(rows, call_year=2026, action="KA122-VET")

    assert found.rows == (0, 4)
    assert found.estimate == estimate(make_plan(rows[0], rows[4]))
    assert not found.plan_problems
    unknown_city = estimate_error(rows[1]).problems[0].message
    unknown_activity = estimate_error(rows[5]).problems[0].message
    assert found.problems == (
        FlowProblem(1, ("to_city",), unknown_city),
        FlowProblem(2, ("to_city",), missing=True),
        FlowProblem(3, ("participants",), "Input should be greater than or equal to 1"),
        FlowProblem(5, ("activity",), unknown_activity),
    )
    assert set(found.problems_by_row()) == {1, 2, 3, 5}


def test_a_row_without_both_cities_waits_for_both():
    found = estimate_flows(
        [flow(from_city="", to_city="")], call_year=2026, action="KA122-VET", language="sr-Latn"
    )
    assert found.estimate is None and found.rows == ()
    assert found.problems == (FlowProblem(0, ("from_city", "to_city"), missing=True),)


def test_a_problem_of_the_whole_plan_leaves_no_estimate():
    found = estimate_flows([flow()], call_year=2025, action="KA122-VET")
    assert found.estimate is None and found.rows == () and not found.problems
    assert found.plan_problems == (str(estimate_error(flow(), call_year=2025)),)


def test_the_problems_are_in_the_language_asked_for():
    rows = [flow(to_city="Madird")]
    found = estimate_flows(rows, call_year=2026, action="KA122-VET", language="sr-Latn")
    with pytest.raises(BudgetError) as caught:
        estimate(make_plan(flow(to_city="Madird")), language="sr-Latn")
    assert found.problems == (FlowProblem(0, ("to_city",), caught.value.problems[0].message),)
    assert found.problems[0].message != estimate_error(flow(to_city="Madird")).problems[0].message
