"""Issue 15's table: where people wait, each figure as a ratio to a floor measured in the
same run.

    python benchmarks/issue15.py [--runs 7] [--memo-runs 5] [--only startup,recommend,memo]

Run it with the Python of the venv the app is installed in (``.venv/bin/python``): the
program measured is that venv's ``vetguide`` console script (``bin/vetguide`` next to the
interpreter), started as users start it, offscreen, on an empty temporary data folder, with
``VETGUIDE_STARTUP_PROBE=1`` (see ``vetguide/ui/startup_probe.py``: it prints when the window
is shown, when the catalogue and shortlists are ready, and the peak memory then, and quits).

Rows (medians; subject and floor runs alternate: floor, subject, floor, subject, ...):

1. **window shown** through ``vetguide`` / a bare PySide6 QMainWindow process of the same
   size, timed the same way (spawn to the first event-loop turn after the first paint);
2. **catalogue and shortlists ready** (the window's ``loaded`` signal) / the same floor;
3. **peak memory at ready** (VmHWM) / the bare window's peak memory when shown;
4. **``vetguide recommend --format json``** as a process / ``python -c "import pydantic"``;
5. **memo PDF of 50 actions** (``export_shortlist_pdf`` in this process) / the same text (the
   memo's ``pdftotext``) as plain HTML paragraphs laid out and printed to PDF by Qt the same
   way; also against the absolute goal of 0.5 s.

The user's cache folder is a temporary one (``XDG_CACHE_HOME``), warmed by the warm-up runs
as a user's is after the first start. It asserts nothing; the figures are noisy on a loaded
machine, the ratios much less so.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

BIN = Path(sys.executable).parent
VETGUIDE = BIN / "vetguide"
TODAY = date(2026, 1, 20)
MEMO_ACTIONS = 50
LOCALE = ""  # --locale

# (row, goal as a ratio, absolute goal in the row's unit or None)
GOALS = {
    "window shown, through the vetguide command": 1.3,
    "catalogue and shortlists ready": 2.0,
    "peak memory at ready": 1.5,
    "recommend --format json process": 2.0,
    "memo PDF, 50 actions": 1.5,
}

BARE_WINDOW = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

def peak_kib():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0

def shown():
    print("shown", time.time(), flush=True)
    print("ready", time.time(), flush=True)
    print("peak_kib", peak_kib(), flush=True)
    app.quit()

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            window.removeEventFilter(self)
            QTimer.singleShot(0, shown)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
available = window.screen().availableGeometry()  # the size MainWindow takes on a first start
window.resize(min(1280, int(available.width() * 0.95)), min(800, int(available.height() * 0.9)))
probe = FirstPaint(window)
window.installEventFilter(probe)
window.show()
app.exec()
"""

PROFILE = {
    "organisation_type": "vet_provider",
    "country": "RS",
    "experience": "some",
    "goals": ["learner_mobility", "staff_mobility", "develop_practices", "green"],
    "partners": [
        {"country": "ES", "organisation_type": "vet_provider"},
        {"country": "IT", "organisation_type": "company"},
    ],
    "participants": 24,
}


def environment(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["VETGUIDE_DATA_DIR"] = str(folder / "data")
    env["VETGUIDE_LOG_DIR"] = str(folder / "log")
    env["XDG_CACHE_HOME"] = str(folder / "cache")
    env["XDG_CONFIG_HOME"] = str(folder / "config")
    env["VETGUIDE_STARTUP_PROBE"] = "1"
    if LOCALE:  # the system language the app starts in (sr_RS: Serbian Cyrillic)
        env["LC_ALL"] = env["LANG"] = LOCALE
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app starts from its .pyc files
    return env


def spawn(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    """Run ``cmd``; seconds from the spawn to each probe line, and the peak memory."""
    start = time.time()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    end = time.time()
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stderr[-3000:]}")
    found: dict[str, float] = {"exit": end - start}
    for line in done.stdout.splitlines():
        label, _, value = line.partition(" ")
        if label in ("shown", "ready"):
            found[label] = float(value) - start
        elif label == "peak_kib":
            found[label] = float(value) / 1024  # MiB
    return found


def alternate(
    floor: Callable[[], dict[str, float]], subject: Callable[[], dict[str, float]], runs: int
) -> tuple[list[dict[str, float]], list[dict[str, float]]]:
    """One warm-up each, then floor and subject in turn."""
    floor()
    subject()
    floors, subjects = [], []
    for _ in range(runs):
        floors.append(floor())
        subjects.append(subject())
    return floors, subjects


def median(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(r[key] for r in runs)


Row = tuple[str, float, str, float, str]  # measure, value, floor name, floor value, unit


def startup_rows(runs: int) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="vetguide-issue15-") as tmp:
        env = environment(Path(tmp))
        if not VETGUIDE.is_file():
            raise SystemExit(f"no vetguide command at {VETGUIDE}: run with the venv's python")
        floors, subjects = alternate(
            lambda: spawn([sys.executable, "-c", BARE_WINDOW], env),
            lambda: spawn([str(VETGUIDE)], env),
            runs,
        )
    for name, values in (("bare", floors), ("vetguide", subjects)):
        for key in ("shown", "ready"):
            if any(key not in r for r in values):
                raise SystemExit(f"{name} printed no '{key}' (is the start-up probe there?)")
    bare = "bare QMainWindow process"
    return [
        (
            "window shown, through the vetguide command",
            median(subjects, "shown") * 1000,
            bare,
            median(floors, "shown") * 1000,
            "ms",
        ),
        (
            "catalogue and shortlists ready",
            median(subjects, "ready") * 1000,
            "same",
            median(floors, "shown") * 1000,
            "ms",
        ),
        (
            "peak memory at ready",
            median(subjects, "peak_kib"),
            "bare window's peak",
            median(floors, "peak_kib"),
            "MiB",
        ),
    ]


def recommend_row(runs: int) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="vetguide-issue15-") as tmp:
        env = environment(Path(tmp))
        profile = Path(tmp) / "profile.json"
        profile.write_text(json.dumps(PROFILE), encoding="utf-8")
        cmd = [str(VETGUIDE), "recommend", "--profile", str(profile), "--format", "json"]
        floors, subjects = alternate(
            lambda: spawn([sys.executable, "-c", "import pydantic"], env),
            lambda: spawn(cmd, env),
            runs,
        )
    return [
        (
            "recommend --format json process",
            median(subjects, "exit") * 1000,
            '`python -c "import pydantic"`',
            median(floors, "exit") * 1000,
            "ms",
        )
    ]


def memo_row(runs: int) -> list[Row]:
    """The memo of 50 actions, next to its own text as plain HTML printed the same way."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    from vetguide.model.profile import InstitutionProfile
    from vetguide.model.resources import load_catalogue
    from vetguide.model.shortlist import ItemStatus, Shortlist, ShortlistItem
    from vetguide.report import pdf

    catalogue = load_catalogue()
    codes = [a.code for a in catalogue.actions]
    shortlist = Shortlist(
        name="Benchmark",
        items=[
            ShortlistItem(
                code=codes[i % len(codes)],
                note=f"Note {i}: " + "who does what, by when, with which partner. " * (i % 4 * 5),
                status=list(ItemStatus)[i % len(ItemStatus)],
            )
            for i in range(MEMO_ACTIONS)
        ],
        profile=InstitutionProfile.model_validate(PROFILE),
    )
    pdf.ensure_gui_application()
    family = pdf.memo_font_family()
    with tempfile.TemporaryDirectory(prefix="vetguide-issue15-") as tmp:
        memo = Path(tmp) / "memo.pdf"
        plain = Path(tmp) / "plain.pdf"
        pdf.export_shortlist_pdf(shortlist, catalogue, memo, today=TODAY)
        text = _pdf_text(memo)
        body = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line)

        def memo_pdf() -> dict[str, float]:
            start = time.perf_counter()
            pdf.export_shortlist_pdf(shortlist, catalogue, memo, today=TODAY)
            return {"s": time.perf_counter() - start}

        def plain_pdf() -> dict[str, float]:
            start = time.perf_counter()
            writer = QPdfWriter(str(plain))
            writer.setResolution(pdf.RESOLUTION_DPI)
            writer.setPageLayout(
                QPageLayout(
                    QPageSize(QPageSize.PageSizeId.A4),
                    QPageLayout.Orientation.Portrait,
                    QMarginsF(*(pdf.MARGIN_MM,) * 4),
                    QPageLayout.Unit.Millimeter,
                )
            )
            doc = QTextDocument()
            doc.documentLayout().setPaintDevice(writer)
            doc.setDefaultFont(pdf.memo_font(family, pdf.BODY_POINT_SIZE))
            rect = writer.pageLayout().paintRectPixels(writer.resolution())
            doc.setPageSize(QSizeF(rect.width(), rect.height()))
            doc.setHtml(body)
            doc.print_(writer)
            del writer
            return {"s": time.perf_counter() - start}

        floors, subjects = alternate(plain_pdf, memo_pdf, runs)
    return [
        (
            "memo PDF, 50 actions",
            median(subjects, "s") * 1000,
            "same text as plain HTML",
            median(floors, "s") * 1000,
            "ms",
        )
    ]


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        raise SystemExit("pdftotext (poppler-utils) is needed for the memo's floor")
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="process runs per row")
    parser.add_argument("--memo-runs", type=int, default=5)
    parser.add_argument("--only", default="startup,recommend,memo")
    parser.add_argument(
        "--locale", default="", help="LC_ALL for the processes, e.g. sr_RS.UTF-8 (Cyrillic)"
    )
    args = parser.parse_args(argv)
    global LOCALE
    LOCALE = args.locale
    wanted = set(args.only.split(","))
    rows: list[Row] = []
    if "startup" in wanted:
        rows += startup_rows(args.runs)
    if "recommend" in wanted:
        rows += recommend_row(args.runs)
    if "memo" in wanted:
        rows += memo_row(args.memo_runs)
    print(
        f"Python {sys.version.split()[0]}, {args.runs} runs (memo {args.memo_runs}), medians"
        + (f", LC_ALL={LOCALE}" if LOCALE else "")
    )
    print("| measure | now | floor | ratio | goal |")
    print("|---|---|---|---|---|")
    for measure, value, floor_name, floor, unit in rows:
        goal = f"≤ {GOALS[measure]}×"
        if measure.startswith("memo"):
            goal = f"≤ 0.5 s ({'met' if value <= 500 else 'not met'}) and " + goal
        ratio = value / floor
        mark = "" if ratio <= GOALS[measure] else " (not met)"
        print(
            f"| {measure} | {value:.1f} {unit} | {floor_name} {floor:.1f} {unit} "
            f"| {ratio:.2f}×{mark} | {goal} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
