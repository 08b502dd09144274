"""The user's data on disk: one directory, JSON files written atomically.

A file whose content cannot be parsed or validated is never overwritten: it is moved aside
with a timestamp, and the caller is told where the copy is. A file that cannot be *read*
(permissions, a folder in its place) or that a newer vetguide wrote is left where it is and
reported with :class:`StorageError`.

Two vetguide windows may share one data folder. Every load and save of the library returns
a :class:`FileStamp` of the bytes on disk; :func:`save_library` refuses with
:class:`ConflictError` when the file is no longer the one this process last saw, and
:func:`sync_library` then merges both versions (see :mod:`vetguide.model.merge`) instead of
overwriting the other window's changes.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from vetguide.model import files
from vetguide.model.files import atomic_write_text as atomic_write_text  # re-exported
from vetguide.model.files import write_replace as _write_replace
from vetguide.model.merge import MergeResult, merge
from vetguide.model.resources import describe_validation_error, parse_json_text
from vetguide.model.shortlist import Library, Shortlist, ShortlistFile
from vetguide.paths import DATA_DIR_ENV as DATA_DIR_ENV  # re-exported for callers
from vetguide.paths import data_dir as data_dir

LIBRARY_FILE = "library.json"
SYNC_ATTEMPTS = 5

M = TypeVar("M", bound=BaseModel)

log = logging.getLogger(__name__)


class StorageError(Exception):
    """Reading or writing user data failed; the message says what and where."""


class NewerFileError(StorageError):
    """The file was written by a newer vetguide (a higher ``schema_version``); left as it is."""


class ConflictError(StorageError):
    """The library on disk changed since this process last read or wrote it; nothing written."""

    def __init__(self, path: Path, expected: FileStamp | None) -> None:
        super().__init__(
            f"{path} was changed by another vetguide window (or program) since this window "
            "last read it; it was not overwritten"
        )
        self.path = path
        self.expected = expected


class _NewerVersion(ValueError):
    pass


@dataclass(frozen=True)
class FileStamp:
    """What identifies one version of a file: size and SHA-256 of its bytes, and its mtime.

    Two stamps name the same version when size and digest are equal; the modification time
    is kept for messages and logs only (saving identical bytes is no conflict).
    """

    mtime_ns: int
    size: int
    sha256: str

    @classmethod
    def of(cls, data: bytes, stat: os.stat_result) -> FileStamp:
        return cls(stat.st_mtime_ns, len(data), hashlib.sha256(data).hexdigest())

    def same_version(self, other: FileStamp | None) -> bool:
        return other is not None and (self.size, self.sha256) == (other.size, other.sha256)


def _dump(model: BaseModel) -> bytes:
    return (model.model_dump_json(indent=2) + "\n").encode("utf-8")


def save_model(path: Path, model: BaseModel) -> None:
    try:
        _write_replace(path, _dump(model))
    except OSError as exc:
        log.warning("could not save %s: %s", path, exc)
        raise StorageError(f"could not save {path}: {exc.strerror or exc}") from exc


def _supported_schema(model: type[BaseModel]) -> int | None:
    found = model.model_fields.get("schema_version")
    default = found.default if found is not None else None
    return default if isinstance(default, int) and not isinstance(default, bool) else None


def _check_schema(model: type[BaseModel], raw: Any) -> None:
    supported = _supported_schema(model)
    version = raw.get("schema_version") if isinstance(raw, dict) else None
    if (
        supported is not None
        and isinstance(version, int)
        and not isinstance(version, bool)
        and version > supported
    ):
        raise _NewerVersion(
            f"it was written by a newer version of vetguide (schema_version {version}; this "
            f"version reads {supported}): update vetguide to open it"
        )


def parse_model(model: type[M], text: str) -> M:
    """Validate JSON text; raise ValueError with a readable one-line message."""
    raw = parse_json_text(text)
    _check_schema(model, raw)
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise ValueError(describe_validation_error(exc)) from exc
    except UnicodeError as exc:  # a validator's message quoting text that is not Unicode
        raise ValueError("it holds text that is not valid Unicode") from exc


@dataclass
class Loaded(Generic[M]):
    value: M
    moved_aside: Path | None = None
    problem: str | None = None
    stamp: FileStamp | None = field(default=None, compare=False)
    """The version read (None: there was no file, or it was moved aside)."""


def _read(path: Path) -> tuple[bytes, FileStamp] | None:
    """The bytes of ``path`` and their stamp; None if there is no such file."""
    try:
        with path.open("rb") as handle:
            stat = os.fstat(handle.fileno())
            data = handle.read()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("cannot read %s: %s", path, exc)
        raise StorageError(f"{path} cannot be read ({exc.strerror or exc})") from exc
    return data, FileStamp.of(data, stat)


def _free_name(path: Path, label: str) -> Path:
    """``<stem>.<label>-<date>-<time>[-n]<suffix>`` beside ``path``, not yet taken."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.{label}-{stamp}-{counter}{path.suffix}")
        counter += 1
    return target


def _move_aside(path: Path) -> Path:
    target = _free_name(path, "damaged")
    os.replace(path, target)
    return target


def load_or_default(path: Path, model: type[M]) -> Loaded[M]:
    """Load ``path``; a missing file gives the default; a damaged one is moved aside first.

    Raise :class:`StorageError` (and touch nothing) when the file cannot be read at all, and
    :class:`NewerFileError` when a newer vetguide wrote it.
    """
    found = _read(path)
    if found is None:
        return Loaded(model())
    data, stamp = found
    try:
        return Loaded(parse_model(model, data.decode("utf-8")), stamp=stamp)
    except _NewerVersion as exc:
        log.warning("%s: %s", path, exc)
        raise NewerFileError(f"{path}: {exc}") from exc
    except UnicodeDecodeError as exc:
        problem = f"not UTF-8 text ({exc.reason} at byte {exc.start})"
    except ValueError as exc:
        problem = str(exc)
    try:
        aside = _move_aside(path)
    except OSError as exc:
        log.warning("%s is damaged (%s) and could not be moved aside: %s", path, problem, exc)
        raise StorageError(
            f"{path} is damaged ({problem}) and could not be moved aside: {exc}"
        ) from exc
    log.warning("%s is damaged (%s); moved aside to %s", path, problem, aside)
    return Loaded(model(), moved_aside=aside, problem=problem)


def library_path() -> Path:
    return data_dir() / LIBRARY_FILE


# --- the library, shared between windows ----------------------------------------------------


def load_library(path: Path | None = None) -> Loaded[Library]:
    """The library (default: :func:`library_path`), with the stamp to pass to the next save."""
    return load_or_default(path or library_path(), Library)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``.<name>.lock`` beside ``path`` (POSIX; elsewhere a no-op).

    Only other vetguide processes honour it; it makes "check the version, then replace" one
    step for them. The lock goes with the process, so a crash leaves none behind.
    """
    try:
        import fcntl
    except ImportError:  # Windows: the check right before os.replace is all we do
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path.with_name(f".{path.name}.lock"), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError as exc:  # some network file systems have no locks: save unlocked
            log.warning("cannot lock %s (%s); saving without the lock", path, exc)
        yield
    finally:
        os.close(fd)  # releases the lock


def _current_version_is(path: Path, expected: FileStamp | None) -> bool:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return expected is None
    except OSError as exc:
        raise StorageError(f"{path} cannot be read ({exc.strerror or exc})") from exc
    if expected is None or stat.st_size != expected.size:
        return False
    found = _read(path)
    return found is not None and found[1].same_version(expected)


def library_changed(expected: FileStamp | None, path: Path | None = None) -> bool:
    """Whether the library on disk is no longer version ``expected`` (another window saved).

    Cheap when the size differs; otherwise it reads the file and compares its SHA-256.
    """
    return not _current_version_is(path or library_path(), expected)


def save_library(
    library: Library, expected: FileStamp | None, path: Path | None = None
) -> FileStamp:
    """Write the library if the file on disk is still version ``expected``; return the new stamp.

    ``expected`` is the stamp of the last :func:`load_library` / :func:`save_library` of this
    process (None: there was no file). Raise :class:`ConflictError` (writing nothing) when
    the file changed meanwhile, :class:`StorageError` when it cannot be written.
    """
    target = path or library_path()
    data = _dump(library)

    def check() -> None:
        if not _current_version_is(target, expected):
            raise ConflictError(target, expected)

    try:
        with _locked(target):
            stat = _write_replace(target, data, before_replace=check)
    except ConflictError:
        log.warning("%s changed on disk since it was last read here; not overwritten", target)
        raise
    except OSError as exc:
        log.warning("could not save %s: %s", target, exc)
        raise StorageError(f"could not save {target}: {exc.strerror or exc}") from exc
    return FileStamp.of(data, stat)


@dataclass
class Synced:
    """The outcome of :func:`sync_library`."""

    library: Library
    """What is now on disk: ours, or ours merged with the other window's version."""
    stamp: FileStamp
    """Pass it to the next save."""
    base: Library
    """A deep copy of ``library``: pass it as ``base`` to the next sync (never mutate it)."""
    merged: MergeResult | None = None
    """Set when another window's changes were merged in: ``merged.messages()`` says what."""
    moved_aside: Path | None = None
    """The other version was damaged and moved aside here (ours was written)."""
    kept_copy: Path | None = None
    """The merge could not keep everything of the other version: its file was copied here."""
    problem: str | None = None


def _keep_copy(path: Path, data: bytes) -> Path:
    target = _free_name(path, "conflict")
    _write_replace(target, data)
    return target


def sync_library(
    ours: Library,
    expected: FileStamp | None,
    base: Library | None,
    path: Path | None = None,
    *,
    language: str = "en",
) -> Synced:
    """Save ``ours``; if another window saved meanwhile, merge its version in and save that.

    ``expected`` and ``base`` are the stamp and (a deep copy of) the library this window last
    loaded or saved; ``base`` lets the merge tell who changed what (None: a two-way merge
    that deletes nothing). Nothing of the other version is lost silently: what the merge
    took from it is in ``merged``, and if it could not keep something the other file is
    copied to ``kept_copy`` first. A damaged file found on disk is moved aside, as at load.
    Raise :class:`StorageError` when writing fails, :class:`NewerFileError` when a newer
    vetguide wrote the file meanwhile. The merge's messages are in ``language``.
    """
    target = path or library_path()
    current, seen, ancestor = ours, expected, base
    merges: list[MergeResult] = []
    moved_aside: Path | None = None
    kept_copy: Path | None = None
    problem: str | None = None
    for _ in range(SYNC_ATTEMPTS):
        try:
            stamp = save_library(current, seen, target)
        except ConflictError:
            pass
        else:
            return Synced(
                library=current,
                stamp=stamp,
                base=current.model_copy(deep=True),
                merged=MergeResult.combine(merges) if merges else None,
                moved_aside=moved_aside,
                kept_copy=kept_copy,
                problem=problem,
            )
        found = _read(target)
        if found is None:  # deleted meanwhile: write what we have
            seen = None
            continue
        data, seen = found
        try:
            theirs = parse_model(Library, data.decode("utf-8"))
        except _NewerVersion as exc:
            log.warning("%s: %s", target, exc)
            raise NewerFileError(f"{target}: {exc}") from exc
        except ValueError as exc:  # includes UnicodeDecodeError
            problem = str(exc)
            try:
                moved_aside = _move_aside(target)
            except OSError as move_error:
                raise StorageError(
                    f"{target} is damaged ({problem}) and could not be moved aside: {move_error}"
                ) from move_error
            log.warning("%s is damaged (%s); moved aside to %s", target, problem, moved_aside)
            seen = None
            continue
        result = merge(current, theirs, ancestor, language=language)
        log.warning("%s was changed in another window; merged: %s", target, result.messages())
        if result.lossy and kept_copy is None:
            try:
                kept_copy = _keep_copy(target, data)
            except OSError as exc:
                raise StorageError(f"could not keep a copy of {target}: {exc}") from exc
        merges.append(result)
        # The next conflict, if any, is with a version made from the one just merged.
        current, ancestor = result.library, theirs
    raise StorageError(f"{target} keeps changing in another window; try saving again")


# --- shared shortlist files -----------------------------------------------------------------


def read_shortlist_file(path: Path) -> ShortlistFile:
    """Read a shared shortlist file; raise StorageError saying what is wrong. Changes nothing."""
    try:
        text = files.read_text(path)
    except FileNotFoundError as exc:
        raise StorageError(f"{path}: no such file") from exc
    except OSError as exc:
        raise StorageError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise StorageError(f"{path}: cannot be read (not UTF-8 text)") from exc
    try:
        shared = parse_model(ShortlistFile, text)
        return shared.model_copy(update={"shortlist": shared.shortlist.once_each()})
    except ValueError as exc:
        raise StorageError(f"{path} is not a vetguide shortlist file: {exc}") from exc


def write_shortlist_file(path: Path, shortlist: Shortlist) -> None:
    save_model(path, ShortlistFile(shortlist=shortlist))
