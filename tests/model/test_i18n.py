"""English, Serbian Latin and Serbian Cyrillic: texts, catalogue, countries, text views, CLI."""

from __future__ import annotations

import io
import json
import re
import string
from datetime import date
from typing import Any

import pytest

from vetguide.cli import run
from vetguide.model import present
from vetguide.model.profile import InstitutionProfile
from vetguide.model.recommend import recommend
from vetguide.model.resources import (
    LANGUAGES,
    Translation,
    apply_translations,
    catalogue_path,
    catalogue_text_paths,
    load_catalogue,
    load_countries,
    load_texts,
    overlay_problems,
    read_json,
    resource_path,
    text_paths,
)
from vetguide.model.translit import ACRONYMS, PROTECT_CLOSE, PROTECT_OPEN, is_code

SERBIAN = ("sr-Latn", "sr-Cyrl")
TODAY = date(2026, 1, 10)
SCHOOL = {
    "organisation_type": "vet_provider",
    "country": "RS",
    "holds_vet_accreditation": False,
    "holds_eche": False,
    "short_term_grants_previous_4_calls": 0,
    "experience": "newcomer",
    "goals": ["learner_mobility", "staff_mobility", "develop_practices", "vocational_excellence"],
    "partners": [{"country": "ES", "organisation_type": "vet_provider"}],
    "participants": 20,
}
# Texts that are the same in English and Serbian.
SAME_IN_SERBIAN = {"partner"}
# English words that must not appear in unprotected Serbian text.
ENGLISH_WORDS = {
    "the", "and", "of", "for", "with", "is", "are", "from", "or", "not", "your", "you",
    "Erasmus", "Programme", "Guide", "Portal", "Funding", "Tenders", "Skills", "Pact",
    "Centres", "Centre", "Vocational", "Excellence", "Alliances", "Learning", "Teacher",
    "Training", "Jean", "Monnet", "Foundation", "National", "Agency", "European", "Education",
    "Culture", "Executive", "shadowing", "lump", "sum", "call", "round", "deadline",
    "unverified", "applicant", "hosting", "organisation", "learners", "staff",
}  # fmt: skip
PROTECTED = re.compile(rf"{PROTECT_OPEN}.*?{PROTECT_CLOSE}", re.S)
NOT_WORDS = re.compile(
    r"\{[^{}]*\}|https?://\S+|www\.\S+|[\w.+-]+@[\w.-]+|\b[\w-]+(?:\.[\w-]+)*\.(?:rs|eu|com|org)\b"
    r"|(?<!\w)/[\w./-]+"  # a file path (the data pack in use, shown as a tooltip)
)


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def leaves(node: Any, path: str = "") -> dict[str, str]:
    if isinstance(node, dict):
        found: dict[str, str] = {}
        for key, value in node.items():
            found |= leaves(value, f"{path}.{key}" if path else key)
        return found
    return {path: node} if isinstance(node, str) else {}


# Every translated data part has one overlay format: {"translations": {path: {"en", "tr"}}}.
OVERLAYS = [
    "catalogue/2026.sr-Latn.json",
    "countries.sr-Latn.json",
    "budget/2026.sr-Latn.json",
    "readiness.sr-Latn.json",
    "glossary.sr-Latn.json",
]


def read_texts(name: str) -> dict[str, Any]:
    data: dict[str, Any] = read_json(resource_path("texts", f"{name}.json"))
    return data


def serbian_sources() -> list[str]:
    """Every Serbian Latin string written by hand (texts, catalogue, countries, glossary)."""
    found = list(leaves(read_texts("sr-Latn")).values())
    for name in OVERLAYS:
        overlay = read_json(resource_path(*name.split("/")))
        found += [t["tr"] for t in overlay["translations"].values()]
    return found


PROTECTED_WORDS = {
    word
    for text in serbian_sources()
    for span in PROTECTED.findall(text)
    for word in re.findall(r"\w+", span)
}


def latin_words_outside_codes(text: str) -> list[str]:
    """Latin-script words of a Cyrillic text that are not codes, acronyms or protected words."""
    text = NOT_WORDS.sub(" ", text)
    words = re.findall(r"\w+(?:-\w+)*", text)
    return [
        w
        for w in words
        if re.search(r"[A-Za-zčćđšžČĆĐŠŽ]", w)
        and not is_code(w)
        and not all(part in ACRONYMS or part in PROTECTED_WORDS for part in w.split("-"))
        and w != "ErasmusPro"
    ]


# --- texts ----------------------------------------------------------------------------------


def test_every_english_key_has_a_serbian_text_with_the_same_placeholders():
    english = leaves(read_texts("en"))
    serbian = leaves(read_texts("sr-Latn"))
    assert english.keys() - {"language"} == serbian.keys() - {"language"}
    for key, text in english.items():
        assert placeholders(serbian[key]) == placeholders(text), key


@pytest.mark.parametrize("language", LANGUAGES)
def test_texts_load_in_every_language(language):
    texts = load_texts(language)
    assert texts.language == language
    assert texts.goals["learner_mobility"].group == "mobility"  # ids are never transliterated
    assert texts is load_texts(language)
    assert PROTECT_OPEN not in json.dumps(texts.model_dump(), ensure_ascii=False)


def test_serbian_texts_are_translated():
    english = leaves(read_texts("en"))
    serbian = leaves(read_texts("sr-Latn"))
    words = {
        key: NOT_WORDS.sub("", text)
        for key, text in english.items()
        if key != "language" and not key.endswith(".group") and text not in SAME_IN_SERBIAN
    }
    untranslated = [
        k
        for k, rest in words.items()
        if re.search(r"[A-Za-z]{2}", rest) and serbian[k] == english[k]
    ]
    assert untranslated == []


def test_cyrillic_texts_keep_placeholders_and_codes():
    latin, cyrillic = load_texts("sr-Latn"), load_texts("sr-Cyrl")
    assert cyrillic.criteria["country_status"].met.count("{country}") == 1
    assert cyrillic.verdicts["eligible"].label == "Испуњава услове"
    assert "KA120-VET" in cyrillic.criteria["requires_vet_accreditation"].fix
    assert cyrillic.submit_to["eacea"].startswith("Извршна агенција")
    assert "Funding & Tenders" in cyrillic.submit_to["eacea"]
    assert latin.submit_to["eacea"].endswith("portal Funding & Tenders")


def test_unknown_language_is_a_data_error():
    from vetguide.model.resources import DataError

    with pytest.raises(DataError):
        load_texts("de")


# --- catalogue ------------------------------------------------------------------------------


@pytest.mark.parametrize("language", SERBIAN)
def test_catalogue_overlay_is_complete_and_current(language):
    assert overlay_problems(language) == []


def test_every_data_translation_is_complete_and_current():
    """scripts/translation_gaps.py lists nothing: every text of every data part (catalogue,
    countries, unit costs, readiness steps, glossary) has a translation made from its
    current English."""
    from scripts.translation_gaps import gaps

    assert gaps(resource_path(), ["sr-Latn"]) == []


def test_a_changed_english_text_is_reported_and_shown_in_english(tmp_path):
    import shutil

    from scripts.translation_gaps import gaps

    for name in ("catalogue", "budget"):
        shutil.copytree(resource_path(name), tmp_path / name)
    for name in ("countries", "readiness", "glossary"):
        for suffix in (".json", ".sr-Latn.json"):
            shutil.copy(resource_path(name + suffix), tmp_path / (name + suffix))
    raw = read_json(tmp_path / "glossary.json")
    raw["entries"][0]["term"] = "OID (the Organisation ID)"
    (tmp_path / "glossary.json").write_text(json.dumps(raw), encoding="utf-8")
    assert gaps(tmp_path, ["sr-Latn"]) == [
        "2026 sr-Latn (glossary) entries.oid.term: the English text changed since it was translated"
    ]
    from vetguide.model.glossary import glossary_from
    from vetguide.model.resources import source_parts

    glossary = glossary_from(source_parts(2026, tmp_path), "sr-Latn")
    assert glossary.get("oid").term == "OID (the Organisation ID)"


@pytest.mark.parametrize("language", SERBIAN)
def test_every_catalogue_text_is_translated(language):
    english_raw = read_json(catalogue_path(2026))
    translated = load_catalogue(2026, language).model_dump(mode="json", exclude_none=True)
    by_code = {a["code"]: a for a in translated["actions"]}
    wanted = catalogue_text_paths(english_raw)
    assert wanted[""].keys() >= {"guide_note", "sources.tempus_ka122.title"}
    # A third-party page's title is kept whole as a protected name.
    overlay = read_json(resource_path("catalogue", "2026.sr-Latn.json"))["translations"]
    whole = re.compile(rf"{PROTECT_OPEN}[^{PROTECT_CLOSE}]*{PROTECT_CLOSE}")
    kept_whole = {path for path, item in overlay.items() if whole.fullmatch(item["tr"])}
    assert kept_whole and all(path.startswith("sources.") for path in kept_whole)
    count = 0
    for code, paths in wanted.items():
        node = translated if code == "" else by_code[code]
        found = dict(text_paths(node))
        for path, english in paths.items():
            count += 1
            assert path in found, (code, path)
            if english not in SAME_IN_SERBIAN and not (code == "" and path in kept_whole):
                assert found[path] != english, (code, path)
    assert count > 250


def test_no_english_left_in_serbian_sources():
    for text in serbian_sources():
        words = set(re.findall(r"[A-Za-z]+", NOT_WORDS.sub(" ", PROTECTED.sub(" ", text))))
        assert not words & ENGLISH_WORDS, (text, words & ENGLISH_WORDS)


def test_cyrillic_catalogue_has_latin_only_in_codes_and_protected_names():
    catalogue = load_catalogue(language="sr-Cyrl")
    data = catalogue.model_dump(mode="json")
    texts = [t for paths in catalogue_text_paths(data).values() for t in paths.values()]
    assert len(texts) > 250
    for text in texts:
        assert latin_words_outside_codes(text) == [], text


def test_cyrillic_texts_have_latin_only_in_codes_and_protected_names():
    for key, text in leaves(load_texts("sr-Cyrl").model_dump(mode="json")).items():
        if key == "language" or key.endswith(".group"):
            continue
        assert latin_words_outside_codes(text) == [], (key, text)


def test_official_title_keeps_the_english_name():
    english = load_catalogue()
    for language in SERBIAN:
        translated = load_catalogue(language=language)
        for en_action, action in zip(english.actions, translated.actions, strict=True):
            assert action.code == en_action.code
            assert action.official_title == en_action.title
            assert action.title != en_action.title
            assert [c.id for c in action.criteria] == [c.id for c in en_action.criteria]
            assert action.goals == en_action.goals
            assert action.grant.value.options_eur == en_action.grant.value.options_eur
    assert all(a.official_title is None for a in english.actions)
    ka122 = load_catalogue(language="sr-Latn").action("KA122-VET")
    assert ka122.title.startswith("Kratkoročni projekti mobilnosti")


def test_catalogue_is_cached_per_argument_and_defaults_to_english():
    assert load_catalogue() is load_catalogue()
    assert load_catalogue(2026, "sr-Cyrl") is load_catalogue(2026, "sr-Cyrl")
    assert load_catalogue() == load_catalogue(2026) == load_catalogue(2026, "en")
    assert load_countries() is load_countries()


def test_a_stale_translation_is_not_applied():
    root = {"limits": [{"value": "At most 40 participants per project."}]}
    old = Translation(en="At most 30 participants per project.", tr="Najviše 30 učesnika.")
    problems = apply_translations(root, {"limits.0.value": old}, str)
    assert problems == ["limits.0.value: the English text changed since it was translated"]
    assert root["limits"][0]["value"] == "At most 40 participants per project."
    assert apply_translations(root, {"limits.9.value": old}, str) == [
        "limits.9.value: no such text"
    ]


# --- countries ------------------------------------------------------------------------------


def test_country_and_region_names():
    latin, cyrillic = load_countries("sr-Latn"), load_countries("sr-Cyrl")
    expected = {
        "ES": ("Španija", "Шпанија"),
        "DE": ("Nemačka", "Немачка"),
        "MK": ("Severna Makedonija", "Северна Македонија"),
        "XK": ("Kosovo*", "Косово*"),
        "RS": ("Srbija", "Србија"),
        "DJ": ("Džibuti", "Џибути"),
    }
    for code, (lat, cyr) in expected.items():
        assert latin.get(code).name == lat  # type: ignore[union-attr]
        assert cyrillic.get(code).name == cyr  # type: ignore[union-attr]
    assert latin.region(1).name == "Zapadni Balkan"  # type: ignore[union-attr]
    assert cyrillic.region(1).name == "Западни Балкан"  # type: ignore[union-attr]
    english = load_countries()
    assert [c.code for c in english.countries] == [c.code for c in latin.countries]
    assert [c.status for c in english.countries] == [c.status for c in cyrillic.countries]


# --- text views -----------------------------------------------------------------------------


def _results(language: str):  # type: ignore[no-untyped-def]
    catalogue = load_catalogue(language=language)
    profile = InstitutionProfile.model_validate(SCHOOL)
    return recommend(profile, catalogue, TODAY, language=language), catalogue


def test_english_text_view_is_unchanged_by_default():
    result, catalogue = _results("en")
    text = present.recommendations_text(result, catalogue)
    assert "As applicant: Eligible." in text
    assert "[x] met   [ ] not met   [?] unknown" in text
    assert "Mobility route" in text and "Partnership size" in text
    assert "lump sum €30,000" in text
    assert "(call 2026, data as of 28 Nov 2026, today 10 Jan 2026)" in text


@pytest.mark.parametrize("language", SERBIAN)
def test_serbian_text_views(language):
    result, catalogue = _results(language)
    text = present.recommendations_text(result, catalogue, language)
    expected = {
        "sr-Latn": ["Kao podnosilac prijave: Ispunjava uslove.", "paušalni iznos 30.000 €", "19. 2. 2026. 12:00 po briselskom vremenu"],
        "sr-Cyrl": ["Као подносилац пријаве: Испуњава услове.", "паушални износ 30.000 €", "19. 2. 2026. 12:00 по бриселском времену"],
    }[language]  # fmt: skip
    for part in expected:
        assert part in text
    assert "(Short-term projects for mobility of learners and staff in VET)" in text
    assert PROTECT_OPEN not in text
    catalogue_text = present.catalogue_text(catalogue, TODAY, language)
    assert "KA220-VET" in catalogue_text and "ERASMUS-EDU-CB-VET" in catalogue_text
    assert "https://" in catalogue_text
    assert "€" in catalogue_text and "€30,000" not in catalogue_text


def test_key_data_labels_follow_the_texts():
    catalogue = load_catalogue(language="sr-Latn")
    rows = present.key_data(catalogue.action("KA210-VET"), TODAY, load_texts("sr-Latn"))
    labels = [row.label for row in rows]
    assert labels[0] == "Ko podnosi prijavu (uloga: koordinator)"
    assert "Finansiranje" in labels and "Ograničenje" in labels
    deadline = {row.label: row.value for row in rows}["Rok"]
    assert deadline.startswith("5. 3. 2026. 12:00 po briselskom vremenu")


# --- command line ---------------------------------------------------------------------------


def call(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def profile_file(tmp_path):
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(SCHOOL), encoding="utf-8")
    return path


def test_recommend_in_cyrillic(profile_file):
    code, out, err = call(
        "recommend", "--profile", str(profile_file), "--today", "2026-01-10", "--lang", "sr-Cyrl"
    )
    assert code == 0, err
    assert "Као подносилац пријаве" in out
    assert "Препоручени пут за мобилност" in out
    for kept in ("KA122-VET", "KA210-VET", "ERASMUS-EDU-PEX-COVE", "EACEA"):
        assert kept in out
    assert "по бриселском времену" in out and "Europe/" not in out
    assert len(re.findall(r"[а-яА-Яђјљњћџ]", out)) > 1000


def test_recommend_json_in_serbian_keeps_codes_and_enums(profile_file):
    code, out, _ = call(
        "recommend", "--profile", str(profile_file), "--format", "json", "--today", "2026-01-10",
        "--lang", "sr-Latn",
    )  # fmt: skip
    assert code == 0
    data = json.loads(out)
    ka122 = next(r for r in data["recommendations"] if r["code"] == "KA122-VET")
    assert ka122["verdict"] == "eligible" and ka122["submit_to"] == "national_agency"
    assert ka122["title"].startswith("Kratkoročni projekti mobilnosti")
    assert (
        ka122["official_title"] == "Short-term projects for mobility of learners and staff in VET"
    )
    assert ka122["criteria"][0]["explanation"].startswith("Organizacija vaše vrste")
    assert data["partnership"]["code"] == "KA210-VET"
    assert data["mobility"]["code"] == "KA122-VET"


def test_catalogue_command_in_serbian():
    code, out, _ = call("catalogue", "--today", "2026-01-10", "--lang", "sr-Latn")
    assert code == 0
    assert "Izvor: https://" in out and "ERASMUS-EDU-CB-VET" in out
    code, out, _ = call(
        "catalogue", "--format", "json", "--today", "2026-01-10", "--lang", "sr-Cyrl"
    )
    assert code == 0
    data = json.loads(out)
    assert data["actions"][0]["code"] == "KA120-VET"
    assert data["actions"][0]["family"] == "mobility"
    assert data["actions"][0]["official_title"].startswith("Erasmus accreditation")
    assert data["actions"][0]["title"].startswith("Еразмус акредитација")


def test_unknown_language_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_:
        call("catalogue", "--lang", "de")
    assert exit_.value.code == 2
    assert "--lang" in capsys.readouterr().err
