"""The loaded data kept in the user's cache folder: used on the next load instead of
validating again, made again when the pack or texts change, ignored when damaged, and equal
to what validation makes in every language."""

from __future__ import annotations

import json
import pickle
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.model.pack_factory import SOURCE, build, pack_with_date, rehashed, write_pack
from vetguide.model import data_cache, packs, resources
from vetguide.model.catalogue import Catalogue
from vetguide.model.texts import Texts

YEAR = 2026
LANGUAGES = ("en", "sr-Latn", "sr-Cyrl")


@pytest.fixture(scope="module")
def pack_2026() -> dict[str, Any]:
    return build(SOURCE, YEAR)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(data_cache.CACHE_DIR_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache" / "data"


@pytest.fixture
def validations(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How often each model was validated by the loaders."""
    counts: Counter[str] = Counter()
    real = resources.validate

    def counting(model: Any, raw: Any, path: Any) -> Any:
        counts[model.__name__] += 1
        return real(model, raw, path)

    monkeypatch.setattr(resources, "validate", counting)
    return counts


@pytest.fixture
def fresh_pack(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pack_2026: dict[str, Any]
) -> Iterator[dict[str, Any]]:
    """An installed 2026 pack this test alone uses (its own content hash)."""
    raw = pack_with_date(pack_2026, "2026-12-30")
    raw["files"]["catalogue.json"]["actions"][0]["summary"] += f" ({tmp_path.name})"
    raw = rehashed(raw)
    monkeypatch.setenv(packs.PACKS_ENV, str(tmp_path / "packs"))
    write_pack(tmp_path / "packs", raw)
    packs.refresh()
    yield raw
    packs.refresh()


def load_fresh(language: str) -> Catalogue:
    """The catalogue as a new start loads it (the in-memory cache skipped)."""
    return resources._load_catalogue.__wrapped__(YEAR, language, resources.pack_key(YEAR))


def test_second_load_uses_the_cache_without_validating(cache, validations, fresh_pack):
    first = load_fresh("sr-Cyrl")
    assert validations["Catalogue"] == 1
    assert (cache / f"catalogue-{YEAR}-sr-Cyrl.bin").is_file()
    second = load_fresh("sr-Cyrl")
    assert validations["Catalogue"] == 1
    assert second == first
    assert second is not first


@pytest.mark.parametrize("language", LANGUAGES)
def test_cached_catalogue_equals_the_validated_one(cache, fresh_pack, language):
    validated = resources.catalogue_from(resources.pack_parts(YEAR), language)
    load_fresh(language)  # writes the cache
    cached = load_fresh(language)
    assert cached == validated
    assert cached.model_dump() == validated.model_dump()
    assert [type(a.submit_to) for a in cached.actions] == [
        type(a.submit_to) for a in validated.actions
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_country_table_is_cached_too(cache, validations, fresh_pack, language):
    validated = resources.countries_from(resources.pack_parts(YEAR), language)
    key = resources.pack_key(YEAR)
    first = resources._load_countries.__wrapped__(YEAR, language, key)
    second = resources._load_countries.__wrapped__(YEAR, language, key)
    assert validations["CountryTable"] == 2  # countries_from above, then the first load only
    assert (cache / f"countries-{YEAR}-{language}.bin").is_file()
    assert first == second == validated
    assert second.model_dump() == validated.model_dump()


@pytest.mark.parametrize("language", LANGUAGES)
def test_cached_texts_equal_the_validated_ones(cache, validations, language):
    path = resources.texts_path(language)
    validated = resources.texts_from(path, language)
    first = resources.load_texts.__wrapped__(language)
    second = resources.load_texts.__wrapped__(language)
    assert validations["Texts"] == 2  # texts_from above, then the first load only
    assert first == second == validated
    assert isinstance(second, Texts)


def test_a_changed_pack_is_validated_again(cache, validations, fresh_pack, tmp_path, monkeypatch):
    before = load_fresh("en")
    load_fresh("en")
    assert validations["Catalogue"] == 1
    changed = pack_with_date(fresh_pack, "2026-12-30")
    changed["files"]["catalogue.json"]["actions"][0]["summary"] += " Changed."
    changed = rehashed(changed)
    write_pack(tmp_path / "packs", changed)
    packs.refresh()
    after = load_fresh("en")
    assert validations["Catalogue"] == 2
    assert after.actions[0].summary == before.actions[0].summary + " Changed."
    assert load_fresh("en") == after
    assert validations["Catalogue"] == 2  # and cached again under the new hash


def test_another_app_version_makes_the_cache_again(cache, validations, fresh_pack, monkeypatch):
    load_fresh("en")
    monkeypatch.setattr(data_cache, "code_key", lambda: "another version")
    load_fresh("en")
    load_fresh("en")
    assert validations["Catalogue"] == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: data[:-10] + bytes(10),  # payload overwritten
        lambda data: b"not a cache file at all\n" + data,
        lambda data: data.replace(b'"source": "sha256:', b'"source": "sha256:0', 1),  # other key
    ],
    ids=["empty", "cut short", "payload damaged", "other format", "other key"],
)
def test_a_damaged_cache_is_ignored_and_written_again(
    cache, validations, fresh_pack, monkeypatch, damage
):
    good = load_fresh("sr-Latn")
    path = cache / f"catalogue-{YEAR}-sr-Latn.bin"
    path.write_bytes(damage(path.read_bytes()))
    unpickled: list[bytes] = []
    real_loads = pickle.loads
    monkeypatch.setattr(pickle, "loads", lambda data: unpickled.append(data) or real_loads(data))
    again = load_fresh("sr-Latn")
    assert again == good
    assert validations["Catalogue"] == 2
    assert unpickled == []  # nothing unpickled from the damaged file
    load_fresh("sr-Latn")  # the file was written again: used now
    assert validations["Catalogue"] == 2
    assert len(unpickled) == 1


def test_a_cache_of_another_class_is_not_used(cache, validations, fresh_pack):
    load_fresh("en")
    key = resources.pack_key(YEAR)
    data_cache.write(f"catalogue-{YEAR}-en", key, {"not": "a catalogue"})
    assert isinstance(load_fresh("en"), Catalogue)
    assert validations["Catalogue"] == 2


def test_a_cache_folder_that_cannot_be_written_only_costs_time(
    tmp_path, monkeypatch, validations, fresh_pack
):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    monkeypatch.setenv(data_cache.CACHE_DIR_ENV, str(blocked))
    first = load_fresh("en")
    assert load_fresh("en") == first
    assert validations["Catalogue"] == 2


@pytest.mark.parametrize("language", LANGUAGES)
def test_readiness_steps_are_cached_too(cache, fresh_pack, monkeypatch, language):
    from vetguide.model import readiness

    counts: Counter[str] = Counter()
    real = readiness.validate

    def counting(model: Any, raw: Any, path: Any) -> Any:
        counts[model.__name__] += 1
        return real(model, raw, path)

    monkeypatch.setattr(readiness, "validate", counting)
    key = resources.pack_key(YEAR)
    first = readiness._load_readiness.__wrapped__(language, YEAR, key)
    second = readiness._load_readiness.__wrapped__(language, YEAR, key)
    assert counts["ReadinessData"] == 1
    assert second == first == readiness.readiness_from(resources.pack_parts(YEAR), language)


@pytest.fixture
def bundled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the bundled packs folder, used as the bundled one."""
    folder = tmp_path / "bundled"
    folder.mkdir()
    (folder / packs.pack_name(YEAR)).write_bytes(
        (packs.bundled_dir() / packs.pack_name(YEAR)).read_bytes()
    )
    monkeypatch.setattr(packs, "bundled_dir", lambda: folder)
    monkeypatch.setenv(packs.PACKS_ENV, str(tmp_path / "no-installed-packs"))
    packs.refresh()
    yield folder
    packs.refresh()


def test_a_bundled_pack_header_is_read_from_the_cache(cache, bundled, monkeypatch):
    first = packs.registry()
    packs.refresh()

    def not_read(path: Path, mtime_ns: int) -> Any:
        raise AssertionError(f"{path} was read")

    with monkeypatch.context() as patched:
        patched.setattr(packs, "_parsed", not_read)
        assert packs.registry() == first
    assert [info.content_hash for info in first] == [
        json.loads((bundled / packs.pack_name(YEAR)).read_text(encoding="utf-8"))["content_hash"]
    ]


def test_a_changed_bundled_pack_is_read_again(cache, bundled, pack_2026):
    packs.registry()
    write_pack(bundled, pack_with_date(pack_2026, "2026-12-29"))
    packs.refresh()
    (info,) = packs.registry()
    assert str(info.data_as_of) == "2026-12-29"
