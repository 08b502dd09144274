"""The glossary: every jargon term, explained in every language, with a source."""

from __future__ import annotations

import re

import pytest

from vetguide.model.glossary import GlossaryFile, load_glossary
from vetguide.model.resources import LANGUAGES, DataError, load_model

REQUIRED = {
    "oid",
    "pic",
    "lump_sum",
    "eqf",
    "associated_third_country",
    "consortium",
    "accreditation",
    "eche",
    "eacea",
    "national_agency",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_term_in_every_language(language):
    glossary = load_glossary(language)
    assert glossary.language == language
    assert {e.id for e in glossary.entries} >= REQUIRED
    for entry in glossary.entries:
        assert entry.term and len(entry.explanation) > 60
        assert entry.source.startswith("https://")
        assert "⟦" not in entry.term + entry.explanation
    assert load_glossary(language) is glossary


def test_languages_differ_and_cyrillic_keeps_acronyms():
    en, lat, cyr = (load_glossary(lang) for lang in LANGUAGES)
    assert en.get("lump_sum").term == "Lump sum"
    assert lat.get("lump_sum").term == "Paušalni iznos"
    assert cyr.get("lump_sum").term == "Паушални износ"
    assert lat.get("eche").term.startswith("ECHE (Erazmus povelja za visoko obrazovanje")
    assert cyr.get("pic").term.startswith("PIC број")
    assert "Funding & Tenders" in cyr.get("eacea").explanation
    assert re.search(r"[А-Яа-я]", cyr.get("oid").explanation)
    assert lat.get("oid").source == en.get("oid").source


def test_unknown_entry_and_incomplete_file(tmp_path):
    with pytest.raises(KeyError):
        load_glossary().get("nope")
    broken = tmp_path / "glossary.json"
    broken.write_text(
        '{"schema_version": 1, "entries": [{"id": "oid", "term": "OID", "explanation": "",'
        ' "source": "https://example.org"}]}',
        encoding="utf-8",
    )
    with pytest.raises(DataError, match="explanation: String should have at least 1 character"):
        load_model(GlossaryFile, broken)
