"""Contrast of the colours that carry meaning (WCAG AA, 4.5:1), computed from the one palette
module, on a light and a dark window palette; and every view takes its colours from it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory

from vetguide.model.vocab import Outcome, Verdict
from vetguide.ui import palette
from vetguide.ui.palette import (
    BANNER,
    DARK,
    LIGHT,
    NEUTRAL_BADGE,
    REFERENCE_BACKGROUNDS,
    VERDICT_COLOURS,
    apply_links,
    contrast_ratio,
    dark_palette,
    scheme,
)

AA = 4.5
UI = Path(palette.__file__).parent


def test_contrast_ratio_follows_wcag():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#ffffff", "#767676") == contrast_ratio("#767676", "#ffffff")


@pytest.mark.parametrize("pair", [*VERDICT_COLOURS.values(), NEUTRAL_BADGE, BANNER])
def test_badges_and_banner_meet_aa_on_their_own_background(pair):
    assert contrast_ratio(*pair) >= AA


def _window_backgrounds(p: QPalette) -> list[str]:
    roles = (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase)
    return [p.color(role).name() for role in roles]


def _scheme_colours(chosen) -> dict[str, str]:
    colours = {f"mark {o.value}": c for o, c in chosen.marks.items()}
    colours |= {
        "warning": chosen.warning,
        "overdue": chosen.overdue,
        "link": chosen.link,
        "visited link": chosen.link_visited,
    }
    return colours


def _palettes() -> list[tuple[str, QPalette]]:
    fusion = QStyleFactory.create("Fusion")
    assert fusion is not None
    return [
        ("Fusion light", fusion.standardPalette()),
        ("application", QApplication.palette()),
        ("dark", dark_palette()),
    ]


def test_marks_warnings_and_links_meet_aa_on_light_and_dark_windows(qapp):
    checked = 0
    for name, p in _palettes():
        chosen = scheme(p)
        backgrounds = _window_backgrounds(p) + list(REFERENCE_BACKGROUNDS[chosen.name])
        for what, colour in _scheme_colours(chosen).items():
            for background in backgrounds:
                ratio = contrast_ratio(colour, background)
                assert ratio >= AA, f"{name}: {what} {colour} on {background} is {ratio:.2f}"
                checked += 1
    assert checked > 50


def test_the_scheme_follows_the_window_palette(qapp):
    assert scheme(dark_palette()) is DARK
    fusion = QStyleFactory.create("Fusion")
    assert scheme(fusion.standardPalette()) is LIGHT
    assert dark_palette().color(QPalette.ColorRole.Link).name() == DARK.link
    light = apply_links(fusion.standardPalette())
    assert light.color(QPalette.ColorRole.Link).name() == LIGHT.link
    assert set(LIGHT.marks) == set(DARK.marks) == set(Outcome)
    assert set(VERDICT_COLOURS) == set(Verdict)


def test_a_criterion_mark_takes_the_dark_colour_on_a_dark_palette(qapp):
    from datetime import date

    from vetguide.model.profile import InstitutionProfile
    from vetguide.model.recommend import recommend
    from vetguide.model.resources import load_catalogue, load_texts
    from vetguide.ui.results_view import CriterionRow

    school = InstitutionProfile(organisation_type="vet_provider", country="RS")
    criterion = recommend(school, load_catalogue(), date(2026, 1, 10)).actions[0].criteria[0]
    light = QStyleFactory.create("Fusion").standardPalette()
    saved = QApplication.palette()
    try:
        for p, chosen in ((dark_palette(), DARK), (light, LIGHT)):
            QApplication.setPalette(p)
            row = CriterionRow(criterion, load_texts())
            mark = row.findChild(QLabel, "mark")
            assert chosen.marks[criterion.outcome] in mark.styleSheet()
    finally:
        QApplication.setPalette(saved)


def test_no_view_writes_its_own_colour():
    """Every colour of the views comes from the palette module (one place to check)."""
    hex_colour = re.compile(r"#[0-9a-fA-F]{6}\b")
    offenders = [
        f"{path.name}: {match}"
        for path in sorted(UI.glob("*.py"))
        if path.name != "palette.py"
        for match in hex_colour.findall(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
