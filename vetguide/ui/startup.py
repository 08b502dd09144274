"""The main window's start-up: placeholders until the data is loaded, and what the user is
told about how the shortlists database was opened.

The window shows its frame with :class:`LoadingPlaceholder` panes first and loads after the
first paint (see :mod:`vetguide.ui.main_window`); :func:`opening_report` turns the store's
account of opening (:class:`~vetguide.model.library_db.Opened`) into the messages shown once
the data is on screen, and says whether the window may save.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from vetguide import APP_NAME
from vetguide.ui.i18n import tr

if TYPE_CHECKING:
    from vetguide.model.library_db import Opened


class LoadState(Enum):
    WAITING = "waiting"  # frame only; loads after the first paint
    LOADING = "loading"
    LOADED = "loaded"
    FAILED = "failed"


class LoadingPlaceholder(QFrame):
    """Stands where a pane will be until the data is loaded: the pane's frame and one line."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source_text = text  # English; shown through tr()
        self.setObjectName("loading_placeholder")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFrameShadow(QFrame.Shadow.Sunken)
        self.setBackgroundRole(self.palette().ColorRole.Base)
        self.setAutoFillBackground(True)
        self.label = QLabel(tr(text) if text else "")
        self.label.setObjectName("loading_label")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)

    def set_text(self, text: str) -> None:
        """Show ``text``, an English source text (translated here and on a change)."""
        self.source_text = text
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(tr(self.source_text) if self.source_text else "")


@dataclass
class OpeningReport:
    """Messages (title, text) to show, whether saving stays on, a backup to offer, and a
    passing note for the status bar."""

    messages: list[tuple[str, str]] = field(default_factory=list)
    can_save: bool = True
    offer_backup: Path | None = None
    status: str = ""


def not_opened_message(problem: Exception) -> tuple[str, str]:
    """The message when the shortlists cannot be opened at all (the window will not save)."""
    return (
        tr("Your shortlists could not be opened"),
        tr(
            "{problem}\n\n{app} starts with no shortlists and will not save "
            "changes, so that the file stays as it is. Move or repair the file, "
            "then start {app} again."
        ).format(problem=problem, app=APP_NAME),
    )


def opening_report(opened: Opened) -> OpeningReport:
    """What the user should know about how the library was opened, and what follows."""
    report = OpeningReport()
    messages = report.messages
    if opened.newer_version is not None:
        report.can_save = False
        messages.append(
            (
                tr("Your shortlists come from a newer {app}").format(app=APP_NAME),
                tr(
                    "The database {path} was written by a newer version of {app}. It is "
                    "shown read-only and left exactly as it is: update {app} to change "
                    "your shortlists."
                ).format(path=opened.store.path, app=APP_NAME),
            )
        )
    if opened.damaged_copy is not None:
        report.offer_backup = opened.latest_backup
        messages.append(
            (
                tr("Your shortlists database was damaged"),
                tr(
                    "The database could not be read:\n{problem}\n\n"
                    "It was moved aside, unchanged, to:\n{copy}\n\n"
                    "{app} starts with an empty library."
                ).format(problem=opened.problem, copy=opened.damaged_copy, app=APP_NAME),
            )
        )
    if opened.json_damaged_copy is not None:
        messages.append(
            (
                tr("Your shortlists file was damaged"),
                tr(
                    "The file {path} could not be read:\n{problem}\n\n"
                    "It was moved aside, unchanged, to:\n{copy}\n\n"
                    "{app} starts with no shortlists. Keep the copy if you want to "
                    "recover its contents."
                ).format(
                    path=opened.store.path.with_name("library.json"),
                    problem=opened.problem,
                    copy=opened.json_damaged_copy,
                    app=APP_NAME,
                ),
            )
        )
    if opened.migrated_from is not None:
        message = tr("Your shortlists now live in a database; the old file is kept as {path}.")
        report.status = message.format(path=opened.migrated_from)
    return report
