"""Deadlines as an iCalendar file (RFC 5545), built with the ``icalendar`` library.

One event per deadline still ahead: the announced ones, and for every round whose announced
dates have passed the expected date one year later, marked "(expected)". Each event starts at
the deadline instant in the deadline's own zone (TZID Europe/Brussels, with its VTIMEZONE),
has no end (RFC 5545: an event with only a start lasts no time) and two display alarms,
30 and 7 days before.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from vetguide.model.catalogue import Action, Catalogue
from vetguide.model.deadlines import (
    OPTIONAL_LABEL,
    DeadlineInfo,
    local_time,
    published_dates,
    schedule,
)
from vetguide.model.resources import load_texts
from vetguide.model.shortlist import Shortlist
from vetguide.model.storage import atomic_write_text
from vetguide.model.texts import Texts

ALARM_DAYS_BEFORE = (30, 7)
PRODID = "-//vetguide//Erasmus+ VET deadlines//EN"


@dataclass(frozen=True)
class CalendarItem:
    action: Action
    deadline: DeadlineInfo


@dataclass(frozen=True)
class CalendarResult:
    path: Path
    announced: int
    expected: int

    @property
    def events(self) -> int:
        return self.announced + self.expected


def shortlist_actions(shortlist: Shortlist, catalogue: Catalogue) -> tuple[list[Action], list[str]]:
    """The catalogue actions of a shortlist, in its order, and the codes the catalogue lacks."""
    known = {action.code: action for action in catalogue.actions}
    actions = [known[code] for code in shortlist.codes() if code in known]
    unknown = [code for code in shortlist.codes() if code not in known]
    return actions, unknown


def calendar_items(
    actions: Iterable[Action], catalogue: Catalogue, today: date, call_year: int | None = None
) -> list[CalendarItem]:
    """Every deadline ahead of ``today`` for these actions, announced or expected, by instant
    (only those of the ``call_year`` call when given)."""
    published = published_dates(catalogue)
    items = [
        CalendarItem(action, info)
        for action in actions
        for info in schedule(action, today, published)
        if call_year is None or info.call_year == call_year
    ]
    return sorted(items, key=lambda item: (item.deadline.utc, item.action.code))


def summary(item: CalendarItem) -> str:
    info = item.deadline
    text = f"Erasmus+ {item.action.code} deadline"
    if info.round > 1:
        text += f", round {info.round}"
    if info.optional:
        text += " (optional round)"
    if info.expected:
        text += " (expected)"
    return text


def _when(info: DeadlineInfo, local_zone: str | None) -> str:
    text = f"{info.at:%A %d %B %Y, %H:%M} {info.at.tzname()} ({info.time_zone})"
    if local_zone and local_zone != info.time_zone:
        here = local_time(info, local_zone)
        day = "" if here.date() == info.at.date() else f"{here:%A %d %B %Y}, "
        text += f" = {day}{here:%H:%M} {here.tzname()} ({local_zone})"
    return text


def description(
    item: CalendarItem, catalogue: Catalogue, texts: Texts, local_zone: str | None = None
) -> str:
    action, info = item.action, item.deadline
    lines = [f"{action.title} ({action.code}), call {info.call_year}"]
    if info.expected:
        follows = f" of {info.follows:%d %B %Y}" if info.follows else ""
        lines.append(
            "(expected) This date is not announced. It repeats the deadline"
            f"{follows} one year later, following the pattern of earlier calls. "
            "Check the new call before you plan on it."
        )
    elif not info.verified:
        lines.append(
            "This date was not confirmed by an official or national-agency source: check it."
        )
    if info.optional:
        lines.append(f"Optional round: {OPTIONAL_LABEL}.")
    if info.note and not info.expected:
        lines.append(info.note)
    lines.append(f"Deadline: {_when(info, local_zone)}")
    submit_to = texts.submit_to[action.submit_to.value]
    if action.submit_to.note:
        submit_to += f". {action.submit_to.note}"
    lines.append(f"Submit to: {submit_to}")
    for source_id in info.sources:
        source = catalogue.sources[source_id]
        label = "Source of the date it follows" if info.expected else "Source"
        lines.append(f"{label}: {source.title} ({source.guide_year}): {source.url}")
    for source_id in action.links:
        lines.append(f"Official page: {catalogue.sources[source_id].url}")
    lines.append(catalogue.guide_note)
    return "\n".join(lines)


def _event(
    item: CalendarItem, catalogue: Catalogue, texts: Texts, today: date, local_zone: str | None
) -> Event:
    info = item.deadline
    title = summary(item)
    kind = "expected" if info.expected else "announced"
    event = Event()
    event.add("uid", f"{item.action.code}-{info.call_year}-r{info.round}-{kind}@vetguide".lower())
    event.add("dtstamp", datetime.combine(today, time(), UTC))
    event.add("dtstart", info.at)
    event.add("summary", title)
    event.add("description", description(item, catalogue, texts, local_zone))
    event.add("categories", ["Erasmus+"])
    event.add("status", "CONFIRMED" if info.verified and not info.expected else "TENTATIVE")
    event.add("transp", "TRANSPARENT")
    if action_url := _first_url(item.action, catalogue):
        event.add("url", action_url)
    for days in ALARM_DAYS_BEFORE:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("trigger", timedelta(days=-days))
        alarm.add("description", f"{title}: {days} days left")
        event.add_component(alarm)
    return event


def _first_url(action: Action, catalogue: Catalogue) -> str | None:
    return catalogue.sources[action.links[0]].url if action.links else None


def build_calendar(
    items: Sequence[CalendarItem],
    catalogue: Catalogue,
    today: date,
    *,
    local_zone: str | None = None,
    texts: Texts | None = None,
) -> Calendar:
    texts = texts or load_texts()
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Erasmus+ deadlines (vetguide)")
    for item in items:
        calendar.add_component(_event(item, catalogue, texts, today, local_zone))
    calendar.add_missing_timezones()
    return calendar


def _ics(calendar: Calendar) -> str:
    data: bytes = calendar.to_ical()
    return data.decode("utf-8")


def calendar_text(
    actions: Iterable[Action],
    catalogue: Catalogue,
    today: date,
    *,
    local_zone: str | None = None,
) -> str:
    items = calendar_items(actions, catalogue, today)
    return _ics(build_calendar(items, catalogue, today, local_zone=local_zone))


def write_calendar(
    path: Path,
    actions: Iterable[Action],
    catalogue: Catalogue,
    today: date,
    *,
    local_zone: str | None = None,
    call_year: int | None = None,
) -> CalendarResult:
    """Write the .ics file atomically; raise OSError if it cannot be written."""
    items = calendar_items(actions, catalogue, today, call_year)
    atomic_write_text(path, _ics(build_calendar(items, catalogue, today, local_zone=local_zone)))
    expected = sum(1 for item in items if item.deadline.expected)
    return CalendarResult(path=path, announced=len(items) - expected, expected=expected)
