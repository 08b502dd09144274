"""The library's own rules, without Qt: free names, copies of received shortlists, and
keeping what the wizard found (the window and the command line both use them)."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from vetguide.model.profile import InstitutionProfile, WizardResult
from vetguide.model.shortlist import MAX_NAME_CHARS, Library, Shortlist, import_copy

TODAY = date(2026, 12, 4)
PROFILE = InstitutionProfile(organisation_type="vet_provider", country="RS", participants=12)


def library(*names: str) -> Library:
    return Library(shortlists=[Shortlist(name=name, created=TODAY) for name in names])


def test_a_taken_name_gets_the_next_free_number_whatever_its_case():
    lib = library("Mobility", "mobility (2)")
    assert lib.unique_name("  MOBILITY ", "My shortlist") == "MOBILITY (3)"
    assert lib.unique_name("Partners", "My shortlist") == "Partners"
    assert lib.unique_name("   ", "My shortlist") == "My shortlist"


def test_renaming_a_shortlist_to_its_own_name_is_free():
    lib = library("Mobility")
    assert lib.unique_name("Mobility", "x", exclude_id=lib.shortlists[0].id) == "Mobility"


def test_a_long_name_keeps_its_number_within_the_limit():
    long = "A" * MAX_NAME_CHARS
    name = library(long).unique_name(long, "x")
    assert len(name) == MAX_NAME_CHARS and name.endswith(" (2)")


def test_a_received_shortlist_gets_its_own_id_and_a_free_name():
    incoming = Shortlist(name="Mobility", created=TODAY)
    incoming.add("KA122-VET", TODAY)
    copy = import_copy(incoming, ["Mobility"])
    assert copy.id != incoming.id and copy.name == "Mobility (2)"
    assert copy.codes() == ["KA122-VET"]
    copy.items[0].note = "changed"
    assert incoming.items[0].note == ""  # a deep copy: the sender's object stays as it was


def test_the_wizard_fills_a_new_shortlist_with_a_free_name():
    lib = library("Mobility")
    result = WizardResult(PROFILE, ("KA122-VET", "KA210-VET"), None, "Mobility")
    shortlist, added = lib.apply_wizard(result, TODAY, "My shortlist")
    assert shortlist.name == "Mobility (2)" and lib.shortlists[-1] is shortlist
    assert added == ["KA122-VET", "KA210-VET"]
    assert shortlist.profile == PROFILE and lib.last_profile == PROFILE


def test_the_wizard_adds_only_what_an_existing_shortlist_lacks():
    lib = library("Mobility")
    target = lib.shortlists[0]
    target.add("KA122-VET", TODAY)
    result = WizardResult(PROFILE, ("KA122-VET", "KA121-VET"), target.id, "")
    shortlist, added = lib.apply_wizard(result, TODAY, "My shortlist")
    assert shortlist is target and len(lib.shortlists) == 1
    assert added == ["KA121-VET"] and target.codes() == ["KA122-VET", "KA121-VET"]


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("Autumn\nplans", "Autumn plans"),
        ("  Autumn \t\r\n plans 2027 ", "Autumn plans 2027"),
        ("Jesen\x00\x07 2027", "Jesen 2027"),
        ("Јесен  2027", "Јесен 2027"),
    ],
)
def test_a_shortlist_name_is_one_line(given: str, kept: str) -> None:
    assert Shortlist(name=given).name == kept
    renamed = Shortlist(name="x")
    renamed.name = given  # assignment is validated too
    assert renamed.name == kept


@pytest.mark.parametrize("given", ["\n\n", "\t \r", "\x00\x01"])
def test_a_name_of_only_breaks_and_controls_is_refused(given: str) -> None:
    with pytest.raises(ValidationError, match="needs a name"):
        Shortlist(name=given)
