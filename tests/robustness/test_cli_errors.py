"""The ``vetguide`` command never ends in a traceback (issue 12, item 4).

Each case runs the real entry point (the ``vetguide`` script installed beside the Python of
the tests) as its own process: a date too far ahead, output to a full device or into a pipe
nobody reads, a file name longer than the system allows, and an endless device as input.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.helpers import TODAY
from vetguide.model.shortlist import Shortlist
from vetguide.model.storage import write_shortlist_file

SCRIPT = Path(sys.executable).parent / "vetguide"
LONG_NAME = "n" * 300

pytestmark = pytest.mark.skipif(not SCRIPT.exists(), reason="vetguide is not installed here")


def vetguide(*argv: str, **kw: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    streams = kw or {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [str(SCRIPT), *argv], text=True, timeout=120, env=env, **streams
    )


def one_line_error(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert done.stderr.startswith("vetguide: error: "), done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert "Traceback" not in done.stderr and "Errno" not in done.stderr
    for word in words:
        assert word in done.stderr, done.stderr


@pytest.fixture
def shortlist_file(tmp_path: Path) -> Path:
    shortlist = Shortlist(name="Plan", created=TODAY)
    shortlist.add("KA122-VET", TODAY)
    path = tmp_path / "shortlist.json"
    write_shortlist_file(path, shortlist)
    return path


@pytest.mark.parametrize(
    "argv",
    [
        ["catalogue"],
        ["catalogue", "--format", "json"],
        ["calendar", "--all", "--ics", "{tmp}/x.ics"],
    ],
)
def test_a_date_too_far_ahead_is_one_line(tmp_path, argv):
    argv = [a.format(tmp=tmp_path) for a in argv]
    done = vetguide(*argv, "--today", "9999-12-31")
    one_line_error(done, "--today", "9999-12-31")
    assert done.stdout == ""


def test_the_latest_date_allowed_works():
    assert vetguide("catalogue", "--today", "9989-12-31").returncode == 0


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_output_to_a_full_device_is_one_line():
    with open("/dev/full", "w") as full:
        done = vetguide("catalogue", stdout=full, stderr=subprocess.PIPE)
    one_line_error(done, "cannot write the output", "No space left on device")


def test_output_into_a_closed_pipe_ends_quietly():
    """As `vetguide catalogue | head -c 10`, with the reader gone before the first write."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody will ever read: the first write fails with EPIPE
    try:
        done = vetguide("catalogue", stdout=write_end, stderr=subprocess.PIPE)
    finally:
        os.close(write_end)
    assert done.returncode == 141
    assert done.stderr == ""


@pytest.mark.parametrize("kind", ["pdf", "ics"])
def test_a_file_name_too_long_is_one_line(tmp_path, shortlist_file, kind):
    target = tmp_path / f"{LONG_NAME}.{kind}"
    command = {"pdf": ["export", "--pdf"], "ics": ["calendar", "--ics"]}[kind]
    done = vetguide(command[0], "--shortlist", str(shortlist_file), command[1], str(target))
    one_line_error(done, "File name too long")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shortlist.json"]


def test_a_long_name_that_the_system_allows_is_written(tmp_path, shortlist_file):
    """250 characters: the target is legal; the temp file beside it must be too."""
    target = tmp_path / ("n" * 246 + ".ics")
    done = vetguide("calendar", "--shortlist", str(shortlist_file), "--ics", str(target))
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([target.name, "shortlist.json"])


@pytest.mark.parametrize(
    "argv",
    [
        ["recommend", "--profile", "/dev/zero"],
        ["export", "--profile", "/dev/zero", "--pdf", "{tmp}/x.pdf"],
        ["export", "--shortlist", "/dev/zero", "--pdf", "{tmp}/x.pdf"],
        ["calendar", "--shortlist", "/dev/zero", "--ics", "{tmp}/x.ics"],
        ["budget", "--plan", "/dev/zero"],
    ],
)
def test_an_endless_device_as_input_is_one_line(tmp_path, argv):
    argv = [a.format(tmp=tmp_path) for a in argv]
    done = vetguide(*argv)
    one_line_error(done, "/dev/zero", "device")
    assert list(tmp_path.iterdir()) == []


def test_an_input_larger_than_any_vetguide_file_is_refused(tmp_path):
    from vetguide.model import files

    big = tmp_path / "big.json"
    big.write_bytes(b" " * 2048)
    with pytest.raises(OSError, match="larger than"):
        files.read_text(big, limit=1024)
    assert files.read_text(big, limit=4096) == " " * 2048


def test_a_refused_shortlist_export_is_one_line_without_a_log_echo(tmp_path):
    data = {"VETGUIDE_DATA_DIR": str(tmp_path / "data"), "VETGUIDE_LOG_DIR": str(tmp_path / "log")}
    env = {**os.environ, **data, "QT_QPA_PLATFORM": "offscreen"}

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(SCRIPT), *argv], text=True, timeout=120, env=env, capture_output=True
        )

    assert run("shortlist", "new", "Plan").returncode == 0
    # The store logs the refusal as a warning; that must not reach stderr as a second line.
    one_line_error(run("shortlist", "export", "Plan", "--json", "/dev/null"), "/dev/null")
