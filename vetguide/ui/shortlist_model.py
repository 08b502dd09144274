"""The items of one shortlist as a table model over the pydantic list, and the status editor."""

from __future__ import annotations

import re
from datetime import date
from enum import IntEnum
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from vetguide.model.catalogue import Catalogue
from vetguide.model.formatting import format_date, format_number
from vetguide.model.shortlist import MAX_NOTE_CHARS, ItemStatus, Shortlist, ShortlistItem
from vetguide.ui.i18n import QT_TRANSLATE_NOOP, model_language, tr
from vetguide.ui.user_text import shown, tooltip

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invalid index: "no parent"

# English source texts, shown through tr() (see status_label); the markers put them in the .ts.
STATUS_LABELS: dict[ItemStatus, str] = {
    ItemStatus.IDEA: QT_TRANSLATE_NOOP("", "Idea"),
    ItemStatus.PREPARING: QT_TRANSLATE_NOOP("", "Preparing"),
    ItemStatus.SUBMITTED: QT_TRANSLATE_NOOP("", "Submitted"),
    ItemStatus.FUNDED: QT_TRANSLATE_NOOP("", "Funded"),
    ItemStatus.NOT_THIS_YEAR: QT_TRANSLATE_NOOP("", "Not this year"),
}
UNKNOWN_ACTION = QT_TRANSLATE_NOOP("", "unknown action")
NOTE_PREVIEW_CHARS = 80
NOTE_TOOLTIP_CHARS = 1000
_NOT_SPACE = re.compile(r"\S")


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ToolTipRole,
    }
)
_ALIGN_TOP_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


class Column(IntEnum):
    ACTION = 0
    STATUS = 1
    ADDED = 2
    NOTE = 3


HEADERS = {
    Column.ACTION: QT_TRANSLATE_NOOP("", "Action"),
    Column.STATUS: QT_TRANSLATE_NOOP("", "Status"),
    Column.ADDED: QT_TRANSLATE_NOOP("", "Added"),
    Column.NOTE: QT_TRANSLATE_NOOP("", "Note"),
}


def status_label(status: ItemStatus) -> str:
    """The status as the UI language says it."""
    return tr(STATUS_LABELS[status])


class NoteTooLong(ValueError):
    """A note over the limit the storage accepts."""


def note_preview(note: str) -> str:
    """The first line of a note, shortened for a table cell.

    Reads only the start of the note (and the white space after it), however long it is: the
    table asks for it on every repaint.
    """
    start = _NOT_SPACE.search(note)
    if start is None:
        return ""
    line = note[start.start() : start.start() + NOTE_PREVIEW_CHARS + 1].splitlines(True)[0]
    first = line.rstrip()
    more = (
        len(first) > NOTE_PREVIEW_CHARS
        or _NOT_SPACE.search(note, start.start() + len(line)) is not None
    )
    return first[:NOTE_PREVIEW_CHARS] + ("…" if more else "")


def note_tooltip(note: str) -> str:
    """The start of a note for a tooltip: a long note is cut, the editor shows all of it."""
    if len(note) <= NOTE_TOOLTIP_CHARS:
        return note
    return note[:NOTE_TOOLTIP_CHARS].rstrip() + "…"


class ShortlistItemsModel(QAbstractTableModel):
    """Rows are the items of the shown shortlist, in the user's order.

    The model edits the shortlist in place. It emits ``items_changed`` after every added,
    removed or moved item and every status change, so the owner can save at once, and
    ``note_changed`` after a note edit, which arrives per keystroke and may be saved batched.
    Action titles come from the catalogue given (:meth:`set_catalogue` for another language);
    headers and statuses follow the UI language (:meth:`retranslate`).
    """

    items_changed = Signal()
    note_changed = Signal()

    def __init__(self, catalogue: Catalogue, parent: Any = None) -> None:
        super().__init__(parent)
        self._titles = {action.code: action.title for action in catalogue.actions}
        self._shortlist: Shortlist | None = None

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """Take the action titles from ``catalogue`` (the same actions in another language)."""
        self._titles = {action.code: action.title for action in catalogue.actions}
        self.retranslate()

    def retranslate(self) -> None:
        """Redraw every cell and header in the current language; the rows stay as they are."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, len(Column) - 1)
            )

    # --- which shortlist ---------------------------------------------------------------

    def shortlist(self) -> Shortlist | None:
        return self._shortlist

    def set_shortlist(self, shortlist: Shortlist | None) -> None:
        self.beginResetModel()
        self._shortlist = shortlist
        self.endResetModel()

    def replace_shortlist(self, shortlist: Shortlist) -> bool:
        """Show ``shortlist``, the shown one read again, without a reset: only the rows whose
        item changed are redrawn. False (nothing done) unless it has the same items in the
        same order."""
        old = self._shortlist
        if old is None or old.id != shortlist.id or old.codes() != shortlist.codes():
            return False
        changed = [
            row
            for row, pair in enumerate(zip(old.items, shortlist.items, strict=True))
            if pair[0] is not pair[1]
        ]
        self._shortlist = shortlist
        if changed:
            self.dataChanged.emit(
                self.index(min(changed), 0), self.index(max(changed), len(Column) - 1)
            )
        return True

    def _items(self) -> list[ShortlistItem]:
        return self._shortlist.items if self._shortlist is not None else []

    def item(self, row: int) -> ShortlistItem:
        return self._items()[row]

    def action_label(self, code: str) -> str:
        return f"{code} – {self._titles.get(code) or tr(UNKNOWN_ACTION)}"

    def action_cell(self, code: str) -> str:
        """Code on the first line, title below, as in the catalogue tree."""
        return f"{code}\n{self._titles.get(code) or tr(UNKNOWN_ACTION)}"

    # --- Qt model API ------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._items())

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return tr(HEADERS[Column(section)]) if 0 <= section < len(Column) else None
        return str(section + 1)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Column.STATUS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask for a dozen roles per cell on every repaint: answer the others at once.
        if role not in _ROLES or not index.isValid():
            return None
        items = self._items()
        row = index.row()
        if not 0 <= row < len(items):
            return None
        item = items[row]
        column = index.column()
        if role == Qt.ItemDataRole.AccessibleTextRole and column == Column.ACTION:
            return self.action_label(item.code)
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.AccessibleTextRole:
            if column == Column.ACTION:
                return self.action_cell(item.code)
            if column == Column.STATUS:
                return status_label(item.status)
            if column == Column.ADDED:
                return format_date(item.added, model_language())
            return shown(note_preview(item.note))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_TOP_LEFT
        if role == Qt.ItemDataRole.EditRole:
            if column == Column.STATUS:
                return item.status.value
            if column == Column.NOTE:
                return item.note
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.ACTION:
                return self.action_label(item.code)
            if column == Column.NOTE and item.note:
                return tooltip(note_tooltip(item.note))
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() != Column.STATUS
            or not 0 <= index.row() < len(self._items())
        ):
            return False
        try:
            status = ItemStatus(value)
        except ValueError:
            return False
        item = self._items()[index.row()]
        if item.status is not status:
            item.status = status
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
            self.items_changed.emit()
        return True

    # --- edits ---------------------------------------------------------------------------

    def set_note(self, row: int, note: str) -> None:
        """Store the note of one item; raise NoteTooLong and change nothing when over the limit."""
        item = self._items()[row]
        if item.note == note:
            return
        if len(note) > MAX_NOTE_CHARS:
            language = model_language()
            raise NoteTooLong(
                tr("A note can hold {limit} characters; this one has {count}.").format(
                    limit=format_number(MAX_NOTE_CHARS, language),
                    count=format_number(len(note), language),
                )
            )
        try:
            item.note = note
        except ValidationError as exc:  # pragma: no cover - the length is checked above
            raise NoteTooLong(str(exc)) from exc
        index = self.index(row, Column.NOTE)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        self.note_changed.emit()

    def add_code(self, code: str, today: date) -> bool:
        """Append an action; False (and nothing changes) when it is already listed."""
        if self._shortlist is None or code in self._shortlist.codes():
            return False
        row = len(self._items())
        self.beginInsertRows(QModelIndex(), row, row)
        self._shortlist.add(code, today)
        self.endInsertRows()
        self.items_changed.emit()
        return True

    def move_item(self, row: int, delta: int) -> bool:
        """Move an item up (delta -1) or down (+1); False at either end."""
        items = list(self._items())
        target = row + delta
        if self._shortlist is None or not (0 <= row < len(items) and 0 <= target < len(items)):
            return False
        # beginMoveRows names the row *before which* the moved row lands, in the old order.
        destination = target if delta < 0 else target + 1
        if not self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination):
            return False
        items.insert(target, items.pop(row))
        self._shortlist.items = items
        self.endMoveRows()
        self.items_changed.emit()
        return True

    def remove_item(self, row: int) -> ShortlistItem | None:
        items = list(self._items())
        if self._shortlist is None or not 0 <= row < len(items):
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        removed = items.pop(row)
        self._shortlist.items = items
        self.endRemoveRows()
        self.items_changed.emit()
        return removed


class StatusDelegate(QStyledItemDelegate):
    """Edits the status column with a combo box of the five statuses."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(tr("Status"))
        for status in STATUS_LABELS:
            combo.addItem(status_label(status), status.value)
        combo.activated.connect(lambda _=0, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
