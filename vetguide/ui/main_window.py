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

Every UI text goes through ``tr`` and is set again in :meth:`MainWindow.retranslate` when the
language changes (View → Language, saved as ``ui/language`` in settings.ini and applied by
``run_app`` before the window is built). The catalogue, texts and glossary are shown in
``i18n.model_language()``: a change of language loads them again and redraws the panes,
keeping the filter, the selection, the shortlists and the note being typed.
"""

from __future__ import annotations

import contextlib
import itertools
import re
from collections.abc import Iterator
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QEvent,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QCursor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QPaintEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
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
from vetguide.ui import dialogs, i18n
from vetguide.ui.first_start import FirstStartPanel
from vetguide.ui.i18n import tr
from vetguide.ui.user_text import shown

if TYPE_CHECKING:
    from vetguide.model.budget import BudgetPlan
    from vetguide.model.catalogue import Catalogue
    from vetguide.model.data_context import DataContext
    from vetguide.model.library_db import Opened
    from vetguide.model.shortlist import Library, Shortlist
    from vetguide.model.texts import Texts
    from vetguide.ui.budget_dialog import BudgetDialog
    from vetguide.ui.catalogue_pane import CataloguePane, DetailPane
    from vetguide.ui.glossary_dialog import GlossaryDialog
    from vetguide.ui.library_service import LibraryService
    from vetguide.ui.shortlist_model import ShortlistItemsModel
    from vetguide.ui.shortlist_pane import ShortlistPane
    from vetguide.ui.wizard import FindActionsWizard

SETTINGS_FILE = "settings.ini"
LANGUAGE_KEY = "ui/language"
# English source texts, shown through tr() (the markers put them in the .ts files).
APP_NAME = "vetguide"  # a name, never translated: texts take it as {app}
APP_TITLE = QT_TRANSLATE_NOOP("", "{app} – Erasmus+ for vocational education and training")
DEFAULT_SHORTLIST_NAME = QT_TRANSLATE_NOOP("", "My shortlist")
LOADING_CATALOGUE = QT_TRANSLATE_NOOP("", "Loading the catalogue…")
LOADING_SHORTLISTS = QT_TRANSLATE_NOOP("", "Loading your shortlists…")
LOAD_FAILED = QT_TRANSLATE_NOOP("", "The catalogue could not be loaded.")
MAX_NAME_CHARS = 200
NOTE_SAVE_DELAY_MS = 400
STATUS_TIMEOUT_MS = 8000
LOAD_FALLBACK_MS = 500  # load even if the shown window is never painted (e.g. minimised)
PANE_SHARES = (5, 7, 8)  # catalogue tree, detail page, shortlist: first-launch widths
PANE_MIN_WIDTH = 200
LAST_EXPORT_FOLDER = "files/last_export_folder"


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
    """The user data folder (settings.ini lives beside library.json)."""
    from vetguide.paths import data_dir

    return data_dir()


def open_settings() -> QSettings:
    """The window's settings.ini in the user data folder."""
    folder = settings_folder()
    with contextlib.suppress(OSError):  # QSettings then keeps the values in memory only
        folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / SETTINGS_FILE), QSettings.Format.IniFormat)


def saved_language() -> str | None:
    """The language chosen last in View → Language, or None when none was chosen."""
    value = open_settings().value(LANGUAGE_KEY)
    known = (*i18n.LANGUAGES, i18n.PSEUDO_LANGUAGE)
    return value if isinstance(value, str) and value in known else None


def pdf_filter() -> str:
    return dialogs.file_filter(tr("PDF files"), "*.pdf")


def ics_filter() -> str:
    return dialogs.file_filter(tr("Calendar files"), "*.ics")


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
        self.source_text = text  # English; shown through tr()
        self.setObjectName("loading_placeholder")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFrameShadow(QFrame.Shadow.Sunken)
        self.setBackgroundRole(self.palette().ColorRole.Base)
        self.setAutoFillBackground(True)
        self.label = QLabel(tr(text) if text else "")
        self.label.setObjectName("loading_label")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)

    def set_text(self, text: str) -> None:
        """Show ``text``, an English source text (translated here and on a change)."""
        self.source_text = text
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(tr(self.source_text) if self.source_text else "")


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
        self.catalogue: Catalogue | None = None  # in the data language (i18n.model_language())
        self.base_catalogue: Catalogue | None = None  # in English, for the wizard and budget
        self.data_language = i18n.DEFAULT_LANGUAGE  # the language of catalogue and texts
        self.data: DataContext | None = None  # the call year and language shown
        self.glossary_dialog: GlossaryDialog | None = None
        self.today = today or date.today()
        self.active_wizard: FindActionsWizard | None = None
        self._state = LoadState.WAITING
        self._load_due = False
        self._startup_messages: list[tuple[str, str]] = []
        self._shown_once = False
        self._can_save = True
        self._offer_backup: Path | None = None  # a backup to offer after the start-up messages
        self.library_service: LibraryService | None = None
        self._last_save_error: str | None = None
        self.settings = open_settings()

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
        # Instead of the panes while there is no shortlist (see _update_first_start).
        self.first_start = FirstStartPanel()
        self.first_start.hide()
        self.first_start.find_requested.connect(self.find_actions)
        self.first_start.import_requested.connect(self.import_shortlist)
        self.first_start.browse_requested.connect(self.browse_first)
        self._browsing = False  # "Look through all actions first" chosen on the first start
        self.central_layout.addWidget(self.first_start, 1)
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

        self.retranslate()
        if catalogue is not None:
            self._install(catalogue)
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
        from vetguide.model.resources import DataError

        try:
            self.data = self.packs.context()
            catalogue = self.data.english
            localised = (self.data.catalogue, self.data.texts, self.data.language)
        except DataError as exc:
            self._state = LoadState.FAILED
            self.unsetCursor()
            self.placeholders[0].set_text(LOAD_FAILED)
            self.placeholders[2].set_text("")
            self.load_failed.emit(str(exc))
            return False
        self._install(catalogue, localised)
        self._show_data()
        self.unsetCursor()
        if self.focusWidget() is None:
            self.catalogue_pane.filter_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._shown_once and self._startup_messages:
            QTimer.singleShot(0, self, self._show_startup_messages)
        self.loaded.emit()
        return True

    def _localised_data(self, base: Catalogue) -> tuple[Catalogue, Texts, str]:
        """The catalogue (same call year as ``base``, in English) and texts in the data language."""
        from vetguide.model.data_context import data_context

        language = i18n.model_language()
        if self.data is None or self.data.call_year != base.call_year:
            self.data = data_context(base.call_year, language, self.today)
        self.data = self.data.in_language(language)
        if language == i18n.DEFAULT_LANGUAGE:
            return base, self.data.texts, language
        return self.data.catalogue, self.data.texts, language

    def _install(
        self, base: Catalogue, localised: tuple[Catalogue, Texts, str] | None = None
    ) -> None:
        """Build the real panes on the data and put them in place of the placeholders.

        ``base`` is the English catalogue; ``localised`` the catalogue, texts and language to
        show (loaded here when not given).
        """
        from vetguide.ui.catalogue_pane import CataloguePane, DetailPane
        from vetguide.ui.deadline_banner import DeadlineBanner
        from vetguide.ui.readiness_view import ReadinessView
        from vetguide.ui.shortlist_pane import ShortlistPane

        catalogue, texts, self.data_language = localised or self._localised_data(base)
        self.base_catalogue = base
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
        self.shortlist_pane.splitter.replaceWidget(1, self.item_tabs)
        self.item_tabs.addTab(note_box, "")
        self.item_tabs.addTab(self.readiness_view, "")
        # The table of items keeps the larger share; the tabs' wish for height yields to it.
        self.item_tabs.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.shortlist_pane.splitter.setStretchFactor(0, 3)
        self.shortlist_pane.splitter.setStretchFactor(1, 2)
        # The item actions' shortcuts belong to the items table and its buttons.
        self.shortlist_pane.items_box.addActions(
            [self.act_move_up, self.act_move_down, self.act_remove]
        )
        self.shortlist_pane.item_menu_actions = [
            self.act_move_up, self.act_move_down, self.act_remove
        ]  # fmt: skip
        self.shortlist_menu.addSeparator()
        self.shortlist_menu.addMenu(self.shortlist_pane.status_menu)
        self._connect()
        self._set_tab_order()
        self._state = LoadState.LOADED
        self.retranslate()

    def _show_data(self) -> None:
        """Restore the shortlist side as it was left and select the last shortlist."""
        state = self.settings.value("window/shortlist_splitter")
        if isinstance(state, QByteArray):
            self.shortlist_pane.splitter.restoreState(state)
        else:  # first launch: 2/5 for the items, 3/5 for the note and readiness tabs
            self.shortlist_pane.splitter.setSizes([2000, 3000])
        self._refresh_shortlists(self._last_shortlist_id())
        self.detail_pane.set_local_zone(self.local_zone())
        self._update_actions()

    def _load_library(self) -> Library:
        from vetguide.model import storage
        from vetguide.model.shortlist import Library
        from vetguide.ui.library_service import LibraryService

        service = LibraryService(self)
        self.library_service = service
        service.may_refresh = lambda: not self._note_timer.isActive()
        service.library_changed.connect(self._take_outside_changes)
        try:
            opened = service.open()
        except storage.StorageError as exc:
            self._can_save = False
            self._startup_messages.append(
                (
                    tr("Your shortlists could not be opened"),
                    tr(
                        "{problem}\n\n{app} starts with no shortlists and will not save "
                        "changes, so that the file stays as it is. Move or repair the file, "
                        "then start {app} again."
                    ).format(problem=exc, app=APP_NAME),
                )
            )
            return Library()
        self._startup_messages.extend(self._opening_messages(opened))
        return opened.library

    def _opening_messages(self, opened: Opened) -> list[tuple[str, str]]:
        """What the user should know about how the library was opened."""
        messages = []
        if opened.newer_version is not None:
            self._can_save = False
            messages.append(
                (
                    tr("Your shortlists come from a newer {app}").format(app=APP_NAME),
                    tr(
                        "The database {path} was written by a newer version of {app}. It is "
                        "shown read-only and left exactly as it is: update {app} to change "
                        "your shortlists."
                    ).format(path=opened.store.path, app=APP_NAME),
                )
            )
        if opened.damaged_copy is not None:
            self._offer_backup = opened.latest_backup
            messages.append(
                (
                    tr("Your shortlists database was damaged"),
                    tr(
                        "The database could not be read:\n{problem}\n\n"
                        "It was moved aside, unchanged, to:\n{copy}\n\n"
                        "{app} starts with an empty library."
                    ).format(problem=opened.problem, copy=opened.damaged_copy, app=APP_NAME),
                )
            )
        if opened.json_damaged_copy is not None:
            messages.append(
                (
                    tr("Your shortlists file was damaged"),
                    tr(
                        "The file {path} could not be read:\n{problem}\n\n"
                        "It was moved aside, unchanged, to:\n{copy}\n\n"
                        "{app} starts with no shortlists. Keep the copy if you want to "
                        "recover its contents."
                    ).format(
                        path=opened.store.path.with_name("library.json"),
                        problem=opened.problem,
                        copy=opened.json_damaged_copy,
                        app=APP_NAME,
                    ),
                )
            )
        if opened.migrated_from is not None:
            message = tr("Your shortlists now live in a database; the old file is kept as {path}.")
            self.statusBar().showMessage(
                message.format(path=opened.migrated_from), STATUS_TIMEOUT_MS
            )
        return messages

    def _show_startup_messages(self) -> None:
        if not self.catalogue_loaded:
            return  # shown when the data is loaded
        messages, self._startup_messages = self._startup_messages, []
        for title, text in messages:
            self.statusBar().showMessage(title, STATUS_TIMEOUT_MS)
            dialogs.warn(self, title, text)
        backup, self._offer_backup = self._offer_backup, None
        if backup is not None:
            self.restore_backup(backup)

    # --- actions, menus, toolbar -----------------------------------------------------------

    def _action(
        self,
        slot: object,
        shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None,
        name: str = "",
    ) -> QAction:
        """An action; its texts are set in :meth:`_retranslate_actions`."""
        action = QAction(self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        a = self._action
        self.act_new = a(self.new_shortlist, "Ctrl+N", "act_new")
        self.act_import = a(self.import_shortlist, "Ctrl+O", "act_import")
        self.act_export = a(self.export_shortlist, "Ctrl+S", "act_export")
        self.act_export_pdf = a(self.export_pdf, "Ctrl+P", "act_export_pdf")
        self.act_export_calendar = a(self.export_calendar, None, "act_export_calendar")
        self.act_quit = a(self.close, "Ctrl+Q", "act_quit")
        self.act_rename = a(self.rename_shortlist, None, "act_rename")
        self.act_delete = a(self.delete_shortlist, None, "act_delete")
        self.act_add = a(self.add_current_action, "Ctrl+D", "act_add")
        self.act_move_up = a(self.move_item_up, "Ctrl+Up", "act_move_up")
        self.act_move_down = a(self.move_item_down, "Ctrl+Down", "act_move_down")
        self.act_remove = a(self.remove_item, QKeySequence.StandardKey.Delete, "act_remove")
        # Item shortcuts work while the items table (or its buttons) has the focus, so they
        # never take Ctrl+Up or Delete away from the note editor or the search box.
        for action in (self.act_move_up, self.act_move_down, self.act_remove):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_find = a(self.find_actions, "Ctrl+Shift+F", "act_find")
        self.act_search = a(self.focus_search, "Ctrl+F", "act_search")
        self.act_budget = a(self.open_budget, "Ctrl+B", "act_budget")
        self.act_glossary = a(self.show_glossary, None, "act_glossary")
        self.act_glossary.setShortcuts([QKeySequence("F1"), QKeySequence("Ctrl+G")])
        self.act_about = a(self.show_about, None, "act_about")
        self.act_data_folder = a(self.open_data_folder, None, "act_data_folder")
        self.act_restore = a(lambda: self.restore_backup(), None, "act_restore")
        # View → Language: one checkable action per language, in each language's own name.
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self)
            action.setObjectName(f"act_language_{code}")
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: self.change_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        # Everything but Quit, Language, Glossary and About needs the catalogue or shortlists.
        self.data_actions = [
            self.act_new, self.act_import, self.act_export, self.act_export_pdf,
            self.act_export_calendar, self.act_rename, self.act_delete, self.act_add,
            self.act_move_up, self.act_move_down, self.act_remove, self.act_find,
            self.act_search, self.act_budget,
        ]  # fmt: skip
        from vetguide.ui.data_packs import PackMenus

        self.packs = PackMenus(self)  # File → Install data pack…, View → Call year, drops
        self.setAcceptDrops(True)

    def _retranslate_actions(self) -> None:
        """Texts, tooltips and status tips of the actions in the current language."""
        texts: dict[QAction, tuple[str, str]] = {
            self.act_new: (tr("&New shortlist…"), ""),
            self.act_import: (
                tr("&Import shortlist…"),
                tr("Add a shortlist from a file a colleague shared"),
            ),
            self.act_export: (
                tr("&Export shortlist…"),
                tr("Save the current shortlist to a file to share it"),
            ),
            self.act_export_pdf: (
                tr("Export &PDF…"),
                tr("Save the current shortlist as a PDF memo to print or share"),
            ),
            self.act_export_calendar: (
                tr("Export &calendar…"),
                tr("Save the deadlines of the current shortlist as a calendar file ({ext})").format(
                    ext=".ics"
                ),
            ),
            self.act_quit: (tr("&Quit"), ""),
            self.act_rename: (tr("Re&name shortlist…"), ""),
            self.act_delete: (tr("&Delete shortlist…"), ""),
            self.act_add: (
                tr("&Add selected action to shortlist"),
                tr("Add the action shown in the catalogue to the current shortlist"),
            ),
            self.act_move_up: (tr("Move &up"), ""),
            self.act_move_down: (tr("Move do&wn"), ""),
            self.act_remove: (tr("&Remove from shortlist"), ""),
            self.act_find: (
                tr("&Find my actions…"),
                tr("Answer a few questions and see which actions fit your organisation"),
            ),
            self.act_search: (
                tr("&Search the catalogue"),
                tr("Type to filter the catalogue by code, title or summary"),
            ),
            self.act_budget: (
                tr("Estimate the &budget…"),
                tr("Estimate a KA1 mobility budget and see the lump-sum options"),
            ),
            self.act_glossary: (
                tr("&Glossary…"),
                tr("Explanations of Erasmus+ terms: OID, PIC, lump sum, EQF and more"),
            ),
            self.act_about: (tr("&About {app}").format(app=APP_NAME), ""),
            self.act_data_folder: (
                tr("Open data &folder"),
                tr("Show the folder with your shortlists database and its backups"),
            ),
            self.act_restore: (
                tr("&Restore a backup…"),
                tr("Put back your shortlists as they were in one of the daily backups"),
            ),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            tip = tip or plain(text)
            if not action.shortcut().isEmpty():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                tip += f" ({keys})"
            action.setToolTip(tip)
            action.setStatusTip(tip)
        for code, action in self.language_actions.items():
            action.setChecked(code == i18n.current_language())
            tip = tr("Show {app} in {language}").format(app=APP_NAME, language=action.text())
            action.setStatusTip(tip)

    def _create_menus_and_toolbar(self) -> None:
        menus = self.menuBar()
        self.file_menu = menus.addMenu("")
        self.file_menu.setObjectName("file_menu")
        self.file_menu.setToolTipsVisible(True)
        self.file_menu.addActions([self.act_new, self.act_import, self.act_export])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.act_export_pdf, self.act_export_calendar])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.packs.act_install)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.shortlist_menu = menus.addMenu("")
        self.shortlist_menu.setObjectName("shortlist_menu")
        self.shortlist_menu.addActions([self.act_add, self.act_rename, self.act_delete])
        self.shortlist_menu.addSeparator()
        self.shortlist_menu.addActions([self.act_move_up, self.act_move_down, self.act_remove])
        self.guide_menu = menus.addMenu("")
        self.guide_menu.setObjectName("guide_menu")
        self.guide_menu.addActions([self.act_find, self.act_search, self.act_budget])
        self.view_menu = menus.addMenu("")
        self.view_menu.setObjectName("view_menu")
        self.language_menu = QMenu(self.view_menu)
        self.language_menu.setObjectName("language_menu")
        self.language_menu.addActions(list(self.language_actions.values()))
        self.view_menu.addMenu(self.language_menu)
        self.view_menu.addMenu(self.packs.call_year_menu)
        self.help_menu = menus.addMenu("")
        self.help_menu.setObjectName("help_menu")
        self.help_menu.addActions([self.act_glossary])
        self.help_menu.addSeparator()
        self.help_menu.addActions([self.act_data_folder, self.act_restore])
        self.help_menu.addSeparator()
        self.help_menu.addActions([self.act_about])

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setMovable(False)
        self.toolbar.addActions([self.act_find, self.act_new, self.act_import, self.act_export])
        self.toolbar.addActions([self.act_export_pdf, self.act_export_calendar, self.act_budget])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _retranslate_menus_and_toolbar(self) -> None:
        for menu, text in (
            (self.file_menu, tr("&File")),
            (self.shortlist_menu, tr("&Shortlist")),
            (self.guide_menu, tr("&Guide")),
            (self.view_menu, tr("&View")),
            (self.language_menu, tr("&Language")),
            (self.help_menu, tr("&Help")),
        ):
            menu.setTitle(text)
        self.toolbar.setWindowTitle(tr("Main toolbar"))
        self.toolbar.setAccessibleName(tr("Main toolbar"))
        for action in self.toolbar.actions():
            widget = self.toolbar.widgetForAction(action)
            if widget is not None:
                widget.setAccessibleName(plain(action.text()))
        # Qt's » button, shown when the window is too narrow for every toolbar action.
        extension = self.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is not None:
            extension.setAccessibleName(tr("More toolbar actions"))

    def _bind(self, button: QPushButton, action: QAction) -> None:
        """Let a pane button trigger a window action and follow its enabled state."""
        button.clicked.connect(action.trigger)

        def follow() -> None:
            button.setEnabled(action.isEnabled())
            button.setToolTip(action.toolTip())

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
        self.detail_pane.glossary_requested.connect(self.show_glossary_term)
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
            button.setAccessibleName(tr("Clear search"))
        for view, name in (
            (self.catalogue_pane.tree.header(), tr("Catalogue columns")),
            (self.shortlist_pane.table.horizontalHeader(), tr("Shortlist columns")),
            (self.shortlist_pane.table.verticalHeader(), tr("Shortlist rows")),
        ):
            view.setAccessibleName(name)
        for corner in self.shortlist_pane.table.findChildren(QAbstractButton):
            corner.setAccessibleName(tr("Select all items"))

    # --- language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            # Coming back to this window: take in what another window saved meanwhile.
            QTimer.singleShot(0, self, self.check_for_outside_changes)

    def change_language(self, language: str) -> None:
        """Show the window in ``language`` now and remember the choice for the next start."""
        if self._note_timer.isActive():
            self.save()  # the note being typed is kept whatever happens next
        language = i18n.set_language(language)
        self.settings.setValue(LANGUAGE_KEY, language)
        self.settings.sync()
        self.retranslate()  # at once; the LanguageChange events Qt posts do it again
        name = i18n.LANGUAGES.get(language, language)
        self.show_status(tr("Language: {language}").format(language=name))

    def retranslate(self) -> None:
        """Set every text in the current language; load the data again if its language changed."""
        self.setWindowTitle(tr(APP_TITLE).format(app=APP_NAME))
        self._retranslate_actions()
        self.packs.retranslate()
        self._retranslate_menus_and_toolbar()
        for placeholder in self.placeholders:
            placeholder.retranslate()
        if not self.catalogue_loaded:
            return
        from vetguide.ui.action_html import stamp

        if self.data_language != i18n.model_language():
            self._reload_data()
        self.catalogue_pane.retranslate()
        self.detail_pane.retranslate()
        self.shortlist_pane.retranslate()
        self.item_tabs.setAccessibleName(tr("Note and readiness plan"))
        self.item_tabs.setTabText(0, tr("Note"))
        self.item_tabs.setTabText(1, tr("Readiness plan"))
        self._name_buttons()
        self.stamp_label.setText(stamp(self._loaded_catalogue()))
        if self.data is not None:
            from vetguide.ui.data_packs import pack_label

            self.stamp_label.setText(pack_label(self.data))
            self.stamp_label.setToolTip(str(self.data.pack.path))

    def _reload_data(self) -> None:
        """Show the catalogue and texts in the data language; keep what the user is doing."""
        if self._note_timer.isActive():
            self.save()
        base = self.base_catalogue
        if base is None:  # pragma: no cover - set whenever the data is loaded
            return
        with wait_cursor():
            catalogue, texts, self.data_language = self._localised_data(base)
        self.catalogue, self.texts = catalogue, texts
        # The detail page first: re-selecting in the tree shows the action from it.
        self.detail_pane.set_catalogue(catalogue, texts)
        self.catalogue_pane.set_catalogue(catalogue, texts)
        self.items_model.set_catalogue(catalogue)
        self.deadline_banner.update_for(catalogue, self.today)
        self._show_readiness(self.shortlist_pane.current_row())

    def use_data(self, context: DataContext) -> None:
        """Show another call year's data (View → Call year, a pack installed)."""
        if not self.catalogue_loaded:
            return
        if self._note_timer.isActive():
            self.save()
        self.data = context
        self.base_catalogue = context.english
        if self.budget_dialog is not None:  # it holds the old year's unit costs
            self.budget_dialog.close()
            self.budget_dialog.deleteLater()
            self.budget_dialog = None
        if self.glossary_dialog is not None:
            self.glossary_dialog.close()
            self.glossary_dialog.deleteLater()
            self.glossary_dialog = None
        self.data_language = ""  # makes retranslate load the data in the interface language
        self.retranslate()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.packs.drag_enter(event):
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not self.packs.drag_enter(event):
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if not self.packs.drop(event):
            super().dropEvent(event)

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
        if self.has_unsaved_changes() and not self._may_close_unsaved():
            event.ignore()
            return
        self._save_settings()
        if self.library_service is not None:
            self.library_service.close()
        super().closeEvent(event)

    def _may_close_unsaved(self) -> bool:
        """Ask before closing with changes that could not be saved; offer to export them."""
        while True:
            answer = dialogs.ask_unsaved(
                self,
                tr("Your changes are not saved"),
                tr(
                    "Some changes to your shortlists could not be saved:\n{problem}\n\n"
                    "Save them elsewhere (each shortlist as a file you can import later), "
                    "or close and lose them?"
                ).format(problem=self._last_save_error or tr("saving is turned off")),
            )
            if answer != "export":
                return answer == "discard"
            if self.export_all_shortlists():
                return True

    def export_all_shortlists(self) -> bool:
        """Write every shortlist as a shortlist file into a folder the user picks."""
        from vetguide.model import storage

        folder = dialogs.choose_folder(self, tr("Save shortlists elsewhere"), self._last_folder())
        if folder is None:
            return False
        written: list[Path] = []
        try:
            for shortlist in self.library.shortlists:
                target = folder / f"{file_stem(shortlist.name)}.json"
                number = 2
                while target.exists() or target in written:
                    target = folder / f"{file_stem(shortlist.name)}-{number}.json"
                    number += 1
                storage.write_shortlist_file(target, shortlist)
                written.append(target)
        except storage.StorageError as exc:
            dialogs.warn(self, tr("The shortlists could not be saved elsewhere"), str(exc))
            return False
        self.settings.setValue("files/last_folder", str(folder))
        dialogs.inform(
            self,
            tr("Shortlists saved elsewhere"),
            tr("Saved {count} shortlist file(s) in {folder}.").format(
                count=len(written), folder=folder
            ),
        )
        return True

    # --- saving ----------------------------------------------------------------------------

    def save(self) -> bool:
        """Write the window's changes now (one transaction). On failure, tell the user once
        and keep the changes in memory: the next save writes them, or they are exported."""
        self._note_timer.stop()
        service = self.library_service
        if not self._can_save or service is None:
            self.statusBar().showMessage(
                tr("Changes are not saved: your shortlists could not be opened at start."),
                STATUS_TIMEOUT_MS,
            )
            return False
        if service.save(self.library):
            self._last_save_error = None
            return True
        message = service.last_error or ""
        self.statusBar().showMessage(
            tr("Not saved: {problem}").format(problem=message), STATUS_TIMEOUT_MS
        )
        if message != self._last_save_error:
            self._last_save_error = message
            dialogs.warn(
                self,
                tr("Your changes could not be saved"),
                tr(
                    "{problem}\n\nThe changes stay in this window. {app} tries again "
                    "with your next change; you can also export the shortlist to a file."
                ).format(problem=message, app=APP_NAME),
            )
        return False

    def has_unsaved_changes(self) -> bool:
        """Whether the window holds changes that are not in the database."""
        service = self.library_service
        return self.catalogue_loaded and service is not None and service.has_unsaved(self.library)

    def _take_outside_changes(self) -> None:
        """Show the library as another window left it; keep the selection and the note editor."""
        service = self.library_service
        if service is None or not self.catalogue_loaded:
            return
        pane = self.shortlist_pane
        current = self.current_shortlist()
        row = pane.current_row()
        code = self.items_model.item(row).code if row >= 0 else None
        editor = pane.note_edit
        cursor = editor.textCursor().position()
        scroll = editor.verticalScrollBar().value()
        self.library = library = service.library
        combo = pane.shortlist_combo
        listed = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
        same = [s for s in library.shortlists if current is not None and s.id == current.id]
        if (
            same
            and listed == [(s.id, s.name) for s in library.shortlists]
            and self.items_model.replace_shortlist(same[0])
        ):
            # The same shortlists and items: redraw the changed rows, keep the selection.
            if row >= 0 and editor.toPlainText() != self.items_model.item(row).note:
                self._item_selected()
        else:
            self._refresh_shortlists(current.id if current else self._last_shortlist_id())
            shortlist = self.current_shortlist()
            if code is not None and shortlist is not None and code in shortlist.codes():
                pane.select_row(shortlist.codes().index(code))
        text_cursor = editor.textCursor()
        text_cursor.setPosition(min(cursor, len(editor.toPlainText())))
        editor.setTextCursor(text_cursor)
        editor.verticalScrollBar().setValue(scroll)
        self.statusBar().showMessage(
            tr("Shortlists changed in another window are shown."), STATUS_TIMEOUT_MS
        )

    def check_for_outside_changes(self) -> bool:
        """Take in what another window saved since this one last looked; True if anything."""
        if not self.catalogue_loaded or not self._can_save or self.library_service is None:
            return False
        if self._note_timer.isActive():
            self.save()  # the note being typed is written first, then the rest is read
        return self.library_service.check()

    def show_status(self, message: str) -> None:
        """A short message in the status bar; it also says when the last save failed."""
        if self._last_save_error is not None or not self._can_save:
            message += " " + tr("Not saved: see the message about saving.")
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
            combo.addItem(shown(shortlist.name), shortlist.id)
        position = combo.findData(select_id) if select_id else -1
        if position < 0 and combo.count():
            position = 0
        combo.setCurrentIndex(position)
        combo.blockSignals(False)
        self._shortlist_chosen(position)
        self._update_first_start()

    def _update_first_start(self) -> None:
        """The first-start screen while there is no shortlist (again once all are deleted),
        unless the user chose to look through the actions first."""
        if self.library.shortlists:
            self._browsing = False  # deleting them all later brings the screen back
        show = not self.library.shortlists and not self._browsing
        was_shown = self.first_start.isVisibleTo(self)
        self.first_start.setVisible(show)
        self.splitter.setVisible(not show)
        if show and not was_shown:
            self.first_start.find_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def browse_first(self) -> None:
        """Leave the first-start screen for the three panes, without a shortlist yet."""
        self._browsing = True
        self._update_first_start()
        self.catalogue_pane.setFocus(Qt.FocusReason.OtherFocusReason)

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
        from vetguide.model.shortlist import free_name

        name = name.strip()[:MAX_NAME_CHARS] or tr(DEFAULT_SHORTLIST_NAME)
        return free_name(name, (s.name for s in self.library.shortlists if s.id != exclude_id))

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
                problem = tr("A shortlist needs a name.")
            elif len(name) > MAX_NAME_CHARS:
                problem = tr("A name can have at most {limit} characters; this one has {count}.")
                problem = problem.format(limit=MAX_NAME_CHARS, count=len(name))
            elif self.unique_name(name, exclude_id) != name:
                problem = tr("There is already a shortlist called “{name}”. Choose another name.")
                problem = problem.format(name=name)
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
            tr("New shortlist"),
            tr("&Name of the new shortlist:"),
            self.unique_name(tr(DEFAULT_SHORTLIST_NAME)),
        )
        if name is None:
            return
        from vetguide.model.shortlist import Shortlist

        self._append_shortlist(Shortlist(name=name, created=self.today))
        self.show_status(tr("Created the shortlist “{name}”.").format(name=shown(name)))

    def rename_shortlist(self) -> None:
        shortlist = self.current_shortlist()
        if shortlist is None:
            return
        name = self._ask_name(
            tr("Rename shortlist"), tr("&New name:"), shortlist.name, exclude_id=shortlist.id
        )
        if name is None or name == shortlist.name:
            return
        old = shortlist.name
        shortlist.name = name
        self.save()
        self._refresh_shortlists(shortlist.id)
        self.show_status(
            tr("Renamed “{old}” to “{name}”.").format(old=shown(old), name=shown(name))
        )

    def delete_shortlist(self) -> None:
        shortlist = self.current_shortlist()
        if shortlist is None:
            return
        text = tr(
            "Delete the shortlist “{name}” with its actions and their notes (actions: {count})?"
            "\n\nThis cannot be undone. Export the shortlist first if you may need it again."
        ).format(name=shown(shortlist.name), count=len(shortlist.items))
        if not dialogs.confirm(self, tr("Delete shortlist"), text, tr("Delete")):
            return
        position = self.library.shortlists.index(shortlist)
        self.library.shortlists = [s for s in self.library.shortlists if s.id != shortlist.id]
        self.save()
        remaining = self.library.shortlists
        next_id = remaining[min(position, len(remaining) - 1)].id if remaining else None
        self._refresh_shortlists(next_id)
        self.show_status(tr("Deleted the shortlist “{name}”.").format(name=shown(shortlist.name)))

    # --- items -----------------------------------------------------------------------------

    def _loaded_catalogue(self) -> Catalogue:
        """The catalogue as shown, in the data language."""
        if self.catalogue is None:
            raise RuntimeError("the catalogue is not loaded yet")
        return self.catalogue

    def _english_catalogue(self) -> Catalogue:
        """The catalogue in English, as the wizard and the budget dialog take it."""
        if self.base_catalogue is None:
            raise RuntimeError("the catalogue is not loaded yet")
        return self.base_catalogue

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
            self.show_status(tr("Choose an action in the catalogue first."))
            return
        shortlist = self.current_shortlist()
        if shortlist is None:
            from vetguide.model.shortlist import Shortlist

            name = self.unique_name(tr(DEFAULT_SHORTLIST_NAME))
            shortlist = Shortlist(name=name, created=self.today)
            self._append_shortlist(shortlist)
        if not self.items_model.add_code(code, self.today):
            message = tr("{code} is already on the shortlist “{name}”.")
            self.show_status(message.format(code=code, name=shown(shortlist.name)))
            return
        self.shortlist_pane.select_row(self.items_model.rowCount() - 1)
        message = tr("Added {code} to the shortlist “{name}”.")
        self.show_status(message.format(code=code, name=shown(shortlist.name)))

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
            tr("Remove from shortlist"),
            tr("Remove {code} from the shortlist? Its note will be lost.").format(code=item.code),
            tr("Remove"),
        ):
            return
        self.items_model.remove_item(row)
        self.shortlist_pane.select_row(min(row, self.items_model.rowCount() - 1))
        if self.items_model.rowCount() == 0:
            self._item_selected()
        self.show_status(tr("Removed {code} from the shortlist.").format(code=item.code))

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
            pane.label_note(item.code)
        else:
            editor.clear()
            editor.setEnabled(False)
            pane.label_note("")
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
        shortlist = self.current_shortlist()
        self.readiness_view.show_action(
            action,
            self._loaded_catalogue(),
            self.today,
            time_zone=zone,
            profile=shortlist.profile if shortlist else None,
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
            last_plan = shortlist.budget if shortlist and shortlist.budget else None
            if last_plan is None:
                last_plan = next((s.budget for s in self.library.shortlists if s.budget), None)
            self.budget_dialog = BudgetDialog(
                self._english_catalogue(), self.today, profile, self, last_plan=last_plan
            )
            self.budget_dialog.add_to_memo.connect(self.add_budget_to_memo)
        self.budget_dialog.show()
        self.budget_dialog.raise_()
        self.budget_dialog.activateWindow()

    def add_budget_to_memo(self, plan: BudgetPlan) -> None:
        """Keep ``plan`` with the current shortlist: its memo shows the estimate."""
        shortlist = self.current_shortlist()
        if shortlist is None:
            self.show_status(tr("Create or choose a shortlist first: the memo is a shortlist's."))
            return
        shortlist.budget = plan
        self.save()
        self.show_status(
            tr("The budget estimate is in the memo of the shortlist “{name}”.").format(
                name=shown(shortlist.name)
            )
        )

    def _note_edited(self) -> None:
        from vetguide.ui.shortlist_model import NoteTooLong

        row = self.shortlist_pane.current_row()
        if row < 0:
            return
        problem = self.shortlist_pane.note_problem
        try:
            self.items_model.set_note(row, self.shortlist_pane.note_edit.toPlainText())
        except NoteTooLong as exc:
            problem.setText(
                tr("{problem} Shorten it to save it; until then the saved note is kept.").format(
                    problem=exc
                )
            )
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

        path = dialogs.open_file_path(self, tr("Import shortlist"), self._last_folder())
        if path is None:
            return
        self._remember_folder(path)
        try:
            shared = storage.read_shortlist_file(path)
        except storage.StorageError as exc:
            dialogs.warn(
                self,
                tr("This file cannot be imported"),
                tr("{problem}\n\nNothing was changed.").format(problem=exc),
            )
            return
        import uuid

        incoming = shared.shortlist
        shortlist = incoming.model_copy(
            update={"id": uuid.uuid4().hex, "name": self.unique_name(incoming.name)}, deep=True
        )
        self._append_shortlist(shortlist)
        known = {a.code for a in self._loaded_catalogue().actions}
        unknown = [code for code in shortlist.codes() if code not in known]
        count = len(shortlist.items)
        message = (
            tr("Imported the shortlist “{name}” with 1 action.")
            if count == 1
            else tr("Imported the shortlist “{name}” with {count} actions.", None, count)
        ).format(name=shown(shortlist.name), count=count)
        if unknown:
            message += " " + tr("Not in this catalogue: {codes}.").format(codes=", ".join(unknown))
        self.show_status(message)

    def export_shortlist(self) -> None:
        from vetguide.model import storage

        shortlist = self.current_shortlist()
        if shortlist is None:
            return
        suggested = self._last_folder() / f"{file_stem(shortlist.name)}.json"
        path = dialogs.save_file_path(self, tr("Export shortlist"), suggested)
        if path is None:
            return
        self._remember_folder(path)
        try:
            storage.write_shortlist_file(path, shortlist)
        except storage.StorageError as exc:
            dialogs.warn(self, tr("The shortlist could not be exported"), str(exc))
            return
        self.show_status(
            tr("Exported “{name}” to {path}.").format(name=shown(shortlist.name), path=path)
        )

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
        self.show_status(tr("Saved {path}.").format(path=path))
        if dialogs.inform_with_open(self, title, text, path, open_label):
            dialogs.open_url(QUrl.fromLocalFile(str(path)))

    def export_pdf(self) -> None:
        """Save the current shortlist as a PDF decision memo."""
        from vetguide.report import ExportError
        from vetguide.ui.export_worker import (
            ExportJob,
            cancelled_message,
            run_export_with_progress,
        )

        shortlist = self.current_shortlist()
        path = self._export_target(tr("Export PDF"), "pdf", pdf_filter())
        if shortlist is None or path is None:
            return
        if self._note_timer.isActive():
            self.save()
        # The memo is laid out in a worker thread, with progress and Cancel; the window
        # keeps repainting however long the shortlist is.
        job = ExportJob(
            shortlist, self._loaded_catalogue(), path, today=self.today, language=self.data_language
        )
        try:
            written = run_export_with_progress(self, job)
        except ExportError as exc:
            dialogs.warn(
                self,
                tr("The PDF could not be saved"),
                tr("{problem}\n\nNo file was written.").format(problem=exc),
            )
            return
        if written is None:
            self.show_status(cancelled_message())
            return
        self._exported(
            tr("PDF saved"),
            tr("The memo of the shortlist “{name}” was saved to:\n{path}").format(
                name=shown(shortlist.name), path=path
            ),
            path,
            tr("&Open the PDF"),
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
        title = tr("Export calendar")
        actions, unknown = shortlist_actions(shortlist, catalogue)
        skipped = ""
        if unknown:
            skipped = tr("Not in the {year} catalogue: {codes}.").format(
                year=catalogue.call_year, codes=", ".join(unknown)
            )
        if not calendar_items(actions, catalogue, self.today):
            text = tr(
                "No deadline lies ahead for the actions of “{name}”, so there is nothing to put "
                "in a calendar."
            ).format(name=shown(shortlist.name))
            dialogs.inform(self, title, f"{text} {skipped}".strip())
            return
        path = self._export_target(title, "ics", ics_filter())
        if path is None:
            return
        country = shortlist.profile.country if shortlist.profile else None
        local_zone = default_time_zone(country) if country else None
        try:
            with wait_cursor():
                result = write_calendar(
                    path,
                    actions,
                    catalogue,
                    self.today,
                    local_zone=local_zone,
                    language=self.data_language,  # the catalogue's language: the window's
                )
        except OSError as exc:
            dialogs.warn(
                self,
                tr("The calendar could not be saved"),
                tr("could not write {path}: {problem}\n\nNo file was written.").format(
                    path=path, problem=exc.strerror or exc
                ),
            )
            return
        if result.expected and result.events == 1:
            text = tr(
                "1 deadline of the shortlist “{name}”, expected (not yet announced), "
                "was saved to:\n{path}"
            )
        elif result.expected:
            text = tr(
                "{count} deadlines of the shortlist “{name}”, of which {expected} expected "
                "(not yet announced), were saved to:\n{path}",
                None,
                result.events,
            )
        elif result.events == 1:
            text = tr("1 deadline of the shortlist “{name}” was saved to:\n{path}")
        else:
            text = tr(
                "{count} deadlines of the shortlist “{name}” were saved to:\n{path}",
                None,
                result.events,
            )
        text = text.format(
            count=result.events, expected=result.expected, name=shown(shortlist.name), path=path
        )
        if local_zone:
            from vetguide.model.formatting import zone_name

            text += "\n\n" + tr("Each deadline also gives your local time ({zone}).").format(
                zone=zone_name(local_zone, self.data_language)
            )
        if skipped:
            text += f"\n\n{skipped}"
        self._exported(tr("Calendar saved"), text, path, tr("&Open in the calendar app"))

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
            dialogs.warn(
                self,
                tr("Find my actions"),
                tr("The guide could not be opened: {problem}").format(problem=exc),
            )
            return
        current = self.current_shortlist()
        wizard = FindActionsWizard(
            self._english_catalogue(),
            self.today,
            self.library.last_profile,
            [(s.id, shown(s.name)) for s in self.library.shortlists],
            current.id if current else None,
            self,
        )
        self.active_wizard = wizard
        wizard.glossary_requested.connect(self.show_term)
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

        result = wizard.wizard_result()
        profile, codes = result.profile, result.codes
        shortlist = self.shortlist_by_id(result.shortlist_id)
        if shortlist is None:
            name = self.unique_name(result.new_name or tr(DEFAULT_SHORTLIST_NAME))
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
        message = (
            tr("Added 1 action to the shortlist “{name}”.")
            if len(added) == 1
            else tr("Added {count} actions to the shortlist “{name}”.", None, len(added))
        ).format(count=len(added), name=shown(shortlist.name))
        if skipped:
            message += " " + (
                tr("1 was already on it.")
                if skipped == 1
                else tr("{count} were already on it.", None, skipped)
            ).format(count=skipped)
        self.show_status(message)

    # --- help --------------------------------------------------------------------------------

    def about_text(self) -> str:
        from vetguide.logging_setup import log_file
        from vetguide.model.storage import data_dir
        from vetguide.ui.action_html import format_date

        c = self._loaded_catalogue()
        return tr(
            "{app} {version}\n"
            "A desktop guide to Erasmus+ for vocational education and training.\n\n"
            "Catalogue: Erasmus+ call {year}, data as of {date}.\n"
            "Data pack in use: {pack}\n"
            "{guide_note}\n\n"
            "Your shortlists and settings are kept on this computer in:\n{folder}\n\n"
            "Warnings and errors are logged in:\n{log}"
        ).format(
            app=APP_NAME,
            version=__version__,
            year=c.call_year,
            date=format_date(c.data_as_of),
            pack=self.data.pack.path if self.data is not None else "-",
            guide_note=c.guide_note,
            folder=data_dir(),
            log=log_file(),
        )

    def open_data_folder(self) -> None:
        from vetguide.paths import data_dir

        folder = data_dir()
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
        dialogs.open_url(QUrl.fromLocalFile(str(folder)))

    def restore_backup(self, backup: Path | None = None) -> bool:
        """Offer the backups (or ``backup``) and put the one chosen in place; True if done."""
        from vetguide.model import library_db, storage

        service = self.library_service
        if service is None or service.store is None or service.read_only:
            dialogs.warn(
                self,
                tr("Restore a backup"),
                tr("Your shortlists are not open for changes, so no backup can be restored."),
            )
            return False
        if self._note_timer.isActive():
            self.save()
        found = library_db.backups(service.store.path)
        if backup is not None and backup not in found:
            found.insert(0, backup)
        if not found:
            dialogs.inform(
                self,
                tr("Restore a backup"),
                tr("There is no backup yet. {app} makes one each day you use it.").format(
                    app=APP_NAME
                ),
            )
            return False
        chosen = dialogs.choose_backup(self, tr("Restore a backup"), found)
        if chosen is None:
            return False
        try:
            kept = service.restore(chosen)
        except storage.StorageError as exc:
            dialogs.warn(self, tr("The backup could not be restored"), str(exc))
            return False
        self._last_save_error = None
        self.statusBar().showMessage(tr("Backup restored"), STATUS_TIMEOUT_MS)
        dialogs.inform(
            self,
            tr("Backup restored"),
            tr(
                "Your shortlists are back as they were in {backup}.\n\n"
                "The state before the restore is kept in {kept}."
            ).format(backup=chosen.name, kept=kept),
        )
        return True

    def show_about(self) -> None:
        dialogs.inform(
            self, tr("About {app}").format(app=APP_NAME), self.about_text(), icon=self.windowIcon()
        )

    def show_glossary(self) -> GlossaryDialog:
        """The glossary (one non-modal dialog, kept between uses), shown and raised."""
        if self.glossary_dialog is None:
            from vetguide.ui.glossary_dialog import GlossaryDialog

            with wait_cursor():
                self.glossary_dialog = GlossaryDialog(self)
        self.glossary_dialog.show()
        self.glossary_dialog.raise_()
        self.glossary_dialog.activateWindow()
        return self.glossary_dialog

    def show_glossary_term(self, term_id: str) -> None:
        """Open the glossary at the term ``term_id`` (a ``glossary:`` link was clicked)."""
        self.show_glossary().show_term(term_id)

    def show_term(self, term_id: str) -> None:
        """Open the glossary at ``term_id`` for a "What is …?" link of the wizard.

        The wizard is window-modal, which blocks the main window's other windows: while it is
        open the glossary is shown window-modal too (above the wizard, taking input) until it
        is closed, then modeless again.
        """
        dialog = self.show_glossary()
        if self.active_wizard is not None and not dialog.isModal():
            dialog.hide()
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.finished.connect(
                lambda _: dialog.setWindowModality(Qt.WindowModality.NonModal),
                Qt.ConnectionType.SingleShotConnection,
            )
        dialog.show_term(term_id)
