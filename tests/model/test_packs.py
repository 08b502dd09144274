"""Data packs: built from the repository data, installed, replaced, removed, refused; the
call chosen from the packs and the date; a new call year that needs no code change."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.model.pack_factory import (
    SOURCE,
    add_year,
    build,
    pack_with_date,
    rehashed,
    source_copy,
    write_pack,
)
from vetguide.model import packs
from vetguide.model.deadlines import aware
from vetguide.model.packs import PackError, choose_call, install_pack, registry, remove_pack
from vetguide.model.resources import DataError, catalogue_years, load_catalogue, load_countries

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def source_2027(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = source_copy(tmp_path_factory.mktemp("source") / "resources")
    add_year(source, 2027)
    return source


@pytest.fixture(scope="module")
def pack_2027(source_2027: Path) -> dict[str, Any]:
    return build(source_2027, 2027)


@pytest.fixture(scope="module")
def pack_2026() -> dict[str, Any]:
    return build(SOURCE, 2026)


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "installed"
    monkeypatch.setenv(packs.PACKS_ENV, str(folder))
    yield folder
    packs.refresh()


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.glob("*")} if folder.is_dir() else {}


# --- the bundled packs ------------------------------------------------------------------------


def test_a_pack_built_from_the_repository_data_equals_the_bundled_one(pack_2026):
    bundled = packs.bundled_dir() / "2026.vgpack"
    assert bundled.read_text(encoding="utf-8") == packs.pack_text(pack_2026)
    assert [info.call_year for info in registry()] == catalogue_years() == [2026]


def test_the_build_script_checks_the_bundled_packs():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_packs.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_the_build_script_refuses_broken_source_data(tmp_path):
    source = source_copy(tmp_path / "src")
    raw = json.loads((source / "catalogue" / "2026.json").read_text(encoding="utf-8"))
    raw["actions"][0]["criteria"][0]["sources"] = []
    raw["actions"][0]["criteria"][0]["verified"] = True
    (source / "catalogue" / "2026.json").write_text(json.dumps(raw), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_packs.py"), "--source", str(source),
         "--out", str(tmp_path / "out")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert "a fact without a source" in result.stderr
    assert not (tmp_path / "out").exists()


# --- install, replace, remove -----------------------------------------------------------------


def test_install_a_new_call_year_and_remove_it(installed, tmp_path, pack_2027):
    path = write_pack(tmp_path / "downloads", pack_2027)
    done = install_pack(path)
    assert done.replaced is None
    assert done.info.call_year == 2027 and not done.info.bundled and done.info.in_use
    assert catalogue_years() == [2026, 2027]
    catalogue = load_catalogue(2027)
    assert catalogue.call_year == 2027
    years = {d.call_year for a in catalogue.actions for d in a.deadlines}
    assert years == {d.call_year + 1 for a in load_catalogue(2026).actions for d in a.deadlines}
    assert max(years) == 2027
    assert load_catalogue(2027, "sr-Latn").action("KA122-VET").official_title
    assert files_in(installed) == {"2027.vgpack": path.read_bytes()}

    removed = remove_pack(2027)
    assert removed.call_year == 2027
    assert catalogue_years() == [2026] and files_in(installed) == {}
    with pytest.raises(DataError, match="no data for the 2027 call"):
        load_catalogue(2027)


def test_a_newer_pack_for_the_same_year_wins_and_replaces_the_installed_one(
    installed, tmp_path, pack_2026
):
    bundled = load_catalogue(2026)
    newer = pack_with_date(pack_2026, "2026-12-20")
    newer["files"]["catalogue.json"]["guide_note"] = "A newer summary."
    newer = rehashed(newer)
    # the overlay's English no longer matches the changed note: refused as stale
    with pytest.raises(PackError, match="guide_note: the English text changed"):
        install_pack(write_pack(tmp_path / "a", newer))
    newer = pack_with_date(pack_2026, "2026-12-20")
    install_pack(write_pack(tmp_path / "a", newer))
    assert load_catalogue(2026).data_as_of == date(2026, 12, 20)
    assert load_catalogue(2026) != bundled
    in_use = [i for i in registry() if i.in_use]
    assert [(i.call_year, i.bundled) for i in in_use] == [(2026, False)]

    newest = pack_with_date(pack_2026, "2027-01-05")
    done = install_pack(write_pack(tmp_path / "b", newest))
    assert done.replaced is not None and done.replaced.data_as_of == date(2026, 12, 20)
    assert list(files_in(installed)) == ["2026.vgpack"]
    assert load_catalogue(2026).data_as_of == date(2027, 1, 5)

    before = files_in(installed)
    with pytest.raises(PackError, match="older than the 2026 data in use"):
        install_pack(write_pack(tmp_path / "c", newer))
    with pytest.raises(PackError, match="already in use"):
        install_pack(write_pack(tmp_path / "d", newest))
    assert files_in(installed) == before

    remove_pack(2026)
    assert load_catalogue(2026) == bundled
    with pytest.raises(PackError, match="no data pack for 2026 is installed"):
        remove_pack(2026)


def test_an_older_pack_than_the_bundled_one_is_refused(installed, tmp_path, pack_2026):
    with pytest.raises(PackError, match="older than the 2026 data in use"):
        install_pack(write_pack(tmp_path, pack_with_date(pack_2026, "2025-12-01")))
    assert files_in(installed) == {}


def test_a_damaged_installed_pack_is_ignored(installed, tmp_path, pack_2027):
    install_pack(write_pack(tmp_path, pack_2027))
    target = installed / "2027.vgpack"
    target.write_text(target.read_text(encoding="utf-8").replace("KA122-VET", "KA199-VET"))
    packs.refresh()
    assert catalogue_years() == [2026]


def test_a_pack_installed_by_an_older_vetguide_in_an_older_format_is_ignored(
    installed, tmp_path, pack_2027
):
    old = dict(pack_2027, schema_version=1)
    write_pack(installed, rehashed(old))  # as an older vetguide left it
    packs.refresh()
    assert catalogue_years() == [2026]
    assert load_catalogue().call_year == 2026
    with pytest.raises(PackError, match="unknown format"):
        install_pack(write_pack(tmp_path, rehashed(old)))


# --- refusals -----------------------------------------------------------------------------------


def edit(raw: dict[str, Any], change, rehash: bool = True) -> dict[str, Any]:
    copy = json.loads(json.dumps(raw))
    change(copy)
    return rehashed(copy) if rehash else copy


def _action(raw: dict[str, Any], code: str) -> dict[str, Any]:
    return next(a for a in raw["files"]["catalogue.json"]["actions"] if a["code"] == code)


def _criterion(raw: dict[str, Any], code: str, kind: str) -> dict[str, Any]:
    return next(c for c in _action(raw, code)["criteria"] if c["kind"] == kind)


def _drop_translation(raw):
    del raw["files"]["catalogue.sr-Latn.json"]["translations"]["actions.KA122-VET.summary"]


def _unknown_country(raw):
    rule = _criterion(raw, "KA220-VET", "partner_countries")
    rule["exclusions"][0]["countries"].append("QQ")


def _unknown_type(raw):
    _criterion(raw, "KA122-VET", "organisation_type")["allowed"].append("space_agency")


def _fact_without_source(raw):
    del _action(raw, "KA122-VET")["deadlines"][0]["sources"]


def _verified_without_source(raw):
    deadline = _action(raw, "KA122-VET")["deadlines"][0]
    deadline["sources"], deadline["verified"] = [], True


def _no_overlay(raw):
    del raw["files"]["countries.sr-Latn.json"]


REFUSALS = {
    "not a pack": (lambda raw: raw.update(kind="something-else"), True, "not a vetguide data pack"),
    "newer format": (
        lambda raw: raw.update(schema_version=packs.PACK_SCHEMA_VERSION + 1),
        True,
        "made for a newer vetguide",
    ),
    "wrong schema": (lambda raw: raw.pop("files"), True, "not a valid data pack: files"),
    "hash mismatch": (
        lambda raw: _action(raw, "KA122-VET").update(title="Changed"),
        False,
        "do not match its hash",
    ),
    "missing translation": (_drop_translation, True, "actions.KA122-VET.summary: not translated"),
    "missing overlay": (_no_overlay, True, "countries.sr-Latn.json: is missing"),
    "unknown country": (_unknown_country, True, "unknown country 'QQ'"),
    "unknown organisation type": (_unknown_type, True, "unknown organisation type 'space_agency'"),
    "fact without source": (_fact_without_source, True, "deadlines.0: a fact without a source"),
    "verified without source": (
        _verified_without_source,
        True,
        "deadlines.0: a fact without a source",
    ),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_a_bad_pack_is_refused_with_one_message_and_nothing_changes(
    case, installed, tmp_path, pack_2027
):
    install_pack(write_pack(tmp_path / "good", pack_2027))
    before = files_in(installed)
    change, rehash, message = REFUSALS[case]
    bad = edit(pack_with_date(pack_2027, "2027-12-01"), change, rehash)
    with pytest.raises(PackError, match=message) as refused:
        install_pack(write_pack(tmp_path / "bad", bad))
    assert "\n" not in str(refused.value)
    assert files_in(installed) == before
    assert load_catalogue(2027).data_as_of == date(2027, 11, 28)


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"\xff\xfe", "not UTF-8"), (b"{not json", "not valid JSON"), (b"[]", "not a vetguide")],
)
def test_a_file_that_is_no_pack_is_refused(installed, tmp_path, content, message):
    path = tmp_path / "x.vgpack"
    path.write_bytes(content)
    with pytest.raises(PackError, match=message):
        install_pack(path)
    assert files_in(installed) == {}


# --- choosing the call ----------------------------------------------------------------------


def last_deadline(year: int) -> date:
    catalogue = load_catalogue(year)
    return max(
        aware(d).date() for a in catalogue.actions for d in a.deadlines if d.call_year == year
    )


def test_the_call_is_the_newest_with_a_deadline_ahead_else_the_newest(
    installed, tmp_path, pack_2027
):
    last_2026 = last_deadline(2026)
    assert choose_call(last_2026) == packs.CallChoice(2026, all_past=False)
    assert choose_call(last_2026 + timedelta(days=1)) == packs.CallChoice(2026, all_past=True)

    install_pack(write_pack(tmp_path, pack_2027))
    assert choose_call(last_2026 - timedelta(days=200)) == packs.CallChoice(2027, all_past=False)
    last_2027 = last_deadline(2027)
    assert choose_call(last_2027) == packs.CallChoice(2027, all_past=False)
    assert choose_call(last_2027 + timedelta(days=1)) == packs.CallChoice(2027, all_past=True)


def test_a_year_before_the_bundled_one_can_be_added(installed, tmp_path):
    source = source_copy(tmp_path / "src")
    add_year(source, 2025)
    install_pack(write_pack(tmp_path, build(source, 2025)))
    assert catalogue_years() == [2025, 2026]
    # between the last 2025 deadline (moved one year back) and the first 2026 one: 2026
    assert choose_call(last_deadline(2025)).call_year == 2026


def test_the_context_selects_the_year_for_every_loader(installed, tmp_path, pack_2027):
    from vetguide.model.data_context import data_context

    install_pack(write_pack(tmp_path, pack_2027))
    context = data_context(None, "sr-Cyrl", date(2026, 12, 4))
    assert (context.call_year, context.chosen, context.all_past) == (2027, True, False)
    assert context.catalogue.call_year == 2027 and context.texts.language == "sr-Cyrl"
    assert context.pack.path == installed / "2027.vgpack"
    assert load_countries() == load_countries("en", 2027)
    assert context.has_budget() and context.budget().call_year == 2027
    assert context.glossary().language == "sr-Cyrl"
    english = context.in_language("en")
    assert english.catalogue == context.english and english.call_year == 2027
    with pytest.raises(DataError, match=r"no data for the 2031 call \(available: 2026, 2027\)"):
        data_context(2031)


def test_packs_dir_env_is_honoured(installed):
    assert packs.installed_dir() == installed
    assert os.environ[packs.PACKS_ENV] == str(installed)


def test_a_catalogue_is_translated_from_the_pack_it_came_from(installed, tmp_path, pack_2027):
    from vetguide.model.resources import action_in, catalogue_in

    install_pack(write_pack(tmp_path, pack_2027))
    english = load_catalogue(2027)
    serbian = catalogue_in(english, "sr-Latn")
    assert serbian is load_catalogue(2027, "sr-Latn") and serbian.call_year == 2027
    assert catalogue_in(serbian, "en") is english
    ka122 = action_in(english.action("KA122-VET"), "sr-Cyrl")
    assert ka122 is load_catalogue(2027, "sr-Cyrl").action("KA122-VET")
    copy = english.model_copy(deep=True)  # not loaded from a pack: no guessing by content
    assert catalogue_in(copy, "sr-Latn") is copy
    install_pack(write_pack(tmp_path / "newer", pack_with_date(pack_2027, "2027-12-20")))
    assert catalogue_in(english, "sr-Latn") is english  # its pack was replaced
