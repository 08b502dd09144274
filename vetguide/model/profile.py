"""The institution profile: what the wizard or a profile file tells about the organisation."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

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


class Partner(BaseModel):
    """Another organisation already known for the project (the applicant is not listed)."""

    model_config = ConfigDict(extra="forbid")

    country: CountryCode
    organisation_type: OrganisationType | None = None
    name: str = Field(default="", max_length=300)


class InstitutionProfile(BaseModel):
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
