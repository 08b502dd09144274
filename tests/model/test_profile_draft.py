"""The wizard's draft of a profile and the input limits: one definition, the profile's."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from vetguide.model.profile import (
    PROFILE_LIMITS,
    InstitutionProfile,
    Partner,
    ProfileDraft,
    WizardResult,
)
from vetguide.model.vocab import OrganisationType

REQUIRED = {"organisation_type", "country"}


def test_the_draft_has_the_profiles_fields_with_its_defaults_and_limits():
    profile = InstitutionProfile.model_fields
    draft = ProfileDraft.model_fields
    assert set(draft) == set(profile) - {"schema_version"}
    for name, field in draft.items():
        if name in REQUIRED:  # may still be missing in a draft
            assert profile[name].is_required() and field.default is None
            continue
        assert field.metadata == profile[name].metadata, name
        assert field.get_default(call_default_factory=True) == profile[name].get_default(
            call_default_factory=True
        ), name


def test_the_draft_refuses_what_the_profile_would_refuse():
    draft = ProfileDraft()
    draft.name = "x" * PROFILE_LIMITS.name_max_length
    with pytest.raises(ValidationError):
        draft.name = "x" * (PROFILE_LIMITS.name_max_length + 1)
    low, high = PROFILE_LIMITS.grants_range
    draft.short_term_grants_previous_4_calls = high
    with pytest.raises(ValidationError):
        draft.short_term_grants_previous_4_calls = high + 1
    with pytest.raises(ValidationError):
        draft.short_term_grants_previous_4_calls = low - 1
    assert draft.short_term_grants_previous_4_calls == high  # the refused value is not kept


@pytest.mark.parametrize(
    ("field", "value_at_limit", "value_beyond"),
    [
        ("name", "x" * PROFILE_LIMITS.name_max_length, "x" * (PROFILE_LIMITS.name_max_length + 1)),
        (
            "short_term_grants_previous_4_calls",
            PROFILE_LIMITS.grants_range[1],
            PROFILE_LIMITS.grants_range[1] + 1,
        ),
        (
            "participants",
            PROFILE_LIMITS.participants_range[1],
            PROFILE_LIMITS.participants_range[1] + 1,
        ),
        (
            "participants",
            PROFILE_LIMITS.participants_range[0],
            PROFILE_LIMITS.participants_range[0] - 1,
        ),
    ],
)
def test_the_limits_are_the_profiles(field, value_at_limit, value_beyond):
    base = {"organisation_type": "vet_provider", "country": "RS"}
    InstitutionProfile.model_validate({**base, field: value_at_limit})
    with pytest.raises(ValidationError):
        InstitutionProfile.model_validate({**base, field: value_beyond})


def test_a_partner_name_limit_is_the_partners():
    Partner(country="IT", name="x" * PROFILE_LIMITS.partner_name_max_length)
    with pytest.raises(ValidationError):
        Partner(country="IT", name="x" * (PROFILE_LIMITS.partner_name_max_length + 1))


def test_a_draft_becomes_a_profile_once_the_required_answers_are_given():
    draft = ProfileDraft.from_profile(None, "RS")
    assert draft.country == "RS" and draft.organisation_type is None
    with pytest.raises(ValidationError):
        draft.to_profile()
    draft.organisation_type = OrganisationType.VET_PROVIDER
    profile = draft.to_profile()
    assert profile == InstitutionProfile(organisation_type="vet_provider", country="RS")
    assert ProfileDraft.from_profile(profile, "ES") == draft  # a profile's answers, all of them


def test_a_wizard_result_is_one_value():
    profile = InstitutionProfile(organisation_type="vet_provider", country="RS")
    result = WizardResult(profile, ("KA122-VET",), None, "Erasmus+ 2027")
    assert result == WizardResult(profile, ("KA122-VET",), None, "Erasmus+ 2027")
    with pytest.raises(AttributeError):
        result.codes = ()  # type: ignore[misc]
