"""Start-up time: from process start to the main window shown, next to a bare QMainWindow.

    python benchmarks/startup.py [--runs 5]

Each run spawns a fresh interpreter. The parent passes ``time.time()`` taken just before
the spawn; the child prints the difference when the first event-loop turn after ``show()``
runs (``QTimer.singleShot(0)``), i.e. when the window is on screen. The vetguide run does
what ``vetguide.ui.app.run_app`` does (QApplication, bundled catalogue, MainWindow) on an
empty temporary data folder. A third program, the bare window plus loading the model and
data, splits the difference into model and UI. Runs alternate between the programs after
one warm-up run each; the script prints every run, the medians and the ratio (target ≤ 1.5×).
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

_REPORT = """
from PySide6.QtCore import QTimer

def _shown():
    print(time.time() - T0, flush=True)
    app.quit()

QTimer.singleShot(0, _shown)
app.exec()
"""

BARE = (
    """
import os, sys, time
T0 = float(os.environ["STARTUP_T0"])
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
"""
    + _REPORT
)

MODEL_ONLY = (
    """
import os, sys, time
T0 = float(os.environ["STARTUP_T0"])
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
from vetguide.model.resources import load_catalogue
from vetguide.model.shortlist import Library
from vetguide.model.storage import library_path, load_or_default
catalogue = load_catalogue()
library = load_or_default(library_path(), Library)
window = QMainWindow()
window.resize(1280, 800)
window.show()
"""
    + _REPORT
)

VETGUIDE = (
    """
import os, sys, time
T0 = float(os.environ["STARTUP_T0"])
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
app.setApplicationName("vetguide")
from vetguide.model.resources import load_catalogue
from vetguide.ui.main_window import MainWindow
window = MainWindow(load_catalogue())
window.show()
"""
    + _REPORT
)


def run_once(code: str, data_dir: str) -> float:
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
    return float(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    programs = {
        "bare QMainWindow": BARE,
        "bare + model and data": MODEL_ONLY,
        "vetguide MainWindow": VETGUIDE,
    }
    times: dict[str, list[float]] = {name: [] for name in programs}
    with tempfile.TemporaryDirectory(prefix="vetguide-bench-") as data:
        for code in programs.values():  # warm-up: disk cache, .pyc files
            run_once(code, data)
        for _ in range(args.runs):
            for name, code in programs.items():
                times[name].append(run_once(code, data))
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, values in times.items():
        runs = ", ".join(f"{v * 1000:.0f}" for v in values)
        print(f"{name:22} median {medians[name] * 1000:6.0f} ms   runs: {runs}")
    bare = medians["bare QMainWindow"]
    model = medians["bare + model and data"] - bare
    ui = medians["vetguide MainWindow"] - medians["bare + model and data"]
    print(f"of which: model and data (pydantic, catalogue, library) {model * 1000:.0f} ms, "
          f"vetguide UI {ui * 1000:.0f} ms")  # fmt: skip
    ratio = medians["vetguide MainWindow"] / bare
    print(f"ratio vetguide / bare: {ratio:.2f}x (target <= 1.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
