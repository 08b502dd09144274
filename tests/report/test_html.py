"""The decision memo as HTML: content from the model, user text escaped, no Qt."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from html import escape

import pytest

from vetguide.model import present
from vetguide.model.catalogue import Catalogue
from vetguide.model.deadlines import next_deadline
from vetguide.model.profile import InstitutionProfile, Partner
from vetguide.model.readiness import load_readiness
from vetguide.model.recommend import recommend
from vetguide.model.resources import load_catalogue, load_texts
from vetguide.model.shortlist import ItemStatus, Shortlist, ShortlistItem
from vetguide.model.vocab import Family, SubmitTo
from vetguide.report.html import long_date, memo_html, status_label

TODAY = date(2026, 1, 20)
PAYLOAD = '<b>x</b> <img src="/etc/passwd">'


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def serbian_school(**changes: object) -> InstitutionProfile:
    data: dict[str, object] = {
        "name": "Tehnička škola Čačak",
        "organisation_type": "vet_provider",
        "country": "RS",
        "goals": ["learner_mobility", "develop_practices", "vocational_excellence"],
        "partners": [Partner(country="AT", organisation_type="company", name="Firma GmbH")],
    }
    data.update(changes)
    return InstitutionProfile.model_validate(data)


def all_actions(catalogue: Catalogue, profile: InstitutionProfile | None) -> Shortlist:
    items = [ShortlistItem(code=a.code, added=date(2026, 1, 10)) for a in catalogue.actions]
    return Shortlist(name="Board meeting", items=items, profile=profile)


def render(shortlist: Shortlist, catalogue: Catalogue) -> str:
    recs = recommend(shortlist.profile, catalogue, TODAY) if shortlist.profile else None
    return memo_html(shortlist, catalogue, TODAY, recs)


def test_user_text_is_escaped_everywhere(catalogue: Catalogue) -> None:
    profile = serbian_school(
        name=f"School {PAYLOAD}",
        partners=[Partner(country="AT", organisation_type="company", name=f"Partner {PAYLOAD}")],
    )
    item = ShortlistItem(code="KA122-VET", note=f"Note {PAYLOAD}")
    shortlist = Shortlist(name=f"List {PAYLOAD}", items=[item], profile=profile)

    html = render(shortlist, catalogue)

    assert "<img" not in html
    assert "<b>x</b>" not in html
    # name (title and heading), organisation, partner, note
    assert html.count("&lt;img src=&quot;/etc/passwd&quot;&gt;") == 5
    assert html.count("&lt;b&gt;x&lt;/b&gt;") == 5


def test_notes_keep_their_line_breaks(catalogue: Catalogue) -> None:
    item = ShortlistItem(code="KA210-VET", note="first line\nsecond & line\r\nthird")
    html = render(Shortlist(name="Notes", items=[item]), catalogue)
    assert "first line<br>second &amp; line<br>third" in html


def test_each_action_shows_key_data_deadlines_and_sources(catalogue: Catalogue) -> None:
    html = render(all_actions(catalogue, serbian_school()), catalogue)
    texts = load_texts()
    for action in catalogue.actions:
        assert f"({action.code})</span></h2>" in html
        info = next_deadline(action, TODAY)
        assert info is not None
        brussels = present.format_deadline(info).removesuffix(f" {present.UNVERIFIED}")
        assert escape(brussels) in html
        assert escape(texts.submit_to[action.submit_to.value]) in html
        for source_id in action.links:
            source = catalogue.sources[source_id]
            assert escape(source.url) in html
            assert escape(source.title) in html
    assert "In Serbia: 19 Feb 2026, 12:00 (Central European Time)" in html
    assert f"{catalogue.call_year} call, data as of {long_date(catalogue.data_as_of)}" in html
    assert escape(catalogue.guide_note) in html


def test_unverified_facts_are_marked(catalogue: Catalogue) -> None:
    action = catalogue.action("KA122-VET")
    unverified = [limit for limit in action.limits if not limit.verified]
    assert unverified, "the catalogue should hold an unverified KA122 limit to test with"
    shortlist = Shortlist(name="x", items=[ShortlistItem(code=action.code)])
    html = render(shortlist, catalogue)
    mark = f'<span class="unverified">{present.UNVERIFIED}</span>'
    for limit in unverified:
        shown = limit.value
        if catalogue.third_party_only(limit.sources):
            shown += " (third-party sources only)"
        assert f"{escape(shown)} {mark}" in html
    verified = next(limit for limit in action.limits if limit.verified)
    assert f"{escape(verified.value)} {mark}" not in html
    assert f"{escape(verified.value)}</td>" in html


def test_verdicts_in_words_with_criteria(catalogue: Catalogue) -> None:
    profile = serbian_school()
    html = render(all_actions(catalogue, profile), catalogue)
    recs = recommend(profile, catalogue, TODAY)
    texts = load_texts()
    for result in recs.actions:
        assert f"As applicant: {texts.verdicts[result.verdict].label}." in html
        for criterion in result.criteria:
            assert escape(criterion.explanation) in html
    assert ">Met</b>" in html and ">Not met</b>" in html
    assert "No organisation profile was saved" not in html


def test_without_a_profile_no_verdict_is_shown(catalogue: Catalogue) -> None:
    html = render(all_actions(catalogue, None), catalogue)
    assert "No organisation profile was saved with this shortlist, so no verdict is shown" in html
    assert "As applicant:" not in html
    assert "Why, and what would make it pass" not in html
    assert "In Serbia" not in html  # no country, so no local time


def test_recommendation_details_for_their_actions(catalogue: Catalogue) -> None:
    profile = serbian_school()
    recs = recommend(profile, catalogue, TODAY)
    assert recs.mobility is not None and recs.partnership is not None and recs.cove_clusters
    html = render(all_actions(catalogue, profile), catalogue)

    sections = html.split('<h2 class="action">')[1:]
    by_code = {
        action.code: section for action, section in zip(catalogue.actions, sections, strict=True)
    }
    mobility = by_code[recs.mobility.code]
    assert "Recommended mobility route" in mobility
    for activity in recs.mobility.activities:
        assert escape(activity.name) in mobility
    partnership = by_code[recs.partnership.code]
    assert "Recommended partnership size" in partnership
    assert present.format_eur(recs.partnership.lump_sum_eur) in partnership
    cove = next(a for a in catalogue.actions if a.family is Family.COVE)
    assert "Clusters of activities" in by_code[cove.code]
    for cluster in recs.cove_clusters:
        assert escape(cluster.title) in by_code[cove.code]
    assert sum("Recommended mobility route" in s for s in sections) == 1
    assert sum("Recommended partnership size" in s for s in sections) == 1


def test_status_and_note(catalogue: Catalogue) -> None:
    items = [
        ShortlistItem(code="KA122-VET", status=ItemStatus.PREPARING, note="Ask Tempus"),
        ShortlistItem(code="KA210-VET", status=ItemStatus.NOT_THIS_YEAR),
    ]
    html = render(Shortlist(name="Two", items=items), catalogue)
    texts = load_texts()
    assert status_label(ItemStatus.PREPARING, texts) == "Preparing an application"
    assert status_label(ItemStatus.PREPARING, texts) in html
    assert status_label(ItemStatus.NOT_THIS_YEAR, texts) in html
    assert "Ask Tempus" in html


def test_checklist_comes_from_the_readiness_data(catalogue: Catalogue) -> None:
    steps = {step.id: step for step in load_readiness().steps}
    national = [ShortlistItem(code="KA122-VET"), ShortlistItem(code="KA210-VET")]
    html = render(Shortlist(name="NA only", items=national), catalogue)
    checklist = html.split("Readiness checklist")[1]
    for step_id in ("oid", "mandates", "internal_approval"):
        assert escape(steps[step_id].title) in checklist
    assert escape(steps["pic"].title) not in checklist  # no EACEA action on the list
    # mandates: partnerships only; due 21 days (guidance) before the 5 March 2026 deadline
    mandates = checklist.split(escape(steps["mandates"].title))[1].split("</tr>")[0]
    assert "KA210-VET" in mandates and "KA122-VET" not in mandates
    assert "12 Feb 2026" in mandates

    eacea = next(a for a in catalogue.actions if a.submit_to.value is SubmitTo.EACEA)
    html = render(
        Shortlist(name="With EACEA", items=[*national, ShortlistItem(code=eacea.code)]),
        catalogue,
    )
    checklist = html.split("Readiness checklist")[1]
    pic = checklist.split(escape(steps["pic"].title))[1].split("</tr>")[0]
    assert eacea.code in pic and "KA122-VET" not in pic
    assert escape(load_readiness().guidance_note) in checklist


def test_an_action_missing_from_the_catalogue_is_reported(catalogue: Catalogue) -> None:
    item = ShortlistItem(code="KA999-VET", note="from last year")
    html = render(Shortlist(name="Old", items=[item], profile=serbian_school()), catalogue)
    assert "KA999-VET" in html
    assert f"not in the {catalogue.call_year} catalogue" in html
    assert "from last year" in html


def test_memo_html_imports_no_qt() -> None:
    code = (
        "import sys, vetguide.report.html; "
        "sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


# --- the budget estimate added to the memo --------------------------------------------------


def _plan(**changes: object):
    from vetguide.model.budget import BudgetPlan

    data: dict[str, object] = {
        "call_year": 2026,
        "action": "KA122-VET",
        "name": f"Bilbao {PAYLOAD}",
        "flows": [
            {
                "activity": "short_term_learner_mobility",
                "participants": 16,
                "days": 14,
                "from_city": "Beograd",
                "to_city": "Bilbao",
            }
        ],
    }
    data.update(changes)
    return BudgetPlan.model_validate(data)


def test_memo_holds_the_budget_added_with_formulas_and_gaps(catalogue: Catalogue) -> None:
    from vetguide.model.budget import estimate
    from vetguide.report.html import MemoParts

    plan = _plan()
    item = ShortlistItem(code="KA122-VET")
    without = Shortlist(name="Mobility", items=[item], profile=serbian_school())
    with_budget = without.model_copy(update={"budget": plan})
    assert "Budget estimate" not in render(without, catalogue)
    html = render(with_budget, catalogue)
    result = estimate(plan)
    section = html.split("Budget estimate: KA122-VET, call 2026")[1]
    assert escape(result.headline) in section
    assert result.headline.startswith("Partial total:")
    for line in result.lines:
        assert escape(line.formula or line.reason or "") in section
    for text in result.not_estimated:
        assert escape(text) in section
    assert PAYLOAD not in html and escape(PAYLOAD) in section  # the plan's name is escaped
    # A part of its own, after the actions and before the checklist.
    parts = MemoParts(with_budget, catalogue, TODAY, None)
    assert len(parts) == len(MemoParts(without, catalogue, TODAY, None)) + 1
    assert "Budget estimate" in parts.part(2) and "Readiness checklist" in parts.part(3)


def test_a_budget_plan_that_cannot_be_estimated_is_said_so(catalogue: Catalogue) -> None:
    plan = _plan(call_year=2022)  # no unit costs for that call
    shortlist = Shortlist(name="Old", items=[ShortlistItem(code="KA122-VET")], budget=plan)
    html = render(shortlist, catalogue)
    assert "could not be estimated: call_year: " in html


def test_page_one_summary_gives_the_stored_budget_with_what_it_leaves_out(
    catalogue: Catalogue,
) -> None:
    from vetguide.model.budget import estimate
    from vetguide.report.html import MemoParts

    plan = _plan()
    for language in ("en", "sr-Latn"):
        shortlist = Shortlist(
            name="Mobility", items=[ShortlistItem(code="KA122-VET")], profile=serbian_school()
        )
        texts = load_texts(language).memo
        before = MemoParts(shortlist, catalogue, TODAY, None, language=language).part(0)
        assert texts["summary_budget_none"] in before
        shortlist = shortlist.model_copy(update={"budget": plan})
        front = MemoParts(shortlist, catalogue, TODAY, None, language=language).part(0)
        summary = front.split("</div>")[0]
        result = estimate(plan, language=language)
        assert result.partial and result.low_total_eur > 0
        # The model's own words: the total (or range) and what it leaves out, no other number.
        assert escape(result.headline) in summary
        assert texts["summary_budget_none"] not in front
    items = [ShortlistItem(code="KA122-VET")]
    failed = Shortlist(name="Old", items=items, budget=_plan(call_year=2022))
    summary = MemoParts(failed, catalogue, TODAY, None).part(0).split("</div>")[0]
    assert "could not be estimated" in summary and "Budget: not estimated yet." not in summary


def test_checklist_rows_by_date_with_the_steps_the_answers_show_done(catalogue: Catalogue) -> None:
    import re
    from datetime import datetime

    items = [ShortlistItem(code="KA122-VET"), ShortlistItem(code="KA210-VET")]
    answered = serbian_school(holds_vet_accreditation=True)  # a partner is entered too
    html = render(Shortlist(name="Ready", items=items, profile=answered), catalogue)
    checklist = html.split("Readiness checklist")[1].split("</table>")[0]
    rows = checklist.split("<tr>")[2:]
    days = [re.search(r"<td>([^<]*\d{4})(?:<br>|</td>)", row) for row in rows]
    shown = [d.group(1) for d in days if d]
    assert len(shown) == len(rows) >= 5
    parsed = [datetime.strptime(d, "%d %b %Y").date() for d in shown]
    assert parsed == sorted(parsed) and parsed != list(reversed(sorted(parsed)))
    steps = {step.id: step for step in load_readiness().steps}
    for step_id, done in (("partner_search", True), ("oid", True), ("mandates", False)):
        row = checklist.split(escape(steps[step_id].title))[0].rsplit("<tr>", 1)[1]
        after = checklist.split(escape(steps[step_id].title))[1].split("</tr>")[0]
        assert ("\u2611" in row) is done
        assert ("done (from your answers)" in after) is done
        if done:
            assert "overdue" not in after
    # Without the answers nothing is marked done.
    bare = render(Shortlist(name="Bare", items=items), catalogue)
    assert "\u2611" not in bare.split("Readiness checklist")[1]
