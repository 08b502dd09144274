"""Convert translated data to the one overlay format; safe to run again at any time.

    python scripts/convert_translations.py [--source DIR]

vetguide keeps every data part in English (catalogue/<year>.json, countries.json,
budget/<year>.json, readiness.json, glossary.json) and each translation beside it as an
overlay X.<language>.json: {"schema_version": 1, "language", "translations": {path:
{"en": English, "tr": translation}}} (see vetguide/model/resources.py). Older files
translated in five other ways; this script finds any of them and rewrites it:

- catalogue overlays keyed by "catalogue" and per action code;
- the countries overlay with "regions" and "countries" sections;
- an inline "translations" section of the unit-cost data;
- readiness steps' "translations" and "guidance_note_translations" (no English kept);
- glossary terms and explanations as {"en": …, "sr-Latn": …} pairs;
- a ``name_sr`` field beside each city's name (cities.json).

A file already in the new format is left as it is; translations found in both are merged
(the old-format one wins, as it is the one just added by someone). Run
`python scripts/translation_gaps.py` afterwards, then `python scripts/build_packs.py`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vetguide.model.resources import (  # noqa: E402
    Translation,
    apply_translations,
    part_texts,
)

LANGUAGES = ("sr-Latn",)
MARK = "\x00"  # marks a translated string while converting


def _read(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _write(path: Path, raw: Any) -> None:
    path.write_text(json.dumps(raw, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {path}")


def _marked(text: str) -> str:
    return MARK + text


def _collect(english: Any, translated: Any, part: str) -> dict[str, dict[str, str]]:
    """{path: {en, tr}} for every text of ``english`` that ``translated`` holds marked."""
    found: dict[str, dict[str, str]] = {}
    old = part_texts(translated, part)
    for path, text in part_texts(english, part).items():
        value = old.get(path)
        if value is not None and value.startswith(MARK):
            found[path] = {"en": text, "tr": value[len(MARK) :]}
    return found


def _overlay(language: str, found: dict[str, dict[str, str]], existing: Path) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    if existing.is_file():
        current = _read(existing)
        if isinstance(current, dict) and "translations" in current:
            merged.update(current["translations"])
    merged.update(found)
    return {"schema_version": 1, "language": language, "translations": merged}


def _copy(raw: Any) -> Any:
    return json.loads(json.dumps(raw))


# --- the old formats ----------------------------------------------------------------------------


def convert_catalogue(source: Path) -> None:
    for path in sorted((source / "catalogue").glob("*.*.json")):
        old = _read(path)
        if "actions" not in old or "translations" in old:
            continue
        year = re.match(r"(\d{4})\.", path.name)
        english = _read(source / "catalogue" / f"{year.group(1)}.json")  # type: ignore[union-attr]
        translated = _copy(english)
        items = {k: Translation(**v) for k, v in old.get("catalogue", {}).items()}
        apply_translations(translated, items, _marked)
        for action in translated.get("actions", []):
            mine = old["actions"].get(action.get("code"), {})
            apply_translations(action, {k: Translation(**v) for k, v in mine.items()}, _marked)
        found = _collect(english, translated, "catalogue")
        language = old.get("language", path.name.split(".")[1])
        path.unlink()
        _write(path, _overlay(language, found, path))


def convert_countries(source: Path) -> None:
    english = _read(source / "countries.json")
    for language in LANGUAGES:
        path = source / f"countries.{language}.json"
        if not path.is_file():
            continue
        old = _read(path)
        if "translations" in old:
            continue
        translated = _copy(english)
        for region in translated.get("regions", []):
            item = old.get("regions", {}).get(str(region.get("number")), {})
            for field in ("name", "note"):
                if field in item and region.get(field) == item[field]["en"]:
                    region[field] = _marked(item[field]["tr"])
        for country in translated.get("countries", []):
            item = old.get("countries", {}).get(country.get("code"))
            if item and country.get("name") == item["en"]:
                country["name"] = _marked(item["tr"])
        path.unlink()
        _write(path, _overlay(language, _collect(english, translated, "countries"), path))


def convert_budget(source: Path) -> None:
    for path in sorted((source / "budget").glob("[0-9][0-9][0-9][0-9].json")):
        raw = _read(path)
        if "translations" not in raw:
            continue
        inline = raw.pop("translations")
        for language, items in inline.items():
            translated = _copy(raw)
            apply_translations(translated, {k: Translation(**v) for k, v in items.items()}, _marked)
            target = path.with_name(f"{path.stem}.{language}.json")
            _write(target, _overlay(language, _collect(raw, translated, "budget"), target))
        text = path.read_text(encoding="utf-8")
        # Drop the section in place, keeping the file's own layout.
        start = text.index('  "translations": {')
        head = text[:start].rstrip().rstrip(",")
        path.write_text(head + "\n}\n", encoding="utf-8")
        print(f"wrote {path}")


def convert_readiness(source: Path) -> None:
    path = source / "readiness.json"
    raw = _read(path)
    if "guidance_note_translations" not in raw and not any(
        "translations" in step for step in raw.get("steps", [])
    ):
        return
    english = _copy(raw)
    english.pop("languages", None)
    english.pop("guidance_note_translations", None)
    english.pop("source_title_translations", None)
    for step in english["steps"]:
        step.pop("translations", None)
    for language in {*raw.get("languages", []), *LANGUAGES}:
        translated = _copy(english)
        note = raw.get("guidance_note_translations", {}).get(language)
        if note:
            translated["guidance_note"] = _marked(note)
        titles = raw.get("source_title_translations", {}).get(language, {})
        for key, title in titles.items():
            if key in translated.get("sources", {}):
                translated["sources"][key]["title"] = _marked(title)
        for step, old in zip(translated["steps"], raw["steps"], strict=True):
            for field, text in old.get("translations", {}).get(language, {}).items():
                if text is not None and field in step:
                    step[field] = _marked(text)
        target = source / f"readiness.{language}.json"
        _write(target, _overlay(language, _collect(english, translated, "readiness"), target))
    _write(path, english)


def convert_glossary(source: Path) -> None:
    path = source / "glossary.json"
    raw = _read(path)
    entries = raw.get("entries", [])
    if not any(isinstance(e.get("term"), dict) for e in entries):
        return
    english = _copy(raw)
    english.pop("languages", None)
    for entry in english["entries"]:
        entry["term"] = entry["term"]["en"]
        entry["explanation"] = entry["explanation"]["en"]
    for language in LANGUAGES:
        translated = _copy(english)
        for entry, old in zip(translated["entries"], entries, strict=True):
            for field in ("term", "explanation"):
                if old[field].get(language):
                    entry[field] = _marked(old[field][language])
        target = source / f"glossary.{language}.json"
        _write(target, _overlay(language, _collect(english, translated, "glossary"), target))
    _write(path, english)


def convert_cities(source: Path) -> None:
    """Serbian city names (``name_sr``) move to ``cities.sr-Latn.json`` (by GeoNames id)."""
    path = source / "cities.json"
    if not path.is_file():
        return
    raw = _read(path)
    if not any("name_sr" in city for city in raw.get("cities", [])):
        return
    translated = _copy(raw)
    for city in translated["cities"]:
        if city.get("name_sr"):
            city["name"] = _marked(city.pop("name_sr"))
    english = _copy(raw)
    for city in english["cities"]:
        city.pop("name_sr", None)
    target = source / "cities.sr-Latn.json"
    _write(target, _overlay("sr-Latn", _collect(english, translated, "cities"), target))
    # One city per line, as the file is laid out: drop the field in place.
    text = re.sub(r'"name_sr": "[^"]*", ', "", path.read_text(encoding="utf-8"))
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, default=ROOT / "vetguide" / "resources")
    args = parser.parse_args(argv)
    for convert in (
        convert_catalogue,
        convert_countries,
        convert_budget,
        convert_readiness,
        convert_glossary,
        convert_cities,
    ):
        convert(args.source)
    return 0


if __name__ == "__main__":
    sys.exit(main())
