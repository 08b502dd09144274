"""The .ics export: parsed back with icalendar, instants, alarms and labels."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar

from vetguide.model.calendar_export import (
    calendar_text,
    shortlist_actions,
    write_calendar,
)
from vetguide.model.catalogue import Catalogue
from vetguide.model.resources import load_catalogue
from vetguide.model.shortlist import Shortlist, ShortlistItem


@pytest.fixture(scope="module")
def cat() -> Catalogue:
    return load_catalogue(2026)


def _events(text: str):
    calendar = Calendar.from_ical(text)
    return {str(e["summary"]): e for e in calendar.walk("VEVENT")}


def _utc(event) -> datetime:
    return event.decoded("dtstart").astimezone(UTC)


def test_announced_deadlines_with_right_instants_and_two_alarms(cat, tmp_path):
    actions = [cat.action("KA122-VET"), cat.action("ERASMUS-EDU-PEX-COVE")]
    target = tmp_path / "deadlines.ics"
    result = write_calendar(target, actions, cat, date(2026, 1, 10))
    assert (result.announced, result.expected) == (3, 0)

    events = _events(target.read_text(encoding="utf-8"))
    assert set(events) == {
        "Erasmus+ KA122-VET deadline",
        "Erasmus+ KA122-VET deadline, round 2 (optional round)",
        "Erasmus+ ERASMUS-EDU-PEX-COVE deadline",
    }
    ka122 = events["Erasmus+ KA122-VET deadline"]
    assert _utc(ka122) == datetime(2026, 2, 19, 11, 0, tzinfo=UTC)  # 12:00 CET
    assert ka122["dtstart"].params["TZID"] == "Europe/Brussels"
    round2 = events["Erasmus+ KA122-VET deadline, round 2 (optional round)"]
    assert _utc(round2) == datetime(2026, 10, 1, 10, 0, tzinfo=UTC)  # 12:00 CEST
    cove = events["Erasmus+ ERASMUS-EDU-PEX-COVE deadline"]
    assert _utc(cove) == datetime(2026, 9, 3, 15, 0, tzinfo=UTC)  # 17:00 CEST
    for event in events.values():
        triggers = sorted(alarm.decoded("trigger") for alarm in event.walk("VALARM"))
        assert triggers == [timedelta(days=-30), timedelta(days=-7)]
        assert all(str(alarm["action"]) == "DISPLAY" for alarm in event.walk("VALARM"))


def test_calendar_declares_the_brussels_time_zone(cat):
    text = calendar_text([cat.action("KA220-VET")], cat, date(2026, 1, 10))
    calendar = Calendar.from_ical(text)
    zones = [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")]
    assert zones == ["Europe/Brussels"]
    assert str(calendar["version"]) == "2.0" and "vetguide" in str(calendar["prodid"])


def test_description_names_action_submission_and_sources(cat):
    text = calendar_text(
        [cat.action("KA122-VET")], cat, date(2026, 1, 10), local_zone="Europe/Belgrade"
    )
    event = _events(text)["Erasmus+ KA122-VET deadline"]
    description = str(event["description"])
    assert cat.action("KA122-VET").title in description
    assert "Submitted to: National agency" in description
    assert "Foundation Tempus" in description
    assert "https://otbeurope.com/erasmus-2026-call-for-proposals-is-out/" in description
    assert "In your time zone: 19 Feb 2026, 12:00 (Central European Time)" in description
    assert "Europe/" not in description
    assert "not confirmed" in description  # the 2026 date is unverified
    assert str(event["status"]) == "TENTATIVE"


def test_optional_round_description(cat):
    text = calendar_text([cat.action("KA210-VET")], cat, date(2026, 4, 1))
    event = _events(text)["Erasmus+ KA210-VET deadline, round 2 (optional round)"]
    assert "only if your national agency opens this round" in str(event["description"])


def test_after_all_passed_every_event_is_expected(cat, tmp_path):
    target = tmp_path / "all.ics"
    result = write_calendar(target, cat.actions, cat, date(2026, 11, 28))
    assert result.announced == 0 and result.expected == result.events > 0
    events = _events(target.read_text(encoding="utf-8"))
    assert len(events) == result.events
    for summary, event in events.items():
        assert summary.endswith("(expected)")
        assert "(expected)" in str(event["description"])
        assert "not announced" in str(event["description"])
        assert _utc(event).year == 2027
        assert str(event["status"]) == "TENTATIVE"
    ka122 = events["Erasmus+ KA122-VET deadline (expected)"]
    assert _utc(ka122) == datetime(2027, 2, 19, 11, 0, tzinfo=UTC)


def test_mixed_year_holds_announced_and_expected(cat):
    text = calendar_text([cat.action("KA122-VET")], cat, date(2026, 3, 1))
    events = _events(text)
    assert set(events) == {
        "Erasmus+ KA122-VET deadline (expected)",
        "Erasmus+ KA122-VET deadline, round 2 (optional round)",
    }
    uids = [str(e["uid"]) for e in events.values()]
    assert len(set(uids)) == 2


def test_write_replaces_the_file_and_leaves_no_temp_files(cat, tmp_path):
    target = tmp_path / "out.ics"
    target.write_text("old content", encoding="utf-8")
    write_calendar(target, [cat.action("KA220-VET")], cat, date(2026, 1, 10))
    assert target.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    assert [p.name for p in tmp_path.iterdir()] == ["out.ics"]


def test_shortlist_actions_keep_order_and_report_unknown_codes(cat):
    shortlist = Shortlist(
        name="Ours",
        items=[ShortlistItem(code=c) for c in ("KA220-VET", "KA999-VET", "KA122-VET")],
    )
    actions, unknown = shortlist_actions(shortlist, cat)
    assert [a.code for a in actions] == ["KA220-VET", "KA122-VET"]
    assert unknown == ["KA999-VET"]
