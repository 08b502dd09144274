"""A large library next to a small one: the database, the app's start-up, editing, the memo.

    python benchmarks/startup_large.py [--runs 5] [--items 1000] [--note-kb 100]
                                       [--export-items 100] [--skip-export]

The large library holds one shortlist of ``--items`` actions (the catalogue's codes, then the
same codes numbered) with a note of ``--note-kb`` KB each; the small one (the floor, measured
in the same run) holds one shortlist of the catalogue's actions with one-line notes; "empty"
is a new data folder. Each is a ``library.sqlite`` in a temporary data folder. The script
prints, each time with the ratio to the floor measured in the same run:

1. **Storage**: the size on disk, the median time to open the library (``open_library``:
   quick_check, read every row, build the models, as at start-up), to write one note edit (one
   transaction, what the window does per edit) and for a second connection to take in that
   edit (``refresh``: reads only the changed row).
2. **Start-up of the real app**, started as the ``vetguide`` command starts it
   (``benchmarks/startup.py``): *window shown*, *ready* (the ``loaded`` signal: catalogue, texts
   and shortlists loaded, panes filled, the large shortlist selected) and *painted*.
3. **Editing in the real window**: the longest pause of the UI thread's event loop (a 10 ms
   timer ticking in it) while a script selects items, types into a note, changes a status,
   moves, adds and removes an action, and another connection edits a note that the window
   then shows. Each step is named with its longest pause.
4. **The PDF memo** of the first ``--export-items`` items (as before; ``--skip-export``).

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

from vetguide.model import library_db, storage  # noqa: E402
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
                code=codes[n] if n < len(codes) else f"{codes[n % len(codes)]}-{n}",
                note=note,
                status=statuses[n % len(statuses)],
                added=date(2026, 1, 1),
            )
            for n in range(items)
        ],
    )
    return Library(shortlists=[shortlist])


def small_library() -> Library:
    return large_library(10, len(NOTE_LINE))


def write_library(folder: Path, library: Library) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    store = library_db.open_library(folder).store
    store.import_library(library)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


def median_time(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


class NoteEditor:
    """One connection editing the first note, another taking the edits in (two windows)."""

    def __init__(self, data: Path) -> None:
        self.mine = library_db.open_library(data)
        self.other = library_db.open_library(data)
        self.library = self.mine.library
        self.saved = library_db.snapshot(self.library)
        self.count = 0

    def edit(self) -> None:
        item = self.library.shortlists[0].items[0]
        self.count += 1
        item.note = item.note[:-1] + str(self.count % 10)
        self.saved = self.mine.store.save(self.saved, self.library)

    def take_in(self) -> None:
        self.other.store.refresh()

    def close(self) -> None:
        self.mine.store.close()
        self.other.store.close()


def measure_storage(libraries: dict[str, Library], folder: Path, runs: int) -> None:
    """Open, one note edit, another connection taking it in; ratios to the small library."""
    figures: dict[str, tuple[float, float, float]] = {}
    for name, library in libraries.items():
        data = folder / name
        write_library(data, library)
        size = sum(p.stat().st_size for p in data.glob("library.sqlite*"))
        load = median_time(lambda data=data: library_db.open_library(data).store.close(), runs)
        items = sum(len(s.items) for s in library.shortlists)
        line = f"  {name:>6}: {items:>5} items, {size / 1e6:7.1f} MB on disk | open {load * 1000:7.1f} ms"
        if items:
            editor = NoteEditor(data)
            editor.take_in()
            save = median_time(editor.edit, runs)
            took = []
            for _ in range(runs):
                editor.edit()
                took.append(median_time(editor.take_in, 1))
            refresh = statistics.median(took)
            editor.close()
            figures[name] = (load, save, refresh)
            line += (
                f" | one edit {save * 1000:6.1f} ms | other window takes it in "
                f"{refresh * 1000:6.1f} ms"
            )
        print(line)
    if "small" in figures and "large" in figures:
        ratios = [f / s for f, s in zip(figures["large"], figures["small"], strict=True)]
        print(
            "  large / small: open {:.1f}x | one edit {:.1f}x | taking it in {:.1f}x".format(
                *ratios
            )
        )


def measure_startup(libraries: dict[str, Library], runs: int) -> None:
    """Median start-up of the real app on each library, runs alternating between them."""
    with tempfile.TemporaryDirectory(prefix="vetguide-startup-") as tmp:
        folders = {}
        for name, library in libraries.items():
            folder = Path(tmp) / name
            folder.mkdir()
            write_library(folder, library)
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
    floor = statistics.median(r["ready"] for r in results["empty"])
    for name in folders:
        ready = statistics.median(r["ready"] for r in results[name])
        print(f"  {name}: ready / empty library ready = {ready / floor:.2f}x (goal <= 1.5x)")


EDITING = (
    VETGUIDE.split("from vetguide.ui import app as app_module")[0]
    + """
import time
from vetguide.ui import app as app_module

def _exec(app):
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtCore import Qt
    from vetguide.model.library_db import open_library
    from vetguide.model.shortlist import ItemStatus
    from vetguide.ui.main_window import MainWindow

    (window,) = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
    gaps = {}
    state = {"last": None, "step": "start"}

    def tick():
        now = time.perf_counter()
        if state["last"] is not None:
            gap = now - state["last"] - 0.010
            gaps[state["step"]] = max(gaps.get(state["step"], 0.0), gap)
        state["last"] = now

    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(tick)
    def run(index=0):
        steps, model = state["steps"], state["model"]
        if index == len(steps):
            ticker.stop()
            shown = model.item(1).note == "changed in another window"
            for step, gap in gaps.items():
                print("gap", max(gap, 0.0), step, flush=True)
            print("outside-edit-shown", shown, flush=True)
            app.quit()
            return
        state["step"], action = steps[index]
        action()
        QTimer.singleShot(10, lambda: run(index + 1))

    def start():
        pane = window.shortlist_pane
        model = window.items_model
        middle = model.rowCount() // 2
        other = open_library().store

        def type_key():
            QTest.keyClick(pane.note_edit, Qt.Key.Key_A)

        def outside_edit():
            sid = window.current_shortlist().id
            other.set_note(sid, model.item(1).code, "changed in another window")

        steps = [("select an item", lambda: pane.select_row(middle)),
                 ("focus the note", lambda: pane.note_edit.setFocus())]
        steps += [("type into the note", type_key)] * 60
        steps += [("note saved (400 ms after typing)", lambda: None)] * 50
        steps += [
            ("select another item", lambda: pane.select_row(middle + 1)),
            ("change a status", lambda: model.setData(model.index(middle + 1, 1), ItemStatus.FUNDED.value)),
            ("move an item up", window.commands.act_move_up.trigger),
            ("move an item down", window.commands.act_move_down.trigger),
            ("add an action", lambda: model.add_code("KA122-VET-NEW", window.today)),
            ("remove the action", lambda: (pane.select_row(model.rowCount() - 1), window.shortlists.remove_item())),
            ("another window edits a note", outside_edit),
        ]
        steps += [("window shows the other edit", lambda: None)] * 300

        state["steps"] = steps
        state["model"] = model
        ticker.start()
        QTimer.singleShot(200, run)

    window.loaded.connect(lambda: QTimer.singleShot(500, start))
    return app.exec()

app_module._exec = _exec
sys.argv = ["vetguide"]
from vetguide.cli import main
main()
"""
)


def measure_editing(libraries: dict[str, Library]) -> None:
    """The longest UI pause while editing, per library, in the real window (a fresh process)."""
    longest: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="vetguide-editing-") as tmp:
        for name, library in libraries.items():
            folder = Path(tmp) / name
            write_library(folder, library)
            env = dict(os.environ)
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
            env["VETGUIDE_DATA_DIR"] = str(folder)
            env["STARTUP_T0"] = repr(time.time())
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
            done = subprocess.run(
                [sys.executable, "-c", EDITING], env=env, cwd=ROOT, capture_output=True, text=True
            )
            if done.returncode != 0:
                raise SystemExit(f"the editing run failed:\n{done.stderr}")
            steps = []
            for line in done.stdout.splitlines():
                if line.startswith("gap "):
                    _, value, step = line.split(" ", 2)
                    steps.append((float(value), step))
                elif line.startswith("outside-edit-shown"):
                    shown = line.split()[-1]
            steps.sort(reverse=True)
            longest[name] = steps[0][0]
            worst = ", ".join(f"{step} {value * 1000:.0f} ms" for value, step in steps[:4])
            print(
                f"  {name:>6}: longest pause {steps[0][0] * 1000:5.0f} ms ({worst}); "
                f"other window's edit shown: {shown}"
            )
    if "small" in longest and "large" in longest:
        ratio = longest["large"] / max(longest["small"], 0.001)
        print(f"  large / small longest pause: {ratio:.1f}x (goal: large under 50 ms)")


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
    small = small_library()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ[storage.DATA_DIR_ENV] = tmp
        print(f"median of {args.runs} runs, Python {sys.version.split()[0]}, data in {tmp}")
        print("Storage (library.sqlite)")
        measure_storage({"empty": Library(), "small": small, "large": large}, Path(tmp), args.runs)
    print(f"Start-up of the app (vetguide), empty | small | {args.items} items x {args.note_kb} KB")
    measure_startup({"empty": Library(), "small": small, "large": large}, args.runs)
    print("Editing in the window: longest pause of the UI thread (10 ms ticks)")
    measure_editing({"small": small, "large": large})
    if not args.skip_export:
        print("PDF memo, written in the worker thread (a fresh interpreter)")
        measure_export(args.items, args.note_kb, args.export_items)


if __name__ == "__main__":
    main()
