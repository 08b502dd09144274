"""Two vetguide windows on one data folder: no update is lost silently.

Each "window" is what the main window keeps: the library in memory, the stamp and a copy
(the base) of what it last loaded or saved. Both use the same temp folder.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.robustness.fuzz import FUZZ
from vetguide.model import storage
from vetguide.model.merge import NOTE_SEPARATOR, merge
from vetguide.model.shortlist import (
    MAX_NOTE_CHARS,
    ItemStatus,
    Library,
    Shortlist,
    ShortlistItem,
)


@dataclass
class Window:
    """The model side of one app instance, used as the main window should use it."""

    path: Path
    library: Library
    stamp: storage.FileStamp | None
    base: Library
    messages: list[str]

    @classmethod
    def open(cls, path: Path) -> Window:
        loaded = storage.load_library(path)
        return cls(path, loaded.value, loaded.stamp, loaded.value.model_copy(deep=True), [])

    def save(self) -> storage.Synced:
        synced = storage.sync_library(self.library, self.stamp, self.base, self.path)
        self.library, self.stamp, self.base = synced.library, synced.stamp, synced.base
        if synced.merged is not None:
            self.messages += synced.merged.messages()
        return synced

    def shortlist(self, name: str) -> Shortlist:
        return next(s for s in self.library.shortlists if s.name == name)

    def item(self, name: str, code: str) -> ShortlistItem:
        return next(i for i in self.shortlist(name).items if i.code == code)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "library.json"
    autumn = Shortlist(id="autumn", name="Autumn", created=date(2026, 1, 1))
    autumn.add("KA122-VET", date(2026, 1, 1))
    autumn.add("KA210-VET", date(2026, 1, 1))
    spring = Shortlist(id="spring", name="Spring", created=date(2026, 1, 1))
    spring.add("KA220-VET", date(2026, 1, 1))
    storage.save_model(path, Library(shortlists=[autumn, spring]))
    return path


def on_disk(path: Path) -> Library:
    return storage.load_library(path).value


def test_the_second_save_merges_instead_of_overwriting(path: Path) -> None:
    a, b = Window.open(path), Window.open(path)
    a.library.shortlists = [*a.library.shortlists, Shortlist(id="new", name="Winter")]
    a.save()
    b.item("Autumn", "KA122-VET").note = "Ask the director"
    with pytest.raises(storage.ConflictError):  # the strict call refuses ...
        storage.save_library(b.library, b.stamp, path)
    synced = b.save()  # ... sync merges
    assert synced.merged is not None and not synced.merged.lossy
    assert "'Winter': added in the other window" in synced.merged.messages()
    disk = on_disk(path)
    assert [s.name for s in disk.shortlists] == ["Autumn", "Spring", "Winter"]
    assert disk.shortlists[0].items[0].note == "Ask the director"
    assert b.library == disk
    a.shortlist("Spring").add("KA121-VET")  # a saves again: it gets b's note
    a.save()
    assert on_disk(path).shortlists[0].items[0].note == "Ask the director"
    assert on_disk(path).shortlists[1].codes() == ["KA220-VET", "KA121-VET"]
    assert any("the note from the other window" in m for m in a.messages)


def test_deletions_travel_but_never_beat_an_edit(path: Path) -> None:
    a, b = Window.open(path), Window.open(path)
    a.library.shortlists = [s for s in a.library.shortlists if s.name != "Spring"]
    a.shortlist("Autumn").items = [i for i in a.shortlist("Autumn").items if i.code != "KA210-VET"]
    a.save()
    b.item("Autumn", "KA210-VET").status = ItemStatus.PREPARING  # edited what a removed
    b.save()
    disk = on_disk(path)
    assert [s.name for s in disk.shortlists] == ["Autumn"]  # Spring: untouched in b, deleted
    assert disk.shortlists[0].codes() == ["KA122-VET", "KA210-VET"]  # kept: b changed it
    assert any("changed here, removed in the other window" in m for m in b.messages)


def test_both_edit_the_same_note_and_status(path: Path) -> None:
    a, b = Window.open(path), Window.open(path)
    a.item("Autumn", "KA122-VET").note = "Call the partner in Spain"
    a.item("Autumn", "KA122-VET").status = ItemStatus.SUBMITTED
    a.save()
    b.item("Autumn", "KA122-VET").note = "Budget: ask accounting"
    b.item("Autumn", "KA122-VET").status = ItemStatus.PREPARING
    b.save()
    item = on_disk(path).shortlists[0].items[0]
    assert item.note == "Budget: ask accounting" + NOTE_SEPARATOR + "Call the partner in Spain"
    assert item.status is ItemStatus.PREPARING  # this window's, and it says so:
    assert any(
        "status kept as 'preparing' (the other window set 'submitted')" in m for m in b.messages
    )
    assert any("both windows changed the note; both are kept" in m for m in b.messages)


def test_same_name_added_in_both_windows_is_told_apart(path: Path) -> None:
    a, b = Window.open(path), Window.open(path)
    a.library.shortlists = [*a.library.shortlists, Shortlist(name="Winter")]
    a.save()
    b.library.shortlists = [*b.library.shortlists, Shortlist(name="Winter")]
    b.save()
    assert [s.name for s in on_disk(path).shortlists] == [
        "Autumn",
        "Spring",
        "Winter",
        "Winter (2)",
    ]


def test_a_note_too_long_to_join_keeps_a_copy_of_the_other_file(path: Path) -> None:
    a, b = Window.open(path), Window.open(path)
    a.item("Autumn", "KA122-VET").note = "a" * (MAX_NOTE_CHARS - 10)
    a.save()
    theirs = path.read_bytes()
    b.item("Autumn", "KA122-VET").note = "b" * (MAX_NOTE_CHARS - 10)
    synced = b.save()
    assert synced.merged is not None and synced.merged.lossy
    assert synced.kept_copy is not None and synced.kept_copy.read_bytes() == theirs
    assert synced.kept_copy.name.startswith("library.conflict-")
    assert on_disk(path).shortlists[0].items[0].note == "b" * (MAX_NOTE_CHARS - 10)
    assert any("too long" in m for m in synced.merged.lost)


def test_a_damaged_file_found_at_save_is_moved_aside(path: Path) -> None:
    b = Window.open(path)
    path.write_text("{ damaged", encoding="utf-8")
    b.shortlist("Autumn").add("KA121-VET")
    synced = b.save()
    assert synced.moved_aside is not None
    assert synced.moved_aside.read_text(encoding="utf-8") == "{ damaged"
    assert on_disk(path).shortlists[0].codes() == ["KA122-VET", "KA210-VET", "KA121-VET"]


def test_a_file_from_a_newer_vetguide_is_not_overwritten(path: Path) -> None:
    b = Window.open(path)
    newer = json.dumps({"schema_version": 2, "shortlists": [], "sync": {}})
    path.write_text(newer, encoding="utf-8")
    with pytest.raises(storage.NewerFileError):
        b.save()
    assert path.read_text(encoding="utf-8") == newer


def test_a_deleted_file_is_written_again(path: Path) -> None:
    b = Window.open(path)
    path.unlink()
    b.shortlist("Autumn").add("KA121-VET")
    assert b.save().merged is None
    assert on_disk(path) == b.library


def test_a_first_start_in_both_windows(tmp_path: Path) -> None:
    path = tmp_path / "library.json"
    a, b = Window.open(path), Window.open(path)
    assert a.stamp is None
    a.library.shortlists = [Shortlist(id="a", name="A")]
    a.save()
    b.library.shortlists = [Shortlist(id="b", name="B")]
    b.save()
    assert [s.name for s in on_disk(path).shortlists] == ["B", "A"]


def test_without_a_base_nothing_is_deleted() -> None:
    ours = Library(shortlists=[Shortlist(id="x", name="X")])
    theirs = Library(shortlists=[Shortlist(id="y", name="Y")])
    assert [s.id for s in merge(ours, theirs).library.shortlists] == ["x", "y"]


def test_a_note_that_extends_the_other_is_not_doubled() -> None:
    base = Library(shortlists=[Shortlist(id="x", name="X", items=[ShortlistItem(code="KA1")])])
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    ours.shortlists[0].items[0].note = "first line"
    theirs.shortlists[0].items[0].note = "first line\nsecond line"
    assert merge(ours, theirs).library.shortlists[0].items[0].note == "first line\nsecond line"


def test_repeated_ids_and_codes_of_a_hand_edited_file_are_kept() -> None:
    first = ShortlistItem(code="KA1", note="first")
    again = ShortlistItem(code="KA1", note="second")
    ours = Library(
        shortlists=[
            Shortlist(id="x", name="X", items=[first, again]),
            Shortlist(id="x", name="X again"),
        ]
    )
    theirs = Library(shortlists=[Shortlist(id="x", name="X", items=[first])])
    result = merge(ours, theirs).library
    assert [s.name for s in result.shortlists] == ["X", "X again"]
    assert [i.note for i in result.shortlists[0].items] == ["first", "second"]


# --- properties ---------------------------------------------------------------------------

CODES = ["KA120-VET", "KA121-VET", "KA122-VET", "KA210-VET", "KA220-VET", "CBHE-VET"]
notes = st.sampled_from(["", "call Ana", "budget?", "ok\nnext week", "x" * 50])
items = st.builds(
    ShortlistItem,
    code=st.sampled_from(CODES),
    note=notes,
    status=st.sampled_from(list(ItemStatus)),
    added=st.dates(date(2025, 1, 1), date(2027, 1, 1)),
)


def _shortlists(ids: list[str]) -> Any:
    return st.tuples(*[st.lists(items, max_size=4) for _ in ids]).map(
        lambda lists: [
            Shortlist(id=i, name=f"List {i}", items=list({x.code: x for x in xs}.values()))
            for i, xs in zip(ids, lists, strict=True)
        ]
    )


@st.composite
def edited(draw: st.DrawFn, base: Library, side: str) -> Library:
    """``base`` after a few edits in one window."""
    lib = base.model_copy(deep=True)
    for _ in range(draw(st.integers(0, 4))):
        action = draw(st.sampled_from(["note", "status", "add item", "drop item", "add", "drop"]))
        if action == "add" or not lib.shortlists:
            taken, n = {s.id for s in lib.shortlists}, 0
            while f"{side}{n}" in taken:
                n += 1
            lib.shortlists = [*lib.shortlists, *draw(_shortlists([f"{side}{n}"]))]
            continue
        shortlist = draw(st.sampled_from(lib.shortlists))
        if action == "drop":
            lib.shortlists = [s for s in lib.shortlists if s is not shortlist]
        elif action == "add item":
            shortlist.add(draw(st.sampled_from(CODES)), date(2026, 6, 1))
        elif shortlist.items:
            item = draw(st.sampled_from(shortlist.items))
            if action == "note":
                item.note = draw(notes)
            elif action == "status":
                item.status = draw(st.sampled_from(list(ItemStatus)))
            else:
                shortlist.items = [i for i in shortlist.items if i is not item]
    return lib


@st.composite
def three_versions(draw: st.DrawFn) -> tuple[Library, Library, Library]:
    base = Library(shortlists=draw(_shortlists(["s0", "s1", "s2"][: draw(st.integers(0, 3))])))
    return base, draw(edited(base, "o")), draw(edited(base, "t"))


def _canonical(lib: Library) -> dict[str, Any]:
    return {
        s.id: (s.name, {i.code: (i.note, i.status, i.added) for i in s.items})
        for s in lib.shortlists
    }


@FUZZ
@given(three_versions())
def test_merge_takes_the_side_that_changed(versions: tuple[Library, Library, Library]) -> None:
    base, ours, theirs = versions
    assert _canonical(merge(ours, base, base).library) == _canonical(ours)
    assert _canonical(merge(base, theirs, base).library) == _canonical(theirs)
    assert _canonical(merge(ours, ours, base).library) == _canonical(ours)


@FUZZ
@given(three_versions())
def test_merge_loses_no_edit(versions: tuple[Library, Library, Library]) -> None:
    base, ours, theirs = versions
    result = merge(ours, theirs, base)
    merged = _canonical(result.library)
    before = _canonical(base)
    Library.model_validate(result.library.model_dump())  # valid, can be saved
    for side in (_canonical(ours), _canonical(theirs)):
        for sid, (_, side_items) in side.items():
            for code, (note, _status, _added) in side_items.items():
                was = before[sid][1].get(code) if sid in before else None
                if was == side_items[code]:
                    continue  # an untouched copy may be deleted by the other side
                assert sid in merged and code in merged[sid][1], (sid, code)
                if was is None or note != was[0]:  # a note written on this side is kept
                    assert note in merged[sid][1][code][0]
