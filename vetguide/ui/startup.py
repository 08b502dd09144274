"""The main window's start-up: placeholders until the data is loaded, the loading itself,
and what the user is told about how the shortlists database was opened.

The window shows its frame with :class:`LoadingPlaceholder` panes first; :class:`Startup`
(``window.startup``) loads the data at the event-loop turn after the first paint (or after
:data:`LOAD_FALLBACK_MS` when a shown window is never painted, e.g. minimised), has the
window put its real panes in, and then shows the messages gathered meanwhile.
:func:`opening_report` turns the store's account of opening
(:class:`~vetguide.model.library_db.Opened`) into those messages, and says whether the
window may save. Nothing here imports the model at import time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QVBoxLayout, QWidget

from vetguide import APP_NAME
from vetguide.ui import dialogs
from vetguide.ui.dialogs import STATUS_TIMEOUT_MS
from vetguide.ui.i18n import QT_TRANSLATE_NOOP, tr

if TYPE_CHECKING:
    from concurrent.futures import Future

    from vetguide.model.catalogue import Catalogue
    from vetguide.model.library_db import Opened
    from vetguide.model.texts import Texts
    from vetguide.ui.main_window import MainWindow

LOAD_FAILED = QT_TRANSLATE_NOOP("", "The catalogue could not be loaded.")
BUSY_BAR_WIDTH = 160
LOAD_FALLBACK_MS = 500  # load even if the shown window is never painted (e.g. minimised)


class LoadState(Enum):
    WAITING = "waiting"  # frame only; loads after the first paint
    LOADING = "loading"
    LOADED = "loaded"
    FAILED = "failed"


class LoadingPlaceholder(QFrame):
    """Stands where a pane will be until the data is loaded: the pane's frame, one line and,
    while that line says something is being loaded, a busy bar under it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source_text = text  # English; shown through tr()
        self.setObjectName("loading_placeholder")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFrameShadow(QFrame.Shadow.Sunken)
        self.setBackgroundRole(self.palette().ColorRole.Base)
        self.setAutoFillBackground(True)
        self.label = QLabel()
        self.label.setObjectName("loading_label")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.busy_bar = QProgressBar()  # no range: Qt animates it as "busy"
        self.busy_bar.setObjectName("loading_busy_bar")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(BUSY_BAR_WIDTH)
        self.busy_bar.setVisible(bool(text))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.busy_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.retranslate()

    def set_text(self, text: str) -> None:
        """Show ``text``, an English source text (translated here and on a change), without
        the busy bar: nothing is being loaded any more (e.g. the loading failed)."""
        self.source_text = text
        self.busy_bar.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(tr(self.source_text) if self.source_text else "")


class Startup(QObject):
    """Loads the window's data once, right after its first paint, and then tells the user
    what happened on the way (a damaged or newer shortlists database, a backup to restore).

    The shortlists database is opened (checked, read, migrated if need be) in a worker thread
    while the UI thread loads the catalogue; a large library keeps the window responsive,
    its placeholders saying what is being loaded, until it is read.
    """

    library_opened = Signal(object)  # the Future of the library being opened (queued)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.library_opened.connect(self._library_opened)
        self._loading: tuple[Catalogue, tuple[Catalogue, Texts, str]] | None = None
        self._stopped = False
        self.state = LoadState.WAITING
        self.messages: list[tuple[str, str]] = []  # (title, text), shown once loaded
        self.offer_backup: Path | None = None  # offered after the messages
        self._load_due = False
        self._shown_once = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._load_when_shown)

    def window_shown(self) -> None:
        """From the window's showEvent."""
        if self._shown_once:
            return
        self._shown_once = True
        if self.state is LoadState.WAITING:
            self._timer.start(LOAD_FALLBACK_MS)
        if self.messages:
            QTimer.singleShot(0, self, self.show_messages)

    def window_painted(self) -> None:
        """From the window's paintEvent: the frame is on screen once this paint is flushed,
        so the data is loaded at the next turn."""
        if self.state is LoadState.WAITING and not self._load_due and self.window.isVisible():
            self._load_due = True
            self._timer.start(0)

    def stop(self) -> None:
        """The window closes: load nothing more."""
        self._timer.stop()
        self._stopped = True

    def _load_when_shown(self) -> None:
        if self.window.isVisible():
            self.load()

    def load(self) -> bool:
        """Load the catalogue and texts, start opening the shortlists in a worker thread and
        fill the panes when they are read (:meth:`_library_opened`, which emits the window's
        ``loaded``). False when the catalogue cannot be loaded: the placeholders say so and
        the window's ``load_failed`` is emitted with the reason. Does nothing but say whether
        the catalogue was loaded when called again.
        """
        if self.state is not LoadState.WAITING:
            return self.state in (LoadState.LOADING, LoadState.LOADED)
        self.state = LoadState.LOADING
        self._timer.stop()
        from vetguide.model import library_db
        from vetguide.model.resources import DataError

        w = self.window
        opening = library_db.in_thread(library_db.open_library, "vetguide-open-library")
        try:
            w.data = w.packs.context()
            self._loading = (w.data.english, (w.data.catalogue, w.data.texts, w.data.language))
        except DataError as exc:
            self.state = LoadState.FAILED
            opening.add_done_callback(library_db.close_opened)
            w.unsetCursor()
            w.placeholders[0].set_text(LOAD_FAILED)
            w.placeholders[2].set_text("")
            w.load_failed.emit(str(exc))
            return False
        # Emitted from the worker thread (queued to this one), or here if already done.
        opening.add_done_callback(self.library_opened.emit)
        return True

    def _library_opened(self, opening: Future[Opened]) -> None:
        from vetguide.model import library_db

        if self._stopped or self._loading is None:
            library_db.close_opened(opening)  # the window closed meanwhile
            return
        (catalogue, localised), self._loading = self._loading, None
        w = self.window
        w.install_panes(catalogue, localised, opening)
        w.show_data()
        w.unsetCursor()
        if w.focusWidget() is None:
            w.catalogue_pane.filter_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._shown_once and self.messages:
            QTimer.singleShot(0, self, self.show_messages)
        w.loaded.emit()

    def show_messages(self) -> None:
        """The messages gathered while loading, then the offer of a backup, once each."""
        if self.state is not LoadState.LOADED:
            return  # shown when the data is loaded
        w = self.window
        messages, self.messages = self.messages, []
        for title, text in messages:
            w.statusBar().showMessage(title, STATUS_TIMEOUT_MS)
            dialogs.warn(w, title, text)
        backup, self.offer_backup = self.offer_backup, None
        if backup is not None:
            w.help_flows.restore_backup(backup)


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
