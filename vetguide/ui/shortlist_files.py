"""Shortlist files in the window: opened from the command line, handed over by a second start,
dropped on the window, or chosen again from File → Recent shortlist files.

:class:`ShortlistFiles` belongs to a :class:`~vetguide.ui.main_window.MainWindow`. Every way
of opening a file ends in :meth:`ShortlistFiles.open_file`, which routes it by its type: a
shortlist file (``.vetguide``, or ``.json`` as earlier versions wrote) is imported as a new
shortlist, a data pack (``.vgpack``) is installed, anything else is refused with a message
that names the kinds of file vetguide opens. A file given before the catalogue is loaded is
opened once it is.

The recent files are the last :data:`MAX_RECENT` shortlist files imported or exported, kept in
settings.ini (``files/recent_shortlists``). A file that is no longer there is dropped from the
list, with a message, when the menu opens or the file is chosen.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QMenu, QWidget

from vetguide.ui import dialogs
from vetguide.ui.i18n import tr

if TYPE_CHECKING:
    from vetguide.model.shortlist import Shortlist
    from vetguide.ui.main_window import MainWindow
    from vetguide.ui.single_instance import SingleInstance

SHORTLIST_SUFFIXES = (".vetguide", ".json")
SHORTLIST_SUFFIX = ".vetguide"  # what Export shortlist and Save elsewhere write
PACK_SUFFIX = ".vgpack"
MAX_RECENT = 8
RECENT_KEY = "files/recent_shortlists"


def file_kind(path: Path) -> str | None:
    """ "shortlist", "pack", or None for a file vetguide does not open."""
    suffix = path.suffix.lower()
    if suffix in SHORTLIST_SUFFIXES:
        return "shortlist"
    if suffix == PACK_SUFFIX:
        return "pack"
    return None


def dropped_files(event: QDropEvent) -> list[Path]:
    """The local files being dragged or dropped (any kind: the drop says which it refuses)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def bring_to_front(window: QWidget) -> None:
    """Show ``window`` over the others (restored if it was minimised) and give it the focus."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


class ShortlistFiles(QObject):
    """Opening files in a window, and its File → Recent shortlist files menu."""

    opened = Signal(object)  # Shortlist: a shortlist file was imported
    refused = Signal(str)  # a file was not opened: the message shown

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._waiting: list[Path] = []  # files to open once the catalogue is loaded
        self.recent_menu = QMenu(window)
        self.recent_menu.setObjectName("recent_menu")
        self.recent_menu.setToolTipsVisible(True)
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.act_clear = QAction(self)
        self.act_clear.setObjectName("act_clear_recent")
        self.act_clear.triggered.connect(self.clear_recent)
        window.loaded.connect(self._open_waiting)
        self.retranslate()
        self.fill_recent_menu(quiet=True)

    def retranslate(self) -> None:
        self.recent_menu.setTitle(tr("Recen&t shortlist files"))
        self.act_clear.setText(tr("&Clear the list"))
        self.fill_recent_menu(quiet=True)

    # --- opening -----------------------------------------------------------------------------

    def open_files(self, paths: Iterable[Path]) -> None:
        for path in paths:
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        """Open ``path`` by its type (see the module's docstring); wait for the catalogue."""
        path = Path(os.path.abspath(path))
        if not self.window.catalogue_loaded:
            self._waiting.append(path)
            return
        kind = file_kind(path)
        if kind == "shortlist":
            self.import_file(path)
        elif kind == "pack":
            self.window.packs.install(path)
        else:
            self._refuse(
                tr(
                    "{app} opens shortlist files ({shortlists}) and data packs ({packs}); "
                    "“{name}” is neither, so it was not opened."
                ).format(
                    app="vetguide",
                    shortlists=", ".join(SHORTLIST_SUFFIXES),
                    packs=PACK_SUFFIX,
                    name=path.name,
                )
            )

    def _open_waiting(self) -> None:
        waiting, self._waiting = self._waiting, []
        self.open_files(waiting)

    def _refuse(self, message: str) -> None:
        dialogs.warn(self.window, tr("This file cannot be opened"), message)
        self.refused.emit(message)

    def import_file(self, path: Path) -> Shortlist | None:
        """Add the shortlist of the file at ``path`` to the library as a new shortlist (a copy
        with a new id and a name not taken yet); say what was imported. None: refused."""
        from vetguide.model import storage
        from vetguide.model.shortlist import import_copy
        from vetguide.ui.user_text import shown

        window = self.window
        try:
            shared = storage.read_shortlist_file(path)
        except storage.StorageError as exc:
            if not path.exists():
                self.forget(path)
            self._refuse(tr("{problem}\n\nNothing was changed.").format(problem=exc))
            return None
        shortlist = import_copy(shared.shortlist, (s.name for s in window.library.shortlists))
        window._append_shortlist(shortlist)
        self.remember(path)
        known = {a.code for a in window._loaded_catalogue().actions}
        unknown = [code for code in shortlist.codes() if code not in known]
        count = len(shortlist.items)
        message = (
            tr("Imported the shortlist “{name}” with 1 action.")
            if count == 1
            else tr("Imported the shortlist “{name}” with {count} actions.", None, count)
        ).format(name=shown(shortlist.name), count=count)
        if unknown:
            message += " " + tr("Not in this catalogue: {codes}.").format(codes=", ".join(unknown))
        window.show_status(message)
        self.opened.emit(shortlist)
        return shortlist

    # --- drag and drop -----------------------------------------------------------------------

    def drag_enter(self, event: QDragMoveEvent) -> bool:
        """Accept any local file (entering or moving over the window): the drop opens it or
        says why it cannot."""
        if dropped_files(event):
            event.acceptProposedAction()
            return True
        return False

    def drop(self, event: QDropEvent) -> bool:
        files = dropped_files(event)
        if not files:
            return False
        event.acceptProposedAction()
        self.open_files(files)
        return True

    # --- recent files ------------------------------------------------------------------------

    def recent(self) -> list[Path]:
        value = self.window.settings.value(RECENT_KEY)
        if isinstance(value, str):  # QSettings gives one value as a str
            value = [value]
        if not isinstance(value, list):
            return []
        return [Path(v) for v in value if isinstance(v, str) and v][:MAX_RECENT]

    def _store(self, paths: list[Path]) -> None:
        settings = self.window.settings
        if paths:
            settings.setValue(RECENT_KEY, [str(p) for p in paths[:MAX_RECENT]])
        else:
            settings.remove(RECENT_KEY)
        settings.sync()

    def remember(self, path: Path) -> None:
        """Put ``path`` first in the recent files (a shortlist file imported or exported)."""
        path = Path(os.path.abspath(path))
        self._store([path, *(p for p in self.recent() if p != path)])
        self.fill_recent_menu(quiet=True)

    def forget(self, path: Path) -> None:
        self._store([p for p in self.recent() if p != path])
        self.fill_recent_menu(quiet=True)

    def clear_recent(self) -> None:
        self._store([])
        self.fill_recent_menu(quiet=True)
        self.window.show_status(tr("The list of recent shortlist files was cleared."))

    def fill_recent_menu(self, quiet: bool = False) -> None:
        """One entry per recent file (Alt+1…8), then Clear. Files no longer there are dropped
        (said in the status bar unless ``quiet``)."""
        files = self.recent()
        gone: list[Path] = []
        if not quiet:
            gone = [p for p in files if not p.is_file()]
            files = [p for p in files if p not in gone]
        menu = self.recent_menu
        for action in menu.actions():
            if action is not self.act_clear:
                action.deleteLater()
        menu.clear()
        if gone:
            self._store(files)
            notice = tr("No longer there, so removed from the recent files: {names}").format(
                names=", ".join(p.name for p in gone)
            )
            self.window.show_status(notice)
            # Also in the menu: the status bar shows the entries' paths while it is open.
            menu.addAction(notice.replace("&", "&&")).setEnabled(False)
            menu.addSeparator()
        for number, path in enumerate(files, start=1):
            action = menu.addAction(f"&{number} {path.name.replace('&', '&&')}")
            action.setObjectName(f"act_recent_{number}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setData(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_recent(p))
        if files:
            menu.addSeparator()
        else:
            empty = menu.addAction(tr("No recent shortlist files"))
            empty.setEnabled(False)
        menu.addAction(self.act_clear)
        self.act_clear.setEnabled(bool(files))

    def open_recent(self, path: Path) -> None:
        if not path.is_file():
            self.forget(path)
            self._refuse(
                tr(
                    "The file “{name}” is no longer in {folder}; it was removed from the "
                    "recent files."
                ).format(name=path.name, folder=path.parent)
            )
            return
        self.open_file(path)


def files_of(window: MainWindow) -> ShortlistFiles:
    """The window's :class:`ShortlistFiles` (made by its menus), or a new one."""
    found = window.findChild(ShortlistFiles)
    return found if isinstance(found, ShortlistFiles) else ShortlistFiles(window)


def attach(window: MainWindow, files: list[Path], instance: SingleInstance | None) -> None:
    """At start-up: open the files of the command line in ``window`` once its data is loaded,
    and bring it to the front with the files of every later start (``instance``)."""
    opener = files_of(window)

    def handed_over(paths: list[Path]) -> None:
        bring_to_front(window)
        opener.open_files(paths)

    opener.open_files(files)
    if instance is not None:
        instance.received.connect(handed_over)
