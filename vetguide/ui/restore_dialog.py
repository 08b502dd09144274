"""Help → Restore a backup…: the list of backups of the library database, newest first."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vetguide.model.formatting import format_datetime, format_number
from vetguide.ui.i18n import model_language, tr
from vetguide.ui.screen import resize_to_fit


def describe(path: Path) -> str:
    """One line for a backup: when it was made, its size and its file name."""
    try:
        stat = path.stat()
    except OSError:
        return path.name
    when = format_datetime(datetime.fromtimestamp(stat.st_mtime), model_language())
    size = format_number(max(1, round(stat.st_size / 1024)), model_language())
    return tr("{when} – {size} KB – {name}").format(when=when, size=size, name=path.name)


class RestoreDialog(QDialog):
    def __init__(self, backups: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        layout = QVBoxLayout(self)
        label = QLabel(
            tr(
                "Choose the backup to put back. Your shortlists as they are now are kept as "
                "one more backup first, so a restore can be undone."
            )
        )
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(label)
        self.list = QListWidget()
        self.list.setObjectName("backup_list")
        self.list.setAccessibleName(tr("Backups"))
        label.setBuddy(self.list)
        for path in backups:
            item = QListWidgetItem(describe(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        restore = buttons.addButton(tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(tr("Cancel"))
        restore.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        layout.addWidget(buttons)
        resize_to_fit(self, 560, 320)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
