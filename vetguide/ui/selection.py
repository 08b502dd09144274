"""What the window shows for the user's choice: the shortlist chosen, the item selected in it,
the action chosen in the catalogue.

:class:`Selection` keeps the three columns in step: the shortlist box and its items, the key
data in the centre (of the catalogue's action, or of the shortlisted item), the item's note and
readiness plan, and the first-start screen while there is no shortlist. The window reaches it
as ``window.selection``.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from vetguide.ui.user_text import shown

if TYPE_CHECKING:
    from vetguide.ui.main_window import MainWindow


class Selection(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def select_shortlist(self, shortlist_id: str) -> None:
        w = self.window
        combo = w.shortlist_pane.shortlist_combo
        position = combo.findData(shortlist_id)
        if position >= 0:
            combo.setCurrentIndex(position)

    def refresh_shortlists(self, select_id: str | None = None) -> None:
        w = self.window
        combo = w.shortlist_pane.shortlist_combo
        combo.blockSignals(True)
        combo.clear()
        for shortlist in w.library.shortlists:
            combo.addItem(shown(shortlist.name), shortlist.id)
        position = combo.findData(select_id) if select_id else -1
        if position < 0 and combo.count():
            position = 0
        combo.setCurrentIndex(position)
        combo.blockSignals(False)
        self.shortlist_chosen(position)
        self.update_first_start()

    def update_first_start(self) -> None:
        """The first-start screen while there is no shortlist (again once all are deleted),
        unless the user chose to look through the actions first."""
        w = self.window
        if w.library.shortlists:
            w._browsing = False  # deleting them all later brings the screen back
        show = not w.library.shortlists and not w._browsing
        was_shown = w.first_start.isVisibleTo(w)
        w.first_start.setVisible(show)
        w.splitter.setVisible(not show)
        if show and not was_shown:
            w.first_start.find_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def browse_first(self) -> None:
        """Leave the first-start screen for the three panes, without a shortlist yet."""
        w = self.window
        w._browsing = True
        self.update_first_start()
        w.catalogue_pane.setFocus(Qt.FocusReason.OtherFocusReason)

    def shortlist_chosen(self, position: int) -> None:
        w = self.window
        combo = w.shortlist_pane.shortlist_combo
        if w._note_timer.isActive():
            w.saving.save()
        shortlist = w.shortlist_by_id(combo.itemData(position)) if position >= 0 else None
        w.items_model.set_shortlist(shortlist)
        has = shortlist is not None
        w.shortlist_pane.empty_label.setVisible(not has)
        w.shortlist_pane.items_box.setVisible(has)
        w.shortlist_pane.select_row(0)
        if w.items_model.rowCount() == 0:
            self.item_selected()
        if shortlist is not None:
            w.settings.setValue("shortlists/last", shortlist.id)
        w._update_actions()

    def action_selected(self, code: str) -> None:
        w = self.window
        action = None
        if code:
            try:
                action = w._loaded_catalogue().action(code)
            except KeyError:
                action = None
        w.detail_pane.show_action(action)
        w._update_actions()

    def item_selected(self, *_: object) -> None:
        w = self.window
        if w._note_timer.isActive():
            w.saving.save()
        pane = w.shortlist_pane
        row = pane.current_row()
        pane.show_note(row)
        self.show_item_action(row)
        self.show_readiness(row)
        w._update_actions()

    def show_item_action(self, row: int) -> None:
        """The shortlisted item's key data in the centre, above its note and plan (also when
        it is clicked again after choosing another action in the catalogue)."""
        w = self.window
        if 0 <= row < w.items_model.rowCount():
            self.action_selected(w.items_model.item(row).code)

    def local_zone(self) -> str | None:
        """The user's time zone: that of the current shortlist's (or the last) profile."""
        w = self.window
        from vetguide.model.deadlines import default_time_zone

        shortlist = w.current_shortlist()
        profile = shortlist.profile if shortlist and shortlist.profile else w.library.last_profile
        return default_time_zone(profile.country) if profile else None

    def show_readiness(self, row: int) -> None:
        w = self.window
        action = None
        if row >= 0:
            with contextlib.suppress(KeyError):  # an imported code unknown to this catalogue
                action = w._loaded_catalogue().action(w.items_model.item(row).code)
        zone = self.local_zone()
        shortlist = w.current_shortlist()
        w.readiness_view.show_action(
            action,
            w._loaded_catalogue(),
            w.today,
            time_zone=zone,
            profile=shortlist.profile if shortlist else None,
        )
        w.detail_pane.set_local_zone(zone)
