"""The recommender on the real catalogue: verdicts, cross-action rules and the three questions."""

from __future__ import annotations

from datetime import date

import pytest

from tests.model.factories import profile
from vetguide.model.recommend import advise_mobility, recommend
from vetguide.model.resources import load_catalogue, load_texts
from vetguide.model.vocab import Outcome, Verdict

TODAY = date(2026, 1, 10)
E, C, I = Verdict.ELIGIBLE, Verdict.CONDITIONAL, Verdict.INELIGIBLE  # noqa: E741


def rec(**fields):
    return recommend(profile(**fields), load_catalogue(), TODAY)


def verdicts(result):
    return {r.code: r.verdict for r in result.actions}


def school(**extra):
    base = {
        "goals": ["learner_mobility", "staff_mobility", "develop_practices"],
        "partners": [{"country": "ES", "organisation_type": "vet_provider"}],
        "participants": 20,
    }
    base.update(extra)
    return rec(**base)


def test_serbian_school_with_spanish_partner():
    result = school()
    v = verdicts(result)
    assert v["KA122-VET"] is E
    assert v["KA210-VET"] is E
    assert v["KA121-VET"] is I
    assert v["KA220-VET"] is C
    assert v["KA120-VET"] is E
    assert result.actions[0].code == "KA122-VET"
    assert [r.code for r in result.actions].index("KA121-VET") > [
        r.code for r in result.actions
    ].index("KA220-VET")


def test_every_action_has_one_result_per_criterion():
    result = school()
    catalogue = load_catalogue()
    for r in result.actions:
        action = catalogue.action(r.code)
        assert [c.id for c in r.criteria] == [
            c.id for c in action.criteria if c.role == "applicant"
        ]
        for c in r.criteria:
            assert c.explanation and "{" not in c.explanation
            if c.outcome is not Outcome.MET and not c.hard:
                assert c.fix, (r.code, c.id)


def test_accredited_organisations_cannot_use_short_term_projects():
    result = school(holds_vet_accreditation=True)
    v = verdicts(result)
    assert v["KA121-VET"] is E
    assert v["KA122-VET"] is I
    assert v["KA120-VET"] is I  # one accreditation per field
    assert result.mobility is not None and result.mobility.code == "KA121-VET"


def test_three_short_term_grants_in_five_years():
    assert verdicts(school(short_term_grants_previous_4_calls=2))["KA122-VET"] is E
    result = school(short_term_grants_previous_4_calls=3)
    assert verdicts(result)["KA122-VET"] is I
    assert result.mobility is not None and result.mobility.code == "KA120-VET"


def test_advice_never_points_below_a_better_mobility_verdict():
    """When a short-term project needs changes but the accreditation is open as things
    stand, the advice is the accreditation: the ranking puts it higher."""
    fields = profile(goals=["learner_mobility"])
    catalogue = load_catalogue()
    result = recommend(fields, catalogue, TODAY)
    by_code = {r.code: r for r in result.actions}
    by_code["KA122-VET"] = by_code["KA122-VET"].model_copy(update={"verdict": C})
    assert by_code["KA120-VET"].verdict is E
    advice = advise_mobility(by_code, catalogue, fields, load_texts())
    assert advice is not None and advice.code == "KA120-VET"
    assert "changes first" in advice.reasons[0]
    by_code["KA120-VET"] = by_code["KA120-VET"].model_copy(update={"verdict": C})
    assert advise_mobility(by_code, catalogue, fields, load_texts()).code == "KA122-VET"


def test_advised_short_term_route_suggests_accreditation_for_experienced():
    result = school(experience="experienced")
    assert result.mobility.code == "KA122-VET"
    assert result.mobility.next_step == "KA120-VET"


def test_too_many_participants_is_a_design_limit_and_suggests_accreditation():
    # Rule 5 of issue 11 (source tempus_ka122): the planned size limits the project, not the
    # organisation, so the verdict stays eligible and the limit is shown beside it.
    result = school(participants=45)
    assert verdicts(result)["KA122-VET"] is E
    cap = next(c for c in result.result("KA122-VET").criteria if c.kind == "max_participants")
    assert cap.design_limit and cap.outcome is Outcome.NOT_MET
    assert "at most 30" in cap.fix
    assert result.mobility.code == "KA122-VET"
    assert result.mobility.next_step == "KA120-VET"


def test_non_associated_country_cannot_apply_to_national_agency_actions():
    result = rec(country="AL", goals=["third_country_cooperation"], partners=[{"country": "IT"}])
    catalogue = load_catalogue()
    for r in result.actions:
        if catalogue.action(r.code).submit_to.value == "national_agency":
            assert r.verdict is I, r.code
    cb = result.result("ERASMUS-EDU-CB-VET")
    assert cb.verdict is I
    assert cb.partner_verdict is E
    assert result.mobility is None and result.partnership is None


def test_serbia_is_never_the_non_associated_partner_in_capacity_building():
    cb = school(partners=[{"country": "ES"}, {"country": "RS"}]).result("ERASMUS-EDU-CB-VET")
    na = next(c for c in cb.criteria if c.kind == "non_associated_partners")
    assert na.outcome is Outcome.NOT_MET
    country = next(c for c in cb.partner_criteria if c.kind == "partner_countries")
    assert country.outcome is Outcome.MET
    assert "never as the non-associated partner" in country.explanation


def test_capacity_building_with_western_balkan_partners():
    partners = [
        {"country": "IT", "organisation_type": "vet_provider"},
        {"country": "AL", "organisation_type": "vet_provider"},
        {"country": "ME", "organisation_type": "company"},
    ]
    cb = rec(goals=["third_country_cooperation"], partners=partners).result("ERASMUS-EDU-CB-VET")
    assert cb.verdict is E, [(c.id, c.outcome) for c in cb.criteria]


def test_jean_monnet_teacher_training_needs_eche_for_universities():
    v = verdicts(rec(organisation_type="higher_education", goals=["eu_teacher_training"]))
    assert v["ERASMUS-JMO-OFET-TT"] is I
    v = verdicts(
        rec(organisation_type="higher_education", holds_eche=True, goals=["eu_teacher_training"])
    )
    assert v["ERASMUS-JMO-OFET-TT"] is E
    v = verdicts(rec(goals=["eu_teaching"]))
    assert v["ERASMUS-JMO-OFET-TT"] is I  # a VET school is not a teacher-training body
    assert v["ERASMUS-JMO-OFET-LEARNING-EU"] is E


def test_single_applicant_actions_have_no_partner_role():
    result = school()
    for code in ("KA120-VET", "ERASMUS-JMO-OFET-TT", "ERASMUS-JMO-OFET-LEARNING-EU"):
        assert result.result(code).partner_verdict is None  # not "ineligible": no such role
        assert result.result(code).partner_criteria == []


@pytest.mark.parametrize(
    ("experience", "partners", "goals", "code", "amount"),
    [
        ("newcomer", ["ES"], ["develop_practices"], "KA210-VET", 30000),
        (
            "newcomer",
            ["ES", "IT", "PT"],
            ["develop_practices", "digital", "green"],
            "KA210-VET",
            60000,
        ),
        ("some", ["ES"], ["develop_practices"], "KA210-VET", 30000),
        ("some", ["ES"], ["develop_practices", "digital", "green"], "KA210-VET", 60000),
        ("some", ["ES", "IT"], ["develop_practices"], "KA220-VET", 120000),
        ("experienced", ["ES", "IT", "PT"], ["develop_practices"], "KA220-VET", 250000),
        (
            "experienced",
            ["ES", "IT", "PT"],
            ["develop_practices", "digital", "green"],
            "KA220-VET",
            400000,
        ),
    ],
)
def test_partnership_size(experience, partners, goals, code, amount):
    result = rec(experience=experience, goals=goals, partners=[{"country": c} for c in partners])
    assert result.partnership is not None
    assert (result.partnership.code, result.partnership.lump_sum_eur) == (code, amount)
    assert result.partnership.reasons
    options = load_catalogue().action(code).grant.value.options_eur
    assert amount in options


def test_mobility_activities_follow_goals():
    staff = rec(goals=["staff_mobility"]).mobility
    assert staff is not None and staff.activities
    assert all("staff_mobility" in a.matched_goals for a in staff.activities)
    learners = rec(goals=["learner_mobility"]).mobility
    assert {a.id for a in learners.activities}.isdisjoint({a.id for a in staff.activities})


def test_cove_clusters_follow_goals():
    result = rec(goals=["vocational_excellence", "digital"])
    assert result.cove_clusters
    catalogue_ids = {c.id for c in load_catalogue().action("ERASMUS-EDU-PEX-COVE").clusters}
    assert {c.id for c in result.cove_clusters} <= catalogue_ids
    for cluster in result.cove_clusters:
        assert cluster.matched_goals and cluster.examples
    assert rec(goals=["eu_teaching"]).cove_clusters == []


def test_ranking_puts_relevant_actions_first_within_a_verdict():
    result = school()
    codes = [r.code for r in result.actions]
    # Eligible before possible-with-changes, whatever the goals.
    assert codes.index("ERASMUS-JMO-OFET-LEARNING-EU") < codes.index("KA220-VET")
    eligible = [r for r in result.actions if r.verdict is E]
    relevant = [bool(r.matched_goals) for r in eligible]
    assert relevant == sorted(relevant, reverse=True)


VERDICT_RANK = {E: 0, C: 1, I: 2}

RANKING_PROFILES = [
    # A Serbian VET school without accreditation and no mobility goal: KA121-VET is not
    # eligible; it used to rank above the conditional actions.
    {"goals": ["eu_teaching"], "partners": [{"country": "ES"}]},
    {"goals": ["develop_practices"], "partners": [{"country": "ES"}]},
    {"goals": ["learner_mobility"], "participants": 45},
    {"goals": ["third_country_cooperation"], "partners": [{"country": "AL"}]},
    {"goals": [], "partners": []},
    {"organisation_type": "general_school", "goals": ["learner_mobility", "eu_teaching"]},
    {"holds_vet_accreditation": True, "goals": ["staff_mobility"]},
]


@pytest.mark.parametrize("fields", RANKING_PROFILES)
def test_ranking_is_by_eligibility(fields):
    result = rec(**fields)
    ranks = [VERDICT_RANK[r.verdict] for r in result.actions]
    assert ranks == sorted(ranks), [(r.code, r.verdict.value) for r in result.actions]


def test_not_eligible_accredited_project_ranks_below_conditional_actions():
    result = rec(goals=["learner_mobility"], partners=[{"country": "ES"}])
    codes = [r.code for r in result.actions]
    assert verdicts(result)["KA121-VET"] is I
    for r in result.actions:
        if r.verdict is C:
            assert codes.index(r.code) < codes.index("KA121-VET"), r.code


@pytest.mark.parametrize("fields", RANKING_PROFILES)
def test_advised_mobility_route_ranks_first_among_mobility_actions(fields):
    result = rec(**fields)
    mobility = [r for r in result.actions if r.family.value == "mobility"]
    if result.mobility is None:
        assert all(r.verdict is I for r in mobility)
        return
    assert mobility[0].code == result.mobility.code


def test_deadlines_status_follows_today():
    before = recommend(profile(), load_catalogue(), date(2026, 2, 18)).result("KA122-VET").deadline
    assert before.status == "open" and before.days_left == 1
    after = recommend(profile(), load_catalogue(), date(2026, 2, 20)).result("KA122-VET").deadline
    assert after.status in ("open", "expected") and after.at.date() > date(2026, 2, 20)
    late = recommend(profile(), load_catalogue(), date(2026, 11, 28)).result("KA220-VET").deadline
    assert late.status == "expected" and not late.verified and late.at.year == 2027


def test_advised_action_serving_no_goal_is_not_called_recommended():
    # A school wanting only EU teaching: the partnership advice still answers the size
    # question, but KA220/KA210 serve none of its goals, so nothing calls them recommended.
    result = rec(
        organisation_type="general_school",
        goals=["eu_teaching"],
        partners=[{"country": "HR"}, {"country": "ES"}],
    )
    assert result.partnership is not None
    advised = result.result(result.partnership.code)
    assert not advised.matched_goals
    recommended = load_texts().phrase(
        "recommended_route", topic=load_texts().phrase("topic_partnership")
    )
    assert recommended not in advised.reasons
    assert load_texts().phrase("no_partnership_goal") in result.partnership.reasons
    assert advised.code not in {r.code for r in result.recommended()}


def test_advised_action_serving_a_goal_is_called_recommended():
    result = school()
    advised = result.result(result.mobility.code)
    topic = load_texts().phrase("topic_mobility")
    assert load_texts().phrase("recommended_route", topic=topic) in advised.reasons


# --- plain words (issue 17) -------------------------------------------------------------------


def test_partnership_reasons_count_in_words_with_the_right_plural():
    one = rec(experience="newcomer", goals=["develop_practices"], partners=[]).partnership
    assert one is not None
    assert (
        "Your partnership has 1 organisation from EU Member States or associated countries so far."
        in one.reasons
    )
    assert "This action serves 1 of the goals you chose." in one.reasons
    many = rec(goals=["develop_practices"], partners=[{"country": "ES"}, {"country": "IT"}])
    assert (
        "Your partnership has 3 organisations from EU Member States or associated countries so far."
        in many.partnership.reasons
    )
    assert not any(": 0" in r or ";" in r for r in one.reasons + many.partnership.reasons)
    serbian = recommend(
        profile(goals=["develop_practices"], partners=[{"country": "ES"}, {"country": "IT"}]),
        load_catalogue(),
        TODAY,
        language="sr-Latn",
    ).partnership
    assert (
        "Vaše partnerstvo zasad ima 3 organizacije iz država članica EU ili pridruženih zemalja."
        in serbian.reasons
    )


def test_no_action_has_two_criteria_with_the_same_label():
    """CB-VET has two partnership minimums: each has its own name."""
    for language in ("en", "sr-Latn"):
        result = recommend(profile(), load_catalogue(), TODAY, language=language)
        for action in result.actions:
            for role in {c.role for c in action.criteria}:
                labels = [c.label for c in action.criteria if c.role is role]
                assert len(labels) == len(set(labels)), (language, action.code, labels)


def test_allowed_types_are_listed_apart_from_the_words_inside_their_names():
    result = rec(organisation_type="company")
    (tt,) = [a for a in result.actions if a.code == "ERASMUS-JMO-OFET-TT"]
    (crit,) = [
        c for c in tt.criteria if c.kind == "organisation_type" and c.outcome is Outcome.NOT_MET
    ]
    assert "University or college; Teacher-training institute." in crit.explanation
    assert "college and" not in crit.explanation
