"""List the data texts a translation lacks or has out of date (empty output: none).

    python scripts/translation_gaps.py [--source DIR] [--language sr-Latn]

Reads the source JSON (every call year's catalogue and unit costs, the countries, readiness
steps, glossary and cities) and their overlays X.<language>.json; prints one line per text that has
no translation, or whose translation was made from an English text that has changed since.
Exit status 1 when there is any. tests/model/test_i18n.py keeps the list empty.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vetguide.model.packs import PACK_LANGUAGES, source_years  # noqa: E402
from vetguide.model.resources import source_parts, translation_gaps  # noqa: E402

SOURCE = ROOT / "vetguide" / "resources"


def gaps(source: Path, languages: list[str]) -> list[str]:
    found: list[str] = []
    for year in source_years(source):
        for language in languages:
            found += [
                f"{year} {language} {gap}"
                for gap in translation_gaps(source_parts(year, source), language)
            ]
    return list(dict.fromkeys(found))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--language", action="append", help="default: every pack language")
    args = parser.parse_args(argv)
    found = gaps(args.source, args.language or list(PACK_LANGUAGES))
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
