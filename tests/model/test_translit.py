"""Serbian Latin ⇄ Cyrillic: exact round trips, and the parts that must never change."""

from __future__ import annotations

import pytest

from vetguide.model.translit import (
    cyrillic_to_latin,
    latin_to_cyrillic,
    localise,
    protect,
    source_language,
    strip_markers,
)

# Latin -> Cyrillic, with lj, nj, dž, đ, ć, č, š, ž in lower, capitalised and upper case.
WORDS = {
    "ljubav": "љубав",
    "Ljubav": "Љубав",
    "LJUBAV": "ЉУБАВ",
    "polje": "поље",
    "POLJE": "ПОЉЕ",
    "ljudi": "људи",
    "Ljubljana": "Љубљана",
    "zaposlenih": "запослених",
    "učenje": "учење",
    "njegov": "његов",
    "Njegoš": "Његош",
    "NJEGOŠ": "ЊЕГОШ",
    "konj": "коњ",
    "KONJ": "КОЊ",
    "obrazovanje": "образовање",
    "džep": "џеп",
    "Džep": "Џеп",
    "DŽEP": "ЏЕП",
    "odžak": "оџак",
    "Džibuti": "Џибути",
    "Azerbejdžan": "Азербејџан",
    "đak": "ђак",
    "Đorđe": "Ђорђе",
    "ĐAK": "ЂАК",
    "međunarodni": "међународни",
    "ćerka": "ћерка",
    "Ćuprija": "Ћуприја",
    "ĆUPRIJA": "ЋУПРИЈА",
    "veština": "вештина",
    "čas": "час",
    "Čačak": "Чачак",
    "ČAČAK": "ЧАЧАК",
    "škola": "школа",
    "Škola": "Школа",
    "ŠKOLA": "ШКОЛА",
    "žena": "жена",
    "Žan": "Жан",
    "ŽUTO": "ЖУТО",
    "Fondacija": "Фондација",
    "Tempus": "Темпус",
    "Erazmus": "Еразмус",
    "stručnog": "стручног",
    "saradnju": "сарадњу",
    "pridružena": "придружена",
    "paušalni": "паушални",
    "partnerstva": "партнерства",
    "Srbija": "Србија",
    "Nemačka": "Немачка",
    "Španija": "Шпанија",
    "Severna": "Северна",
    "Makedonija": "Македонија",
    "Hercegovina": "Херцеговина",
    # two letters, not a digraph
    "konjunktura": "конјунктура",
    "KONJUNKTURA": "КОНЈУНКТУРА",
    "injekcija": "инјекција",
    "injektor": "инјектор",
    "injektirati": "инјектирати",
    "injunkcija": "инјункција",
    "nadživeti": "надживети",
    "odžaliti": "оджалити",
    "podžupan": "поджупан",
}


def test_word_list_is_long_enough():
    assert len(WORDS) >= 40
    letters = "".join(WORDS).lower()
    for needed in ("lj", "nj", "dž", "đ", "ć", "č", "š", "ž"):
        assert needed in letters


@pytest.mark.parametrize(("latin", "cyrillic"), WORDS.items())
def test_word_round_trip(latin, cyrillic):
    assert latin_to_cyrillic(latin) == cyrillic
    assert cyrillic_to_latin(cyrillic) == latin


def test_sentence_round_trip():
    text = "Ljubica i NJEGOŠ su u Džibutiju, a Đorđe čeka ćerku; ŠKOLA „Nikola Tesla“, Čačak, 2026."
    assert cyrillic_to_latin(latin_to_cyrillic(text)) == text


def test_single_code_point_digraphs():
    assert latin_to_cyrillic("ǉubav ǈubav Ǌegoš ǆep") == "љубав Љубав Његош џеп"


@pytest.mark.parametrize(
    "kept",
    [
        "KA220-VET",
        "KA1",
        "ERASMUS-EDU-PEX-COVE",
        "ERASMUS-JMO-OFET-LEARNING-EU",
        "EACEA",
        "ECHE",
        "OID",
        "PIC",
        "EQF",
        "VET",
        "ISCED",
        "https://erasmusplus.rs/strucno-obrazovanje/projekti-mobilnosti/",
        "www.tempus.ac.rs",
        "erasmusplus.rs",
        "office@tempus.ac.rs",
        "{action}",
        "{n}",
        "ErasmusPro",
        "eTwinning",
        "Léargas",
        "Yıldız",
        "12:00",
        "EQF 3–5",
    ],
)
def test_codes_urls_mails_placeholders_untouched(kept):
    sentence = f"Pogledajte {kept} danas."
    converted = latin_to_cyrillic(sentence)
    assert converted == f"Погледајте {kept} данас."
    assert cyrillic_to_latin(converted) == sentence


def test_protected_parts_are_kept_and_markers_removed():
    text = f"portal {protect('Funding & Tenders')} i {protect('Pact for Skills')}"
    assert latin_to_cyrillic(text) == "портал Funding & Tenders и Pact for Skills"
    assert strip_markers(text) == "portal Funding & Tenders i Pact for Skills"
    assert cyrillic_to_latin("⟦Ђорђе⟧ Ђорђе") == "Ђорђе Đorđe"


def test_placeholder_sentence_keeps_every_placeholder():
    template = "Vaša zemlja ({country}) je {status}, a uloga je „{role}“ u akciji {action}."
    converted = latin_to_cyrillic(template)
    for name in ("{country}", "{status}", "{role}", "{action}"):
        assert name in converted
    assert converted.format(country="Србија", status="x", role="y", action="KA122-VET")


def test_localise_per_language():
    text = "Fondacija ⟦Tempus⟧"
    assert localise(text, "en") == "Fondacija Tempus"
    assert localise(text, "sr-Latn") == "Fondacija Tempus"
    assert localise(text, "sr-Cyrl") == "Фондација Tempus"
    assert source_language("sr-Cyrl") == "sr-Latn"
    assert source_language("en") == "en"


def test_cyrillic_text_is_left_alone_by_latin_to_cyrillic():
    assert latin_to_cyrillic("Већ ћирилица") == "Већ ћирилица"


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("države članice EU", "државе чланице ЕУ"),
        ("u EU-u", "у ЕУ-у"),
        ("PRIJAVA NA KONKURS", "ПРИЈАВА НА КОНКУРС"),
        ("OKRENUT KA EVROPI", "ОКРЕНУТ КА ЕВРОПИ"),
        ("KA122-VET i KA1", "KA122-VET и KA1"),
    ],
)
def test_serbian_abbreviations_and_prepositions_in_capitals_are_transliterated(latin, cyrillic):
    # EU is a Serbian abbreviation (ЕУ); NA and KA are prepositions. Codes stay Latin.
    assert latin_to_cyrillic(latin) == cyrillic
