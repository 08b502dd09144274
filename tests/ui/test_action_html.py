"""The detail page HTML: every value from the data, escaped, unverified facts marked."""

from __future__ import annotations

from datetime import date
from html import escape

import pytest

from tests.model.factories import action, criterion, fact
from vetguide.model.catalogue import Catalogue
from vetguide.model.glossary import load_glossary
from vetguide.model.present import key_data
from vetguide.model.resources import load_catalogue, load_texts
from vetguide.ui import i18n
from vetguide.ui.action_html import (
    action_html,
    glossary_links,
    stamp,
    unverified_legend,
    welcome_html,
)

TODAY = date(2026, 1, 10)
HOSTILE = '<img src=x onerror="alert(1)">'


def hostile_catalogue() -> Catalogue:
    data = action(
        "TEST-1",
        criteria=[criterion("organisation_type", allowed=["vet_provider"])],
        title=f"Title {HOSTILE}",
        summary="Summary <script>alert(1)</script> & more",
        duration={"value": {"text": "6 <months>"}, "sources": ["s"], "verified": False},
        limits=[fact("At most <30> & no more")],
        links=["s", "t"],
    )
    return Catalogue.model_validate(
        {
            "schema_version": 1,
            "call_year": 2026,
            "data_as_of": "2026-01-02",
            "guide_note": "The English <Guide> prevails.",
            "sources": {
                "s": {
                    "url": "https://example.org/guide",
                    "title": "Guide <2026>",
                    "kind": "official",
                    "guide_year": "2026",
                },
                "t": {
                    "url": 'https://example.org/a"onclick="x',
                    "title": "Blog",
                    "kind": "third_party",
                    "guide_year": "2025",
                },
            },
            "actions": [data],
        }
    )


def test_every_string_is_escaped():
    catalogue = hostile_catalogue()
    html = action_html(catalogue.actions[0], catalogue, TODAY, load_texts())
    assert "<script>" not in html and "<img" not in html and "<months>" not in html
    assert "&lt;script&gt;" in html and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html
    assert "At most &lt;30&gt; &amp; no more" in html
    assert 'href="https://example.org/a&quot;onclick=&quot;x"' in html
    assert "The English &lt;Guide&gt; prevails." in html


def test_key_data_rows_and_unverified_marks_come_from_the_model():
    catalogue = hostile_catalogue()
    item = catalogue.actions[0]
    html = action_html(item, catalogue, TODAY, load_texts())
    rows = key_data(item, TODAY, load_texts())
    assert [row.verified for row in rows if row.label == "Duration"] == [False]
    assert html.count("(unverified)</span>") == 1 + 1  # the duration row and the legend
    assert "marks 1 fact on this page" in html
    assert "third party, not official" in html and "Guide / call year 2025" in html
    assert stamp(catalogue) == "Call 2026 · data as of 2 Jan 2026" and stamp(catalogue) in html


def test_welcome_page_lists_only_families_with_actions():
    catalogue = hostile_catalogue()
    texts = load_texts()
    html = welcome_html(catalogue, texts)
    assert texts.families[catalogue.actions[0].family].label in html
    assert texts.families["cove"].label not in html


def test_glossary_terms_become_links_on_whole_words_only():
    glossary = load_glossary("en")
    html = glossary_links("Ask the National agency <b>; Consortia & EACEA, EACEA again", glossary)
    assert '<a href="glossary:national_agency">National agency</a>' in html
    assert html.count('<a href="glossary:eacea">EACEA</a>') == 1  # the first one only
    assert "Consortia" in html and "glossary:consortium" not in html  # not a whole-word match
    assert "&lt;b&gt;; Consortia &amp; " in html and "<b>" not in html
    assert glossary_links("Fixed lump sums: lump sum", glossary).endswith(
        '<a href="glossary:lump_sum">lump sum</a>'
    )
    assert glossary_links("a <PIC>", None) == "a &lt;PIC&gt;"


def test_the_serbian_page_keeps_the_english_official_title(qapp):
    catalogue = load_catalogue(2026, "sr-Latn")
    texts = load_texts("sr-Latn")
    action = catalogue.action("KA220-VET")
    i18n.set_language("sr-Latn")
    html = action_html(action, catalogue, TODAY, texts, None, load_glossary("sr-Latn"))
    assert escape(action.title) in html and escape(action.official_title) in html
    assert "Zvanični naziv na engleskom:" in html and "<h3>Osnovni podaci</h3>" in html
    assert "5. 3. 2026. 12:00 po briselskom vremenu" in html
    assert '<a href="glossary:lump_sum">paušalni iznos</a>' in html
    assert "(nije provereno)</span>" in html and "(nije provereno) <span" not in html
    assert stamp(catalogue).startswith("Konkurs za 2026. godinu · stanje podataka: ")


@pytest.mark.parametrize(
    ("language", "count", "expected"),
    [
        ("en", 1, "marks 1 fact on this page:"),
        ("en", 3, "marks 3 facts on this page:"),
        ("sr-Latn", 1, "označava jedan podatak na ovoj strani koji još nije proveren:"),
        ("sr-Latn", 3, "označava 3 podatka na ovoj strani koji još nisu provereni:"),
        ("sr-Latn", 7, "označava 7 podataka na ovoj strani koji još nisu provereni:"),
        ("sr-Latn", 21, "označava 21 podatak na ovoj strani koji još nije proveren:"),
    ],
)
def test_the_unverified_legend_agrees_with_its_count(qapp, language, count, expected):
    i18n.set_language(language)
    assert unverified_legend(count) == expected
