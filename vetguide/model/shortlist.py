"""Shortlists: the actions a user keeps, with a note and a status each."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from typing import Literal

from pydantic import ConfigDict, Field, field_validator

from vetguide.model.base import Model
from vetguide.model.budget_plan import BudgetPlan
from vetguide.model.profile import InstitutionProfile, WizardResult
from vetguide.user_text import one_line

SHORTLIST_SCHEMA_VERSION: Literal[1] = 1
MAX_NOTE_CHARS = 200_000
MAX_NAME_CHARS = 200


class ItemStatus(StrEnum):
    IDEA = "idea"
    PREPARING = "preparing"
    SUBMITTED = "submitted"
    FUNDED = "funded"
    NOT_THIS_YEAR = "not_this_year"


class _Model(Model):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class ShortlistItem(_Model):
    code: str = Field(pattern=r"^[A-Z0-9-]{2,60}$")
    note: str = Field(default="", max_length=MAX_NOTE_CHARS)
    status: ItemStatus = ItemStatus.IDEA
    added: date = Field(default_factory=date.today)


def _new_id() -> str:
    return uuid.uuid4().hex


class Shortlist(_Model):
    id: str = Field(default_factory=_new_id, pattern=r"^[A-Za-z0-9_-]{1,64}$")
    name: str = Field(min_length=1, max_length=MAX_NAME_CHARS)
    items: list[ShortlistItem] = Field(default_factory=list, max_length=10_000)
    profile: InstitutionProfile | None = Field(
        default=None, description="The answers that led to this shortlist, to explain it later"
    )
    created: date = Field(default_factory=date.today)
    budget: BudgetPlan | None = Field(
        default=None,
        description="The mobility budget plan added to the memo (its estimate is made again "
        "from the unit costs each time the memo is written)",
    )

    @field_validator("name")
    @classmethod
    def _strip(cls, name: str) -> str:
        name = one_line(name)  # a name read from a file or the shell may hold line breaks
        if not name:
            raise ValueError("a shortlist needs a name")
        return name

    def codes(self) -> list[str]:
        return [item.code for item in self.items]

    def once_each(self) -> Shortlist:
        """This shortlist with each action once (for a hand-edited or foreign file).

        A repeated code joins its first entry, which keeps its status and date; the notes
        of the repeats are added to its note (each different note once), so nothing
        written is lost. Raise ValueError when the joined notes are over the limit.
        """
        first: dict[str, ShortlistItem] = {}
        notes: dict[str, list[str]] = {}
        for item in self.items:
            if item.code not in first:
                first[item.code] = item
                notes[item.code] = [item.note] if item.note.strip() else []
            elif item.note.strip() and item.note not in notes[item.code]:
                notes[item.code].append(item.note)
        if len(first) == len(self.items):
            return self
        items = []
        for code, item in first.items():
            joined = "\n\n".join(notes[code])
            if len(joined) > MAX_NOTE_CHARS:
                raise ValueError(
                    f"{code} is listed more than once and its notes together are longer "
                    f"than {MAX_NOTE_CHARS} characters"
                )
            items.append(item.model_copy(update={"note": joined}))
        return self.model_copy(update={"items": items})

    def add(self, code: str, today: date | None = None) -> bool:
        """Add an action once; return False when it is already on the list."""
        if code in self.codes():
            return False
        self.items = [*self.items, ShortlistItem(code=code, added=today or date.today())]
        return True


def import_copy(incoming: Shortlist, taken: Iterable[str]) -> Shortlist:
    """A shortlist received from a colleague, as it joins a library whose names are ``taken``:
    its own id (never the sender's) and a name no other shortlist has."""
    return incoming.model_copy(
        update={"id": _new_id(), "name": free_name(incoming.name, taken)}, deep=True
    )


def free_name(name: str, taken: Iterable[str]) -> str:
    """``name``, or ``name (2)``, ``name (3)``… when it is in ``taken`` (case-insensitive)."""
    used = {other.casefold() for other in taken}
    name = name.strip()[:MAX_NAME_CHARS]
    candidate, number = name, 2
    while candidate.casefold() in used:
        suffix = f" ({number})"
        candidate = name[: MAX_NAME_CHARS - len(suffix)] + suffix
        number += 1
    return candidate


class ShortlistFile(_Model):
    """One shortlist as exchanged between colleagues (Import / Export shortlist)."""

    schema_version: Literal[1] = SHORTLIST_SCHEMA_VERSION
    kind: Literal["vetguide-shortlist"] = "vetguide-shortlist"
    shortlist: Shortlist


class Library(_Model):
    """Everything the user keeps: all shortlists, and the last wizard answers."""

    schema_version: Literal[1] = SHORTLIST_SCHEMA_VERSION
    shortlists: list[Shortlist] = Field(default_factory=list)
    last_profile: InstitutionProfile | None = None

    def by_id(self, shortlist_id: str | None) -> Shortlist | None:
        return next((s for s in self.shortlists if s.id == shortlist_id), None)

    def unique_name(self, name: str, default: str, exclude_id: str | None = None) -> str:
        """``name`` (``default`` when empty), or ``name (2)``… when another shortlist has it."""
        name = name.strip()[:MAX_NAME_CHARS] or default
        return free_name(name, (s.name for s in self.shortlists if s.id != exclude_id))

    def append(self, shortlist: Shortlist) -> None:
        self.shortlists = [*self.shortlists, shortlist]

    def apply_wizard(
        self, result: WizardResult, today: date, default_name: str
    ) -> tuple[Shortlist, list[str]]:
        """Keep the wizard's ticked actions and answers: in the shortlist it names, else in a
        new one with a free name; the answers become the shortlist's profile and the library's
        last one. Returns the shortlist and the codes added (those already on it are not)."""
        shortlist = self.by_id(result.shortlist_id)
        if shortlist is None:
            name = self.unique_name(result.new_name, default_name)
            shortlist = Shortlist(name=name, created=today)
            self.append(shortlist)
        added = [code for code in result.codes if shortlist.add(code, today)]
        shortlist.profile = result.profile
        self.last_profile = result.profile
        return shortlist, added
