"""Render the planning screens to PNG files, offscreen.

    python scripts/planning_shots.py [OUTDIR] [--language LANG]

writes budget_estimate.png, budget_lump_sums.png, budget_city_completer.png and
readiness_plan.png at 1280×800 into OUTDIR (default docs/screenshots). The budget dialog
holds the Belgrade example: 16 learners to Bilbao for 14 days and 2 staff job-shadowing in
Graz for 5 days; budget_city_completer.png shows the city suggestions open after typing
"Mari" as the first flow's destination; the readiness view shows the KA122-VET steps as seen
on 10 January 2026.

The suggestions are a window of their own, placed by the screen: run under an X server
(``QT_QPA_PLATFORM=xcb``, e.g. Xvfb at 1280×900) for budget_city_completer.png, as the
offscreen screen is 800 px wide and pushes them left of their cell.

With ``--language`` (``sr-Latn``, ``sr-Cyrl`` or ``pseudo``) the screens are rendered in that
language, with the language as suffix: budget_estimate_sr-Latn.png ….
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from vetguide.model.budget import load_cities  # noqa: E402
from vetguide.model.profile import InstitutionProfile  # noqa: E402
from vetguide.model.resources import load_catalogue  # noqa: E402
from vetguide.model.vocab import OrganisationType  # noqa: E402
from vetguide.ui import i18n  # noqa: E402
from vetguide.ui.budget_dialog import BudgetDialog, CityEdit, Column  # noqa: E402
from vetguide.ui.readiness_view import ReadinessView  # noqa: E402

SIZE = (1280, 800)
TODAY = date(2026, 1, 10)
SCHOOL = InstitutionProfile(
    name="Tehnička škola, Beograd", organisation_type=OrganisationType.VET_PROVIDER, country="RS"
)
FLOWS = (
    {
        "activity": "short_term_learner_mobility",
        "participants": 16,
        "days": 14,
        "to_city": "Bilbao",
    },
    {"activity": "job_shadowing", "participants": 2, "days": 5, "to_city": "Graz"},
)


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _completer_shot(app: QApplication, dialog: BudgetDialog, path: Path) -> Path:
    """The dialog with the destination city's suggestions open after typing "Mari"."""
    index = dialog.model.index(0, Column.TO_CITY)
    dialog.table.setCurrentIndex(index)
    dialog.table.edit(index)
    _settle(app)
    editor = dialog.table.indexWidget(index) or dialog.focusWidget()
    assert isinstance(editor, CityEdit), editor
    editor.selectAll()
    QTest.keyClicks(editor, "Mari")
    _settle(app)
    screen = dialog.screen()
    # The suggestions are a window of their own: take the screen where the dialog is.
    shot = screen.grabWindow(0, *dialog.frameGeometry().getRect())
    shot.save(str(path))
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    _settle(app)
    return path


def render(outdir: Path, language: str = i18n.DEFAULT_LANGUAGE) -> list[Path]:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    outdir.mkdir(parents=True, exist_ok=True)
    catalogue = load_catalogue()
    written: list[Path] = []
    suffix = "" if language == i18n.DEFAULT_LANGUAGE else f"_{language}"
    i18n.set_language(language)

    dialog = BudgetDialog(catalogue, TODAY, SCHOOL)
    try:
        names = {"sr-Latn": "Škola u Beogradu, 2026", "sr-Cyrl": "Школа у Београду, 2026"}
        dialog.name_edit.setText(names.get(language, "Belgrade school, 2026"))
        for flow in FLOWS:
            row = {
                "from_city": load_cities().capital(SCHOOL.country).name,
                "green_travel": False,
                "fewer_opportunities": 0,
                **flow,
            }
            dialog.add_flow(row)
        dialog.table.selectRow(0)
        dialog.resize(*SIZE)
        dialog.show()
        _settle(app)
        for name, tab in (("budget_estimate", 0), ("budget_lump_sums", 1)):
            dialog.tabs.setCurrentIndex(tab)
            _settle(app)
            path = outdir / f"{name}{suffix}.png"
            dialog.grab().save(str(path))
            written.append(path)
        dialog.tabs.setCurrentIndex(0)
        written.append(_completer_shot(app, dialog, outdir / f"budget_city_completer{suffix}.png"))
    finally:
        dialog.close()
        dialog.deleteLater()

    # The view has no margins of its own (it sits in a pane of the main window).
    frame = QWidget()
    try:
        frame.setWindowTitle("Readiness")
        view = ReadinessView()
        QVBoxLayout(frame).addWidget(view)
        view.show_action(
            catalogue.action("KA122-VET"), catalogue, TODAY, time_zone="Europe/Belgrade"
        )
        frame.resize(*SIZE)
        frame.show()
        _settle(app)
        path = outdir / f"readiness_plan{suffix}.png"
        frame.grab().save(str(path))
        written.append(path)
    finally:
        frame.close()
        frame.deleteLater()
        i18n.set_language(i18n.DEFAULT_LANGUAGE)
        _settle(app)
    return written


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", nargs="?", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument(
        "--language",
        choices=[*i18n.LANGUAGES, i18n.PSEUDO_LANGUAGE],
        default=i18n.DEFAULT_LANGUAGE,
    )
    args = parser.parse_args(argv[1:])
    for path in render(args.outdir, args.language):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
