from __future__ import annotations

import json

import pytest

from vetguide.model.profile_io import ProfileError, parse_profile, read_profile

MINIMAL = {"organisation_type": "vet_provider", "country": "RS"}


def test_minimal_profile_gets_defaults():
    p = parse_profile(MINIMAL)
    assert p.experience == "newcomer"
    assert p.goals == [] and p.partners == [] and p.participants is None
    assert p.short_term_grants_previous_4_calls == 0


def test_country_code_is_normalised():
    assert parse_profile({**MINIMAL, "country": " rs "}).country == "RS"


@pytest.mark.parametrize(
    ("change", "names"),
    [
        ({"country": "XX"}, ["'country'", "unknown country 'XX'", "RS"]),
        ({"goals": ["fly_to_the_moon"]}, ["'goals.0'", "learner_mobility", "green"]),
        ({"organisation_type": "castle"}, ["'organisation_type'", "vet_provider", "ngo"]),
        ({"experience": "guru"}, ["'experience'", "newcomer", "experienced"]),
        ({"participants": "many"}, ["'participants'", "integer"]),
        ({"participants": -1}, ["'participants'", "greater than or equal to 0"]),
        ({"short_term_grants_previous_4_calls": 9}, ["'short_term_grants_previous_4_calls'", "4"]),
        ({"partners": [{"country": "ZZ"}]}, ["'partners.0.country'", "unknown country 'ZZ'"]),
        ({"colour": "blue"}, ["'colour' is not a profile field", "organisation_type"]),
    ],
)
def test_bad_fields_are_named_with_allowed_values(change, names):
    with pytest.raises(ProfileError) as info:
        parse_profile({**MINIMAL, **change})
    for name in names:
        assert name in str(info.value)


def test_missing_required_field():
    with pytest.raises(ProfileError, match="'country' is required"):
        parse_profile({"organisation_type": "vet_provider"})


def test_file_errors(tmp_path):
    with pytest.raises(ProfileError, match="no such file"):
        read_profile(tmp_path / "absent.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ProfileError, match="not valid JSON"):
        read_profile(bad)
    bad.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ProfileError, match="JSON object"):
        read_profile(bad)
    good = tmp_path / "good.json"
    good.write_text(json.dumps(MINIMAL), encoding="utf-8")
    assert read_profile(good).country == "RS"
