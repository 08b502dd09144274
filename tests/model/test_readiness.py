"""Readiness back-planning: which steps an action needs and when each is due."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from vetguide.model.catalogue import Catalogue
from vetguide.model.deadlines import deadline_info, next_deadline
from vetguide.model.readiness import (
    ReadinessData,
    ToDo,
    load_readiness,
    plan,
    readiness_path,
)
from vetguide.model.resources import DataError, load_catalogue, load_model


@pytest.fixture(scope="module")
def cat() -> Catalogue:
    return load_catalogue(2026)


def _plan(cat: Catalogue, code: str, today: date) -> list[ToDo]:
    action = cat.action(code)
    main = next(d for d in action.deadlines_for(2026) if not d.optional)
    return plan(action, deadline_info(main, today), today)


def _ids(todos: list[ToDo]) -> list[str]:
    return [t.step_id for t in todos]


def test_partnership_plan_is_dated_back_from_the_deadline(cat):
    todos = _plan(cat, "KA220-VET", date(2026, 1, 10))
    by_id = {t.step_id: t for t in todos}
    assert {"eu_login", "oid", "partner_search", "partner_ids", "mandates"} <= set(by_id)
    assert {"internal_approval", "declaration_on_honour", "submit_early"} <= set(by_id)
    assert "pic" not in by_id
    deadline = date(2026, 3, 5)
    for todo in todos:
        assert todo.due == deadline - timedelta(days=todo.lead_days)
        assert todo.days_until_due == (todo.due - date(2026, 1, 10)).days
    assert by_id["mandates"].due == date(2026, 2, 12)
    assert by_id["oid"].due == date(2026, 1, 8)
    assert [t.due for t in todos] == sorted(t.due for t in todos)


def test_overdue_flag_splits_at_today(cat):
    todos = _plan(cat, "KA220-VET", date(2026, 1, 10))
    by_id = {t.step_id: t for t in todos}
    assert by_id["oid"].overdue and by_id["partner_search"].overdue
    assert not by_id["mandates"].overdue and not by_id["submit_early"].overdue
    on_due_day = _plan(cat, "KA220-VET", date(2026, 2, 12))
    assert not next(t for t in on_due_day if t.step_id == "mandates").overdue


def test_eacea_action_needs_a_pic_not_an_oid(cat):
    todos = _plan(cat, "ERASMUS-EDU-PEX-COVE", date(2026, 1, 10))
    ids = _ids(todos)
    assert "pic" in ids and "partner_ids" in ids
    assert "oid" not in ids and "mandates" not in ids and "declaration_on_honour" not in ids
    pic = next(t for t in todos if t.step_id == "pic")
    assert "Validation" in pic.why and pic.verified
    assert any("funding-tenders" in s.url for s in pic.sources)
    search = next(t for t in todos if t.step_id == "partner_search")
    assert search.lead_days == 180  # large consortia get a longer lead
    assert search.due == date(2026, 9, 3) - timedelta(days=180)


def test_single_applicant_actions_have_no_partner_steps(cat):
    for code in ("KA120-VET", "ERASMUS-JMO-OFET-LEARNING-EU"):
        ids = _ids(_plan(cat, code, date(2025, 12, 1)))
        assert "partner_search" not in ids and "mandates" not in ids, code
        assert "eu_login" in ids and "internal_approval" in ids


def test_mobility_plan_searches_hosts_with_its_own_lead(cat):
    todos = _plan(cat, "KA122-VET", date(2025, 12, 1))
    search = next(t for t in todos if t.step_id == "partner_search")
    assert search.lead_days == 90
    assert "mandates" not in _ids(todos)


def test_lead_times_are_marked_as_guidance_and_requirements_as_sourced(cat):
    todos = _plan(cat, "KA220-VET", date(2026, 1, 10))
    assert all(t.guidance for t in todos)
    for todo in todos:
        if todo.verified:
            assert todo.sources, todo.step_id
        else:
            assert todo.note, todo.step_id


def test_plan_works_from_an_expected_deadline(cat):
    action = cat.action("KA122-VET")
    info = next_deadline(action, date(2026, 11, 28))
    assert info is not None and info.expected
    todos = plan(action, info, date(2026, 11, 28))
    last = todos[-1]
    assert last.step_id == "submit_early" and last.due == date(2027, 2, 16)


def _raw():
    return json.loads(readiness_path().read_text(encoding="utf-8"))


def test_bundled_readiness_data_loads():
    data = load_readiness()
    assert data.schema_version == 1 and data.guidance_note
    assert len({s.id for s in data.steps}) == len(data.steps)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda raw: raw["steps"][0].update(sources=[]), "verified but cites no source"),
        (lambda raw: raw["steps"][3].pop("note"), "needs a note"),
        (lambda raw: raw["steps"][0].update(sources=["nowhere"]), "unknown sources"),
        (lambda raw: raw["steps"].append(dict(raw["steps"][0])), "listed twice"),
    ],
)
def test_invalid_readiness_data_is_rejected(tmp_path, change, message):
    raw = _raw()
    change(raw)
    path = tmp_path / "readiness.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DataError, match=message):
        load_model(ReadinessData, path)


def test_steps_the_profile_shows_done_are_done_and_never_overdue() -> None:
    from datetime import date

    from vetguide.model.deadlines import next_deadline
    from vetguide.model.profile import InstitutionProfile, Partner
    from vetguide.model.readiness import plan
    from vetguide.model.resources import load_catalogue

    action = load_catalogue().action("KA122-VET")
    today = date(2026, 2, 10)  # days before the February 2026 deadline: most steps late
    info = next_deadline(action, today)
    assert info is not None
    bare = {t.step_id: t for t in plan(action, info, today)}
    assert bare["partner_search"].overdue and not bare["partner_search"].done
    answered = InstitutionProfile(
        organisation_type="vet_provider",
        country="RS",
        holds_vet_accreditation=True,
        partners=[Partner(country="ES")],
    )
    todos = {t.step_id: t for t in plan(action, info, today, profile=answered)}
    for step_id in ("partner_search", "oid"):
        assert todos[step_id].done and not todos[step_id].overdue
    assert not todos["internal_approval"].done and todos["internal_approval"].overdue
    newcomer = InstitutionProfile(organisation_type="vet_provider", country="RS")
    assert not any(t.done for t in plan(action, info, today, profile=newcomer))
