"""The library database: edits, two connections, schema versions, migration, damage, backups."""

from __future__ import annotations

import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from vetguide.model import library_db as db
from vetguide.model.budget import BudgetPlan, Flow
from vetguide.model.profile import InstitutionProfile
from vetguide.model.shortlist import ItemStatus, Library, Shortlist, ShortlistItem
from vetguide.model.storage import NewerFileError, StorageError, save_model

PROFILE = InstitutionProfile(organisation_type="vet_provider", country="RS", participants=12)
PLAN = BudgetPlan(
    call_year=2026,
    action="KA122-VET",
    flows=[
        Flow(
            activity="short_term_learner_mobility",
            participants=12,
            days=14,
            from_city="Beograd",
            to_city="Bilbao",
        )
    ],
)


def full_library() -> Library:
    """Every kind of value a library holds."""
    spring = Shortlist(
        id="spring",
        name="Spring – Šabac",
        created=date(2025, 3, 1),
        profile=PROFILE,
        budget=PLAN,
        items=[
            ShortlistItem(
                code="KA122-VET", note="Ask the director\nin December", added=date(2025, 3, 2)
            ),
            ShortlistItem(code="KA210-VET", status=ItemStatus.SUBMITTED, added=date(2025, 3, 3)),
            ShortlistItem(code="KA220-VET", note="\u202eright to left", status=ItemStatus.FUNDED),
        ],
    )
    autumn = Shortlist(id="autumn", name="Autumn", items=[ShortlistItem(code="KA121-VET")])
    empty = Shortlist(id="empty", name="Empty")
    return Library(shortlists=[spring, autumn, empty], last_profile=PROFILE)


def opened(folder: Path) -> db.Opened:
    return db.open_library(folder)


def reopen(folder: Path) -> Library:
    result = db.open_library(folder)
    result.store.close()
    return result.library


def test_a_new_folder_gets_an_empty_library_in_wal_mode(tmp_path: Path) -> None:
    result = opened(tmp_path)
    assert result.library == Library()
    conn = result.store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == db.BUSY_TIMEOUT_MS
    assert conn.execute("PRAGMA user_version").fetchone()[0] == db.SCHEMA_VERSION


def test_every_value_survives_saving_and_opening_again(tmp_path: Path) -> None:
    result = opened(tmp_path)
    library = full_library()
    result.store.save(db.snapshot(result.library), library)
    assert reopen(tmp_path) == library


def test_each_edit_writes_only_what_changed(tmp_path: Path) -> None:
    store = opened(tmp_path).store
    library = full_library()
    saved = store.save(db.Snapshot(), library)
    spring = library.shortlists[0]
    spring.items[0].note = "new note"
    spring.items = [spring.items[1], spring.items[0], spring.items[2]]  # reorder
    spring.items[2].status = ItemStatus.PREPARING
    spring.name = "Spring 2026"
    library.shortlists = [library.shortlists[1], spring]  # "Empty" deleted, order changed
    library.last_profile = None
    store.save(saved, library)
    assert reopen(tmp_path) == library


def test_moving_one_item_rewrites_two_rows_not_the_list(tmp_path: Path) -> None:
    store = opened(tmp_path).store
    codes = [f"KA{n:03d}-VET" for n in range(200)]
    library = Library(
        shortlists=[Shortlist(id="big", name="Big", items=[ShortlistItem(code=c) for c in codes])]
    )
    saved = store.save(db.Snapshot(), library)
    items = library.shortlists[0].items
    library.shortlists[0].items = [*items[:100], items[101], items[100], *items[102:]]
    before = store.conn.total_changes
    store.save(saved, library)
    assert store.conn.total_changes - before == 3  # two positions and the change counter
    assert reopen(tmp_path).shortlists[0].codes() == library.shortlists[0].codes()


def test_two_connections_keep_both_edits_even_on_one_item(tmp_path: Path) -> None:
    """A note edited in one window, the status of the same item in the other: both stay."""
    first, second = opened(tmp_path), opened(tmp_path)
    mine = full_library()
    saved_first = first.store.save(db.snapshot(first.library), mine)
    theirs = second.store.refresh()
    saved_second = db.snapshot(theirs)
    mine.shortlists[0].items[0].note = "from the first window"
    mine.shortlists[0].add("KA120-VET")
    first.store.save(saved_first, mine)
    theirs.shortlists[0].items[0].status = ItemStatus.PREPARING
    theirs.shortlists[1].add("KA122-VET")
    second.store.save(saved_second, theirs)
    final = reopen(tmp_path)
    item = final.shortlists[0].items[0]
    assert (item.note, item.status) == ("from the first window", ItemStatus.PREPARING)
    assert final.shortlists[0].codes()[-1] == "KA120-VET"
    assert final.shortlists[1].codes() == ["KA121-VET", "KA122-VET"]


def test_refresh_sees_other_connections_and_data_version_tells(tmp_path: Path) -> None:
    first, second = opened(tmp_path), opened(tmp_path)
    version = second.store.data_version()
    first.store.save(db.Snapshot(), full_library())
    assert second.store.data_version() != version
    assert second.store.refresh() == full_library()
    library = first.store.refresh()
    saved = db.snapshot(library)
    library.shortlists[0].items[0].note = "changed"
    first.store.save(saved, library)
    again = second.store.refresh()  # reads only the changed row
    assert again.shortlists[0].items[0].note == "changed"
    assert again == reopen(tmp_path)


def test_a_failed_write_changes_nothing_and_can_be_retried(tmp_path: Path) -> None:
    store = opened(tmp_path).store
    saved = store.save(db.Snapshot(), full_library())
    library = store.refresh()
    library.shortlists[0].items[0].note = "typed while the disk was full"
    store.conn.execute("PRAGMA max_page_count = 1")  # no room for one more page
    library.shortlists[0].items[0].note = "x" * 100_000
    with pytest.raises(StorageError, match="the disk is full"):
        store.save(saved, library)
    store.conn.execute("PRAGMA query_only = ON")
    with pytest.raises(StorageError, match="read-only"):
        store.save(saved, library)
    assert reopen(tmp_path) == full_library()
    store.conn.execute("PRAGMA query_only = OFF")
    store.conn.execute("PRAGMA max_page_count = 1000000")
    store.save(saved, library)  # the same snapshot: the whole change is written now
    assert reopen(tmp_path) == library


# --- schema versions ------------------------------------------------------------------------


@pytest.mark.parametrize("version", range(db.SCHEMA_VERSION))
def test_every_earlier_schema_is_migrated(tmp_path: Path, version: int) -> None:
    path = tmp_path / db.DB_FILE
    conn = sqlite3.connect(path, isolation_level=None)
    db.migrate(conn, version)
    conn.close()
    result = opened(tmp_path)
    assert result.store.user_version == db.SCHEMA_VERSION and not result.store.read_only
    result.store.save(db.snapshot(result.library), full_library())
    assert reopen(tmp_path) == full_library()


def test_a_database_from_a_newer_vetguide_is_read_only_and_never_altered(tmp_path: Path) -> None:
    result = opened(tmp_path)
    result.store.save(db.Snapshot(), full_library())
    result.store.conn.execute(f"PRAGMA user_version = {db.SCHEMA_VERSION + 1}")
    result.store.close()
    path = tmp_path / db.DB_FILE
    before = path.read_bytes()
    newer = opened(tmp_path)
    assert newer.newer_version == db.SCHEMA_VERSION + 1 and newer.store.read_only
    assert newer.library == full_library()  # shown as far as this version understands it
    with pytest.raises(StorageError, match="newer version of vetguide"):
        newer.store.save(db.snapshot(newer.library), Library())
    newer.store.close()
    assert path.read_bytes() == before  # (reading a WAL database may leave an empty -wal)
    assert (
        not path.with_name(path.name + "-wal").exists()
        or not path.with_name(path.name + "-wal").read_bytes()
    )


# --- from library.json ------------------------------------------------------------------------


def test_library_json_is_carried_over_once_and_kept_as_a_backup(tmp_path: Path) -> None:
    save_model(tmp_path / "library.json", full_library())
    original = (tmp_path / "library.json").read_bytes()
    result = opened(tmp_path)
    assert result.library == full_library()
    assert result.migrated_from == tmp_path / db.JSON_BACKUP_FILE
    assert (tmp_path / db.JSON_BACKUP_FILE).read_bytes() == original
    assert not (tmp_path / "library.json").exists()
    result.store.close()
    assert reopen(tmp_path) == full_library()


def test_a_migration_interrupted_before_the_database_is_in_place_is_redone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_model(tmp_path / "library.json", full_library())
    real_replace = os.replace

    def crash(source: object, target: object) -> None:
        raise KeyboardInterrupt  # the process dies before the rename

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        db.open_library(tmp_path)
    monkeypatch.setattr(os, "replace", real_replace)
    assert not (tmp_path / db.DB_FILE).exists()
    assert (tmp_path / "library.json").exists()
    assert reopen(tmp_path) == full_library()
    assert not list(tmp_path.glob("*.migrating*"))


def test_a_migration_interrupted_before_the_json_is_renamed_is_finished_not_repeated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_model(tmp_path / "library.json", full_library())
    real_replace = os.replace

    def crash_on_json(source: object, target: object) -> None:
        if Path(str(source)).name == "library.json":
            raise KeyboardInterrupt
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", crash_on_json)
    with pytest.raises(KeyboardInterrupt):
        db.open_library(tmp_path)
    monkeypatch.setattr(os, "replace", real_replace)
    assert (tmp_path / db.DB_FILE).exists() and (tmp_path / "library.json").exists()
    result = opened(tmp_path)
    assert result.library == full_library()  # not twice
    assert result.migrated_from == tmp_path / db.JSON_BACKUP_FILE


def test_a_damaged_library_json_is_moved_aside_and_nothing_migrated(tmp_path: Path) -> None:
    (tmp_path / "library.json").write_text("{ not json", encoding="utf-8")
    result = opened(tmp_path)
    assert result.library == Library()
    assert result.json_damaged_copy is not None
    assert result.json_damaged_copy.read_text(encoding="utf-8") == "{ not json"


def test_a_library_json_from_a_newer_vetguide_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / "library.json").write_text('{"schema_version": 9}', encoding="utf-8")
    with pytest.raises(NewerFileError):
        db.open_library(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.json"]


def test_repeated_codes_of_a_hand_edited_json_keep_both_notes(tmp_path: Path) -> None:
    shortlist = Shortlist(
        name="A",
        items=[
            ShortlistItem(code="KA122-VET", note="one"),
            ShortlistItem(code="KA122-VET", note="two"),
        ],
    )
    save_model(tmp_path / "library.json", Library(shortlists=[shortlist, shortlist]))
    library = opened(tmp_path).library
    assert len(library.shortlists) == 2 and library.shortlists[0].id != library.shortlists[1].id
    assert [i.note for i in library.shortlists[0].items] == ["one\n\ntwo"]


# --- damage and backups ---------------------------------------------------------------------


def test_a_damaged_database_is_moved_aside_and_a_fresh_one_started(tmp_path: Path) -> None:
    result = opened(tmp_path)
    result.store.save(db.Snapshot(), full_library())
    backup = db.make_daily_backup(result.store.path, date(2026, 1, 9))
    result.store.close()
    path = tmp_path / db.DB_FILE
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # a page of garbage
    path.write_bytes(bytes(data))
    damaged = opened(tmp_path)
    assert damaged.problem and damaged.damaged_copy is not None
    assert damaged.damaged_copy.read_bytes() == bytes(data)
    assert damaged.library == Library()
    assert damaged.latest_backup == backup
    damaged.store.restore(backup)
    assert damaged.store.load() == full_library()


def test_not_a_database_at_all_is_moved_aside(tmp_path: Path) -> None:
    (tmp_path / db.DB_FILE).write_bytes(b"hello, this is text")
    result = opened(tmp_path)
    assert result.damaged_copy is not None and result.library == Library()
    assert result.damaged_copy.read_bytes() == b"hello, this is text"


def test_daily_backups_keep_the_last_five(tmp_path: Path) -> None:
    store = opened(tmp_path).store
    store.save(db.Snapshot(), full_library())
    made = [db.make_daily_backup(store.path, date(2026, 1, day)) for day in range(1, 9)]
    assert db.make_daily_backup(store.path, date(2026, 1, 8)) is None  # once a day
    names = sorted(p.name for p in (tmp_path / "backups").iterdir())
    assert names == [f"library-2026-01-0{day}.sqlite" for day in range(4, 9)]
    assert made[-1] is not None and db.check_database(made[-1]) is None


def test_restore_keeps_the_state_before_and_other_connections_see_it(tmp_path: Path) -> None:
    first, second = opened(tmp_path), opened(tmp_path)
    first.store.save(db.Snapshot(), full_library())
    backup = tmp_path / "backups" / "library-2026-01-09.sqlite"
    first.store.backup_to(backup)
    library = first.store.refresh()
    saved = db.snapshot(library)
    library.shortlists = []
    first.store.save(saved, library)
    version = second.store.data_version()
    kept = first.store.restore(backup)
    assert first.store.load() == full_library()
    assert second.store.data_version() != version and second.store.refresh() == full_library()
    assert db.check_database(kept) is None
    with pytest.raises(StorageError, match="not a usable backup"):
        first.store.restore(tmp_path / "missing.sqlite")


def test_after_a_restore_no_window_keeps_a_note_from_before_it(tmp_path: Path) -> None:
    """The change counter never goes back: a later edit is never taken for one already read."""
    first, second = opened(tmp_path), opened(tmp_path)
    first.store.save(db.Snapshot(), full_library())
    backup = tmp_path / "backups" / "library-2026-01-09.sqlite"
    first.store.backup_to(backup)
    for text in ("later", "later still"):
        library = first.store.refresh()
        saved = db.snapshot(library)
        library.shortlists[0].items[0].note = text
        first.store.save(saved, library)
    assert second.store.refresh().shortlists[0].items[0].note == "later still"
    first.store.restore(backup)
    library = first.store.refresh()
    saved = db.snapshot(library)
    library.shortlists[0].items[0].note = "after the restore"
    first.store.save(saved, library)
    assert second.store.refresh().shortlists[0].items[0].note == "after the restore"


def test_the_budget_plan_added_to_the_memo_is_saved_and_changed(tmp_path: Path) -> None:
    result = opened(tmp_path)
    library = full_library()
    before = result.store.save(db.Snapshot(), library)
    assert reopen(tmp_path).shortlists[0].budget == PLAN
    changed = PLAN.model_copy(update={"name": "Bilbao, spring"})
    library.shortlists[0].budget = changed
    library.shortlists[1].budget = PLAN
    result.store.save(before, library)
    again = reopen(tmp_path)
    assert [s.budget for s in again.shortlists] == [changed, PLAN, None]
