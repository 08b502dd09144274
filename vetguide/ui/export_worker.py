"""The PDF memo written in a worker thread, with a progress dialog that can cancel it.

A shortlist of a thousand actions with long notes makes a memo of thousands of pages and
takes minutes; the window must stay responsive meanwhile. :class:`ExportJob` runs
:func:`vetguide.report.pdf.export_shortlist_pdf` in a QThread on a copy of the shortlist
and reports ``progress(done, total)``, then exactly one of ``finished(path)``,
``failed(message)`` or ``cancelled()``. The PDF is written through QSaveFile: a failed or
cancelled export leaves no file and keeps an earlier one intact.

:func:`run_export_with_progress` runs a job under a window-modal progress dialog and waits
for it while the event loop keeps turning; Cancel (or Escape, or closing the dialog) stops
the job.

PySide6 keeps Python's GIL during each Qt call, so the window can wait for the length of the
longest single step of the export (laying out one action, about 0.1 s for a note of 100 KB);
the export is cut in parts and pages to keep those steps short.
"""

from __future__ import annotations

import threading
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    SIGNAL,
    SLOT,
    QCoreApplication,
    QEventLoop,
    QObject,
    Qt,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from vetguide.model.catalogue import Catalogue
from vetguide.model.shortlist import Shortlist
from vetguide.report import ExportError
from vetguide.ui.i18n import QT_TRANSLATE_NOOP, tr

SHOW_AFTER_MS = 400  # a quick export shows no dialog at all
# English source texts, shown through tr().
CANCELLED_MESSAGE = QT_TRANSLATE_NOOP("", "PDF export cancelled; no file was written.")

_running: set[ExportJob] = set()  # jobs whose thread runs: kept alive until it has ended


class _Worker(QObject):
    """Lives in the job's thread and runs the export there."""

    progress = Signal(int, int)
    ended = Signal(str, str)  # outcome ("finished", "failed", "cancelled"), message

    def __init__(
        self,
        shortlist: Shortlist,
        catalogue: Catalogue,
        path: Path,
        today: date,
        language: str,
        stop: threading.Event,
    ) -> None:
        super().__init__()
        self._args = (shortlist, catalogue, path, today, language)
        self._stop = stop

    def _cancelled(self) -> bool:
        # Asked before every part and page. Qt calls keep the GIL, so hand it to the UI
        # thread here if it waits for it: its events are handled between two pages.
        time.sleep(0)
        return self._stop.is_set()

    @Slot()
    def run(self) -> None:
        from vetguide.report.pdf import ExportCancelled, export_shortlist_pdf

        shortlist, catalogue, path, today, language = self._args
        try:
            export_shortlist_pdf(
                shortlist,
                catalogue,
                path,
                today=today,
                language=language,
                progress=self.progress.emit,
                cancelled=self._cancelled,
            )
        except ExportCancelled:
            self.ended.emit("cancelled", "")
        except ExportError as exc:
            self.ended.emit("failed", str(exc))
        except Exception as exc:  # a bug: report it rather than lose it in the thread
            self.ended.emit("failed", f"the PDF could not be made: {exc}")
        else:
            self.ended.emit("finished", "")


class ExportJob(QObject):
    """One export of a shortlist's memo to ``path``, run in a worker thread.

    The shortlist is copied when the job is made: edits made while it runs are not in the
    PDF and cannot disturb it. Signals arrive in the thread that made the job (the UI
    thread); the last one is ``finished``, ``failed`` or ``cancelled``, sent once the worker
    thread has ended.
    """

    progress = Signal(int, int)  # steps done, steps in all
    finished = Signal(Path)  # the PDF written
    failed = Signal(str)  # why no PDF was written (an earlier file is kept)
    cancelled = Signal()  # stopped on request; no PDF was written (an earlier file is kept)

    def __init__(
        self,
        shortlist: Shortlist,
        catalogue: Catalogue,
        path: Path,
        *,
        today: date,
        language: str = "en",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.title = shortlist.name
        self._shortlist = shortlist.model_copy(deep=True)  # strings are shared, not copied
        self._catalogue = catalogue
        self._today = today
        self._language = language
        self._stop = threading.Event()
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._outcome: tuple[str, str] | None = None
        self.done = False

    def is_running(self) -> bool:
        return self._thread is not None

    def is_cancelling(self) -> bool:
        """True once cancel() was asked."""
        return self._stop.is_set()

    def start(self) -> None:
        """Start the export (once); the signals tell how it goes."""
        if self._thread is not None or self.done:
            raise RuntimeError("an export job runs only once")
        from vetguide.report.pdf import ensure_gui_application, memo_font_family

        app = ensure_gui_application()
        memo_font_family()  # fonts are registered here, in the UI thread
        self._thread = QThread()
        self._thread.setObjectName("pdf_export")
        self._worker = _Worker(
            self._shortlist, self._catalogue, self.path, self._today, self._language, self._stop
        )
        self._worker.moveToThread(self._thread)
        self._worker.progress.connect(self.progress)
        self._worker.ended.connect(self._ended)
        self._thread.started.connect(self._worker.run)
        self._thread.finished.connect(self._thread_finished)
        app.aboutToQuit.connect(self.cancel_and_wait)
        _running.add(self)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the export to stop; ``cancelled`` follows (or ``finished`` if it was done)."""
        self._stop.set()

    def cancel_and_wait(self) -> None:
        """Stop the export and wait for its thread (the application is quitting)."""
        self.cancel()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()

    @Slot(str, str)
    def _ended(self, outcome: str, message: str) -> None:
        self._outcome = (outcome, message)
        if self._thread is not None:
            self._thread.quit()  # its end is reported by _thread_finished

    @Slot()
    def _thread_finished(self) -> None:
        thread, self._thread, self._worker = self._thread, None, None
        _running.discard(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.disconnect(self.cancel_and_wait)
        if thread is not None:
            thread.deleteLater()
        self.done = True
        outcome, message = self._outcome or ("failed", "the export stopped unexpectedly")
        if outcome == "finished":
            self.finished.emit(self.path)
        elif outcome == "cancelled":
            self.cancelled.emit()
        else:
            self.failed.emit(message)


class ExportProgressDialog(QProgressDialog):
    """Stays up until the job has ended: Cancel, Escape or closing it only asks to stop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # QProgressDialog hides itself on Cancel; here it waits for the job to confirm.
        QObject.disconnect(self, SIGNAL("canceled()"), self, SLOT("cancel()"))
        self.setObjectName("export_progress")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(SHOW_AFTER_MS)
        self.setWindowTitle(tr("Export PDF"))
        self.setCancelButtonText(tr("Cancel"))
        self._over = False

    def end(self) -> None:
        """The job has ended: hide for good and go.

        QProgressDialog shows itself from a timer once the minimum duration has passed; after
        a quick export that timer was still running, and it brought the hidden dialog back,
        window-modal, over the "PDF saved" message. ``reset()`` stops it, and ``setVisible``
        refuses to show an ended dialog in case anything else tries.
        """
        self._over = True
        self.reset()
        self.hide()
        self.deleteLater()

    def setVisible(self, visible: bool) -> None:
        if visible and self._over:
            return
        super().setVisible(visible)

    def cancel_button(self) -> QPushButton | None:
        return self.findChild(QPushButton)

    def reject(self) -> None:
        self.canceled.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.canceled.emit()


def run_export_with_progress(parent: QWidget | None, job: ExportJob) -> Path | None:
    """Run ``job`` under a window-modal progress dialog over ``parent``; return when it ends.

    Returns the path of the PDF when written, or None when the user cancelled (no file was
    written, an earlier one is kept). Raises :class:`ExportError` with the reason when the
    export failed. Events are processed while waiting, so the window repaints; the dialog
    keeps input away from ``parent`` only.
    """
    dialog = ExportProgressDialog(parent)
    dialog.setLabelText(tr("Writing the memo of “{name}” as a PDF…").format(name=job.title))
    dialog.setRange(0, 0)  # busy until the first progress
    loop = QEventLoop()
    result: dict[str, object] = {}

    def progress(done: int, total: int) -> None:
        if not result and not job.is_cancelling():
            dialog.setRange(0, max(total, 1))
            dialog.setValue(done)

    def cancel() -> None:
        if result or job.is_cancelling():
            return
        job.cancel()
        dialog.setLabelText(tr("Cancelling…"))
        button = dialog.cancel_button()
        if button is not None:
            button.setEnabled(False)

    def ended(outcome: str, value: object = None) -> None:
        result[outcome] = value
        loop.quit()

    dialog.canceled.connect(cancel)
    job.progress.connect(progress)
    job.finished.connect(lambda path: ended("finished", path))
    job.failed.connect(lambda message: ended("failed", message))
    job.cancelled.connect(lambda: ended("cancelled"))
    try:
        job.start()
        if not result:
            loop.exec()
    finally:
        dialog.canceled.disconnect(cancel)
        dialog.end()
    if "finished" in result:
        return Path(str(result["finished"]))
    if "failed" in result:
        raise ExportError(str(result["failed"]))
    return None


def cancelled_message() -> str:
    """What the status bar says after a cancelled export, in the UI language."""
    return tr(CANCELLED_MESSAGE)
