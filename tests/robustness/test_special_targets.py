# ruff: noqa: F811 - the app fixtures are imported from tests/ui/conftest.py
"""Exports onto targets that are not regular files (issue 12, item 1).

Every export (PDF memo, .ics calendar, shortlist JSON, the desktop entry) goes through one
check (:func:`vetguide.model.files.check_target`): a FIFO, a device, a socket or a folder at
the target is refused with one clear line (exit 2 on the command line, one message in the
app) and left as it was; a read-only file is refused by every export; a symlink is followed
to the regular file it names (the link stays); written files get 0666 minus the umask.

Tests run as root: a read-only file is one without write bits, which root could still
write; the check reads the mode bits. No test touches a real device: device nodes of the
null device are made in the test folder (a run without the fix once replaced /dev/null).
"""

from __future__ import annotations

import contextlib
import os
import socket
import stat
import tempfile
from collections.abc import Callable, Iterator
from io import StringIO
from pathlib import Path

import pytest

from tests.robustness.test_export_targets import CODES, app_export, check_complete, cli
from tests.ui.conftest import (  # noqa: F401 - fixtures for the app tests
    catalogue,
    data_dir,
    dialogs,
    english_after_each_test,
    make_window,
    window,
)
from tests.ui.helpers import TODAY
from vetguide.cli import EXIT_OK, EXIT_USAGE, run
from vetguide.cli import desktop as cli_desktop
from vetguide.model import files
from vetguide.model.shortlist import Shortlist
from vetguide.model.storage import write_shortlist_file

CLI_KINDS = ("pdf", "ics")
APP_KINDS = ("pdf", "ics", "json")


@contextlib.contextmanager
def umask(mask: int) -> Iterator[None]:
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


# --- special files ---------------------------------------------------------------------------


def make_fifo(path: Path) -> Callable[[], object]:
    os.mkfifo(path)
    return lambda: stat.S_ISFIFO(os.lstat(path).st_mode)


def make_device(path: Path) -> Callable[[], object]:
    """A character device node of the null device (1, 3), as /dev/null, in the test folder."""
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("no permission to make a device node here")
    return lambda: stat.S_ISCHR(os.lstat(path).st_mode)


def make_device_link(path: Path) -> Callable[[], object]:
    """A link to a device node (as a link to /dev/null): following it must stop at a device.

    The node is made in the test folder: a test run without the fix must not be able to
    replace the real /dev/null (QSaveFile follows links).
    """
    device = path.with_name("null-device")
    unchanged = make_device(device)
    path.symlink_to(device)
    return lambda: os.readlink(path) == str(device) and unchanged()


def make_socket(path: Path) -> Callable[[], object]:
    # A socket path must be short (about 100 bytes): bind in a short folder, link it here.
    short = Path(tempfile.mkdtemp(prefix="vg"))
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(str(short / "s"))
    os.replace(short / "s", path)  # a rename keeps the socket node
    sock.close()
    short.rmdir()
    return lambda: stat.S_ISSOCK(os.lstat(path).st_mode)


def make_folder(path: Path) -> Callable[[], object]:
    path.mkdir()
    (path / "inside.txt").write_text("kept")
    return lambda: (path / "inside.txt").read_text() == "kept"


SPECIAL: dict[str, tuple[Callable[[Path], Callable[[], object]], str]] = {
    "fifo": (make_fifo, "named pipe (FIFO)"),
    "device": (make_device, "device"),
    "link to a device": (make_device_link, "device"),
    "socket": (make_socket, "socket"),
    "folder": (make_folder, "folder"),
}


@pytest.fixture
def shortlist_file(tmp_path: Path) -> Path:
    shortlist = Shortlist(name="Plan", created=TODAY)
    for code in CODES:
        shortlist.add(code, TODAY)
    path = tmp_path / "shortlist.json"
    write_shortlist_file(path, shortlist)
    return path


def only_target(folder: Path, name: str) -> None:
    """Nothing but the target in the folder (beside the test's own files): no temp file."""
    ours = {"shortlist.json", "null-device"}
    assert [p.name for p in folder.iterdir() if p.name not in ours] == [name]


# --- the command line ------------------------------------------------------------------------


@pytest.mark.parametrize("special", SPECIAL)
@pytest.mark.parametrize("kind", CLI_KINDS)
def test_cli_refuses_a_target_that_is_not_a_regular_file(
    qapp, tmp_path, shortlist_file, kind, special
):
    make, words = SPECIAL[special]
    target = tmp_path / f"out.{kind}"
    unchanged = make(target)

    code, out, err = cli(kind, shortlist_file, target)

    assert code == EXIT_USAGE, (out, err)
    assert err.startswith("vetguide: error: ") and err.count("\n") == 1, err
    assert str(target) in err and words in err, err
    assert "Traceback" not in err and "Errno" not in err
    assert unchanged()
    only_target(tmp_path, target.name)


@pytest.mark.parametrize("kind", CLI_KINDS)
def test_cli_refuses_a_read_only_file(qapp, tmp_path, shortlist_file, kind):
    target = tmp_path / f"out.{kind}"
    target.write_bytes(b"earlier")
    target.chmod(0o444)

    code, _out, err = cli(kind, shortlist_file, target)

    assert code == EXIT_USAGE
    assert err.count("\n") == 1 and "read-only" in err and str(target) in err, err
    assert target.read_bytes() == b"earlier"
    assert stat.S_IMODE(target.stat().st_mode) == 0o444


@pytest.mark.parametrize("kind", CLI_KINDS)
def test_cli_writes_through_a_symlink_and_keeps_it(qapp, tmp_path, shortlist_file, kind):
    real = tmp_path / "real" / f"memo.{kind}"
    real.parent.mkdir()
    real.write_bytes(b"earlier")
    link = tmp_path / f"link.{kind}"
    link.symlink_to(real)

    code, _out, err = cli(kind, shortlist_file, link)

    assert (code, err) == (EXIT_OK, "")
    assert link.is_symlink() and link.resolve() == real.resolve()
    check_complete(kind, real, CODES)
    assert sorted(p.name for p in real.parent.iterdir()) == [real.name]


@pytest.mark.parametrize("mask", [0o022, 0o027])
@pytest.mark.parametrize("kind", CLI_KINDS)
def test_cli_exports_get_normal_permissions(qapp, tmp_path, shortlist_file, kind, mask):
    target = tmp_path / f"out.{kind}"
    with umask(mask):
        code, _, err = cli(kind, shortlist_file, target)
    assert (code, err) == (EXIT_OK, "")
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask


def test_a_replaced_file_keeps_its_permissions(tmp_path):
    target = tmp_path / "plan.ics"
    target.write_text("old")
    target.chmod(0o640)
    files.atomic_write_text(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


# --- the app ---------------------------------------------------------------------------------


@pytest.mark.parametrize("special", SPECIAL)
@pytest.mark.parametrize("kind", APP_KINDS)
def test_app_refuses_a_target_that_is_not_a_regular_file(
    qtbot, window, dialogs, tmp_path, kind, special
):
    make, words = SPECIAL[special]
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / f"out.{kind}"
    unchanged = make(target)

    app_export(qtbot, window, dialogs, kind, target)

    (warning,) = dialogs.of("warn")
    assert str(target) in warning["text"] and words in warning["text"], warning["text"]
    assert "Errno" not in warning["text"]
    assert dialogs.of("inform_with_open") == []
    assert unchanged()
    only_target(folder, target.name)


@pytest.mark.parametrize("kind", APP_KINDS)
def test_app_refuses_a_read_only_file(qtbot, window, dialogs, tmp_path, kind):
    target = tmp_path / f"out.{kind}"
    target.write_bytes(b"earlier")
    target.chmod(0o444)

    app_export(qtbot, window, dialogs, kind, target)

    (warning,) = dialogs.of("warn")
    assert "read-only" in warning["text"] and str(target) in warning["text"], warning["text"]
    assert target.read_bytes() == b"earlier"


@pytest.mark.parametrize("kind", APP_KINDS)
def test_app_exports_get_normal_permissions_and_follow_links(
    qtbot, window, dialogs, tmp_path, kind
):
    real = tmp_path / f"real.{kind}"
    real.write_bytes(b"earlier")
    real.chmod(0o644)
    link = tmp_path / f"link.{kind}"
    link.symlink_to(real)
    new = tmp_path / f"new.{kind}"
    for target in (link, new):
        if kind != "json":
            dialogs.script("inform_with_open", False)
        with umask(0o022):
            app_export(qtbot, window, dialogs, kind, target)
    assert dialogs.of("warn") == []
    assert link.is_symlink()
    check_complete(kind, real, CODES)
    check_complete(kind, new, CODES)
    assert stat.S_IMODE(new.stat().st_mode) == 0o644


# --- install-desktop -------------------------------------------------------------------------


def test_install_desktop_refuses_a_fifo_as_entry(tmp_path, monkeypatch):
    import sys

    home = tmp_path / "share"
    monkeypatch.setattr(sys, "platform", "linux")
    entry = cli_desktop.desktop_file_path(home)
    entry.parent.mkdir(parents=True)
    os.mkfifo(entry)
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    err = StringIO()
    code = run(["install-desktop"], StringIO(), err)
    assert code == EXIT_USAGE and "named pipe" in err.getvalue() and str(entry) in err.getvalue()
    assert err.getvalue().count("\n") == 1
    assert stat.S_ISFIFO(os.lstat(entry).st_mode)
