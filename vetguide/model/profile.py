"""The institution profile: what the wizard or a profile file tells about the organisation.

Besides the profile itself: :class:`ProfileDraft`, the answers of the wizard while the
required ones may still be missing (its fields and limits are the profile's own);
:data:`PROFILE_LIMITS`, the limits an input widget needs, read from the profile's fields;
and :class:`WizardResult`, everything the wizard hands back when it is accepted.
"""

from __future__ import annotations

from copy import copy
from dataclasses import dataclass
from typing import Annotated, Any

from annotated_types import Ge, Le, MaxLen
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

from vetguide.model.base import Model
from vetguide.model.resources import load_countries
from vetguide.model.vocab import Experience, Goal, OrganisationType

PROFILE_SCHEMA_VERSION = 1


def check_country(code: str) -> str:
    """Normalise a country code and check it is one the data knows."""
    code = code.strip().upper()
    if load_countries().get(code) is None:
        known = ", ".join(sorted(c.code for c in load_countries().countries))
        raise ValueError(
            f"unknown country '{code}'; use an ISO 3166-1 alpha-2 code, one of: {known}"
        )
    return code


CountryCode = Annotated[str, AfterValidator(check_country)]


class Partner(Model):
    """Another organisation already known for the project (the applicant is not listed)."""

    model_config = ConfigDict(extra="forbid")

    country: CountryCode
    organisation_type: OrganisationType | None = None
    name: str = Field(default="", max_length=300)


class InstitutionProfile(Model):
    model_config = ConfigDict(extra="forbid")

    schema_version: int = Field(default=PROFILE_SCHEMA_VERSION, ge=1, le=PROFILE_SCHEMA_VERSION)
    name: str = Field(default="", max_length=300)
    organisation_type: OrganisationType
    country: CountryCode
    holds_vet_accreditation: bool = False
    holds_eche: bool = False
    short_term_grants_previous_4_calls: int = Field(default=0, ge=0, le=4)
    experience: Experience = Experience.NEWCOMER
    goals: list[Goal] = Field(default_factory=list)
    partners: list[Partner] = Field(default_factory=list, max_length=200)
    participants: int | None = Field(
        default=None,
        ge=0,
        le=100_000,
        description="Planned mobility participants; None = not known",
    )

    @field_validator("goals")
    @classmethod
    def _unique_goals(cls, goals: list[Goal]) -> list[Goal]:
        return list(dict.fromkeys(goals))


# --- limits of the answers, for the input widgets ---------------------------------------------


def max_length(model: type[BaseModel], field: str) -> int:
    """The longest value ``model`` accepts for ``field``."""
    return next(m.max_length for m in model.model_fields[field].metadata if isinstance(m, MaxLen))


def number_range(model: type[BaseModel], field: str) -> tuple[int, int]:
    """The lowest and highest whole number ``model`` accepts for ``field``."""
    metadata = model.model_fields[field].metadata
    low = next(m.ge for m in metadata if isinstance(m, Ge))
    high = next(m.le for m in metadata if isinstance(m, Le))
    assert isinstance(low, int) and isinstance(high, int)
    return low, high


@dataclass(frozen=True)
class ProfileLimits:
    """What an input of the profile's answers may hold: the profile's own limits."""

    name_max_length: int
    grants_range: tuple[int, int]
    participants_range: tuple[int, int]
    partner_name_max_length: int


PROFILE_LIMITS = ProfileLimits(
    name_max_length=max_length(InstitutionProfile, "name"),
    grants_range=number_range(InstitutionProfile, "short_term_grants_previous_4_calls"),
    participants_range=number_range(InstitutionProfile, "participants"),
    partner_name_max_length=max_length(Partner, "name"),
)


# --- the wizard's answers -----------------------------------------------------------------------


def _as_in_profile(field: str) -> Any:
    """The profile's own definition of ``field``: its default, limits and description."""
    return copy(InstitutionProfile.model_fields[field])


class ProfileDraft(Model):
    """The answers given so far; :meth:`to_profile` turns them into a valid profile.

    Shaped like :class:`InstitutionProfile` (without its schema version), with the same
    defaults and limits, except that the answers the profile requires (type, country) may
    still be missing; the country is checked when the profile is made.
    """

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    name: str = _as_in_profile("name")
    organisation_type: OrganisationType | None = None
    country: str | None = None
    holds_vet_accreditation: bool = _as_in_profile("holds_vet_accreditation")
    holds_eche: bool = _as_in_profile("holds_eche")
    short_term_grants_previous_4_calls: int = _as_in_profile("short_term_grants_previous_4_calls")
    experience: Experience = _as_in_profile("experience")
    goals: list[Goal] = _as_in_profile("goals")
    partners: list[Partner] = _as_in_profile("partners")
    participants: int | None = _as_in_profile("participants")

    @classmethod
    def from_profile(cls, profile: InstitutionProfile | None, country: str | None) -> ProfileDraft:
        """The answers of ``profile``; without one, no answers but ``country``."""
        if profile is None:
            return cls(country=country)
        return cls.model_validate(profile.model_dump(exclude={"schema_version"}))

    def to_profile(self) -> InstitutionProfile:
        """The profile of these answers; ValidationError while a required one is missing."""
        return InstitutionProfile.model_validate(self.model_dump())


@dataclass(frozen=True)
class WizardResult:
    """What the "Find my actions" wizard hands back when accepted.

    The profile of the answers; the actions ticked, in the order of the ranking; and where to
    keep them: the existing shortlist ``shortlist_id``, or (when it is None) a new shortlist
    named ``new_name`` ("" when the user left the name empty).
    """

    profile: InstitutionProfile
    codes: tuple[str, ...]
    shortlist_id: str | None
    new_name: str
