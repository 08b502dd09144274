"""The wizard's state: one profile draft and the user's shortlist choice, behind signals.

Pages read from and write to a :class:`WizardPresenter`; they never keep answers of their
own. The draft (:class:`vetguide.model.profile.ProfileDraft`) is shaped like the profile, with
its limits, but its required answers (type, country) may still be missing while the user is
on the first page; the complete profile is validated from it only when asked for. Each
answer has a typed setter.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal

from vetguide.model.catalogue import Action, Catalogue
from vetguide.model.deadlines import shown_call_year
from vetguide.model.profile import InstitutionProfile, Partner, ProfileDraft, WizardResult
from vetguide.model.recommend import Recommendations, recommend
from vetguide.model.resources import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    action_in,
    catalogue_in,
    load_countries,
)
from vetguide.model.vocab import Experience, Goal, OrganisationType
from vetguide.ui import i18n

DEFAULT_COUNTRY = "RS"
_GOAL_ORDER = {goal: index for index, goal in enumerate(Goal)}


# --- the data in the language of the interface ------------------------------------------------


def localized_catalogue(catalogue: Catalogue, language: str) -> Catalogue:
    """``catalogue`` with its texts in ``language`` (``en``, ``sr-Latn``, ``sr-Cyrl``), from
    the data pack it was loaded from (see :func:`vetguide.model.resources.catalogue_in`)."""
    return catalogue_in(catalogue, language if language in LANGUAGES else DEFAULT_LANGUAGE)


def localized_action(action: Action, call_year: int, language: str) -> Action:
    """``action`` with its texts in ``language``, from the data pack it was loaded from."""
    return action_in(action, language if language in LANGUAGES else DEFAULT_LANGUAGE)


class WizardPresenter(QObject):
    """Holds the draft profile and the shortlist choice; emits when either changes."""

    profile_changed = Signal()
    choice_changed = Signal()

    def __init__(
        self,
        catalogue: Catalogue,
        today: date,
        initial: InstitutionProfile | None,
        shortlists: list[tuple[str, str]],
        current_id: str | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.today = today
        self.shortlists = list(shortlists)
        self._draft = ProfileDraft.from_profile(initial, DEFAULT_COUNTRY)
        known = {sid for sid, _ in self.shortlists}
        self._target_id: str | None = current_id if current_id in known else None
        # Named after the call whose deadlines the user sees (2027 once 2026's have passed).
        year = shown_call_year(catalogue, today)
        self._new_name = i18n.tr("Erasmus+ {year}").format(year=year)
        self._chosen: list[str] = []
        self._ranking: list[str] = []

    # --- the profile ---------------------------------------------------------------------

    @property
    def partners(self) -> tuple[Partner, ...]:
        return tuple(self._draft.partners)

    @property
    def draft(self) -> ProfileDraft:
        """A copy of the answers; change them through the setters."""
        return self._draft.model_copy(deep=True)

    # Each setter validates its answer (the draft checks assignments against the profile's
    # limits) and emits ``profile_changed`` when the answer changed.

    def set_name(self, name: str) -> None:
        if name != self._draft.name:
            self._draft.name = name
            self.profile_changed.emit()

    def set_organisation_type(self, organisation_type: OrganisationType | None) -> None:
        if organisation_type != self._draft.organisation_type:
            self._draft.organisation_type = organisation_type
            self.profile_changed.emit()

    def set_country(self, country: str | None) -> None:
        if country != self._draft.country:
            self._draft.country = country
            self.profile_changed.emit()

    def set_holds_vet_accreditation(self, holds: bool) -> None:
        if holds != self._draft.holds_vet_accreditation:
            self._draft.holds_vet_accreditation = holds
            self.profile_changed.emit()

    def set_holds_eche(self, holds: bool) -> None:
        if holds != self._draft.holds_eche:
            self._draft.holds_eche = holds
            self.profile_changed.emit()

    def set_short_term_grants(self, grants: int) -> None:
        """Short-term grants (KA122-VET) received in the previous four calls."""
        if grants != self._draft.short_term_grants_previous_4_calls:
            self._draft.short_term_grants_previous_4_calls = grants
            self.profile_changed.emit()

    def set_experience(self, experience: Experience) -> None:
        if experience != self._draft.experience:
            self._draft.experience = experience
            self.profile_changed.emit()

    def set_participants(self, participants: int | None) -> None:
        """Planned mobility participants; None: not known yet."""
        if participants != self._draft.participants:
            self._draft.participants = participants
            self.profile_changed.emit()

    def set_goal(self, goal: Goal, chosen: bool) -> None:
        goals = [g for g in self._draft.goals if g is not goal]
        if chosen:
            goals.append(goal)
        goals.sort(key=_GOAL_ORDER.__getitem__)
        if goals != self._draft.goals:
            self._draft.goals = goals
            self.profile_changed.emit()

    def add_partner(self, partner: Partner) -> None:
        self._draft.partners = [*self._draft.partners, partner]
        self.profile_changed.emit()

    def remove_partner(self, index: int) -> None:
        partners = list(self._draft.partners)
        del partners[index]
        self._draft.partners = partners
        self.profile_changed.emit()

    def organisation_complete(self) -> bool:
        country = self._draft.country
        return (
            self._draft.organisation_type is not None
            and country is not None
            and load_countries().get(country) is not None
        )

    def goals_complete(self) -> bool:
        return bool(self._draft.goals)

    def profile(self) -> InstitutionProfile:
        return self._draft.to_profile()

    @staticmethod
    def language() -> str:
        """The language the model's texts are shown in (follows the interface)."""
        return i18n.model_language()

    def local_catalogue(self) -> Catalogue:
        """The catalogue in :meth:`language` (the main window hands over the English one)."""
        return localized_catalogue(self.catalogue, self.language())

    def recommendations(self) -> Recommendations:
        """The recommendations in :meth:`language`, from the catalogue in that language."""
        language = self.language()
        catalogue = localized_catalogue(self.catalogue, language)
        return recommend(self.profile(), catalogue, self.today, language=language)

    # --- the shortlist choice ------------------------------------------------------------

    @property
    def chosen_codes(self) -> list[str]:
        return list(self._chosen)

    def set_chosen(self, code: str, chosen: bool) -> None:
        """Tick or untick an action; the chosen codes keep the order of the ranking."""
        codes = [c for c in self._chosen if c != code]
        if chosen:
            codes.append(code)
        rank = {c: i for i, c in enumerate(self._ranking)}
        codes.sort(key=lambda c: rank.get(c, len(rank)))
        if codes != self._chosen:
            self._chosen = codes
            self.choice_changed.emit()

    def keep_chosen(self, codes: list[str]) -> None:
        """Take ``codes`` as the new ranking: order the chosen codes by it, drop the rest."""
        self._ranking = list(codes)
        kept = [c for c in codes if c in self._chosen]
        if kept != self._chosen:
            self._chosen = kept
            self.choice_changed.emit()

    @property
    def target_id(self) -> str | None:
        return self._target_id

    def set_target_id(self, shortlist_id: str | None) -> None:
        if shortlist_id is not None and shortlist_id not in {s for s, _ in self.shortlists}:
            raise ValueError(f"unknown shortlist {shortlist_id!r}")
        if shortlist_id != self._target_id:
            self._target_id = shortlist_id
            self.choice_changed.emit()

    @property
    def new_name(self) -> str:
        return self._new_name

    def set_new_name(self, name: str) -> None:
        if name != self._new_name:
            self._new_name = name
            self.choice_changed.emit()

    def choice_complete(self) -> bool:
        return self._target_id is not None or bool(self._new_name.strip())

    # --- the result ----------------------------------------------------------------------

    def result(self) -> WizardResult:
        """The profile of the answers and the shortlist choice; ValidationError while a
        required answer is missing."""
        return WizardResult(
            profile=self.profile(),
            codes=tuple(self._chosen),
            shortlist_id=self._target_id,
            new_name=self._new_name.strip(),
        )
