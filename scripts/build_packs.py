"""Build the data packs (one per call year) from the source JSON in vetguide/resources.

    python scripts/build_packs.py                      # rebuild the bundled packs
    python scripts/build_packs.py --check              # exit 1 if a bundled pack is out of date
    python scripts/build_packs.py --source DIR --out DIR [--year 2027]

A pack holds the call year's catalogue, unit costs (if any), readiness steps, glossary and
country table, with their translation overlays (see vetguide/model/packs.py). Every pack is
checked before it is written: a source file with a problem stops the build with a message.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vetguide.model.packs import (  # noqa: E402
    PackError,
    build_pack,
    pack_name,
    pack_text,
    source_years,
)
from vetguide.model.resources import DataError  # noqa: E402

SOURCE = ROOT / "vetguide" / "resources"
OUT = SOURCE / "packs"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, default=SOURCE, help="folder of source JSON")
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write packs to")
    parser.add_argument("--year", type=int, action="append", help="only this call year")
    parser.add_argument("--check", action="store_true", help="only compare with --out")
    args = parser.parse_args(argv)
    years = args.year or source_years(args.source)
    stale = []
    for year in years:
        try:
            text = pack_text(build_pack(args.source, year))
        except (DataError, PackError) as exc:
            print(f"build_packs: {year}: {exc}", file=sys.stderr)
            return 2
        target = args.out / pack_name(year)
        if args.check:
            if not target.is_file() or target.read_text(encoding="utf-8") != text:
                stale.append(str(target))
            continue
        args.out.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target} ({len(text.encode())} bytes)")
    if stale:
        print("out of date (run scripts/build_packs.py): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
