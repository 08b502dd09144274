"""The "Find my actions" wizard: organisation, goals, partners, results.

The wizard produces data only: after ``accept`` the main window reads one
:class:`~vetguide.model.profile.WizardResult` from :meth:`FindActionsWizard.wizard_result` (the
profile, the ticked actions, the shortlist to keep them in) and decides what to save.

The wizard follows the language of the interface while it is open: its buttons are named
here (Qt ships no Serbian translation of its own), each page retranslates itself in place,
and the answers stay in the presenter.

The "What is …?" links of the pages open the glossary at their term: the wizard emits
``glossary_requested(term_id)`` for the main window to show its own glossary, and opens a
:class:`GlossaryDialog` of its own when nobody listens (the wizard used alone).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QMetaMethod, Signal
from PySide6.QtWidgets import QWidget, QWizard

from vetguide.model.catalogue import Catalogue
from vetguide.model.profile import InstitutionProfile, WizardResult
from vetguide.ui.glossary_dialog import GlossaryDialog
from vetguide.ui.i18n import current_language, tr
from vetguide.ui.presenter import WizardPresenter
from vetguide.ui.screen import resize_to_fit
from vetguide.ui.wizard_pages import (
    GoalsPage,
    OrganisationPage,
    PageId,
    PartnersPage,
    ResultsPage,
)

__all__ = ["FindActionsWizard", "PageId", "WizardResult"]


class FindActionsWizard(QWizard):
    glossary_requested = Signal(str)  # a glossary term id, from a "What is …?" link

    def __init__(
        self,
        catalogue: Catalogue,
        today: date,
        initial: InstitutionProfile | None,
        shortlists: list[tuple[str, str]],
        current_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("find_actions_wizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self._language: str | None = None
        self.presenter = WizardPresenter(catalogue, today, initial, shortlists, current_id, self)
        self.organisation_page = OrganisationPage(self.presenter)
        self.goals_page = GoalsPage(self.presenter)
        self.partners_page = PartnersPage(self.presenter)
        self.results_page = ResultsPage(self.presenter)
        self.setPage(PageId.ORGANISATION, self.organisation_page)
        self.setPage(PageId.GOALS, self.goals_page)
        self.setPage(PageId.PARTNERS, self.partners_page)
        self.setPage(PageId.RESULTS, self.results_page)
        self.setStartId(PageId.ORGANISATION)
        self.glossary_dialog: GlossaryDialog | None = None
        for page in (
            self.organisation_page,
            self.goals_page,
            self.partners_page,
            self.results_page,
        ):
            page.glossary_requested.connect(self.open_glossary)
        self.retranslate()
        resize_to_fit(self, 1000, 720)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self._language != current_language():
            self.retranslate()

    def retranslate(self) -> None:
        """The wizard's own words; its pages retranslate themselves."""
        self._language = current_language()
        self.setWindowTitle(tr("Find my actions"))
        self.setAccessibleName(tr("Find my actions"))
        Button = QWizard.WizardButton
        for which, text, name in (
            (Button.BackButton, tr("< &Back"), tr("Back")),
            (Button.NextButton, tr("&Next >"), tr("Next")),
            (Button.FinishButton, tr("&Finish"), tr("Finish")),
            (Button.CancelButton, tr("Cancel"), tr("Cancel")),
            (Button.HelpButton, tr("&Help"), tr("Help")),
        ):
            self.setButtonText(which, text)
            self.button(which).setAccessibleName(name)

    def open_glossary(self, term_id: str) -> None:
        """Show the glossary at ``term_id``: the listener's if any, else a dialog of our own."""
        signal = QMetaMethod.fromSignal(self.glossary_requested)
        if self.isSignalConnected(signal):
            self.glossary_requested.emit(term_id)
            return
        if self.glossary_dialog is None:
            self.glossary_dialog = GlossaryDialog(self)
        self.glossary_dialog.show_term(term_id)

    def wizard_result(self) -> WizardResult:
        """What the user chose: complete once the wizard is accepted (Finish needs it).

        Not ``result()``: that is QDialog's result code.
        """
        return self.presenter.result()
