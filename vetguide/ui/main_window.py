"""The main window as a frame: three columns, the menus, and the loading of the data.

Left the catalogue; in the centre the chosen action's key data above the shortlisted item's
note and readiness plan; right the shortlists. What the window does lives in one module per
concern, each a small object the window holds (see docs/ARCHITECTURE.md): ``commands``
(actions, menus, toolbar), ``shortlists``, ``guide``, ``exports``, ``help_flows``,
``saving``, ``selection``, ``shown_data``, ``settings``, ``packs``, ``startup``. The window owns the
:class:`Library`; it holds no domain rules: key data, deadlines and labels come from the model.

Start-up is in two steps, so that the window is on screen before the slow part runs.
``MainWindow(None)`` builds only the frame: menus, toolbar, status bar and the three panes
as light "Loading…" placeholders, with the saved geometry. Right after its first paint
``window.startup`` (:class:`~vetguide.ui.startup.Startup`) loads the catalogue, the texts and
the shortlists (pydantic and the model classes are imported only then), the window puts the
real panes in place of the placeholders (:meth:`MainWindow.install_panes`) and emits
``loaded``, or ``load_failed`` with the reason. ``MainWindow(catalogue)`` does both at once.
This module therefore imports no ``vetguide.model`` module and no pydantic at import time;
the panes and models are imported in the functions that need them.

Every UI text goes through ``tr`` and is set again in :meth:`MainWindow.retranslate` when the
language changes (View → Language, saved as ``ui/language`` in settings.ini and applied by
``run_app`` before the window is built). The catalogue, texts and glossary are shown in
``i18n.model_language()``: a change of language loads them again and redraws the panes,
keeping the filter, the selection, the shortlists and the note being typed.
"""

from __future__ import annotations

import itertools
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QCursor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QPaintEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vetguide.ui import i18n
from vetguide.ui.dialogs import STATUS_TIMEOUT_MS
from vetguide.ui.first_start import FirstStartPanel
from vetguide.ui.i18n import QT_TRANSLATE_NOOP, tr
from vetguide.ui.shortlist_flows import DEFAULT_SHORTLIST_NAME
from vetguide.ui.startup import LoadingPlaceholder, LoadState, Startup
from vetguide.ui.window_actions import bind
from vetguide.ui.window_settings import PANE_SHARES, WindowSettings

if TYPE_CHECKING:
    from concurrent.futures import Future

    from vetguide.model.catalogue import Catalogue
    from vetguide.model.data_context import DataContext
    from vetguide.model.library_db import Opened
    from vetguide.model.shortlist import Library, Shortlist
    from vetguide.model.texts import Texts
    from vetguide.ui.budget_dialog import BudgetDialog
    from vetguide.ui.catalogue_pane import CataloguePane, DetailPane
    from vetguide.ui.library_service import LibraryService
    from vetguide.ui.shortlist_model import ShortlistItemsModel
    from vetguide.ui.shortlist_pane import ShortlistPane
    from vetguide.ui.wizard import FindActionsWizard

# English source texts, shown through tr() (the markers put them in the .ts files).
# Qt adds the application's name after it (" — vetguide", QGuiApplication.applicationDisplayName).
APP_TITLE = QT_TRANSLATE_NOOP("", "Erasmus+ for vocational education and training")
LOADING_CATALOGUE = QT_TRANSLATE_NOOP("", "Loading the catalogue…")
LOADING_SHORTLISTS = QT_TRANSLATE_NOOP("", "Loading your shortlists…")
NOTE_SAVE_DELAY_MS = 400
PANE_MIN_WIDTH = 200


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
        self.today = today or date.today()
        self.active_wizard: FindActionsWizard | None = None
        self.startup = Startup(self)  # loads the data after the first paint
        self.library_service: LibraryService | None = None
        self.settings = WindowSettings()

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
        from vetguide.ui.export_flows import ExportFlows
        from vetguide.ui.guide_flows import GuideFlows
        from vetguide.ui.help_flows import HelpFlows
        from vetguide.ui.save_flows import SaveFlows
        from vetguide.ui.selection import Selection
        from vetguide.ui.shortlist_flows import ShortlistFlows
        from vetguide.ui.shown_data import ShownData

        self.exports = ExportFlows(self)  # import, export, PDF memo, calendar
        self.help_flows = HelpFlows(self)  # glossary, About, data folder, backups
        self.shortlists = ShortlistFlows(self)  # new, rename, delete; add, move, remove items
        self.guide = GuideFlows(self)  # the wizard, the search box, the budget estimate
        self.saving = SaveFlows(self)  # each change saved; other windows' changes taken in
        self.selection = Selection(self)  # the shortlist, item and action shown
        self.shown_data = ShownData(self)  # the interface language and the call year
        self.first_start = FirstStartPanel()
        self.first_start.hide()
        self.first_start.find_requested.connect(self.guide.find_actions)
        self.first_start.import_requested.connect(self.exports.import_shortlist)
        self.first_start.browse_requested.connect(self.selection.browse_first)
        self._browsing = False  # "Look through all actions first" chosen on the first start
        self.central_layout.addWidget(self.first_start, 1)
        self.setCentralWidget(central)
        self.budget_dialog: BudgetDialog | None = None

        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._note_timer.timeout.connect(self.saving.save)

        from vetguide.ui.data_packs import PackMenus
        from vetguide.ui.shortlist_files import ShortlistFiles
        from vetguide.ui.window_actions import WindowActions

        self.packs = PackMenus(self)  # File → Install data pack…, View → Call year
        self.files = ShortlistFiles(self)  # files opened, dropped, recent; routed by type
        self.setAcceptDrops(True)
        self.commands = WindowActions(self)
        self.stamp_label = QLabel()
        self.stamp_label.setObjectName("stamp_label")
        self.statusBar().addPermanentWidget(self.stamp_label)

        self.retranslate()
        if catalogue is not None:
            self.install_panes(catalogue)
        else:
            self.setCursor(QCursor(Qt.CursorShape.BusyCursor))
        self.settings.restore_window(self)
        if catalogue is not None:
            self.show_data()
        self._update_actions()

    # --- start-up ------------------------------------------------------------------------

    @property
    def catalogue_loaded(self) -> bool:
        return self.startup.state is LoadState.LOADED

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.startup.window_shown()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.startup.window_painted()

    def install_panes(
        self,
        base: Catalogue,
        localised: tuple[Catalogue, Texts, str] | None = None,
        opening: Future[Opened] | None = None,
    ) -> None:
        """Build the real panes on the data and put them in place of the placeholders.

        ``base`` is the English catalogue; ``localised`` the catalogue, texts and language to
        show (loaded here when not given); ``opening`` the library opened in a worker thread
        (opened here when not given).
        """
        from vetguide.ui.catalogue_pane import CataloguePane, DetailPane
        from vetguide.ui.deadline_banner import DeadlineBanner
        from vetguide.ui.shortlist_pane import ShortlistPane

        catalogue, texts, self.data_language = localised or self.shown_data.localised_data(base)
        self.base_catalogue = base
        self.catalogue = catalogue
        self.texts = texts
        self.library = self.saving.open_library(opening)
        self.catalogue_pane = CataloguePane(catalogue, texts)
        self.detail_pane = DetailPane(catalogue, texts, self.today)
        self.shortlist_pane = ShortlistPane(catalogue)
        self.items_model = self.shortlist_pane.model
        # The large centre column: the key data of the action chosen (in the catalogue or the
        # shortlist) above the shortlisted item's note and readiness plan.
        self.item_tabs = self.shortlist_pane.item_tabs
        self.readiness_view = self.shortlist_pane.readiness_view
        self.centre_splitter = QSplitter(Qt.Orientation.Vertical)
        self.centre_splitter.setObjectName("centre_splitter")
        self.centre_splitter.setChildrenCollapsible(False)
        self.centre_splitter.addWidget(self.detail_pane)
        self.centre_splitter.addWidget(self.item_tabs)
        self.centre_splitter.setStretchFactor(0, 1)
        self.centre_splitter.setStretchFactor(1, 2)
        panes = (self.catalogue_pane, self.centre_splitter, self.shortlist_pane)
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
        # The item actions' shortcuts belong to the items table and its buttons.
        self.shortlist_pane.items_box.addActions(
            [self.commands.act_move_up, self.commands.act_move_down, self.commands.act_remove]
        )
        self.shortlist_pane.item_menu_actions = [
            self.commands.act_move_up, self.commands.act_move_down, self.commands.act_remove
        ]  # fmt: skip
        self.commands.shortlist_menu.addSeparator()
        self.commands.shortlist_menu.addMenu(self.shortlist_pane.status_menu)
        self._connect()
        self._set_tab_order()
        self.startup.state = LoadState.LOADED
        self.retranslate()

    def show_data(self) -> None:
        """Restore the shortlist side as it was left and select the last shortlist."""
        state = self.settings.value("window/centre_splitter")
        if isinstance(state, QByteArray):
            self.centre_splitter.restoreState(state)
        else:  # first launch: 1/3 for the key data, 2/3 for the note and readiness tabs
            self.centre_splitter.setSizes([1000, 2000])
        self.selection.refresh_shortlists(self.settings.last_shortlist_id())
        self.detail_pane.set_local_zone(self.selection.local_zone())
        self._update_actions()

    def _connect(self) -> None:
        pane = self.shortlist_pane
        bind(self.detail_pane.add_button, self.commands.act_add)
        bind(pane.new_button, self.commands.act_new)
        bind(pane.rename_button, self.commands.act_rename)
        bind(pane.delete_button, self.commands.act_delete)
        bind(pane.up_button, self.commands.act_move_up)
        bind(pane.down_button, self.commands.act_move_down)
        bind(pane.remove_button, self.commands.act_remove)
        self.catalogue_pane.action_selected.connect(self.selection.action_selected)
        self.detail_pane.glossary_requested.connect(self.help_flows.show_glossary_term)
        pane.shortlist_combo.currentIndexChanged.connect(self.selection.shortlist_chosen)
        pane.table.selectionModel().currentRowChanged.connect(self.selection.item_selected)
        self.items_model.items_changed.connect(self._items_changed)
        self.items_model.note_changed.connect(self._note_timer.start)
        self.items_model.rowsMoved.connect(self._update_actions)
        pane.table.clicked.connect(lambda index: self.selection.show_item_action(index.row()))

    def _set_tab_order(self) -> None:
        """Left to right, top to bottom: the catalogue, the centre column (key data, then the
        item's note or plan), the shortlist column. Hidden widgets are skipped by Qt."""
        pane, readiness = self.shortlist_pane, self.readiness_view
        chain: list[QWidget] = [
            self.catalogue_pane.filter_edit,
            self.catalogue_pane.tree,
            self.detail_pane.browser,
            self.detail_pane.add_button,
            self.item_tabs.tabBar(),
            pane.note_edit,
            readiness.table,
            readiness.details,
            pane.shortlist_combo,
            pane.new_button,
            pane.rename_button,
            pane.delete_button,
            pane.table,
            pane.up_button,
            pane.down_button,
            pane.remove_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            # Coming back to this window: take in what another window saved meanwhile.
            QTimer.singleShot(0, self, self.saving.check_for_outside_changes)

    def retranslate(self) -> None:
        """Set every text in the current language; load the data again if its language changed."""
        self.setWindowTitle(tr(APP_TITLE))
        self.packs.retranslate()
        self.files.retranslate()
        self.commands.retranslate()
        for placeholder in self.placeholders:
            placeholder.retranslate()
        if not self.catalogue_loaded:
            return
        from vetguide.ui.action_html import stamp

        if self.data_language != i18n.model_language():
            self.shown_data.reload_data()
        self.catalogue_pane.retranslate()
        self.detail_pane.retranslate()
        self.shortlist_pane.retranslate()
        self.stamp_label.setText(stamp(self._loaded_catalogue()))
        if self.data is not None:
            from vetguide.ui.data_packs import pack_label

            self.stamp_label.setText(pack_label(self.data))
            self.stamp_label.setToolTip(str(self.data.pack.path))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.files.drag_enter(event):
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not self.files.drag_enter(event):
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if not self.files.drop(event):
            super().dropEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.startup.stop()
        if self.active_wizard is not None:
            self.active_wizard.reject()
        if self._note_timer.isActive():
            self.saving.save()
        if self.saving.has_unsaved_changes() and not self.saving.may_close_unsaved():
            event.ignore()
            return
        self.settings.save_window(self)
        if self.library_service is not None:
            self.library_service.close()
        super().closeEvent(event)

    # --- saving ----------------------------------------------------------------------------

    def show_status(self, message: str) -> None:
        """A short message in the status bar; it also says when the last save failed."""
        if self.saving.last_error is not None or not self.saving.can_save:
            message += " " + tr("Not saved: see the message about saving.")
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    def _items_changed(self) -> None:
        self.saving.save()
        self._update_actions()

    # --- shortlists ------------------------------------------------------------------------

    def current_shortlist(self) -> Shortlist | None:
        return self.items_model.shortlist()

    def shortlist_by_id(self, shortlist_id: str | None) -> Shortlist | None:
        return self.library.by_id(shortlist_id)

    def unique_name(self, name: str, exclude_id: str | None = None) -> str:
        """``name``, or ``name (2)``, ``name (3)``… when another shortlist has it."""
        return self.library.unique_name(name, tr(DEFAULT_SHORTLIST_NAME), exclude_id)

    def _append_shortlist(self, shortlist: Shortlist) -> None:
        self.library.append(shortlist)
        self.saving.save()
        self.selection.refresh_shortlists(shortlist.id)

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

    def _update_actions(self, *_: object) -> None:
        self.commands.update_enabled()
