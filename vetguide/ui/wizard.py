"""The "Find my actions" wizard: organisation, goals, partners, results.

The wizard produces data only. The main window reads :meth:`result_profile`,
:meth:`chosen_codes`, :meth:`target_shortlist_id` and :meth:`new_shortlist_name` after
``accept`` and decides what to save.

The wizard follows the language of the interface while it is open: its buttons are named
here (Qt ships no Serbian translation of its own), each page retranslates itself in place,
and the answers stay in the presenter.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget, QWizard

from vetguide.model.catalogue import Catalogue
from vetguide.model.profile import InstitutionProfile
from vetguide.ui.i18n import current_language, tr
from vetguide.ui.presenter import WizardPresenter
from vetguide.ui.wizard_pages import (
    GoalsPage,
    OrganisationPage,
    PageId,
    PartnersPage,
    ResultsPage,
)

__all__ = ["FindActionsWizard", "PageId"]


class FindActionsWizard(QWizard):
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
        self.retranslate()
        self.resize(1000, 720)

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

    def result_profile(self) -> InstitutionProfile:
        return self.presenter.profile()

    def chosen_codes(self) -> list[str]:
        return self.presenter.chosen_codes

    def target_shortlist_id(self) -> str | None:
        return self.presenter.target_id

    def new_shortlist_name(self) -> str:
        return self.presenter.new_name.strip()
