"""Every criterion kind, both ways, on small test catalogues."""

from __future__ import annotations

from datetime import date

import pytest

from tests.model.factories import criterion, one, profile
from vetguide.model.recommend import ActionResult, assess
from vetguide.model.resources import load_countries, load_texts
from vetguide.model.vocab import Outcome, Verdict

TODAY = date(2026, 1, 10)


def run(criteria, prof, **extra) -> ActionResult:
    return assess(one(criteria, **extra), prof, TODAY, load_countries(), load_texts())


def outcome(criteria, prof, **extra) -> Outcome:
    result = run(criteria, prof, **extra)
    return (result.criteria or result.partner_criteria)[0].outcome


def partners(*codes, kind="vet_provider"):
    return [{"country": code, "organisation_type": kind} for code in codes]


class TestOrganisationType:
    crit = [criterion("organisation_type", allowed=["vet_provider", "company"])]

    def test_allowed_type_is_met(self):
        assert outcome(self.crit, profile(organisation_type="company")) is Outcome.MET

    def test_other_type_is_not_met_and_excludes(self):
        result = run(self.crit, profile(organisation_type="general_school"))
        assert result.criteria[0].outcome is Outcome.NOT_MET
        assert result.verdict is Verdict.INELIGIBLE
        assert "General education school" in result.criteria[0].explanation


class TestCountryStatus:
    def test_associated_country_may_apply(self):
        crit = [criterion("country_status", allowed=["eu", "associated"])]
        result = run(crit, profile(country="RS"))
        assert result.criteria[0].outcome is Outcome.MET
        assert "Serbia" in result.criteria[0].explanation

    def test_non_associated_country_may_not_apply(self):
        crit = [criterion("country_status", allowed=["eu", "associated"])]
        result = run(crit, profile(country="AL"))
        assert result.criteria[0].outcome is Outcome.NOT_MET
        assert result.verdict is Verdict.INELIGIBLE

    def test_region_list_admits_listed_region_only(self):
        crit = [
            criterion(
                "country_status",
                role="partner",
                allowed=["eu", "associated", "non_associated"],
                regions=[1, 2],
            )
        ]
        assert outcome(crit, profile(country="AL")) is Outcome.MET  # Western Balkans, region 1
        assert outcome(crit, profile(country="RU")) is Outcome.NOT_MET  # region 4

    def test_associated_partner_counts_on_eu_side(self):
        crit = [
            criterion(
                "country_status",
                role="partner",
                allowed=["eu", "associated", "non_associated"],
                regions=[1],
            )
        ]
        result = run(crit, profile(country="RS"))
        assert result.partner_criteria[0].outcome is Outcome.MET
        assert "never as the non-associated partner" in result.partner_criteria[0].explanation


class TestAccreditation:
    def test_required_accreditation(self):
        crit = [criterion("requires_vet_accreditation")]
        assert outcome(crit, profile(holds_vet_accreditation=True)) is Outcome.MET
        result = run(crit, profile(holds_vet_accreditation=False))
        assert result.criteria[0].outcome is Outcome.NOT_MET
        assert result.verdict is Verdict.INELIGIBLE
        assert "KA120-VET" in result.criteria[0].fix

    def test_excluded_accreditation(self):
        crit = [criterion("excludes_vet_accreditation")]
        assert outcome(crit, profile(holds_vet_accreditation=False)) is Outcome.MET
        assert outcome(crit, profile(holds_vet_accreditation=True)) is Outcome.NOT_MET


class TestShortTermLimit:
    crit = [criterion("short_term_grant_limit", max_grants=3, window_call_years=5)]

    def test_below_limit(self):
        result = run(self.crit, profile(short_term_grants_previous_4_calls=2))
        assert result.criteria[0].outcome is Outcome.MET
        assert "previous 4 calls" in result.criteria[0].explanation

    def test_limit_reached(self):
        result = run(self.crit, profile(short_term_grants_previous_4_calls=3))
        assert result.criteria[0].outcome is Outcome.NOT_MET
        assert result.verdict is Verdict.INELIGIBLE


class TestEche:
    crit = [criterion("eche_for_higher_education")]

    def test_not_needed_for_other_types(self):
        assert (
            outcome(self.crit, profile(organisation_type="teacher_training_institute"))
            is Outcome.MET
        )

    def test_university_with_and_without_eche(self):
        assert (
            outcome(self.crit, profile(organisation_type="higher_education", holds_eche=True))
            is Outcome.MET
        )
        assert outcome(self.crit, profile(organisation_type="higher_education")) is Outcome.NOT_MET


class TestMinPartnership:
    crit = [
        criterion(
            "min_partnership",
            hard=False,
            min_organisations=3,
            min_countries=3,
            counted=["eu", "associated"],
        )
    ]

    def test_enough_partners(self):
        assert outcome(self.crit, profile(partners=partners("ES", "IT"))) is Outcome.MET

    def test_too_few_is_conditional_with_a_fix(self):
        result = run(self.crit, profile(partners=partners("ES")))
        c = result.criteria[0]
        assert c.outcome is Outcome.NOT_MET
        assert result.verdict is Verdict.CONDITIONAL
        assert "add at least 1 more partner organisation" in c.fix

    def test_same_country_partners_do_not_add_countries(self):
        result = run(self.crit, profile(partners=partners("ES", "ES")))
        assert result.criteria[0].outcome is Outcome.NOT_MET
        assert "spans at least 1 more countries" in result.criteria[0].fix

    def test_non_associated_partners_are_not_counted(self):
        assert outcome(self.crit, profile(partners=partners("ES", "AL"))) is Outcome.NOT_MET

    def test_eu_member_state_minimum(self):
        crit = [
            criterion(
                "min_partnership",
                hard=False,
                min_organisations=2,
                min_countries=2,
                counted=["eu", "associated"],
                min_eu_member_states=2,
            )
        ]
        result = run(crit, profile(partners=partners("MK")))
        assert result.criteria[0].outcome is Outcome.NOT_MET
        assert "2 more EU Member State" in result.criteria[0].fix
        assert outcome(crit, profile(partners=partners("ES", "IT"))) is Outcome.MET


class TestNonAssociatedPartners:
    crit = [
        criterion(
            "non_associated_partners",
            hard=False,
            min_organisations=2,
            min_countries=1,
            regions=[1, 2, 3, 9, 10, 11],
            eu_side_may_not_outnumber=True,
        )
    ]

    def test_balanced_partnership(self):
        assert outcome(self.crit, profile(partners=partners("ES", "AL", "BA"))) is Outcome.MET

    def test_eu_side_outnumbers(self):
        result = run(self.crit, profile(partners=partners("ES", "IT", "AL", "BA")))
        assert result.criteria[0].outcome is Outcome.NOT_MET
        assert (
            "add 1 partner organisation(s) from eligible non-associated" in result.criteria[0].fix
        )

    def test_ineligible_region_does_not_count(self):
        # Russia is region 4, not accepted; Serbia is on the EU side.
        assert outcome(self.crit, profile(partners=partners("RU", "RU"))) is Outcome.NOT_MET


class TestPartnerTypes:
    crit = [
        criterion(
            "partner_types",
            hard=False,
            per_country=True,
            groups=[
                {"label": "enterprise", "types": ["company", "chamber_or_sector_body"], "min": 1},
                {"label": "VET provider", "types": ["vet_provider"], "min": 1},
            ],
        )
    ]

    def test_each_country_complete(self):
        prof = profile(
            partners=[
                *partners("RS", kind="company"),
                *partners("ES"),
                *partners("ES", kind="company"),
            ]
        )
        assert outcome(self.crit, prof) is Outcome.MET

    def test_missing_type_names_the_country(self):
        result = run(
            self.crit, profile(partners=[*partners("RS", kind="company"), *partners("ES")])
        )
        c = result.criteria[0]
        assert c.outcome is Outcome.NOT_MET
        assert "enterprise in Spain" in c.explanation

    def test_partner_without_type_makes_it_unknown(self):
        prof = profile(
            partners=[*partners("RS", kind="company"), {"country": "ES"}, {"country": "ES"}]
        )
        result = run(self.crit, prof)
        assert result.criteria[0].outcome is Outcome.UNKNOWN
        assert result.verdict is Verdict.CONDITIONAL


class TestMaxParticipants:
    crit = [criterion("max_participants", hard=False, max=30)]

    def test_within(self):
        assert outcome(self.crit, profile(participants=30)) is Outcome.MET

    def test_over(self):
        result = run(self.crit, profile(participants=31))
        assert result.criteria[0].outcome is Outcome.NOT_MET
        assert result.verdict is Verdict.CONDITIONAL

    def test_unknown(self):
        result = run(self.crit, profile())
        assert result.criteria[0].outcome is Outcome.UNKNOWN
        assert result.criteria[0].fix is not None


class TestVerdicts:
    def test_all_met_is_eligible(self):
        crit = [
            criterion("organisation_type", allowed=["vet_provider"]),
            criterion("max_participants", hard=False, max=5),
        ]
        assert run(crit, profile(participants=5)).verdict is Verdict.ELIGIBLE

    def test_hard_failure_wins_over_soft(self):
        crit = [
            criterion("organisation_type", allowed=["company"]),
            criterion("max_participants", hard=False, max=5),
        ]
        assert run(crit, profile(participants=50)).verdict is Verdict.INELIGIBLE

    def test_no_partner_role(self):
        result = run(
            [criterion("organisation_type", allowed=["vet_provider"])], profile(), partner=False
        )
        assert result.partner_verdict is None  # no partner role: neither eligible nor not
        assert result.partner_criteria == []

    def test_partner_verdict_uses_partner_criteria_only(self):
        crit = [
            criterion("organisation_type", allowed=["company"]),
            criterion(
                "organisation_type", id="partner_type", role="partner", allowed=["vet_provider"]
            ),
        ]
        result = run(crit, profile())
        assert result.verdict is Verdict.INELIGIBLE
        assert result.partner_verdict is Verdict.ELIGIBLE

    @pytest.mark.parametrize(
        ("goals", "expected"),
        [
            ([], 0),
            (["develop_practices"], 100),
            (["digital"], 70),
            (["green"], 0),
            (["develop_practices", "green"], 65),
        ],
    )
    def test_fit(self, goals, expected):
        result = run(
            [criterion("organisation_type", allowed=["vet_provider"])], profile(goals=goals)
        )
        assert result.fit == expected
