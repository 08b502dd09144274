"""The one place for the colours that carry meaning: verdict badges, criterion marks, the
deadline banner, warnings, overdue steps and links.

Each colour is chosen for the background it is drawn on, so that the contrast meets WCAG AA
(4.5:1 for normal text) in a light and in a dark window palette. Badges and the banner have
their own fixed background and look the same in both; marks, warnings and links are drawn on
the window's own background, so they have a light and a dark variant and :func:`scheme`
picks the one that fits the current palette. ``tests/ui/test_palette.py`` computes the
ratios from this module. The memo (printed, on white) uses the light scheme.

The colour data and the ratio need no Qt (the memo's HTML is built without Qt); the
functions that read or build a ``QPalette`` import Qt when called.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from vetguide.model.vocab import Outcome, Verdict

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette

# Foreground on background, both fixed so the contrast holds in light and dark themes.
VERDICT_COLOURS: dict[Verdict, tuple[str, str]] = {
    Verdict.ELIGIBLE: ("#14532d", "#dcfce7"),
    Verdict.CONDITIONAL: ("#713f12", "#fef3c7"),
    Verdict.INELIGIBLE: ("#7f1d1d", "#fee2e2"),
}
NEUTRAL_BADGE = ("#374151", "#f3f4f6")
BANNER = ("#0c4a6e", "#e0f2fe")
BANNER_BORDER = "#7dd3fc"


@dataclass(frozen=True)
class Scheme:
    """Colours drawn on the window's own background (light or dark variant)."""

    name: str
    marks: dict[Outcome, str]
    warning: str  # unverified facts, problems in a form
    overdue: str
    link: str
    link_visited: str


LIGHT = Scheme(
    name="light",
    marks={Outcome.MET: "#166534", Outcome.NOT_MET: "#b91c1c", Outcome.UNKNOWN: "#92400e"},
    warning="#9a3412",
    overdue="#b91c1c",
    link="#1d4ed8",
    link_visited="#6b21a8",
)
DARK = Scheme(
    name="dark",
    marks={Outcome.MET: "#4ade80", Outcome.NOT_MET: "#fca5a5", Outcome.UNKNOWN: "#fcd34d"},
    warning="#fdba74",
    overdue="#fca5a5",
    link="#93c5fd",
    link_visited="#d8b4fe",
)

# The backgrounds the window draws text on, per scheme: the darkest (light scheme) or the
# lightest (dark scheme) of the window and view colours of common styles.
REFERENCE_BACKGROUNDS = {
    "light": ("#ffffff", "#efefef", "#e8e8e8"),
    "dark": ("#1e1e1e", "#2a2a2a", "#353535", "#3c3c3c"),
}


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` draws light text on a dark window."""
    from PySide6.QtGui import QPalette

    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def scheme(palette: QPalette | None = None) -> Scheme:
    """The scheme for ``palette`` (default: the application's)."""
    if palette is None:
        from PySide6.QtWidgets import QApplication

        palette = QApplication.palette()
    return DARK if is_dark(palette) else LIGHT


def html_style(palette: QPalette | None = None) -> str:
    """Style sheet rules for the rich-text views: the warning colour of the scheme."""
    return f".unverified {{ color: {scheme(palette).warning}; font-weight: bold; }}\n"


def apply_links(palette: QPalette) -> QPalette:
    """``palette`` with the link colours of its scheme (Qt's default blue is too dark on a
    dark window)."""
    from PySide6.QtGui import QColor, QPalette

    chosen = scheme(palette)
    palette.setColor(QPalette.ColorRole.Link, QColor(chosen.link))
    palette.setColor(QPalette.ColorRole.LinkVisited, QColor(chosen.link_visited))
    return palette


def dark_palette() -> QPalette:
    """A dark window palette (for screenshots and tests)."""
    from PySide6.QtGui import QColor, QPalette

    p = QPalette()
    window, base, text = QColor("#2a2a2a"), QColor("#1e1e1e"), QColor("#e5e5e5")
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, QColor("#353535")),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, QColor("#353535")),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.ToolTipBase, QColor("#3c3c3c")),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, QColor("#a3a3a3")),
        (QPalette.ColorRole.Highlight, QColor("#2563eb")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.Mid, QColor("#525252")),
        (QPalette.ColorRole.Light, QColor("#4a4a4a")),
        (QPalette.ColorRole.Dark, QColor("#1a1a1a")),
    ):
        p.setColor(role, colour)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8a8a8a"))
    return apply_links(p)


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``#rrggbb``."""
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio (1 to 21) of two colours."""
    a, b = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)
