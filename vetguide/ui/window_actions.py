"""The main window's commands: its actions, menus and toolbar, and their texts.

:class:`WindowActions` builds every ``QAction`` of the window (with its shortcut), the menu bar
and the toolbar, and sets their texts again on each change of language
(:meth:`WindowActions.retranslate`). The actions call the window's methods; the window and its
panes reach them as ``window.commands.act_…``. To add a command: create its action in
:meth:`WindowActions._create_actions`, give it texts in :meth:`WindowActions._retranslate_actions`
and a place in :meth:`WindowActions._create_menus_and_toolbar`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QPushButton, QToolBar, QToolButton

from vetguide import APP_NAME
from vetguide.ui import i18n
from vetguide.ui.i18n import tr

if TYPE_CHECKING:
    from vetguide.ui.main_window import MainWindow


def plain(text: str) -> str:
    """Menu text without mnemonic marks and ellipsis, for accessible names."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def bind(button: QPushButton, action: QAction) -> None:
    """Let a pane button trigger a window action and follow its enabled state."""
    button.clicked.connect(action.trigger)

    def follow() -> None:
        button.setEnabled(action.isEnabled())
        button.setToolTip(action.toolTip())

    action.changed.connect(follow)
    follow()


class WindowActions(QObject):
    """The window's actions, menus and toolbar (built once, retranslated on each change)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._create_actions()
        self._create_menus_and_toolbar()

    def retranslate(self) -> None:
        self._retranslate_actions()
        self._retranslate_menus_and_toolbar()

    def update_enabled(self) -> None:
        """Enable what the window's state allows (data loaded, a shortlist, an item)."""
        w = self.window
        if not w.catalogue_loaded:
            for action in self.data_actions:
                action.setEnabled(False)
            return
        shortlist = w.current_shortlist()
        row = w.shortlist_pane.current_row()
        count = w.items_model.rowCount()
        self.act_add.setEnabled(bool(w.detail_pane.code))
        for action in (self.act_rename, self.act_delete, self.act_export):
            action.setEnabled(shortlist is not None)
        for action in (self.act_export_pdf, self.act_print, self.act_export_calendar):
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

    def _action(
        self,
        slot: object,
        shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None,
        name: str = "",
    ) -> QAction:
        """An action; its texts are set in :meth:`_retranslate_actions`."""
        action = QAction(self.window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        a, w = self._action, self.window
        self.act_new = a(w.shortlists.new_shortlist, "Ctrl+N", "act_new")
        self.act_import = a(w.exports.import_shortlist, "Ctrl+O", "act_import")
        self.act_export = a(w.exports.export_shortlist, "Ctrl+S", "act_export")
        self.act_export_pdf = a(w.exports.export_pdf, "Ctrl+P", "act_export_pdf")
        self.act_export_calendar = a(w.exports.export_calendar, None, "act_export_calendar")
        self.act_print = a(w.exports.print_memo, "Ctrl+Shift+P", "act_print")
        self.act_quit = a(w.close, "Ctrl+Q", "act_quit")
        self.act_rename = a(w.shortlists.rename_shortlist, None, "act_rename")
        self.act_delete = a(w.shortlists.delete_shortlist, None, "act_delete")
        self.act_add = a(w.shortlists.add_current_action, "Ctrl+D", "act_add")
        self.act_move_up = a(w.shortlists.move_item_up, "Ctrl+Up", "act_move_up")
        self.act_move_down = a(w.shortlists.move_item_down, "Ctrl+Down", "act_move_down")
        self.act_remove = a(w.shortlists.remove_item, QKeySequence.StandardKey.Delete, "act_remove")
        # Item shortcuts work while the items table (or its buttons) has the focus, so they
        # never take Ctrl+Up or Delete away from the note editor or the search box.
        for action in (self.act_move_up, self.act_move_down, self.act_remove):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_find = a(w.guide.find_actions, "Ctrl+Shift+F", "act_find")
        self.act_search = a(w.guide.focus_search, "Ctrl+F", "act_search")
        self.act_budget = a(w.guide.open_budget, "Ctrl+B", "act_budget")
        self.act_glossary = a(w.help_flows.show_glossary, None, "act_glossary")
        self.act_glossary.setShortcuts([QKeySequence("F1"), QKeySequence("Ctrl+G")])
        self.act_about = a(w.help_flows.show_about, None, "act_about")
        self.act_data_folder = a(w.help_flows.open_data_folder, None, "act_data_folder")
        self.act_restore = a(lambda: w.help_flows.restore_backup(), None, "act_restore")
        # View → Language: one checkable action per language, in each language's own name.
        self.language_group = QActionGroup(w)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, w)
            action.setObjectName(f"act_language_{code}")
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: w.shown_data.change_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        # Everything but Quit, Language, Glossary and About needs the catalogue or shortlists.
        self.data_actions = [
            self.act_new, self.act_import, self.act_export, self.act_export_pdf,
            self.act_print, self.act_export_calendar, self.act_rename, self.act_delete, self.act_add,
            self.act_move_up, self.act_move_down, self.act_remove, self.act_find,
            self.act_search, self.act_budget,
        ]  # fmt: skip

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
            self.act_print: (
                tr("P&rint memo…"),
                tr("Print the memo of the current shortlist (the same pages as the PDF)"),
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
        w = self.window
        menus = w.menuBar()
        self.file_menu = menus.addMenu("")
        self.file_menu.setObjectName("file_menu")
        self.file_menu.setToolTipsVisible(True)
        self.file_menu.addActions([self.act_new, self.act_import])
        self.file_menu.addMenu(w.files.recent_menu)
        self.file_menu.addAction(self.act_export)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.act_export_pdf, self.act_print, self.act_export_calendar])
        self.file_menu.addSeparator()
        self.file_menu.addAction(w.packs.act_install)
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
        self.view_menu.addMenu(w.packs.call_year_menu)
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
        w.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

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
