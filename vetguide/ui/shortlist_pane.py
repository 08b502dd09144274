"""The shortlist side of the main window: which shortlist, its items, the note editor and
the readiness plan of the selected item.

The pane holds widgets only; the main window owns the library and does the work, so the
same actions are reachable from the menus, the toolbar and these buttons. The item's note and
readiness plan are two tabs (:attr:`ShortlistPane.item_tabs`) that the window places in its
large centre column, under the item's key data; the pane's own column keeps the list of items.
Its texts are set in :meth:`ShortlistPane.retranslate`, again on every change of language.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vetguide.model.catalogue import Catalogue
from vetguide.model.shortlist import ItemStatus
from vetguide.ui.i18n import QT_TRANSLATE_NOOP, tr
from vetguide.ui.palette import scheme
from vetguide.ui.readiness_view import ReadinessView
from vetguide.ui.shortlist_model import (
    STATUS_LABELS,
    Column,
    NoteTooLong,
    ShortlistItemsModel,
    StatusDelegate,
    status_label,
)

# English source texts, shown through tr().
NO_ITEM_HINT = QT_TRANSLATE_NOOP("", "Select an action in the shortlist to write a note.")
NOTE_HINT = QT_TRANSLATE_NOOP("", "Contacts, ideas, next steps for {code}. Saved as you type.")
# From this many items on, every row of the table has the height of two lines (code, title)
# and no row is measured: fitting each row to its text asks the model about every cell of
# every row, again and again, which freezes the window with a thousand items.
UNIFORM_ROWS_FROM = 100
FIT_ALL_ROWS = -1


def _button(name: str) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    return button


def _texts(button: QPushButton, text: str, accessible: str) -> None:
    button.setText(text)
    button.setAccessibleName(accessible)


class ShortlistPane(QWidget):
    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortlist_pane")

        self.shortlist_label = QLabel()
        self.shortlist_combo = QComboBox()
        self.shortlist_combo.setObjectName("shortlist_combo")
        self.shortlist_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.shortlist_combo.setMinimumContentsLength(12)
        self.shortlist_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.shortlist_label.setBuddy(self.shortlist_combo)
        self.new_button = _button("new_shortlist_button")
        self.rename_button = _button("rename_shortlist_button")
        self.delete_button = _button("delete_shortlist_button")

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)

        self.model = ShortlistItemsModel(catalogue, self)
        self.table = QTableView()
        self.table.setObjectName("items_table")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(Column.STATUS, StatusDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.uniform_rows: bool | None = None  # set by _fit_rows
        self._fit_rows()
        self.model.modelReset.connect(self._fit_rows)
        self.model.rowsInserted.connect(self._fit_rows)
        self.model.rowsRemoved.connect(self._fit_rows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.ACTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.ADDED, QHeaderView.ResizeMode.ResizeToContents)
        # The note column previews the first line; the editor below shows the whole note,
        # so the action column gets the spare width.
        header.setSectionResizeMode(Column.NOTE, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.resizeSection(Column.NOTE, self.fontMetrics().averageCharWidth() * 18)
        # Never narrower than a short action code; below that the table scrolls sideways.
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("KA122-VET") + 12)

        # Status of the selected item: Shortlist → Set status (the window puts the menu
        # there) and the table's context menu (right click, the Menu key or Shift+F10).
        self.status_menu = QMenu(self)
        self.status_menu.setObjectName("status_menu")
        self.status_group = QActionGroup(self)
        self.status_group.setExclusive(True)
        self.status_actions: dict[ItemStatus, QAction] = {}
        for status in STATUS_LABELS:
            action = QAction(self)
            action.setObjectName(f"act_status_{status.value}")
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, s=status: self.set_current_status(s))
            self.status_group.addAction(action)
            self.status_menu.addAction(action)
            self.status_actions[status] = action
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._item_menu)
        self.item_menu_actions: list[QAction] = []  # the window adds move and remove
        self.table.selectionModel().currentRowChanged.connect(self._sync_status_actions)
        self.model.dataChanged.connect(self._sync_status_actions)
        self.model.modelReset.connect(self._sync_status_actions)
        self._sync_status_actions()

        self.up_button = _button("move_up_button")
        self.down_button = _button("move_down_button")
        self.remove_button = _button("remove_item_button")

        self.note_label = QLabel()
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("note_edit")
        self.note_code = ""  # the action whose note the editor shows; "" for none
        self.note_edit.setTabChangesFocus(True)
        self.note_label.setBuddy(self.note_edit)
        self.note_problem = QLabel()
        self.note_problem.setObjectName("note_problem")
        self.note_problem.setWordWrap(True)
        self.note_problem.setStyleSheet(f"color: {scheme().warning}; font-weight: bold;")
        self.note_problem.hide()

        top = QHBoxLayout()
        top.addWidget(self.shortlist_label)
        top.addWidget(self.shortlist_combo, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.rename_button)
        bar.addWidget(self.delete_button)
        bar.addStretch(1)

        self.items_box = QWidget()
        self.items_box.setObjectName("items_box")
        items_layout = QVBoxLayout(self.items_box)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_layout.addWidget(self.table, 1)
        moves = QHBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        moves.addWidget(self.remove_button)
        moves.addStretch(1)
        items_layout.addLayout(moves)

        self.note_box = QWidget()
        self.note_box.setObjectName("note_box")
        note_layout = QVBoxLayout(self.note_box)
        note_layout.setContentsMargins(0, 0, 0, 0)
        note_layout.addWidget(self.note_label)
        note_layout.addWidget(self.note_edit, 1)
        note_layout.addWidget(self.note_problem)
        # The selected item's note and its dated to-dos; shown by the window in its centre.
        self.readiness_view = ReadinessView()
        self.item_tabs = QTabWidget()
        self.item_tabs.setObjectName("item_tabs")
        self.item_tabs.addTab(self.note_box, "")
        self.item_tabs.addTab(self.readiness_view, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.items_box, 1)

        for first, second in (
            (self.shortlist_combo, self.new_button),
            (self.new_button, self.rename_button),
            (self.rename_button, self.delete_button),
            (self.delete_button, self.table),
            (self.table, self.up_button),
            (self.up_button, self.down_button),
            (self.down_button, self.remove_button),
        ):
            QWidget.setTabOrder(first, second)
        self.note_edit.textChanged.connect(self._note_edited)
        self.table.doubleClicked.connect(self._double_clicked)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif self.uniform_rows and event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):
            self.table.verticalHeader().setDefaultSectionSize(self.uniform_row_height())
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._cap_rows()

    def _fit_rows(self, *_: object) -> None:
        """Rows fit their text in a short list; in a long one they all have one height."""
        uniform = self.model.rowCount() >= UNIFORM_ROWS_FROM
        if uniform == self.uniform_rows:
            return
        self.uniform_rows = uniform
        rows = self.table.verticalHeader()
        if uniform:
            rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            rows.setDefaultSectionSize(self.uniform_row_height())
            # Code and title on their two lines, each cut with "…"; the tooltip has them whole.
            self.table.setWordWrap(False)
        else:
            self.table.setWordWrap(True)
            rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._cap_rows()
        self._fit_columns()

    def _cap_rows(self) -> None:
        """A wrapped row is at most three lines high (code and the start of the title; the
        tooltip has it whole), so a small screen still shows several rows."""
        line = self.table.fontMetrics().lineSpacing()
        self.table.verticalHeader().setMaximumSectionSize(self.uniform_row_height() + line)

    def _fit_columns(self) -> None:
        """Status and date columns fit their text. In a long list only the rows on screen are
        measured: measuring every row asks about every cell again on each edit, which pauses
        the window with a thousand items."""
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(0 if self.uniform_rows else FIT_ALL_ROWS)

    def uniform_row_height(self) -> int:
        """The height of a row of two lines of text, as the table's style draws it."""
        option = QStyleOptionViewItem()
        option.initFrom(self.table)
        option.font = self.table.font()
        option.fontMetrics = self.table.fontMetrics()
        option.features = QStyleOptionViewItem.ViewItemFeature.HasDisplay
        option.text = "Ag\u2028Ag"  # the line break views draw for "\\n"
        size = self.table.style().sizeFromContents(
            QStyle.ContentsType.CT_ItemViewItem, option, QSize(), self.table
        )
        grid = 1 if self.table.showGrid() else 0
        return size.height() + grid

    def retranslate(self) -> None:
        """Set every text of the pane in the current language."""
        self.shortlist_label.setText(tr("Shortl&ist:"))
        self.shortlist_combo.setAccessibleName(tr("Shortlist"))
        _texts(self.new_button, tr("&New…"), tr("New shortlist"))
        _texts(self.rename_button, tr("Rena&me…"), tr("Rename shortlist"))
        _texts(self.delete_button, tr("&Delete…"), tr("Delete shortlist"))
        self.empty_label.setText(
            tr(
                "No shortlist yet. Choose an action in the catalogue and press "
                "“Add to shortlist”, or use Guide → Find my actions."
            )
        )
        self.table.setAccessibleName(tr("Actions in this shortlist"))
        # Helper widgets Qt creates get a name screen readers can say.
        self.table.horizontalHeader().setAccessibleName(tr("Shortlist columns"))
        self.table.verticalHeader().setAccessibleName(tr("Shortlist rows"))
        for corner in self.table.findChildren(QAbstractButton):
            corner.setAccessibleName(tr("Select all items"))
        _texts(self.up_button, tr("Move &up"), tr("Move up"))
        _texts(self.down_button, tr("Move do&wn"), tr("Move down"))
        _texts(self.remove_button, tr("R&emove"), tr("Remove from shortlist"))
        self.status_menu.setTitle(tr("Set &status"))
        for status, action in self.status_actions.items():
            action.setText(status_label(status))
        self.item_tabs.setAccessibleName(tr("Note and readiness plan"))
        self.item_tabs.setTabText(0, tr("Note"))
        self.item_tabs.setTabText(1, tr("Readiness plan"))
        self.model.retranslate()
        self.label_note(self.note_code)

    def show_note(self, row: int) -> None:
        """Put the note of item ``row`` in the editor (none: an empty, disabled editor)."""
        editor = self.note_edit
        editor.blockSignals(True)
        if row >= 0:
            item = self.model.item(row)
            editor.setPlainText(item.note)
            editor.setEnabled(True)
            self.label_note(item.code)
        else:
            editor.clear()
            editor.setEnabled(False)
            self.label_note("")
        editor.blockSignals(False)
        self.note_problem.hide()

    def _note_edited(self) -> None:
        """Keep what is typed as the item's note; a note too long is said, not saved."""
        row = self.current_row()
        if row < 0:
            return
        try:
            self.model.set_note(row, self.note_edit.toPlainText())
        except NoteTooLong as exc:
            self.note_problem.setText(
                tr("{problem} Shorten it to save it; until then the saved note is kept.").format(
                    problem=exc
                )
            )
            self.note_problem.show()
            return
        self.note_problem.hide()

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == Column.NOTE:  # the note is written in the editor
            self.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def label_note(self, code: str) -> None:
        """Label the note editor for the item ``code`` ("" when no item is selected)."""
        self.note_code = code
        if code:
            self.note_label.setText(tr("N&ote for {code}:").format(code=code))
            self.note_edit.setAccessibleName(tr("Note for {code}").format(code=code))
            self.note_edit.setPlaceholderText(tr(NOTE_HINT).format(code=code))
        else:
            self.note_label.setText(tr("N&ote:"))
            self.note_edit.setAccessibleName(tr("Note for the selected action"))
            self.note_edit.setPlaceholderText(tr(NO_ITEM_HINT))

    def set_current_status(self, status: ItemStatus) -> None:
        """Give the selected item ``status`` (saved by the window, as any edit)."""
        row = self.current_row()
        if row >= 0:
            self.model.setData(self.model.index(row, Column.STATUS), status.value)

    def _sync_status_actions(self, *_: object) -> None:
        row = self.current_row()
        current = self.model.item(row).status if row >= 0 else None
        self.status_menu.setEnabled(current is not None)
        for status, action in self.status_actions.items():
            action.setEnabled(current is not None)
            action.setChecked(status is current)

    def _item_menu(self, position: QPoint) -> None:
        """The context menu of an item: its status, then the window's item actions."""
        index = self.table.indexAt(position)
        if index.isValid():
            self.table.setCurrentIndex(index)
        elif self.current_row() < 0:
            return
        menu = QMenu(self.table)
        menu.setObjectName("item_context_menu")
        menu.addSection(self.status_menu.title().replace("&", ""))
        menu.addActions(list(self.status_actions.values()))
        menu.addSeparator()
        menu.addActions(self.item_menu_actions)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context_menu = menu
        menu.popup(self.table.viewport().mapToGlobal(position))

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, Column.ACTION))
