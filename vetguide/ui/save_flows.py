"""Saving the window's library, and taking in what another window saved.

:class:`SaveFlows` writes each change as one transaction through the window's
:class:`~vetguide.ui.library_service.LibraryService`; on failure it tells the user once and keeps the
changes in memory (the next save writes them, or the user saves them elsewhere before closing).
When another window or process saved, it shows the library as that one left it, keeping the
selection and the note being typed. The window reaches it as ``window.saving``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from vetguide import APP_NAME
from vetguide.ui import dialogs
from vetguide.ui.dialogs import STATUS_TIMEOUT_MS
from vetguide.ui.i18n import tr
from vetguide.ui.startup import not_opened_message, opening_report

if TYPE_CHECKING:
    from concurrent.futures import Future

    from vetguide.model.library_db import Opened
    from vetguide.model.shortlist import Library
    from vetguide.ui.main_window import MainWindow


class SaveFlows(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.can_save = True  # False: the library could not be opened, or is read-only
        self.last_error: str | None = None  # why the last save failed; None: it worked

    def save(self) -> bool:
        """Write the window's changes now (one transaction). On failure, tell the user once
        and keep the changes in memory: the next save writes them, or they are exported."""
        w = self.window
        w._note_timer.stop()
        service = w.library_service
        if not self.can_save or service is None:
            w.statusBar().showMessage(
                tr("Changes are not saved: your shortlists could not be opened at start."),
                STATUS_TIMEOUT_MS,
            )
            return False
        if service.save(w.library):
            self.last_error = None
            return True
        message = service.last_error or ""
        w.statusBar().showMessage(
            tr("Not saved: {problem}").format(problem=message), STATUS_TIMEOUT_MS
        )
        if message != self.last_error:
            self.last_error = message
            dialogs.warn(
                w,
                tr("Your changes could not be saved"),
                tr(
                    "{problem}\n\nThe changes stay in this window. {app} tries again "
                    "with your next change; you can also export the shortlist to a file."
                ).format(problem=message, app=APP_NAME),
            )
        return False

    def has_unsaved_changes(self) -> bool:
        """Whether the window holds changes that are not in the database."""
        w = self.window
        service = w.library_service
        return w.catalogue_loaded and service is not None and service.has_unsaved(w.library)

    def take_outside_changes(self) -> None:
        """Show the library as another window left it; keep the selection and the note editor."""
        w = self.window
        service = w.library_service
        if service is None or not w.catalogue_loaded:
            return
        pane = w.shortlist_pane
        current = w.current_shortlist()
        row = pane.current_row()
        code = w.items_model.item(row).code if row >= 0 else None
        editor = pane.note_edit
        cursor = editor.textCursor().position()
        scroll = editor.verticalScrollBar().value()
        w.library = library = service.library
        combo = pane.shortlist_combo
        listed = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
        same = [s for s in library.shortlists if current is not None and s.id == current.id]
        if (
            same
            and listed == [(s.id, s.name) for s in library.shortlists]
            and w.items_model.replace_shortlist(same[0])
        ):
            # The same shortlists and items: redraw the changed rows, keep the selection.
            if row >= 0 and editor.toPlainText() != w.items_model.item(row).note:
                w.selection.item_selected()
        else:
            w.selection.refresh_shortlists(
                current.id if current else w.settings.last_shortlist_id()
            )
            shortlist = w.current_shortlist()
            if code is not None and shortlist is not None and code in shortlist.codes():
                pane.select_row(shortlist.codes().index(code))
        text_cursor = editor.textCursor()
        text_cursor.setPosition(min(cursor, len(editor.toPlainText())))
        editor.setTextCursor(text_cursor)
        editor.verticalScrollBar().setValue(scroll)
        w.statusBar().showMessage(
            tr("Shortlists changed in another window are shown."), STATUS_TIMEOUT_MS
        )

    def check_for_outside_changes(self) -> bool:
        """Take in what another window saved since this one last looked; True if anything."""
        w = self.window
        if not w.catalogue_loaded or not self.can_save or w.library_service is None:
            return False
        if w._note_timer.isActive():
            self.save()  # the note being typed is written first, then the rest is read
        return w.library_service.check()

    def may_close_unsaved(self) -> bool:
        """Ask before closing with changes that could not be saved; offer to export them."""
        w = self.window
        while True:
            answer = dialogs.ask_unsaved(
                w,
                tr("Your changes are not saved"),
                tr(
                    "Some changes to your shortlists could not be saved:\n{problem}\n\n"
                    "Save them elsewhere (each shortlist as a file you can import later), "
                    "or close and lose them?"
                ).format(problem=self.last_error or tr("saving is turned off")),
            )
            if answer != "export":
                return answer == "discard"
            if w.exports.export_all_shortlists():
                return True

    def open_library(self, opening: Future[Opened] | None = None) -> Library:
        """Open the library database for the window, or take the one ``opening`` opened in
        a worker thread (see ui/startup.py); what went wrong is told after loading."""
        w = self.window
        from vetguide.model import storage
        from vetguide.model.shortlist import Library
        from vetguide.ui.library_service import LibraryService

        service = LibraryService(w)
        w.library_service = service
        service.may_refresh = lambda: not w._note_timer.isActive()
        service.library_changed.connect(w.saving.take_outside_changes)
        try:
            opened = service.open() if opening is None else service.adopt(opening.result())
        except storage.StorageError as exc:
            self.can_save = False
            w.startup.messages.append(not_opened_message(exc))
            return Library()
        report = opening_report(opened)
        self.can_save = self.can_save and report.can_save
        w.startup.offer_backup = report.offer_backup
        w.startup.messages.extend(report.messages)
        if report.status:
            w.statusBar().showMessage(report.status, STATUS_TIMEOUT_MS)
        return opened.library
