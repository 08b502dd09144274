"""The catalogue: Erasmus+ actions for VET as validated data.

Every fact a user can see is a :class:`Fact`: a value plus the ids of the sources it comes
from and whether it was verified against an official or national-agency source. Sources are
listed once per file and referred to by id.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Annotated, Generic, Literal, TypeVar

from pydantic import ConfigDict, Field, model_validator

from vetguide.model.base import Model
from vetguide.model.vocab import (
    CountryStatus,
    Family,
    Goal,
    OrganisationType,
    PartnerRole,
    Role,
    SourceKind,
    SubmitTo,
)

T = TypeVar("T")

CATALOGUE_SCHEMA_VERSION = 1


class Strict(Model):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(Strict):
    url: str = Field(pattern=r"^https?://")
    title: str
    kind: SourceKind
    guide_year: str = Field(description="Programme Guide or call year the source speaks of")
    country: str | None = Field(
        default=None,
        pattern=r"^[A-Z]{2}$",
        description="For a national agency or office: the country it serves (ISO code)",
    )


# How sources are listed: official first, then national agencies, then third-party pages.
SOURCE_ORDER = (SourceKind.OFFICIAL, SourceKind.NATIONAL_AGENCY, SourceKind.THIRD_PARTY)


class Fact(Strict, Generic[T]):
    """A value shown to users, with where it comes from."""

    value: T
    sources: list[str] = Field(min_length=1)
    verified: bool
    note: str | None = None


# --- criteria -----------------------------------------------------------------------------


class _CriterionBase(Strict):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    role: Role = Role.APPLICANT
    hard: bool = Field(
        description="True: failing it excludes the organisation for this call (ineligible). "
        "False: the organisation can still fix it (conditional)."
    )
    sources: list[str] = Field(min_length=1)
    verified: bool
    note: str | None = None
    design_limit: bool = Field(
        default=False,
        description="True: a limit on the future project (e.g. how many participants), not on "
        "the organisation. It is shown as a limit to plan for and never changes the verdict.",
    )


class OrganisationTypeCriterion(_CriterionBase):
    kind: Literal["organisation_type"]
    allowed: list[OrganisationType] = Field(min_length=1)
    conditional: list[OrganisationType] = Field(
        default_factory=list,
        description="Types accepted only if they meet `condition` (e.g. a university with a "
        "role in VET): the outcome is a condition to meet, not a hard exclusion",
    )
    condition: str | None = Field(
        default=None, description="What a `conditional` type must show, in the user's words"
    )

    @model_validator(mode="after")
    def _condition_given(self) -> OrganisationTypeCriterion:
        if self.conditional and not self.condition:
            raise ValueError("conditional types need a condition text")
        if set(self.conditional) & set(self.allowed):
            raise ValueError("a type is both allowed and conditional")
        return self


class CountryStatusCriterion(_CriterionBase):
    kind: Literal["country_status"]
    allowed: list[CountryStatus] = Field(min_length=1)
    regions: list[int] = Field(
        default_factory=list,
        description="Non-associated regions accepted; empty means every region of an allowed status",
    )


class RequiresAccreditationCriterion(_CriterionBase):
    kind: Literal["requires_vet_accreditation"]


class ExcludesAccreditationCriterion(_CriterionBase):
    kind: Literal["excludes_vet_accreditation"]


class ShortTermGrantLimitCriterion(_CriterionBase):
    kind: Literal["short_term_grant_limit"]
    max_grants: int = Field(ge=1)
    window_call_years: int = Field(ge=2)


class EcheCriterion(_CriterionBase):
    kind: Literal["eche_for_higher_education"]


class MinPartnershipCriterion(_CriterionBase):
    kind: Literal["min_partnership"]
    min_organisations: int = Field(ge=1, description="Including the applicant")
    min_countries: int = Field(ge=1, description="Distinct countries of the counted statuses")
    counted: list[CountryStatus] = Field(min_length=1)
    min_eu_member_states: int = Field(default=0, ge=0)


class NonAssociatedPartnersCriterion(_CriterionBase):
    kind: Literal["non_associated_partners"]
    min_organisations: int = Field(ge=1)
    min_countries: int = Field(ge=1)
    regions: list[int] = Field(min_length=1)
    eu_side_may_not_outnumber: bool
    one_region: bool = Field(
        default=False,
        description="True: all non-associated partners must come from one and the same region "
        "(cross-regional projects are not eligible)",
    )


# --- who may be a partner, country by country --------------------------------------------


class CountryGroup(Strict):
    """Countries of one Erasmus+ status (and, for non-associated countries, of some regions).

    ``condition``: when set, an organisation from this group is accepted only if it meets
    the condition (e.g. KA220: "it brings essential added value"). The recommender shows it
    as a condition to meet, never as a silent pass.
    """

    status: CountryStatus
    regions: list[int] = Field(
        default_factory=list,
        description="Only for non_associated: the regions accepted; empty means all regions",
    )
    condition: str | None = None

    @model_validator(mode="after")
    def _regions_only_for_non_associated(self) -> CountryGroup:
        if self.regions and self.status is not CountryStatus.NON_ASSOCIATED:
            raise ValueError("regions are only for the non_associated status")
        return self

    def contains(self, status: CountryStatus, region: int | None) -> bool:
        if status is not self.status:
            return False
        return not self.regions or region in self.regions


class CountryExclusion(Strict):
    """Organisations of some countries that may not take part, whatever their group says.

    ``who``: ``all_organisations`` (every organisation of these countries is refused) or
    ``public_bodies`` (the sources exclude only public bodies and the bodies they control;
    the recommender shows that as a condition to check, in exactly these words: ``text``).
    ``roles``: the partner roles the exclusion applies to.
    """

    countries: list[str] = Field(min_length=1, description="ISO 3166-1 alpha-2 codes")
    who: Literal["all_organisations", "public_bodies"]
    roles: list[PartnerRole] = Field(
        default_factory=lambda: [PartnerRole.FULL_PARTNER, PartnerRole.ASSOCIATED_PARTNER],
        min_length=1,
    )
    barred_types: list[OrganisationType] = Field(
        default_factory=list,
        description="With public_bodies: the organisation types the sources count as such "
        "bodies in every case (a partner of such a type is refused, not a condition)",
    )
    text: str = Field(description="What the sources say, in our own words")
    sources: list[str] = Field(min_length=1)
    verified: bool
    note: str | None = None

    def bars(self, organisation_type: OrganisationType | None) -> bool:
        """Whether an organisation of ``organisation_type`` (None: not known) is refused."""
        return self.who == "all_organisations" or organisation_type in self.barred_types


class PartnerCountriesCriterion(_CriterionBase):
    """Which countries the other organisations of a project may come from, per partner role.

    One rule, checked in two places:

    - as applicant (``role: applicant``, the only role allowed here): **every listed partner**
      of the profile is checked as a full partner. A partner from a country no group accepts,
      or one excluded for all organisations, fails the criterion (the fix names the partner,
      says whether it may join as an associated partner instead, and which other actions of
      the catalogue would accept it). A partner from a group with a ``condition``, or one hit
      by a ``public_bodies`` exclusion, turns the outcome into a condition to meet.
    - as partner: :meth:`Action.criteria_for` also returns this criterion for the partner
      role, and it checks the user's own organisation as a prospective full partner.

    ``associated_partners`` is ``None`` when the action has no associated-partner role or
    the sources say nothing about their countries.
    """

    kind: Literal["partner_countries"]
    full_partners: list[CountryGroup] = Field(min_length=1)
    associated_partners: list[CountryGroup] | None = None
    exclusions: list[CountryExclusion] = Field(default_factory=list)

    @model_validator(mode="after")
    def _applicant_role(self) -> PartnerCountriesCriterion:
        if self.role is not Role.APPLICANT:
            raise ValueError("partner_countries is listed once, with role 'applicant'")
        return self

    def groups_for(self, role: PartnerRole) -> list[CountryGroup]:
        if role is PartnerRole.FULL_PARTNER:
            return self.full_partners
        return self.associated_partners or []


class PartnerTypeGroup(Strict):
    label: str
    types: list[OrganisationType] = Field(min_length=1)
    min: int = Field(ge=1)


class PartnerTypesCriterion(_CriterionBase):
    kind: Literal["partner_types"]
    per_country: bool
    groups: list[PartnerTypeGroup] = Field(min_length=1)
    country_statuses: list[CountryStatus] = Field(
        default_factory=lambda: list(CountryStatus),
        min_length=1,
        description="With per_country: only countries of these statuses are checked (CoVE: "
        "EU Member States and associated countries, not non-associated partners)",
    )


class MaxParticipantsCriterion(_CriterionBase):
    kind: Literal["max_participants"]
    max: int = Field(ge=1)


Criterion = Annotated[
    OrganisationTypeCriterion
    | CountryStatusCriterion
    | RequiresAccreditationCriterion
    | ExcludesAccreditationCriterion
    | ShortTermGrantLimitCriterion
    | EcheCriterion
    | MinPartnershipCriterion
    | NonAssociatedPartnersCriterion
    | PartnerTypesCriterion
    | MaxParticipantsCriterion
    | PartnerCountriesCriterion,
    Field(discriminator="kind"),
]


# --- key data -----------------------------------------------------------------------------


class Deadline(Strict):
    call_year: int
    round: int = Field(default=1, ge=1)
    at: datetime = Field(description="Local wall-clock time in `time_zone`, no offset")
    time_zone: str = "Europe/Brussels"
    optional: bool = Field(
        default=False, description="Only if the national agency opens this round"
    )
    sources: list[str] = Field(min_length=1)
    verified: bool
    note: str | None = None

    @model_validator(mode="after")
    def _naive(self) -> Deadline:
        if self.at.tzinfo is not None:
            raise ValueError("'at' is local time in time_zone and must carry no UTC offset")
        return self


class Duration(Strict):
    min_months: int | None = Field(default=None, ge=1)
    max_months: int | None = Field(default=None, ge=1)
    text: str


class Grant(Strict):
    model: Literal["lump_sum", "unit_costs", "none"]
    options_eur: list[int] = Field(default_factory=list)
    max_eur: int | None = None
    min_eur: int | None = None
    funding_rate_percent: int | None = Field(default=None, ge=1, le=100)
    text: str


class GrantOptionFit(Strict):
    """What size of work plan a lump-sum option usually fits."""

    amount_eur: int
    fits: str


class Activity(Strict):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    name: str
    participants: str
    min_days: int | None = Field(default=None, ge=1)
    max_days: int | None = Field(default=None, ge=1)
    goals: list[Goal] = Field(min_length=1)
    sources: list[str] = Field(min_length=1)
    verified: bool
    note: str | None = None


class Cluster(Strict):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    title: str
    description: str
    examples: list[str] = Field(min_length=1)
    goals: list[Goal] = Field(min_length=1)
    sources: list[str] = Field(min_length=1)
    verified: bool


class RoleDescription(Strict):
    """Who may take a role, in words (the rules themselves are criteria)."""

    name: str = Field(
        description="What the role is called in this action, e.g. 'hosting organisation'"
    )
    who: Fact[str]


class Action(Strict):
    code: str = Field(pattern=r"^[A-Z0-9-]+$")
    family: Family
    title: str
    official_title: str | None = Field(
        default=None,
        description="The English title, when `title` is a translation (filled at load)",
    )
    summary: str
    goals: list[Goal] = Field(min_length=1, description="Goals this action serves, strongest first")
    submit_to: Fact[SubmitTo]
    applicant: RoleDescription
    partner: RoleDescription | None = None
    partnership: Fact[str] | None = None
    duration: Fact[Duration]
    grant: Fact[Grant]
    grant_fits: list[GrantOptionFit] = Field(default_factory=list)
    limits: list[Fact[str]] = Field(default_factory=list)
    deadlines: list[Deadline] = Field(min_length=1)
    activities: list[Activity] = Field(default_factory=list)
    clusters: list[Cluster] = Field(default_factory=list)
    criteria: list[Criterion] = Field(min_length=1)
    links: list[str] = Field(min_length=1, description="Source ids of the official pages to read")

    def criteria_for(self, role: Role) -> list[Criterion]:
        """The criteria checked for ``role``; a ``partner_countries`` rule counts for both."""
        return [
            c
            for c in self.criteria
            if c.role == role or (role is Role.PARTNER and c.kind == "partner_countries")
        ]

    def partner_countries(self) -> PartnerCountriesCriterion | None:
        return next((c for c in self.criteria if isinstance(c, PartnerCountriesCriterion)), None)

    def deadlines_for(self, call_year: int) -> list[Deadline]:
        return sorted((d for d in self.deadlines if d.call_year == call_year), key=lambda d: d.at)

    def ordered_source_ids(self) -> list[str]:
        """Every source the action cites: its links first, then the others by id."""
        return [*self.links, *sorted(self.source_ids() - set(self.links))]

    def source_ids(self) -> set[str]:
        ids: set[str] = set(self.links)
        facts: list[Fact[object]] = [self.submit_to, self.applicant.who, self.duration, self.grant]  # type: ignore[list-item]
        if self.partner is not None:
            facts.append(self.partner.who)  # type: ignore[arg-type]
        if self.partnership is not None:
            facts.append(self.partnership)  # type: ignore[arg-type]
        facts.extend(self.limits)  # type: ignore[arg-type]
        for fact in facts:
            ids.update(fact.sources)
        for group in (self.deadlines, self.activities, self.clusters, self.criteria):
            for item in group:
                ids.update(item.sources)
        rule = self.partner_countries()
        if rule is not None:
            for exclusion in rule.exclusions:
                ids.update(exclusion.sources)
        return ids


class CallNotice(Strict):
    """When the call for proposals of a call year was published.

    Before that day the deadlines of that call year are known only from the Guide or from
    earlier patterns, so they are shown as upcoming, not open.
    """

    call_year: int
    reference: str | None = Field(default=None, description="e.g. EAC/A12/2025")
    published: date
    sources: list[str] = Field(min_length=1)
    verified: bool
    note: str | None = None


class FieldPointer(Strict):
    """Where an organisation whose main field is not VET finds the actions of its own field.

    The VET actions stay listed with their verdicts; this names the strands of the same
    Erasmus+ actions in the organisation's field (codes like ``KA122-SCH``, not in this
    catalogue), so that the user is not left with a wall of "not eligible".
    """

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    organisation_types: list[OrganisationType] = Field(min_length=1)
    title: str = Field(description="The field, e.g. 'School education'")
    text: str
    actions: list[str] = Field(min_length=1, description="Action codes of that field")
    sources: list[str] = Field(min_length=1)
    verified: bool
    note: str | None = None


class Catalogue(Strict):
    schema_version: Literal[1]
    call_year: int
    data_as_of: date
    guide_note: str
    calls: list[CallNotice] = Field(default_factory=list)
    sources: dict[str, Source]
    actions: list[Action] = Field(min_length=1)
    other_fields: list[FieldPointer] = Field(default_factory=list)

    @model_validator(mode="after")
    def _references(self) -> Catalogue:
        codes = [a.code for a in self.actions]
        duplicates = {c for c in codes if codes.count(c) > 1}
        if duplicates:
            raise ValueError(f"duplicate action codes: {sorted(duplicates)}")
        for action in self.actions:
            missing = action.source_ids() - self.sources.keys()
            if missing:
                raise ValueError(f"{action.code} cites unknown sources: {sorted(missing)}")
        years = [c.call_year for c in self.calls]
        if len(years) != len(set(years)):
            raise ValueError("a call year is listed twice in calls")
        for pointer in self.other_fields:
            missing = set(pointer.sources) - self.sources.keys()
            if missing:
                raise ValueError(
                    f"other field {pointer.id} cites unknown sources: {sorted(missing)}"
                )
        for call in self.calls:
            missing = set(call.sources) - self.sources.keys()
            if missing:
                raise ValueError(f"call {call.call_year} cites unknown sources: {sorted(missing)}")
        return self

    def action(self, code: str) -> Action:
        for action in self.actions:
            if action.code == code:
                return action
        raise KeyError(code)

    def grouped_sources(
        self, ids: Iterable[str], home_country: str | None = None
    ) -> list[tuple[SourceKind, list[str]]]:
        """``ids`` by kind, in :data:`SOURCE_ORDER` (empty kinds left out); each kind keeps the
        order of ``ids``, except that the national agency of ``home_country`` comes first."""
        unique = list(dict.fromkeys(ids))
        groups: list[tuple[SourceKind, list[str]]] = []
        for kind in SOURCE_ORDER:
            chosen = [i for i in unique if self.sources[i].kind is kind]
            if kind is SourceKind.NATIONAL_AGENCY and home_country:
                chosen.sort(key=lambda i: self.sources[i].country != home_country)
            if chosen:
                groups.append((kind, chosen))
        return groups

    def third_party_only(self, ids: Iterable[str]) -> bool:
        """True when every one of ``ids`` is a third-party page (no official or agency source)."""
        kinds = [self.sources[i].kind for i in ids if i in self.sources]
        return bool(kinds) and all(k is SourceKind.THIRD_PARTY for k in kinds)

    def field_pointer(self, organisation_type: OrganisationType) -> FieldPointer | None:
        """The pointer to the strands of another field for this type of organisation."""
        return next(
            (p for p in self.other_fields if organisation_type in p.organisation_types), None
        )

    def by_family(self) -> dict[Family, list[Action]]:
        grouped: dict[Family, list[Action]] = {family: [] for family in Family}
        for action in self.actions:
            grouped[action.family].append(action)
        return grouped
