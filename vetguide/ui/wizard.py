"""The "Find my actions" wizard: organisation, goals, partners, results.

The wizard produces data only. The main window reads :meth:`result_profile`,
:meth:`chosen_codes`, :meth:`target_shortlist_id` and :meth:`new_shortlist_name` after
``accept`` and decides what to save.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget, QWizard

from vetguide.model.catalogue import Catalogue
from vetguide.model.profile import InstitutionProfile
from vetguide.model.resources import load_texts
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
        self.setWindowTitle("Find my actions")
        self.setAccessibleName("Find my actions")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.presenter = WizardPresenter(catalogue, today, initial, shortlists, current_id, self)
        texts = load_texts()
        self.organisation_page = OrganisationPage(self.presenter, texts)
        self.goals_page = GoalsPage(self.presenter, texts)
        self.partners_page = PartnersPage(self.presenter, texts)
        self.results_page = ResultsPage(self.presenter, texts)
        self.setPage(PageId.ORGANISATION, self.organisation_page)
        self.setPage(PageId.GOALS, self.goals_page)
        self.setPage(PageId.PARTNERS, self.partners_page)
        self.setPage(PageId.RESULTS, self.results_page)
        self.setStartId(PageId.ORGANISATION)
        self.setButtonText(QWizard.WizardButton.FinishButton, "&Finish")
        for which, name in (
            (QWizard.WizardButton.BackButton, "Back"),
            (QWizard.WizardButton.NextButton, "Next"),
            (QWizard.WizardButton.FinishButton, "Finish"),
            (QWizard.WizardButton.CancelButton, "Cancel"),
        ):
            self.button(which).setAccessibleName(name)
        self.resize(1000, 720)

    def result_profile(self) -> InstitutionProfile:
        return self.presenter.profile()

    def chosen_codes(self) -> list[str]:
        return self.presenter.chosen_codes

    def target_shortlist_id(self) -> str | None:
        return self.presenter.target_id

    def new_shortlist_name(self) -> str:
        return self.presenter.new_name.strip()
