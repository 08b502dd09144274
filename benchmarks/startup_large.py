"""Loading and saving a large library with the model, next to an empty one.

    python benchmarks/startup_large.py [--runs 5] [--items 1000] [--note-kb 100]

The large library holds ``--items`` actions (in shortlists of 50) with a note of
``--note-kb`` KB each, in a temporary data folder. For each library the script prints the
file size and the median time of: ``load_or_default`` (read, parse, validate, as at
start-up), ``save_model`` (the plain atomic save), and ``save_library`` (the save the window
uses between two vetguide windows: it also reads the file on disk back and compares its
SHA-256 with the version loaded). The start-up with the main window comes later.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from vetguide.model import storage
from vetguide.model.shortlist import ItemStatus, Library, Shortlist, ShortlistItem

PER_SHORTLIST = 50


def large_library(items: int, note_chars: int) -> Library:
    line = "Ask the partner in Valencia about dates; budget for 10 learners. Šabac — Ђаци. "
    note = (line * (note_chars // len(line) + 1))[:note_chars]
    statuses = list(ItemStatus)
    shortlists = []
    for start in range(0, items, PER_SHORTLIST):
        count = min(PER_SHORTLIST, items - start)
        shortlists.append(
            Shortlist(
                name=f"Shortlist {start // PER_SHORTLIST + 1}",
                items=[
                    ShortlistItem(
                        code=f"KA{start + n:05d}-VET",
                        note=note,
                        status=statuses[(start + n) % len(statuses)],
                        added=date(2026, 1, 1),
                    )
                    for n in range(count)
                ],
            )
        )
    return Library(shortlists=shortlists)


def median_time(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(name: str, library: Library, folder: Path, runs: int) -> None:
    path = folder / f"{name}.json"
    storage.save_model(path, library)
    size = path.stat().st_size
    load = median_time(lambda: storage.load_or_default(path, Library), runs)
    save = median_time(lambda: storage.save_model(path, library), runs)
    stamp = storage.load_library(path).stamp

    def save_checked() -> None:
        nonlocal stamp
        stamp = storage.save_library(library, stamp, path)

    checked = median_time(save_checked, runs)
    items = sum(len(s.items) for s in library.shortlists)
    print(
        f"{name:>6}: {items:>5} items, {size / 1e6:7.1f} MB | load {load * 1000:8.1f} ms | "
        f"save {save * 1000:8.1f} ms | save_library {checked * 1000:8.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--note-kb", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ[storage.DATA_DIR_ENV] = tmp
        print(f"median of {args.runs} runs, Python {sys.version.split()[0]}, data in {tmp}")
        measure("empty", Library(), Path(tmp), args.runs)
        measure("large", large_library(args.items, args.note_kb * 1000), Path(tmp), args.runs)


if __name__ == "__main__":
    main()
