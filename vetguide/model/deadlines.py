"""Deadline status relative to a given day, in Brussels time and in the user's own time zone.

Statuses, always computed from an injected ``today`` (a calendar date, not a clock):

- ``open``: the deadline is today or later, and the call of its year has been published
  (or the data does not say when the call was published);
- ``upcoming``: the deadline is ahead, but on ``today`` the call of its year was not yet
  published (the catalogue's ``calls`` list gives the publication day per call year); the
  date comes from the Programme Guide or an announcement and may still move;
- ``closed``: the deadline day is over;
- ``expected``: not announced at all: the same round one year later than the newest known
  one (the pattern of earlier calls). Shown only as expected, never as a fact.

A deadline is still ``open`` on its own day (``days_left`` 0): the hour is part of the data
(12:00 Brussels for national agencies, 17:00 for EACEA) and is shown next to the status.
Deadlines are put in words, in every language, by :func:`vetguide.model.present.format_deadline`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field

from vetguide.model.base import Model
from vetguide.model.catalogue import Action, Catalogue, Deadline
from vetguide.model.countries import CountryTable
from vetguide.model.resources import load_countries

BRUSSELS = "Europe/Brussels"
EXPECTED_LABEL = "expected from the pattern of earlier calls, not announced"


class DeadlineStatus(StrEnum):
    OPEN = "open"
    UPCOMING = "upcoming"
    CLOSED = "closed"
    EXPECTED = "expected"


class DeadlineInfo(Model):
    call_year: int
    round: int
    at: datetime  # aware, in the deadline's own time zone
    time_zone: str
    status: DeadlineStatus
    days_left: int | None
    optional: bool
    verified: bool
    note: str | None = None
    code: str | None = Field(default=None, description="Action code, when known")
    sources: list[str] = Field(
        default_factory=list,
        description="Catalogue source ids; for an expected date, those of the date it follows",
    )
    follows: datetime | None = Field(
        default=None, description="For an expected date: the announced deadline it repeats"
    )
    call_published: date | None = Field(
        default=None, description="When the call of this year was published, if known"
    )

    @property
    def expected(self) -> bool:
        return self.status is DeadlineStatus.EXPECTED

    @property
    def utc(self) -> datetime:
        return self.at.astimezone(UTC)


def aware(deadline: Deadline) -> datetime:
    return deadline.at.replace(tzinfo=ZoneInfo(deadline.time_zone))


def zone(name: str) -> ZoneInfo:
    """The IANA time zone ``name``; ValueError with a readable message if unknown."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(
            f"unknown time zone '{name}' (use an IANA name like Europe/Belgrade)"
        ) from exc


def local_time(info: DeadlineInfo, tz_name: str) -> datetime:
    """The deadline instant on the wall clock of ``tz_name`` (e.g. Europe/Belgrade)."""
    return info.at.astimezone(zone(tz_name))


def default_time_zone(country_code: str | None, countries: CountryTable | None = None) -> str:
    """The time zone of the organisation's country (its capital); Brussels if unknown."""
    if country_code is None:
        return BRUSSELS
    if countries is None:
        countries = load_countries()
    country = countries.get(country_code.upper())
    return country.time_zone if country is not None else BRUSSELS


def published_dates(catalogue: Catalogue) -> dict[int, date]:
    """Call year -> day its call was published, for the years the data knows."""
    return {call.call_year: call.published for call in catalogue.calls}


def deadline_info(
    deadline: Deadline,
    today: date,
    call_published: date | None = None,
    *,
    code: str | None = None,
) -> DeadlineInfo:
    days = (deadline.at.date() - today).days
    if days < 0:
        status = DeadlineStatus.CLOSED
    elif call_published is not None and today < call_published:
        status = DeadlineStatus.UPCOMING
    else:
        status = DeadlineStatus.OPEN
    return DeadlineInfo(
        call_year=deadline.call_year,
        round=deadline.round,
        at=aware(deadline),
        time_zone=deadline.time_zone,
        status=status,
        days_left=days if days >= 0 else None,
        optional=deadline.optional,
        verified=deadline.verified,
        note=deadline.note,
        code=code,
        sources=list(deadline.sources),
        call_published=call_published,
    )


def _one_year_later(moment: datetime) -> datetime:
    try:
        return moment.replace(year=moment.year + 1)
    except ValueError:  # 29 February
        return moment.replace(year=moment.year + 1, day=28)


def expected_after(base: Deadline, today: date, *, code: str | None = None) -> DeadlineInfo:
    """The same round as ``base`` repeated yearly until it falls on or after ``today``."""
    moment = _one_year_later(base.at)
    while moment.date() < today:
        moment = _one_year_later(moment)
    return _expected(base, moment, today, code)


def _expected(base: Deadline, moment: datetime, today: date, code: str | None) -> DeadlineInfo:
    days = (moment.date() - today).days
    return DeadlineInfo(
        call_year=base.call_year + (moment.year - base.at.year),
        round=base.round,
        at=moment.replace(tzinfo=ZoneInfo(base.time_zone)),
        time_zone=base.time_zone,
        status=DeadlineStatus.EXPECTED,
        days_left=days if days >= 0 else None,
        optional=base.optional,
        verified=False,
        note=None,
        code=code,
        sources=list(base.sources),
        follows=aware(base),
    )


def _is_ahead(info: DeadlineInfo) -> bool:
    return info.status in (DeadlineStatus.OPEN, DeadlineStatus.UPCOMING)


def next_deadline(
    action: Action, today: date, published: Mapping[int, date] | None = None
) -> DeadlineInfo | None:
    """The first main-round deadline still ahead; if none, the expected one after the newest.

    An expected deadline repeats the newest call year's first round one year later. It is a
    pattern, not an announcement, and is marked so. Without ``published`` no deadline is
    ``upcoming``: every deadline ahead counts as open.
    """
    main = sorted((d for d in action.deadlines if not d.optional), key=lambda d: d.at)
    if not main:
        return None
    published = published or {}
    for deadline in main:
        info = deadline_info(deadline, today, published.get(deadline.call_year), code=action.code)
        if _is_ahead(info):
            return info
    newest_year = max(d.call_year for d in main)
    base = min((d for d in main if d.call_year == newest_year), key=lambda d: d.at)
    return expected_after(base, today, code=action.code)


def deadline_of_call(
    action: Action, call_year: int, today: date, published: Mapping[int, date] | None = None
) -> DeadlineInfo | None:
    """The main-round deadline of the ``call_year`` call: the first still ahead, else the
    last one (closed). For a call after the newest in the data, the expected date (the
    newest call's first round, as many years later); for an older call without dates, None.
    """
    main = sorted((d for d in action.deadlines if not d.optional), key=lambda d: d.at)
    if not main:
        return None
    published = published or {}
    of_year = [
        deadline_info(d, today, published.get(call_year), code=action.code)
        for d in main
        if d.call_year == call_year
    ]
    if of_year:
        return next((info for info in of_year if _is_ahead(info)), of_year[-1])
    newest_year = max(d.call_year for d in main)
    if call_year < newest_year:
        return None
    base = min((d for d in main if d.call_year == newest_year), key=lambda d: d.at)
    moment = base.at
    for _ in range(call_year - newest_year):
        moment = _one_year_later(moment)
    return _expected(base, moment, today, action.code)


def optional_rounds(
    action: Action, today: date, call_year: int | None = None
) -> list[DeadlineInfo]:
    """The optional rounds shown beside the main deadline, one per round number.

    Without ``call_year``: the next date of each optional round, announced if still ahead,
    else expected one year on, as in :func:`schedule` (and so in the calendar export). With
    ``call_year``: that call's date of each optional round, or the expected one for a call
    after the newest in the data.
    """
    result: list[DeadlineInfo] = []
    for round_number in sorted({d.round for d in action.deadlines if d.optional}):
        dates = sorted(
            (d for d in action.deadlines if d.optional and d.round == round_number),
            key=lambda d: d.at,
        )
        if call_year is None:
            ahead = [deadline_info(d, today, code=action.code) for d in dates]
            ahead = [info for info in ahead if _is_ahead(info)]
            result.append(ahead[0] if ahead else expected_after(dates[-1], today, code=action.code))
            continue
        of_year = [d for d in dates if d.call_year == call_year]
        if of_year:
            result.append(deadline_info(of_year[-1], today, code=action.code))
        elif call_year > dates[-1].call_year:
            base = dates[-1]
            moment = base.at
            for _ in range(call_year - base.call_year):
                moment = _one_year_later(moment)
            result.append(_expected(base, moment, today, action.code))
    return result


def schedule(
    action: Action, today: date, published: Mapping[int, date] | None = None
) -> list[DeadlineInfo]:
    """For every round of the action, its next date: announced if still ahead, else expected.

    A round whose newest announced date has passed gets the expected date one year later
    (so an optional round stays optional, and is labelled so).
    """
    published = published or {}
    result: list[DeadlineInfo] = []
    for round_number in sorted({d.round for d in action.deadlines}):
        dates = sorted((d for d in action.deadlines if d.round == round_number), key=lambda d: d.at)
        ahead = [
            info
            for info in (
                deadline_info(d, today, published.get(d.call_year), code=action.code) for d in dates
            )
            if _is_ahead(info)
        ]
        if ahead:
            result.extend(ahead)
        else:
            result.append(expected_after(dates[-1], today, code=action.code))
    return sorted(result, key=lambda info: info.utc)


def newest_call_year(catalogue: Catalogue) -> int:
    return max(d.call_year for action in catalogue.actions for d in action.deadlines)


def shown_call_year(catalogue: Catalogue, today: date) -> int:
    """The call whose deadlines are shown on ``today``: the newest in the data, or the next
    one (expected) once every deadline of the newest has passed."""
    year = newest_call_year(catalogue)
    return year + 1 if all_passed(catalogue, today) else year


def all_passed(catalogue: Catalogue, today: date) -> bool:
    """True when every deadline of the newest call year in the data (optional rounds too) is over."""
    year = newest_call_year(catalogue)
    return all(
        d.at.date() < today
        for action in catalogue.actions
        for d in action.deadlines
        if d.call_year == year
    )


def expected_deadlines(
    catalogue: Catalogue, today: date, actions: Iterable[Action] | None = None
) -> list[DeadlineInfo]:
    """The expected (not announced) next dates of every round whose announced dates are past."""
    chosen = list(actions) if actions is not None else catalogue.actions
    found = [
        info
        for action in chosen
        for info in schedule(action, today, published_dates(catalogue))
        if info.expected
    ]
    return sorted(found, key=lambda info: (info.utc, info.code or ""))
