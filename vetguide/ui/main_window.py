"""The main window: the catalogue, the detail page and the user's shortlists.

The window owns the :class:`Library` and saves it after every change. It holds no domain
rules: key data, deadlines and labels come from the model, the catalogue and the texts.

Start-up is in two steps, so that the window is on screen before the slow part runs.
``MainWindow(None)`` builds only the frame: menus, toolbar, status bar and the three panes
as light "Loading…" placeholders, with the saved geometry. Right after its first paint the
window loads the catalogue, the texts and the shortlists (pydantic and the model classes are
imported only then), puts the real panes in place of the placeholders and emits ``loaded``,
or ``load_failed`` with the reason. ``MainWindow(catalogue)`` does both steps at once.
This module therefore imports no ``vetguide.model`` module and no pydantic at import time;
the panes and models are imported in the functions that need them.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
from collections.abc import Iterator
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QCursor, QKeySequence, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vetguide import __version__
from vetguide.ui import dialogs

if TYPE_CHECKING:
    from vetguide.model.catalogue import Catalogue
    from vetguide.model.shortlist import Library, Shortlist
    from vetguide.model.texts import Texts
    from vetguide.ui.budget_dialog import BudgetDialog
    from vetguide.ui.catalogue_pane import CataloguePane, DetailPane
    from vetguide.ui.shortlist_model import ShortlistItemsModel
    from vetguide.ui.shortlist_pane import ShortlistPane
    from vetguide.ui.wizard import FindActionsWizard

APP_TITLE = "vetguide – Erasmus+ for vocational education and training"
SETTINGS_FILE = "settings.ini"
DATA_DIR_ENV = "VETGUIDE_DATA_DIR"  # as vetguide.model.storage.DATA_DIR_ENV
DEFAULT_SHORTLIST_NAME = "My shortlist"
MAX_NAME_CHARS = 200
NOTE_SAVE_DELAY_MS = 400
STATUS_TIMEOUT_MS = 8000
LOAD_FALLBACK_MS = 500  # load even if the shown window is never painted (e.g. minimised)
PANE_SHARES = (5, 7, 8)  # catalogue tree, detail page, shortlist: first-launch widths
PANE_MIN_WIDTH = 200
LOADING_CATALOGUE = "Loading the catalogue…"
LOADING_SHORTLISTS = "Loading your shortlists…"
LAST_EXPORT_FOLDER = "files/last_export_folder"
PDF_FILTER = "PDF files (*.pdf);;All files (*)"
ICS_FILTER = "Calendar files (*.ics);;All files (*)"


class LoadState(Enum):
    WAITING = "waiting"  # frame only; loads after the first paint
    LOADING = "loading"
    LOADED = "loaded"
    FAILED = "failed"


def plain(text: str) -> str:
    """Menu text without mnemonic marks and ellipsis, for accessible names."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def file_stem(name: str) -> str:
    """A file name for a shortlist name, safe on every platform."""
    stem = re.sub(r"[^\w\- ]+", "", name, flags=re.UNICODE).strip().replace(" ", "-")
    return stem[:60] or "shortlist"


def settings_folder() -> Path:
    """The user data folder, as :func:`vetguide.model.storage.data_dir` gives it.

    Repeated here because the window opens its settings (geometry) before the model is
    imported; a test checks that both agree.
    """
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path("vetguide", appauthor=False)


@contextlib.contextmanager
def wait_cursor() -> Iterator[None]:
    """Show the busy cursor over the whole application while a slow step runs."""
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class LoadingPlaceholder(QFrame):
    """Stands where a pane will be until the data is loaded: the pane's frame and one line."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loading_placeholder")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFrameShadow(QFrame.Shadow.Sunken)
        self.setBackgroundRole(self.palette().ColorRole.Base)
        self.setAutoFillBackground(True)
        self.label = QLabel(text)
        self.label.setObjectName("loading_label")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)

    def set_text(self, text: str) -> None:
        self.label.setText(text)


class MainWindow(QMainWindow):
    """The main window. ``catalogue`` given: filled at once; ``None``: loads after showing."""

    loaded = Signal()
    load_failed = Signal(str)  # why the catalogue could not be loaded

    # Set when the data is loaded (see the module docstring).
    texts: Texts
    library: Library
    catalogue_pane: CataloguePane
    detail_pane: DetailPane
    shortlist_pane: ShortlistPane
    items_model: ShortlistItemsModel

    def __init__(self, catalogue: Catalogue | None, today: date | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowTitle(APP_TITLE)
        self.catalogue: Catalogue | None = None
        self.today = today or date.today()
        self.active_wizard: FindActionsWizard | None = None
        self._state = LoadState.WAITING
        self._load_due = False
        self._startup_messages: list[tuple[str, str]] = []
        self._shown_once = False
        self._can_save = True
        self._last_save_error: str | None = None
        self.settings = self._open_settings()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.placeholders = [
            LoadingPlaceholder(LOADING_CATALOGUE),
            LoadingPlaceholder(""),
            LoadingPlaceholder(LOADING_SHORTLISTS),
        ]
        for index, placeholder in enumerate(self.placeholders):
            placeholder.setMinimumWidth(PANE_MIN_WIDTH)
            self.splitter.addWidget(placeholder)
            self.splitter.setStretchFactor(index, PANE_SHARES[index])
        self.splitter.setContentsMargins(6, 6, 6, 0)
        central = QWidget()
        self.central_layout = QVBoxLayout(central)
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.central_layout.setSpacing(0)
        self.central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.budget_dialog: BudgetDialog | None = None

        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._note_timer.timeout.connect(self.save)
        self._load_timer = QTimer(self)
        self._load_timer.setSingleShot(True)
        self._load_timer.timeout.connect(self._load_when_shown)

        self._create_actions()
        self._create_menus_and_toolbar()
        self.stamp_label = QLabel()
        self.stamp_label.setObjectName("stamp_label")
        self.statusBar().addPermanentWidget(self.stamp_label)

        if catalogue is not None:
            from vetguide.model.resources import load_texts

            self._install(catalogue, load_texts())
        else:
            self.setCursor(QCursor(Qt.CursorShape.BusyCursor))
        self._restore_settings()
        if catalogue is not None:
            self._show_data()
        self._update_actions()

    # --- start-up ------------------------------------------------------------------------

    @property
    def catalogue_loaded(self) -> bool:
        return self._state is LoadState.LOADED

    def _open_settings(self) -> QSettings:
        folder = settings_folder()
        with contextlib.suppress(OSError):  # QSettings then keeps the values in memory only
            folder.mkdir(parents=True, exist_ok=True)
        return QSettings(str(folder / SETTINGS_FILE), QSettings.Format.IniFormat)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if self._state is LoadState.WAITING:
                self._load_timer.start(LOAD_FALLBACK_MS)
            if self._startup_messages:
                QTimer.singleShot(0, self, self._show_startup_messages)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._state is LoadState.WAITING and not self._load_due and self.isVisible():
            # The frame is on screen once this paint is flushed: load at the next turn.
            self._load_due = True
            self._load_timer.start(0)

    def _load_when_shown(self) -> None:
        if self.isVisible():
            self.load_data()

    def load_data(self) -> bool:
        """Load the catalogue, texts and shortlists and fill the panes; True when loaded.

        Does nothing once loaded or failed. On a damaged catalogue the placeholders say so
        and ``load_failed`` is emitted with the reason.
        """
        if self._state is not LoadState.WAITING:
            return self._state is LoadState.LOADED
        self._state = LoadState.LOADING
        self._load_timer.stop()
        from vetguide.model.resources import DataError, load_catalogue, load_texts

        try:
            catalogue = load_catalogue()
            texts = load_texts()
        except DataError as exc:
            self._state = LoadState.FAILED
            self.unsetCursor()
            self.placeholders[0].set_text("The catalogue could not be loaded.")
            self.placeholders[2].set_text("")
            self.load_failed.emit(str(exc))
            return False
        self._install(catalogue, texts)
        self._show_data()
        self.unsetCursor()
        if self.focusWidget() is None:
            self.catalogue_pane.filter_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._shown_once and self._startup_messages:
            QTimer.singleShot(0, self, self._show_startup_messages)
        self.loaded.emit()
        return True

    def _install(self, catalogue: Catalogue, texts: Texts) -> None:
        """Build the real panes on the data and put them in place of the placeholders."""
        from vetguide.ui.action_html import stamp
        from vetguide.ui.catalogue_pane import CataloguePane, DetailPane
        from vetguide.ui.deadline_banner import DeadlineBanner
        from vetguide.ui.readiness_view import ReadinessView
        from vetguide.ui.shortlist_pane import ShortlistPane

        self.catalogue = catalogue
        self.texts = texts
        self.library = self._load_library()
        self.catalogue_pane = CataloguePane(catalogue, texts)
        self.detail_pane = DetailPane(catalogue, texts, self.today)
        self.shortlist_pane = ShortlistPane(catalogue)
        self.items_model = self.shortlist_pane.model
        panes = (self.catalogue_pane, self.detail_pane, self.shortlist_pane)
        for index, pane in enumerate(panes):
            pane.setMinimumWidth(PANE_MIN_WIDTH)
            # The pane takes the placeholder's place and size (restored splitter state).
            self.splitter.replaceWidget(index, pane)
            self.splitter.setStretchFactor(index, PANE_SHARES[index])
        for placeholder in self.placeholders:
            placeholder.deleteLater()
        self.placeholders = []
        # Says so when every deadline of the newest call year has passed.
        self.deadline_banner = DeadlineBanner(self)
        self.central_layout.insertWidget(0, self.deadline_banner)
        self.deadline_banner.update_for(catalogue, self.today)
        # The dated to-dos of the selected shortlist item, in a tab beside its note (the
        # shortlist splitter keeps two parts, so its saved state stays valid).
        self.readiness_view = ReadinessView()
        note_box = self.shortlist_pane.splitter.widget(1)
        self.item_tabs = QTabWidget()
        self.item_tabs.setObjectName("item_tabs")
        self.item_tabs.setAccessibleName("Note and readiness plan")
        self.shortlist_pane.splitter.replaceWidget(1, self.item_tabs)
        self.item_tabs.addTab(note_box, "Note")
        self.item_tabs.addTab(self.readiness_view, "Readiness plan")
        # The table of items keeps the larger share; the tabs' wish for height yields to it.
        self.item_tabs.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.shortlist_pane.splitter.setStretchFactor(0, 3)
        self.shortlist_pane.splitter.setStretchFactor(1, 2)
        # The item actions' shortcuts belong to the items table and its buttons.
        self.shortlist_pane.items_box.addActions(
            [self.act_move_up, self.act_move_down, self.act_remove]
        )
        self._connect()
        self._set_tab_order()
        self._name_buttons()
        self.stamp_label.setText(stamp(catalogue))
        self._state = LoadState.LOADED

    def _show_data(self) -> None:
        """Restore the shortlist side as it was left and select the last shortlist."""
        state = self.settings.value("window/shortlist_splitter")
        if isinstance(state, QByteArray):
            self.shortlist_pane.splitter.restoreState(state)
        self._refresh_shortlists(self._last_shortlist_id())
        self.detail_pane.set_local_zone(self.local_zone())
        self._update_actions()

    def _load_library(self) -> Library:
        from vetguide.model import storage
        from vetguide.model.shortlist import Library

        path = storage.library_path()
        try:
            loaded = storage.load_or_default(path, Library)
        except storage.StorageError as exc:
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

    def _show_startup_messages(self) -> None:
        if not self.catalogue_loaded:
            return  # shown when the data is loaded
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
        self.act_export_pdf = a(
            "Export &PDF…", self.export_pdf, "Ctrl+P",
            "Save the current shortlist as a PDF memo to print or share", "act_export_pdf",
        )  # fmt: skip
        self.act_export_calendar = a(
            "Export &calendar…", self.export_calendar, None,
            "Save the deadlines of the current shortlist as a calendar file (.ics)",
            "act_export_calendar",
        )  # fmt: skip
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
        self.act_budget = a(
            "Estimate the &budget…", self.open_budget, "Ctrl+B",
            "Estimate a KA1 mobility budget and see the lump-sum options", "act_budget",
        )  # fmt: skip
        self.act_about = a("&About vetguide", self.show_about, name="act_about")
        # Everything but Quit and About needs the catalogue or the shortlists.
        self.data_actions = [
            self.act_new, self.act_import, self.act_export, self.act_export_pdf,
            self.act_export_calendar, self.act_rename, self.act_delete, self.act_add,
            self.act_move_up, self.act_move_down, self.act_remove, self.act_find,
            self.act_search, self.act_budget,
        ]  # fmt: skip

    def _create_menus_and_toolbar(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu("&File")
        file_menu.setToolTipsVisible(True)
        file_menu.addActions([self.act_new, self.act_import, self.act_export])
        file_menu.addSeparator()
        file_menu.addActions([self.act_export_pdf, self.act_export_calendar])
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        shortlist_menu = menus.addMenu("&Shortlist")
        shortlist_menu.addActions([self.act_add, self.act_rename, self.act_delete])
        shortlist_menu.addSeparator()
        shortlist_menu.addActions([self.act_move_up, self.act_move_down, self.act_remove])
        guide_menu = menus.addMenu("&Guide")
        guide_menu.addActions([self.act_find, self.act_search, self.act_budget])
        help_menu = menus.addMenu("&Help")
        help_menu.addAction(self.act_about)

        self.toolbar = QToolBar("Main toolbar")
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setAccessibleName("Main toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setMovable(False)
        self.toolbar.addActions([self.act_find, self.act_new, self.act_import, self.act_export])
        self.toolbar.addActions([self.act_export_pdf, self.act_export_calendar, self.act_budget])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        for action in self.toolbar.actions():
            widget = self.toolbar.widgetForAction(action)
            if widget is not None:
                widget.setAccessibleName(plain(action.text()))
        # Qt's » button, shown when the window is too narrow for every toolbar action.
        extension = self.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is not None:
            extension.setAccessibleName("More toolbar actions")

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
        state = s.value("window/main_splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
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
        if self.catalogue_loaded:
            s.setValue("window/shortlist_splitter", self.shortlist_pane.splitter.saveState())
            current = self.current_shortlist()
            s.setValue("shortlists/last", current.id if current else "")
        s.sync()

    def _last_shortlist_id(self) -> str | None:
        value = self.settings.value("shortlists/last")
        return value if isinstance(value, str) and value else None

    def _last_folder(self, key: str = "files/last_folder") -> Path:
        """The folder remembered under ``key``; else the shortlist file folder; else home."""
        for name in (key, "files/last_folder"):
            value = self.settings.value(name)
            if isinstance(value, str) and value and Path(value).is_dir():
                return Path(value)
        return Path.home()

    def _remember_folder(self, path: Path, key: str = "files/last_folder") -> None:
        self.settings.setValue(key, str(path.parent))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._load_timer.stop()
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
        from vetguide.model import storage

        try:
            storage.save_model(storage.library_path(), self.library)
        except storage.StorageError as exc:
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
        from vetguide.model.shortlist import Shortlist

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

    def _loaded_catalogue(self) -> Catalogue:
        if self.catalogue is None:
            raise RuntimeError("the catalogue is not loaded yet")
        return self.catalogue

    def _action_selected(self, code: str) -> None:
        action = None
        if code:
            try:
                action = self._loaded_catalogue().action(code)
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
            from vetguide.model.shortlist import Shortlist

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
        from vetguide.ui.shortlist_pane import NO_ITEM_HINT, NOTE_HINT

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
        self._show_readiness(row)
        self._update_actions()

    def local_zone(self) -> str | None:
        """The user's time zone: that of the current shortlist's (or the last) profile."""
        from vetguide.model.deadlines import default_time_zone

        shortlist = self.current_shortlist()
        profile = (
            shortlist.profile if shortlist and shortlist.profile else self.library.last_profile
        )
        return default_time_zone(profile.country) if profile else None

    def _show_readiness(self, row: int) -> None:
        action = None
        if row >= 0:
            with contextlib.suppress(KeyError):  # an imported code unknown to this catalogue
                action = self._loaded_catalogue().action(self.items_model.item(row).code)
        zone = self.local_zone()
        self.readiness_view.show_action(
            action, self._loaded_catalogue(), self.today, time_zone=zone
        )
        self.detail_pane.set_local_zone(zone)

    def open_budget(self) -> None:
        """The budget estimate, for the current shortlist's profile (kept open between uses)."""
        from vetguide.ui.budget_dialog import BudgetDialog

        if self.budget_dialog is None:
            shortlist = self.current_shortlist()
            profile = (
                shortlist.profile if shortlist and shortlist.profile else self.library.last_profile
            )
            self.budget_dialog = BudgetDialog(self._loaded_catalogue(), self.today, profile, self)
        self.budget_dialog.show()
        self.budget_dialog.raise_()
        self.budget_dialog.activateWindow()

    def _note_edited(self) -> None:
        from vetguide.ui.shortlist_model import NoteTooLong

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
        from vetguide.ui.shortlist_model import Column

        if index.column() == Column.NOTE:
            self.shortlist_pane.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_actions(self, *_: object) -> None:
        if not self.catalogue_loaded:
            for action in self.data_actions:
                action.setEnabled(False)
            return
        shortlist = self.current_shortlist()
        row = self.shortlist_pane.current_row()
        count = self.items_model.rowCount()
        self.act_add.setEnabled(bool(self.detail_pane.code))
        for action in (self.act_rename, self.act_delete, self.act_export):
            action.setEnabled(shortlist is not None)
        for action in (self.act_export_pdf, self.act_export_calendar):
            action.setEnabled(shortlist is not None and bool(shortlist.items))
        for action in (
            self.act_new,
            self.act_import,
            self.act_find,
            self.act_search,
            self.act_budget,
        ):
            action.setEnabled(True)
        self.act_move_up.setEnabled(row > 0)
        self.act_move_down.setEnabled(0 <= row < count - 1)
        self.act_remove.setEnabled(row >= 0)

    # --- files -----------------------------------------------------------------------------

    def import_shortlist(self) -> None:
        from vetguide.model import storage

        path = dialogs.open_file_path(self, "Import shortlist", self._last_folder())
        if path is None:
            return
        self._remember_folder(path)
        try:
            shared = storage.read_shortlist_file(path)
        except storage.StorageError as exc:
            dialogs.warn(self, "This file cannot be imported", f"{exc}\n\nNothing was changed.")
            return
        import uuid

        incoming = shared.shortlist
        shortlist = incoming.model_copy(
            update={"id": uuid.uuid4().hex, "name": self.unique_name(incoming.name)}, deep=True
        )
        self._append_shortlist(shortlist)
        known = {a.code for a in self._loaded_catalogue().actions}
        unknown = [code for code in shortlist.codes() if code not in known]
        message = (
            f"Imported the shortlist “{shortlist.name}” with {len(shortlist.items)} action(s)."
        )
        if unknown:
            message += f" Not in this catalogue: {', '.join(unknown)}."
        self.show_status(message)

    def export_shortlist(self) -> None:
        from vetguide.model import storage

        shortlist = self.current_shortlist()
        if shortlist is None:
            return
        suggested = self._last_folder() / f"{file_stem(shortlist.name)}.json"
        path = dialogs.save_file_path(self, "Export shortlist", suggested)
        if path is None:
            return
        self._remember_folder(path)
        try:
            storage.write_shortlist_file(path, shortlist)
        except storage.StorageError as exc:
            dialogs.warn(self, "The shortlist could not be exported", str(exc))
            return
        self.show_status(f"Exported “{shortlist.name}” to {path}.")

    def _export_target(self, title: str, suffix: str, name_filter: str) -> Path | None:
        """Ask where to export the current shortlist, starting in the last export folder."""
        shortlist = self.current_shortlist()
        if shortlist is None or not shortlist.items:
            return None
        name = file_stem(shortlist.name) + ("-deadlines" if suffix == "ics" else "")
        suggested = self._last_folder(LAST_EXPORT_FOLDER) / f"{name}.{suffix}"
        path = dialogs.save_file_path(self, title, suggested, name_filter, suffix)
        if path is not None:
            self._remember_folder(path, LAST_EXPORT_FOLDER)
        return path

    def _exported(self, title: str, text: str, path: Path, open_label: str) -> None:
        self.show_status(f"Saved {path}.")
        if dialogs.inform_with_open(self, title, text, path, open_label):
            dialogs.open_url(QUrl.fromLocalFile(str(path)))

    def export_pdf(self) -> None:
        """Save the current shortlist as a PDF decision memo."""
        from vetguide.report import ExportError
        from vetguide.report.pdf import export_shortlist_pdf

        shortlist = self.current_shortlist()
        path = self._export_target("Export PDF", "pdf", PDF_FILTER)
        if shortlist is None or path is None:
            return
        if self._note_timer.isActive():
            self.save()
        try:
            with wait_cursor():
                export_shortlist_pdf(shortlist, self._loaded_catalogue(), path, today=self.today)
        except ExportError as exc:
            dialogs.warn(self, "The PDF could not be saved", f"{exc}\n\nNo file was written.")
            return
        self._exported(
            "PDF saved",
            f"The memo of the shortlist “{shortlist.name}” was saved to:\n{path}",
            path,
            "&Open the PDF",
        )

    def export_calendar(self) -> None:
        """Save the deadlines of the current shortlist's actions as an iCalendar file."""
        from vetguide.model.calendar_export import (
            calendar_items,
            shortlist_actions,
            write_calendar,
        )
        from vetguide.model.deadlines import default_time_zone

        shortlist = self.current_shortlist()
        if shortlist is None or not shortlist.items:
            return
        catalogue = self._loaded_catalogue()
        title = "Export calendar"
        actions, unknown = shortlist_actions(shortlist, catalogue)
        skipped = (
            f"Not in the {catalogue.call_year} catalogue: {', '.join(unknown)}." if unknown else ""
        )
        if not calendar_items(actions, catalogue, self.today):
            dialogs.inform(
                self, title,
                f"No deadline lies ahead for the actions of “{shortlist.name}”, so there "
                f"is nothing to put in a calendar. {skipped}".strip(),
            )  # fmt: skip
            return
        path = self._export_target(title, "ics", ICS_FILTER)
        if path is None:
            return
        country = shortlist.profile.country if shortlist.profile else None
        local_zone = default_time_zone(country) if country else None
        try:
            with wait_cursor():
                result = write_calendar(path, actions, catalogue, self.today, local_zone=local_zone)
        except OSError as exc:
            dialogs.warn(
                self,
                "The calendar could not be saved",
                f"could not write {path}: {exc.strerror or exc}\n\nNo file was written.",
            )
            return
        counts = f"{result.events} deadline(s)"
        if result.expected:
            counts += f", of which {result.expected} expected (not yet announced)"
        text = f"{counts} of the shortlist “{shortlist.name}” were saved to:\n{path}"
        if local_zone:
            text += f"\n\nEach deadline also gives the time in {local_zone}."
        if skipped:
            text += f"\n\n{skipped}"
        self._exported("Calendar saved", text, path, "&Open in the calendar app")

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
            self._loaded_catalogue(),
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
        from pydantic import ValidationError

        from vetguide.model.shortlist import Shortlist

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
        from vetguide.model.storage import data_dir
        from vetguide.ui.action_html import format_date

        c = self._loaded_catalogue()
        return (
            f"vetguide {__version__}\n"
            "A desktop guide to Erasmus+ for vocational education and training.\n\n"
            f"Catalogue: Erasmus+ call {c.call_year}, data as of {format_date(c.data_as_of)}.\n"
            f"{c.guide_note}\n\n"
            f"Your shortlists and settings are kept on this computer in:\n{data_dir()}"
        )

    def show_about(self) -> None:
        dialogs.inform(self, "About vetguide", self.about_text())
