"""Render the main window to PNG files, offscreen, for the docs and for checking layouts.

    python scripts/screenshots.py [OUTDIR] [--language LANG ...] [--no-wizard]

writes into OUTDIR (default docs/screenshots), at 1280×800, with KA122-VET selected and a
sample shortlist of three actions:

- main_window.png (English) and main_window_large_text.png (application font at twice its
  point size);
- main_window_<LANG>.png for each ``--language`` (default: sr-Latn, sr-Cyrl and pseudo, the
  hidden language with every string about 40% longer, for layout checks); the sample
  shortlist is in the language shown;
- glossary.png: Help → Glossary at "Lump sum";
- first_start.png: no shortlist yet, at 1024×600; main_window_dark.png: a dark palette;
- main_window_planning.png: English, today 28 November 2026 (every deadline of the 2026
  call has passed, so the call-year banner shows), a shortlist with the profile of a
  Serbian school and the "Readiness plan" tab open.

The user's own data is never touched: the window runs on a temporary data folder. When
scripts/wizard_shots.py exists, the wizard pages are rendered too.
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from vetguide.model.library_db import open_library  # noqa: E402
from vetguide.model.profile import InstitutionProfile  # noqa: E402
from vetguide.model.resources import load_catalogue  # noqa: E402
from vetguide.model.shortlist import ItemStatus, Library, Shortlist  # noqa: E402
from vetguide.model.storage import DATA_DIR_ENV  # noqa: E402
from vetguide.model.translit import latin_to_cyrillic  # noqa: E402
from vetguide.model.vocab import OrganisationType  # noqa: E402
from vetguide.ui import i18n  # noqa: E402

SIZE = (1280, 800)
SMALL = (1024, 600)  # a small laptop screen
TODAY = date(2026, 1, 10)
PLANNING_DAY = date(2026, 11, 28)  # after every deadline of the 2026 call
SELECTED = "KA122-VET"
LANGUAGES = ("sr-Latn", "sr-Cyrl", i18n.PSEUDO_LANGUAGE)
# The sample shortlist: its name and notes are the user's, so they come in their language.
SAMPLE_NAME = {"en": "Mobility 2026", "sr-Latn": "Mobilnost 2026"}
SAMPLE = [
    (
        "KA122-VET",
        ItemStatus.PREPARING,
        {
            "en": "Ask Foundation Tempus about the info day.\nTeam: 2",
            "sr-Latn": "Pitati Fondaciju Tempus za info-dan.\nTim: 2",
        },
    ),
    (
        "KA210-VET",
        ItemStatus.IDEA,
        {
            "en": "Partner school in Valencia is interested.",
            "sr-Latn": "Partnerska škola iz Valensije je zainteresovana.",
        },
    ),
    ("KA120-VET", ItemStatus.NOT_THIS_YEAR, {"en": "", "sr-Latn": ""}),
]
SCHOOL = InstitutionProfile(
    name="Tehnička škola, Beograd", organisation_type=OrganisationType.VET_PROVIDER, country="RS"
)


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _in(language: str, texts: dict[str, str]) -> str:
    """The sample text in ``language`` (Cyrillic made from Latin, the pseudo language English)."""
    if language == "sr-Cyrl":
        return latin_to_cyrillic(texts["sr-Latn"])
    return texts.get(language, texts["en"])


def _sample_library(language: str, today: date, profile: InstitutionProfile | None = None) -> None:
    shortlist = Shortlist(name=_in(language, SAMPLE_NAME), created=today, profile=profile)
    for code, status, note in SAMPLE:
        shortlist.add(code, today)
        shortlist.items[-1].status = status
        shortlist.items[-1].note = _in(language, note)
    store = open_library().store
    store.import_library(Library(shortlists=[shortlist], last_profile=profile))
    store.close()


@contextmanager
def _session(language: str, font_scale: float = 1.0) -> Iterator[QApplication]:
    """A temporary data folder, the UI language and the font size, all restored after."""
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    old_font = app.font()
    font = QFont(old_font)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * font_scale)
    app.setFont(font)
    i18n.set_language(language)
    previous = os.environ.get(DATA_DIR_ENV)
    try:
        with tempfile.TemporaryDirectory(prefix="vetguide-shots-") as data:
            os.environ[DATA_DIR_ENV] = data
            yield app
    finally:
        if previous is None:
            os.environ.pop(DATA_DIR_ENV, None)
        else:
            os.environ[DATA_DIR_ENV] = previous
        i18n.set_language(i18n.DEFAULT_LANGUAGE)
        app.setFont(old_font)
        _settle(app)


def _save(widget: QWidget, path: Path) -> Path:
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def _window_shot(
    outdir: Path,
    name: str,
    language: str = i18n.DEFAULT_LANGUAGE,
    font_scale: float = 1.0,
    today: date = TODAY,
    profile: InstitutionProfile | None = None,
    prepare: Callable[[Any], None] | None = None,
    *,
    sample: bool = True,
    size: tuple[int, int] = SIZE,
    dark: bool = False,
) -> Path:
    """Render the main window on the sample data as ``name``.png; return the file written.

    ``sample=False``: no shortlist (the first-start screen); ``dark``: a dark palette."""
    from vetguide.ui.main_window import MainWindow
    from vetguide.ui.palette import dark_palette

    outdir.mkdir(parents=True, exist_ok=True)
    with _session(language, font_scale) as app:
        old_palette = app.palette()
        if dark:
            app.setStyle("Fusion")
            app.setPalette(dark_palette())
        if sample:
            _sample_library(language, today, profile)
        window = MainWindow(load_catalogue(), today=today)
        try:
            window.resize(*size)
            window.show()
            _settle(app)
            if sample:
                window.catalogue_pane.select_code(SELECTED)
                window.shortlist_pane.select_row(0)
            if prepare is not None:
                prepare(window)
            _settle(app)
            return _save(window, outdir / f"{name}.png")
        finally:
            window.close()
            window.deleteLater()
            app.setPalette(old_palette)
            _settle(app)


def render_first_start(outdir: Path) -> Path:
    """The first start (no shortlist yet) at 1024×600, a small laptop screen."""
    return _window_shot(outdir, "first_start", sample=False, size=SMALL)


def render_small(outdir: Path) -> Path:
    """The main window at 1024×600 with the sample shortlist and its readiness plan."""

    def readiness_tab(window: Any) -> None:
        window.item_tabs.setCurrentWidget(window.readiness_view)

    return _window_shot(
        outdir, "main_window_1024x600", today=PLANNING_DAY, profile=SCHOOL,
        prepare=readiness_tab, size=SMALL,
    )  # fmt: skip


def render_dark(outdir: Path) -> Path:
    """The main window on a dark palette (marks, links and banner in their dark variants)."""

    def criteria(window: Any) -> None:
        window.splitter.setSizes([300, 560, 420])

    return _window_shot(
        outdir, "main_window_dark", today=PLANNING_DAY, profile=SCHOOL, prepare=criteria, dark=True
    )


def render_main_window(
    outdir: Path, font_scale: float = 1.0, language: str = i18n.DEFAULT_LANGUAGE
) -> Path:
    """One screenshot of the main window: main_window[_large_text][_LANG].png."""
    name = "main_window" + ("" if font_scale == 1 else "_large_text")
    if language != i18n.DEFAULT_LANGUAGE:
        name += f"_{language}"
    return _window_shot(outdir, name, language, font_scale)


def render_planning(outdir: Path) -> Path:
    """The window after the 2026 call, a Serbian school's shortlist, its readiness plan."""

    def readiness_tab(window: Any) -> None:
        # As a user would arrange it to read the plan: a wide centre column.
        window.splitter.setSizes([300, 600, 380])
        window.item_tabs.setCurrentWidget(window.readiness_view)

    return _window_shot(
        outdir,
        "main_window_planning",
        today=PLANNING_DAY,
        profile=SCHOOL,
        prepare=readiness_tab,
    )


def render_glossary(outdir: Path, language: str = i18n.DEFAULT_LANGUAGE) -> Path:
    """Help → Glossary opened at "Lump sum", beside nothing: the dialog alone."""
    from vetguide.ui.glossary_dialog import GlossaryDialog

    outdir.mkdir(parents=True, exist_ok=True)
    suffix = "" if language == i18n.DEFAULT_LANGUAGE else f"_{language}"
    with _session(language) as app:
        dialog = GlossaryDialog()
        try:
            dialog.show_term("lump_sum")
            _settle(app)
            return _save(dialog, outdir / f"glossary{suffix}.png")
        finally:
            dialog.close()
            dialog.deleteLater()
            _settle(app)


def render_wizard(outdir: Path) -> list[Path]:
    """The wizard pages, from scripts/wizard_shots.py when it is there."""
    script = Path(__file__).with_name("wizard_shots.py")
    if not script.exists():
        return []
    spec = importlib.util.spec_from_file_location("wizard_shots", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    written: list[Path] = list(module.render_wizard_pages(outdir) or [])
    if "font_scale" in inspect.signature(module.render_wizard_pages).parameters:
        written += list(module.render_wizard_pages(outdir, font_scale=2.0) or [])
    return written


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", nargs="?", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument(
        "--language",
        action="append",
        choices=[*i18n.LANGUAGES, i18n.PSEUDO_LANGUAGE],
        help="also render the main window in this language (repeatable; default: all)",
    )
    parser.add_argument("--no-wizard", action="store_true", help="skip the wizard pages")
    args = parser.parse_args(argv[1:])
    app = QApplication.instance() or QApplication(argv[:1])
    outdir: Path = args.outdir
    written = [render_main_window(outdir), render_main_window(outdir, font_scale=2.0)]
    for language in args.language or LANGUAGES:
        if language != i18n.DEFAULT_LANGUAGE:
            written.append(render_main_window(outdir, language=language))
    written.append(render_glossary(outdir))
    written.append(render_planning(outdir))
    written.append(render_first_start(outdir))
    written.append(render_dark(outdir))
    written.append(render_small(outdir))
    if not args.no_wizard:
        written += render_wizard(outdir)
    for path in written:
        print(path)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
