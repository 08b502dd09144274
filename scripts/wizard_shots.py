"""Render the four pages of the "Find my actions" wizard to PNG files, offscreen.

    python scripts/wizard_shots.py [OUTDIR] [--language LANG]

writes wizard_1_organisation.png … wizard_4_results.png at 1280×800 into OUTDIR
(default docs/screenshots), once at the normal font size and once with twice the font
size (``_large_text`` suffix). The pages are filled in for a Serbian vocational school.

With ``--language`` (``sr-Latn``, ``sr-Cyrl``, or ``pseudo``: every string about 40% longer,
for layout checks) the pages are rendered once, in that language, with the language as
suffix: wizard_1_organisation_sr-Latn.png ….
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from vetguide.model.profile import InstitutionProfile, Partner  # noqa: E402
from vetguide.model.resources import load_catalogue  # noqa: E402
from vetguide.model.vocab import Experience, Goal, OrganisationType  # noqa: E402
from vetguide.ui import i18n  # noqa: E402
from vetguide.ui.wizard import FindActionsWizard  # noqa: E402

SIZE = (1280, 800)
TODAY = date(2026, 1, 20)
PAGES = ("organisation", "goals", "partners", "results")
EXAMPLE = InstitutionProfile(
    name="Tehnička škola, Kragujevac",
    organisation_type=OrganisationType.VET_PROVIDER,
    country="RS",
    experience=Experience.NEWCOMER,
    goals=[Goal.LEARNER_MOBILITY, Goal.STAFF_MOBILITY, Goal.DEVELOP_PRACTICES],
    partners=[
        Partner(
            country="ES", organisation_type=OrganisationType.VET_PROVIDER, name="CIFP Valencia"
        ),
        Partner(country="DE", organisation_type=OrganisationType.COMPANY),
    ],
    participants=20,
)


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def render_wizard_pages(
    outdir: Path,
    font_scale: float = 1.0,
    *,
    full_results: bool = False,
    language: str = i18n.DEFAULT_LANGUAGE,
) -> list[Path]:
    """Render each page of the example wizard; return the files written.

    With ``full_results`` the whole results list is also rendered at its full height
    (``wizard_4_results_all``), to check every card. A ``language`` other than English is
    named in the file names; the language is English again afterwards.
    """
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    outdir.mkdir(parents=True, exist_ok=True)
    suffix = "" if font_scale == 1 else "_large_text"
    if language != i18n.DEFAULT_LANGUAGE:
        suffix += f"_{language}"
    i18n.set_language(language)
    old_font = app.font()
    font = QFont(old_font)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * font_scale)
    app.setFont(font)
    written: list[Path] = []
    names = {"sr-Latn": "Ideje za 2026", "sr-Cyrl": "Идеје за 2026"}  # the user's own words
    name = names.get(language, "Ideas for 2026")
    wizard = FindActionsWizard(load_catalogue(), TODAY, EXAMPLE, [("s1", name)], "s1")
    try:
        wizard.resize(*SIZE)
        wizard.show()
        for number, page in enumerate(PAGES, start=1):
            if number > 1:
                wizard.next()
            if page == "results":
                view = wizard.results_page.view
                for card in view.cards[:2]:
                    card.check.setChecked(True)
            _settle(app)
            path = outdir / f"wizard_{number}_{page}{suffix}.png"
            wizard.grab().save(str(path))
            written.append(path)
        if full_results:
            view = wizard.results_page.view
            view.resize(view.width(), view.heightForWidth(view.width()) or view.sizeHint().height())
            _settle(app)
            path = outdir / f"wizard_4_results_all{suffix}.png"
            view.grab().save(str(path))
            written.append(path)
    finally:
        wizard.close()
        wizard.deleteLater()
        app.setFont(old_font)
        i18n.set_language(i18n.DEFAULT_LANGUAGE)
        _settle(app)
    return written


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", nargs="?", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", choices=[*i18n.LANGUAGES, i18n.PSEUDO_LANGUAGE], default=None)
    args = parser.parse_args(argv[1:])
    if args.language:
        runs = [(1.0, args.language)]
    else:
        runs = [(1.0, i18n.DEFAULT_LANGUAGE), (2.0, i18n.DEFAULT_LANGUAGE)]
    for scale, language in runs:
        for path in render_wizard_pages(args.outdir, scale, language=language):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
