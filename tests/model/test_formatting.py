"""Dates, times, numbers and euro amounts in English and Serbian."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from vetguide.model import present
from vetguide.model.deadlines import DeadlineInfo, DeadlineStatus
from vetguide.model.formatting import (
    format_date,
    format_datetime,
    format_eur,
    format_number,
)

DAY = date(2026, 2, 19)
MOMENT = datetime(2026, 2, 19, 12, 0, tzinfo=ZoneInfo("Europe/Brussels"))


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "19 Feb 2026"), ("sr-Latn", "19. 2. 2026."), ("sr-Cyrl", "19. 2. 2026.")],
)
def test_format_date(language, expected):
    assert format_date(DAY, language) == expected


def test_format_date_follows_cldr():
    assert format_date(date(2026, 10, 1), "en") == "1 Oct 2026"
    assert format_date(date(2026, 10, 1), "en", "long") == "1 October 2026"
    assert format_date(date(2026, 10, 1), "sr-Latn", "long") == "1. oktobar 2026."
    assert format_date(date(2026, 10, 1), "sr-Latn") == "1. 10. 2026."


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "19 Feb 2026, 12:00"),
        ("sr-Latn", "19. 2. 2026. 12:00"),
        ("sr-Cyrl", "19. 2. 2026. 12:00"),
    ],
)
def test_format_datetime(language, expected):
    assert format_datetime(MOMENT, language) == expected


@pytest.mark.parametrize(
    ("amount", "language", "expected"),
    [
        (30000, "en", "€30,000"),
        (30000, "sr-Latn", "30.000 €"),
        (30000, "sr-Cyrl", "30.000 €"),
        (4000000, "en", "€4,000,000"),
        (4000000, "sr-Latn", "4.000.000 €"),
        (500, "sr-Latn", "500 €"),
        (-250, "en", "-€250"),
    ],
)
def test_format_eur(amount, language, expected):
    assert format_eur(amount, language) == expected


def test_format_number_with_decimals():
    assert format_number(1234567.5, "en", 1) == "1,234,567.5"
    assert format_number(1234567.5, "sr-Latn", 1) == "1.234.567,5"
    assert format_number(0, "sr-Cyrl") == "0"


def test_present_format_eur_keeps_its_english_default():
    assert present.format_eur(30000) == "€30,000"
    assert present.format_eur(30000, language="sr-Latn") == "30.000 €"


def _info(status: DeadlineStatus, days: int | None, **extra: object) -> DeadlineInfo:
    fields: dict[str, object] = {
        "call_year": 2026,
        "round": 1,
        "at": MOMENT,
        "time_zone": "Europe/Brussels",
        "status": status,
        "days_left": days,
        "optional": False,
        "verified": True,
    }
    return DeadlineInfo.model_validate(fields | extra)


def test_format_deadline_in_three_languages():
    info = _info(DeadlineStatus.OPEN, 40)
    assert present.format_deadline(info) == "19 Feb 2026, 12:00 Brussels time, open, 40 days left"
    assert (
        present.format_deadline(info, language="sr-Latn")
        == "19. 2. 2026. 12:00 po briselskom vremenu, otvoren, preostalo dana: 40"
    )
    assert (
        present.format_deadline(info, language="sr-Cyrl")
        == "19. 2. 2026. 12:00 по бриселском времену, отворен, преостало дана: 40"
    )


def test_format_deadline_flags_in_serbian():
    info = _info(DeadlineStatus.CLOSED, None, verified=False, optional=True)
    text = present.format_deadline(info, language="sr-Latn")
    assert text.endswith(
        "zatvoren, samo ako vaša nacionalna agencija otvori ovaj konkursni rok (nije provereno)"
    )
    expected = present.format_deadline(_info(DeadlineStatus.EXPECTED, 300), language="sr-Latn")
    assert "nije objavljen" in expected and "300" in expected


def test_key_data_gives_the_deadline_on_the_users_clock():
    from datetime import date

    from vetguide.model.present import key_data
    from vetguide.model.resources import load_catalogue, load_texts

    action = load_catalogue().action("ERASMUS-EDU-PEX-COVE")
    rows = {
        row.label: row.value
        for row in key_data(action, date(2026, 1, 10), load_texts(), local_zone="Asia/Tokyo")
    }
    # 3 Sep 2026 17:00 in Brussels (CEST, UTC+2) is 4 Sep 2026 00:00 in Tokyo (UTC+9).
    assert rows["In your time zone"] == "4 Sept 2026, 00:00 (Japan Time)"
    same = key_data(action, date(2026, 1, 10), load_texts(), local_zone="Europe/Brussels")
    assert "In your time zone" not in [row.label for row in same]
