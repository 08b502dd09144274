"""The memo from a profile separates "Recommended for your goals" from "Also open to you":
an action that serves none of the user's goals is never called recommended."""

from __future__ import annotations

from datetime import date

from tests.model.factories import profile
from vetguide.model.recommend import recommend
from vetguide.model.resources import load_catalogue
from vetguide.model.shortlist import Shortlist, ShortlistItem
from vetguide.report.html import MemoParts

TODAY = date(2026, 1, 10)


def memo_for(goals: list[str]) -> tuple[str, list[str], list[str]]:
    catalogue = load_catalogue()
    fields = profile(goals=goals, partners=[{"country": "ES", "organisation_type": "vet_provider"}])
    recs = recommend(fields, catalogue, TODAY)
    chosen = [*recs.recommended(), *recs.also_open()]
    items = [ShortlistItem(code=r.code, added=TODAY) for r in chosen]
    shortlist = Shortlist(name="From a profile", items=items, profile=fields)
    front = MemoParts(shortlist, catalogue, TODAY, recs).part(0)
    return front, [r.code for r in recs.recommended()], [r.code for r in recs.also_open()]


def section(front: str, heading: str) -> str:
    start = front.index(f"<h3>{heading}</h3>")
    end = front.find("<h3>", start + 1)
    return front[start : end if end != -1 else None]


def test_recommended_and_also_open_are_apart():
    front, recommended, also_open = memo_for(["learner_mobility"])
    assert recommended and also_open
    top = section(front, "Recommended for your goals")
    rest = section(front, "Also open to you")
    for code in recommended:
        assert f">{code}</span>" in top and f">{code}</span>" not in rest
    for code in also_open:
        assert f">{code}</span>" in rest and f">{code}</span>" not in top


def test_without_goals_nothing_is_called_recommended():
    front, recommended, also_open = memo_for([])
    assert recommended == [] and also_open
    assert "Recommended for your goals" not in front
    assert "Also open to you" in front


def test_each_action_page_says_which_group_it_is_in():
    catalogue = load_catalogue()
    fields = profile(goals=["eu_teaching"])
    recs = recommend(fields, catalogue, TODAY)
    (irrelevant, *_) = recs.also_open()
    shortlist = Shortlist(
        name="x", items=[ShortlistItem(code=irrelevant.code, added=TODAY)], profile=fields
    )
    page = MemoParts(shortlist, catalogue, TODAY, recs).part(1)
    assert "<b>Also open to you.</b>" in page
    assert "Recommended for your goals" not in page


# --- page 1: the summary for the director (issue 17) -----------------------------------------


def test_page_one_opens_with_a_summary_for_the_director():
    from vetguide.model.deadlines import next_deadline
    from vetguide.model.formatting import format_date

    catalogue = load_catalogue()
    fields = profile(goals=["learner_mobility"])
    recs = recommend(fields, catalogue, TODAY)
    items = [ShortlistItem(code=c, added=TODAY) for c in ("KA220-VET", "KA122-VET")]
    shortlist = Shortlist(name="Plan", items=items, profile=fields)
    front = MemoParts(shortlist, catalogue, TODAY, recs).part(0)
    summary = front[front.index("In short") : front.index("Exported on")]
    assert recs.group_of("KA122-VET") == "recommended" != recs.group_of("KA220-VET")
    assert "We recommend these actions for the goals we chose:" in summary
    assert "KA122-VET" in summary and "KA220-VET" not in summary
    due = next_deadline(catalogue.action("KA122-VET"), TODAY)
    assert f"next deadline {format_date(due.at.date())}" in summary
    assert "Budget: not estimated yet." in summary
    # The summary comes before everything else on page 1.
    assert front.index("In short") < front.index("Organisation")


def test_without_a_recommended_action_the_summary_says_so():
    catalogue = load_catalogue()
    fields = profile(goals=["learner_mobility"])
    recs = recommend(fields, catalogue, TODAY)
    shortlist = Shortlist(
        name="Plan", items=[ShortlistItem(code="KA220-VET", added=TODAY)], profile=fields
    )
    front = MemoParts(shortlist, catalogue, TODAY, recs).part(0)
    assert "None of the shortlisted actions serves the goals we chose" in front
