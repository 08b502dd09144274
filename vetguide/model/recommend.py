"""The recommender: a pure, explainable function from a profile to ranked actions.

``recommend(profile, catalogue, today)`` checks every criterion of every action, once for
the organisation as applicant and once as partner, and answers the three questions of the
guide: which mobility route, which partnership size and which CoVE clusters.

Each criterion kind has one small evaluator returning an :class:`Outcome` and the values
that fill its explanation template (``resources/texts/<lang>.json``). Verdicts are built
from the outcomes only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import Field

from vetguide.model.base import Model
from vetguide.model.call_years import CallRules, call_rules, rules_for_shown_call
from vetguide.model.catalogue import (
    Action,
    Catalogue,
    CountryExclusion,
    CountryGroup,
    CountryStatusCriterion,
    Criterion,
    EcheCriterion,
    ExcludesAccreditationCriterion,
    MaxParticipantsCriterion,
    MinPartnershipCriterion,
    NonAssociatedPartnersCriterion,
    OrganisationTypeCriterion,
    PartnerCountriesCriterion,
    PartnerTypesCriterion,
    RequiresAccreditationCriterion,
    ShortTermGrantLimitCriterion,
)
from vetguide.model.countries import CountryTable
from vetguide.model.deadlines import DeadlineInfo, deadline_of_call, next_deadline
from vetguide.model.formatting import is_serbian
from vetguide.model.profile import InstitutionProfile
from vetguide.model.resources import load_countries, load_countries_for_call, load_texts
from vetguide.model.texts import Texts
from vetguide.model.vocab import (
    CountryStatus,
    Experience,
    Family,
    Goal,
    OrganisationType,
    Outcome,
    PartnerRole,
    Role,
    SubmitTo,
    Verdict,
)

ACCREDITATION = "KA120-VET"
ACCREDITED_PROJECT = "KA121-VET"
SHORT_TERM_PROJECT = "KA122-VET"
SMALL_SCALE = "KA210-VET"
COOPERATION = "KA220-VET"

MOBILITY_GOALS = (
    Goal.LEARNER_MOBILITY,
    Goal.STAFF_MOBILITY,
    Goal.HOST_EXPERTS,
    Goal.WORK_BASED_LEARNING,
)
VERDICT_ORDER = {Verdict.ELIGIBLE: 0, Verdict.CONDITIONAL: 1, Verdict.INELIGIBLE: 2}
ROUTE_BONUS = 10  # fit points for the action the mobility or partnership advice picks
EXPERIENCE_POINTS = {Experience.NEWCOMER: 0, Experience.SOME: 1, Experience.EXPERIENCED: 2}


# --- results ------------------------------------------------------------------------------


class CriterionResult(Model):
    id: str
    kind: str
    role: Role
    label: str
    outcome: Outcome
    hard: bool
    explanation: str
    fix: str | None
    verified: bool
    sources: list[str]
    note: str | None = None
    third_party_only: bool = Field(
        default=False, description="Every source of the rule is a third-party page"
    )
    design_limit: bool = False


class ActionResult(Model):
    code: str
    title: str
    family: Family
    verdict: Verdict
    partner_verdict: Verdict | None = Field(
        description="None: the action has no partner role (a single applicant)"
    )
    fit: int
    matched_goals: list[Goal]
    reasons: list[str]
    criteria: list[CriterionResult]
    partner_criteria: list[CriterionResult]
    submit_to: SubmitTo
    deadline: DeadlineInfo | None
    rules_call_year: int | None = None  # the call whose rules were applied (None: not given)
    rules_expected: bool = False  # True: that call's rules are expected (no data file yet)


class ActivityMatch(Model):
    id: str
    name: str
    min_days: int | None
    max_days: int | None
    matched_goals: list[Goal]
    verified: bool


class MobilityAdvice(Model):
    code: str
    title: str
    next_step: str | None
    reasons: list[str]
    activities: list[ActivityMatch]


class PartnershipAdvice(Model):
    code: str
    title: str
    lump_sum_eur: int
    reasons: list[str]


class ClusterAdvice(Model):
    id: str
    title: str
    matched_goals: list[Goal]
    examples: list[str]
    reason: str
    verified: bool


class FieldAdvice(Model):
    """The organisation's own field is not VET: where its own strands are."""

    id: str
    title: str
    text: str
    actions: list[str]
    sources: list[str]
    verified: bool


class Recommendations(Model):
    call_year: int
    data_as_of: date
    today: date
    rules: CallRules = Field(
        description="The call whose rules were applied: the newest call shown (each action "
        "also carries its own rules_call_year)"
    )
    actions: list[ActionResult]
    mobility: MobilityAdvice | None
    partnership: PartnershipAdvice | None
    cove_clusters: list[ClusterAdvice]
    other_field: FieldAdvice | None = None

    def result(self, code: str) -> ActionResult:
        for item in self.actions:
            if item.code == code:
                return item
        raise KeyError(code)

    def open_actions(self) -> list[ActionResult]:
        """Actions open to the organisation as applicant (eligible or possible with changes),
        in rank order."""
        return [r for r in self.actions if r.verdict is not Verdict.INELIGIBLE]

    def recommended(self) -> list[ActionResult]:
        """The open actions that serve at least one of the user's goals: only these are
        called recommended (with no goals chosen, none is)."""
        return [r for r in self.open_actions() if r.matched_goals]

    def also_open(self) -> list[ActionResult]:
        """The open actions that serve none of the user's goals."""
        return [r for r in self.open_actions() if not r.matched_goals]

    def group_of(self, code: str) -> str:
        """``recommended``, ``also_open`` or ``other`` (not open as applicant, or unknown)."""
        try:
            result = self.result(code)
        except KeyError:
            return "other"
        if result.verdict is Verdict.INELIGIBLE:
            return "other"
        return "recommended" if result.matched_goals else "also_open"


# --- evaluation context --------------------------------------------------------------------


@dataclass(frozen=True)
class _Member:
    """One organisation of the planned partnership (the applicant included)."""

    country: str
    status: CountryStatus
    region: int | None
    organisation_type: OrganisationType | None


@dataclass(frozen=True)
class _Context:
    profile: InstitutionProfile
    action: Action
    role: Role
    countries: CountryTable
    texts: Texts
    call_year: int | None = None  # the call whose rules apply (for pending country changes)
    others: tuple[Action, ...] = ()  # the rest of the catalogue, for "it may join … instead"

    def member(self, code: str, organisation_type: OrganisationType | None) -> _Member:
        country = self.countries.get(code)
        assert country is not None, code  # profiles are validated against the same table
        return _Member(code, country.status, country.region, organisation_type)

    @property
    def members(self) -> list[_Member]:
        own = self.member(self.profile.country, self.profile.organisation_type)
        others = [self.member(p.country, p.organisation_type) for p in self.profile.partners]
        return [own, *others]

    def pending_note(self, code: str) -> str | None:
        """The note of an unconfirmed status change of ``code`` for the call year, if any."""
        if self.call_year is None:
            return None
        change = self.countries.pending(code, self.call_year)
        return change.note if change is not None else None

    def country_name(self, code: str) -> str:
        country = self.countries.get(code)
        return country.name if country else code

    def region_names(self, numbers: Sequence[int]) -> str:
        names = []
        for number in numbers:
            region = self.countries.region(number)
            names.append(region.name if region else str(number))
        return self.join(names)

    def join(self, items: Sequence[str], word: str = "and") -> str:
        items = list(items)
        if len(items) <= 1:
            return "".join(items)
        return f"{', '.join(items[:-1])} {self.texts.phrase(word)} {items[-1]}"

    def type_label(self, organisation_type: OrganisationType) -> str:
        return self.texts.organisation_types[organisation_type].label

    def type_in_sentence(self, organisation_type: OrganisationType) -> str:
        """The type's label inside a sentence: Serbian writes it in lowercase there."""
        label = self.type_label(organisation_type)
        if is_serbian(self.texts.language) and label[1:2].islower():
            return label[:1].lower() + label[1:]
        return label

    @property
    def role_name(self) -> str:
        if self.role is Role.PARTNER and self.action.partner is not None:
            return self.action.partner.name
        return self.action.applicant.name


Values = dict[str, Any]
Evaluation = tuple[Outcome, Values]


def _plural(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


# --- evaluators, one per criterion kind -------------------------------------------------------


def _organisation_type(c: OrganisationTypeCriterion, ctx: _Context) -> Evaluation:
    own = ctx.profile.organisation_type
    values = {
        "org_type": ctx.type_in_sentence(own),
        # A list with "; ": a type's own name may hold "or"/"and" ("University or college").
        "allowed": "; ".join(ctx.type_in_sentence(t) for t in c.allowed),
        "condition": c.condition or "",
    }
    if own in c.conditional:
        return Outcome.UNKNOWN, values
    return (Outcome.MET if own in c.allowed else Outcome.NOT_MET), values


def _country_status(c: CountryStatusCriterion, ctx: _Context) -> Evaluation:
    me = ctx.member(ctx.profile.country, None)
    values = {
        "country": ctx.country_name(me.country),
        "status": ctx.texts.country_status[me.status],
        "allowed": ctx.join([ctx.texts.country_status[s] for s in c.allowed]),
        "extra": "",
    }
    ok = me.status in c.allowed
    if ok and me.status is CountryStatus.NON_ASSOCIATED and c.regions:
        ok = me.region in c.regions
        values["extra"] = " " + ctx.texts.phrase(
            "accepted_regions", regions=ctx.region_names(c.regions)
        )
    elif ok and c.regions and me.status is not CountryStatus.NON_ASSOCIATED:
        values["extra"] = " " + ctx.texts.phrase("counts_on_eu_side", country=values["country"])
    pending = ctx.pending_note(me.country)
    if pending is not None:
        values["extra"] += " " + pending
        if not ok:
            return Outcome.UNKNOWN, values
    return (Outcome.MET if ok else Outcome.NOT_MET), values


def _requires_accreditation(c: RequiresAccreditationCriterion, ctx: _Context) -> Evaluation:
    return (Outcome.MET if ctx.profile.holds_vet_accreditation else Outcome.NOT_MET), {}


def _excludes_accreditation(c: ExcludesAccreditationCriterion, ctx: _Context) -> Evaluation:
    return (Outcome.NOT_MET if ctx.profile.holds_vet_accreditation else Outcome.MET), {}


def _short_term_limit(c: ShortTermGrantLimitCriterion, ctx: _Context) -> Evaluation:
    grants = ctx.profile.short_term_grants_previous_4_calls
    values = {
        "grants": grants,
        "previous": c.window_call_years - 1,
        "max": c.max_grants,
        "window": c.window_call_years,
    }
    return (Outcome.MET if grants < c.max_grants else Outcome.NOT_MET), values


def _eche(c: EcheCriterion, ctx: _Context) -> Evaluation:
    if ctx.profile.organisation_type is not OrganisationType.HIGHER_EDUCATION:
        return Outcome.MET, {"why": ctx.texts.phrase("eche_not_needed")}
    if ctx.profile.holds_eche:
        return Outcome.MET, {"why": ctx.texts.phrase("eche_held")}
    return Outcome.NOT_MET, {"why": ""}


def _min_partnership(c: MinPartnershipCriterion, ctx: _Context) -> Evaluation:
    counted = [m for m in ctx.members if m.status in c.counted]
    orgs = len(counted)
    countries = len({m.country for m in counted})
    eu_states = len({m.country for m in counted if m.status is CountryStatus.EU})
    where = ctx.join([ctx.texts.country_status_plural[s] for s in c.counted], "or")
    more_orgs = max(0, c.min_organisations - orgs)
    more_countries = max(0, c.min_countries - countries)
    more_eu = max(0, c.min_eu_member_states - eu_states)
    fixes = []
    if more_orgs or more_countries:
        n = max(more_orgs, more_countries)
        todo = ctx.texts.phrase(
            "add_partners",
            n=n,
            organisations=_plural(
                n, ctx.texts.phrase("organisation"), ctx.texts.phrase("organisations")
            ),
            where=where,
        )
        if more_countries:
            todo += ", " + ctx.texts.phrase("from_new_countries", n=more_countries)
        fixes.append(todo)
    if more_eu:
        fixes.append(ctx.texts.phrase("add_eu_states", n=more_eu))
    eu_clause = (
        ctx.texts.phrase("eu_clause", n=c.min_eu_member_states) if c.min_eu_member_states else ""
    )
    values = {
        "orgs": orgs,
        "countries": countries,
        "eu_states": eu_states,
        "min_orgs": c.min_organisations,
        "min_countries": c.min_countries,
        "where": where,
        "eu_clause": eu_clause,
        "todo": "; ".join(fixes),
    }
    return (Outcome.NOT_MET if fixes else Outcome.MET), values


def _non_associated(c: NonAssociatedPartnersCriterion, ctx: _Context) -> Evaluation:
    members = ctx.members
    rule = ctx.action.partner_countries()
    na = [
        m
        for m in members
        if m.status is CountryStatus.NON_ASSOCIATED
        and m.region in c.regions
        and not (rule is not None and _excluded(rule, m, refused_only=True))
    ]
    eu_side = [m for m in members if m.status is not CountryStatus.NON_ASSOCIATED]
    na_countries = len({m.country for m in na})
    todo = []
    more = max(c.min_organisations - len(na), 0)
    if c.eu_side_may_not_outnumber:
        more = max(more, len(eu_side) - len(na))
    if more:
        todo.append(ctx.texts.phrase("add_non_associated", n=more))
    if na_countries < c.min_countries:
        todo.append(ctx.texts.phrase("na_countries", n=c.min_countries - na_countries))
    regions = list(dict.fromkeys(m.region for m in na if m.region is not None))
    if c.one_region and len(regions) > 1:
        todo.append(ctx.texts.phrase("one_region", regions=ctx.region_names(regions)))
    values = {
        "na": len(na),
        "na_countries": na_countries,
        "eu_side": len(eu_side),
        "min_orgs": c.min_organisations,
        "min_countries": c.min_countries,
        "regions": ctx.region_names(c.regions),
        "todo": "; ".join(todo),
    }
    return (Outcome.NOT_MET if todo else Outcome.MET), values


def _partner_types(c: PartnerTypesCriterion, ctx: _Context) -> Evaluation:
    members = ctx.members
    scopes: list[tuple[str, list[_Member]]]
    if c.per_country:
        codes = list(dict.fromkeys(m.country for m in members if m.status in c.country_statuses))
        scopes = [
            (ctx.country_name(code), [m for m in members if m.country == code]) for code in codes
        ]
    else:
        scopes = [(ctx.texts.phrase("whole_partnership"), members)]
    missing: list[str] = []
    unknown = False
    for scope_name, scope in scopes:
        for group in c.groups:
            have = sum(1 for m in scope if m.organisation_type in group.types)
            if have < group.min:
                missing.append(
                    ctx.texts.phrase(
                        "missing_type", n=group.min - have, label=group.label, scope=scope_name
                    )
                )
                unknown = unknown or any(m.organisation_type is None for m in scope)
    values = {
        "groups": ctx.join([f"{g.min} × {g.label}" for g in c.groups]),
        "scope": ctx.texts.phrase("per_country" if c.per_country else "whole_partnership"),
        "todo": "; ".join(missing),
    }
    if not missing:
        return Outcome.MET, values
    return (Outcome.UNKNOWN if unknown else Outcome.NOT_MET), values


def _max_participants(c: MaxParticipantsCriterion, ctx: _Context) -> Evaluation:
    planned = ctx.profile.participants
    values = {"planned": planned, "max": c.max}
    if planned is None:
        return Outcome.UNKNOWN, values
    return (Outcome.MET if planned <= c.max else Outcome.NOT_MET), values


def _excluded(
    rule: PartnerCountriesCriterion,
    member: _Member,
    role: PartnerRole = PartnerRole.FULL_PARTNER,
    *,
    refused_only: bool = False,
) -> list[CountryExclusion]:
    """The exclusions of ``rule`` that hit ``member`` in ``role`` (``refused_only``: those
    that refuse it outright rather than make a condition of it)."""
    return [
        e
        for e in rule.exclusions
        if member.country in e.countries
        and role in e.roles
        and (e.bars(member.organisation_type) or not refused_only)
    ]


def _accepts(rule: PartnerCountriesCriterion, member: _Member, role: PartnerRole) -> bool:
    """Whether ``rule`` lets an organisation of ``member``'s country join in ``role``."""
    if _excluded(rule, member, role, refused_only=True):
        return False
    return any(g.contains(member.status, member.region) for g in rule.groups_for(role))


def _partner_check(
    rule: PartnerCountriesCriterion, member: _Member, ctx: _Context
) -> tuple[list[str], list[str], bool]:
    """(reasons it is refused, conditions it must meet, all facts used verified) for one org."""
    t = ctx.texts
    name = ctx.country_name(member.country)
    refused: list[str] = []
    conditions: list[str] = []
    verified = True
    for exclusion in _excluded(rule, member):
        text = exclusion.text if exclusion.verified else t.phrase("unverified", text=exclusion.text)
        verified = verified and exclusion.verified
        (refused if exclusion.bars(member.organisation_type) else conditions).append(text)
    group = next((g for g in rule.full_partners if g.contains(member.status, member.region)), None)
    pending = ctx.pending_note(member.country)
    if pending is not None:  # its status for this call is not known yet: a condition to check
        conditions.append(t.phrase("unverified", text=pending))
        verified = False
    elif group is None:
        allowed = [_group_label(g, ctx) for g in rule.full_partners]
        refused.append(
            t.phrase(
                "country_not_accepted",
                country=name,
                status=t.country_status[member.status],
                allowed=ctx.join(allowed, "or"),
            )
        )
    elif group.condition:
        conditions.append(t.phrase("partner_condition", country=name, condition=group.condition))
    return refused, conditions, verified


def _group_label(group: CountryGroup, ctx: _Context) -> str:
    label = ctx.texts.country_status_plural[group.status]
    if group.regions:
        label += " " + ctx.texts.phrase("in_regions", regions=ctx.region_names(group.regions))
    return label


def _partner_countries(c: PartnerCountriesCriterion, ctx: _Context) -> Evaluation:
    t = ctx.texts
    if ctx.role is Role.PARTNER:
        checked = [("", ctx.member(ctx.profile.country, ctx.profile.organisation_type))]
    else:
        checked = [
            (p.name.strip(), ctx.member(p.country, p.organisation_type))
            for p in ctx.profile.partners
        ]
    refused_lines: list[str] = []
    fixes: list[str] = []
    condition_lines: list[str] = []
    verified = c.verified
    for label, member in checked:
        country = ctx.country_name(member.country)
        who = t.phrase("partner_named", name=label, country=country) + ": " if label else ""
        refused, conditions, facts_verified = _partner_check(c, member, ctx)
        verified = verified and facts_verified
        if refused:
            refused_lines.append(who + " ".join(refused))
            fix = t.phrase("remove_partner", country=country)
            if _accepts(c, member, PartnerRole.ASSOCIATED_PARTNER):
                fix += " " + t.phrase("as_associated_partner")
            elsewhere = [a.code for a in ctx.others if _accepts_in(a, member)]
            if elsewhere:
                fix += ". " + t.phrase("may_join_instead", actions=ctx.join(elsewhere, "or"))
            fixes.append(fix)
        elif conditions:
            condition_lines.append(who + " ".join(conditions))
    values: Values = {
        "allowed": ctx.join([_group_label(g, ctx) for g in c.full_partners], "or"),
        "refused": " ".join(refused_lines)
        + (
            " " + t.phrase("also_check", conditions=" ".join(condition_lines))
            if condition_lines
            else ""
        ),
        "conditions": " ".join(condition_lines),
        "checked_text": _checked_text(c, checked, ctx),
        "todo": "; ".join(fixes) or t.phrase("meet_conditions"),
        "verified": verified,
    }
    if refused_lines:
        return Outcome.NOT_MET, values
    return (Outcome.UNKNOWN if condition_lines else Outcome.MET), values


def _checked_text(
    c: PartnerCountriesCriterion, checked: list[tuple[str, _Member]], ctx: _Context
) -> str:
    if not checked:
        return ctx.texts.phrase("no_partners_listed")
    if ctx.role is Role.APPLICANT:
        return ctx.texts.phrase("all_checked", n=len(checked))
    me = checked[0][1]
    text = ctx.texts.phrase("own_country_accepted", country=ctx.country_name(me.country))
    if any(g.regions for g in c.full_partners) and me.status is not CountryStatus.NON_ASSOCIATED:
        text += " " + ctx.texts.phrase("counts_on_eu_side", country=ctx.country_name(me.country))
    return text


def _accepts_in(action: Action, member: _Member) -> bool:
    rule = action.partner_countries()
    return rule is not None and _accepts(rule, member, PartnerRole.FULL_PARTNER)


_EVALUATORS: dict[str, Callable[[Any, _Context], Evaluation]] = {
    "organisation_type": _organisation_type,
    "country_status": _country_status,
    "requires_vet_accreditation": _requires_accreditation,
    "excludes_vet_accreditation": _excludes_accreditation,
    "short_term_grant_limit": _short_term_limit,
    "eche_for_higher_education": _eche,
    "min_partnership": _min_partnership,
    "non_associated_partners": _non_associated,
    "partner_types": _partner_types,
    "max_participants": _max_participants,
    "partner_countries": _partner_countries,
}


def evaluate(criterion: Criterion, ctx: _Context) -> CriterionResult:
    outcome, values = _EVALUATORS[criterion.kind](criterion, ctx)
    # An evaluator sets "verified" when a fact it used (an exclusion, a pending country
    # change) is less sure than the criterion itself.
    verified = bool(values.pop("verified", criterion.verified))
    template = ctx.texts.criteria[criterion.kind]
    values = {"action": ctx.action.code, "role": ctx.role_name, **values}
    text = {
        Outcome.MET: template.met,
        Outcome.NOT_MET: template.not_met,
        Outcome.UNKNOWN: template.unknown,
    }
    fix = template.fix.format(**values) if outcome is not Outcome.MET and template.fix else None
    return CriterionResult(
        id=criterion.id,
        kind=criterion.kind,
        role=criterion.role,
        label=template.labels.get(criterion.id, template.label),
        outcome=outcome,
        hard=criterion.hard,
        explanation=text[outcome].format(**values),
        fix=fix,
        verified=verified,
        sources=_sources(criterion),
        note=criterion.note,
        design_limit=criterion.design_limit,
    )


def _sources(criterion: Criterion) -> list[str]:
    ids = list(criterion.sources)
    if isinstance(criterion, PartnerCountriesCriterion):
        for exclusion in criterion.exclusions:
            ids += [s for s in exclusion.sources if s not in ids]
    return ids


def verdict_of(results: Sequence[CriterionResult]) -> Verdict:
    """Not eligible if a hard criterion is not met; possible with changes if any other is not
    met or unknown. Design limits (facts about the future project) never change it."""
    results = [r for r in results if not r.design_limit]
    if any(r.hard and r.outcome is Outcome.NOT_MET for r in results):
        return Verdict.INELIGIBLE
    if any(r.outcome is not Outcome.MET for r in results):
        return Verdict.CONDITIONAL
    return Verdict.ELIGIBLE


def _fit(
    action: Action, profile: InstitutionProfile, texts: Texts
) -> tuple[int, list[Goal], list[str]]:
    """Share of the user's goals the action serves, with a bonus when its main purpose is one."""
    matched = [g for g in action.goals if g in profile.goals]
    if not profile.goals:
        return 0, [], [texts.phrase("no_goals")]
    main = action.goals[0] in profile.goals
    fit = round(70 * len(matched) / len(profile.goals) + (30 if main else 0))
    reasons = []
    if matched:
        labels = [texts.goals[g].label for g in matched]
        reasons.append(texts.phrase("serves_goals", goals="; ".join(labels)))
    else:
        reasons.append(texts.phrase("serves_no_goal"))
    if main:
        reasons.append(texts.phrase("main_purpose", goal=texts.goals[action.goals[0]].label))
    return fit, matched, reasons


def assess(
    action: Action,
    profile: InstitutionProfile,
    today: date,
    countries: CountryTable,
    texts: Texts,
    *,
    rules: CallRules | None = None,
    others: Sequence[Action] = (),
    deadline: DeadlineInfo | None = None,
) -> ActionResult:
    """Check ``action`` for ``profile`` under the rules of ``rules.call_year``.

    ``countries`` should be the table as it stands for that call
    (:meth:`CountryTable.for_call_year`); ``others`` are the actions a refused partner may
    join instead; ``deadline`` is the deadline shown (default: the next one).
    """
    rest = tuple(a for a in others if a.code != action.code)
    call_year = rules.call_year if rules is not None else None

    def run(role: Role) -> list[CriterionResult]:
        ctx = _Context(profile, action, role, countries, texts, call_year, rest)
        return [evaluate(c, ctx) for c in action.criteria_for(role)]

    applicant = run(Role.APPLICANT)
    partner = run(Role.PARTNER) if action.partner is not None else []
    fit, matched, reasons = _fit(action, profile, texts)
    return ActionResult(
        code=action.code,
        title=action.title,
        family=action.family,
        verdict=verdict_of(applicant),
        partner_verdict=verdict_of(partner) if action.partner is not None else None,
        fit=fit,
        matched_goals=matched,
        reasons=reasons,
        criteria=applicant,
        partner_criteria=partner,
        submit_to=action.submit_to.value,
        deadline=deadline if deadline is not None else next_deadline(action, today),
        rules_call_year=call_year,
        rules_expected=rules.expected if rules is not None else False,
    )


# --- the three questions ------------------------------------------------------------------------


def _activities(action: Action, profile: InstitutionProfile) -> list[ActivityMatch]:
    matches = [
        ActivityMatch(
            id=a.id,
            name=a.name,
            min_days=a.min_days,
            max_days=a.max_days,
            matched_goals=[g for g in a.goals if g in profile.goals],
            verified=a.verified,
        )
        for a in action.activities
    ]
    chosen = [m for m in matches if m.matched_goals]
    return chosen or matches


def advise_mobility(
    results: dict[str, ActionResult],
    catalogue: Catalogue,
    profile: InstitutionProfile,
    texts: Texts,
) -> MobilityAdvice | None:
    def open_(code: str) -> bool:
        return code in results and results[code].verdict is not Verdict.INELIGIBLE

    # The routes in the order the guide prefers them; among the open ones, the best verdict
    # wins, so the advice never points below a route the ranking puts higher.
    routes = [c for c in (ACCREDITED_PROJECT, SHORT_TERM_PROJECT, ACCREDITATION) if open_(c)]
    if not routes:
        return None
    code = min(routes, key=lambda c: VERDICT_ORDER[results[c].verdict])
    reasons: list[str] = []
    next_step = None
    if code == ACCREDITED_PROJECT:
        reasons.append(texts.phrase("route_accredited"))
    elif code == SHORT_TERM_PROJECT:
        reasons.append(texts.phrase("route_short_term"))
        limit = catalogue.action(SHORT_TERM_PROJECT)
        cap = next((c for c in limit.criteria if isinstance(c, MaxParticipantsCriterion)), None)
        big = (
            cap is not None and profile.participants is not None and profile.participants > cap.max
        )
        if open_(ACCREDITATION) and (profile.experience is Experience.EXPERIENCED or big):
            next_step = ACCREDITATION
            reasons.append(texts.phrase("route_consider_accreditation", code=ACCREDITATION))
    elif open_(SHORT_TERM_PROJECT):
        reasons.append(texts.phrase("route_accreditation_over_short_term"))
    else:
        reasons.append(texts.phrase("route_accreditation"))
    if not any(g in profile.goals for g in MOBILITY_GOALS):
        reasons.append(texts.phrase("no_mobility_goal"))
    action = catalogue.action(code)
    # The accreditation itself funds nothing: show the activities of the projects it opens.
    activities_from = action if action.activities else catalogue.action(ACCREDITED_PROJECT)
    return MobilityAdvice(
        code=code,
        title=action.title,
        next_step=next_step,
        reasons=reasons,
        activities=_activities(activities_from, profile),
    )


def advise_partnership(
    results: dict[str, ActionResult],
    catalogue: Catalogue,
    profile: InstitutionProfile,
    texts: Texts,
    countries: CountryTable | None = None,
) -> PartnershipAdvice | None:
    """``countries``: the table for the call the partnership actions are checked under."""

    def open_(code: str) -> bool:
        return code in results and results[code].verdict is not Verdict.INELIGIBLE

    countries = countries or load_countries()
    eu_side = [
        code
        for code in [profile.country, *(p.country for p in profile.partners)]
        if (c := countries.get(code)) is not None and c.status is not CountryStatus.NON_ASSOCIATED
    ]
    orgs, n_countries = len(eu_side), len(set(eu_side))
    newcomer = profile.experience is Experience.NEWCOMER
    reasons: list[str] = []
    if (
        open_(COOPERATION)
        and not newcomer
        and (n_countries >= 3 or profile.experience is Experience.EXPERIENCED)
    ):
        code = COOPERATION
        reasons.append(texts.phrase("size_cooperation", countries=n_countries))
    elif open_(SMALL_SCALE):
        code = SMALL_SCALE
        reasons.append(
            texts.phrase(
                "size_small_newcomer" if newcomer else "size_small_few_countries",
                countries=n_countries,
            )
        )
    elif open_(COOPERATION):
        code = COOPERATION
        closed = SMALL_SCALE in results
        reasons.append(
            texts.phrase("size_small_closed", small=SMALL_SCALE)
            if closed
            else texts.phrase("size_cooperation", countries=n_countries)
        )
    else:
        return None
    action = catalogue.action(code)
    ambition = sum(1 for g in action.goals if g in profile.goals)
    score = EXPERIENCE_POINTS[profile.experience] + (orgs >= 4) + (ambition >= 3)
    if not ambition:
        reasons.append(texts.phrase("no_partnership_goal"))
    reasons.append(
        texts.phrase("size_experience", experience=texts.experience[profile.experience].label)
    )
    reasons.append(texts.phrase_count("size_orgs", orgs))
    if ambition:  # none: "no_partnership_goal" above says so in words
        reasons.append(texts.phrase_count("size_goals", ambition))
    options = sorted(action.grant.value.options_eur)
    if not options:
        return None
    # Two options: the larger from score 2. Three options: middle at 3, largest at 4.
    thresholds = {2: [2], 3: [3, 4]}.get(len(options), [])
    index = sum(1 for t in thresholds if score >= t)
    amount = options[index]
    fits = next((f.fits for f in action.grant_fits if f.amount_eur == amount), None)
    if fits:
        reasons.append(fits)
    return PartnershipAdvice(code=code, title=action.title, lump_sum_eur=amount, reasons=reasons)


def advise_clusters(
    results: dict[str, ActionResult],
    catalogue: Catalogue,
    profile: InstitutionProfile,
    texts: Texts,
) -> list[ClusterAdvice]:
    coves = [a for a in catalogue.actions if a.family is Family.COVE]
    advice: list[ClusterAdvice] = []
    for action in coves:
        result = results[action.code]
        if result.verdict is Verdict.INELIGIBLE and result.partner_verdict in (
            Verdict.INELIGIBLE,
            None,
        ):
            continue
        for cluster in action.clusters:
            matched = [g for g in cluster.goals if g in profile.goals]
            if not matched:
                continue
            advice.append(
                ClusterAdvice(
                    id=cluster.id,
                    title=cluster.title,
                    matched_goals=matched,
                    examples=cluster.examples,
                    reason=texts.phrase(
                        "cluster_reason", goals="; ".join(texts.goals[g].label for g in matched)
                    ),
                    verified=cluster.verified,
                )
            )
    advice.sort(key=lambda a: -len(a.matched_goals))
    return advice


def _mark_third_party(result: ActionResult, catalogue: Catalogue) -> ActionResult:
    """Flag the criteria whose rule only third-party pages back (shown as such)."""

    def marked(items: list[CriterionResult]) -> list[CriterionResult]:
        return [
            c.model_copy(update={"third_party_only": catalogue.third_party_only(c.sources)})
            for c in items
        ]

    return result.model_copy(
        update={
            "criteria": marked(result.criteria),
            "partner_criteria": marked(result.partner_criteria),
        }
    )


def advise_field(profile: InstitutionProfile, catalogue: Catalogue) -> FieldAdvice | None:
    """For an organisation whose main field is not VET (a general school, an adult-education
    centre): the strands of its own field, from the catalogue data."""
    pointer = catalogue.field_pointer(profile.organisation_type)
    if pointer is None:
        return None
    return FieldAdvice(
        id=pointer.id,
        title=pointer.title,
        text=pointer.text,
        actions=pointer.actions,
        sources=pointer.sources,
        verified=pointer.verified,
    )


def rank(
    results: list[ActionResult],
    profile: InstitutionProfile,
    order: dict[str, int],
    mobility: MobilityAdvice | None,
) -> list[ActionResult]:
    """The actions by eligibility: eligible, then possible with changes, then not eligible.

    Within one verdict, the actions that serve at least one of the user's goals come first,
    then the better fit, then the catalogue order. The advised mobility route goes before
    the other mobility actions of its verdict, so the list and the advice agree.
    """

    def key(r: ActionResult) -> tuple[int, bool, int, int]:
        irrelevant = bool(profile.goals) and not r.matched_goals
        return VERDICT_ORDER[r.verdict], irrelevant, -r.fit, order[r.code]

    ranked = sorted(results, key=key)
    if mobility is not None:
        advised = next(r for r in ranked if r.code == mobility.code)
        first = next(
            i
            for i, r in enumerate(ranked)
            if r.family is Family.MOBILITY and r.verdict is advised.verdict
        )
        ranked.remove(advised)
        ranked.insert(first, advised)
    return ranked


def recommend(
    profile: InstitutionProfile,
    catalogue: Catalogue,
    today: date,
    *,
    language: str = "en",
    call_year: int | None = None,
) -> Recommendations:
    """Rank every action for ``profile``.

    Each action is checked under the rules of one call: ``call_year`` when given (its
    deadlines are shown), else the call of the deadline shown for it on ``today`` (after the
    last deadline of the newest data that is the expected next call). The rules come from
    ``catalogue``; a later call's are labelled expected, with the country changes known for
    it. :class:`~vetguide.model.call_years.CallYearError` if ``call_year`` has no data.
    """
    texts = load_texts(language)
    fixed = call_rules(call_year) if call_year is not None else None
    order = {a.code: i for i, a in enumerate(catalogue.actions)}
    tables: dict[int, CountryTable] = {}
    by_code: dict[str, ActionResult] = {}
    used: list[CallRules] = []
    for action in catalogue.actions:
        if fixed is not None:
            deadline = deadline_of_call(action, fixed.call_year, today)
        else:
            deadline = next_deadline(action, today)
        year = fixed.call_year if fixed else (deadline.call_year if deadline else None)
        rules = rules_for_shown_call(year or catalogue.call_year, catalogue.call_year)
        used.append(rules)
        if rules.call_year not in tables:
            tables[rules.call_year] = load_countries_for_call(rules.call_year, language)
        by_code[action.code] = assess(
            action,
            profile,
            today,
            tables[rules.call_year],
            texts,
            rules=rules,
            others=catalogue.actions,
            deadline=deadline,
        )
    for code, result in by_code.items():
        by_code[code] = _mark_third_party(result, catalogue)
    mobility = advise_mobility(by_code, catalogue, profile, texts)
    coop_year = by_code[COOPERATION].rules_call_year if COOPERATION in by_code else None
    partnership = advise_partnership(
        by_code, catalogue, profile, texts, tables.get(coop_year or catalogue.call_year)
    )
    for advice, topic in ((mobility, "topic_mobility"), (partnership, "topic_partnership")):
        # An action that serves none of the user's goals is never called recommended.
        if advice is not None and by_code[advice.code].matched_goals:
            chosen = by_code[advice.code]
            by_code[advice.code] = chosen.model_copy(
                update={
                    "fit": min(100, chosen.fit + ROUTE_BONUS),
                    "reasons": [
                        *chosen.reasons,
                        texts.phrase("recommended_route", topic=texts.phrase(topic)),
                    ],
                }
            )

    return Recommendations(
        call_year=catalogue.call_year,
        data_as_of=catalogue.data_as_of,
        today=today,
        rules=fixed or max(used, key=lambda r: r.call_year),
        actions=rank(list(by_code.values()), profile, order, mobility),
        mobility=mobility,
        partnership=partnership,
        cove_clusters=advise_clusters(by_code, catalogue, profile, texts),
        other_field=advise_field(profile, catalogue),
    )
