"""Sources are listed official first, then national agencies (the user's own first), then
third-party pages, each under its own label; a fact backed only by third parties says so."""

from __future__ import annotations

from datetime import date

import pytest

from tests.model.factories import profile
from vetguide.model import present
from vetguide.model.resources import load_catalogue, load_texts
from vetguide.model.shortlist import Shortlist, ShortlistItem
from vetguide.model.vocab import SourceKind
from vetguide.report.html import memo_html

TODAY = date(2026, 1, 10)
ORDER = [SourceKind.OFFICIAL, SourceKind.NATIONAL_AGENCY, SourceKind.THIRD_PARTY]


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def test_every_national_agency_source_names_its_country(catalogue):
    for source_id, source in catalogue.sources.items():
        if source.kind is SourceKind.NATIONAL_AGENCY:
            assert source.country, source_id


@pytest.mark.parametrize("code", [a.code for a in load_catalogue().actions])
def test_groups_come_in_order_with_tempus_first_for_serbia(catalogue, code):
    action = catalogue.action(code)
    groups = catalogue.grouped_sources(action.ordered_source_ids(), "RS")
    kinds = [kind for kind, _ in groups]
    assert kinds == [k for k in ORDER if k in kinds]
    assert sorted(i for _, ids in groups for i in ids) == sorted(action.source_ids())
    for kind, ids in groups:
        assert all(catalogue.sources[i].kind is kind for i in ids)
        if kind is SourceKind.NATIONAL_AGENCY:
            serbian = [catalogue.sources[i].country == "RS" for i in ids]
            assert serbian == sorted(serbian, reverse=True), code


def test_ka210_memo_lists_tempus_before_other_agencies_and_labels_each_group(catalogue):
    shortlist = Shortlist(
        name="KA210",
        items=[ShortlistItem(code="KA210-VET", added=TODAY)],
        profile=profile(goals=["develop_practices"]),
    )
    html = memo_html(shortlist, catalogue, TODAY, None)
    sources = html[html.index("<h3>Sources</h3>") :]
    assert "Official sources</h3>" not in html
    agencies = sources.index("National agencies, national offices and government portals:")
    tempus = sources.index("Foundation Tempus")
    greek = sources.index("IKY (Greek NA)")
    assert agencies < tempus < greek
    # The Cypriot portal is not presented as an agency of its own name.
    assert "Cyprus government funding portal" in sources


def test_third_party_only_facts_say_so_in_key_data(catalogue):
    texts = load_texts()
    action = catalogue.action("ERASMUS-EDU-PI-ALL-INNO-BLUEPRINT")
    assert catalogue.third_party_only(action.grant.sources)
    rows = {
        row.label: row.value for row in present.key_data(action, TODAY, texts, catalogue=catalogue)
    }
    assert rows[texts.say("grant")].endswith(texts.say("third_party_only"))
    assert not rows[texts.say("submitted_to")].endswith(texts.say("third_party_only"))


def test_catalogue_text_groups_the_links(catalogue):
    text = present.catalogue_text(catalogue, TODAY)
    block = text[text.index("KA210-VET – ") :]
    block = block[: block.index("\n\n")]
    assert "National agencies, national offices and government portals:" in block
    assert block.index("National agencies, national offices and government portals:") < block.index(
        "erasmusplus.rs"
    )


def test_a_rule_backed_only_by_third_parties_says_so(catalogue):
    from vetguide.model.recommend import recommend

    result = recommend(profile(goals=["sector_skills"]), catalogue, TODAY)
    lot2 = result.result("ERASMUS-EDU-PI-ALL-INNO-BLUEPRINT")
    by_id = {c.id: c for c in lot2.criteria}
    assert by_id["min_partnership"].third_party_only  # fundsforcompanies_lot2 only
    assert not by_id["applicant_country"].third_party_only  # Foundation Tempus
    data = present.recommendations_json(result, catalogue)
    (row,) = [r for r in data["recommendations"] if r["code"] == lot2.code]
    assert {c["id"]: c["third_party_only"] for c in row["criteria"]}["min_partnership"] is True
    text = present.recommendations_text(result, catalogue)
    (line,) = [ln for ln in text.splitlines() if "needs at least 12" in ln]
    assert line.endswith("(third-party sources only)")
