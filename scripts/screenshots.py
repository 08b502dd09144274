"""Render the main window to PNG files, offscreen, for the docs and for checking layouts.

    python scripts/screenshots.py [OUTDIR]

writes main_window.png and main_window_large_text.png (application font at twice its
point size) at 1280×800 into OUTDIR (default docs/screenshots), with KA122-VET selected
and a sample shortlist of three actions. The user's own data is never touched: the
window runs on a temporary data folder. When scripts/wizard_shots.py exists, the
wizard pages are rendered too.
"""

from __future__ import annotations

import importlib.util
import inspect
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from vetguide.model.resources import load_catalogue  # noqa: E402
from vetguide.model.shortlist import ItemStatus, Library, Shortlist  # noqa: E402
from vetguide.model.storage import DATA_DIR_ENV, library_path, save_model  # noqa: E402

SIZE = (1280, 800)
TODAY = date(2026, 1, 10)
SELECTED = "KA122-VET"
SAMPLE = [
    ("KA122-VET", ItemStatus.PREPARING, "Ask Foundation Tempus about the info day.\nTeam: 2"),
    ("KA210-VET", ItemStatus.IDEA, "Partner school in Valencia is interested."),
    ("KA120-VET", ItemStatus.NOT_THIS_YEAR, ""),
]


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _sample_library() -> None:
    shortlist = Shortlist(name="Mobility 2026", created=TODAY)
    for code, status, note in SAMPLE:
        shortlist.add(code, TODAY)
        shortlist.items[-1].status = status
        shortlist.items[-1].note = note
    save_model(library_path(), Library(shortlists=[shortlist]))


def render_main_window(outdir: Path, font_scale: float = 1.0) -> Path:
    """Render one screenshot of the main window; return the file written."""
    from vetguide.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    outdir.mkdir(parents=True, exist_ok=True)
    old_font = app.font()
    font = QFont(old_font)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * font_scale)
    app.setFont(font)
    with tempfile.TemporaryDirectory(prefix="vetguide-shots-") as data:
        previous = os.environ.get(DATA_DIR_ENV)
        os.environ[DATA_DIR_ENV] = data
        try:
            _sample_library()
            window = MainWindow(load_catalogue(), today=TODAY)
            window.resize(*SIZE)
            window.show()
            _settle(app)
            window.catalogue_pane.select_code(SELECTED)
            window.shortlist_pane.select_row(0)
            _settle(app)
            suffix = "" if font_scale == 1 else "_large_text"
            path = outdir / f"main_window{suffix}.png"
            if not window.grab().save(str(path)):
                raise OSError(f"could not write {path}")
            window.close()
            window.deleteLater()
            _settle(app)
        finally:
            if previous is None:
                os.environ.pop(DATA_DIR_ENV, None)
            else:
                os.environ[DATA_DIR_ENV] = previous
            app.setFont(old_font)
    return path


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
    outdir = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshots"
    app = QApplication.instance() or QApplication(argv[:1])
    written = [render_main_window(outdir), render_main_window(outdir, font_scale=2.0)]
    written += render_wizard(outdir)
    for path in written:
        print(path)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
