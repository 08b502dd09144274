"""Issue 11, rules 1-8: each rule as a table, on the real catalogue, with the source ids it rests on.

Every row names the catalogue source ids (or country-table source ids) that back the expected
verdict, and a test checks that the rule in the data cites them, so a row cannot silently
drift away from its source.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.model.factories import profile
from vetguide.model.call_years import CallYearError, available_call_years, call_rules
from vetguide.model.catalogue import (
    MaxParticipantsCriterion,
    NonAssociatedPartnersCriterion,
    OrganisationTypeCriterion,
    PartnerTypesCriterion,
)
from vetguide.model.recommend import recommend
from vetguide.model.resources import catalogue_years, load_catalogue, load_countries
from vetguide.model.vocab import CountryStatus, Outcome, Verdict

E, C, I = Verdict.ELIGIBLE, Verdict.CONDITIONAL, Verdict.INELIGIBLE  # noqa: E741
JAN_2026 = date(2026, 1, 10)  # 2026 deadlines ahead: rules of the 2026 call
DEC_2026 = date(2026, 12, 4)  # every 2026 deadline passed: the 2027 call (expected)
COVE = "ERASMUS-EDU-PEX-COVE"
CBVET = "ERASMUS-EDU-CB-VET"
ALLIANCE = "ERASMUS-EDU-PI-ALL-INNO-BLUEPRINT"


def run(today=JAN_2026, call_year=None, **fields):
    return recommend(profile(**fields), load_catalogue(), today, call_year=call_year)


def org(country, kind="vet_provider", name=""):
    return {"country": country, "organisation_type": kind, "name": name}


def criterion_result(result, code, kind, *, partner=False):
    item = result.result(code)
    found = [c for c in (item.partner_criteria if partner else item.criteria) if c.kind == kind]
    assert len(found) == 1, (code, kind, [c.kind for c in item.criteria])
    return found[0]


def rule_sources(code):
    rule = load_catalogue().action(code).partner_countries()
    assert rule is not None
    return set(rule.sources) | {s for e in rule.exclusions for s in e.sources}


# --- rule 1: every listed partner is checked against the action's country rules --------------

RULE_1 = [
    # (code, partners, outcome of partner_countries, verdict, sources)
    ("KA210-VET", [org("HR"), org("ME")], Outcome.NOT_MET, I, {"iky_ka210", "cy_ka210_2025"}),
    ("KA210-VET", [org("HR"), org("SI")], Outcome.MET, E, {"iky_ka210", "cy_ka210_2025"}),
    ("KA210-VET", [org("HR"), org("AL")], Outcome.NOT_MET, I, {"iky_ka210"}),
    ("KA210-VET", [org("MK")], Outcome.MET, E, {"iky_ka210"}),
    ("KA220-VET", [org("HR"), org("SI"), org("ME")], Outcome.UNKNOWN, C, {"ge_na_partnerships"}),
    ("KA220-VET", [org("HR"), org("SI"), org("IT")], Outcome.MET, E, {"ge_na_partnerships"}),
    (CBVET, [org("IT"), org("AL"), org("ME")], Outcome.MET, E, {"cy_cbvet_2023"}),
    (CBVET, [org("IT"), org("RU"), org("ME")], Outcome.NOT_MET, I, {"cy_cbvet_2025"}),
]


@pytest.mark.parametrize(("code", "partners", "outcome", "verdict", "sources"), RULE_1)
def test_rule_1_every_partner_is_checked(code, partners, outcome, verdict, sources):
    assert sources <= rule_sources(code)
    result = run(partners=partners, goals=["develop_practices"])
    assert criterion_result(result, code, "partner_countries").outcome is outcome
    assert result.result(code).verdict is verdict


def test_rule_1_headline_serbian_school_with_croatian_and_montenegrin_partners():
    """RS school + HR + ME partners: KA210-VET must not be eligible (was 'eligible')."""
    result = run(partners=[org("HR"), org("ME", name="Srednja škola Kotor")])
    ka210 = result.result("KA210-VET")
    assert ka210.verdict is I
    check = criterion_result(result, "KA210-VET", "partner_countries")
    assert "Srednja škola Kotor (Montenegro)" in check.explanation
    assert check.fix is not None
    assert "remove the partner from Montenegro" in check.fix
    # Computed from the data: the actions whose partner rules accept a Montenegrin partner.
    assert "KA220-VET" in check.fix and CBVET in check.fix
    assert "KA210-VET" not in check.fix


def test_rule_1_condition_is_shown_not_silently_passed():
    result = run(partners=[org("HR"), org("SI"), org("ME")])
    check = criterion_result(result, "KA220-VET", "partner_countries")
    assert "essential added value" in check.explanation
    assert check.fix is not None


def test_rule_1_associated_partner_role_is_offered_where_the_data_has_it():
    # CoVE lists associated partners from every status; Belarus is excluded for both roles.
    rule = load_catalogue().action(COVE).partner_countries()
    assert rule is not None and rule.associated_partners is not None
    result = run(partners=[org("BY")])
    check = criterion_result(result, COVE, "partner_countries")
    assert check.outcome is Outcome.NOT_MET
    assert "associated partner instead" not in (check.fix or "")


# --- rule 2: CB-VET one region, Belarus not eligible --------------------------------------

RULE_2 = [
    # partners, non_associated_partners outcome, verdict, sources
    ([org("IT"), org("AL"), org("ME")], Outcome.MET, E, {"eacea_cbvet_2024_howto"}),
    ([org("IT"), org("AL"), org("GE")], Outcome.NOT_MET, C, {"eacea_cbvet_2024_howto"}),
    ([org("IT"), org("MA"), org("UA")], Outcome.NOT_MET, C, {"eacea_cbvet_2024_howto"}),
    ([org("IT"), org("GE"), org("UA")], Outcome.MET, E, {"eacea_cbvet_2024_howto"}),
    ([org("IT"), org("GE"), org("BY")], Outcome.NOT_MET, I, {"eacea_cbvet_2024_howto"}),
]


@pytest.mark.parametrize(("partners", "outcome", "verdict", "sources"), RULE_2)
def test_rule_2_capacity_building_one_region_and_no_belarus(partners, outcome, verdict, sources):
    action = load_catalogue().action(CBVET)
    na = next(c for c in action.criteria if isinstance(c, NonAssociatedPartnersCriterion))
    assert na.one_region and sources <= set(na.sources) | rule_sources(CBVET)
    result = run(partners=partners, goals=["third_country_cooperation"])
    assert criterion_result(result, CBVET, "non_associated_partners").outcome is outcome
    assert result.result(CBVET).verdict is verdict


def test_rule_2_mixed_regions_fix_names_the_regions():
    result = run(partners=[org("IT"), org("AL"), org("GE")])
    check = criterion_result(result, CBVET, "non_associated_partners")
    assert check.fix is not None
    assert "Western Balkans" in check.fix and "Neighbourhood East" in check.fix


# --- rule 3: Russia and Belarus per action and role ----------------------------------------

RULE_3 = [
    # own country (as partner), code, partner verdict, sources
    ("RU", "KA220-VET", C, {"oead_russia_2022", "anefore_russia_2022"}),  # public bodies only
    ("RU", COVE, C, {"oead_russia_2022"}),
    ("RU", CBVET, I, {"cy_cbvet_2023"}),  # Region 4 is not a CB-VET region
    ("RU", ALLIANCE, I, {"athena_alliances"}),  # third-party only: unverified
    ("RU", "KA210-VET", I, {"iky_ka210"}),
    ("BY", "KA220-VET", I, {"cy_youth_partnerships_2026"}),  # unverified for VET
    ("BY", COVE, I, {"cy_cove_pex"}),
    ("BY", CBVET, I, {"eacea_cbvet_2024_howto"}),
    ("BY", ALLIANCE, I, {"athena_alliances"}),
]


@pytest.mark.parametrize(("country", "code", "verdict", "sources"), RULE_3)
def test_rule_3_russia_and_belarus_as_partner(country, code, verdict, sources):
    assert sources <= rule_sources(code)
    result = run(country=country, organisation_type="company")
    assert result.result(code).partner_verdict is verdict


RU_TYPES = [
    # a Russian partner's type, KA220-VET and CoVE verdict: the sources bar public bodies and
    # every organisation that provides education (oead_russia_2022, anefore_russia_2022)
    ("public_authority", I),
    ("vet_provider", I),
    ("higher_education", I),
    ("company", C),  # may be private and not state-controlled: a condition to check
    ("ngo", C),
    (None, C),  # type not given: the condition, never a silent pass
]


@pytest.mark.parametrize(("kind", "verdict"), RU_TYPES)
def test_rule_3_a_russian_partner_of_a_barred_type_is_refused(kind, verdict):
    partners = [org("DE"), org("IT"), {"country": "RU", "organisation_type": kind}]
    result = run(partners=partners)
    assert result.result("KA220-VET").verdict is verdict  # DE, IT: nothing else missing
    for code in ("KA220-VET", COVE):
        check = criterion_result(result, code, "partner_countries")
        expected = Outcome.NOT_MET if verdict is I else Outcome.UNKNOWN
        assert check.outcome is expected, (code, kind, check.explanation)
    assert {"oead_russia_2022", "anefore_russia_2022"} <= rule_sources("KA220-VET")
    if verdict is I:  # and it is not told it may join those actions instead
        ka210 = criterion_result(result, "KA210-VET", "partner_countries")
        assert "KA220-VET" not in (ka210.fix or "") and COVE not in (ka210.fix or "")


@pytest.mark.parametrize("country", ["RU", "BY"])
def test_rule_3_russia_and_belarus_cannot_apply_anywhere(country):
    result = run(country=country, organisation_type="vet_provider")
    assert all(r.verdict is I for r in result.actions)


def test_rule_3_public_bodies_wording_and_verified_marks():
    result = run(partners=[org("HR"), org("SI"), org("RU", "company")])
    check = criterion_result(result, "KA220-VET", "partner_countries")
    assert check.outcome is Outcome.UNKNOWN
    assert "public bodies" in check.explanation
    assert "oead_russia_2022" in check.sources
    alliance = criterion_result(run(partners=[org("RU")]), ALLIANCE, "partner_countries")
    assert alliance.outcome is Outcome.NOT_MET
    assert not alliance.verified and "(not verified)" in alliance.explanation


# --- rule 4: CoVE company + VET provider only in EU and associated countries ---------------


def test_rule_4_cove_per_country_rule_skips_non_associated_partners():
    action = load_catalogue().action(COVE)
    types = next(c for c in action.criteria if isinstance(c, PartnerTypesCriterion))
    assert set(types.country_statuses) == {CountryStatus.EU, CountryStatus.ASSOCIATED}
    assert "yildiz_cove_2023" in types.sources
    partners = [
        org("RS", "company"),
        org("IT"),
        org("IT", "company"),
        org("ES"),
        org("ES", "chamber_or_sector_body"),
        org("DE"),
        org("DE", "company"),
        org("ME", "ngo"),  # non-associated: no company + VET provider needed
    ]
    result = run(partners=partners)
    assert criterion_result(result, COVE, "partner_types").outcome is Outcome.MET
    with_hr = run(partners=[*partners, org("HR", "ngo")])
    check = criterion_result(with_hr, COVE, "partner_types")
    assert check.outcome is Outcome.NOT_MET and "Croatia" in check.explanation


# --- rule 5: facts about the future project never demote --------------------------------

RULE_5 = [(None, E, Outcome.UNKNOWN), (20, E, Outcome.MET), (45, E, Outcome.NOT_MET)]


@pytest.mark.parametrize(("participants", "verdict", "outcome"), RULE_5)
def test_rule_5_participants_are_a_design_limit(participants, verdict, outcome):
    action = load_catalogue().action("KA122-VET")
    cap = next(c for c in action.criteria if isinstance(c, MaxParticipantsCriterion))
    assert cap.design_limit and "tempus_ka122" in cap.sources
    result = run(participants=participants)
    check = criterion_result(result, "KA122-VET", "max_participants")
    assert check.design_limit and check.outcome is outcome
    assert result.result("KA122-VET").verdict is verdict
    if participants is None:
        assert "at most 30" in check.explanation.lower()


def test_rule_5_partners_and_accreditation_still_decide():
    accredited = run(holds_vet_accreditation=True)
    assert accredited.result("KA122-VET").verdict is I
    assert run(partners=[]).result("KA210-VET").verdict is C


# --- rule 6: KA1 VET by role ----------------------------------------------------------------

RULE_6 = [
    ("higher_education", "KA120-VET", C),
    ("higher_education", "KA122-VET", C),
    ("teacher_training_institute", "KA122-VET", C),
    ("teacher_training_institute", "KA120-VET", C),
    ("general_school", "KA122-VET", I),
    ("vet_provider", "KA122-VET", E),
]


@pytest.mark.parametrize(("kind", "code", "verdict"), RULE_6)
def test_rule_6_universities_with_a_role_in_vet_get_a_condition(kind, code, verdict):
    crit = next(
        c
        for c in load_catalogue().action(code).criteria
        if isinstance(c, OrganisationTypeCriterion) and c.id == "applicant_type"
    )
    assert {"pg_mobility_vet", "pg_accreditation"} & set(crit.sources)
    result = run(organisation_type=kind)
    assert result.result(code).verdict is verdict
    check = next(c for c in result.result(code).criteria if c.id == "applicant_type")
    if verdict is C:
        assert check.outcome is Outcome.UNKNOWN and "role in VET" in check.explanation


# --- rule 7: country status per call year ----------------------------------------------------

RULE_7 = [
    # partner, today, KA210 partner_countries outcome, rules year, expected
    ("GB", JAN_2026, Outcome.NOT_MET, 2026, False),
    ("GB", DEC_2026, Outcome.MET, 2027, True),
    ("CH", JAN_2026, Outcome.NOT_MET, 2026, False),
    ("CH", DEC_2026, Outcome.UNKNOWN, 2027, True),
]


@pytest.mark.parametrize(("partner", "today", "outcome", "year", "expected"), RULE_7)
def test_rule_7_uk_and_switzerland_per_call_year(partner, today, outcome, year, expected):
    result = run(today=today, partners=[org("HR"), org(partner)])
    assert (result.rules.call_year, result.rules.expected) == (year, expected)
    ka210 = result.result("KA210-VET")
    assert (ka210.rules_call_year, ka210.rules_expected) == (year, expected)
    assert ka210.deadline is not None and ka210.deadline.call_year == year
    assert criterion_result(result, "KA210-VET", "partner_countries").outcome is outcome


def test_rule_7_country_table_sources():
    countries = load_countries()
    gb = countries.get("GB")
    ch = countries.get("CH")
    assert gb is not None and ch is not None
    assert gb.status is CountryStatus.NON_ASSOCIATED
    assert countries.for_call_year(2027).get("GB").status is CountryStatus.ASSOCIATED  # type: ignore[union-attr]
    assert countries.for_call_year(2027).get("GB").region is None  # type: ignore[union-attr]
    assert "gov_uk_erasmus_2027" in gb.changes[0].sources and gb.changes[0].verified
    assert countries.pending("CH", 2027) is not None
    assert countries.pending("CH", 2026) is None
    assert "movetia_erasmus_2027" in ch.changes[0].sources and not ch.changes[0].verified


def test_rule_7_switzerland_pending_is_unverified_condition():
    result = run(today=DEC_2026, partners=[org("HR"), org("CH")])
    check = criterion_result(result, "KA210-VET", "partner_countries")
    assert not check.verified and "Swiss parliament" in check.explanation
    assert result.result("KA210-VET").verdict is C


def test_rule_7_fixed_call_year_uses_that_calls_rules_and_deadlines():
    result = run(today=DEC_2026, call_year=2026, partners=[org("HR"), org("GB")])
    assert result.rules.call_year == 2026 and not result.rules.expected
    ka210 = result.result("KA210-VET")
    assert ka210.verdict is I
    assert ka210.deadline is not None and ka210.deadline.call_year == 2026


# --- rule 8: call years come from the data ---------------------------------------------------


def test_rule_8_call_years_come_from_the_files():
    files = catalogue_years()
    assert available_call_years() == [*files, files[-1] + 1]
    assert call_rules(files[-1]).expected is False
    assert call_rules(files[-1] + 1).expected is True
    with pytest.raises(CallYearError, match="available call years"):
        call_rules(files[0] - 1)
    with pytest.raises(CallYearError):
        call_rules(files[-1] + 2)


def test_rule_8_no_call_year_constant_in_code():
    import vetguide.model.resources as resources

    assert not hasattr(resources, "DEFAULT_CALL_YEAR")


def test_rule_1_partnership_advice_does_not_contradict_a_refused_small_scale_partnership():
    # A newcomer whose KA210-VET is closed by a Montenegrin partner is pointed to KA220-VET
    # without being told it "has Erasmus+ experience".
    result = run(experience="newcomer", partners=[org("HR"), org("ME")])
    assert result.result("KA210-VET").verdict is I
    assert result.partnership is not None and result.partnership.code == "KA220-VET"
    assert "KA210-VET" in result.partnership.reasons[0]
    assert "you have Erasmus+ experience" not in result.partnership.reasons[0]
