"""The wizard's state: one profile draft and the user's shortlist choice, behind signals.

Pages read from and write to a :class:`WizardPresenter`; they never keep answers of their
own. The draft is a pydantic model shaped like :class:`InstitutionProfile` whose required
answers (type, country) may still be missing while the user is on the first page; the
complete profile is validated from it only when asked for.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field
from PySide6.QtCore import QObject, Signal

from vetguide.model.catalogue import Action, Catalogue
from vetguide.model.deadlines import shown_call_year
from vetguide.model.profile import InstitutionProfile, Partner
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


class ProfileDraft(BaseModel):
    """The answers given so far; :meth:`to_profile` turns them into a valid profile."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    name: str = Field(default="", max_length=300)
    organisation_type: OrganisationType | None = None
    country: str | None = None
    holds_vet_accreditation: bool = False
    holds_eche: bool = False
    short_term_grants_previous_4_calls: int = Field(default=0, ge=0, le=4)
    experience: Experience = Experience.NEWCOMER
    goals: list[Goal] = Field(default_factory=list)
    partners: list[Partner] = Field(default_factory=list)
    participants: int | None = Field(default=None, ge=0, le=100_000)

    @classmethod
    def from_profile(cls, profile: InstitutionProfile | None) -> ProfileDraft:
        if profile is None:
            return cls(country=DEFAULT_COUNTRY)
        data = profile.model_dump(exclude={"schema_version"})
        return cls.model_validate(data)

    def to_profile(self) -> InstitutionProfile:
        return InstitutionProfile.model_validate(self.model_dump())


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
        self._draft = ProfileDraft.from_profile(initial)
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

    def set_answer(self, field: str, value: object) -> None:
        """Set one scalar answer (validated); emits ``profile_changed`` when it changed."""
        if field in ("goals", "partners"):
            raise ValueError(f"use the dedicated setter for {field}")
        if getattr(self._draft, field) == value:
            return
        setattr(self._draft, field, value)
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
