"""The dialog service: every message box, question and file dialog goes through here.

Widgets call these module-level functions (``dialogs.warn(...)``), never QMessageBox or
QFileDialog directly, so tests replace them with recorders and scripted answers instead of
clicking real modal dialogs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

JSON_FILTER = "Shortlist files (*.json);;All files (*)"


def _box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, details: str = ""
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText(details)
    return box


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something; one OK button."""
    box = _box(parent, QMessageBox.Icon.Information, title, text)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


def inform_with_open(
    parent: QWidget | None, title: str, text: str, path: Path, open_label: str = "&Open"
) -> bool:
    """Tell the user the file ``path`` was saved; True when they ask to open it.

    The caller opens it (``open_url(QUrl.fromLocalFile(...))``), so tests see both steps.
    """
    box = _box(parent, QMessageBox.Icon.Information, title, text)
    open_button = box.addButton(open_label, QMessageBox.ButtonRole.AcceptRole)
    close = box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    box.exec()
    return box.clickedButton() is open_button


def warn(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """Tell the user something went wrong and what it means for them; one OK button."""
    box = _box(parent, QMessageBox.Icon.Warning, title, text, details)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, action: str = "OK") -> bool:
    """Ask before doing something that cannot be undone; Cancel is the default answer."""
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is yes


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """One line of text, or None when the user cancels."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def open_file_path(
    parent: QWidget | None, title: str, directory: Path, name_filter: str = JSON_FILTER
) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(directory), name_filter)
    return Path(name) if name else None


def save_file_path(
    parent: QWidget | None,
    title: str,
    suggested: Path,
    name_filter: str = JSON_FILTER,
    suffix: str = "json",
) -> Path | None:
    """Where to save; adds ``suffix`` when the user typed a name without one."""
    dialog = QFileDialog(parent, title, str(suggested.parent), name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(suffix)
    dialog.selectFile(suggested.name)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def open_url(url: QUrl) -> bool:
    """Open a link in the system browser."""
    return QDesktopServices.openUrl(url)
