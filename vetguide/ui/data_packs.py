"""Data packs in the window: File → Install data pack…, a pack dropped on the window, and
View → Call year.

:class:`PackMenus` adds the actions to a :class:`~vetguide.ui.main_window.MainWindow` and
calls its ``use_data(context)`` when the data to show changes. Installing (reading, hashing
and checking a pack of a few hundred kilobytes) runs in a worker thread; the window stays
responsive and says in its status bar, with a busy bar, that a pack is being installed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QAction, QActionGroup, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QMenu, QProgressBar

from vetguide.ui import dialogs, i18n
from vetguide.ui.i18n import tr

if TYPE_CHECKING:
    from vetguide.model.data_context import DataContext
    from vetguide.ui.main_window import MainWindow

PACK_PATTERN = "*.vgpack"
BUSY_BAR_WIDTH = 120


def pack_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local ``.vgpack`` files being dragged or dropped."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    found = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in found if path.suffix.lower() == ".vgpack"]


def pack_label(context: DataContext) -> str:
    """'Call 2026 · data as of 28 Nov 2026 · installed data pack' in the interface language."""
    from vetguide.ui.action_html import stamp

    origin = tr("bundled data") if context.pack.bundled else tr("installed data pack")
    return f"{stamp(context.catalogue)} · {origin}"


class _Signals(QObject):
    done = Signal(object, object)  # Installed or None, PackError (or a message) or None


class _InstallJob(QRunnable):
    def __init__(self, path: Path, signals: _Signals) -> None:
        super().__init__()
        self.path = path
        self.signals = signals

    def run(self) -> None:
        from vetguide.model.packs import PackError, install_pack

        try:
            result: Any = install_pack(self.path)
        except PackError as exc:
            self.signals.done.emit(None, exc)
            return
        except Exception as exc:  # pragma: no cover - reported, never lost in the thread
            self.signals.done.emit(None, repr(exc))
            return
        self.signals.done.emit(result, None)


class PackMenus(QObject):
    """The window's data-pack actions: install, drop, and the choice of call year."""

    installed = Signal(object)  # the Installed result, after the window shows the new data
    install_failed = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.call_year: int | None = None  # None: chosen from the date
        self.busy = False
        self.act_install = QAction(window)
        self.act_install.setObjectName("act_install_pack")
        self.act_install.triggered.connect(self.ask_and_install)
        self.call_year_menu = QMenu(window)
        self.call_year_menu.setObjectName("call_year_menu")
        self.call_year_menu.aboutToShow.connect(self.fill_call_year_menu)
        self.year_group = QActionGroup(self)
        self.year_group.setExclusive(True)
        self._signals = _Signals()
        self._signals.done.connect(self._install_done)
        # In the status bar (before the data stamp) only while a pack is being installed.
        self.busy_bar = QProgressBar(window)
        self.busy_bar.setObjectName("pack_busy_bar")
        self.busy_bar.setRange(0, 0)  # no range: Qt animates it as "busy"
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(BUSY_BAR_WIDTH)
        self.busy_bar.hide()
        # Filled when it opens (aboutToShow): reading the packs' years imports the model,
        # which stays off the path to the window's first paint.

    def retranslate(self) -> None:
        self.act_install.setText(tr("Install &data pack…"))
        tip = tr("Add a call year's data from a data pack file (.vgpack)")
        self.act_install.setToolTip(tip)
        self.act_install.setStatusTip(tip)
        self.call_year_menu.setTitle(tr("&Call year"))

    def fill_call_year_menu(self) -> None:
        """'Automatic (by date)' and one entry per call year of the packs."""
        self.call_year_menu.clear()
        for action in self.year_group.actions():
            self.year_group.removeAction(action)
        try:
            from vetguide.model.packs import call_years

            years: list[int | None] = [None, *reversed(call_years())]
        except Exception:  # the data could not be read: only the automatic choice
            years = [None]
        for year in years:
            text = (
                tr("&Automatic (by date)") if year is None else tr("Call {year}").format(year=year)
            )
            action = QAction(text, self.call_year_menu)
            action.setObjectName(f"act_call_year_{year or 'auto'}")
            action.setCheckable(True)
            action.setChecked(year == self.call_year)
            action.triggered.connect(lambda _=False, y=year: self.choose_year(y))
            self.year_group.addAction(action)
            self.call_year_menu.addAction(action)

    # --- the call year -----------------------------------------------------------------------

    def context(self, language: str | None = None) -> DataContext:
        from vetguide.model.data_context import data_context

        return data_context(self.call_year, language or i18n.model_language(), self.window.today)

    def choose_year(self, year: int | None) -> None:
        """Show the data of ``year`` (None: the call chosen from the date)."""
        from vetguide.model.resources import DataError

        previous = self.call_year
        self.call_year = year
        try:
            self.window.shown_data.use_data(self.context())
        except DataError as exc:
            self.call_year = previous
            dialogs.warn(self.window, tr("Call year"), str(exc))
        self.fill_call_year_menu()

    # --- installing ---------------------------------------------------------------------------

    def ask_and_install(self) -> None:
        folder = self.window.settings.last_folder("files/pack_folder")
        path = dialogs.open_file_path(
            self.window,
            tr("Install data pack"),
            folder,
            dialogs.file_filter(tr("Data packs"), PACK_PATTERN),
        )
        if path is not None:
            self.window.settings.remember_folder(path, "files/pack_folder")
            self.install(path)

    def install(self, path: Path) -> None:
        """Install ``path`` in a worker thread; the window shows the new data when it is done."""
        if self.busy:
            self.window.show_status(tr("A data pack is being installed; try again in a moment."))
            return
        self.busy = True
        self.act_install.setEnabled(False)
        self.window.statusBar().showMessage(
            tr("Installing the data pack {name}…").format(name=path.name)
        )
        self.window.statusBar().insertPermanentWidget(0, self.busy_bar)
        self.busy_bar.show()
        QThreadPool.globalInstance().start(_InstallJob(path, self._signals))

    def _install_done(self, result: Any, error: object) -> None:
        from vetguide.model.packs import PackError
        from vetguide.model.resources import DataError
        from vetguide.ui.action_html import format_date

        self.busy = False
        self.window.statusBar().removeWidget(self.busy_bar)
        self.busy_bar.hide()
        self.act_install.setEnabled(True)
        self.window.statusBar().clearMessage()
        if error is not None:
            reason = (
                error.say(i18n.model_language()) if isinstance(error, PackError) else str(error)
            )
            dialogs.warn(
                self.window,
                tr("Install data pack"),
                tr("The data pack was not installed, and nothing changed:\n{reason}").format(
                    reason=reason
                ),
            )
            self.install_failed.emit(reason)
            return
        self.fill_call_year_menu()
        try:
            self.window.shown_data.use_data(self.context())
        except DataError as exc:  # pragma: no cover - the pack was checked before
            dialogs.warn(self.window, tr("Install data pack"), str(exc))
        self.window.show_status(
            tr("Installed the data pack for the {year} call (data as of {date}).").format(
                year=result.info.call_year, date=format_date(result.info.data_as_of)
            )
        )
        self.installed.emit(result)

    # --- drag and drop ------------------------------------------------------------------------

    def drag_enter(self, event: QDragMoveEvent) -> bool:
        """Accept a drag of pack files (entering the window, or moving over it)."""
        if pack_files(event):
            event.acceptProposedAction()
            return True
        return False

    def drop(self, event: QDropEvent) -> bool:
        files = pack_files(event)
        if not files:
            return False
        event.acceptProposedAction()
        self.install(files[0])
        return True
