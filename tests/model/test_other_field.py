"""An organisation whose main field is not VET (a general school, an adult-education centre)
gets a pointer to the strands of its own field, from the catalogue data, with sources: in the
recommendations, the text and JSON output, the memo and the wizard results."""

from __future__ import annotations

from datetime import date

import pytest

from tests.model.factories import profile
from vetguide.model import present
from vetguide.model.recommend import recommend
from vetguide.model.resources import load_catalogue, load_texts
from vetguide.model.shortlist import Shortlist
from vetguide.model.vocab import OrganisationType, SourceKind
from vetguide.report.html import MemoParts

TODAY = date(2026, 1, 10)
FIELDS = {
    OrganisationType.GENERAL_SCHOOL: ("school_education", "KA122-SCH"),
    OrganisationType.ADULT_EDUCATION_PROVIDER: ("adult_education", "KA122-ADU"),
}


@pytest.mark.parametrize(("org_type", "expected"), FIELDS.items())
def test_pointer_for_schools_and_adult_education(org_type, expected):
    field_id, code = expected
    result = recommend(profile(organisation_type=org_type), load_catalogue(), TODAY)
    assert result.other_field is not None
    assert result.other_field.id == field_id
    assert code in result.other_field.actions
    catalogue = load_catalogue()
    kinds = {catalogue.sources[s].kind for s in result.other_field.sources}
    assert kinds & {SourceKind.OFFICIAL, SourceKind.NATIONAL_AGENCY}
    # The VET mobility actions are still listed (with their verdicts), not hidden.
    assert result.result("KA122-VET")


@pytest.mark.parametrize("org_type", ["vet_provider", "company", "higher_education"])
def test_no_pointer_for_vet_organisations(org_type):
    assert (
        recommend(profile(organisation_type=org_type), load_catalogue(), TODAY).other_field is None
    )


def test_adult_education_centre_may_still_join_open_partnerships():
    result = recommend(
        profile(organisation_type="adult_education_provider", partners=[{"country": "ES"}]),
        load_catalogue(),
        TODAY,
    )
    assert result.result("KA210-VET").verdict.value == "eligible"


@pytest.mark.parametrize("language", ["en", "sr-Latn", "sr-Cyrl"])
def test_text_json_and_memo_show_the_pointer(language):
    catalogue = load_catalogue(language=language)
    texts = load_texts(language)
    fields = profile(organisation_type="general_school", goals=["learner_mobility"])
    result = recommend(fields, catalogue, TODAY, language=language)
    field = result.other_field
    assert field is not None

    text = present.recommendations_text(result, catalogue, language)
    assert texts.say("other_field_heading", title=field.title) in text
    assert "KA121-SCH" in text
    # Before the ranked list, so the user meets it first.
    assert text.index("KA121-SCH") < text.index("\n1. ")

    data = present.recommendations_json(result, catalogue)
    assert data["other_field"]["id"] == "school_education"
    assert "KA220-SCH" in data["other_field"]["actions"]

    memo = MemoParts(Shortlist(name="x", items=[], profile=fields), catalogue, TODAY, result)
    front = memo.part(0)
    assert "KA122-SCH" in front
    assert "erasmusplus.rs/school-education" in front


def test_json_has_null_pointer_for_vet_providers():
    result = recommend(profile(), load_catalogue(), TODAY)
    assert present.recommendations_json(result, load_catalogue())["other_field"] is None
