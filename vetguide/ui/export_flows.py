"""Files in and out of the main window: import and export of shortlist files, the PDF memo,
the calendar of deadlines, and saving every shortlist elsewhere when the database cannot be written.

:class:`ExportFlows` asks where (starting in the folder used last), writes through the model
(:mod:`vetguide.model.storage`, :mod:`vetguide.report`, :mod:`vetguide.model.calendar_export`)
and tells the user what was written. The window reaches it as ``window.exports``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl

from vetguide.ui import dialogs
from vetguide.ui.dialogs import wait_cursor
from vetguide.ui.i18n import tr
from vetguide.ui.shortlist_files import SHORTLIST_SUFFIX
from vetguide.ui.user_text import shown

if TYPE_CHECKING:
    from vetguide.ui.main_window import MainWindow

LAST_EXPORT_FOLDER = "files/last_export_folder"


def file_stem(name: str) -> str:
    """A file name for a shortlist name, safe on every platform."""
    stem = re.sub(r"[^\w\- ]+", "", name, flags=re.UNICODE).strip().replace(" ", "-")
    return stem[:60] or "shortlist"


def pdf_filter() -> str:
    return dialogs.file_filter(tr("PDF files"), "*.pdf")


def ics_filter() -> str:
    return dialogs.file_filter(tr("Calendar files"), "*.ics")


class ExportFlows(QObject):
    """The window's file flows; each asks, writes and reports, and changes nothing on failure."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def export_all_shortlists(self) -> bool:
        """Write every shortlist as a shortlist file into a folder the user picks."""
        w = self.window
        from vetguide.model import storage

        folder = dialogs.choose_folder(w, tr("Save shortlists elsewhere"), w.settings.last_folder())
        if folder is None:
            return False
        written: list[Path] = []
        try:
            for shortlist in w.library.shortlists:
                target = folder / f"{file_stem(shortlist.name)}{SHORTLIST_SUFFIX}"
                number = 2
                while target.exists() or target in written:
                    target = folder / f"{file_stem(shortlist.name)}-{number}{SHORTLIST_SUFFIX}"
                    number += 1
                storage.write_shortlist_file(target, shortlist)
                written.append(target)
        except storage.StorageError as exc:
            dialogs.warn(w, tr("The shortlists could not be saved elsewhere"), str(exc))
            return False
        w.settings.setValue("files/last_folder", str(folder))
        dialogs.inform(
            w,
            tr("Shortlists saved elsewhere"),
            (
                tr("Saved 1 shortlist file in {folder}.")
                if len(written) == 1
                else tr("Saved {count} shortlist files in {folder}.", None, len(written))
            ).format(count=len(written), folder=folder),
        )
        return True

    def import_shortlist(self) -> None:
        """File → Import shortlist: a file chosen, imported as a new shortlist (see
        :meth:`~vetguide.ui.shortlist_files.ShortlistFiles.import_file`)."""
        w = self.window
        path = dialogs.open_file_path(w, tr("Import shortlist"), w.settings.last_folder())
        if path is None:
            return
        w.settings.remember_folder(path)
        w.files.import_file(path)

    def print_memo(self) -> None:
        """File → Print memo: the PDF memo's pages, through the print dialog."""
        from vetguide.ui.memo_print import print_current_memo

        print_current_memo(self.window)

    def export_shortlist(self) -> None:
        w = self.window
        from vetguide.model import storage

        shortlist = w.current_shortlist()
        if shortlist is None:
            return
        suggested = w.settings.last_folder() / f"{file_stem(shortlist.name)}{SHORTLIST_SUFFIX}"
        path = dialogs.save_file_path(w, tr("Export shortlist"), suggested)
        if path is None:
            return
        w.settings.remember_folder(path)
        try:
            storage.write_shortlist_file(path, shortlist)
        except storage.StorageError as exc:
            dialogs.warn(w, tr("The shortlist could not be exported"), str(exc))
            return
        w.files.remember(path)
        w.show_status(
            tr("Exported “{name}” to {path}.").format(name=shown(shortlist.name), path=path)
        )

    def _export_target(self, title: str, suffix: str, name_filter: str) -> Path | None:
        """Ask where to export the current shortlist, starting in the last export folder."""
        w = self.window
        shortlist = w.current_shortlist()
        if shortlist is None or not shortlist.items:
            return None
        name = file_stem(shortlist.name) + ("-deadlines" if suffix == "ics" else "")
        suggested = w.settings.last_folder(LAST_EXPORT_FOLDER) / f"{name}.{suffix}"
        path = dialogs.save_file_path(w, title, suggested, name_filter, suffix)
        if path is not None:
            w.settings.remember_folder(path, LAST_EXPORT_FOLDER)
        return path

    def _exported(self, title: str, text: str, path: Path, open_label: str) -> None:
        w = self.window
        w.show_status(tr("Saved {path}.").format(path=path))
        if dialogs.inform_with_open(w, title, text, path, open_label):
            dialogs.open_url(QUrl.fromLocalFile(str(path)))

    def export_pdf(self) -> None:
        """Save the current shortlist as a PDF decision memo."""
        w = self.window
        from vetguide.report import ExportError
        from vetguide.ui.export_worker import (
            ExportJob,
            cancelled_message,
            run_export_with_progress,
        )

        shortlist = w.current_shortlist()
        path = self._export_target(tr("Export PDF"), "pdf", pdf_filter())
        if shortlist is None or path is None:
            return
        if w._note_timer.isActive():
            w.saving.save()
        # The memo is laid out in a worker thread, with progress and Cancel; the window
        # keeps repainting however long the shortlist is.
        job = ExportJob(
            shortlist, w._loaded_catalogue(), path, today=w.today, language=w.data_language
        )
        try:
            written = run_export_with_progress(w, job)
        except ExportError as exc:
            dialogs.warn(
                w,
                tr("The PDF could not be saved"),
                tr("{problem}\n\nNo file was written.").format(problem=exc),
            )
            return
        if written is None:
            w.show_status(cancelled_message())
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
        w = self.window
        from vetguide.model.calendar_export import (
            calendar_items,
            shortlist_actions,
            write_calendar,
        )
        from vetguide.model.deadlines import default_time_zone

        shortlist = w.current_shortlist()
        if shortlist is None or not shortlist.items:
            return
        catalogue = w._loaded_catalogue()
        title = tr("Export calendar")
        actions, unknown = shortlist_actions(shortlist, catalogue)
        skipped = ""
        if unknown:
            skipped = tr("Not in the {year} catalogue: {codes}.").format(
                year=catalogue.call_year, codes=", ".join(unknown)
            )
        if not calendar_items(actions, catalogue, w.today):
            text = tr(
                "No deadline lies ahead for the actions of “{name}”, so there is nothing to put "
                "in a calendar."
            ).format(name=shown(shortlist.name))
            dialogs.inform(w, title, f"{text} {skipped}".strip())
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
                    w.today,
                    local_zone=local_zone,
                    language=w.data_language,  # the catalogue's language: the window's
                )
        except OSError as exc:
            dialogs.warn(
                w,
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
                zone=zone_name(local_zone, w.data_language)
            )
        if skipped:
            text += f"\n\n{skipped}"
        self._exported(tr("Calendar saved"), text, path, tr("&Open in the calendar app"))
