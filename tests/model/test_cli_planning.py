"""The planning commands through vetguide.cli.run: output, files and exit codes."""

from __future__ import annotations

import io
import json

import pytest
from icalendar import Calendar

from vetguide.cli import run
from vetguide.model.profile import InstitutionProfile
from vetguide.model.shortlist import Shortlist, ShortlistItem
from vetguide.model.storage import write_shortlist_file

PLAN = {
    "schema_version": 1,
    "call_year": 2026,
    "action": "KA122-VET",
    "flows": [
        {
            "activity": "short_term_learner_mobility",
            "participants": 10,
            "days": 14,
            "from_city": "Belgrade",
            "to_city": "Madrid",
        },
        {
            "activity": "job_shadowing",
            "participants": 2,
            "days": 5,
            "from_city": "Belgrade",
            "to_city": "Vienna",
        },
    ],
}


def call(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def assert_one_line_error(code: int, err: str, *fragments: str) -> None:
    assert code == 2
    assert err.startswith("vetguide: error: ") and err.count("\n") == 1, err
    for fragment in fragments:
        assert fragment in err


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(PLAN), encoding="utf-8")
    return path


@pytest.fixture
def shortlist_file(tmp_path):
    shortlist = Shortlist(
        name="Our school",
        items=[ShortlistItem(code="KA122-VET"), ShortlistItem(code="KA220-VET")],
        profile=InstitutionProfile.model_validate(
            {"organisation_type": "vet_provider", "country": "RS"}
        ),
    )
    path = tmp_path / "shortlist.json"
    write_shortlist_file(path, shortlist)
    return path


# --- calendar -----------------------------------------------------------------------------


def test_calendar_from_a_shortlist(shortlist_file, tmp_path):
    target = tmp_path / "out.ics"
    code, out, err = call(
        "calendar",
        "--shortlist",
        str(shortlist_file),
        "--ics",
        str(target),
        "--today",
        "2026-01-10",
    )
    assert code == 0, err
    assert "wrote" in out and "3 deadlines (3 announced, 0 expected)" in out
    events = Calendar.from_ical(target.read_text(encoding="utf-8")).walk("VEVENT")
    assert len(events) == 3
    # The profile's country gives the local time zone.
    assert all("(Central European Time)" in str(e["description"]) for e in events)


def test_calendar_for_every_action_after_all_passed(tmp_path):
    target = tmp_path / "all.ics"
    code, out, err = call("calendar", "--all", "--ics", str(target), "--today", "2026-11-28")
    assert code == 0, err
    assert "0 announced" in out and "have passed" in out
    events = Calendar.from_ical(target.read_text(encoding="utf-8")).walk("VEVENT")
    assert events and all(str(e["summary"]).endswith("(expected)") for e in events)


def test_calendar_time_zone_option(tmp_path):
    target = tmp_path / "all.ics"
    code, _, err = call(
        "calendar", "--all", "--ics", str(target), "--today", "2026-01-10",
        "--time-zone", "Europe/Istanbul",
    )  # fmt: skip
    assert code == 0, err
    assert "(Türkiye Time)" in target.read_text(encoding="utf-8").replace("\r\n ", "")


@pytest.mark.parametrize(
    ("argv", "fragments"),
    [
        (["--shortlist", "missing.json"], ["missing.json", "no such file"]),
        (["--all", "--today", "28.11.2026"], ["--today"]),
        (["--all", "--time-zone", "Mars/Base"], ["--time-zone", "Mars/Base"]),
    ],
)
def test_calendar_user_errors(tmp_path, monkeypatch, argv, fragments):
    monkeypatch.chdir(tmp_path)
    code, _, err = call("calendar", *argv, "--ics", str(tmp_path / "x.ics"))
    assert_one_line_error(code, err, *fragments)
    assert not (tmp_path / "x.ics").exists()


def test_calendar_invalid_shortlist_file(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"kind": "something else"}', encoding="utf-8")
    code, _, err = call("calendar", "--shortlist", str(bad), "--ics", str(tmp_path / "x.ics"))
    assert_one_line_error(code, err, "not a vetguide shortlist file")


def test_calendar_unwritable_target(tmp_path):
    folder = tmp_path / "a-folder.ics"
    folder.mkdir()
    code, _, err = call("calendar", "--all", "--ics", str(folder), "--today", "2026-01-10")
    assert_one_line_error(code, err, "could not write")


# --- budget -------------------------------------------------------------------------------


def test_budget_text(plan_file):
    code, out, err = call("budget", "--plan", str(plan_file))
    assert code == 0, err
    assert "10 participants × €395 (2,000–2,999 km band, Belgrade–Madrid 2,029 km" in out
    assert "Individual support: not estimated" in out
    assert "Partial total: €10,012–€11,832 – not included: " in out


def test_budget_json(plan_file):
    code, out, err = call("budget", "--plan", str(plan_file), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["low_total_eur"], data["high_total_eur"]) == (10_012, 11_832)
    estimated = [line for line in data["lines"] if line["estimated"]]
    assert sum(line["low_eur"] for line in estimated) == data["low_total_eur"]
    assert [line["category"] for line in data["lines"] if not line["estimated"]] == [
        "individual_support"
    ]


def _plan_with(tmp_path, **changes):
    plan = json.loads(json.dumps(PLAN))
    plan["flows"][1].update(changes)
    path = tmp_path / "changed.json"
    path.write_text(json.dumps(plan), encoding="utf-8")
    return path


def test_budget_missing_file(tmp_path):
    code, _, err = call("budget", "--plan", str(tmp_path / "nope.json"))
    assert_one_line_error(code, err, "nope.json", "no such file")


def test_budget_invalid_plan(tmp_path):
    code, _, err = call("budget", "--plan", str(_plan_with(tmp_path, participants=0)))
    assert_one_line_error(code, err, "not a valid budget plan", "flows.1.participants")


def test_budget_not_json(tmp_path):
    path = tmp_path / "plan.json"
    path.write_text("flows: []\n", encoding="utf-8")
    code, _, err = call("budget", "--plan", str(path))
    assert_one_line_error(code, err, "Invalid JSON")


def test_budget_unknown_city(tmp_path):
    code, _, err = call("budget", "--plan", str(_plan_with(tmp_path, to_city="Wienna")))
    assert_one_line_error(code, err, "flows.1.to_city", "unknown city 'Wienna'")


def test_budget_unknown_activity(tmp_path):
    code, _, err = call("budget", "--plan", str(_plan_with(tmp_path, activity="holiday")))
    assert_one_line_error(code, err, "flows.1.activity", "unknown activity 'holiday'")


def test_planning_module_imports_no_qt():
    import subprocess
    import sys

    code = (
        "import sys, vetguide.cli.planning, vetguide.model.budget, "
        "vetguide.model.calendar_export, vetguide.model.readiness; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_calendar_in_serbian_cyrillic(tmp_path):
    target = tmp_path / "sr.ics"
    code, _, err = call(
        "calendar", "--all", "--ics", str(target), "--today", "2026-01-10",
        "--lang", "sr-Cyrl", "--time-zone", "Europe/Belgrade",
    )  # fmt: skip
    assert code == 0, err
    calendar = Calendar.from_ical(target.read_text(encoding="utf-8"))
    assert str(calendar["x-wr-calname"]) == "Еразмус+ рокови (vetguide)"
    event = next(e for e in calendar.walk("VEVENT") if "KA122-VET" in str(e["summary"]))
    assert str(event["summary"]) == "Еразмус+ KA122-VET: рок за пријаву"
    description = str(event["description"])
    assert "Рок: четвртак, 19. фебруар 2026., 12:00 по бриселском времену" in description
    assert "(средњеевропско време)" in description and "Europe/" not in description
    alarms = [str(a["description"]) for a in event.walk("VALARM")]
    assert alarms == [
        "Еразмус+ KA122-VET: рок за пријаву: истиче за 30 дана",
        "Еразмус+ KA122-VET: рок за пријаву: истиче за 7 дана",
    ]
