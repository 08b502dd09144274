"""``vetguide shortlist …`` on the library database: every command, and one line on bad input."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from vetguide.cli import run
from vetguide.model.library_db import open_library
from vetguide.model.shortlist import ItemStatus
from vetguide.model.storage import DATA_DIR_ENV, read_shortlist_file


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder


def call(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["shortlist", *argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def ok(*argv: str) -> str:
    code, out, err = call(*argv)
    assert (code, err) == (0, ""), err
    return out


def library(data_dir: Path):  # type: ignore[no-untyped-def]
    opened = open_library(data_dir)
    opened.store.close()
    return opened.library


def test_a_whole_session_lands_in_the_database(data_dir: Path, tmp_path: Path) -> None:
    assert "no shortlists yet" in ok("list")
    ok("new", "Plan 2026")
    ok("add", "plan 2026", "ka122-vet")  # names are found case-insensitively, codes upper-cased
    ok("add", "Plan 2026", "KA220-VET")
    assert "already on" in ok("add", "Plan 2026", "KA122-VET")
    ok("note", "Plan 2026", "KA122-VET", "Ask the director")
    ok("status", "Plan 2026", "KA220-VET", "preparing")
    ok("remove", "Plan 2026", "KA220-VET")
    (shortlist,) = library(data_dir).shortlists
    assert shortlist.name == "Plan 2026" and shortlist.codes() == ["KA122-VET"]
    assert shortlist.items[0].note == "Ask the director"
    assert ok("list") == "Plan 2026\t1 action\n"
    shown = ok("show", "Plan 2026")
    assert "KA122-VET – Short-term projects" in shown and "  | Ask the director" in shown

    target = tmp_path / "plan.json"
    assert "wrote" in ok("export", "Plan 2026", "--json", str(target))
    assert read_shortlist_file(target).shortlist == shortlist
    assert "'Plan 2026 (2)'" in ok("import", str(target))
    names = [s.name for s in library(data_dir).shortlists]
    assert names == ["Plan 2026", "Plan 2026 (2)"]


def test_status_is_written(data_dir: Path) -> None:
    ok("new", "A")
    ok("add", "A", "KA210-VET")
    ok("status", "A", "KA210-VET", "Submitted")
    assert library(data_dir).shortlists[0].items[0].status is ItemStatus.SUBMITTED


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("show", "Nope"), "no shortlist is called 'Nope' (shortlists: A)"),
        (("add", "Nope", "KA122-VET"), "no shortlist is called 'Nope'"),
        (("add", "A", "KA999-VET"), "unknown action code 'KA999-VET'; use one of: KA120-VET"),
        (("note", "A", "KA220-VET", "x"), "KA220-VET is not on the shortlist 'A'"),
        (("status", "A", "KA122-VET", "sent"), "unknown status 'sent'; use one of: idea"),
        (("status", "A", "KA220-VET", "idea"), "KA220-VET is not on the shortlist 'A'"),
        (("remove", "A", "KA220-VET"), "KA220-VET is not on the shortlist 'A'"),
        (("new", "a"), "there is already a shortlist called 'a'"),
        (("new", "   "), "a shortlist needs a name"),
        (("new", "x" * 201), "a name can have at most 200 characters"),
        (("import", "missing.json"), "missing.json: no such file"),
        (("note", "A", "KA122-VET", "x" * 200_001), "a note can hold 200000 characters"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_changes_nothing(
    data_dir: Path, argv: tuple[str, ...], message: str
) -> None:
    ok("new", "A")
    ok("add", "A", "KA122-VET")
    before = library(data_dir)
    code, out, err = call(*argv)
    assert code == 2 and out == ""
    assert err.startswith("vetguide: error: ") and err.count("\n") == 1
    assert message in err
    assert library(data_dir) == before


def test_a_database_from_a_newer_vetguide_is_read_but_not_changed(data_dir: Path) -> None:
    ok("new", "A")
    opened = open_library(data_dir)
    opened.store.conn.execute("PRAGMA user_version = 99")
    opened.store.close()
    assert ok("list") == "A\t0 actions\n"
    code, _, err = call("add", "A", "KA122-VET")
    assert code == 2 and "newer version of vetguide" in err and err.count("\n") == 1
