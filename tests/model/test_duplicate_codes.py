"""An action listed twice in a shortlist file (issue 12, item 6).

A hand-edited or foreign shortlist file may list one action code twice. Read (imported, or
given to the command line) it keeps each action once: the first entry, with the notes of
the repeats added to its note. The calendar never holds two events with one UID, whatever
it is given.
"""

from __future__ import annotations

import json
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from icalendar import Calendar

from vetguide.cli import EXIT_OK, run
from vetguide.model.calendar_export import build_calendar, calendar_items
from vetguide.model.resources import load_catalogue
from vetguide.model.shortlist import MAX_NOTE_CHARS, Shortlist
from vetguide.model.storage import StorageError, read_shortlist_file

TODAY = date(2026, 1, 15)


def shared(folder: Path, items: list[dict[str, str]]) -> Path:
    data = {
        "schema_version": 1,
        "kind": "vetguide-shortlist",
        "shortlist": {"name": "Twice", "items": items},
    }
    path = folder / "twice.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


ITEMS = [
    {"code": "KA122-VET", "note": "first", "status": "preparing", "added": "2026-01-02"},
    {"code": "KA220-VET", "note": "", "added": "2026-01-03"},
    {"code": "KA122-VET", "note": "second", "status": "idea", "added": "2026-01-04"},
    {"code": "KA122-VET", "note": "first", "added": "2026-01-05"},
]


def uids(ics: bytes) -> list[str]:
    return [str(event["uid"]) for event in Calendar.from_ical(ics).walk("VEVENT")]


def test_a_repeated_code_is_kept_once_with_every_note(tmp_path):
    shortlist = read_shortlist_file(shared(tmp_path, ITEMS)).shortlist
    assert shortlist.codes() == ["KA122-VET", "KA220-VET"]
    first = shortlist.items[0]
    assert first.note == "first\n\nsecond"
    assert (first.status.value, first.added) == ("preparing", date(2026, 1, 2))


def test_repeats_whose_notes_do_not_fit_are_refused(tmp_path):
    long = "x" * (MAX_NOTE_CHARS - 10)
    items = [{"code": "KA122-VET", "note": long}, {"code": "KA122-VET", "note": long + "y"}]
    with pytest.raises(StorageError, match="more than once"):
        read_shortlist_file(shared(tmp_path, items))


def test_the_calendar_of_such_a_file_has_unique_uids(tmp_path):
    target = tmp_path / "twice.ics"
    argv = ["calendar", "--shortlist", str(shared(tmp_path, ITEMS)), "--ics", str(target)]
    out, err = StringIO(), StringIO()
    assert run([*argv, "--today", TODAY.isoformat()], out, err) == EXIT_OK, err.getvalue()
    found = uids(target.read_bytes())
    assert found and len(found) == len(set(found))


def test_uids_stay_unique_when_an_action_is_passed_twice():
    catalogue = load_catalogue()
    action = next(a for a in catalogue.actions if a.code == "KA122-VET")
    items = calendar_items([action, action], catalogue, TODAY)
    found = uids(build_calendar(items, catalogue, TODAY).to_ical())
    assert len(found) == len(items) and len(set(found)) == len(found)


def test_once_each_leaves_a_list_without_repeats_as_it_is():
    shortlist = Shortlist(name="x")
    assert shortlist.add("KA122-VET") and not shortlist.add("KA122-VET")
    assert shortlist.once_each() is shortlist
