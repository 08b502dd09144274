"""Data packs for tests: a copy of the repository's source data, a year added to it by moving
every date of the newest call on by whole years, and packs built from it by the build script's
own function."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date
from pathlib import Path
from typing import Any

from vetguide.model.packs import build_pack, content_hash, pack_name, pack_text
from vetguide.model.resources import resource_path

SOURCE = resource_path()
_DATE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_SOURCE_FILES = tuple(
    f"{name}{suffix}"
    for name in ("countries", "readiness", "glossary")
    for suffix in (".json", ".sr-Latn.json")
)


def source_copy(folder: Path) -> Path:
    """The source JSON of the repository (catalogue, budget, countries, readiness, glossary)."""
    folder.mkdir(parents=True, exist_ok=True)
    for sub in ("catalogue", "budget"):
        shutil.copytree(SOURCE / sub, folder / sub)
    for name in _SOURCE_FILES:
        shutil.copy(SOURCE / name, folder / name)
    return folder


def shifted(node: Any, years: int) -> Any:
    """``node`` with every ISO date (at the start of a string) and every ``call_year`` moved."""
    if isinstance(node, dict):
        return {
            k: v + years if k == "call_year" and isinstance(v, int) else shifted(v, years)
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [shifted(item, years) for item in node]
    if isinstance(node, str):
        return _DATE.sub(lambda m: _moved(m, years), node)
    return node


def _moved(match: re.Match[str], years: int) -> str:
    year, month, day = (int(part) for part in match.groups())
    day = min(day, 28) if month == 2 else day  # 29 February has no twin in most years
    return date(year + years, month, day).isoformat()


def add_year(source: Path, new_year: int, from_year: int = 2026) -> None:
    """Write ``<new_year>`` catalogue, overlay and unit costs: a copy of ``from_year``'s with
    its dates moved (the texts stay, so the translations still apply)."""
    years = new_year - from_year
    for sub in ("catalogue", "budget"):
        for suffix in (".json", ".sr-Latn.json"):
            path = source / sub / f"{from_year}{suffix}"
            raw = shifted(json.loads(path.read_text(encoding="utf-8")), years)
            target = source / sub / f"{new_year}{suffix}"
            target.write_text(json.dumps(raw, ensure_ascii=False, indent=2), encoding="utf-8")


def write_pack(folder: Path, raw: dict[str, Any], name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (name or pack_name(raw["call_year"]))
    path.write_text(pack_text(raw), encoding="utf-8")
    return path


def rehashed(raw: dict[str, Any]) -> dict[str, Any]:
    """``raw`` with a content hash that matches its (edited) contents."""
    raw = dict(raw)
    raw["content_hash"] = content_hash(raw)
    return raw


def pack_with_date(raw: dict[str, Any], data_as_of: str) -> dict[str, Any]:
    """A copy of a pack whose data is dated ``data_as_of`` (catalogue and pack header)."""
    copy = json.loads(json.dumps(raw))
    copy["data_as_of"] = data_as_of
    copy["files"]["catalogue.json"]["data_as_of"] = data_as_of
    return rehashed(copy)


def build(source: Path, year: int) -> dict[str, Any]:
    return build_pack(source, year)
