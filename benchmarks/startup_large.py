"""A large library next to an empty one: loading and saving, the app's start-up, the PDF memo.

    python benchmarks/startup_large.py [--runs 5] [--items 1000] [--note-kb 100]
                                       [--export-items 100] [--skip-export]

The large library holds one shortlist of ``--items`` actions (the catalogue's codes in turn)
with a note of ``--note-kb`` KB each, in a temporary data folder. The script prints:

1. **Storage**, for each library: the file size and the median time of ``load_or_default``
   (read, parse, validate, as at start-up), ``save_model`` (the plain atomic save) and
   ``save_library`` (the save between two vetguide windows: it also reads the file on disk
   back and compares its SHA-256 with the version loaded).
2. **Start-up of the real app** (``vetguide.ui.app.run_app`` in a fresh interpreter, measured
   as ``benchmarks/startup.py`` does) on the empty and on the large library: *window shown*
   (first frame painted), *ready* (the ``loaded`` signal: catalogue, texts and shortlists
   loaded, panes filled, the large shortlist selected in its table) and *painted* (the whole
   window painted once more after that, table rows included). Between *shown* and *ready*
   the window does not answer input.
3. **The PDF memo** of the first ``--export-items`` items of the large shortlist (all of
   them with ``--export-items 0``), written by ``ExportJob`` in its worker thread as the
   window does: seconds, pages, pages per second, the longest pause of the UI thread's
   event loop meanwhile (a 10 ms timer ticking in it), and the peak memory of the process
   (a fresh one; the notes are one shared string there, so it is mostly the export's).
   The whole 1,000-item memo of 100 KB notes is some 42,000 pages and takes about seven
   minutes, so the default is a clearly labelled 100-item memo.

It asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from startup import VETGUIDE  # noqa: E402  (benchmarks/startup.py)

from vetguide.model import storage  # noqa: E402
from vetguide.model.shortlist import ItemStatus, Library, Shortlist, ShortlistItem  # noqa: E402

TODAY = date(2026, 1, 20)
NOTE_LINE = "Ask the partner in Valencia about dates; budget for 10 learners. Šabac — Ђаци.\n"

# The app's start-up, with one more probe: the whole window painted once after "ready".
VETGUIDE_PAINTED = VETGUIDE.replace(
    '    window.loaded.connect(_report("ready", quit_after=True))\n',
    "    def ready():\n"
    '        _report("ready")()\n'
    "        from PySide6.QtCore import QTimer\n"
    '        QTimer.singleShot(0, lambda: (window.repaint(), _report("painted", True)()))\n'
    "    window.loaded.connect(ready)\n",
)
assert VETGUIDE_PAINTED != VETGUIDE, "benchmarks/startup.py changed: update the probe"
LABELS = ("shown", "ready", "painted")


def run_once(code: str, data_dir: str) -> dict[str, float]:
    """One start in a fresh interpreter, as in benchmarks/startup.py (with the third probe)."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["VETGUIDE_DATA_DIR"] = data_dir
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(data_dir).parent / "pycache")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["STARTUP_T0"] = repr(time.time())
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise SystemExit(f"the measured program failed:\n{done.stderr}")
    figures = {}
    for line in done.stdout.splitlines():
        label, _, value = line.partition(" ")
        if label in LABELS:
            figures[label] = float(value)
    if set(figures) != set(LABELS):
        raise SystemExit(f"the measured program printed no time:\n{done.stdout}{done.stderr}")
    return figures


def large_library(items: int, note_chars: int) -> Library:
    from vetguide.model.resources import load_catalogue

    codes = [action.code for action in load_catalogue().actions]
    note = (NOTE_LINE * (note_chars // len(NOTE_LINE) + 1))[:note_chars]
    statuses = list(ItemStatus)
    shortlist = Shortlist(
        name=f"All {items} ideas",
        items=[
            ShortlistItem(
                code=codes[n % len(codes)],
                note=note,
                status=statuses[n % len(statuses)],
                added=date(2026, 1, 1),
            )
            for n in range(items)
        ],
    )
    return Library(shortlists=[shortlist])


def median_time(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure_storage(name: str, library: Library, folder: Path, runs: int) -> None:
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


def measure_startup(libraries: dict[str, Library], runs: int) -> None:
    """Median start-up of the real app on each library, runs alternating between them."""
    with tempfile.TemporaryDirectory(prefix="vetguide-startup-") as tmp:
        folders = {}
        for name, library in libraries.items():
            folder = Path(tmp) / name
            folder.mkdir()
            storage.save_model(folder / storage.LIBRARY_FILE, library)
            folders[name] = str(folder)
        for folder in folders.values():  # warm-up: disk cache, .pyc files, settings.ini
            run_once(VETGUIDE_PAINTED, folder)
        results: dict[str, list[dict[str, float]]] = {name: [] for name in folders}
        for _ in range(runs):
            for name, folder in folders.items():
                results[name].append(run_once(VETGUIDE_PAINTED, folder))
    for label, key in (("window shown", "shown"), ("ready", "ready"), ("painted", "painted")):
        cells = []
        for name in folders:
            values = [r[key] for r in results[name]]
            cells.append(f"{name} {statistics.median(values) * 1000:7.0f} ms")
        print(f"  {label:<14}" + " | ".join(cells))
    for name in folders:
        frozen = statistics.median(r["ready"] - r["shown"] for r in results[name])
        print(f"  {name}: window busy between shown and ready {frozen * 1000:.0f} ms")


def measure_export(items: int, note_kb: int, export_items: int) -> None:
    """The memo, measured in a fresh interpreter: its peak memory is the export's own."""
    done = subprocess.run(
        [
            sys.executable,
            __file__,
            "--export-child",
            f"--items={items}",
            f"--note-kb={note_kb}",
            f"--export-items={export_items}",
        ],
        capture_output=True,
        text=True,
    )
    print(done.stdout.rstrip() or f"  the export failed:\n{done.stderr}")


def peak_memory_mb() -> float:
    """This process's peak resident memory (VmHWM: ru_maxrss keeps the parent's after exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def export_child(library: Library, items: int) -> None:
    """Write the memo of the first ``items`` items with ExportJob, as the window does."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pypdf import PdfReader
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from vetguide.model.resources import load_catalogue
    from vetguide.ui.export_worker import ExportJob

    app = QApplication(sys.argv[:1])
    whole = library.shortlists[0]
    shortlist = whole.model_copy(update={"items": whole.items[: items or None]})
    catalogue = load_catalogue()
    with tempfile.TemporaryDirectory(prefix="vetguide-memo-") as tmp:
        target = Path(tmp) / "memo.pdf"
        job = ExportJob(shortlist, catalogue, target, today=TODAY)
        pauses: list[float] = []
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            pauses.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(tick)
        loop = QEventLoop()
        outcome: list[str] = []
        job.finished.connect(lambda path: (outcome.append("written"), loop.quit()))
        job.failed.connect(lambda message: (outcome.append(message), loop.quit()))
        start = time.perf_counter()
        timer.start()
        job.start()
        loop.exec()
        seconds = time.perf_counter() - start
        timer.stop()
        if outcome != ["written"]:
            print(f"  export failed: {outcome}")
            return
        pages = len(PdfReader(target).pages)
        size = target.stat().st_size
    peak = peak_memory_mb()
    note_kb = len(shortlist.items[0].note) / 1000 if shortlist.items else 0
    print(
        f"  memo of {len(shortlist.items)} items x {note_kb:.0f} KB notes: {seconds:.1f} s, "
        f"{pages} pages ({size / 1e6:.0f} MB), {pages / seconds:.0f} pages/s"
    )
    print(
        f"  UI thread during the export: longest pause {max(pauses) * 1000:.0f} ms, "
        f"{sum(p > 0.1 for p in pauses)} pauses over 100 ms; peak memory {peak:.0f} MB"
    )
    del app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--note-kb", type=int, default=100)
    parser.add_argument(
        "--export-items", type=int, default=100, help="items in the memo; 0: all of them"
    )
    parser.add_argument("--skip-export", action="store_true")
    parser.add_argument("--export-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    large = large_library(args.items, args.note_kb * 1000)
    if args.export_child:
        export_child(large, args.export_items)
        return
    with tempfile.TemporaryDirectory() as tmp:
        os.environ[storage.DATA_DIR_ENV] = tmp
        print(f"median of {args.runs} runs, Python {sys.version.split()[0]}, data in {tmp}")
        print("Storage")
        measure_storage("empty", Library(), Path(tmp), args.runs)
        measure_storage("large", large, Path(tmp), args.runs)
    print(f"Start-up of the app (run_app), empty library | {args.items} items x {args.note_kb} KB")
    measure_startup({"empty": Library(), "large": large}, args.runs)
    if not args.skip_export:
        print("PDF memo, written in the worker thread (a fresh interpreter)")
        measure_export(args.items, args.note_kb, args.export_items)


if __name__ == "__main__":
    main()
