"""A calm banner for the main window when every deadline of the newest call year is past.

It says so, and that the dates shown next are expected from the pattern of earlier calls,
not announced. Hidden while any deadline of that year is still ahead. Whether to show it
is :func:`vetguide.model.deadlines.all_passed`; the English wording of "expected" is the
model's :data:`~vetguide.model.deadlines.EXPECTED_LABEL`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from vetguide.model.catalogue import Catalogue
from vetguide.model.deadlines import all_passed, newest_call_year
from vetguide.ui.i18n import tr
from vetguide.ui.palette import BANNER, BANNER_BORDER

# Foreground on background, both fixed so the contrast holds in light and dark themes.
BANNER_STYLE = (
    f"QLabel#deadline_banner {{ color: {BANNER[0]}; background: {BANNER[1]};"
    f" border: 1px solid {BANNER_BORDER}; border-radius: 4px; padding: 6px 10px; }}"
)


def banner_text(catalogue: Catalogue, today: date) -> str:
    """The banner's message, or "" while a deadline of the newest call year is ahead."""
    if not all_passed(catalogue, today):
        return ""
    year = newest_call_year(catalogue)
    # The model's EXPECTED_LABEL in English (a test keeps the two in step).
    expected = tr("expected from the pattern of earlier calls, not announced")
    return tr(
        "ℹ All deadlines of the {year} call have passed. The deadlines shown from now on "
        "are for the next call: {expected}."
    ).format(year=year, expected=expected)


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
        self.setHidden(True)
        self._shown_for: tuple[Catalogue, date] | None = None
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(tr("Call year notice"))
        if self._shown_for is not None:
            self.update_for(*self._shown_for)

    def update_for(self, catalogue: Catalogue, today: date) -> bool:
        """Show or hide the banner for ``today``; return whether it is shown."""
        self._shown_for = (catalogue, today)
        text = banner_text(catalogue, today)
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setHidden(not text)
        return bool(text)
