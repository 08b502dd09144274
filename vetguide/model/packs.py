"""Data packs: one file per call year holding everything the guide knows about that call.

A pack (``*.vgpack``, UTF-8 JSON) holds the catalogue (actions, criteria, deadlines,
activities, clusters, sources), the budget unit costs, the readiness steps, the glossary and
the country table of one call year, each with its translation overlays
(``<part>.<language>.json``, see :mod:`vetguide.model.resources`), plus ``schema_version``,
``call_year``, ``data_as_of`` and a ``content_hash`` (SHA-256 of the canonical JSON of
everything else). The bundled data is itself a set of packs, built by
``scripts/build_packs.py`` from the source JSON in ``vetguide/resources``; packs the user
installs live in ``<user data folder>/packs``.

For each call year the pack in use is the one with the newest ``data_as_of`` (an installed
pack wins a tie with the bundled one). :func:`registry` lists them; it is *the* list of call
years the guide knows. :func:`choose_call` picks the call to show for a date.

:func:`check_pack` refuses a pack with one message when anything is wrong: not a pack, a
newer ``schema_version``, a hash mismatch, a part that does not validate, missing or stale
translations, a criterion naming an unknown country or organisation type, or a fact
without a source. Installing and removing never leave a half-written file behind.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import ConfigDict, Field, ValidationError

from vetguide.languages import TRANSLATED_LANGUAGES
from vetguide.model import data_cache, files
from vetguide.model.base import Model
from vetguide.model.resources import (
    DataError,
    describe_validation_error,
    join_problems,
    parse_json_text,
    resource_path,
)

PACK_KIND = "vetguide-data-pack"
# 2: every translation is an overlay of {en, tr} per path (1: the older mixed formats).
PACK_SCHEMA_VERSION = 2
PACK_SUFFIX = ".vgpack"
MAX_PACK_BYTES = 20_000_000
# Source languages a pack carries translations for (sr-Cyrl is made from sr-Latn).
PACK_LANGUAGES = TRANSLATED_LANGUAGES
# The parts of a pack: name -> source file (without .json) in vetguide/resources.
_YEAR = "{year}"
PART_SOURCES = {
    "catalogue": f"catalogue/{_YEAR}",
    "budget": f"budget/{_YEAR}",
    "countries": "countries",
    "readiness": "readiness",
    "glossary": "glossary",
}
REQUIRED_PARTS = ("catalogue", "countries", "readiness", "glossary")
PACKS_ENV = "VETGUIDE_PACKS_DIR"  # another folder of installed packs (tests, portable use)


class PackError(Exception):
    """A pack cannot be used or installed; the message says why, in one line.

    ``key`` and ``values`` name the sentence in the ``packs`` section of the texts files:
    ``str(error)`` is the English one, :meth:`say` gives it in any language.
    """

    def __init__(self, key: str, **values: object) -> None:
        self.key = key
        self.values = values
        super().__init__(self.say("en"))

    def say(self, language: str) -> str:
        from vetguide.model.resources import load_texts

        return load_texts(language).packs[self.key].format(**self.values)


class PackFile(Model):
    """The outer shape of a pack file."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["vetguide-data-pack"]
    schema_version: int
    call_year: int = Field(ge=2021, le=2100)
    data_as_of: date
    languages: list[str]
    content_hash: str = Field(pattern=r"^sha256:[0-9a-f]{64}$")
    files: dict[str, Any]


@dataclass(frozen=True)
class PackInfo:
    """One pack as listed: where it is and what it holds."""

    call_year: int
    data_as_of: date
    content_hash: str
    path: Path
    bundled: bool
    in_use: bool = False

    @property
    def label(self) -> str:
        """'2026 data pack (data as of 2026-11-28, bundled)'."""
        origin = "bundled" if self.bundled else "installed"
        return f"{self.call_year} data pack (data as of {self.data_as_of}, {origin})"


# --- building -------------------------------------------------------------------------------


def _canonical(value: Any) -> bytes:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8", "surrogatepass")  # a lone surrogate only changes the hash


def content_hash(raw: dict[str, Any]) -> str:
    """The hash of a pack: everything but ``content_hash`` itself, as canonical JSON."""
    body = {k: v for k, v in raw.items() if k != "content_hash"}
    return "sha256:" + hashlib.sha256(_canonical(body)).hexdigest()


def source_years(source: Path) -> list[int]:
    """The call years with a catalogue file in a source folder (``catalogue/<year>.json``)."""
    found = (re.fullmatch(r"(\d{4})\.json", p.name) for p in (source / "catalogue").iterdir())
    return sorted(int(m.group(1)) for m in found if m)


def _read_source(path: Path) -> Any:
    try:
        return parse_json_text(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataError(str(path), str(exc)) from exc


def build_pack(source: Path, call_year: int) -> dict[str, Any]:
    """The pack of ``call_year`` made from the source JSON in ``source`` (checked)."""
    files: dict[str, Any] = {}
    for part, stem in PART_SOURCES.items():
        base = source / stem.format(year=call_year)
        for language in ("", *PACK_LANGUAGES):
            suffix = f".{language}.json" if language else ".json"
            path = base.parent / (base.name + suffix)
            if path.is_file():
                files[part + suffix] = _read_source(path)
    catalogue = files.get("catalogue.json")
    if not isinstance(catalogue, dict):
        raise DataError(str(source), f"no catalogue for {call_year}")
    raw: dict[str, Any] = {
        "kind": PACK_KIND,
        "schema_version": PACK_SCHEMA_VERSION,
        "call_year": call_year,
        "data_as_of": str(catalogue.get("data_as_of")),
        "languages": ["en", *PACK_LANGUAGES],
        "files": files,
    }
    raw["content_hash"] = content_hash(raw)
    check_pack(raw)
    return raw


def pack_text(raw: dict[str, Any]) -> str:
    """A pack as written to its file (stable, so a rebuild of the same data is identical)."""
    return json.dumps(raw, sort_keys=True, ensure_ascii=False, indent=1) + "\n"


def bundled_dir() -> Path:
    return resource_path("packs")


def pack_name(call_year: int) -> str:
    return f"{call_year}{PACK_SUFFIX}"


# --- checking -------------------------------------------------------------------------------


def _facts_without_source(node: Any, where: str) -> Iterator[str]:
    """Paths of objects that carry a ``verified`` mark but no source list, or that are marked
    verified with none. (An empty list on an unverified object is our own guidance, or a
    figure that was not found, and is shown as unverified.)"""
    if isinstance(node, dict):
        cited = node.get("sources") or node.get("source")
        listed = "sources" in node or "source" in node
        if "verified" in node and (not listed or (node["verified"] is True and not cited)):
            yield where or "(top level)"
        for key, value in node.items():
            yield from _facts_without_source(value, f"{where}.{key}" if where else str(key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            label = item.get("id") or item.get("code") if isinstance(item, dict) else None
            yield from _facts_without_source(item, f"{where}.{label or index}")


def _unknown_names(catalogue: dict[str, Any], countries: dict[str, Any]) -> list[str]:
    """Criteria that name a country, region or organisation type the pack does not know.

    Countries are named in ``countries`` lists (exclusions), regions in ``regions`` lists,
    organisation types in ``allowed``/``conditional`` of an ``organisation_type`` criterion
    and in ``types`` (partner groups, other fields)."""
    from vetguide.model.vocab import OrganisationType

    known: dict[str, set[Any]] = {
        "countries": {
            c.get("code") for c in countries.get("countries") or [] if isinstance(c, dict)
        },
        "regions": {r.get("number") for r in countries.get("regions") or [] if isinstance(r, dict)},
        "types": {t.value for t in OrganisationType},
    }
    labels = {"countries": "country", "regions": "region", "types": "organisation type"}
    problems: list[str] = []

    def check(where: str, node: Any, type_keys: tuple[str, ...]) -> None:
        if isinstance(node, list):
            for item in node:
                check(where, item, type_keys)
            return
        if not isinstance(node, dict):
            return
        for key, value in node.items():
            kind = "types" if key in type_keys else key
            if kind in known and isinstance(value, list):
                problems.extend(
                    f"{where}: unknown {labels[kind]} {item!r}"
                    for item in value
                    if isinstance(item, str | int) and item not in known[kind]
                )
            else:
                check(where, value, type_keys)

    for action in catalogue.get("actions") or []:
        if not isinstance(action, dict) or not isinstance(action.get("criteria"), list):
            continue
        for criterion in action["criteria"]:
            if isinstance(criterion, dict):
                is_types = criterion.get("kind") == "organisation_type"
                where = f"{action.get('code')} {criterion.get('id')}"
                check(
                    where,
                    criterion,
                    ("types", "allowed", "conditional") if is_types else ("types",),
                )
    return problems


def check_parts(files: dict[str, Any], languages: list[str]) -> list[str]:
    """Each part validated by its model in English and each of ``languages``, and the
    texts a language lacks or has out of date."""
    from vetguide.model import budget, glossary, readiness, resources

    def parts(name: str) -> tuple[Any, str] | None:
        return (copy.deepcopy(files[name]), name) if name in files else None

    problems: list[str] = []
    for language in ["en", *languages]:
        try:
            resources.catalogue_from(parts, language)
            resources.countries_from(parts, language)
            readiness.readiness_from(parts, language)
            glossary.glossary_from(parts, language)
            if "budget.json" in files:
                budget.budget_from(parts, language)
            if language == "en":
                continue
            gaps = resources.translation_gaps(parts, language)
        except DataError as exc:
            problems.append(f"{exc.path}: {exc.message}")
            continue
        problems += [f"{language} translation: {gap}" for gap in gaps]
    return problems


def _validate_parts(raw: PackFile) -> list[str]:
    """Each part validated by its model, and the translation gaps of each language."""
    problems: list[str] = []
    files = raw.files
    for part in REQUIRED_PARTS:
        if f"{part}.json" not in files:
            problems.append(f"{part}.json: missing")
    unknown = set(files) - {
        f"{part}{f'.{lang}' if lang else ''}.json"
        for part in PART_SOURCES
        for lang in ("", *raw.languages)
    }
    problems += [f"{name}: not a part of a data pack" for name in sorted(unknown)]
    if problems:
        return problems
    catalogue = files["catalogue.json"]
    if isinstance(catalogue, dict):
        if catalogue.get("call_year") != raw.call_year:
            problems.append(
                f"catalogue.json: call_year {catalogue.get('call_year')} is not the pack's "
                f"{raw.call_year}"
            )
        if str(catalogue.get("data_as_of")) != str(raw.data_as_of):
            problems.append("catalogue.json: data_as_of differs from the pack's")
    for name, part in files.items():
        problems += [
            f"{name} {where}: a fact without a source" for where in _facts_without_source(part, "")
        ]
    if isinstance(catalogue, dict) and isinstance(files["countries.json"], dict):
        problems += [
            f"catalogue.json {p}" for p in _unknown_names(catalogue, files["countries.json"])
        ]
    if problems:
        return problems
    problems += check_parts(files, [lang for lang in raw.languages if lang != "en"])
    return problems


def check_pack(raw: Any) -> PackFile:
    """``raw`` as a valid pack; :class:`PackError` naming the first problems otherwise."""
    if not isinstance(raw, dict) or raw.get("kind") != PACK_KIND:
        raise PackError("not_a_pack")
    version = raw.get("schema_version")
    if isinstance(version, int) and version > PACK_SCHEMA_VERSION:
        raise PackError("newer_format", version=version, supported=PACK_SCHEMA_VERSION)
    try:
        pack = PackFile.model_validate(raw)
    except ValidationError as exc:
        raise PackError("invalid", problems=describe_validation_error(exc)) from exc
    if pack.schema_version != PACK_SCHEMA_VERSION:
        raise PackError("unknown_format", version=pack.schema_version)
    if content_hash(raw) != pack.content_hash:
        raise PackError("hash_mismatch")
    missing = [lang for lang in ("en", *PACK_LANGUAGES) if lang not in pack.languages]
    if missing:
        raise PackError("no_translations", languages=", ".join(missing))
    try:
        problems = _validate_parts(pack)
    except (TypeError, AttributeError, KeyError, UnicodeError) as exc:  # a part of another shape
        raise PackError("invalid", problems=f"a part is not shaped as expected ({exc!r})") from exc
    if problems:
        raise PackError("problems", year=pack.call_year, problems=join_problems(problems))
    return pack


def read_pack(path: Path) -> PackFile:
    """Read and check a pack file; :class:`PackError` with the reason if it is not usable."""
    return _read_pack(path)[1]


def _read_pack(path: Path) -> tuple[dict[str, Any], PackFile]:
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            # A device or a pipe has no size to check and may never end (/dev/zero, a FIFO).
            raise PackError("unreadable", name=path.name, reason="it is not a regular file")
        if status.st_size > MAX_PACK_BYTES:
            raise PackError("too_large", name=path.name, size=status.st_size)
        text = files.read_text(path, limit=MAX_PACK_BYTES)  # stops there if it grew meanwhile
    except UnicodeDecodeError as exc:
        raise PackError("not_utf8", name=path.name) from exc
    except OSError as exc:
        raise PackError("unreadable", name=path.name, reason=exc.strerror or exc) from exc
    try:
        raw = parse_json_text(text)
    except ValueError as exc:
        raise PackError("not_json", name=path.name, reason=exc) from exc
    return raw, check_pack(raw)


# --- the packs in use -----------------------------------------------------------------------


def installed_dir() -> Path:
    override = os.environ.get(PACKS_ENV)
    if override:
        return Path(override)
    from vetguide.paths import data_dir

    return data_dir() / "packs"


def _examine(path: Path, bundled: bool) -> PackInfo | str:
    """The header of a pack file, or why it cannot be used. An installed pack was checked in
    full when it was installed; here its hash is checked again. A bundled pack that cannot be
    used is a broken installation: that raises."""
    try:
        raw = _bundled_header(path) if bundled else _parsed(path, path.stat().st_mtime_ns)
        pack = PackFile.model_validate(raw)
        if not bundled and (
            pack.schema_version != PACK_SCHEMA_VERSION or content_hash(raw) != pack.content_hash
        ):
            raise PackError("changed", name=path.name)
    except (OSError, ValueError, PackError) as exc:
        if bundled:
            raise
        import logging

        logging.getLogger(__name__).warning("ignoring the unusable data pack %s: %s", path, exc)
        return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return PackInfo(pack.call_year, pack.data_as_of, pack.content_hash, path, bundled)


def _bundled_header(path: Path) -> dict[str, Any]:
    """A bundled pack's header (all but its ``files``), from the user's cache folder while
    the file's size and time are unchanged: a start then does not read the whole pack. (A
    bundled pack was checked when it was built; its parts are read only on a cache miss.)"""
    status = path.stat()

    def read() -> dict[str, Any]:
        raw = _parsed(path, status.st_mtime_ns)
        if not isinstance(raw, dict):
            raise PackError("not_a_pack")
        return {key: value for key, value in raw.items() if key != "files"} | {"files": {}}

    source = f"{path.resolve()}:{status.st_size}:{status.st_mtime_ns}"
    return data_cache.cached(f"pack-header-{path.name}", source, dict, read)


def _header(path: Path, bundled: bool) -> PackInfo | None:
    found = _examine(path, bundled)
    return found if isinstance(found, PackInfo) else None


def ignored_packs() -> list[tuple[Path, str]]:
    """Installed pack files that are not used, with why (changed since installed, damaged, an
    older pack format): ``vetguide data list`` shows them, ``data remove YEAR`` deletes them."""
    folder = installed_dir()
    if not folder.is_dir():
        return []
    found = [(path, _examine(path, False)) for path in sorted(folder.glob(f"*{PACK_SUFFIX}"))]
    return [(path, why) for path, why in found if isinstance(why, str)]


@cache
def _registry(installed: Path) -> tuple[PackInfo, ...]:
    found: list[PackInfo] = []
    for folder, bundled in ((bundled_dir(), True), (installed, False)):
        if folder.is_dir():
            for path in sorted(folder.glob(f"*{PACK_SUFFIX}")):
                info = _header(path, bundled)
                if info is not None:
                    found.append(info)
    best: dict[int, PackInfo] = {}
    for info in found:  # bundled first: an installed pack wins a tie
        current = best.get(info.call_year)
        if current is None or info.data_as_of >= current.data_as_of:
            best[info.call_year] = info
    in_use = set(best.values())
    return tuple(
        PackInfo(i.call_year, i.data_as_of, i.content_hash, i.path, i.bundled, i in in_use)
        for i in sorted(found, key=lambda i: (i.call_year, not i.bundled))
    )


def registry() -> tuple[PackInfo, ...]:
    """Every bundled and installed pack, by call year (``in_use`` marks the one used)."""
    return _registry(installed_dir())


def refresh() -> None:
    """Forget what was read, after packs were installed or removed."""
    _registry.cache_clear()
    _parsed.cache_clear()


def call_years() -> list[int]:
    """The call years the packs cover, oldest first."""
    years = sorted({info.call_year for info in registry()})
    if not years:
        raise DataError(str(bundled_dir()), "holds no data pack (run scripts/build_packs.py)")
    return years


def pack_in_use(call_year: int) -> PackInfo:
    for info in registry():
        if info.call_year == call_year and info.in_use:
            return info
    raise DataError(
        str(call_year),
        f"there is no data for the {call_year} call (available: "
        f"{', '.join(map(str, call_years()))})",
    )


@cache
def _parsed(path: Path, mtime_ns: int) -> Any:
    """A pack file's JSON, read once per version of the file."""
    return parse_json_text(path.read_text(encoding="utf-8"))


def _pack_files(path: Path, digest: str) -> dict[str, Any]:
    files: dict[str, Any] = _parsed(path, path.stat().st_mtime_ns)["files"]
    return files


def pack_part(call_year: int, name: str) -> tuple[Any, str] | None:
    """A copy of the part ``name`` (``catalogue.json``…) of the pack in use for ``call_year``,
    and a label for messages; None when the pack has no such part."""
    info = pack_in_use(call_year)
    try:
        files = _pack_files(info.path, info.content_hash)
    except (OSError, ValueError) as exc:
        raise DataError(str(info.path), f"cannot be read ({exc})") from exc
    if name not in files:
        return None
    return copy.deepcopy(files[name]), f"{info.path.name}:{name}"


def pack_key(call_year: int) -> str:
    """Changes whenever the pack in use for ``call_year`` changes (for caches)."""
    return pack_in_use(call_year).content_hash


# --- choosing the call ----------------------------------------------------------------------


@dataclass(frozen=True)
class CallChoice:
    call_year: int
    all_past: bool  # True: every known call's deadlines are past; the newest is shown


def choose_call(today: date) -> CallChoice:
    """The newest call year whose deadlines are not all past, else the newest one."""
    from vetguide.model.deadlines import all_passed
    from vetguide.model.resources import load_catalogue

    years = call_years()
    for year in reversed(years):
        if not all_passed(load_catalogue(year), today):
            return CallChoice(year, False)
    return CallChoice(years[-1], True)


# --- installing and removing ----------------------------------------------------------------


@dataclass(frozen=True)
class Installed:
    info: PackInfo
    replaced: PackInfo | None


def install_pack(path: Path) -> Installed:
    """Check the pack at ``path`` and install it; :class:`PackError` and nothing changed if
    it is refused (bad pack, or older than the data in use for its call year)."""
    from vetguide.model.storage import atomic_write_text

    raw, pack = _read_pack(path)
    current = next((i for i in registry() if i.call_year == pack.call_year and i.in_use), None)
    if current is not None and current.content_hash == pack.content_hash:
        raise PackError("already_in_use", year=pack.call_year)
    if current is not None and current.data_as_of > pack.data_as_of:
        raise PackError(
            "older", date=pack.data_as_of, year=pack.call_year, current=current.data_as_of
        )
    previous = next(
        (i for i in registry() if i.call_year == pack.call_year and not i.bundled), None
    )
    folder = installed_dir()
    target = folder / pack_name(pack.call_year)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write_text(target, pack_text(raw))
    except OSError as exc:
        raise PackError("cannot_write", path=target, reason=exc.strerror or exc) from exc
    refresh()
    return Installed(pack_in_use(pack.call_year), previous)


def remove_pack(call_year: int) -> list[Path]:
    """Remove the installed pack of ``call_year`` (and an unusable file of that year); the
    bundled one (if any) is used again. Returns the files removed."""
    found = [i for i in registry() if i.call_year == call_year and not i.bundled]
    # An installed file of that year that cannot be used (damaged, changed) goes too.
    unusable = [path for path, _ in ignored_packs() if path.name.startswith(f"{call_year}")]
    if not found and not unusable:
        raise PackError("none_installed", year=call_year)
    try:
        for path in [*(i.path for i in found), *unusable]:
            path.unlink()
    except OSError as exc:
        raise PackError("cannot_remove", path=path, reason=exc.strerror or exc) from exc
    refresh()
    return [*(i.path for i in found), *unusable]
