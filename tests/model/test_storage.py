from __future__ import annotations

import json
import os

import pytest

from vetguide.model import storage
from vetguide.model.shortlist import Library, Shortlist, ShortlistFile


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(storage.DATA_DIR_ENV, str(tmp_path))
    return tmp_path


def test_data_dir_follows_environment(data_dir):
    assert storage.data_dir() == data_dir
    assert storage.library_path() == data_dir / "library.json"


def test_missing_library_gives_empty_default():
    loaded = storage.load_or_default(storage.library_path(), Library)
    assert loaded.value.shortlists == [] and loaded.moved_aside is None


def test_round_trip():
    lib = Library(shortlists=[Shortlist(name="Autumn")])
    lib.shortlists[0].add("KA122-VET")
    storage.save_model(storage.library_path(), lib)
    again = storage.load_or_default(storage.library_path(), Library).value
    assert again == lib
    assert json.loads(storage.library_path().read_text())["schema_version"] == 1


@pytest.mark.parametrize(
    "content",
    ["{broken", '{"schema_version": "2"}', '{"shortlists": [{"name": ""}]}', "[" * 5000],
)
def test_damaged_file_is_moved_aside_not_overwritten(data_dir, content):
    path = storage.library_path()
    path.write_text(content, encoding="utf-8")
    loaded = storage.load_or_default(path, Library)
    assert loaded.value == Library()
    assert (
        loaded.moved_aside is not None and loaded.moved_aside.read_text(encoding="utf-8") == content
    )
    assert ".damaged-" in loaded.moved_aside.name
    assert not path.exists()
    assert loaded.problem


def test_failed_write_keeps_old_file_and_leaves_no_temp(data_dir, monkeypatch):
    path = data_dir / "x.json"
    storage.atomic_write_text(path, "old")

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        storage.atomic_write_text(path, "new")
    assert path.read_text() == "old"
    assert [p.name for p in data_dir.iterdir()] == ["x.json"]


def test_save_error_is_clear(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(storage.StorageError, match="could not save"):
        storage.save_model(blocker / "sub" / "lib.json", Library())


def test_shortlist_file_round_trip_and_errors(tmp_path):
    sl = Shortlist(name="Šabac plan — Ђаци")
    sl.add("KA210-VET")
    path = tmp_path / "share.json"
    storage.write_shortlist_file(path, sl)
    assert storage.read_shortlist_file(path) == ShortlistFile(shortlist=sl)
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "schema_version": 1,
                "kind": "vetguide-shortlist",
                "shortlist": {"name": "x", "items": [{"code": "bad code"}]},
            }
        )
    )
    with pytest.raises(storage.StorageError, match=r"shortlist\.items\.0\.code"):
        storage.read_shortlist_file(bad)
    with pytest.raises(storage.StorageError, match="no such file"):
        storage.read_shortlist_file(tmp_path / "none.json")
    assert bad.exists()


def test_shortlist_add_refuses_duplicates():
    sl = Shortlist(name="A")
    assert sl.add("KA122-VET") is True
    assert sl.add("KA122-VET") is False
    assert sl.codes() == ["KA122-VET"]


def test_blank_shortlist_name_is_refused():
    with pytest.raises(ValueError):
        Shortlist(name="   ")


def test_a_library_from_a_newer_vetguide_is_refused_and_left_alone(data_dir):
    path = storage.library_path()
    path.write_text('{"schema_version": 2, "shortlists": [], "new_field": 1}', encoding="utf-8")
    with pytest.raises(storage.NewerFileError, match=r"newer version of vetguide.*update"):
        storage.load_or_default(path, Library)
    assert [p.name for p in data_dir.iterdir()] == ["library.json"]


def test_an_unreadable_library_is_reported_not_moved(data_dir):
    path = storage.library_path()
    path.mkdir()  # a folder where the file should be: cannot be read
    with pytest.raises(storage.StorageError, match="cannot be read"):
        storage.load_or_default(path, Library)
    assert path.is_dir() and [p.name for p in data_dir.iterdir()] == ["library.json"]


def test_a_newer_shared_shortlist_file_is_refused(tmp_path):
    path = tmp_path / "share.json"
    path.write_text(
        '{"schema_version": 3, "kind": "vetguide-shortlist", "shortlist": {"name": "x"}}',
        encoding="utf-8",
    )
    with pytest.raises(storage.StorageError, match="newer version of vetguide"):
        storage.read_shortlist_file(path)


def test_damaged_library_logs_a_warning(data_dir, caplog):
    storage.library_path().write_text("{", encoding="utf-8")
    loaded = storage.load_or_default(storage.library_path(), Library)
    assert str(loaded.moved_aside) in caplog.text and "damaged" in caplog.text
