"""The user's files on disk: JSON files written atomically, and shared shortlist files.

A file whose content cannot be parsed or validated is never overwritten: it is moved aside
with a timestamp, and the caller is told where the copy is. A file that cannot be *read*
(permissions, a folder in its place) or that a newer vetguide wrote is left where it is and
reported with :class:`StorageError`.

The library itself lives in a SQLite database (:mod:`vetguide.model.library_db`);
``library.json``, the library of earlier versions, is only read once, to carry it over.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from vetguide.model import files
from vetguide.model.files import atomic_write_text as atomic_write_text  # re-exported
from vetguide.model.files import write_replace as _write_replace
from vetguide.model.resources import describe_validation_error, parse_json_text
from vetguide.model.shortlist import Shortlist, ShortlistFile
from vetguide.paths import DATA_DIR_ENV as DATA_DIR_ENV  # re-exported for callers
from vetguide.paths import data_dir as data_dir

LIBRARY_FILE = "library.json"

M = TypeVar("M", bound=BaseModel)

log = logging.getLogger(__name__)


class StorageError(Exception):
    """Reading or writing user data failed; the message says what and where."""


class NewerFileError(StorageError):
    """The file was written by a newer vetguide (a higher ``schema_version``); left as it is."""


class _NewerVersion(ValueError):
    pass


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


def _read(path: Path) -> bytes | None:
    """The bytes of ``path``; None if there is no such file."""
    try:
        with path.open("rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("cannot read %s: %s", path, exc)
        raise StorageError(f"{path} cannot be read ({exc.strerror or exc})") from exc
    return data


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
    data = _read(path)
    if data is None:
        return Loaded(model())
    try:
        return Loaded(parse_model(model, data.decode("utf-8")))
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
    """Where earlier versions kept the library (read once, by the move to the database)."""
    return data_dir() / LIBRARY_FILE


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
