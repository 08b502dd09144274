"""An action with a single applicant has no partner role: shown neutrally, never as a red
"As partner: not eligible" (text view, JSON, memo)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.model.factories import profile
from vetguide.model import present
from vetguide.model.recommend import recommend
from vetguide.model.resources import load_catalogue, load_texts
from vetguide.model.shortlist import Shortlist, ShortlistItem
from vetguide.report.html import memo_html

TODAY = date(2026, 1, 10)
SINGLE = ("KA120-VET", "ERASMUS-JMO-OFET-TT", "ERASMUS-JMO-OFET-LEARNING-EU")


@pytest.fixture(scope="module")
def result():
    return recommend(profile(goals=["eu_teaching"]), load_catalogue(), TODAY)


def test_single_applicant_actions_have_no_partner_role_in_the_data():
    catalogue = load_catalogue()
    assert all(catalogue.action(code).partner is None for code in SINGLE)


def test_json_partner_verdict_is_null(result):
    data = present.recommendations_json(result, load_catalogue())
    rows = {r["code"]: r for r in data["recommendations"]}
    for code in SINGLE:
        assert rows[code]["partner_verdict"] is None
        assert rows[code]["partner_criteria"] == []
    assert rows["KA210-VET"]["partner_verdict"] in ("eligible", "conditional", "ineligible")


@pytest.mark.parametrize("language", ["en", "sr-Latn"])
def test_text_view_says_no_partners(language):
    catalogue = load_catalogue(language=language)
    texts = load_texts(language)
    result = recommend(profile(goals=["eu_teaching"]), catalogue, TODAY, language=language)
    text = present.recommendations_text(result, catalogue, language)
    blocks = text.split("\n\n")
    for code in SINGLE:
        (block,) = [b for b in blocks if f". {code} - " in b]
        assert texts.say("no_partners") in block
        role = texts.say("partner_fallback")
        for verdict in texts.verdicts.values():
            assert texts.say("as_role", role=role, verdict=verdict.label) not in block


def test_memo_says_no_partners(result):
    catalogue = load_catalogue()
    items = [ShortlistItem(code=code, added=TODAY) for code in SINGLE]
    shortlist = Shortlist(name="JM", items=items, profile=profile(goals=["eu_teaching"]))
    html = memo_html(shortlist, catalogue, TODAY, result)
    assert html.count("No partners in this action.") == len(SINGLE)
    assert "As partner: Not eligible" not in html
