"""The Guide menu's flows: the "Find my actions" wizard and what it hands back, the search box,
and the budget estimate (with "Add to the memo").

:class:`GuideFlows` opens them over the window and applies their results to the library through
the model's rules; the window reaches it as ``window.guide``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from vetguide.ui import dialogs
from vetguide.ui.i18n import tr
from vetguide.ui.shortlist_flows import DEFAULT_SHORTLIST_NAME
from vetguide.ui.user_text import shown

if TYPE_CHECKING:
    from vetguide.model.budget import BudgetPlan
    from vetguide.ui.main_window import MainWindow
    from vetguide.ui.wizard import FindActionsWizard


class GuideFlows(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def focus_search(self) -> None:
        w = self.window
        edit = w.catalogue_pane.filter_edit
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()

    def find_actions(self) -> None:
        w = self.window
        if w.active_wizard is not None:
            w.active_wizard.raise_()
            w.active_wizard.activateWindow()
            return
        try:
            from vetguide.ui.wizard import FindActionsWizard
        except ImportError as exc:
            dialogs.warn(
                w,
                tr("Find my actions"),
                tr("The guide could not be opened: {problem}").format(problem=exc),
            )
            return
        current = w.current_shortlist()
        wizard = FindActionsWizard(
            w._english_catalogue(),
            w.today,
            w.library.last_profile,
            [(s.id, shown(s.name)) for s in w.library.shortlists],
            current.id if current else None,
            w,
        )
        w.active_wizard = wizard
        wizard.glossary_requested.connect(w.help_flows.show_term)
        wizard.finished.connect(
            lambda result, shown_wizard=wizard: self._wizard_finished(shown_wizard, result)
        )
        wizard.open()

    def _wizard_finished(self, wizard: FindActionsWizard, result: int) -> None:
        w = self.window
        w.active_wizard = None
        wizard.deleteLater()
        if result == int(wizard.DialogCode.Accepted):
            self._apply_wizard(wizard)

    def _apply_wizard(self, wizard: FindActionsWizard) -> None:
        w = self.window
        result = wizard.wizard_result()
        codes = result.codes
        shortlist, added = w.library.apply_wizard(result, w.today, tr(DEFAULT_SHORTLIST_NAME))
        w.saving.save()
        w.selection.refresh_shortlists(shortlist.id)
        skipped = len(codes) - len(added)
        message = (
            tr("Added 1 action to the shortlist “{name}”.")
            if len(added) == 1
            else tr("Added {count} actions to the shortlist “{name}”.", None, len(added))
        ).format(count=len(added), name=shown(shortlist.name))
        if skipped:
            message += " " + (
                tr("1 was already on it.")
                if skipped == 1
                else tr("{count} were already on it.", None, skipped)
            ).format(count=skipped)
        w.show_status(message)

    def open_budget(self) -> None:
        """The budget estimate, for the current shortlist's profile (kept open between uses)."""
        w = self.window
        from vetguide.ui.budget_dialog import BudgetDialog

        if w.budget_dialog is None:
            shortlist = w.current_shortlist()
            profile = (
                shortlist.profile if shortlist and shortlist.profile else w.library.last_profile
            )
            last_plan = shortlist.budget if shortlist and shortlist.budget else None
            if last_plan is None:
                last_plan = next((s.budget for s in w.library.shortlists if s.budget), None)
            w.budget_dialog = BudgetDialog(
                w._english_catalogue(), w.today, profile, w, last_plan=last_plan
            )
            w.budget_dialog.add_to_memo.connect(self.add_budget_to_memo)
        w.budget_dialog.show()
        w.budget_dialog.raise_()
        w.budget_dialog.activateWindow()

    def add_budget_to_memo(self, plan: BudgetPlan) -> None:
        """Keep ``plan`` with the current shortlist: its memo shows the estimate."""
        w = self.window
        shortlist = w.current_shortlist()
        if shortlist is None:
            w.show_status(tr("Create or choose a shortlist first: the memo is a shortlist's."))
            return
        shortlist.budget = plan
        w.saving.save()
        w.show_status(
            tr("The budget estimate is in the memo of the shortlist “{name}”.").format(
                name=shown(shortlist.name)
            )
        )
