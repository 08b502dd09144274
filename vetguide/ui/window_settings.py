"""The window's remembered state: settings.ini in the user's data folder.

:class:`WindowSettings` is the window's ``QSettings`` with what it remembers between starts:
geometry and splitters, the shortlist shown last, the folders files were read from or written
to, and the language chosen in View → Language (read by :func:`saved_language` before any
window exists).
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from vetguide.ui import i18n

if TYPE_CHECKING:
    from vetguide.ui.main_window import MainWindow

SETTINGS_FILE = "settings.ini"
LANGUAGE_KEY = "ui/language"
LAST_FOLDER = "files/last_folder"
DEFAULT_SIZE = (1280, 800)  # at most 95 % × 90 % of the screen
PANE_SHARES = (5, 9, 7)  # catalogue tree, centre (key data, note, plan), shortlist: first widths


def settings_folder() -> Path:
    """The folder of settings.ini: the user data folder (``VETGUIDE_DATA_DIR`` in tests)."""
    from vetguide.paths import data_dir

    return data_dir()


def saved_language() -> str | None:
    """The language chosen last in View → Language, or None when none was chosen."""
    value = WindowSettings().value(LANGUAGE_KEY)
    known = (*i18n.LANGUAGES, i18n.PSEUDO_LANGUAGE)
    return value if isinstance(value, str) and value in known else None


class WindowSettings(QSettings):
    """settings.ini in the user data folder, with the window's own keys."""

    def __init__(self) -> None:
        folder = settings_folder()
        with contextlib.suppress(OSError):  # QSettings then keeps the values in memory only
            folder.mkdir(parents=True, exist_ok=True)
        super().__init__(str(folder / SETTINGS_FILE), QSettings.Format.IniFormat)

    def restore_window(self, window: MainWindow) -> None:
        """Geometry, toolbar state and pane widths as the window was left (else defaults)."""
        geometry = self.value("window/geometry")
        if not (isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)):
            default_geometry(window)
        state = self.value("window/main_splitter")
        if isinstance(state, QByteArray):
            window.splitter.restoreState(state)
        state = self.value("window/state")
        if isinstance(state, QByteArray):
            window.restoreState(state)

    def save_window(self, window: MainWindow) -> None:
        self.setValue("window/geometry", window.saveGeometry())
        self.setValue("window/state", window.saveState())
        self.setValue("window/main_splitter", window.splitter.saveState())
        if window.catalogue_loaded:
            self.setValue("window/centre_splitter", window.centre_splitter.saveState())
            current = window.current_shortlist()
            self.setValue("shortlists/last", current.id if current else "")
        self.sync()

    def last_shortlist_id(self) -> str | None:
        value = self.value("shortlists/last")
        return value if isinstance(value, str) and value else None

    def last_folder(self, key: str = LAST_FOLDER) -> Path:
        """The folder remembered under ``key``; else the shortlist file folder; else home."""
        for name in (key, LAST_FOLDER):
            value = self.value(name)
            if isinstance(value, str) and value and Path(value).is_dir():
                return Path(value)
        return Path.home()

    def remember_folder(self, path: Path, key: str = LAST_FOLDER) -> None:
        """Remember the folder of ``path`` (a file just read or written) under ``key``."""
        self.setValue(key, str(path.parent))

    def save_language(self, language: str) -> None:
        self.setValue(LANGUAGE_KEY, language)
        self.sync()


def default_geometry(window: MainWindow) -> None:
    """The first start's size (within the screen) and pane widths."""
    screen = window.screen()
    available = screen.availableGeometry() if screen is not None else None
    width, height = DEFAULT_SIZE
    if available is not None:
        width = min(width, int(available.width() * 0.95))
        height = min(height, int(available.height() * 0.9))
    window.resize(width, height)
    total = sum(PANE_SHARES)
    window.splitter.setSizes([width * share // total for share in PANE_SHARES])
