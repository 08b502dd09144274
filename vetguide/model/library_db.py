"""The library (shortlists and the last wizard answers) in one SQLite database.

``library.sqlite`` in the data folder, in WAL mode with a busy timeout and foreign keys on.
Every user edit is one short write transaction (``BEGIN IMMEDIATE`` … ``COMMIT``) that
touches only the rows the edit changed, so two windows or processes on one data folder both
keep their edits: there is no whole-file rewrite and no merge.

- **Schema versions** live in ``PRAGMA user_version`` and :data:`MIGRATIONS` (one function per
  step, applied in one transaction). A database from a newer vetguide is opened read-only and
  never altered (:attr:`LibraryStore.read_only`).
- **Damage** is found at open by ``PRAGMA quick_check``: the file is moved aside as
  ``library.damaged-<date>-<time>.sqlite`` and a fresh database started; :class:`Opened`
  names the copy and the latest backup to offer.
- **Backups**: :func:`make_daily_backup` copies the database with the SQLite backup API to
  ``backups/library-<date>.sqlite`` once a day and keeps the last :data:`KEEP_BACKUPS`;
  :meth:`LibraryStore.restore` puts one back (after a copy of the current state).
- **Migration from library.json** (the library of vetguide before the database): done once at
  the first open, into a temporary database renamed into place when complete; then the JSON
  file is renamed ``library.before-sqlite.json``. An interrupted migration is repeated or
  finished at the next open, never applied twice.

Change tracking: the ``meta`` row ``rev`` counts write transactions; every row written gets
the new count in its ``rev`` column. :meth:`LibraryStore.refresh` reads back only rows whose
``rev`` changed, so taking in another window's edit does not read every note again.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

from pydantic import ValidationError

from vetguide.model.budget_plan import BudgetPlan
from vetguide.model.profile import InstitutionProfile
from vetguide.model.shortlist import (
    MAX_NOTE_CHARS,
    ItemStatus,
    Library,
    Shortlist,
    ShortlistItem,
)
from vetguide.model.storage import (
    LIBRARY_FILE,
    NewerFileError,
    StorageError,
    load_or_default,
)
from vetguide.paths import data_dir

DB_FILE = "library.sqlite"
JSON_BACKUP_FILE = "library.before-sqlite.json"
BACKUP_FOLDER = "backups"
BACKUP_PREFIX = "library-"
KEEP_BACKUPS = 5
BUSY_TIMEOUT_MS = 5000
MMAP_BYTES = 256 * 1024 * 1024
SCHEMA_VERSION = 2

log = logging.getLogger(__name__)
T = TypeVar("T")


# --- schema --------------------------------------------------------------------------------


def _schema_1(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT")
    conn.execute(
        """CREATE TABLE shortlists (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
            created TEXT NOT NULL,
            profile TEXT,
            position INTEGER NOT NULL,
            rev INTEGER NOT NULL
        ) STRICT"""
    )
    conn.execute(
        """CREATE TABLE items (
            shortlist_id TEXT NOT NULL REFERENCES shortlists(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            status TEXT NOT NULL,
            added TEXT NOT NULL,
            position INTEGER NOT NULL,
            rev INTEGER NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (shortlist_id, code)
        ) STRICT"""
    )
    # The note is the last column: listing the items (codes, order, revs) never reads the
    # overflow pages of long notes.
    conn.execute("CREATE INDEX items_order ON items (shortlist_id, position)")
    conn.execute("INSERT INTO meta VALUES ('rev', '0')")


def _schema_2(conn: sqlite3.Connection) -> None:
    """The budget plan added to a shortlist's memo (JSON of a BudgetPlan), or NULL."""
    conn.execute("ALTER TABLE shortlists ADD COLUMN budget TEXT")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_schema_1, _schema_2]
"""``MIGRATIONS[n]`` takes a database from ``user_version`` n to n + 1."""
assert len(MIGRATIONS) == SCHEMA_VERSION


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the database to schema ``target`` in one transaction; return the version before."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        for step in range(version, target):
            MIGRATIONS[step](conn)
        if version < target:
            conn.execute(f"PRAGMA user_version = {int(target)}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return version


# --- snapshots: what a window last wrote or read ---------------------------------------------


@dataclass(frozen=True)
class ShortlistSnap:
    name: str
    created: date
    profile: str | None  # JSON of the profile
    codes: tuple[str, ...]
    items: dict[str, tuple[str, ItemStatus, date]]  # code -> (note, status, added)
    budget: str | None = None  # JSON of the budget plan


@dataclass(frozen=True)
class Snapshot:
    """The library as last saved or read by one window: :meth:`LibraryStore.save` writes the
    difference between it and the window's library, and nothing else."""

    order: tuple[str, ...] = ()
    shortlists: dict[str, ShortlistSnap] = field(default_factory=dict)
    last_profile: str | None = None


def _profile_json(profile: InstitutionProfile | None) -> str | None:
    return None if profile is None else profile.model_dump_json()


def _budget_json(plan: BudgetPlan | None) -> str | None:
    return None if plan is None else plan.model_dump_json()


def _budget(text: str | None) -> BudgetPlan | None:
    if text is None:
        return None
    try:
        return BudgetPlan.model_validate_json(text)
    except ValidationError:
        log.warning("a shortlist's budget plan in the library is not valid; it is left out")
        return None


def snapshot(library: Library) -> Snapshot:
    """The values of ``library`` (strings are shared, not copied: cheap for long notes)."""
    shortlists: dict[str, ShortlistSnap] = {}
    for s in library.shortlists:
        if s.id in shortlists:
            continue  # only a library built by hand repeats an id; the first one counts
        shortlists[s.id] = ShortlistSnap(
            name=s.name,
            created=s.created,
            profile=_profile_json(s.profile),
            codes=tuple(dict.fromkeys(i.code for i in s.items)),
            items={i.code: (i.note, i.status, i.added) for i in reversed(s.items)},
            budget=_budget_json(s.budget),
        )
    return Snapshot(tuple(shortlists), shortlists, _profile_json(library.last_profile))


# --- opening --------------------------------------------------------------------------------


@dataclass
class Opened:
    """What :func:`open_library` found, for the caller to tell the user."""

    store: LibraryStore
    library: Library
    migrated_from: Path | None = None
    """The JSON library carried over into the database (kept at this path)."""
    damaged_copy: Path | None = None
    """The damaged database was moved aside here; a fresh one was started."""
    problem: str | None = None
    """What was wrong with the damaged database or the JSON library."""
    json_damaged_copy: Path | None = None
    """library.json could not be read and was moved aside here (nothing was migrated)."""
    newer_version: int | None = None
    """The database comes from a newer vetguide (this ``user_version``): opened read-only."""

    @property
    def latest_backup(self) -> Path | None:
        return latest_backup(self.store.path)


def db_path(folder: Path | None = None) -> Path:
    return (folder or data_dir()) / DB_FILE


def _connect(path: Path, read_only: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode: transactions are explicit (``BEGIN IMMEDIATE``)."""
    target = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
    # check_same_thread off: the window opens its library in a worker thread at start-up,
    # then uses the connection from the UI thread only (never from two threads at once).
    conn = sqlite3.connect(
        target,
        uri=read_only,
        isolation_level=None,
        timeout=BUSY_TIMEOUT_MS / 1000,
        check_same_thread=False,
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    # Reading through a memory map: a large library (long notes) opens faster.
    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    return conn


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def _side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _move_aside(path: Path) -> Path:
    """Move the database and its WAL/SHM files to ``library.damaged-<stamp>.sqlite[-wal]``."""
    target = path.with_name(f"{path.stem}.damaged-{_stamp()}{path.suffix}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.damaged-{_stamp()}-{counter}{path.suffix}")
        counter += 1
    for side in _side_files(path):
        if side.exists():
            os.replace(side, target.with_name(target.name + side.name[len(path.name) :]))
    os.replace(path, target)
    return target


def check_database(path: Path) -> str | None:
    """None when ``path`` is a sound SQLite database (``quick_check``), else what is wrong."""
    try:
        conn = _connect(path, read_only=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()
    found = [str(row[0]) for row in rows]
    return None if found == ["ok"] else "; ".join(found[:3])


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _finish_json_migration(folder: Path, store: LibraryStore) -> Path | None:
    """Rename library.json once the database holds it (the step an interruption may skip)."""
    json_path = folder / LIBRARY_FILE
    marker = store.meta("migrated_json_sha256")
    if marker is None or not json_path.is_file() or _sha256(json_path) != marker:
        return None
    target = folder / JSON_BACKUP_FILE
    if target.exists():
        target = folder / f"library.before-sqlite-{_stamp()}.json"
    os.replace(json_path, target)
    return target


def _migrate_json(folder: Path, path: Path, opened_fields: dict[str, object]) -> None:
    """Create the database from library.json (if there is one), atomically."""
    json_path = folder / LIBRARY_FILE
    if not json_path.exists():
        return
    loaded = load_or_default(json_path, Library)  # NewerFileError / StorageError: left alone
    if loaded.moved_aside is not None:
        opened_fields["json_damaged_copy"] = loaded.moved_aside
        opened_fields["problem"] = loaded.problem
        return
    digest = _sha256(json_path)
    temp = path.with_name(path.name + ".migrating")
    for stale in (temp, *_side_files(temp)):
        stale.unlink(missing_ok=True)  # an earlier, interrupted migration
    conn = _connect(temp)
    try:
        migrate(conn)
        store = LibraryStore(temp, conn)
        store.import_library(loaded.value, migrated_json_sha256=digest)
        conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file to rename
    finally:
        conn.close()
    os.replace(temp, path)
    log.warning("library.json carried over into %s", path)


def open_library(folder: Path | None = None) -> Opened:
    """Open (creating, migrating or repairing as needed) the library database of ``folder``.

    Raise :class:`StorageError` when the data folder or database cannot be used at all, and
    :class:`NewerFileError` when a library.json from a newer vetguide would have to be migrated.
    """
    folder = folder or data_dir()
    path = db_path(folder)
    found: dict[str, object] = {}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            _migrate_json(folder, path, found)
            if path.exists() and (folder / LIBRARY_FILE).exists():
                found["migrated_from"] = True
        elif _opens_without_writing(path):
            # quick_check runs in a worker thread while this one reads the library (both
            # only read); if it finds damage, what was read is dropped.
            checking = in_thread(lambda: check_database(path), "vetguide-quick-check")
            opened: Opened | None = None
            failure: Exception | None = None
            try:
                opened = _open(folder, path, dict(found))
            except (sqlite3.Error, StorageError) as exc:
                failure = exc
            problem = checking.result()
            if problem is None:
                if opened is None:
                    raise failure or StorageError(f"{path} cannot be opened")
                return opened
            if opened is not None:
                opened.store.close()
            _set_aside(path, problem, found)
        else:
            problem = check_database(path)
            if problem is not None:
                _set_aside(path, problem, found)
        return _open(folder, path, found)
    except (NewerFileError, StorageError):
        raise
    except sqlite3.Error as exc:
        log.warning("cannot open %s: %s", path, exc)
        raise StorageError(f"{path} cannot be opened ({exc})") from exc
    except OSError as exc:
        log.warning("cannot open %s: %s", path, exc)
        raise StorageError(f"{path} cannot be opened ({exc.strerror or exc})") from exc


def _set_aside(path: Path, problem: str, found: dict[str, object]) -> None:
    found["damaged_copy"] = _move_aside(path)
    found["problem"] = problem
    log.warning("%s is damaged (%s); moved aside to %s", path, problem, found["damaged_copy"])


def _opens_without_writing(path: Path) -> bool:
    """Whether opening ``path`` writes nothing: by its header, a database in WAL mode at
    this schema version (a damaged one may then be read, never changed, before the check)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return False
    return (
        len(header) == 100
        and header.startswith(b"SQLite format 3\x00")
        and header[18:20] == b"\x02\x02"  # WAL
        and int.from_bytes(header[60:64], "big") == SCHEMA_VERSION
    )


def in_thread(function: Callable[[], T], name: str) -> Future[T]:
    """Run ``function`` in a new daemon thread; its result (or exception) in the future."""
    future: Future[T] = Future()

    def work() -> None:
        try:
            future.set_result(function())
        except BaseException as exc:  # given to whoever waits for the result
            future.set_exception(exc)

    threading.Thread(target=work, name=name, daemon=True).start()
    return future


def close_opened(opening: Future[Opened]) -> None:
    """Close the store an :func:`open_library` run in :func:`in_thread` opened, if it did
    (for a window that closed, or could not load its catalogue, while it was opening)."""
    if opening.exception() is None:
        opening.result().store.close()


def _open(folder: Path, path: Path, found: dict[str, object]) -> Opened:
    store = LibraryStore.connect(path)
    try:
        if store.read_only:
            found["newer_version"] = store.user_version
        else:
            migrated = _finish_json_migration(folder, store)
            if migrated is not None:
                found["migrated_from"] = migrated
            elif found.get("migrated_from") is True:
                found.pop("migrated_from")
        library = store.load()
    except BaseException:
        store.close()
        raise
    return Opened(store=store, library=library, **found)  # type: ignore[arg-type]


# --- the store -------------------------------------------------------------------------------


class LibraryStore:
    """One connection to the library database; every method is one short transaction."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool = False) -> None:
        self.path = path
        self.conn = conn
        self.read_only = read_only
        self.user_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        self._revs: dict[tuple[str, str], int] = {}  # (shortlist id, code) -> rev last read
        self._items: dict[tuple[str, str], ShortlistItem] = {}

    @classmethod
    def connect(cls, path: Path) -> LibraryStore:
        """Open ``path``: WAL, migrated to this version; read-only when a newer vetguide wrote it."""
        conn = _connect(path)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > SCHEMA_VERSION:
                conn.close()
                log.warning("%s has schema %s (newer); opened read-only", path, version)
                return cls(path, _connect(path, read_only=True), read_only=True)
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            migrate(conn)
        except BaseException:
            conn.close()
            raise
        return cls(path, conn)

    def close(self) -> None:
        self.conn.close()

    # --- reading ---------------------------------------------------------------------------

    def data_version(self) -> int:
        """Changes when another connection commits (``PRAGMA data_version``)."""
        try:
            return int(self.conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error as exc:
            raise StorageError(f"{self.path} cannot be read ({exc})") from exc

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def load(self) -> Library:
        """The whole library as stored (items are built without validating them again)."""
        self._revs.clear()
        self._items.clear()
        return self.refresh()

    def refresh(self) -> Library:
        """The library as stored now, reusing the items unchanged since the last read."""
        try:
            self.conn.execute("BEGIN")
            try:
                return self._read()
            finally:
                self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            log.warning("cannot read %s: %s", self.path, exc)
            raise StorageError(f"{self.path} cannot be read ({exc})") from exc

    def _read(self) -> Library:
        if self.read_only and self.user_version > SCHEMA_VERSION:
            try:
                return self._read_rows()
            except (sqlite3.Error, ValueError, KeyError):  # a newer layout: show nothing
                return Library()
        return self._read_rows()

    def _read_rows(self) -> Library:
        conn = self.conn
        listed = conn.execute(
            "SELECT shortlist_id, code, rev FROM items ORDER BY shortlist_id, position, rowid"
        ).fetchall()
        stale = [(s, c) for s, c, r in listed if self._revs.get((s, c)) != r]
        fresh: dict[tuple[str, str], ShortlistItem] = {}
        if stale:
            query = "SELECT shortlist_id, code, note, status, added, rev FROM items"
            if len(stale) > len(listed) // 4:
                rows = conn.execute(query).fetchall()
            else:  # a few edits since the last read: read only their notes
                oldest = min(r for s, c, r in listed if self._revs.get((s, c)) != r)
                rows = conn.execute(query + " WHERE rev >= ?", (oldest,)).fetchall()
            for sid, code, note, status, added, rev in rows:
                fresh[(sid, code)] = ShortlistItem.model_construct(
                    code=code,
                    note=note,
                    status=ItemStatus(status),
                    added=date.fromisoformat(added),
                )
                self._revs[(sid, code)] = rev
        items: dict[str, list[ShortlistItem]] = {}
        revs: dict[tuple[str, str], int] = {}
        cache: dict[tuple[str, str], ShortlistItem] = {}
        for sid, code, rev in listed:
            key = (sid, code)
            item = fresh.get(key) or self._items[key]
            items.setdefault(sid, []).append(item)
            cache[key] = item
            revs[key] = rev
        self._items, self._revs = cache, revs
        shortlists = []
        for sid, name, created, profile, budget in conn.execute(
            "SELECT id, name, created, profile, budget FROM shortlists ORDER BY position, rowid"
        ):
            shortlists.append(
                Shortlist.model_construct(
                    id=sid,
                    name=name,
                    created=date.fromisoformat(created),
                    profile=_profile(profile),
                    items=items.get(sid, []),
                    budget=_budget(budget),
                )
            )
        return Library.model_construct(
            schema_version=1,
            shortlists=shortlists,
            last_profile=_profile(self.meta("last_profile")),
        )

    # --- writing ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def _write(self) -> Iterator[int]:
        """One write transaction; yields the ``rev`` its rows get."""
        if self.read_only:
            raise StorageError(
                f"{self.path} was written by a newer version of vetguide (schema "
                f"{self.user_version}; this version knows {SCHEMA_VERSION}): it is opened "
                "read-only. Update vetguide to change your shortlists."
            )
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                rev = int(self.meta("rev") or 0) + 1
                conn.execute("UPDATE meta SET value = ? WHERE key = 'rev'", (str(rev),))
                yield rev
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            log.warning("could not save to %s: %s", self.path, exc)
            raise StorageError(_write_problem(self.path, exc)) from exc
        except OSError as exc:  # pragma: no cover - sqlite reports I/O as sqlite3.Error
            raise StorageError(f"could not save {self.path}: {exc.strerror or exc}") from exc

    def _set_meta(self, key: str, value: str | None) -> None:
        if value is None:
            self.conn.execute("DELETE FROM meta WHERE key = ?", (key,))
        else:
            self.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def _insert_shortlist(self, shortlist: Shortlist, rev: int) -> None:
        position = self.conn.execute(
            "SELECT coalesce(max(position), -1) + 1 FROM shortlists"
        ).fetchone()[0]
        self.conn.execute(
            "INSERT INTO shortlists (id, name, created, profile, position, rev, budget) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                shortlist.id,
                shortlist.name,
                shortlist.created.isoformat(),
                _profile_json(shortlist.profile),
                position,
                rev,
                _budget_json(shortlist.budget),
            ),
        )
        seen: set[str] = set()
        for item in shortlist.items:
            if item.code not in seen:
                seen.add(item.code)
                self._insert_item(shortlist.id, item, rev)

    def _insert_item(self, shortlist_id: str, item: ShortlistItem, rev: int) -> None:
        position = self.conn.execute(
            "SELECT coalesce(max(position), -1) + 1 FROM items WHERE shortlist_id = ?",
            (shortlist_id,),
        ).fetchone()[0]
        self.conn.execute(
            "INSERT INTO items (shortlist_id, code, note, status, added, position, rev) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
            "note = excluded.note, status = excluded.status, rev = excluded.rev",
            (
                shortlist_id,
                item.code,
                item.note,
                item.status.value,
                item.added.isoformat(),
                position,
                rev,
            ),
        )

    def import_library(self, library: Library, migrated_json_sha256: str | None = None) -> None:
        """Add every shortlist of ``library`` (a repeated id gets a new one) in one transaction."""
        with self._write() as rev:
            taken = {row[0] for row in self.conn.execute("SELECT id FROM shortlists")}
            for shortlist in library.shortlists:
                if shortlist.id in taken:
                    shortlist = shortlist.model_copy(update={"id": uuid.uuid4().hex})
                taken.add(shortlist.id)
                self._insert_shortlist(_fold_repeated_codes(shortlist), rev)
            if library.last_profile is not None:
                self._set_meta("last_profile", library.last_profile.model_dump_json())
            if migrated_json_sha256 is not None:
                self._set_meta("migrated_json_sha256", migrated_json_sha256)

    def save(self, before: Snapshot, library: Library) -> Snapshot:
        """Write what changed from ``before`` to ``library`` in one transaction; the new snapshot.

        Only the changed rows are written: a value another window changed meanwhile and this
        one did not is left as the other window wrote it. On failure nothing is written and
        :class:`StorageError` says why; pass the same ``before`` again to retry.
        """
        after = snapshot(library)
        if after == before:
            return after
        conn = self.conn
        by_id = {s.id: s for s in library.shortlists}
        with self._write() as rev:
            for sid in before.shortlists.keys() - after.shortlists.keys():
                conn.execute("DELETE FROM shortlists WHERE id = ?", (sid,))
            for sid in after.order:
                new, old = after.shortlists[sid], before.shortlists.get(sid)
                if old is None:
                    self._insert_shortlist(by_id[sid], rev)
                    continue
                if (new.name, new.created, new.profile, new.budget) != (
                    old.name,
                    old.created,
                    old.profile,
                    old.budget,
                ):
                    conn.execute(
                        "UPDATE shortlists SET name = ?, created = ?, profile = ?, budget = ?, "
                        "rev = ? WHERE id = ?",
                        (new.name, new.created.isoformat(), new.profile, new.budget, rev, sid),
                    )
                self._save_items(sid, old, new, rev)
            kept = [sid for sid in before.order if sid in after.shortlists]
            if [sid for sid in after.order if sid in before.shortlists] != kept:
                for position, sid in enumerate(after.order):
                    conn.execute("UPDATE shortlists SET position = ? WHERE id = ?", (position, sid))
            if after.last_profile != before.last_profile:
                self._set_meta("last_profile", after.last_profile)
        return after

    def _save_items(self, sid: str, old: ShortlistSnap, new: ShortlistSnap, rev: int) -> None:
        conn = self.conn
        if not conn.execute("SELECT 1 FROM shortlists WHERE id = ?", (sid,)).fetchone():
            # Deleted in another window meanwhile: this window's edit brings it back.
            conn.execute(
                "INSERT INTO shortlists (id, name, created, profile, position, rev, budget) "
                "VALUES (?, ?, ?, ?, "
                "(SELECT coalesce(max(position), -1) + 1 FROM shortlists), ?, ?)",
                (sid, new.name, new.created.isoformat(), new.profile, rev, new.budget),
            )
            old = ShortlistSnap(new.name, new.created, new.profile, (), {}, new.budget)
        for code in old.items.keys() - new.items.keys():
            conn.execute("DELETE FROM items WHERE shortlist_id = ? AND code = ?", (sid, code))
        for code in new.codes:
            value, before = new.items[code], old.items.get(code)
            if before is None:
                note, status, added = value
                self._insert_item(
                    sid,
                    ShortlistItem.model_construct(code=code, note=note, status=status, added=added),
                    rev,
                )
            elif value[0] is not before[0] and value[0] != before[0]:
                conn.execute(
                    "UPDATE items SET note = ?, rev = ? WHERE shortlist_id = ? AND code = ?",
                    (value[0], rev, sid, code),
                )
            if before is not None and value[1:] != before[1:]:
                conn.execute(
                    "UPDATE items SET status = ?, added = ?, rev = ? "
                    "WHERE shortlist_id = ? AND code = ?",
                    (value[1].value, value[2].isoformat(), rev, sid, code),
                )
        kept = [c for c in old.codes if c in new.items]
        if [c for c in new.codes if c in old.items] != kept:
            self._reorder(sid, new.codes)

    def _reorder(self, sid: str, codes: tuple[str, ...]) -> None:
        """Put the items ``codes`` in this order, rewriting only the positions that change.

        The positions they hold now are handed out again in the new order (moving one item
        up rewrites two rows, not the whole list); items another window added meanwhile
        keep theirs.
        """
        held = dict(
            self.conn.execute(
                "SELECT code, position FROM items WHERE shortlist_id = ?", (sid,)
            ).fetchall()
        )
        present = [code for code in codes if code in held]
        slots = sorted(held[code] for code in present)
        if len(set(slots)) < len(slots):  # repeated positions: number them afresh
            slots = list(range(len(slots)))
        for code, position in zip(present, slots, strict=True):
            if held[code] != position:
                self.conn.execute(
                    "UPDATE items SET position = ? WHERE shortlist_id = ? AND code = ?",
                    (position, sid, code),
                )

    # --- one edit at a time (the command line) ---------------------------------------------

    def shortlist_id(self, name: str) -> str:
        """The id of the shortlist called ``name`` (case-insensitive); StorageError if none."""
        rows = self.conn.execute("SELECT id, name FROM shortlists ORDER BY position").fetchall()
        exact = [sid for sid, found in rows if found == name]
        if exact:
            return str(exact[0])
        folded = [sid for sid, found in rows if found.casefold() == name.strip().casefold()]
        if len(folded) == 1:
            return str(folded[0])
        names = ", ".join(found for _, found in rows) or "none"
        raise StorageError(f"no shortlist is called '{name}' (shortlists: {names})")

    def new_shortlist(self, shortlist: Shortlist) -> None:
        with self._write() as rev:
            self._insert_shortlist(shortlist, rev)

    def add_item(self, shortlist_id: str, item: ShortlistItem) -> bool:
        """Append ``item``; False (nothing written) when its code is already on the list."""
        with self._write() as rev:
            if self._has_item(shortlist_id, item.code):
                return False
            self._insert_item(shortlist_id, item, rev)
            return True

    def _has_item(self, shortlist_id: str, code: str) -> bool:
        return bool(
            self.conn.execute(
                "SELECT 1 FROM items WHERE shortlist_id = ? AND code = ?", (shortlist_id, code)
            ).fetchone()
        )

    def _update_item(self, shortlist_id: str, code: str, column: str, value: str) -> None:
        with self._write() as rev:
            cursor = self.conn.execute(
                f"UPDATE items SET {column} = ?, rev = ? WHERE shortlist_id = ? AND code = ?",
                (value, rev, shortlist_id, code),
            )
            if cursor.rowcount == 0:
                raise _NotListed(code)

    def set_note(self, shortlist_id: str, code: str, note: str) -> None:
        if len(note) > MAX_NOTE_CHARS:
            raise StorageError(
                f"a note can hold {MAX_NOTE_CHARS} characters; this one has {len(note)}"
            )
        self._update_item(shortlist_id, code, "note", note)

    def set_status(self, shortlist_id: str, code: str, status: ItemStatus) -> None:
        self._update_item(shortlist_id, code, "status", ItemStatus(status).value)

    def remove_item(self, shortlist_id: str, code: str) -> None:
        with self._write():
            cursor = self.conn.execute(
                "DELETE FROM items WHERE shortlist_id = ? AND code = ?", (shortlist_id, code)
            )
            if cursor.rowcount == 0:
                raise _NotListed(code)

    def shortlist(self, shortlist_id: str) -> Shortlist:
        found = [s for s in self.refresh().shortlists if s.id == shortlist_id]
        if not found:
            raise StorageError(f"the shortlist {shortlist_id} is no longer there")
        return found[0]

    # --- backups ---------------------------------------------------------------------------

    def backup_to(self, target: Path) -> None:
        """Copy the database to ``target`` with the SQLite backup API (whole, consistent)."""
        _backup(self.conn, target)

    def restore(self, source: Path) -> Path:
        """Replace the library with the backup ``source``; return the copy of the state before.

        The backup is checked first (``quick_check``); the current library is copied to
        ``backups/library-before-restore-<date>-<time>.sqlite`` before it is replaced.
        """
        problem = check_database(source)
        if problem is not None:
            raise StorageError(f"{source} is not a usable backup ({problem})")
        if self.read_only:
            raise StorageError(f"{self.path} is opened read-only; it cannot be restored")
        kept = backup_folder(self.path) / f"{BACKUP_PREFIX}before-restore-{_stamp()}.sqlite"
        try:
            self.backup_to(kept)
            before = int(self.meta("rev") or 0)
            src = _connect(source, read_only=True)
            try:
                src.backup(self.conn)
            finally:
                src.close()
            migrate(self.conn)
            # The change counter goes on from where it was (the backup's is older) and every
            # row gets the new count: each window reads the whole library again.
            self._set_meta("rev", str(max(before, int(self.meta("rev") or 0))))
            with self._write() as rev:
                self.conn.execute("UPDATE shortlists SET rev = ?", (rev,))
                self.conn.execute("UPDATE items SET rev = ?", (rev,))
        except sqlite3.Error as exc:
            raise StorageError(_write_problem(self.path, exc)) from exc
        except OSError as exc:
            raise StorageError(f"could not restore {source}: {exc.strerror or exc}") from exc
        return kept


class _NotListed(StorageError):
    def __init__(self, code: str) -> None:
        super().__init__(f"{code} is not on this shortlist")
        self.code = code


def _profile(text: str | None) -> InstitutionProfile | None:
    return None if text is None else InstitutionProfile.model_validate_json(text)


def _fold_repeated_codes(shortlist: Shortlist) -> Shortlist:
    """A hand-edited file may list one code twice: keep one item, with both notes."""
    merged: dict[str, ShortlistItem] = {}
    for item in shortlist.items:
        first = merged.get(item.code)
        if first is None:
            merged[item.code] = item
        elif item.note and item.note not in first.note:
            note = f"{first.note}\n\n{item.note}" if first.note else item.note
            merged[item.code] = first.model_copy(update={"note": note[:MAX_NOTE_CHARS]})
    if len(merged) == len(shortlist.items):
        return shortlist
    return shortlist.model_copy(update={"items": list(merged.values())})


def _write_problem(path: Path, exc: sqlite3.Error) -> str:
    code = getattr(exc, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_FULL:
        reason = "the disk is full"
    elif code is not None and code & 0xFF == sqlite3.SQLITE_READONLY:
        reason = "the database is read-only"
    elif code is not None and code & 0xFF == sqlite3.SQLITE_BUSY:
        reason = "another program keeps the database busy; try again"
    else:
        reason = str(exc)
    return f"could not save to {path}: {reason}"


# --- backups ---------------------------------------------------------------------------------


def backup_folder(path: Path) -> Path:
    return path.parent / BACKUP_FOLDER


def _backup(conn: sqlite3.Connection, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{target.name}.tmp")
    temp.unlink(missing_ok=True)
    dest = sqlite3.connect(temp)
    try:
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    os.replace(temp, target)


def backups(path: Path) -> list[Path]:
    """The backups of the database ``path``, newest first (daily and before-restore copies)."""
    folder = backup_folder(path)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{BACKUP_PREFIX}*.sqlite") if p.is_file()]
    return sorted(found, key=lambda p: (p.stat().st_mtime_ns, p.name), reverse=True)


def latest_backup(path: Path) -> Path | None:
    found = backups(path)
    return found[0] if found else None


def make_daily_backup(
    path: Path, today: date | None = None, keep: int = KEEP_BACKUPS
) -> Path | None:
    """Copy the database to ``backups/library-<date>.sqlite`` unless today's copy exists.

    Opens its own connection (so it may run in a worker thread); keeps the newest ``keep``
    daily copies. Returns the new copy, or None when there was nothing to do.
    """
    day = (today or date.today()).isoformat()
    target = backup_folder(path) / f"{BACKUP_PREFIX}{day}.sqlite"
    if target.exists() or not path.exists():
        return None
    try:
        conn = _connect(path, read_only=True)
        try:
            _backup(conn, target)
        finally:
            conn.close()
    except (sqlite3.Error, OSError) as exc:
        log.warning("could not back up %s: %s", path, exc)
        return None
    daily = sorted(
        p for p in backup_folder(path).glob(f"{BACKUP_PREFIX}????-??-??.sqlite") if p.is_file()
    )
    for old in daily[:-keep] if keep > 0 else daily:
        with contextlib.suppress(OSError):
            old.unlink()
    return target
