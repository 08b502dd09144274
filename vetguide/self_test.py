"""``vetguide self-test``: is this installation complete? Run from a venv, a wheel or a bundle.

Each check prints one line (``ok`` or ``FAIL``, its name, what it found); the command exits
with 1 if any check failed. The checks look at what a frozen bundle or a fresh machine can
lack: resource files and data packs, the compiled translations, the time-zone database
(Windows has none of its own: the ``tzdata`` package must be there), the bundled memo font
and that a PDF embeds it for Latin and Cyrillic, the icon (Qt's SVG plugin), a writable data
folder. ``--window`` also opens the main window offscreen-capable and waits for its data.

Qt is imported only by the checks that need it.
"""

from __future__ import annotations

import argparse
import re
import tempfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

EXIT_OK = 0
EXIT_FAILED = 1
BRUSSELS = "Europe/Brussels"
SAMPLE_LATIN = "Šđčćž Erasmus+ VET"
SAMPLE_CYRILLIC = "Ћирилица Љубљана"
WINDOW_TIMEOUT_MS = 60_000  # a guard: the check fails, rather than hangs, if data never loads


class CheckFailed(Exception):
    """A check found a problem; the message says which."""


@dataclass(frozen=True)
class Result:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'} {self.name}: {self.detail}"


def resources_dir() -> Path:
    from vetguide.model.resources import resource_path

    return resource_path()


def check_resource_files() -> str:
    """Every JSON resource parses, every bundled pack passes its checks."""
    from vetguide.model.packs import bundled_dir, read_pack
    from vetguide.model.resources import read_json

    files = sorted(resources_dir().rglob("*.json"))
    if not files:
        raise CheckFailed(f"no resource files in {resources_dir()}")
    for path in files:
        read_json(path)
    packs = sorted(bundled_dir().glob("*.vgpack"))
    if not packs:
        raise CheckFailed(f"no data pack in {bundled_dir()}")
    for path in packs:
        read_pack(path)
    return f"{len(files)} files and {len(packs)} data pack(s) in {resources_dir()}"


def check_data_packs() -> str:
    """Each call year's data loads in each language, as the app and memo use it."""
    from vetguide.model.budget import load_cities
    from vetguide.model.data_context import data_context
    from vetguide.model.packs import call_years
    from vetguide.model.resources import LANGUAGES

    years = call_years()
    for year in years:
        for language in LANGUAGES:
            context = data_context(year, language)
            _ = context.countries, context.readiness, context.glossary()
            if context.has_budget():
                context.budget()
    load_cities()
    return f"call years {', '.join(map(str, years))} in {', '.join(LANGUAGES)}"


def check_time_zones() -> str:
    """Brussels (the deadlines) and the local zone of every country resolve."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from vetguide.model.resources import load_countries

    zones = {BRUSSELS} | {c.time_zone for c in load_countries().countries}
    missing = []
    for name in sorted(zones):
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            missing.append(name)
    if missing:
        shown = ", ".join(missing[:5]) + (
            f" and {len(missing) - 5} more" if len(missing) > 5 else ""
        )
        raise CheckFailed(f"not found: {shown} (is the tzdata package installed?)")
    return f"{len(zones)} zones, {BRUSSELS} among them"


def check_formats() -> str:
    """Dates, amounts and zone names come out in each language (Babel's CLDR data)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from vetguide.model.formatting import format_datetime, format_eur, zone_name
    from vetguide.model.resources import LANGUAGES

    moment = datetime(2026, 2, 19, 12, 0, tzinfo=ZoneInfo(BRUSSELS))
    samples = [
        f"{format_datetime(moment, language)}, {format_eur(1234, language)}, "
        f"{zone_name('Europe/Belgrade', language)}"
        for language in LANGUAGES
    ]
    return " | ".join(samples)


def _gui_application() -> None:
    from vetguide.report.pdf import ensure_gui_application

    ensure_gui_application()


def check_translations() -> str:
    """Each language's compiled translations load and translate."""
    from PySide6.QtCore import QTranslator

    from vetguide.ui.i18n import AREAS, DEFAULT_LANGUAGE, LANGUAGES, i18n_dir

    _gui_application()
    loaded = []
    for language in LANGUAGES:
        if language == DEFAULT_LANGUAGE:
            continue
        for area in AREAS:
            path = i18n_dir() / f"{area}_{language}.qm"
            translator = QTranslator()
            if not translator.load(str(path)) or translator.isEmpty():
                raise CheckFailed(f"{path} does not load")
            loaded.append(path.name)
    return ", ".join(loaded)


def _pdf_streams(data: bytes) -> Iterator[bytes]:
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, flags=re.S):
        try:
            yield zlib.decompress(match.group(1))
        except zlib.error:
            yield match.group(1)


def _unicode_mapped(data: bytes) -> set[int]:
    """The characters a PDF's ToUnicode maps name (bfchar entries and bfrange starts/ends)."""
    found: set[int] = set()
    for stream in _pdf_streams(data):
        if b"begincmap" not in stream:
            continue
        for block in re.findall(rb"beginbf(?:char|range)(.*?)endbf(?:char|range)", stream, re.S):
            for line in block.splitlines():
                codes = re.findall(rb"<([0-9A-Fa-f]+)>", line)
                for code in codes[1:]:
                    if len(code) == 4:
                        found.add(int(code, 16))
    return found


def render_sample_pdf(target: Path) -> str:
    """Write a one-line PDF in the memo font; return the family used."""
    from PySide6.QtCore import QMarginsF, QPointF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    from vetguide.report.pdf import memo_font, memo_font_family

    _gui_application()
    family = memo_font_family()
    writer = QPdfWriter(str(target))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A6),
            QPageLayout.Orientation.Portrait,
            QMarginsF(10, 10, 10, 10),
        )
    )
    painter = QPainter(writer)
    try:
        painter.setFont(memo_font(family, 10))
        painter.drawText(QPointF(0, 200), SAMPLE_LATIN)
        painter.drawText(QPointF(0, 600), SAMPLE_CYRILLIC)
    finally:
        painter.end()
    return family


def check_memo_font() -> str:
    """The bundled font files are there, and a PDF written with them embeds both scripts."""
    from vetguide.report.pdf import FONT_DIR, FONT_FILES

    missing = [name for name in FONT_FILES if not (FONT_DIR / name).is_file()]
    if missing:
        raise CheckFailed(f"missing in {FONT_DIR}: {', '.join(missing)}")
    with tempfile.TemporaryDirectory(prefix="vetguide-self-test-") as folder:
        target = Path(folder) / "sample.pdf"
        family = render_sample_pdf(target)
        data = target.read_bytes()
    if family != "DejaVu Sans":
        raise CheckFailed(f"the memo would use {family!r}, not the bundled DejaVu Sans")
    if not re.search(rb"/BaseFont\s*/(?:[A-Z]{6}\+)?DejaVuSans", data):
        raise CheckFailed("the sample PDF names no DejaVu Sans font")
    if b"/FontFile2" not in data:
        raise CheckFailed("the sample PDF does not embed its font")
    mapped = _unicode_mapped(data)
    for script, sample in (("Latin", SAMPLE_LATIN), ("Cyrillic", SAMPLE_CYRILLIC)):
        absent = sorted({c for c in sample if not c.isspace()} - {chr(u) for u in mapped})
        if absent:
            raise CheckFailed(f"{script} letters not embedded: {''.join(absent)}")
    return f"{family} from {FONT_DIR}, embedded with Latin and Cyrillic"


def check_icon() -> str:
    """The SVG icon draws (this needs Qt's SVG image plugin)."""
    from vetguide.ui.app import app_icon, icon_path

    _gui_application()
    if not icon_path().is_file():
        raise CheckFailed(f"{icon_path()} is missing")
    pixmap = app_icon().pixmap(64, 64)
    if pixmap.isNull():
        raise CheckFailed(f"{icon_path()} does not draw (Qt's SVG plugin missing?)")
    return f"{icon_path().name} drawn at {pixmap.width()}x{pixmap.height()}"


def check_data_folder() -> str:
    """The user data folder can be made and written to."""
    from vetguide.paths import data_dir

    folder = data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".self-test-") as probe:
            probe.write(b"vetguide")
            probe.flush()
    except OSError as exc:
        raise CheckFailed(f"{folder} is not writable ({exc.strerror or exc})") from exc
    return f"{folder} is writable"


def check_window() -> str:
    """The main window opens and loads its data (offscreen when there is no display)."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from vetguide.ui.main_window import MainWindow

    window = MainWindow(None)
    failures: list[str] = []
    loop = QEventLoop()

    def fail(details: str) -> None:
        failures.append(details)
        loop.quit()

    def loaded() -> None:
        if window.catalogue_loaded:
            loop.quit()

    window.load_failed.connect(fail)
    poll = QTimer()
    poll.timeout.connect(loaded)
    poll.start(20)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: fail("the data did not load"))
    guard.start(WINDOW_TIMEOUT_MS)
    try:
        window.show()
        loop.exec()
    finally:
        poll.stop()
        guard.stop()
        window.close()
        window.deleteLater()
    if failures:
        raise CheckFailed(failures[0])
    return f"shown on {QApplication.platformName()}, data loaded"


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("resource files", check_resource_files),
    ("data packs", check_data_packs),
    ("time zones", check_time_zones),
    ("dates and numbers", check_formats),
    ("translations", check_translations),
    ("memo font", check_memo_font),
    ("icon", check_icon),
    ("data folder", check_data_folder),
)


def run_check(name: str, check: Callable[[], str]) -> Result:
    try:
        return Result(name, True, check())
    except CheckFailed as exc:
        return Result(name, False, str(exc))
    except Exception as exc:  # any failure is the finding, not a crash of the command
        return Result(name, False, f"{type(exc).__name__}: {exc}")


def run_checks(out: TextIO, window: bool = False) -> int:
    checks = list(CHECKS)
    if window:
        _window_application()
        checks.append(("window", check_window))
    failed = 0
    for name, check in checks:
        result = run_check(name, check)
        out.write(result.line() + "\n")
        out.flush()
        failed += not result.ok
    out.write(f"{len(checks) - failed} of {len(checks)} checks passed\n")
    return EXIT_FAILED if failed else EXIT_OK


def _window_application() -> None:
    """A QApplication (widgets need one), made before any check makes a QGuiApplication."""
    import os
    import sys

    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QApplication([sys.argv[0] if sys.argv and sys.argv[0] else "vetguide"])


def cmd_self_test(args: argparse.Namespace, out: TextIO) -> int:
    return run_checks(out, window=args.window)


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "self-test", help="check that this installation is complete (one line per check)"
    )
    parser.add_argument(
        "--window", action="store_true", help="also open the main window and load its data"
    )
    parser.set_defaults(func=cmd_self_test)
