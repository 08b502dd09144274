"""A calm banner for the main window when every deadline of the newest call year is past.

It says so, and that the dates shown next are expected from the pattern of earlier calls,
not announced. Hidden while any deadline of that year is still ahead. Whether to show it
is :func:`vetguide.model.deadlines.all_passed`; the wording of "expected" is the model's.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from vetguide.model.catalogue import Catalogue
from vetguide.model.deadlines import EXPECTED_LABEL, all_passed, newest_call_year

# Foreground on background, both fixed so the contrast holds in light and dark themes.
BANNER_STYLE = (
    "QLabel#deadline_banner { color: #0c4a6e; background: #e0f2fe;"
    " border: 1px solid #7dd3fc; border-radius: 4px; padding: 6px 10px; }"
)


def banner_text(catalogue: Catalogue, today: date) -> str:
    """The banner's message, or "" while a deadline of the newest call year is ahead."""
    if not all_passed(catalogue, today):
        return ""
    year = newest_call_year(catalogue)
    return (
        f"ℹ All deadlines of the {year} call have passed. The deadlines shown from now on "
        f"are for the next call: {EXPECTED_LABEL}."
    )


class DeadlineBanner(QLabel):
    """Shown only when every deadline of the newest call year in the data has passed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deadline_banner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(BANNER_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setAccessibleName("Call year notice")
        self.setHidden(True)

    def update_for(self, catalogue: Catalogue, today: date) -> bool:
        """Show or hide the banner for ``today``; return whether it is shown."""
        text = banner_text(catalogue, today)
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setHidden(not text)
        return bool(text)
