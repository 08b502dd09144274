"""Dates, times, numbers, euro amounts, plural forms and time-zone names, from CLDR (Babel).

English is written as in the United Kingdom (``19 Feb 2026``, ``19 Feb 2026, 12:00``,
``30,000``, ``€30,000``); Serbian as CLDR writes it in both scripts (``19. 2. 2026.``,
``19. 2. 2026. 12:00``, ``30.000``, ``30.000 €``, ``2,5``). The plural categories
(``one``, ``few``, ``other``) and the names of time zones (``srednjeevropsko vreme``,
``Central European Time``) come from CLDR too.

Independent of the process locale, so the output is the same on every machine. Babel is
imported when a value is first formatted, so importing this module costs nothing.
"""

from __future__ import annotations

import copy
from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING

from vetguide.languages import CLDR_LOCALES

if TYPE_CHECKING:
    from babel import Locale

_LOCALES = CLDR_LOCALES  # vetguide language -> CLDR locale


def is_serbian(language: str) -> bool:
    return language == "sr" or language.startswith("sr-")


@cache
def locale(language: str) -> Locale:
    """The CLDR locale of a vetguide language (English for an unknown one)."""
    from babel import Locale

    return Locale.parse(_LOCALES.get(language, "en_GB"))


def plural_category(n: int, language: str) -> str:
    """CLDR plural category of ``n``: ``one`` or ``other`` in English; ``one`` (1, 21, 31…),
    ``few`` (2–4, 22–24…) or ``other`` (0, 5–20, 25…) in Serbian."""
    category: str = locale(language).plural_form(abs(n))
    return category


def format_number(value: float, language: str = "en", decimals: int = 0) -> str:
    """Thousands grouped (``,`` in English, ``.`` in Serbian), ``decimals`` digits kept."""
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    text: str = format_decimal(value, pattern, locale=locale(language))
    return text


def format_eur(amount: float, language: str = "en", decimals: int = 0) -> str:
    """An amount in euro in the language's currency pattern (``€30,000``, ``30.000 €``)."""
    loc = locale(language)
    pattern = copy.copy(loc.currency_formats["standard"])
    pattern.frac_prec = (decimals, decimals)
    text: str = pattern.apply(amount, loc, currency="EUR", currency_digits=False)
    # CLDR's no-break space before € and minus sign, as plain characters for text and PDF
    return text.replace("\u00a0", " ").replace("\u2212", "-")


def format_date(day: date, language: str = "en", width: str = "medium") -> str:
    """``19 Feb 2026`` / ``19. 2. 2026.`` (``width`` a CLDR date format: short … full)."""
    from babel.dates import format_date as babel_date

    text: str = babel_date(day, width, locale=locale(language))
    return text


def format_time(moment: datetime, language: str = "en") -> str:
    from babel.dates import format_time as babel_time

    text: str = babel_time(moment, "HH:mm", locale=locale(language))
    return text


def format_datetime(moment: datetime, language: str = "en") -> str:
    """Date and wall-clock time of ``moment`` (no time-zone name; see :func:`zone_name`)."""
    pattern: str = locale(language).datetime_formats["medium"]
    return pattern.replace("{1}", format_date(moment.date(), language)).replace(
        "{0}", format_time(moment, language)
    )


def zone_name(zone: str, language: str = "en") -> str:
    """The CLDR name of an IANA zone in words: ``Central European Time``,
    ``srednjeevropsko vreme`` (lowercase inside a Serbian sentence), never the identifier."""
    from babel.dates import get_timezone, get_timezone_name

    name: str = get_timezone_name(get_timezone(zone), "long", locale=locale(language))
    if is_serbian(language):
        name = name[:1].lower() + name[1:]
    return name
