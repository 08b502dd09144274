"""File → Print…: the current shortlist's memo on paper, through the system's print dialog.

The memo is the one Export PDF saves, laid out and painted by the same code
(:func:`vetguide.report.pdf.print_memo`). The printer starts on A4 with the memo's margins and
the shortlist's name as the job's name; the user picks the printer, paper, copies and pages in
the dialog (or "Print to file"). A progress dialog with Cancel shows while a long memo is sent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QProgressDialog

from vetguide.ui import dialogs
from vetguide.ui.i18n import tr

if TYPE_CHECKING:
    from vetguide.ui.main_window import MainWindow

SHOW_PROGRESS_AFTER_MS = 400


def memo_printer(title: str) -> QPrinter:
    """A printer as the print dialog first shows it: A4, the memo's margins, named ``title``."""
    from vetguide.report.pdf import memo_page_layout

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(memo_page_layout())
    printer.setDocName(title)
    return printer


def print_current_memo(window: MainWindow) -> bool:
    """Ask where to print the current shortlist's memo, then print it; True once printed."""
    from vetguide.report import ExportError
    from vetguide.report.pdf import ExportCancelled, print_memo
    from vetguide.ui.user_text import shown

    shortlist = window.current_shortlist()
    if shortlist is None or not shortlist.items:
        return False
    if window._note_timer.isActive():  # the note being typed goes into the memo
        window.saving.save()
    printer = memo_printer(shortlist.name)
    if not dialogs.ask_printer(window, tr("Print the memo"), printer):
        return False
    progress = QProgressDialog(window)
    progress.setObjectName("print_progress")
    progress.setWindowTitle(tr("Print the memo"))
    progress.setLabelText(tr("Sending the memo to the printer…"))
    progress.setCancelButtonText(tr("Cancel"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
    progress.setAutoClose(False)

    def advance(done: int, total: int) -> None:
        progress.setMaximum(max(total, 1))
        progress.setValue(done)  # a window-modal dialog keeps the events turning here

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        print_memo(
            printer,
            shortlist.model_copy(deep=True),
            window._loaded_catalogue(),
            today=window.today,
            language=window.data_language,
            progress=advance,
            cancelled=progress.wasCanceled,
        )
    except ExportCancelled:
        window.show_status(tr("Printing cancelled."))
        return False
    except ExportError as exc:
        dialogs.warn(
            window,
            tr("The memo could not be printed"),
            tr("{problem}\n\nCheck the printer and try again.").format(problem=exc),
        )
        return False
    finally:
        QApplication.restoreOverrideCursor()
        progress.reset()
        progress.deleteLater()
    where = printer.outputFileName() or printer.printerName()
    window.show_status(
        tr("The memo of “{name}” was sent to {printer}.").format(
            name=shown(shortlist.name), printer=where
        )
    )
    return True
