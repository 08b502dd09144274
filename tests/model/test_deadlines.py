"""Deadline status, local time across daylight-saving changes, and expected dates."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from tests.model.factories import action, catalogue, criterion
from vetguide.model.catalogue import Catalogue
from vetguide.model.deadlines import (
    BRUSSELS,
    DeadlineStatus,
    all_passed,
    deadline_info,
    default_time_zone,
    expected_deadlines,
    local_time,
    next_deadline,
    published_dates,
    schedule,
)
from vetguide.model.present import format_deadline, format_local_deadline
from vetguide.model.resources import DataError, catalogue_path, load_catalogue, load_model

COUNTRY_RULE = [criterion("country_status", allowed=["eu", "associated"])]


@pytest.fixture(scope="module")
def cat() -> Catalogue:
    return load_catalogue(2026)


def _main_2026(cat: Catalogue, code: str):
    return next(d for d in cat.action(code).deadlines_for(2026) if not d.optional)


# --- status on both sides of a deadline --------------------------------------------------


@pytest.mark.parametrize(
    ("today", "status", "days_left"),
    [
        (date(2026, 1, 10), DeadlineStatus.OPEN, 40),
        (date(2026, 2, 18), DeadlineStatus.OPEN, 1),
        (date(2026, 2, 19), DeadlineStatus.OPEN, 0),
        (date(2026, 2, 20), DeadlineStatus.CLOSED, None),
    ],
)
def test_status_and_days_left_around_the_ka122_deadline(cat, today, status, days_left):
    info = deadline_info(_main_2026(cat, "KA122-VET"), today)
    assert info.status is status
    assert info.days_left == days_left


def test_deadline_day_says_closes_today_and_closed_after(cat):
    deadline = _main_2026(cat, "KA122-VET")
    assert "closes today" in format_deadline(deadline_info(deadline, date(2026, 2, 19)))
    today = deadline_info(deadline, date(2026, 2, 19))
    assert "rok ističe danas" in format_deadline(today, language="sr-Latn")
    assert format_deadline(deadline_info(deadline, date(2026, 2, 20))).count("closed") == 1


def test_upcoming_before_the_call_is_published(cat):
    published = published_dates(cat)
    assert published[2026] == date(2025, 11, 12)
    deadline = _main_2026(cat, "KA122-VET")
    before = deadline_info(deadline, date(2025, 11, 11), published[2026])
    assert before.status is DeadlineStatus.UPCOMING and before.days_left == 100
    assert "not published yet" in format_deadline(before)
    on_the_day = deadline_info(deadline, date(2025, 11, 12), published[2026])
    assert on_the_day.status is DeadlineStatus.OPEN
    # Without publication data every deadline ahead is open, as before.
    assert deadline_info(deadline, date(2025, 11, 11)).status is DeadlineStatus.OPEN


def test_next_deadline_reports_upcoming_only_when_given_publication_dates(cat):
    ka220 = cat.action("KA220-VET")
    info = next_deadline(ka220, date(2025, 10, 1), published_dates(cat))
    assert info is not None and info.status is DeadlineStatus.UPCOMING
    assert info.at == datetime(2026, 3, 5, 12, tzinfo=info.at.tzinfo)
    legacy = next_deadline(ka220, date(2025, 10, 1))
    assert legacy is not None and legacy.status is DeadlineStatus.OPEN


# --- instants and local time across daylight-saving time --------------------------------


def test_february_deadline_is_cet(cat):
    info = deadline_info(_main_2026(cat, "KA122-VET"), date(2026, 1, 10))
    assert info.utc == datetime(2026, 2, 19, 11, 0, tzinfo=UTC)
    belgrade = local_time(info, "Europe/Belgrade")
    assert (belgrade.hour, belgrade.minute) == (12, 0)
    assert belgrade.utcoffset() == timedelta(hours=1)
    assert local_time(info, "Europe/Istanbul").hour == 14  # UTC+3 all year
    assert local_time(info, "Europe/London").hour == 11


def test_september_deadline_is_cest(cat):
    info = deadline_info(_main_2026(cat, "ERASMUS-EDU-PEX-COVE"), date(2026, 1, 10))
    assert info.utc == datetime(2026, 9, 3, 15, 0, tzinfo=UTC)
    belgrade = local_time(info, "Europe/Belgrade")
    assert belgrade.hour == 17 and belgrade.utcoffset() == timedelta(hours=2)
    assert local_time(info, "Europe/Istanbul").hour == 18  # the gap to Brussels shrinks
    assert local_time(info, "Europe/London").hour == 16


def test_deadline_in_words_gives_brussels_and_local_time(cat):
    info = deadline_info(_main_2026(cat, "KA122-VET"), date(2026, 1, 10))
    text = format_deadline(info)
    assert "12:00 Brussels time" in text and "Europe/" not in text
    assert format_local_deadline(info, "Europe/Istanbul") == "19 Feb 2026, 14:00 (Türkiye Time)"
    assert "open, 40 days left" in text
    assert "(unverified)" in text  # the 2026 date comes from third-party summaries


def test_unknown_time_zone_is_a_readable_error(cat):
    info = deadline_info(_main_2026(cat, "KA122-VET"), date(2026, 1, 10))
    with pytest.raises(ValueError, match="unknown time zone 'Mars/Base'"):
        local_time(info, "Mars/Base")


def test_default_time_zone_follows_the_country():
    assert default_time_zone("RS") == "Europe/Belgrade"
    assert default_time_zone("es") == "Europe/Madrid"
    assert default_time_zone("ZZ") == BRUSSELS
    assert default_time_zone(None) == BRUSSELS


# --- all passed, expected dates and optional rounds -------------------------------------


@pytest.mark.parametrize(
    ("today", "passed"),
    [
        (date(2026, 1, 10), False),
        (date(2026, 9, 30), False),
        (date(2026, 10, 1), False),  # KA120 and the optional second rounds close that day
        (date(2026, 10, 2), True),
        (date(2026, 11, 28), True),
    ],
)
def test_all_passed(cat, today, passed):
    assert all_passed(cat, today) is passed


def test_expected_dates_after_all_passed_are_labelled(cat):
    today = date(2026, 11, 28)
    found = expected_deadlines(cat, today)
    assert {info.code for info in found} == {a.code for a in cat.actions}
    for info in found:
        assert info.status is DeadlineStatus.EXPECTED and info.expected
        assert not info.verified
        assert info.call_year == 2027 and info.at.year == 2027
        assert info.follows is not None and info.follows.year == 2026
        assert "expected" in format_deadline(info) and "not announced" in format_deadline(info)
    ka122 = [i for i in found if i.code == "KA122-VET"]
    assert [(i.round, i.optional) for i in ka122] == [(1, False), (2, True)]
    assert ka122[0].utc == datetime(2027, 2, 19, 11, tzinfo=UTC)
    assert ka122[0].days_left == (date(2027, 2, 19) - today).days


def test_expected_dates_before_all_passed_cover_only_finished_rounds(cat):
    found = expected_deadlines(cat, date(2026, 3, 1))
    codes = {info.code for info in found}
    assert "KA122-VET" in codes and "ERASMUS-JMO-OFET-TT" in codes
    assert "ERASMUS-EDU-PEX-COVE" not in codes  # 3 Sep 2026 is still ahead


def test_optional_round_is_labelled(cat):
    rounds = schedule(cat.action("KA210-VET"), date(2026, 6, 1), published_dates(cat))
    optional = [info for info in rounds if info.optional]
    assert len(optional) == 1 and optional[0].status is DeadlineStatus.OPEN
    label = "only if your national agency opens this round"
    assert label in format_deadline(optional[0])
    main = [info for info in rounds if not info.optional]
    assert main and label not in format_deadline(main[0])


def test_schedule_mixes_announced_and_expected_rounds(cat):
    rounds = schedule(cat.action("KA122-VET"), date(2026, 3, 1), published_dates(cat))
    assert [(i.round, i.status) for i in rounds] == [
        (2, DeadlineStatus.OPEN),
        (1, DeadlineStatus.EXPECTED),
    ]
    assert rounds[1].at.date() == date(2027, 2, 19)


def test_expected_date_keeps_local_offset_of_its_own_season():
    data = catalogue(
        action(
            criteria=COUNTRY_RULE,
            deadlines=[
                {
                    "call_year": 2026,
                    "at": "2026-09-03T17:00:00",
                    "sources": ["s"],
                    "verified": True,
                }
            ],
        )
    )
    info = next_deadline(data.actions[0], date(2026, 12, 1))
    assert info is not None and info.status is DeadlineStatus.EXPECTED
    assert info.utc == datetime(2027, 9, 3, 15, tzinfo=UTC)


# --- the call publication data in the catalogue -----------------------------------------


def _raw():
    return json.loads(catalogue_path(2026).read_text(encoding="utf-8"))


def test_call_citing_an_unknown_source_is_rejected(tmp_path):
    raw = _raw()
    raw["calls"][0]["sources"] = ["nowhere"]
    path = tmp_path / "2026.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DataError, match="call 2026 cites unknown sources"):
        load_model(Catalogue, path)


def test_call_year_listed_twice_is_rejected(tmp_path):
    raw = _raw()
    raw["calls"].append(dict(raw["calls"][0]))
    path = tmp_path / "2026.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DataError, match="call year is listed twice"):
        load_model(Catalogue, path)
