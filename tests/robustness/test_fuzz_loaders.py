"""Every loader, fed damaged files: a clear error of its own type, and nothing changed on disk.

The only change a loader may make is the documented one: a damaged library is moved aside
(``library.damaged-<date>-<time>.json``, byte for byte), never overwritten.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.robustness.fuzz import (
    FUZZ,
    check_message,
    damaged_bytes,
    file_with,
    json_values,
    load_expecting,
    mutated,
    resource_document,
    snapshot,
)
from vetguide.model import storage
from vetguide.model.budget import (
    BudgetData,
    BudgetError,
    BudgetEstimate,
    BudgetPlan,
    CityTable,
    estimate,
    estimate_json,
    estimate_text,
    read_plan,
)
from vetguide.model.catalogue import Catalogue
from vetguide.model.countries import CountryTable
from vetguide.model.profile import InstitutionProfile
from vetguide.model.profile_io import ProfileError, parse_profile, read_profile
from vetguide.model.resources import DataError, load_model
from vetguide.model.shortlist import Library, Shortlist, ShortlistFile, ShortlistItem
from vetguide.model.texts import Texts

PROFILE: dict[str, Any] = {
    "organisation_type": "vet_provider",
    "country": "RS",
    "holds_vet_accreditation": False,
    "short_term_grants_previous_4_calls": 1,
    "experience": "some",
    "goals": ["learner_mobility", "staff_mobility"],
    "partners": [{"country": "ES", "organisation_type": "vet_provider", "name": "IES"}],
    "participants": 20,
    "name": "Tehnička škola",
}


def _shortlist(name: str, *codes: str) -> Shortlist:
    items = [
        ShortlistItem(code=code, note=f"note for {code}\nline 2", added=date(2026, 1, 5))
        for code in codes
    ]
    return Shortlist(
        name=name,
        items=items,
        profile=InstitutionProfile.model_validate(PROFILE),
        created=date(2026, 1, 5),
    )


LIBRARY = Library(
    shortlists=[_shortlist("Autumn", "KA122-VET", "KA210-VET"), _shortlist("Spring", "KA220-VET")],
    last_profile=InstitutionProfile.model_validate(PROFILE),
).model_dump(mode="json")
SHORTLIST_FILE = ShortlistFile(shortlist=_shortlist("Shared", "KA122-VET")).model_dump(mode="json")
PLAN: dict[str, Any] = {
    "schema_version": 1,
    "call_year": 2026,
    "action": "KA122-VET",
    "name": "Spring flows",
    "flows": [
        {
            "activity": "short_term_learner_mobility",
            "participants": 10,
            "days": 14,
            "from_city": "Belgrade",
            "to_city": "Madrid",
            "fewer_opportunities": 2,
        },
        {
            "activity": "job_shadowing",
            "participants": 2,
            "days": 5,
            "from_city": "Beograd",
            "to_city": "Wien",
            "green_travel": True,
            "travel_days": 4,
            "label": "Teachers",
        },
    ],
}
DATA_FILES: dict[str, tuple[type[Any], tuple[str, ...]]] = {
    "catalogue": (Catalogue, ("catalogue", "2026.json")),
    "texts": (Texts, ("texts", "en.json")),
    "countries": (CountryTable, ("countries.json",)),
    "budget data": (BudgetData, ("budget", "2026.json")),
    "cities": (CityTable, ("cities.json",)),
}
DATA_DOCUMENTS = {kind: resource_document(*parts) for kind, (_, parts) in DATA_FILES.items()}
# The city table holds some 28,000 rows of one shape: a few of them make the same base for
# the mutations, at a size each example can afford.
DATA_DOCUMENTS["cities"] = {
    **DATA_DOCUMENTS["cities"],
    "cities": DATA_DOCUMENTS["cities"]["cities"][:30],
}

# Inputs that once raised something else than the loader's own error (RecursionError for
# deep nesting, a bare ValueError for integers of more than 4300 digits), or echoed a huge
# or multi-line value into the message. Every loader is checked with each of them.
KNOWN_NASTY = {
    "deep list": b"[" * 100_000 + b"]" * 100_000,
    "deep object": b'{"a":' * 5_000 + b"1" + b"}" * 5_000,
    "deep inside a document": b'{"schema_version": 1, "shortlists": '
    + b"[" * 3_000
    + b"]" * 3_000
    + b"}",
    "huge integer": b"9" * 5_000,
    "huge integer field": b'{"schema_version": 1, "call_year": ' + b"9" * 5_000 + b"}",
    "infinity": b'{"schema_version": 1, "call_year": Infinity, "participants": NaN}',
    "not utf-8": b'{"name": "\xff\xfe"}',
    "utf-16": '{"schema_version": 1}'.encode("utf-16"),
    "lone surrogate": b'{"name": "\\ud800", "shortlists": [{"name": "\\udc00"}]}',
    "lone surrogate in a country code": json.dumps(
        {**PROFILE, "country": "\ud800", "last_profile": {**PROFILE, "country": "\udc00"}}
    ).encode(),
    "lone surrogate as a key": b'{"sources": {"\\ud800": {}}, "\\udfff": 1, "shortlist": {}}',
    "future schema": b'{"schema_version": 2, "shortlists": [], "flows": [], "novelty": {}}',
    "long control characters": json.dumps(
        {"country": "\n\x00" * 100_000, "organisation_type": "ngo", "x\n" * 1000: 1}
    ).encode(),
    "empty": b"",
    "null": b"null",
}
KNOWN_PLANS = {
    "long city": {**PLAN, "flows": [{**PLAN["flows"][0], "from_city": "Nowhere\n" * 50_000}]},
    "long activity": {**PLAN, "flows": [{**PLAN["flows"][0], "activity": "x\x00" * 50_000}]},
    "unknown year": {**PLAN, "call_year": 2100},
    "unknown action": {**PLAN, "action": "KA999-VET"},
}


# --- one check per loader ---------------------------------------------------------------


def check_profile_file(data: bytes) -> None:
    result = load_expecting("profile.json", data, read_profile, ProfileError)
    assert isinstance(result, InstitutionProfile | ProfileError)
    if isinstance(result, InstitutionProfile):
        result.model_dump_json()  # what loads can be written (no text that is not Unicode)


def check_shortlist_file(data: bytes) -> None:
    result = load_expecting("shared.json", data, storage.read_shortlist_file, storage.StorageError)
    if isinstance(result, ShortlistFile):  # what loads can be written and read back
        with file_with("again.json", b"") as (path, _):
            storage.write_shortlist_file(path, result.shortlist)
            assert storage.read_shortlist_file(path) == result
    else:
        assert isinstance(result, storage.StorageError)


def check_plan_file(data: bytes) -> None:
    result = load_expecting("plan.json", data, read_plan, BudgetError)
    if isinstance(result, BudgetPlan):
        result.model_dump_json()
        check_estimate(result)
    else:
        assert isinstance(result, BudgetError)


def check_estimate(plan: BudgetPlan) -> None:
    """What the ``budget`` command does with a plan that loaded: a result or a BudgetError."""
    try:
        result = estimate(plan)
    except BudgetError as exc:
        check_message(str(exc))
        return
    assert isinstance(result, BudgetEstimate)
    estimate_text(result)
    json.dumps(estimate_json(result))


def check_data_file(kind: str, data: bytes) -> None:
    model, _ = DATA_FILES[kind]
    result = load_expecting(f"{kind}.json", data, lambda path: load_model(model, path), DataError)
    assert isinstance(result, model | DataError)
    if isinstance(result, model):
        result.model_dump_json()  # all its text can be shown and written
    if isinstance(result, DataError):
        assert result.path.endswith(f"{kind}.json")


def check_library(data: bytes) -> None:
    """A library loads, or is moved aside byte for byte, or is refused and left alone."""
    with file_with("library.json", data) as (path, before):
        try:
            loaded = storage.load_or_default(path, Library)
        except storage.StorageError as exc:  # cannot be read, or from a newer vetguide
            check_message(str(exc), path)
            assert snapshot(path.parent) == before
            return
        if loaded.moved_aside is None:
            assert snapshot(path.parent) == before
            # What loads can be saved and loads back the same.
            storage.save_model(path, loaded.value)
            assert storage.load_or_default(path, Library).value == loaded.value
        else:
            assert loaded.value == Library()
            assert loaded.problem is not None
            check_message(loaded.problem)
            assert loaded.moved_aside.parent == path.parent
            assert loaded.moved_aside.name.startswith("library.damaged-")
            assert snapshot(path.parent) == {loaded.moved_aside.name: data}


# --- fuzzing ------------------------------------------------------------------------------


@FUZZ
@given(damaged_bytes(PROFILE))
def test_profile_files(data: bytes) -> None:
    check_profile_file(data)


@FUZZ
@given(mutated(PROFILE) | json_values)
@example({**PROFILE, "country": "\ud800"})  # once raised UnicodeEncodeError
@example({**PROFILE, "partners": [{"country": "\udfff" * 3}]})
def test_profile_values(raw: Any) -> None:
    """parse_profile, as the wizard and the shortlist file use it, with any JSON value."""
    try:
        profile = parse_profile(raw)
    except ProfileError as exc:
        check_message(str(exc))
    else:
        assert isinstance(profile, InstitutionProfile)
        profile.model_dump_json()


@FUZZ
@given(damaged_bytes(LIBRARY))
def test_library_files(data: bytes) -> None:
    check_library(data)


@FUZZ
@given(damaged_bytes(SHORTLIST_FILE))
def test_shortlist_files(data: bytes) -> None:
    check_shortlist_file(data)


@FUZZ
@given(damaged_bytes(PLAN))
def test_budget_plan_files(data: bytes) -> None:
    check_plan_file(data)


@pytest.mark.parametrize("kind", DATA_FILES)
@FUZZ
@given(data=st.data())
def test_data_files(kind: str, data: st.DataObject) -> None:
    check_data_file(kind, data.draw(damaged_bytes(DATA_DOCUMENTS[kind])))


# --- regressions: the inputs fuzzing found ------------------------------------------------

LOADERS = {
    "profile": check_profile_file,
    "library": check_library,
    "shortlist": check_shortlist_file,
    "plan": check_plan_file,
    **{kind: (lambda data, kind=kind: check_data_file(kind, data)) for kind in DATA_FILES},
}


@pytest.mark.parametrize("loader", LOADERS)
@pytest.mark.parametrize("name", KNOWN_NASTY)
def test_known_nasty_inputs(loader: str, name: str) -> None:
    LOADERS[loader](KNOWN_NASTY[name])


@pytest.mark.parametrize("name", KNOWN_PLANS)
def test_known_nasty_plans(name: str) -> None:
    check_plan_file(json.dumps(KNOWN_PLANS[name]).encode())


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (KNOWN_NASTY["deep list"], "nested too deeply"),
        (KNOWN_NASTY["huge integer"], "too many digits"),
    ],
)
def test_the_messages_say_what_is_wrong(data: bytes, expected: str) -> None:
    for loader in (read_profile, storage.read_shortlist_file):
        with file_with("x.json", data) as (path, _), pytest.raises(Exception, match=expected):
            loader(path)
    with file_with("library.json", data) as (path, _):
        loaded = storage.load_or_default(path, Library)
        assert loaded.problem is not None and expected in loaded.problem


def test_the_valid_documents_load() -> None:
    """The bases of the fuzzing are valid, so mutations start from real documents."""
    check = {
        "profile": lambda: parse_profile(PROFILE),
        "library": lambda: Library.model_validate(LIBRARY),
        "shortlist": lambda: ShortlistFile.model_validate(SHORTLIST_FILE),
        "plan": lambda: estimate(BudgetPlan.model_validate(PLAN)),
    }
    for make in check.values():
        make()
    for kind, (model, _) in DATA_FILES.items():
        model.model_validate(DATA_DOCUMENTS[kind])


def test_a_library_from_a_newer_vetguide_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "library.json"
    data = json.dumps({**LIBRARY, "schema_version": 7, "tags": ["new"]}).encode()
    path.write_bytes(data)
    with pytest.raises(storage.NewerFileError, match="newer version"):
        storage.load_or_default(path, Library)
    assert snapshot(tmp_path) == {"library.json": data}


def test_a_travel_band_of_a_huge_distance_is_refused_plainly() -> None:
    """Fuzzing found it: a band's distance of 3,000 digits reached the error message's
    number formatting (decimal.InvalidOperation) instead of being refused as data."""
    document = json.loads(json.dumps(DATA_DOCUMENTS["budget data"]))
    document["travel"]["bands"][1]["min_km"] = int("9" * 3_000)
    check_data_file("budget data", json.dumps(document).encode())
