"""Deadline status relative to a given day: open (still ahead), closed, or expected."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from pydantic import BaseModel

from vetguide.model.catalogue import Action, Deadline


class DeadlineStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    EXPECTED = "expected"


class DeadlineInfo(BaseModel):
    call_year: int
    round: int
    at: datetime  # aware, in the deadline's own time zone
    time_zone: str
    status: DeadlineStatus
    days_left: int | None
    optional: bool
    verified: bool
    note: str | None = None


def aware(deadline: Deadline) -> datetime:
    return deadline.at.replace(tzinfo=ZoneInfo(deadline.time_zone))


def deadline_info(deadline: Deadline, today: date) -> DeadlineInfo:
    days = (deadline.at.date() - today).days
    status = DeadlineStatus.OPEN if days >= 0 else DeadlineStatus.CLOSED
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
    )


def _one_year_later(moment: datetime) -> datetime:
    try:
        return moment.replace(year=moment.year + 1)
    except ValueError:  # 29 February
        return moment.replace(year=moment.year + 1, day=28)


def next_deadline(action: Action, today: date) -> DeadlineInfo | None:
    """The first main-round deadline still ahead; if none, the expected one after the newest.

    An expected deadline repeats the newest call year's first round one year later. It is a
    pattern, not an announcement, and is marked so.
    """
    main = sorted((d for d in action.deadlines if not d.optional), key=lambda d: d.at)
    if not main:
        return None
    for deadline in main:
        info = deadline_info(deadline, today)
        if info.status is DeadlineStatus.OPEN:
            return info
    newest_year = max(d.call_year for d in main)
    base = min((d for d in main if d.call_year == newest_year), key=lambda d: d.at)
    moment = _one_year_later(base.at)
    while moment.date() < today:
        moment = _one_year_later(moment)
    return DeadlineInfo(
        call_year=newest_year + (moment.year - base.at.year),
        round=base.round,
        at=moment.replace(tzinfo=ZoneInfo(base.time_zone)),
        time_zone=base.time_zone,
        status=DeadlineStatus.EXPECTED,
        days_left=(moment.date() - today).days,
        optional=False,
        verified=False,
        note=None,
    )
