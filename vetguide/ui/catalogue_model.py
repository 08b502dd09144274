"""The catalogue as a two-level tree model: families, then their actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from vetguide.model.catalogue import Action, Catalogue
from vetguide.model.texts import Texts
from vetguide.model.translit import cyrillic_to_latin
from vetguide.model.vocab import Family
from vetguide.ui.i18n import tr

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The action code of an action row; None on a family row."""

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invalid index: "no parent"
_FAMILY = 0  # internal id of family rows; action rows carry their family row + 1


class CatalogueTreeModel(QAbstractItemModel):
    """Families (only those with actions) at the top level, actions below.

    One column: an action shows its code on the first line and its title below, so long
    EACEA codes and titles stay readable in a narrow pane. The texts are in the language of
    the catalogue and texts given; :meth:`set_catalogue` swaps both (another language).
    """

    COLUMNS = 1

    def __init__(self, catalogue: Catalogue, texts: Texts, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[Family, str, str, list[Action]]] = self._grouped(catalogue, texts)

    @staticmethod
    def _grouped(catalogue: Catalogue, texts: Texts) -> list[tuple[Family, str, str, list[Action]]]:
        return [
            (family, texts.families[family].label, texts.families[family].help, actions)
            for family, actions in catalogue.by_family().items()
            if actions
        ]

    def set_catalogue(self, catalogue: Catalogue, texts: Texts) -> None:
        """Show ``catalogue`` with ``texts`` instead (the same call year in another language)."""
        self.beginResetModel()
        self._groups = self._grouped(catalogue, texts)
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    # --- structure ---------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _FAMILY)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: AnyIndex = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _FAMILY:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _FAMILY)

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0 or parent.internalId() != _FAMILY:
            return 0
        return len(self._groups[parent.row()][3])

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return self.COLUMNS

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- content -----------------------------------------------------------------------

    def action_at(self, index: AnyIndex) -> Action | None:
        if not index.isValid() or index.internalId() == _FAMILY:
            return None
        return self._groups[index.internalId() - 1][3][index.row()]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        action = self.action_at(index)
        if action is None:
            _, label, help_text, _ = self._groups[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return label
            if role == Qt.ItemDataRole.ToolTipRole:
                return help_text
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{action.code}\n{action.title}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{action.code}, {action.title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            official = ""
            if action.official_title and action.official_title != action.title:
                official = "\n" + tr("Official title in English:") + " " + action.official_title
            return f"{action.code} – {action.title}{official}\n\n{action.summary}"
        if role == CODE_ROLE:
            return action.code
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and section == 0:
            return tr("Action")
        return None

    def index_of(self, code: str) -> QModelIndex:
        for family_row, (_, _, _, actions) in enumerate(self._groups):
            for row, action in enumerate(actions):
                if action.code == code:
                    return self.index(row, 0, self.index(family_row, 0))
        return QModelIndex()


def _searchable(text: str) -> str:
    """``text`` in Latin script and case-folded, for matching typed words."""
    return cyrillic_to_latin(text).casefold()


class ActionFilterProxy(QSortFilterProxyModel):
    """Keeps actions whose code, title or summary contain every word typed (any case).

    The English official title counts too, so English words find a translated action, and
    Cyrillic and Latin script match each other (``мобилност`` finds ``mobilnost``).

    A family stays visible while at least one of its actions matches.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setRecursiveFilteringEnabled(True)

    def set_filter_text(self, text: str) -> None:
        words = _searchable(text).split()
        if words == self._words:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._words = words
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        if not isinstance(model, CatalogueTreeModel):
            return True
        action = model.action_at(model.index(source_row, 0, source_parent))
        if action is None:
            return False  # a family shows through its matching actions
        official = action.official_title or ""
        haystack = _searchable(f"{action.code}\n{action.title}\n{official}\n{action.summary}")
        return all(word in haystack for word in self._words)
