"""Dates, times, numbers and euro amounts as each language writes them.

English: ``19 Feb 2026``, ``19 Feb 2026, 12:00``, ``30,000``, ``€30,000``.
Serbian (both scripts): ``19. 2. 2026.``, ``19. 2. 2026. u 12:00`` (``у`` in Cyrillic),
``30.000``, ``30.000 €``, decimals with a comma (``2,5``).

Independent of the process locale, so the output is the same on every machine.
"""

from __future__ import annotations

from datetime import date, datetime

from vetguide.model.translit import CYRILLIC_LANGUAGE

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def is_serbian(language: str) -> bool:
    return language == "sr" or language.startswith("sr-")


def format_number(value: float, language: str = "en", decimals: int = 0) -> str:
    """Thousands grouped (``,`` in English, ``.`` in Serbian), ``decimals`` digits kept."""
    text = f"{value:,.{decimals}f}"
    if is_serbian(language):
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def format_eur(amount: float, language: str = "en", decimals: int = 0) -> str:
    number = format_number(amount, language, decimals)
    if is_serbian(language):
        return f"{number} €"
    if number.startswith("-"):
        return f"-€{number[1:]}"
    return f"€{number}"


def format_date(day: date, language: str = "en") -> str:
    if is_serbian(language):
        return f"{day.day}. {day.month}. {day.year}."
    return f"{day.day:02d} {_MONTHS_EN[day.month - 1]} {day.year}"


def format_time(moment: datetime, language: str = "en") -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def format_datetime(moment: datetime, language: str = "en") -> str:
    """Date and wall-clock time of ``moment`` (no time-zone name; callers add it)."""
    day = format_date(moment.date(), language)
    time = format_time(moment, language)
    if is_serbian(language):
        word = "у" if language == CYRILLIC_LANGUAGE else "u"
        return f"{day} {word} {time}"
    return f"{day}, {time}"
