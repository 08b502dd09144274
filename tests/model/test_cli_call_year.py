"""``--call-year`` on recommend, catalogue, export and calendar; the rules_call_year fields."""

from __future__ import annotations

import json

import pytest

from tests.model.test_cli import call
from vetguide.model.call_years import available_call_years
from vetguide.model.resources import catalogue_years

NEWEST = catalogue_years()[-1]
EXPECTED = NEWEST + 1
PROFILE = {
    "organisation_type": "vet_provider",
    "country": "RS",
    "partners": [{"country": "HR"}, {"country": "GB"}],
    "participants": 20,
}


@pytest.fixture
def profile_file(tmp_path):
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(PROFILE), encoding="utf-8")
    return path


def recommend_json(profile_file, *extra):
    code, out, err = call("recommend", "--profile", str(profile_file), "--format", "json", *extra)
    assert code == 0, err
    return json.loads(out)


def test_default_rules_follow_the_deadlines_shown(profile_file):
    before = recommend_json(profile_file, "--today", f"{NEWEST}-01-10")
    assert (before["rules_call_year"], before["rules_expected"]) == (NEWEST, False)
    after = recommend_json(profile_file, "--today", f"{NEWEST}-12-04")
    assert (after["rules_call_year"], after["rules_expected"]) == (EXPECTED, True)
    assert after["rules_catalogue_year"] == NEWEST
    ka210 = next(r for r in after["recommendations"] if r["code"] == "KA210-VET")
    assert ka210["rules_call_year"] == EXPECTED and ka210["deadline"]["call_year"] == EXPECTED
    # The United Kingdom is associated from the 2027 call (gov_uk_erasmus_2027).
    assert ka210["verdict"] == "eligible"


def test_call_year_flag_fixes_rules_and_deadlines(profile_file):
    data = recommend_json(profile_file, "--today", f"{NEWEST}-12-04", "--call-year", str(NEWEST))
    assert (data["rules_call_year"], data["rules_expected"]) == (NEWEST, False)
    ka210 = next(r for r in data["recommendations"] if r["code"] == "KA210-VET")
    assert ka210["deadline"]["call_year"] == NEWEST and ka210["deadline"]["status"] == "closed"
    assert ka210["verdict"] == "ineligible"


def test_text_output_says_which_rules(profile_file):
    code, out, _ = call("recommend", "--profile", str(profile_file), "--today", f"{NEWEST}-12-04")
    assert code == 0
    assert f"Rules used: the {EXPECTED} call, expected" in out
    code, out, _ = call(
        "recommend",
        "--profile",
        str(profile_file),
        "--today",
        f"{NEWEST}-12-04",
        "--lang",
        "sr-Latn",
    )
    assert code == 0 and f"Primenjena pravila: konkurs za {EXPECTED}" in out


@pytest.mark.parametrize("year", [NEWEST - 1, EXPECTED + 1, 1999])
@pytest.mark.parametrize("command", ["recommend", "catalogue", "export", "calendar"])
def test_year_without_data_exits_2(command, year, profile_file, tmp_path):
    args = {
        "recommend": ["--profile", str(profile_file)],
        "catalogue": [],
        "export": ["--profile", str(profile_file), "--pdf", str(tmp_path / "m.pdf")],
        "calendar": ["--all", "--ics", str(tmp_path / "c.ics")],
    }[command]
    code, _, err = call(command, *args, "--call-year", str(year))
    assert code == 2
    assert f"no data for the {year} call" in err and str(NEWEST) in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "m.pdf").exists() and not (tmp_path / "c.ics").exists()


def test_catalogue_json_and_text_with_call_year():
    code, out, _ = call("catalogue", "--format", "json", "--today", f"{NEWEST}-12-04")
    assert code == 0
    data = json.loads(out)
    assert (data["rules_call_year"], data["rules_expected"]) == (EXPECTED, True)
    code, out, _ = call(
        "catalogue", "--format", "json", "--today", f"{NEWEST}-12-04", "--call-year", str(NEWEST)
    )
    assert code == 0
    data = json.loads(out)
    assert (data["rules_call_year"], data["rules_expected"]) == (NEWEST, False)
    assert {a["next_deadline"]["call_year"] for a in data["actions"]} == {NEWEST}
    code, out, _ = call("catalogue", "--today", f"{NEWEST}-12-04", "--call-year", str(EXPECTED))
    assert code == 0 and f"Rules used: the {EXPECTED} call, expected" in out


def test_calendar_with_call_year(tmp_path):
    target = tmp_path / "c.ics"
    code, out, err = call(
        "calendar",
        "--all",
        "--ics",
        str(target),
        "--today",
        f"{NEWEST}-01-10",
        "--call-year",
        str(NEWEST),
    )
    assert code == 0, err
    text = target.read_text(encoding="utf-8")
    assert f"call {NEWEST}" in text.replace("\r\n ", "") and f"call {EXPECTED}" not in text
    assert f"Deadlines of the {NEWEST} call only" in out


def test_the_expected_year_is_the_one_after_the_newest_file():
    assert available_call_years()[-1] == EXPECTED
