"""Deadlines as an iCalendar file (RFC 5545), built with the ``icalendar`` library.

One event per deadline still ahead: the announced ones, and for every round whose announced
dates have passed the expected date one year later, marked "(expected)". Each event starts at
the deadline instant in the deadline's own zone (TZID Europe/Brussels, with its VTIMEZONE),
has no end (RFC 5545: an event with only a start lasts no time) and two display alarms,
30 and 7 days before. Every word (title, description, alarms, calendar name) is in the
language of the texts given, and the catalogue is passed in that language too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from vetguide.model import formatting, present
from vetguide.model.catalogue import Action, Catalogue
from vetguide.model.deadlines import DeadlineInfo, published_dates, schedule
from vetguide.model.files import atomic_write_text
from vetguide.model.resources import load_texts
from vetguide.model.shortlist import Shortlist
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
    codes = list(dict.fromkeys(shortlist.codes()))  # each action once
    actions = [known[code] for code in codes if code in known]
    unknown = [code for code in codes if code not in known]
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


def summary(item: CalendarItem, texts: Texts | None = None) -> str:
    texts = texts or load_texts()
    info = item.deadline
    text = texts.say("cal_summary", code=item.action.code)
    if info.round > 1:
        text += texts.say("cal_round", round=info.round)
    if info.optional:
        text += texts.say("cal_optional")
    if info.expected:
        text += texts.say("cal_expected")
    return text


def _when(info: DeadlineInfo, texts: Texts, local_zone: str | None) -> str:
    language = texts.language
    day = formatting.format_date(info.at.date(), language, "full")
    when = f"{day}, {formatting.format_time(info.at, language)}"
    text = texts.say("deadline_at", when=when, zone=present.zone_words(info.time_zone, texts))
    if local_zone and local_zone != info.time_zone:
        text += f"; {texts.say('local_deadline_label')}: "
        text += present.format_local_deadline(info, local_zone, language)
    return text


def description(
    item: CalendarItem, catalogue: Catalogue, texts: Texts, local_zone: str | None = None
) -> str:
    """The event's text, in the language of ``texts`` (pass a catalogue in that language)."""
    action, info = item.action, item.deadline
    language = texts.language
    lines = [texts.say("cal_heading", title=action.title, code=action.code, year=info.call_year)]
    if info.expected:
        if info.follows:
            follows = formatting.format_date(info.follows.date(), language, "long")
            lines.append(texts.say("cal_expected_follows", follows=follows))
        else:
            lines.append(texts.say("cal_expected_note"))
    elif present.deadline_unverified(info):
        lines.append(texts.say("cal_unverified"))
    if info.optional:
        lines.append(texts.say("cal_optional_line", label=texts.say("deadline_optional")))
    if info.note and not info.expected:
        lines.append(info.note)
    lines.append(f"{texts.say('deadline_label')}: {_when(info, texts, local_zone)}")
    submit_to = texts.submit_to[action.submit_to.value]
    if action.submit_to.note:
        submit_to += f". {action.submit_to.note}"
    lines.append(f"{texts.say('submitted_to')}: {submit_to}")
    key = "cal_source_follows" if info.expected else "cal_source"
    for source_id in info.sources:
        source = catalogue.sources[source_id]
        lines.append(texts.say(key, title=source.title, year=source.guide_year, url=source.url))
    for source_id in action.links:
        lines.append(texts.say("cal_official_page", url=catalogue.sources[source_id].url))
    lines.append(catalogue.guide_note)
    return "\n".join(lines)


def _event(
    item: CalendarItem, catalogue: Catalogue, texts: Texts, today: date, local_zone: str | None
) -> Event:
    info = item.deadline
    title = summary(item, texts)
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
        alarm.add("description", f"{title}: {texts.counted('cal_days_left', days)}")
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
    calendar.add("x-wr-calname", texts.say("cal_name"))
    uids: set[str] = set()
    for item in items:
        event = _event(item, catalogue, texts, today, local_zone)
        uid = base = str(event["uid"])
        number = 1
        while uid in uids:  # the same deadline twice (an action passed twice): still unique
            number += 1
            uid = base.replace("@", f"-{number}@", 1)
        if uid != base:
            event["uid"] = uid
        uids.add(uid)
        calendar.add_component(event)
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
    language: str = "en",
) -> str:
    """The .ics text; pass the catalogue (and its actions) loaded in ``language``."""
    items = calendar_items(actions, catalogue, today)
    texts = load_texts(language)
    return _ics(build_calendar(items, catalogue, today, local_zone=local_zone, texts=texts))


def write_calendar(
    path: Path,
    actions: Iterable[Action],
    catalogue: Catalogue,
    today: date,
    *,
    local_zone: str | None = None,
    call_year: int | None = None,
    language: str = "en",
) -> CalendarResult:
    """Write the .ics file atomically in ``language`` (pass the catalogue loaded in it);
    raise OSError if it cannot be written."""
    items = calendar_items(actions, catalogue, today, call_year)
    texts = load_texts(language)
    calendar = build_calendar(items, catalogue, today, local_zone=local_zone, texts=texts)
    atomic_write_text(path, _ics(calendar))
    expected = sum(1 for item in items if item.deadline.expected)
    return CalendarResult(path=path, announced=len(items) - expected, expected=expected)
