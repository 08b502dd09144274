"""The budget estimate in English, Serbian Latin and Serbian Cyrillic."""

from __future__ import annotations

import json
import re
import string
from typing import Any

import pytest

from vetguide.model.budget import (
    BudgetError,
    BudgetPlan,
    budget_overlay_problems,
    estimate,
    estimate_json,
    estimate_text,
    load_budget_data,
    load_cities,
    lump_sum_options,
    read_plan,
)
from vetguide.model.resources import load_catalogue, load_texts, read_json, resource_path
from vetguide.model.texts import plural_form

SERBIAN = ("sr-Latn", "sr-Cyrl")
LATIN = re.compile(r"[A-Za-zčćđšžČĆĐŠŽ]")


def flow(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "activity": "job_shadowing",
        "participants": 1,
        "days": 5,
        "from_city": "Belgrade",
        "to_city": "Madrid",
    }
    base.update(fields)
    return base


def make_plan(*flows: dict[str, Any], **extra: Any) -> BudgetPlan:
    return BudgetPlan.model_validate(
        {"schema_version": 1, "call_year": 2026, "flows": list(flows), **extra}
    )


# The Belgrade example: 10 learners to Madrid for 14 days; 2 staff to Vienna for 5 days.
EXAMPLE = make_plan(
    flow(activity="short_term_learner_mobility", participants=10, days=14, to_city="Madrid"),
    flow(activity="job_shadowing", participants=2, days=5, to_city="Vienna"),
)
# Every kind of line, warning and reason.
EVERYTHING = make_plan(
    flow(activity="courses_and_training", participants=2, days=12, fewer_opportunities=1),
    flow(participants=31, days=20, to_city="Vienna", travel_days=1),
    flow(activity="short_term_learner_mobility", days=5, green_travel=True),
    flow(activity="invited_experts", from_city="Madrid", to_city="Madrid", label="Expert"),
    name="Jesen 2026",
)


def english_phrases() -> set[str]:
    """The fixed words of every English ``budget`` text: the parts between placeholders."""
    found = set()
    for text in load_texts("en").budget.values():
        for literal, *_ in string.Formatter().parse(text):
            literal = literal.strip(" ,.;:()'–-")
            if len(re.findall(r"[A-Za-z]{2,}", literal)) >= 2:  # two words or more
                found.add(literal)
    return found


def english_data_texts() -> set[str]:
    data = load_budget_data(2026)
    found = {data.final_amounts_note, *data.not_estimated}
    found |= {t.not_found for t in data.individual_support.values() if t.not_found}
    found |= {g.short_name for g in data.country_groups}
    return found


def text_without_names(result_text: str) -> str:
    """The text view without the source titles and the GeoNames credit (names)."""
    return (
        "\n".join(
            line
            for line in result_text.splitlines()
            if not line.startswith(" - ") or "http" not in line
        )
        .replace("GeoNames geographical database", "")
        .replace("Creative Commons Attribution", "")
    )


# --- the texts ------------------------------------------------------------------------------


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("section", ["budget"])
def test_every_english_key_has_serbian_with_the_same_placeholders(section):
    english = read_json(resource_path("texts", "en.json"))[section]
    serbian = read_json(resource_path("texts", "sr-Latn.json"))[section]
    assert english.keys() == serbian.keys()
    for key, text in english.items():
        assert placeholders(serbian[key]) == placeholders(text), key


@pytest.mark.parametrize(
    ("n", "en", "sr"),
    [
        (1, "one", "one"),
        (2, "other", "few"),
        (5, "other", "other"),
        (11, "other", "other"),
        (12, "other", "other"),
        (21, "other", "one"),
        (22, "other", "few"),
        (0, "other", "other"),
    ],
)
def test_plural_forms(n, en, sr):
    assert plural_form(n, "en") == en
    assert plural_form(n, "sr-Latn") == plural_form(n, "sr-Cyrl") == sr


def test_counts_in_serbian():
    texts = load_texts("sr-Latn")
    assert [texts.count("flows", n) for n in (1, 2, 5)] == [
        "1 tok mobilnosti",
        "2 toka mobilnosti",
        "5 tokova mobilnosti",
    ]
    assert texts.count("people", 21) == "21 učesnik"
    assert texts.count("people", 1000) == "1.000 učesnika"


@pytest.mark.parametrize("language", SERBIAN)
def test_unit_cost_data_is_translated_and_current(language):
    assert budget_overlay_problems(2026, language) == []
    english, serbian = load_budget_data(2026), load_budget_data(2026, language)
    assert serbian.final_amounts_note != english.final_amounts_note
    assert serbian.travel == english.travel.model_copy(update={"note": serbian.travel.note})
    # The pages cited are the same; their titles are given in the language.
    assert {k: s.url for k, s in serbian.sources.items()} == {
        k: s.url for k, s in english.sources.items()
    }
    assert (
        serbian.sources["ec_distance_calculator"].title
        != english.sources["ec_distance_calculator"].title
    )


def test_a_stale_data_translation_is_not_applied():
    raw = read_json(resource_path("budget", "2026.json"))
    raw["final_amounts_note"] = "A corrected note."
    from vetguide.model.budget import translated_budget

    overlay = read_json(resource_path("budget", "2026.sr-Latn.json"))

    def parts(name):
        found = {"budget.json": raw, "budget.sr-Latn.json": overlay}
        return (json.loads(json.dumps(found[name])), name) if name in found else None

    translated, problems = translated_budget(parts, "sr-Latn")
    assert translated["final_amounts_note"] == "A corrected note."
    assert problems == ["final_amounts_note: the English text changed since it was translated"]


# --- the estimate ---------------------------------------------------------------------------


def test_english_is_the_default():
    assert estimate(EXAMPLE) == estimate(EXAMPLE, language="en")
    text = estimate_text(estimate(EXAMPLE))
    assert "10 participants × €395 (2,000–2,999 km band, Belgrade–Madrid 2,029 km" in text


@pytest.mark.parametrize("plan", [EXAMPLE, EVERYTHING])
def test_totals_and_lines_are_the_same_in_every_language(plan):
    results = [estimate(plan, language=lang) for lang in ("en", *SERBIAN)]
    for result in results[1:]:
        assert (result.low_total_eur, result.high_total_eur) == (
            results[0].low_total_eur,
            results[0].high_total_eur,
        )
        assert [(x.category, x.low_eur, x.high_eur, x.estimated) for x in result.lines] == [
            (x.category, x.low_eur, x.high_eur, x.estimated) for x in results[0].lines
        ]
        assert [f.distance_km for f in result.flows] == [f.distance_km for f in results[0].flows]


def test_belgrade_example_in_serbian_latin():
    result = estimate(EXAMPLE, language="sr-Latn")
    text = estimate_text(result)
    assert result.language == "sr-Latn"
    assert "Putni troškovi: 3.950 € (nije provereno)" in text
    assert "10 učesnika × 395 € (opseg udaljenosti od 2.000 do 2.999 km, Beograd–Madrid" in text
    assert "Individualna podrška: nije procenjeno" in text
    assert "Delimičan zbir: 10.012 €–11.832 € – nije uključeno: " in text
    assert "nacionalna agencija" in text
    assert "Beograd (RS) – Beč (AT)" in text
    catalogue = load_catalogue(2026, "sr-Latn").action("KA122-VET")
    names = {a.id: a.name for a in catalogue.activities}
    assert [f.activity_name for f in result.flows] == [
        names["short_term_learner_mobility"],
        names["job_shadowing"],
    ]
    assert "€3" not in text and "€4" not in text  # no English-style amounts


@pytest.mark.parametrize("plan", [EXAMPLE, EVERYTHING])
def test_serbian_estimate_has_no_english_sentence(plan):
    text = text_without_names(estimate_text(estimate(plan, language="sr-Latn")))
    found = [p for p in english_phrases() | english_data_texts() if p in text]
    assert found == []
    for word in ("participant", "days", "travel", "support", "not estimated", "the "):
        assert word not in text


@pytest.mark.parametrize("plan", [EXAMPLE, EVERYTHING])
def test_cyrillic_estimate_is_cyrillic_with_codes_intact(plan):
    result = estimate(plan, language="sr-Cyrl")
    text = text_without_names(estimate_text(result))
    assert "KA122-VET" in text and "(RS)" in text and "https://" in text
    assert "Београд" in text and "км" in text
    # Latin script only in codes, the protected name, ErasmusPro, URLs and the grant's
    # unit; plan names and labels are the user's words and stay as typed.
    rest = re.sub(r"https?://\S+", "", text)
    rest = re.sub(r"\b(?:KA\d+(?:-VET)?|[A-Z]{2,}|ErasmusPro|vetguide)\b", "", rest)
    rest = rest.replace("Jesen 2026", "").replace("Expert", "")
    for name in ("GeoNames", "Creative Commons Attribution 4.0", "University of Opole"):
        rest = rest.replace(name, "")  # names: the data protects them (⟦…⟧)
    rest = rest.replace("(job shadowing)", "")  # the catalogue keeps the English term
    assert LATIN.findall(rest) == []


def test_json_in_serbian_keeps_ids_and_codes():
    data = estimate_json(estimate(EXAMPLE, language="sr-Cyrl"))
    assert data["language"] == "sr-Cyrl"
    assert [line["category"] for line in data["lines"]][:2] == ["travel", "individual_support"]
    assert data["flows"][0]["activity"] == "short_term_learner_mobility"
    assert data["flows"][0]["from_country"] == "RS"
    assert data["flows"][0]["from_city"] == "Београд"
    assert data["flows"][0]["band"] == "од 2.000 до 2.999 км"


def test_city_names_in_serbian():
    cities = load_cities()
    belgrade = cities.find("Belgrade")
    assert belgrade is not None
    assert belgrade.display_name() == "Belgrade"
    assert belgrade.display_name("sr-Latn") == "Beograd"
    assert belgrade.display_name("sr-Cyrl") == "Београд"
    assert cities.find("Napulj") == cities.find("Naples") is not None
    assert cities.find("Беч") == cities.find("Vienna") is not None


@pytest.mark.parametrize(
    ("plan", "message"),
    [
        (make_plan(flow(to_city="Madird")), r"^flows\.0\.to_city: nepoznat grad „Madird“"),
        (make_plan(flow(activity="surfing")), r"^flows\.0\.activity: nepoznata aktivnost"),
        (make_plan(flow(travel_days=3)), r"^flows\.0\.travel_days: najviše 2 dana putovanja"),
        (make_plan(flow(), call_year=2025), r"^call_year: nema jediničnih troškova"),
        (make_plan(flow(), action="KA220-VET"), r"^action: KA220-VET se ne procenjuje"),
    ],
)
def test_errors_in_serbian_keep_the_field_path(plan, message):
    with pytest.raises(BudgetError, match=message):
        estimate(plan, language="sr-Latn")


def test_read_plan_errors_in_serbian(tmp_path):
    with pytest.raises(BudgetError, match="datoteka ne postoji"):
        read_plan(tmp_path / "nope.json", language="sr-Latn")
    broken = tmp_path / "plan.json"
    broken.write_text('{"schema_version": 1, "call_year": 2026, "flows": []}', encoding="utf-8")
    with pytest.raises(BudgetError, match="nije ispravan plan budžeta"):
        read_plan(broken, language="sr-Latn")


def test_lump_sum_labels_in_serbian():
    catalogue = load_catalogue(2026, "sr-Latn")
    labels = [o.label for o in lump_sum_options(catalogue.action("KA210-VET"), language="sr-Latn")]
    assert labels == ["30.000 €", "60.000 €"]
    (cove,) = lump_sum_options(catalogue.action("ERASMUS-EDU-PEX-COVE"), language="sr-Cyrl")
    assert cove.label == "до 4.000.000 €"
    with pytest.raises(ValueError, match="ne finansira paušalnim iznosom"):
        lump_sum_options(catalogue.action("KA122-VET"), language="sr-Latn")
