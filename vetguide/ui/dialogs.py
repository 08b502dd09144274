"""The dialog service: every message box, question and file dialog goes through here.

Widgets call these module-level functions (``dialogs.warn(...)``), never QMessageBox or
QFileDialog directly, so tests replace them with recorders and scripted answers instead of
clicking real modal dialogs. Button texts are ours (``tr``), since Qt has no Serbian
translation of its own buttons.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QCursor, QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from vetguide.ui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

STATUS_TIMEOUT_MS = 8000  # how long a passing message stays in the status bar


def file_filter(name: str, pattern: str) -> str:
    """A file dialog's type choice: ``name`` (``pattern``), then all files.

    The patterns stay out of the translated text, so that no script changes them.
    """
    everything = tr("All files")
    return f"{name} ({pattern});;{everything} (*)"


def json_filter() -> str:
    """The file-type choice of the shortlist file dialogs: ``.vetguide``, and the ``.json``
    of earlier versions."""
    return file_filter(tr("Shortlist files"), "*.vetguide *.json")


def _named(button: QAbstractButton | None, text: str) -> None:
    if button is not None:
        button.setText(text)


def _box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, details: str = ""
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText(details)
    return box


def inform(parent: QWidget | None, title: str, text: str, icon: QIcon | None = None) -> None:
    """Tell the user something; one OK button (``icon``: shown instead of the standard one)."""
    box = _box(parent, QMessageBox.Icon.Information, title, text)
    if icon is not None and not icon.isNull():
        box.setIconPixmap(icon.pixmap(64, 64))
    _named(box.addButton(QMessageBox.StandardButton.Ok), tr("OK"))
    box.exec()


def inform_with_open(
    parent: QWidget | None, title: str, text: str, path: Path, open_label: str = ""
) -> bool:
    """Tell the user the file ``path`` was saved; True when they ask to open it.

    The caller opens it (``open_url(QUrl.fromLocalFile(...))``), so tests see both steps.
    """
    box = _box(parent, QMessageBox.Icon.Information, title, text)
    open_button = box.addButton(open_label or tr("&Open"), QMessageBox.ButtonRole.AcceptRole)
    close = box.addButton(QMessageBox.StandardButton.Close)
    _named(close, tr("Close"))
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    box.exec()
    return box.clickedButton() is open_button


def warn(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """Tell the user something went wrong and what it means for them; one OK button."""
    box = _box(parent, QMessageBox.Icon.Warning, title, text, details)
    _named(box.addButton(QMessageBox.StandardButton.Ok), tr("OK"))
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, action: str = "") -> bool:
    """Ask before doing something that cannot be undone; Cancel is the default answer."""
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    yes = box.addButton(action or tr("OK"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    _named(cancel, tr("Cancel"))
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is yes


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """One line of text, or None when the user cancels."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setTextValue(text)
    dialog.setOkButtonText(tr("OK"))
    dialog.setCancelButtonText(tr("Cancel"))
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


def open_file_path(
    parent: QWidget | None, title: str, directory: Path, name_filter: str = ""
) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, title, str(directory), name_filter or json_filter()
    )
    return Path(name) if name else None


def save_file_path(
    parent: QWidget | None,
    title: str,
    suggested: Path,
    name_filter: str = "",
    suffix: str = "json",
) -> Path | None:
    """Where to save; adds ``suffix`` when the user typed a name without one."""
    dialog = QFileDialog(parent, title, str(suggested.parent), name_filter or json_filter())
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(suffix)
    dialog.selectFile(suggested.name)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def ask_printer(parent: QWidget | None, title: str, printer: QPrinter) -> bool:
    """The system's print dialog for ``printer``; True: print (the printer is set up)."""
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def open_url(url: QUrl) -> bool:
    """Open a link in the system browser."""
    return QDesktopServices.openUrl(url)


def ask_unsaved(parent: QWidget | None, title: str, text: str) -> str:
    """Closing with unsaved changes: "export" (Save elsewhere…), "discard" or "cancel"."""
    box = _box(parent, QMessageBox.Icon.Warning, title, text)
    export = box.addButton(tr("&Save elsewhere…"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("Close &without saving"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    _named(cancel, tr("Cancel"))
    box.setDefaultButton(export)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return "export" if clicked is export else "discard" if clicked is discard else "cancel"


def choose_folder(parent: QWidget | None, title: str, directory: Path) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, str(directory))
    return Path(name) if name else None


def choose_backup(parent: QWidget | None, title: str, backups: list[Path]) -> Path | None:
    """Let the user pick one of ``backups`` (newest first); None when cancelled."""
    from vetguide.ui.restore_dialog import RestoreDialog

    dialog = RestoreDialog(backups, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != RestoreDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()


@contextlib.contextmanager
def wait_cursor() -> Iterator[None]:
    """Show the busy cursor over the whole application while a slow step runs."""
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
