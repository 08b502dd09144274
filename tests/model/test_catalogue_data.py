"""Checks on the bundled data files: the 2026 catalogue and the country table (no Qt)."""

from __future__ import annotations

import json
import zoneinfo
from pathlib import Path

import pytest

from vetguide.model.catalogue import (
    Catalogue,
    CountryStatusCriterion,
    ExcludesAccreditationCriterion,
    MaxParticipantsCriterion,
    MinPartnershipCriterion,
    NonAssociatedPartnersCriterion,
    ShortTermGrantLimitCriterion,
)
from vetguide.model.countries import CountryTable
from vetguide.model.resources import (
    DataError,
    catalogue_path,
    load_catalogue,
    load_countries,
    load_model,
)
from vetguide.model.vocab import CountryStatus, Role, SourceKind

EXPECTED_CODES = [
    "KA120-VET",
    "KA121-VET",
    "KA122-VET",
    "KA210-VET",
    "KA220-VET",
    "ERASMUS-EDU-PEX-COVE",
    "ERASMUS-EDU-PI-ALL-INNO-EDU-ENTERP",
    "ERASMUS-EDU-PI-ALL-INNO-BLUEPRINT",
    "ERASMUS-JMO-OFET-TT",
    "ERASMUS-JMO-OFET-LEARNING-EU",
    "ERASMUS-JMO-NETWORKS-SCHOOLS",
    "ERASMUS-EDU-CB-VET",
]
CB_VET_REGIONS = [1, 2, 3, 9, 10, 11]


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(2026)


@pytest.fixture(scope="module")
def countries() -> CountryTable:
    return load_countries()


def _sourced_items(catalogue: Catalogue):
    """Every (label, item) that carries sources + verified (+ usually a note)."""
    for pointer in catalogue.other_fields:
        yield f"other_fields.{pointer.id}", pointer
    for action in catalogue.actions:
        facts = {
            "submit_to": action.submit_to,
            "applicant": action.applicant.who,
            "duration": action.duration,
            "grant": action.grant,
        }
        if action.partner is not None:
            facts["partner"] = action.partner.who
        if action.partnership is not None:
            facts["partnership"] = action.partnership
        for i, limit in enumerate(action.limits):
            facts[f"limits[{i}]"] = limit
        for name, fact in facts.items():
            yield f"{action.code}.{name}", fact
        for group in ("deadlines", "activities", "criteria"):
            for i, item in enumerate(getattr(action, group)):
                yield f"{action.code}.{group}[{i}]", item


# --- the files load -----------------------------------------------------------------------


def test_catalogue_validates(catalogue: Catalogue) -> None:
    assert catalogue.schema_version == 1
    assert catalogue.call_year == 2026
    assert catalogue.guide_note.strip()
    assert catalogue_path(2026).is_file()


def test_countries_validate(countries: CountryTable) -> None:
    assert countries.schema_version == 1
    assert len(countries.countries) > 100


def test_action_codes_in_order(catalogue: Catalogue) -> None:
    assert [a.code for a in catalogue.actions] == EXPECTED_CODES


# --- deadlines ----------------------------------------------------------------------------


@pytest.mark.parametrize("code", EXPECTED_CODES)
def test_every_action_has_a_2026_deadline(catalogue: Catalogue, code: str) -> None:
    action = catalogue.action(code)
    current = action.deadlines_for(2026)
    assert current, f"{code} has no 2026 deadline"
    assert any(not d.optional for d in current), f"{code} has only optional 2026 rounds"


def test_deadline_times_follow_the_managing_body(catalogue: Catalogue) -> None:
    for action in catalogue.actions:
        expected = (12, 0) if action.submit_to.value == "national_agency" else (17, 0)
        for d in action.deadlines:
            assert d.at.tzinfo is None
            zoneinfo.ZoneInfo(d.time_zone)
            assert (d.at.hour, d.at.minute) == expected, f"{action.code} {d.at}"


def test_uncertain_deadlines_are_flagged(catalogue: Catalogue) -> None:
    ka120 = catalogue.action("KA120-VET").deadlines_for(2026)
    assert ka120 and all(not d.verified and d.note for d in ka120)
    ka122_round2 = [d for d in catalogue.action("KA122-VET").deadlines_for(2026) if d.round == 2]
    assert ka122_round2 and all(d.optional and not d.verified for d in ka122_round2)
    for code in ("ERASMUS-JMO-OFET-TT", "ERASMUS-JMO-OFET-LEARNING-EU"):
        assert all(not d.verified for d in catalogue.action(code).deadlines_for(2026))


# --- sources and verification -------------------------------------------------------------


def test_every_action_cites_only_defined_sources(catalogue: Catalogue) -> None:
    for action in catalogue.actions:
        assert action.source_ids() <= catalogue.sources.keys(), action.code


def test_every_defined_source_is_cited(catalogue: Catalogue) -> None:
    cited = set().union(*(a.source_ids() for a in catalogue.actions))
    cited |= {s for pointer in catalogue.other_fields for s in pointer.sources}
    assert set(catalogue.sources) == cited


def test_verified_items_cite_an_official_or_agency_source(catalogue: Catalogue) -> None:
    strong = {SourceKind.OFFICIAL, SourceKind.NATIONAL_AGENCY}
    for label, item in _sourced_items(catalogue):
        if item.verified:
            kinds = {catalogue.sources[s].kind for s in item.sources}
            assert kinds & strong, f"{label} is verified but cites only third-party sources"


def test_unverified_items_explain_why(catalogue: Catalogue) -> None:
    for label, item in _sourced_items(catalogue):
        if not item.verified:
            assert item.note and item.note.strip(), f"{label} is unverified without a note"


def test_broken_source_reference_raises_data_error(catalogue: Catalogue, tmp_path: Path) -> None:
    raw = json.loads(catalogue_path(2026).read_text(encoding="utf-8"))
    ka122 = next(a for a in raw["actions"] if a["code"] == "KA122-VET")
    ka122["duration"]["sources"] = ["no_such_source"]
    broken = tmp_path / "2026.json"
    broken.write_text(json.dumps(raw), encoding="utf-8")

    with pytest.raises(DataError) as info:
        load_model(Catalogue, broken)
    message = str(info.value)
    assert str(broken) in message
    assert "KA122-VET" in message and "no_such_source" in message


def test_missing_field_error_names_file_and_field(tmp_path: Path) -> None:
    raw = json.loads(catalogue_path(2026).read_text(encoding="utf-8"))
    del raw["actions"][2]["deadlines"][0]["verified"]
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(raw), encoding="utf-8")

    with pytest.raises(DataError) as info:
        load_model(Catalogue, broken)
    assert info.value.path == str(broken)
    assert "actions.2.deadlines.0.verified" in info.value.message


# --- criteria -----------------------------------------------------------------------------


def test_criterion_ids_unique_per_action(catalogue: Catalogue) -> None:
    for action in catalogue.actions:
        ids = [c.id for c in action.criteria]
        assert len(ids) == len(set(ids)), action.code


def test_every_applicant_must_be_in_eu_or_associated_country(catalogue: Catalogue) -> None:
    for action in catalogue.actions:
        rules = [
            c for c in action.criteria_for(Role.APPLICANT) if isinstance(c, CountryStatusCriterion)
        ]
        assert len(rules) == 1, action.code
        assert set(rules[0].allowed) == {CountryStatus.EU, CountryStatus.ASSOCIATED}
        assert rules[0].hard


def test_criterion_regions_exist_in_country_table(
    catalogue: Catalogue, countries: CountryTable
) -> None:
    known = {r.number for r in countries.regions}
    for action in catalogue.actions:
        for c in action.criteria:
            if isinstance(c, CountryStatusCriterion | NonAssociatedPartnersCriterion):
                missing = set(c.regions) - known
                assert not missing, f"{action.code}.{c.id} names unknown regions {missing}"


def test_ka122_limits(catalogue: Catalogue) -> None:
    criteria = catalogue.action("KA122-VET").criteria
    caps = [c for c in criteria if isinstance(c, MaxParticipantsCriterion)]
    assert [c.max for c in caps] == [30]
    grant_limits = [c for c in criteria if isinstance(c, ShortTermGrantLimitCriterion)]
    assert [(c.max_grants, c.window_call_years, c.hard) for c in grant_limits] == [(3, 5, True)]
    assert any(isinstance(c, ExcludesAccreditationCriterion) and c.hard for c in criteria)


def test_cb_vet_partner_regions(catalogue: Catalogue, countries: CountryTable) -> None:
    action = catalogue.action("ERASMUS-EDU-CB-VET")
    rule = action.partner_countries()
    assert rule is not None and rule in action.criteria_for(Role.PARTNER)
    na_groups = [g for g in rule.full_partners if g.status is CountryStatus.NON_ASSOCIATED]
    assert [sorted(g.regions) for g in na_groups] == [CB_VET_REGIONS]
    non_associated = [c for c in action.criteria if isinstance(c, NonAssociatedPartnersCriterion)]
    assert len(non_associated) == 1
    assert sorted(non_associated[0].regions) == CB_VET_REGIONS
    assert non_associated[0].eu_side_may_not_outnumber
    assert non_associated[0].one_region  # eacea_cbvet_2024_howto: cross-regional not eligible
    assert [e.countries for e in rule.exclusions] == [["BY"]]
    eu_side = [
        c
        for c in action.criteria
        if isinstance(c, MinPartnershipCriterion)
        and c.counted == [CountryStatus.EU, CountryStatus.ASSOCIATED]
    ]
    assert [(c.min_organisations, c.min_countries) for c in eu_side] == [(2, 2)]
    for region in CB_VET_REGIONS:
        assert any(c.region == region for c in countries.countries), (
            f"region {region} has no country"
        )


# --- countries ----------------------------------------------------------------------------


def test_serbia_is_associated(countries: CountryTable) -> None:
    serbia = countries.get("RS")
    assert serbia is not None
    assert serbia.status is CountryStatus.ASSOCIATED
    assert serbia.time_zone == "Europe/Belgrade"


def test_status_groups(countries: CountryTable) -> None:
    by_status = {
        status: {c.code for c in countries.countries if c.status is status}
        for status in CountryStatus
    }
    assert len(by_status[CountryStatus.EU]) == 27
    assert "GR" in by_status[CountryStatus.EU] and "EL" not in by_status[CountryStatus.EU]
    assert by_status[CountryStatus.ASSOCIATED] == {"IS", "LI", "NO", "MK", "RS", "TR"}
    western_balkans = {c.code for c in countries.countries if c.region == 1}
    assert western_balkans == {"AL", "BA", "XK", "ME"}


def test_every_time_zone_resolves(countries: CountryTable) -> None:
    for country in countries.countries:
        zoneinfo.ZoneInfo(country.time_zone)


def test_country_regions_cite_defined_sources(countries: CountryTable) -> None:
    for region in countries.regions:
        assert set(region.sources) <= countries.sources.keys()
        if not region.verified:
            assert region.note
