"""Start-up time: from process start to the main window on screen, and to its data loaded.

    python benchmarks/startup.py [--runs 7]

Each run spawns a fresh interpreter. The parent passes ``time.time()`` taken just before
the spawn; the child prints how long after that

* **window shown**: the first event-loop turn after the main window's first paint, i.e.
  once the first frame of the real main window has been painted and flushed (an event
  filter on the window sees its first Paint event and posts a zero timer);
* **catalogue and shortlists ready**: the window's ``loaded`` signal, when the catalogue,
  texts and shortlists are loaded and the panes are filled.

The vetguide run starts the app as the ``vetguide`` command does (``vetguide.cli.main``; only
``run_app``'s ``_exec`` is wrapped to install the probes) on an empty temporary data folder; the window loads its data right
after its first paint. The reference is a bare PySide6 QMainWindow of the same size,
measured the same way. A third program, the bare window plus loading the model and data
before showing it, is the floor for "ready". Runs alternate between the programs after
one warm-up run each; the script prints every run, the medians and both ratios to the bare
window (target for "window shown": <= 1.5x). It asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.5

_PROBES = """
import os, sys, time
T0 = float(os.environ["STARTUP_T0"])

def _probe_first_paint(window, then):
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, then)
            return False

    window._first_paint_probe = FirstPaint(window)
    window.installEventFilter(window._first_paint_probe)

def _report(label, quit_after=False):
    def report():
        print(label, time.time() - T0, flush=True)
        if quit_after:
            from PySide6.QtWidgets import QApplication
            QApplication.quit()
    return report

def _sized(window):
    # The size MainWindow gives itself on a first start (95% x 90% of the screen at most).
    available = window.screen().availableGeometry()
    window.resize(min(1280, int(available.width() * 0.95)), min(800, int(available.height() * 0.9)))
"""

BARE = (
    _PROBES
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
_sized(window)
window.show()
_probe_first_paint(window, _report("shown", quit_after=True))
app.exec()
"""
)

MODEL_FIRST = (
    _PROBES
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
from vetguide.model.resources import load_catalogue, load_texts
from vetguide.model.library_db import open_library
catalogue = load_catalogue()
texts = load_texts()
library = open_library().library
window = QMainWindow()
_sized(window)
window.show()
_probe_first_paint(window, _report("shown", quit_after=True))
app.exec()
"""
)

VETGUIDE = (
    _PROBES
    + """
from vetguide.ui import app as app_module

def _exec(app):
    from vetguide.ui.main_window import MainWindow

    (window,) = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
    _probe_first_paint(window, _report("shown"))
    window.loaded.connect(_report("ready", quit_after=True))
    return app.exec()

app_module._exec = _exec
sys.argv = ["vetguide"]  # what the vetguide command runs: vetguide.cli.main
from vetguide.cli import main
main()
"""
)


def run_once(code: str, data_dir: str) -> dict[str, float]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["VETGUIDE_DATA_DIR"] = data_dir
    # An installed app starts from compiled bytecode; keep it in a temporary folder (filled
    # by the warm-up runs) even where PYTHONDONTWRITEBYTECODE is set.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(data_dir) / "pycache")
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
        if label in ("shown", "ready"):
            figures[label] = float(value)
    if "shown" not in figures:
        raise SystemExit(f"the measured program printed no time:\n{done.stdout}{done.stderr}")
    figures.setdefault("ready", figures["shown"])
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    programs = {"bare": BARE, "model first": MODEL_FIRST, "vetguide": VETGUIDE}
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in programs}
    with tempfile.TemporaryDirectory(prefix="vetguide-bench-") as data:
        for code in programs.values():  # warm-up: disk cache, .pyc files, settings.ini
            run_once(code, data)
        for _ in range(args.runs):
            for name, code in programs.items():
                runs[name].append(run_once(code, data))

    def median(name: str, label: str) -> float:
        return statistics.median(r[label] for r in runs[name])

    def line(title: str, name: str, label: str) -> None:
        values = ", ".join(f"{r[label] * 1000:.0f}" for r in runs[name])
        print(f"{title:52} median {median(name, label) * 1000:5.0f} ms   runs: {values}")

    bare = median("bare", "shown")
    line("bare QMainWindow, window shown", "bare", "shown")
    line("bare QMainWindow + model and data loaded first", "model first", "shown")
    line("vetguide, window shown", "vetguide", "shown")
    line("vetguide, catalogue and shortlists ready", "vetguide", "ready")
    shown = median("vetguide", "shown") / bare
    ready = median("vetguide", "ready") / bare
    print(f"{'ratio window shown / bare window':52} {shown:.2f}x (target <= {TARGET}x)")
    print(f"{'ratio catalogue and shortlists ready / bare window':52} {ready:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
