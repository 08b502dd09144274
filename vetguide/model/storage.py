"""The user's data on disk: one directory, JSON files written atomically.

A file that cannot be read or validated is never overwritten: it is moved aside with a
timestamp, and the caller is told where the copy is.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Generic, TypeVar

from platformdirs import user_data_path
from pydantic import BaseModel, ValidationError

from vetguide.model.resources import describe_validation_error
from vetguide.model.shortlist import Shortlist, ShortlistFile

DATA_DIR_ENV = "VETGUIDE_DATA_DIR"
LIBRARY_FILE = "library.json"

M = TypeVar("M", bound=BaseModel)


class StorageError(Exception):
    """Reading or writing user data failed; the message says what and where."""


def data_dir() -> Path:
    """The folder for user data: $VETGUIDE_DATA_DIR if set, else the platform's user data dir."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else user_data_path("vetguide", appauthor=False)


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` so that ``path`` holds either the old or the new content, never a part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def save_model(path: Path, model: BaseModel) -> None:
    try:
        atomic_write_text(path, model.model_dump_json(indent=2) + "\n")
    except OSError as exc:
        raise StorageError(f"could not save {path}: {exc.strerror or exc}") from exc


def parse_model(model: type[M], text: str) -> M:
    """Validate JSON text; raise ValueError with a readable message."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(
            f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise ValueError(describe_validation_error(exc)) from exc


@dataclass
class Loaded(Generic[M]):
    value: M
    moved_aside: Path | None = None
    problem: str | None = None


def _move_aside(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.damaged-{stamp}-{counter}{path.suffix}")
        counter += 1
    os.replace(path, target)
    return target


def load_or_default(path: Path, model: type[M]) -> Loaded[M]:
    """Load ``path``; a missing file gives the default; a damaged one is moved aside first."""
    if not path.exists():
        return Loaded(model())
    try:
        text = path.read_text(encoding="utf-8")
        return Loaded(parse_model(model, text))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        problem = str(exc)
    try:
        aside = _move_aside(path)
    except OSError as exc:
        raise StorageError(
            f"{path} is damaged ({problem}) and could not be moved aside: {exc}"
        ) from exc
    return Loaded(model(), moved_aside=aside, problem=problem)


def library_path() -> Path:
    return data_dir() / LIBRARY_FILE


def read_shortlist_file(path: Path) -> ShortlistFile:
    """Read a shared shortlist file; raise StorageError saying what is wrong. Changes nothing."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise StorageError(f"{path}: no such file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise StorageError(f"{path}: cannot be read ({exc})") from exc
    try:
        return parse_model(ShortlistFile, text)
    except ValueError as exc:
        raise StorageError(f"{path} is not a vetguide shortlist file: {exc}") from exc


def write_shortlist_file(path: Path, shortlist: Shortlist) -> None:
    save_model(path, ShortlistFile(shortlist=shortlist))
