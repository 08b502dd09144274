"""The main window: the catalogue, the detail page and the user's shortlists.

The window owns the :class:`Library` and saves it after every change. It holds no domain
rules: key data, deadlines and labels come from the model, the catalogue and the texts.
"""

from __future__ import annotations

import contextlib
import itertools
import re
import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError
from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QToolBar,
    QToolButton,
    QWidget,
)

from vetguide import __version__
from vetguide.model.catalogue import Catalogue
from vetguide.model.resources import load_texts
from vetguide.model.shortlist import Library, Shortlist
from vetguide.model.storage import (
    StorageError,
    data_dir,
    library_path,
    load_or_default,
    read_shortlist_file,
    save_model,
    write_shortlist_file,
)
from vetguide.ui import dialogs
from vetguide.ui.action_html import format_date, stamp
from vetguide.ui.catalogue_pane import CataloguePane, DetailPane
from vetguide.ui.shortlist_model import Column, NoteTooLong
from vetguide.ui.shortlist_pane import NO_ITEM_HINT, NOTE_HINT, ShortlistPane

if TYPE_CHECKING:
    from vetguide.ui.wizard import FindActionsWizard

APP_TITLE = "vetguide – Erasmus+ for vocational education and training"
SETTINGS_FILE = "settings.ini"
DEFAULT_SHORTLIST_NAME = "My shortlist"
MAX_NAME_CHARS = 200
NOTE_SAVE_DELAY_MS = 400
STATUS_TIMEOUT_MS = 8000
PDF_TOOLTIP = "Coming with the PDF export"
PANE_SHARES = (5, 7, 8)  # catalogue tree, detail page, shortlist: first-launch widths


def plain(text: str) -> str:
    """Menu text without mnemonic marks and ellipsis, for accessible names."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def file_stem(name: str) -> str:
    """A file name for a shortlist name, safe on every platform."""
    stem = re.sub(r"[^\w\- ]+", "", name, flags=re.UNICODE).strip().replace(" ", "-")
    return stem[:60] or "shortlist"


class MainWindow(QMainWindow):
    def __init__(self, catalogue: Catalogue, today: date | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowTitle(APP_TITLE)
        self.catalogue = catalogue
        self.today = today or date.today()
        self.texts = load_texts()
        self.active_wizard: FindActionsWizard | None = None
        self._startup_messages: list[tuple[str, str]] = []
        self._shown_once = False
        self._can_save = True
        self._last_save_error: str | None = None
        self.library = self._load_library()
        self.settings = self._open_settings()

        self.catalogue_pane = CataloguePane(catalogue, self.texts)
        self.detail_pane = DetailPane(catalogue, self.texts, self.today)
        self.shortlist_pane = ShortlistPane(catalogue)
        self.items_model = self.shortlist_pane.model
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.setChildrenCollapsible(False)
        for pane, stretch in (
            (self.catalogue_pane, PANE_SHARES[0]),
            (self.detail_pane, PANE_SHARES[1]),
            (self.shortlist_pane, PANE_SHARES[2]),
        ):
            pane.setMinimumWidth(200)
            self.splitter.addWidget(pane)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.splitter.setContentsMargins(6, 6, 6, 0)
        self.setCentralWidget(self.splitter)

        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._note_timer.timeout.connect(self.save)

        self._create_actions()
        self._create_menus_and_toolbar()
        self._connect()
        self._set_tab_order()
        self.stamp_label = QLabel(stamp(catalogue))
        self.stamp_label.setObjectName("stamp_label")
        self.statusBar().addPermanentWidget(self.stamp_label)
        self._name_buttons()

        self._restore_settings()
        self._refresh_shortlists(self._last_shortlist_id())
        self._update_actions()

    # --- start-up ------------------------------------------------------------------------

    def _load_library(self) -> Library:
        path = library_path()
        try:
            loaded = load_or_default(path, Library)
        except StorageError as exc:
            self._can_save = False
            self._startup_messages.append(
                (
                    "Your shortlists could not be opened",
                    f"{exc}\n\nvetguide starts with no shortlists and will not save "
                    "changes, so that the file stays as it is. Move or repair the file, "
                    "then start vetguide again.",
                )
            )
            return Library()
        if loaded.moved_aside is not None:
            self._startup_messages.append(
                (
                    "Your shortlists file was damaged",
                    f"The file {path} could not be read:\n{loaded.problem}\n\n"
                    f"It was moved aside, unchanged, to:\n{loaded.moved_aside}\n\n"
                    "vetguide starts with no shortlists. Keep the copy if you want to "
                    "recover its contents.",
                )
            )
        return loaded.value

    def _open_settings(self) -> QSettings:
        folder = data_dir()
        with contextlib.suppress(OSError):  # QSettings then keeps the values in memory only
            folder.mkdir(parents=True, exist_ok=True)
        return QSettings(str(folder / SETTINGS_FILE), QSettings.Format.IniFormat)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if self._startup_messages:
                QTimer.singleShot(0, self._show_startup_messages)

    def _show_startup_messages(self) -> None:
        messages, self._startup_messages = self._startup_messages, []
        for title, text in messages:
            self.statusBar().showMessage(title, STATUS_TIMEOUT_MS)
            dialogs.warn(self, title, text)

    # --- actions, menus, toolbar -----------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None,
        tip: str = "",
        name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        tip = tip or plain(text)
        if shortcut:
            tip += f" ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        a = self._action
        self.act_new = a("&New shortlist…", self.new_shortlist, "Ctrl+N", name="act_new")
        self.act_import = a(
            "&Import shortlist…", self.import_shortlist, "Ctrl+O",
            "Add a shortlist from a file a colleague shared", "act_import",
        )  # fmt: skip
        self.act_export = a(
            "&Export shortlist…", self.export_shortlist, "Ctrl+S",
            "Save the current shortlist to a file to share it", "act_export",
        )  # fmt: skip
        self.act_export_pdf = a("Export &PDF…", self.export_pdf, "Ctrl+P", name="act_export_pdf")
        self.act_export_pdf.setEnabled(False)
        self.act_export_pdf.setToolTip(PDF_TOOLTIP)
        self.act_export_pdf.setStatusTip(PDF_TOOLTIP)
        self.act_quit = a("&Quit", self.close, "Ctrl+Q", name="act_quit")
        self.act_rename = a("Re&name shortlist…", self.rename_shortlist, name="act_rename")
        self.act_delete = a("&Delete shortlist…", self.delete_shortlist, name="act_delete")
        self.act_add = a(
            "&Add selected action to shortlist", self.add_current_action, "Ctrl+D",
            "Add the action shown in the catalogue to the current shortlist", "act_add",
        )  # fmt: skip
        self.act_move_up = a("Move &up", self.move_item_up, "Ctrl+Up", name="act_move_up")
        self.act_move_down = a("Move &down", self.move_item_down, "Ctrl+Down", name="act_move_down")
        self.act_remove = a(
            "&Remove from shortlist", self.remove_item, QKeySequence.StandardKey.Delete,
            name="act_remove",
        )  # fmt: skip
        # Item shortcuts work while the items table (or its buttons) has the focus, so they
        # never take Ctrl+Up or Delete away from the note editor or the search box.
        for action in (self.act_move_up, self.act_move_down, self.act_remove):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_find = a(
            "&Find my actions…", self.find_actions, "Ctrl+Shift+F",
            "Answer a few questions and see which actions fit your organisation", "act_find",
        )  # fmt: skip
        self.act_search = a(
            "&Search the catalogue", self.focus_search, "Ctrl+F",
            "Type to filter the catalogue by code, title or summary", "act_search",
        )  # fmt: skip
        self.act_about = a("&About vetguide", self.show_about, name="act_about")

    def _create_menus_and_toolbar(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu("&File")
        file_menu.setToolTipsVisible(True)
        file_menu.addActions([self.act_new, self.act_import, self.act_export, self.act_export_pdf])
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        shortlist_menu = menus.addMenu("&Shortlist")
        shortlist_menu.addActions([self.act_add, self.act_rename, self.act_delete])
        shortlist_menu.addSeparator()
        shortlist_menu.addActions([self.act_move_up, self.act_move_down, self.act_remove])
        guide_menu = menus.addMenu("&Guide")
        guide_menu.addActions([self.act_find, self.act_search])
        help_menu = menus.addMenu("&Help")
        help_menu.addAction(self.act_about)

        self.toolbar = QToolBar("Main toolbar")
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setAccessibleName("Main toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setMovable(False)
        self.toolbar.addActions([self.act_find, self.act_new, self.act_import, self.act_export])
        self.toolbar.addAction(self.act_export_pdf)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        for action in self.toolbar.actions():
            widget = self.toolbar.widgetForAction(action)
            if widget is not None:
                widget.setAccessibleName(plain(action.text()))

        # The item actions' shortcuts belong to the items table and its buttons.
        self.shortlist_pane.items_box.addActions(
            [self.act_move_up, self.act_move_down, self.act_remove]
        )

    def _bind(self, button: QPushButton, action: QAction) -> None:
        """Let a pane button trigger a window action and follow its enabled state."""
        button.clicked.connect(action.trigger)
        button.setToolTip(action.toolTip())

        def follow() -> None:
            button.setEnabled(action.isEnabled())

        action.changed.connect(follow)
        follow()

    def _connect(self) -> None:
        pane = self.shortlist_pane
        self._bind(self.detail_pane.add_button, self.act_add)
        self._bind(pane.new_button, self.act_new)
        self._bind(pane.rename_button, self.act_rename)
        self._bind(pane.delete_button, self.act_delete)
        self._bind(pane.up_button, self.act_move_up)
        self._bind(pane.down_button, self.act_move_down)
        self._bind(pane.remove_button, self.act_remove)
        self.catalogue_pane.action_selected.connect(self._action_selected)
        pane.shortlist_combo.currentIndexChanged.connect(self._shortlist_chosen)
        pane.table.selectionModel().currentRowChanged.connect(self._item_selected)
        self.items_model.items_changed.connect(self._items_changed)
        self.items_model.note_changed.connect(self._note_timer.start)
        self.items_model.rowsMoved.connect(self._update_actions)
        pane.note_edit.textChanged.connect(self._note_edited)
        pane.table.doubleClicked.connect(self._table_double_clicked)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.catalogue_pane.filter_edit,
            self.catalogue_pane.tree,
            self.detail_pane.browser,
            self.detail_pane.add_button,
            self.shortlist_pane.shortlist_combo,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _name_buttons(self) -> None:
        """Give helper buttons Qt creates inside widgets a name screen readers can say."""
        for button in self.catalogue_pane.filter_edit.findChildren(QToolButton):
            button.setAccessibleName("Clear search")
        for view, name in (
            (self.catalogue_pane.tree.header(), "Catalogue columns"),
            (self.shortlist_pane.table.horizontalHeader(), "Shortlist columns"),
            (self.shortlist_pane.table.verticalHeader(), "Shortlist rows"),
        ):
            view.setAccessibleName(name)
        for corner in self.shortlist_pane.table.findChildren(QAbstractButton):
            if not corner.accessibleName():
                corner.setAccessibleName("Select all items")

    # --- settings --------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            pass
        else:
            self._default_geometry()
        for key, splitter in (
            ("window/main_splitter", self.splitter),
            ("window/shortlist_splitter", self.shortlist_pane.splitter),
        ):
            state = s.value(key)
            if isinstance(state, QByteArray):
                splitter.restoreState(state)
        state = s.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def _default_geometry(self) -> None:
        screen = self.screen()
        available = screen.availableGeometry() if screen is not None else None
        width, height = 1280, 800
        if available is not None:
            width = min(width, int(available.width() * 0.95))
            height = min(height, int(available.height() * 0.9))
        self.resize(width, height)
        total = sum(PANE_SHARES)
        self.splitter.setSizes([width * share // total for share in PANE_SHARES])

    def _save_settings(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/main_splitter", self.splitter.saveState())
        s.setValue("window/shortlist_splitter", self.shortlist_pane.splitter.saveState())
        current = self.current_shortlist()
        s.setValue("shortlists/last", current.id if current else "")
        s.sync()

    def _last_shortlist_id(self) -> str | None:
        value = self.settings.value("shortlists/last")
        return value if isinstance(value, str) and value else None

    def _last_folder(self) -> Path:
        value = self.settings.value("files/last_folder")
        folder = Path(value) if isinstance(value, str) and value else Path.home()
        return folder if folder.is_dir() else Path.home()

    def _remember_folder(self, path: Path) -> None:
        self.settings.setValue("files/last_folder", str(path.parent))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.active_wizard is not None:
            self.active_wizard.reject()
        if self._note_timer.isActive():
            self.save()
        self._save_settings()
        super().closeEvent(event)

    # --- saving ----------------------------------------------------------------------------

    def save(self) -> bool:
        """Write the library now. On failure, tell the user once and keep the data in memory."""
        self._note_timer.stop()
        if not self._can_save:
            self.statusBar().showMessage(
                "Changes are not saved: your shortlists file could not be opened at start.",
                STATUS_TIMEOUT_MS,
            )
            return False
        try:
            save_model(library_path(), self.library)
        except StorageError as exc:
            message = str(exc)
            self.statusBar().showMessage(f"Not saved: {message}", STATUS_TIMEOUT_MS)
            if message != self._last_save_error:
                self._last_save_error = message
                dialogs.warn(
                    self,
                    "Your changes could not be saved",
                    f"{message}\n\nThe changes stay in this window. vetguide tries again "
                    "with your next change; you can also export the shortlist to a file.",
                )
            return False
        self._last_save_error = None
        return True

    def show_status(self, message: str) -> None:
        """A short message in the status bar; it also says when the last save failed."""
        if self._last_save_error is not None:
            message += " Not saved: see the message about saving."
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    def _items_changed(self) -> None:
        self.save()
        self._update_actions()

    # --- shortlists ------------------------------------------------------------------------

    def current_shortlist(self) -> Shortlist | None:
        return self.items_model.shortlist()

    def shortlist_by_id(self, shortlist_id: str | None) -> Shortlist | None:
        for shortlist in self.library.shortlists:
            if shortlist.id == shortlist_id:
                return shortlist
        return None

    def select_shortlist(self, shortlist_id: str) -> None:
        combo = self.shortlist_pane.shortlist_combo
        position = combo.findData(shortlist_id)
        if position >= 0:
            combo.setCurrentIndex(position)

    def _refresh_shortlists(self, select_id: str | None = None) -> None:
        combo = self.shortlist_pane.shortlist_combo
        combo.blockSignals(True)
        combo.clear()
        for shortlist in self.library.shortlists:
            combo.addItem(shortlist.name, shortlist.id)
        position = combo.findData(select_id) if select_id else -1
        if position < 0 and combo.count():
            position = 0
        combo.setCurrentIndex(position)
        combo.blockSignals(False)
        self._shortlist_chosen(position)

    def _shortlist_chosen(self, position: int) -> None:
        combo = self.shortlist_pane.shortlist_combo
        if self._note_timer.isActive():
            self.save()
        shortlist = self.shortlist_by_id(combo.itemData(position)) if position >= 0 else None
        self.items_model.set_shortlist(shortlist)
        has = shortlist is not None
        self.shortlist_pane.empty_label.setVisible(not has)
        self.shortlist_pane.splitter.setVisible(has)
        self.shortlist_pane.select_row(0)
        if self.items_model.rowCount() == 0:
            self._item_selected()
        if shortlist is not None:
            self.settings.setValue("shortlists/last", shortlist.id)
        self._update_actions()

    def unique_name(self, name: str, exclude_id: str | None = None) -> str:
        """``name``, or ``name (2)``, ``name (3)``… when another shortlist has it."""
        name = name.strip()[:MAX_NAME_CHARS] or DEFAULT_SHORTLIST_NAME
        taken = {s.name.casefold() for s in self.library.shortlists if s.id != exclude_id}
        candidate, number = name, 2
        while candidate.casefold() in taken:
            suffix = f" ({number})"
            candidate = name[: MAX_NAME_CHARS - len(suffix)] + suffix
            number += 1
        return candidate

    def _ask_name(
        self, title: str, label: str, text: str, exclude_id: str | None = None
    ) -> str | None:
        """Ask for a shortlist name until it is usable; keep what was typed on a bad answer."""
        while True:
            answer = dialogs.ask_text(self, title, label, text)
            if answer is None:
                return None
            name = answer.strip()
            problem = ""
            if not name:
                problem = "A shortlist needs a name."
            elif len(name) > MAX_NAME_CHARS:
                problem = f"A name can have at most {MAX_NAME_CHARS} characters; this one has {len(name)}."
            elif self.unique_name(name, exclude_id) != name:
                problem = f"There is already a shortlist called “{name}”. Choose another name."
            if not problem:
                return name
            dialogs.warn(self, title, problem)
            text = answer

    def _append_shortlist(self, shortlist: Shortlist) -> None:
        self.library.shortlists = [*self.library.shortlists, shortlist]
        self.save()
        self._refresh_shortlists(shortlist.id)

    def new_shortlist(self) -> None:
        name = self._ask_name(
            "New shortlist", "&Name of the new shortlist:", self.unique_name(DEFAULT_SHORTLIST_NAME)
        )
        if name is None:
            return
        self._append_shortlist(Shortlist(name=name, created=self.today))
        self.show_status(f"Created the shortlist “{name}”.")

    def rename_shortlist(self) -> None:
        shortlist = self.current_shortlist()
        if shortlist is None:
            return
        name = self._ask_name(
            "Rename shortlist", "&New name:", shortlist.name, exclude_id=shortlist.id
        )
        if name is None or name == shortlist.name:
            return
        old = shortlist.name
        shortlist.name = name
        self.save()
        self._refresh_shortlists(shortlist.id)
        self.show_status(f"Renamed “{old}” to “{name}”.")

    def delete_shortlist(self) -> None:
        shortlist = self.current_shortlist()
        if shortlist is None:
            return
        count = len(shortlist.items)
        items = "1 action" if count == 1 else f"{count} actions"
        if not dialogs.confirm(
            self,
            "Delete shortlist",
            f"Delete the shortlist “{shortlist.name}” with {items} and their notes?\n\n"
            "This cannot be undone. Export the shortlist first if you may need it again.",
            "Delete",
        ):
            return
        position = self.library.shortlists.index(shortlist)
        self.library.shortlists = [s for s in self.library.shortlists if s.id != shortlist.id]
        self.save()
        remaining = self.library.shortlists
        next_id = remaining[min(position, len(remaining) - 1)].id if remaining else None
        self._refresh_shortlists(next_id)
        self.show_status(f"Deleted the shortlist “{shortlist.name}”.")

    # --- items -----------------------------------------------------------------------------

    def _action_selected(self, code: str) -> None:
        action = None
        if code:
            try:
                action = self.catalogue.action(code)
            except KeyError:
                action = None
        self.detail_pane.show_action(action)
        self._update_actions()

    def add_current_action(self) -> None:
        code = self.detail_pane.code
        if not code:
            self.show_status("Choose an action in the catalogue first.")
            return
        shortlist = self.current_shortlist()
        if shortlist is None:
            shortlist = Shortlist(name=self.unique_name(DEFAULT_SHORTLIST_NAME), created=self.today)
            self._append_shortlist(shortlist)
        if not self.items_model.add_code(code, self.today):
            self.show_status(f"{code} is already on the shortlist “{shortlist.name}”.")
            return
        self.shortlist_pane.select_row(self.items_model.rowCount() - 1)
        self.show_status(f"Added {code} to the shortlist “{shortlist.name}”.")

    def _move(self, delta: int) -> None:
        row = self.shortlist_pane.current_row()
        if row >= 0 and self.items_model.move_item(row, delta):
            self.shortlist_pane.select_row(row + delta)

    def move_item_up(self) -> None:
        self._move(-1)

    def move_item_down(self) -> None:
        self._move(+1)

    def remove_item(self) -> None:
        row = self.shortlist_pane.current_row()
        if row < 0:
            return
        if self._note_timer.isActive():
            self.save()
        item = self.items_model.item(row)
        if item.note.strip() and not dialogs.confirm(
            self,
            "Remove from shortlist",
            f"Remove {item.code} from the shortlist? Its note will be lost.",
            "Remove",
        ):
            return
        self.items_model.remove_item(row)
        self.shortlist_pane.select_row(min(row, self.items_model.rowCount() - 1))
        if self.items_model.rowCount() == 0:
            self._item_selected()
        self.show_status(f"Removed {item.code} from the shortlist.")

    def _item_selected(self, *_: object) -> None:
        if self._note_timer.isActive():
            self.save()
        pane = self.shortlist_pane
        row = pane.current_row()
        editor = pane.note_edit
        editor.blockSignals(True)
        if row >= 0:
            item = self.items_model.item(row)
            editor.setPlainText(item.note)
            editor.setEnabled(True)
            pane.note_label.setText(f"N&ote for {item.code}:")
            editor.setAccessibleName(f"Note for {item.code}")
            editor.setPlaceholderText(NOTE_HINT.format(code=item.code))
        else:
            editor.clear()
            editor.setEnabled(False)
            pane.note_label.setText("N&ote:")
            editor.setAccessibleName("Note for the selected action")
            editor.setPlaceholderText(NO_ITEM_HINT)
        editor.blockSignals(False)
        pane.note_problem.hide()
        self._update_actions()

    def _note_edited(self) -> None:
        row = self.shortlist_pane.current_row()
        if row < 0:
            return
        problem = self.shortlist_pane.note_problem
        try:
            self.items_model.set_note(row, self.shortlist_pane.note_edit.toPlainText())
        except NoteTooLong as exc:
            problem.setText(f"{exc} Shorten it to save it; until then the saved note is kept.")
            problem.show()
            return
        problem.hide()

    def _table_double_clicked(self, index: QModelIndex) -> None:
        if index.column() == Column.NOTE:
            self.shortlist_pane.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_actions(self, *_: object) -> None:
        shortlist = self.current_shortlist()
        row = self.shortlist_pane.current_row()
        count = self.items_model.rowCount()
        self.act_add.setEnabled(bool(self.detail_pane.code))
        for action in (self.act_rename, self.act_delete, self.act_export):
            action.setEnabled(shortlist is not None)
        self.act_move_up.setEnabled(row > 0)
        self.act_move_down.setEnabled(0 <= row < count - 1)
        self.act_remove.setEnabled(row >= 0)

    # --- files -----------------------------------------------------------------------------

    def import_shortlist(self) -> None:
        path = dialogs.open_file_path(self, "Import shortlist", self._last_folder())
        if path is None:
            return
        self._remember_folder(path)
        try:
            shared = read_shortlist_file(path)
        except StorageError as exc:
            dialogs.warn(self, "This file cannot be imported", f"{exc}\n\nNothing was changed.")
            return
        incoming = shared.shortlist
        shortlist = incoming.model_copy(
            update={"id": uuid.uuid4().hex, "name": self.unique_name(incoming.name)}, deep=True
        )
        self._append_shortlist(shortlist)
        known = {a.code for a in self.catalogue.actions}
        unknown = [code for code in shortlist.codes() if code not in known]
        message = (
            f"Imported the shortlist “{shortlist.name}” with {len(shortlist.items)} action(s)."
        )
        if unknown:
            message += f" Not in this catalogue: {', '.join(unknown)}."
        self.show_status(message)

    def export_shortlist(self) -> None:
        shortlist = self.current_shortlist()
        if shortlist is None:
            return
        suggested = self._last_folder() / f"{file_stem(shortlist.name)}.json"
        path = dialogs.save_file_path(self, "Export shortlist", suggested)
        if path is None:
            return
        self._remember_folder(path)
        try:
            write_shortlist_file(path, shortlist)
        except StorageError as exc:
            dialogs.warn(self, "The shortlist could not be exported", str(exc))
            return
        self.show_status(f"Exported “{shortlist.name}” to {path}.")

    def export_pdf(self) -> None:
        """Export the current shortlist as a PDF memo (written by the report engineer)."""
        self.show_status(PDF_TOOLTIP)

    # --- guide -------------------------------------------------------------------------------

    def focus_search(self) -> None:
        edit = self.catalogue_pane.filter_edit
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()

    def find_actions(self) -> None:
        if self.active_wizard is not None:
            self.active_wizard.raise_()
            self.active_wizard.activateWindow()
            return
        try:
            from vetguide.ui.wizard import FindActionsWizard
        except ImportError as exc:
            dialogs.warn(self, "Find my actions", f"The guide could not be opened: {exc}")
            return
        current = self.current_shortlist()
        wizard = FindActionsWizard(
            self.catalogue,
            self.today,
            self.library.last_profile,
            [(s.id, s.name) for s in self.library.shortlists],
            current.id if current else None,
            self,
        )
        self.active_wizard = wizard
        wizard.finished.connect(lambda result, w=wizard: self._wizard_finished(w, result))
        wizard.open()

    def _wizard_finished(self, wizard: FindActionsWizard, result: int) -> None:
        self.active_wizard = None
        wizard.deleteLater()
        if result == int(wizard.DialogCode.Accepted):
            self._apply_wizard(wizard)

    def _apply_wizard(self, wizard: FindActionsWizard) -> None:
        profile = wizard.result_profile()
        codes = wizard.chosen_codes()
        shortlist = self.shortlist_by_id(wizard.target_shortlist_id())
        if shortlist is None:
            name = self.unique_name(wizard.new_shortlist_name() or DEFAULT_SHORTLIST_NAME)
            shortlist = Shortlist(name=name, created=self.today)
            self.library.shortlists = [*self.library.shortlists, shortlist]
        added = [code for code in codes if shortlist.add(code, self.today)]
        try:
            shortlist.profile = profile
            self.library.last_profile = profile
        except ValidationError:  # pragma: no cover - the wizard returns a validated profile
            pass
        self.save()
        self._refresh_shortlists(shortlist.id)
        skipped = len(codes) - len(added)
        message = f"Added {len(added)} action(s) to the shortlist “{shortlist.name}”."
        if skipped:
            message += f" {skipped} were already on it."
        self.show_status(message)

    # --- help --------------------------------------------------------------------------------

    def about_text(self) -> str:
        c = self.catalogue
        return (
            f"vetguide {__version__}\n"
            "A desktop guide to Erasmus+ for vocational education and training.\n\n"
            f"Catalogue: Erasmus+ call {c.call_year}, data as of {format_date(c.data_as_of)}.\n"
            f"{c.guide_note}\n\n"
            f"Your shortlists and settings are kept on this computer in:\n{data_dir()}"
        )

    def show_about(self) -> None:
        dialogs.inform(self, "About vetguide", self.about_text())
