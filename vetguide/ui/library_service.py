"""The window's link to the library database (:mod:`vetguide.model.library_db`).

:class:`LibraryService` opens the store, writes each of the window's edits as one
transaction (:meth:`save`), and watches for edits made elsewhere: ``PRAGMA data_version`` is
read when the window asks (it gets the focus) and on a light timer; when another window or
process committed, :meth:`check` reads the changed rows and emits ``library_changed``.
A failed write emits ``save_failed`` and keeps the window's library as it is, so nothing is
lost: the next save writes it all, or the user exports it. Closing makes the day's backup
(once a day, :func:`vetguide.model.library_db.make_daily_backup`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from vetguide.model import library_db
from vetguide.model.library_db import LibraryStore, Opened, Snapshot, snapshot
from vetguide.model.shortlist import Library
from vetguide.model.storage import StorageError

POLL_MS = 1500


class LibraryService(QObject):
    library_changed = Signal()
    """Another window or process changed the library; :attr:`library` is the new one."""
    save_failed = Signal(str)
    """A write failed (the message says why); the window's library is kept unsaved."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store: LibraryStore | None = None
        self.library = Library()
        self._saved = Snapshot()
        self._version = 0
        self.last_error: str | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.may_refresh: Callable[[], bool] = lambda: True
        """The window says whether it may take in outside changes now (no edit pending)."""

    def open(self, folder: Path | None = None) -> Opened:
        """Open the library; raise StorageError (the service then holds an empty library)."""
        return self.adopt(library_db.open_library(folder))

    def adopt(self, opened: Opened) -> Opened:
        """Take a library opened elsewhere (in a worker thread at start-up) and watch it."""
        self.store = opened.store
        self._take(opened.library)
        self.timer.start()
        return opened

    def _take(self, library: Library) -> None:
        self.library = library
        self._saved = snapshot(library)
        if self.store is not None:
            self._version = self.store.data_version()

    @property
    def read_only(self) -> bool:
        return self.store is None or self.store.read_only

    def has_unsaved(self, library: Library) -> bool:
        """Whether ``library`` holds changes that are not in the database."""
        return snapshot(library) != self._saved

    def save(self, library: Library) -> bool:
        """Write the changes of ``library`` (one transaction); False and ``save_failed`` if not."""
        self.library = library
        if self.store is None:
            self.save_failed.emit("")
            return False
        try:
            # data_version is left as last read: it counts other connections' commits only.
            self._saved = self.store.save(self._saved, library)
        except StorageError as exc:
            self.last_error = str(exc)
            self.save_failed.emit(str(exc))
            return False
        self.last_error = None
        return True

    def poll(self) -> None:
        if self.may_refresh():
            self.check()

    def check(self) -> bool:
        """Take in what was committed elsewhere since the last look; True if anything was.

        Does nothing while the window's library has unsaved changes (they would be lost).
        """
        store = self.store
        if store is None or self.has_unsaved(self.library):
            return False
        try:
            version = store.data_version()
            if version == self._version:
                return False
            library = store.refresh()
        except StorageError:
            return False
        self._take(library)
        self.library_changed.emit()
        return True

    def restore(self, backup: Path) -> Path:
        """Put ``backup`` in place of the library (StorageError if not); the copy of before."""
        if self.store is None:
            raise StorageError("the library is not open")
        kept = self.store.restore(backup)
        self._take(self.store.load())
        self.library_changed.emit()
        return kept

    def close(self) -> None:
        """Stop watching, make today's backup if there is none yet, close the database."""
        self.timer.stop()
        if self.store is not None:
            if not self.store.read_only:
                library_db.make_daily_backup(self.store.path)
            self.store.close()
            self.store = None
