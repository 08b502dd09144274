"""Merging two versions of the library, when two vetguide windows saved the same file.

``merge(ours, theirs, base)``: *ours* is this window's library, *theirs* the one found on
disk, *base* the version both started from (what this window last loaded or saved). With a
base the merge can tell who changed what; without one (``base=None``) it only adds.

The rule, for each value (a shortlist's name or profile, the last wizard answers, an item's
note or status):

- the same on both sides: kept;
- changed on one side only (the other still equals the base): that change is taken;
- changed on both sides (or no base to tell): a **conflict**. Notes keep both texts, ours
  first, joined by :data:`NOTE_SEPARATOR` (if one note already contains the other, the longer
  is kept); for everything else this window's value is kept and the other one is named in
  the messages.

Shortlists are matched by ``id``, items by ``code``: the result holds the union, ours in our
order, then the other window's new ones in theirs (an id or code that repeats within one
version, as only a hand-edited file has, is kept as it is, after the others). A shortlist
the other window added under a name already taken here gets " (2)" added. A shortlist or
item that one side deleted is deleted only if the other side left it as it was in the
base; if the other side changed it, it is kept (an edit beats a delete). Without a base nothing is deleted. An item's
``added`` date and a shortlist's ``created`` date follow the same rule, but when both sides
changed them the earlier date is kept (silently: it is bookkeeping, not the user's words).

If something of *theirs* cannot be kept (a joined note longer than a note may be, more items
than a shortlist may hold), ``lost`` says what, and the caller keeps a copy of their file
(:func:`vetguide.model.storage.sync_library` does). Every merge says in plain words what it
took from the other side, so nothing changes silently; the words are the ``merge`` texts of
the language asked for (an item's status is named by its stored value in English, by its
label in other languages).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from vetguide.model.resources import load_texts
from vetguide.model.shortlist import (
    MAX_NOTE_CHARS,
    Library,
    Shortlist,
    ShortlistItem,
)

NOTE_SEPARATOR = "\n\n––– written at the same time in another vetguide window: –––\n\n"
MAX_ITEMS = 10_000  # as Shortlist.items

T = TypeVar("T")


@dataclass
class MergeResult:
    library: Library
    taken: list[str] = field(default_factory=list)
    """Changes taken from the other version."""
    conflicts: list[str] = field(default_factory=list)
    """Values both sides changed, and what was kept."""
    lost: list[str] = field(default_factory=list)
    """What of the other version could not be kept."""

    @property
    def lossy(self) -> bool:
        return bool(self.lost)

    def messages(self) -> list[str]:
        return [*self.taken, *self.conflicts, *self.lost]

    @classmethod
    def combine(cls, results: Sequence[MergeResult]) -> MergeResult:
        """Several merges in a row: the last library, all the messages."""
        return cls(
            library=results[-1].library,
            taken=[m for r in results for m in r.taken],
            conflicts=[m for r in results for m in r.conflicts],
            lost=[m for r in results for m in r.lost],
        )


@dataclass
class _Log:
    language: str = "en"
    taken: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)

    def say(self, key: str, **values: object) -> str:
        return load_texts(self.language).merge[key].format(**values)

    def status(self, value: str) -> str:
        if self.language == "en":
            return value
        return load_texts(self.language).memo.get(f"status_{value}", value)


def _pick(ours: T, theirs: T, base: T | None, has_base: bool) -> tuple[T, bool]:
    """(value, conflict): the side that changed, or ours when both did (or no base)."""
    if ours == theirs:
        return ours, False
    if has_base and theirs == base:
        return ours, False
    if has_base and ours == base:
        return theirs, False
    return ours, True


def _earlier_if_both(ours: date, theirs: date, base: date | None) -> date:
    """A date as any value, but when both sides changed it (or no base) the earlier one."""
    value, both = _pick(ours, theirs, base, base is not None)
    return min(ours, theirs) if both else value


def _by_key(items: Iterable[T], key: str) -> dict[str, T]:
    """Items by ``key`` (first occurrence wins), in order."""
    found: dict[str, T] = {}
    for item in items:
        found.setdefault(getattr(item, key), item)
    return found


def _repeats(ours: Sequence[T], theirs: Sequence[T], key: str) -> list[T]:
    """Entries whose ``key`` repeats within one version (a hand-edited file): kept as they are.

    Ours first, then those of theirs that ours does not hold already.
    """

    def later(items: Sequence[T]) -> list[T]:
        seen: set[str] = set()
        extra = []
        for item in items:
            value = getattr(item, key)
            if value in seen:
                extra.append(item)
            seen.add(value)
        return extra

    mine = later(ours)
    return [*mine, *(item for item in later(theirs) if item not in mine)]


def _join_notes(ours: str, theirs: str) -> str | None:
    """Both notes in one; None if that would be too long."""
    if not ours.strip():
        return theirs
    if not theirs.strip() or theirs in ours:
        return ours
    if ours in theirs:
        return theirs
    joined = ours + NOTE_SEPARATOR + theirs
    return joined if len(joined) <= MAX_NOTE_CHARS else None


def _merge_item(
    ours: ShortlistItem,
    theirs: ShortlistItem,
    base: ShortlistItem | None,
    has_base: bool,
    where: str,
    log: _Log,
) -> ShortlistItem:
    note, note_conflict = _pick(ours.note, theirs.note, base.note if base else None, has_base)
    if note_conflict:
        joined = _join_notes(ours.note, theirs.note)
        if joined is None:
            log.lost.append(log.say("note_too_long", where=where))
        else:
            note = joined
            if joined not in (ours.note, theirs.note):
                log.conflicts.append(log.say("note_both_kept", where=where))
    elif note != ours.note:
        log.taken.append(log.say("note_taken", where=where))
    status, status_conflict = _pick(
        ours.status, theirs.status, base.status if base else None, has_base
    )
    if status_conflict:
        log.conflicts.append(
            log.say(
                "status_kept",
                where=where,
                ours=log.status(ours.status),
                theirs=log.status(theirs.status),
            )
        )
    elif status != ours.status:
        log.taken.append(log.say("status_taken", where=where, status=log.status(status)))
    return ShortlistItem(
        code=ours.code,
        note=note,
        status=status,
        added=_earlier_if_both(ours.added, theirs.added, base.added if base else None),
    )


def _merge_items(
    ours: Shortlist, theirs: Shortlist, base: Shortlist | None, has_base: bool, log: _Log
) -> list[ShortlistItem]:
    mine = _by_key(ours.items, "code")
    other = _by_key(theirs.items, "code")
    before = _by_key(base.items, "code") if base else {}
    result: list[ShortlistItem] = []
    for code, item in mine.items():
        where = log.say("where_item", shortlist=ours.name, code=code)
        if code in other:
            result.append(_merge_item(item, other[code], before.get(code), has_base, where, log))
        elif code in before and item == before[code]:
            log.taken.append(log.say("item_removed_there", where=where))
        else:
            if code in before:
                log.conflicts.append(log.say("item_kept_changed_here", where=where))
            result.append(item)
    for code, item in other.items():
        if code in mine:
            continue
        where = log.say("where_item", shortlist=ours.name, code=code)
        if code in before and item == before[code]:
            continue  # removed here, untouched there
        if len(result) >= MAX_ITEMS:
            log.lost.append(log.say("item_not_added_full", where=where))
            continue
        if code in before:
            log.conflicts.append(log.say("item_kept_changed_there", where=where))
        else:
            log.taken.append(log.say("item_added", where=where))
        result.append(item)
    return result + _repeats(ours.items, theirs.items, "code")


def _merge_shortlist(
    ours: Shortlist, theirs: Shortlist, base: Shortlist | None, has_base: bool, log: _Log
) -> Shortlist:
    if ours == theirs:
        return ours
    name, conflict = _pick(ours.name, theirs.name, base.name if base else None, has_base)
    if conflict:
        log.conflicts.append(log.say("name_kept", name=ours.name, theirs=theirs.name))
    elif name != ours.name:
        log.taken.append(log.say("renamed", name=ours.name, new=name))
    profile, conflict = _pick(
        ours.profile, theirs.profile, base.profile if base else None, has_base
    )
    if conflict and theirs.profile is not None:
        if ours.profile is None:
            profile = theirs.profile
            log.taken.append(log.say("answers_taken", name=name))
        else:
            log.conflicts.append(log.say("answers_kept", name=name))
    elif not conflict and profile != ours.profile:
        log.taken.append(log.say("answers_taken", name=name))
    return Shortlist(
        id=ours.id,
        name=name,
        items=_merge_items(ours, theirs, base, has_base, log),
        profile=profile,
        created=_earlier_if_both(ours.created, theirs.created, base.created if base else None),
    )


def _unique_name(shortlist: Shortlist, others: list[Shortlist], log: _Log) -> Shortlist:
    """``shortlist``, renamed "<name> (2)" etc. if another one already has its name."""
    taken = {s.name.casefold() for s in others}
    if shortlist.name.casefold() not in taken:
        return shortlist
    stem = shortlist.name[:190]  # a name has at most 200 characters
    number = 2
    while f"{stem} ({number})".casefold() in taken:
        number += 1
    name = f"{stem} ({number})"
    log.taken.append(log.say("named_here", name=shortlist.name, new=name))
    return shortlist.model_copy(update={"name": name})


def merge(
    ours: Library, theirs: Library, base: Library | None = None, *, language: str = "en"
) -> MergeResult:
    """Both versions in one library; see the module docstring for the rule.

    The messages are in ``language``.
    """
    log = _Log(language)
    has_base = base is not None
    mine = _by_key(ours.shortlists, "id")
    other = _by_key(theirs.shortlists, "id")
    before = _by_key(base.shortlists, "id") if base else {}
    shortlists: list[Shortlist] = []
    for key, shortlist in mine.items():
        if key in other:
            shortlists.append(
                _merge_shortlist(shortlist, other[key], before.get(key), has_base, log)
            )
        elif key in before and shortlist == before[key]:
            log.taken.append(log.say("shortlist_deleted_there", name=shortlist.name))
        else:
            if key in before:
                log.conflicts.append(log.say("shortlist_kept_changed_here", name=shortlist.name))
            shortlists.append(shortlist)
    for key, shortlist in other.items():
        if key in mine or (key in before and shortlist == before[key]):
            continue
        if key in before:
            log.conflicts.append(log.say("shortlist_kept_changed_there", name=shortlist.name))
        else:
            log.taken.append(log.say("shortlist_added", name=shortlist.name))
        shortlists.append(_unique_name(shortlist, shortlists, log))
    shortlists += _repeats(ours.shortlists, theirs.shortlists, "id")
    last, conflict = _pick(
        ours.last_profile, theirs.last_profile, base.last_profile if base else None, has_base
    )
    if conflict and ours.last_profile is None:
        last = theirs.last_profile
    if last != ours.last_profile:
        log.taken.append(log.say("last_profile_taken"))
    library = Library(shortlists=shortlists, last_profile=last)
    return MergeResult(library, taken=log.taken, conflicts=log.conflicts, lost=log.lost)
