"""The Shortlist menu's flows: new, rename and delete a shortlist; add, move and remove its items.

:class:`ShortlistFlows` asks (names are checked by the model's rules), changes the window's
library and saves; the window reaches it as ``window.shortlists``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from vetguide.ui import dialogs
from vetguide.ui.i18n import QT_TRANSLATE_NOOP, tr
from vetguide.ui.user_text import shown

if TYPE_CHECKING:
    from vetguide.ui.main_window import MainWindow

# English source text, shown through tr(): the name a shortlist gets when none is given.
DEFAULT_SHORTLIST_NAME = QT_TRANSLATE_NOOP("", "My shortlist")


class ShortlistFlows(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def new_shortlist(self) -> None:
        w = self.window
        name = self._ask_name(
            tr("New shortlist"),
            tr("&Name of the new shortlist:"),
            w.unique_name(tr(DEFAULT_SHORTLIST_NAME)),
        )
        if name is None:
            return
        from vetguide.model.shortlist import Shortlist

        w._append_shortlist(Shortlist(name=name, created=w.today))
        w.show_status(tr("Created the shortlist “{name}”.").format(name=shown(name)))

    def rename_shortlist(self) -> None:
        w = self.window
        shortlist = w.current_shortlist()
        if shortlist is None:
            return
        name = self._ask_name(
            tr("Rename shortlist"), tr("&New name:"), shortlist.name, exclude_id=shortlist.id
        )
        if name is None or name == shortlist.name:
            return
        old = shortlist.name
        shortlist.name = name
        w.saving.save()
        w.selection.refresh_shortlists(shortlist.id)
        w.show_status(tr("Renamed “{old}” to “{name}”.").format(old=shown(old), name=shown(name)))

    def delete_shortlist(self) -> None:
        w = self.window
        shortlist = w.current_shortlist()
        if shortlist is None:
            return
        text = tr(
            "Delete the shortlist “{name}” with its actions and their notes (actions: {count})?"
            "\n\nThis cannot be undone. Export the shortlist first if you may need it again."
        ).format(name=shown(shortlist.name), count=len(shortlist.items))
        if not dialogs.confirm(w, tr("Delete shortlist"), text, tr("Delete")):
            return
        position = w.library.shortlists.index(shortlist)
        w.library.shortlists = [s for s in w.library.shortlists if s.id != shortlist.id]
        w.saving.save()
        remaining = w.library.shortlists
        next_id = remaining[min(position, len(remaining) - 1)].id if remaining else None
        w.selection.refresh_shortlists(next_id)
        w.show_status(tr("Deleted the shortlist “{name}”.").format(name=shown(shortlist.name)))

    def _ask_name(
        self, title: str, label: str, text: str, exclude_id: str | None = None
    ) -> str | None:
        """Ask for a shortlist name until it is usable; keep what was typed on a bad answer."""
        from vetguide.model.shortlist import MAX_NAME_CHARS

        w = self.window
        while True:
            answer = dialogs.ask_text(w, title, label, text)
            if answer is None:
                return None
            name = answer.strip()
            problem = ""
            if not name:
                problem = tr("A shortlist needs a name.")
            elif len(name) > MAX_NAME_CHARS:
                problem = tr("A name can have at most {limit} characters; this one has {count}.")
                problem = problem.format(limit=MAX_NAME_CHARS, count=len(name))
            elif w.unique_name(name, exclude_id) != name:
                problem = tr("There is already a shortlist called “{name}”. Choose another name.")
                problem = problem.format(name=name)
            if not problem:
                return name
            dialogs.warn(w, title, problem)
            text = answer

    def add_current_action(self) -> None:
        w = self.window
        code = w.detail_pane.code
        if not code:
            w.show_status(tr("Choose an action in the catalogue first."))
            return
        shortlist = w.current_shortlist()
        if shortlist is None:
            from vetguide.model.shortlist import Shortlist

            name = w.unique_name(tr(DEFAULT_SHORTLIST_NAME))
            shortlist = Shortlist(name=name, created=w.today)
            w._append_shortlist(shortlist)
        if not w.items_model.add_code(code, w.today):
            message = tr("{code} is already on the shortlist “{name}”.")
            w.show_status(message.format(code=code, name=shown(shortlist.name)))
            return
        w.shortlist_pane.select_row(w.items_model.rowCount() - 1)
        message = tr("Added {code} to the shortlist “{name}”.")
        w.show_status(message.format(code=code, name=shown(shortlist.name)))

    def _move(self, delta: int) -> None:
        w = self.window
        row = w.shortlist_pane.current_row()
        if row >= 0 and w.items_model.move_item(row, delta):
            w.shortlist_pane.select_row(row + delta)

    def move_item_up(self) -> None:
        self._move(-1)

    def move_item_down(self) -> None:
        self._move(+1)

    def remove_item(self) -> None:
        w = self.window
        row = w.shortlist_pane.current_row()
        if row < 0:
            return
        if w._note_timer.isActive():
            w.saving.save()
        item = w.items_model.item(row)
        if item.note.strip() and not dialogs.confirm(
            w,
            tr("Remove from shortlist"),
            tr("Remove {code} from the shortlist? Its note will be lost.").format(code=item.code),
            tr("Remove"),
        ):
            return
        w.items_model.remove_item(row)
        w.shortlist_pane.select_row(min(row, w.items_model.rowCount() - 1))
        if w.items_model.rowCount() == 0:
            w.selection.item_selected()
        w.show_status(tr("Removed {code} from the shortlist.").format(code=item.code))
