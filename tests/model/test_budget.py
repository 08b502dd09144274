"""KA1 budget estimates: distances, bands, unit costs, unknown costs, plan validation."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest

from vetguide.model.budget import (
    BudgetData,
    BudgetError,
    BudgetPlan,
    budget_path,
    city_distance_km,
    estimate,
    estimate_text,
    haversine_km,
    load_budget_data,
    load_cities,
    lump_sum_options,
    parse_plan,
)
from vetguide.model.resources import DataError, load_catalogue, load_model


@pytest.fixture(scope="module")
def data() -> BudgetData:
    return load_budget_data(2026)


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


EXAMPLE = make_plan(
    flow(activity="short_term_learner_mobility", participants=10, days=14, to_city="Madrid"),
    flow(activity="job_shadowing", participants=2, days=5, to_city="Vienna"),
)


# --- distance and bands -------------------------------------------------------------------


def test_haversine_on_a_6371_km_sphere():
    assert haversine_km(44.8, 20.5, 44.8, 20.5) == 0
    quarter = haversine_km(0, 0, 90, 0)
    assert quarter == pytest.approx(math.pi / 2 * 6371)
    assert haversine_km(0, 0, 0, 180) == pytest.approx(math.pi * 6371)


@pytest.mark.parametrize(
    ("km", "label"),
    [
        (9.99, None),
        (10, "10–99 km"),
        (99.9, "10–99 km"),
        (100, "100–499 km"),
        (499.99, "100–499 km"),
        (500, "500–1,999 km"),
        (1999, "500–1,999 km"),
        (1999.9, "500–1,999 km"),
        (2000, "2,000–2,999 km"),
        (2999.9, "2,000–2,999 km"),
        (3000, "3,000–3,999 km"),
        (3999.9, "3,000–3,999 km"),
        (4000, "4,000–7,999 km"),
        (7999.9, "4,000–7,999 km"),
        (8000, "8,000 km and more"),
        (19000, "8,000 km and more"),
    ],
)
def test_band_boundaries(data, km, label):
    band = data.travel.band_for(km)
    assert (band.label if band else None) == label


def test_belgrade_madrid_is_in_the_2000_km_band(data):
    cities = load_cities()
    belgrade, madrid = cities.find("Belgrade"), cities.find("Madrid")
    assert belgrade is not None and madrid is not None
    km = city_distance_km(belgrade, madrid)
    assert 2000 < km < 2060  # about 2,029 km
    band = data.travel.band_for(km)
    assert band is not None and (band.min_km, band.max_km) == (2000, 2999)
    assert (band.standard_eur, band.green_eur) == (395, 535)


def test_city_lookup_ignores_case_accents_and_script():
    cities = load_cities()
    belgrade = cities.find("Belgrade")
    assert belgrade is not None and belgrade.country == "RS"
    for name in ("beograd", "BEOGRAD", "Београд", " Belgrade "):
        assert cities.find(name) == belgrade
    assert cities.find("Nis") == cities.find("Niš") is not None
    assert cities.find("Madrid, ES") is not None
    assert cities.find("Madrid, FR") is None
    assert "Madrid" in cities.suggestions("Madird")


def test_city_table_holds_every_city_of_15000_or_more_of_the_programme_countries():
    from vetguide.model.resources import load_countries

    table = load_cities()
    wanted = {c.code for c in load_countries().countries}
    countries = {c.country for c in table.entries}
    assert countries <= wanted
    assert {c.code for c in load_countries().countries if c.status.value != "non_associated"} <= (
        countries
    )
    assert table.min_population == 15000
    small = [c.name for c in table.entries if c.population < 15000]
    assert small == ["Vaduz", "Valletta"] or sorted(small) == ["Vaduz", "Valletta"]
    # Cities a school sends learners to that the hand-made list of 69 lacked.
    for name, country in (
        ("Bilbao", "ES"),
        ("Graz", "AT"),
        ("Maribor", "SI"),
        ("Kragujevac", "RS"),
    ):
        city = table.find(name)
        assert city is not None and city.country == country


def test_completer_finds_a_city_by_its_first_letters_in_latin_or_cyrillic():
    table = load_cities()
    assert [(c.name, c.country) for c in table.complete("Bilb")][:1] == [("Bilbao", "ES")]
    assert table.complete("Мадр")[0] == table.complete("Madr")[0] == table.find("Madrid")
    assert table.complete("Беч")[0].name == "Vienna"  # the app's Serbian name, in Cyrillic
    assert table.complete("Мари")[0] is not None
    assert table.complete("") == [] and table.complete("Xqzv") == []


def test_same_named_cities_keep_their_countries():
    table = load_cities()
    valencias = table.matches("Valencia")
    assert len(valencias) > 1 and len({c.country for c in valencias}) == len(valencias)
    # A programme country's city comes first; 'Name, CC' picks another.
    assert valencias[0].country == "ES" and table.find("Valencia") == valencias[0]
    assert table.find("Valencia, VE") is not None and table.find("Valencia, VE").country == "VE"
    assert table.find("Madr") is None  # a start is no city


def test_plan_says_which_of_the_same_named_cities_it_took():
    table = load_cities()
    bergens = [c for c in table.matches("Bergen") if table.in_programme(c)]
    assert {c.country for c in bergens} >= {"NO", "NL"}
    result = estimate(make_plan(flow(to_city="Bergen"), flow(to_city="Bergen, NL")))
    first, second = result.flows
    assert (first.to_country, second.to_country) == (bergens[0].country, "NL")
    assert any(w.startswith("'Bergen' read as Bergen (") for w in first.warnings)
    assert not any("read as" in w for w in second.warnings)  # the country was given
    text = estimate_text(result)
    assert f"to Bergen ({first.to_country})" in text and "to Bergen (NL)" in text


# --- the estimate ---------------------------------------------------------------------------


def test_example_lines_add_up_to_the_totals():
    result = estimate(EXAMPLE)
    estimated = result.estimated_lines()
    assert result.low_total_eur == sum(line.low_eur for line in estimated)
    assert result.high_total_eur == sum(line.high_eur for line in estimated)
    assert (result.low_total_eur, result.high_total_eur) == (10_012, 11_832)
    travel = [line for line in result.lines if line.category == "travel"]
    assert [line.low_eur for line in travel] == [3_950, 422]
    assert travel[0].formula.startswith(
        "10 participants × €395 (2,000–2,999 km band, Belgrade–Madrid 2,0"
    )
    assert all(line.formula for line in estimated)


def test_learner_daily_rate_is_reported_not_guessed():
    result = estimate(EXAMPLE)
    missing = result.missing_lines()
    assert len(missing) == 1
    line = missing[0]
    assert (line.flow, line.category) == (1, "individual_support")
    assert line.low_eur is None and line.high_eur is None
    assert "not found" in line.reason and "not available" in line.reason
    text = estimate_text(result)
    assert "Individual support: not estimated" in text
    assert "Partial total: €10,012–€11,832 – not included: " in text
    assert "national agency fixes the final amounts" in text


def test_staff_support_spans_both_country_groupings_for_austria():
    result = estimate(make_plan(flow(participants=2, days=5, to_city="Vienna")))
    line = next(line for line in result.lines if line.category == "individual_support")
    # Group 2 in one grouping (€84–170), group 1 in the 2024 regrouping (€96–190).
    assert (line.low_eur, line.high_eur) == (2 * 5 * 84, 2 * 7 * 190)
    assert "group 2 in the KA1 grouping" in line.formula
    assert "group 1 in the 2024 higher-education grouping" in line.formula
    assert not line.verified


def test_long_stay_uses_the_reduced_rate_from_day_15():
    result = estimate(make_plan(flow(days=20, to_city="Madrid")))
    line = next(line for line in result.lines if line.category == "individual_support")
    # low: 20 days at €84: 14 full + 6 at 70 % = 1,528.8; high: 22 days at €170.
    assert line.low_eur == 1_529
    assert line.high_eur == 14 * 170 + 8 * 119
    assert "from day 15 at 70%" in line.formula and "(unverified)" in line.formula


def test_given_travel_days_fix_the_days_and_are_checked():
    result = estimate(make_plan(flow(days=5, travel_days=1, to_city="Madrid")))
    line = next(line for line in result.lines if line.category == "individual_support")
    assert (line.low_eur, line.high_eur) == (6 * 84, 6 * 170)
    with pytest.raises(BudgetError, match=r"flows\.0\.travel_days: at most 2"):
        estimate(make_plan(flow(travel_days=3)))
    green = estimate(make_plan(flow(days=5, travel_days=6, green_travel=True)))
    travel = next(line for line in green.lines if line.category == "travel")
    assert travel.low_eur == 535 and "green travel" in travel.formula


def test_course_fees_are_capped_and_inclusion_support_counted():
    result = estimate(
        make_plan(
            flow(activity="courses_and_training", participants=2, days=12, fewer_opportunities=1)
        )
    )
    fees = next(line for line in result.lines if line.category == "course_fees")
    assert fees.low_eur == 2 * 10 * 80 and "at most 10 days" in fees.formula
    inclusion = next(line for line in result.lines if line.category == "inclusion_support")
    assert inclusion.low_eur == 125
    assert "course_fees" not in {x.category for x in estimate(make_plan(flow())).lines}


def test_unknown_rules_for_invited_experts_are_not_estimated():
    result = estimate(
        make_plan(flow(activity="invited_experts", from_city="Madrid", to_city="Niš"))
    )
    missing = {line.category for line in result.missing_lines()}
    assert missing == {"individual_support", "organisational_support"}
    assert result.low_total_eur == next(x.low_eur for x in result.lines if x.category == "travel")


def test_same_city_is_under_the_travel_table():
    result = estimate(make_plan(flow(to_city="Belgrade")))
    travel = next(line for line in result.lines if line.category == "travel")
    assert not travel.estimated and "under 10 km" in travel.reason


def test_warnings_for_band_edge_duration_and_participant_limit():
    result = estimate(make_plan(flow(participants=31, days=5, to_city="Vienna")))
    assert any("500 km band edge" in w for w in result.flows[0].warnings)
    assert any("at most 30 participants" in w for w in result.warnings)
    short = estimate(make_plan(flow(activity="short_term_learner_mobility", days=5)))
    assert any("outside the 10–89 days" in w for w in short.flows[0].warnings)
    assert not estimate(make_plan(flow())).flows[0].warnings


# --- errors that name the field -------------------------------------------------------------


@pytest.mark.parametrize(
    ("plan", "message"),
    [
        (make_plan(flow(to_city="Madird")), r"flows\.0\.to_city: unknown city 'Madird'.*Madrid"),
        (make_plan(flow(), flow(from_city="Qxzville")), r"flows\.1\.from_city: unknown city"),
        (
            make_plan(flow(), flow(activity="surfing")),
            r"flows\.1\.activity: unknown activity 'surfing'",
        ),
        (make_plan(flow(), call_year=2025), r"call_year: no unit costs for call year 2025"),
        (make_plan(flow(), action="KA220-VET"), r"action: KA220-VET is not estimated"),
    ],
)
def test_estimate_errors_name_the_field(plan, message):
    with pytest.raises(BudgetError, match=message):
        estimate(plan)


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        (
            {"schema_version": 1, "call_year": 2026, "flows": [flow(participants=0)]},
            "flows.0.participants",
        ),
        ({"schema_version": 1, "call_year": 2026, "flows": []}, "flows"),
        ({"schema_version": 1, "flows": [flow()]}, "call_year"),
        ({"schema_version": 2, "call_year": 2026, "flows": [flow()]}, "schema_version"),
        ({"schema_version": 1, "call_year": 2026, "flows": [flow(colour="red")]}, "flows.0.colour"),
        (
            {"schema_version": 1, "call_year": 2026, "flows": [flow(fewer_opportunities=3)]},
            "fewer_opportunities cannot exceed participants",
        ),
    ],
)
def test_invalid_plan_names_the_field(raw, field):
    with pytest.raises(BudgetError) as info:
        parse_plan(json.dumps(raw))
    assert field in str(info.value)


def test_plan_that_is_not_json():
    with pytest.raises(BudgetError, match="Invalid JSON"):
        parse_plan("{not json")


# --- data files ---------------------------------------------------------------------------


def test_budget_data_marks_what_is_unverified(data):
    assert data.individual_support["learner"].rates is None
    assert "not found" in data.individual_support["learner"].not_found
    assert not data.travel.verified and data.travel.note
    assert all(not g.verified for g in data.country_groups)
    assert data.distance.earth_radius_km == 6371


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda raw: raw["travel"].update(verified=True, sources=[]),
            "verified but cites no source",
        ),
        (lambda raw: raw["course_fees"].pop("note"), "needs a note"),
        (lambda raw: raw["inclusion_support"].update(sources=["nowhere"]), "unknown sources"),
        (lambda raw: raw["travel"]["bands"][1].update(min_km=120), "must follow each other"),
        (
            lambda raw: raw["individual_support"]["learner"].update(
                rates={"1": {"low": 1, "high": 2}}
            ),
            "either rates or not_found",
        ),
    ],
)
def test_invalid_budget_data_is_rejected(tmp_path, change, message):
    raw = json.loads(budget_path(2026).read_text(encoding="utf-8"))
    change(raw)
    path = tmp_path / "2026.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DataError, match=message):
        load_model(BudgetData, path)


# --- lump sums ----------------------------------------------------------------------------


def test_lump_sum_options_with_fixed_amounts():
    cat = load_catalogue(2026)
    options = lump_sum_options(cat.action("KA220-VET"))
    assert [o.amount_eur for o in options] == [120_000, 250_000, 400_000]
    fits = {f.amount_eur: f.fits for f in cat.action("KA220-VET").grant_fits}
    assert all(o.fits == fits[o.amount_eur] and not o.up_to for o in options)
    assert [o.label for o in lump_sum_options(cat.action("KA210-VET"))] == ["€30,000", "€60,000"]


def test_lump_sum_with_only_a_maximum():
    cat = load_catalogue(2026)
    (cove,) = lump_sum_options(cat.action("ERASMUS-EDU-PEX-COVE"))
    assert cove.up_to and cove.amount_eur == 4_000_000 and cove.funding_rate_percent == 80
    assert cove.label == "up to €4,000,000"
    assert cove.fits == cat.action("ERASMUS-EDU-PEX-COVE").grant.value.text


def test_unit_cost_action_has_no_lump_sum():
    with pytest.raises(ValueError, match="not funded by a lump sum"):
        lump_sum_options(load_catalogue(2026).action("KA122-VET"))


def test_headline_says_what_the_total_leaves_out():
    learners = estimate(make_plan(flow(activity="short_term_learner_mobility", participants=16)))
    missing = learners.missing_lines()
    assert missing and missing[0].category == "individual_support"
    assert learners.partial
    total = "€" + f"{learners.low_total_eur:,}"
    assert learners.headline.startswith(f"Partial total: {total}")
    assert "individual support of flow 1 (amount not known)" in learners.headline
    assert learners.headline.endswith("the other costs listed as not estimated")
    # The text output leads with the same words.
    assert learners.headline in estimate_text(learners)


def test_serbian_city_names_come_from_the_overlay_and_match_the_table():
    from vetguide.model.budget import city_overlay_problems

    assert city_overlay_problems() == []
    table = load_cities()
    named = [c for c in table.entries if c.name_sr]
    assert len(named) >= 60  # the app's cities before the GeoNames table, all kept
    assert table.find("Beč") == table.find("Vienna") and table.find("Vienna").name_sr == "Beč"
