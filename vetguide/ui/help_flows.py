"""The Help menu's flows: the glossary dialog, About, the data folder and restoring a backup.

:class:`HelpFlows` keeps the one glossary dialog (non-modal, kept between uses; window-modal
while the wizard is open, so that it stays above it) and the window reaches it as
``window.help_flows``.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl

from vetguide import APP_NAME, __version__
from vetguide.ui import dialogs
from vetguide.ui.dialogs import STATUS_TIMEOUT_MS, wait_cursor
from vetguide.ui.i18n import tr

if TYPE_CHECKING:
    from vetguide.ui.glossary_dialog import GlossaryDialog
    from vetguide.ui.main_window import MainWindow


class HelpFlows(QObject):
    """Glossary, About, data folder, backups: what the Help menu opens."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.glossary_dialog: GlossaryDialog | None = None

    def close_glossary(self) -> None:
        """Close the glossary for good (its texts are those of another call year)."""
        if self.glossary_dialog is not None:
            self.glossary_dialog.close()
            self.glossary_dialog.deleteLater()
            self.glossary_dialog = None

    def about_text(self) -> str:
        w = self.window
        from vetguide.logging_setup import log_file
        from vetguide.model.storage import data_dir
        from vetguide.ui.action_html import format_date

        c = w._loaded_catalogue()
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
            pack=w.data.pack.path if w.data is not None else "-",
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
        w = self.window
        from vetguide.model import library_db, storage

        service = w.library_service
        if service is None or service.store is None or service.read_only:
            dialogs.warn(
                w,
                tr("Restore a backup"),
                tr("Your shortlists are not open for changes, so no backup can be restored."),
            )
            return False
        if w._note_timer.isActive():
            w.saving.save()
        found = library_db.backups(service.store.path)
        if backup is not None and backup not in found:
            found.insert(0, backup)
        if not found:
            dialogs.inform(
                w,
                tr("Restore a backup"),
                tr("There is no backup yet. {app} makes one each day you use it.").format(
                    app=APP_NAME
                ),
            )
            return False
        chosen = dialogs.choose_backup(w, tr("Restore a backup"), found)
        if chosen is None:
            return False
        try:
            kept = service.restore(chosen)
        except storage.StorageError as exc:
            dialogs.warn(w, tr("The backup could not be restored"), str(exc))
            return False
        w.saving.last_error = None
        w.statusBar().showMessage(tr("Backup restored"), STATUS_TIMEOUT_MS)
        dialogs.inform(
            w,
            tr("Backup restored"),
            tr(
                "Your shortlists are back as they were in {backup}.\n\n"
                "The state before the restore is kept in {kept}."
            ).format(backup=chosen.name, kept=kept),
        )
        return True

    def show_about(self) -> None:
        w = self.window
        dialogs.inform(
            w, tr("About {app}").format(app=APP_NAME), self.about_text(), icon=w.windowIcon()
        )

    def show_glossary(self) -> GlossaryDialog:
        """The glossary (one non-modal dialog, kept between uses), shown and raised."""
        w = self.window
        if self.glossary_dialog is None:
            from vetguide.ui.glossary_dialog import GlossaryDialog

            with wait_cursor():
                self.glossary_dialog = GlossaryDialog(w)
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
        w = self.window
        dialog = self.show_glossary()
        if w.active_wizard is not None and not dialog.isModal():
            dialog.hide()
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.finished.connect(
                lambda _: dialog.setWindowModality(Qt.WindowModality.NonModal),
                Qt.ConnectionType.SingleShotConnection,
            )
        dialog.show_term(term_id)
