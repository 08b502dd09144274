"""One running vetguide per user and data folder (issue 18), tested with real processes.

Each process is a separate Python (offscreen Qt). Every wait has a timeout: a broken
hand-over fails the test instead of hanging it.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from vetguide.ui.single_instance import decode, encode, server_name

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_S = 60

# The running vetguide, reduced to its single-instance part: says how it started, then
# prints each hand-over it receives; it ends on "quit" or after TIMEOUT_S.
FIRST = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from vetguide.ui.single_instance import SingleInstance
app = QApplication([])
instance = SingleInstance(sys.argv[1])
print(instance.start([]).value, flush=True)
def received(files):
    print("received " + "|".join(str(f) for f in files), flush=True)
    if any(f.name == "quit" for f in files):
        app.quit()
instance.received.connect(received)
QTimer.singleShot(int(sys.argv[2]) * 1000, app.quit)
app.exec()
instance.close()
"""

# A later start: hands its files over (or becomes the first), prints the outcome, ends.
LATER = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from vetguide.ui.single_instance import SingleInstance
app = QApplication([])
print(SingleInstance(sys.argv[1]).start([Path(p) for p in sys.argv[2:]]).value, flush=True)
"""


def env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}


class Process:
    """A started Python whose output lines are read in a thread (so waits can time out)."""

    def __init__(self, code: str, *args: str, cwd: Path = ROOT) -> None:
        self.popen = subprocess.Popen(
            [sys.executable, "-c", code, *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env(),
            cwd=cwd,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.popen.stdout is not None
        for line in self.popen.stdout:
            self.lines.put(line.rstrip("\n"))

    def next_line(self) -> str:
        try:
            return self.lines.get(timeout=TIMEOUT_S)
        except queue.Empty:
            raise AssertionError("the process said nothing in time") from None

    def end(self) -> int:
        try:
            return self.popen.wait(timeout=TIMEOUT_S)
        finally:
            self.kill()

    def kill(self) -> None:
        if self.popen.poll() is None:
            self.popen.kill()
            self.popen.wait(timeout=TIMEOUT_S)
        self.reader.join(timeout=TIMEOUT_S)
        if self.popen.stdout is not None:
            self.popen.stdout.close()


def later(name: str, *files: str, cwd: Path = ROOT) -> str:
    process = Process(LATER, name, *files, cwd=cwd)
    outcome = process.next_line()
    assert process.end() == 0
    return outcome


@pytest.fixture
def name() -> Iterator[str]:
    name = f"vetguide-test-{uuid.uuid4().hex[:12]}"
    yield name
    from PySide6.QtNetwork import QLocalServer

    QLocalServer.removeServer(name)


def test_a_second_start_hands_its_files_to_the_first_and_ends(name: str, tmp_path: Path) -> None:
    first = Process(FIRST, name, str(TIMEOUT_S))
    try:
        assert first.next_line() == "first"
        assert later(name, "plan.vetguide", str(tmp_path / "b c.json"), cwd=tmp_path) == (
            "handed over"
        )
        # relative paths are made absolute by the start that was given them
        assert first.next_line() == f"received {tmp_path / 'plan.vetguide'}|{tmp_path / 'b c.json'}"
        assert later(name) == "handed over"  # no file: just come to the front
        assert first.next_line() == "received "
        assert later(name, "quit") == "handed over"
        assert first.next_line() == f"received {ROOT / 'quit'}"
        assert first.end() == 0
    finally:
        first.kill()
    # The first one has ended and closed its socket: the next start is the first again.
    assert later(name) == "first"


@pytest.mark.skipif(sys.platform == "win32", reason="a Unix socket file is left by a crash")
def test_a_crashed_first_instance_leaves_a_socket_that_the_next_start_replaces(
    name: str,
) -> None:
    first = Process(FIRST, name, str(TIMEOUT_S))
    assert first.next_line() == "first"
    first.popen.send_signal(signal.SIGKILL)
    first.end()
    from PySide6.QtCore import QDir

    socket_file = Path(QDir.tempPath()) / name
    assert socket_file.exists()  # stale: nobody listens on it
    second = Process(FIRST, name, str(TIMEOUT_S))
    try:
        assert second.next_line() == "first"  # removed the stale socket and listens
        assert later(name, "quit") == "handed over"
        assert second.next_line() == f"received {ROOT / 'quit'}"
        assert second.end() == 0
    finally:
        second.kill()


def test_the_name_is_per_user_and_per_data_folder(tmp_path: Path) -> None:
    one = server_name(tmp_path / "a", user="ana")
    assert one == server_name(tmp_path / "a" / ".." / "a", user="ana")
    assert one != server_name(tmp_path / "b", user="ana")
    assert one != server_name(tmp_path / "a", user="marko")
    assert one.startswith("vetguide-") and len(one) < 40  # Unix socket paths are short


def test_messages_that_are_not_vetguides_are_refused() -> None:
    files = [Path("/tmp/a.vetguide"), Path("/tmp/č ž.json")]
    assert decode(encode(files)) == files
    for junk in (b"", b"\xff\xfe\n", b"[]\n", b'{"open": "x"}\n', b'{"open": [1]}\n'):
        assert decode(junk) is None


# --- the vetguide command ---------------------------------------------------------------------


def app_env(data: Path) -> dict[str, str]:
    return {**env(), "VETGUIDE_DATA_DIR": str(data), "VETGUIDE_LOG_DIR": str(data / "log")}


def start_vetguide(data: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "vetguide", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=app_env(data),
        cwd=ROOT,
    )


def ready(data: Path, name: str) -> bool:
    """The vetguide on ``data`` has opened its library and answers a start (with no file)."""
    from vetguide.ui.single_instance import SingleInstance

    return (data / "library.sqlite").exists() and SingleInstance(name).hand_over([]) is True


def shortlist_names(data: Path) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-m", "vetguide", "shortlist", "list"],
        capture_output=True,
        text=True,
        env=app_env(data),
        cwd=ROOT,
        timeout=TIMEOUT_S,
    )
    return result.stdout.splitlines()


def shared_file(path: Path, name: str) -> Path:
    from vetguide.model.shortlist import Shortlist, ShortlistItem
    from vetguide.model.storage import write_shortlist_file

    write_shortlist_file(path, Shortlist(name=name, items=[ShortlistItem(code="KA122-VET")]))
    return path


def test_starting_vetguide_again_opens_the_file_in_the_running_one(qtbot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    name = server_name(data)
    first = start_vetguide(data)
    third = None
    try:
        qtbot.waitUntil(lambda: ready(data, name), timeout=TIMEOUT_S * 1000)
        plan = shared_file(tmp_path / "plan.vetguide", "Plan from Ana")
        second = start_vetguide(data, str(plan))
        assert second.wait(timeout=TIMEOUT_S) == 0  # handed over and ended
        qtbot.waitUntil(
            lambda: any("Plan from Ana" in line for line in shortlist_names(data)),
            timeout=TIMEOUT_S * 1000,
        )
        assert first.poll() is None  # still running

        # A crash leaves the socket behind; the next start replaces it and is the first.
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=TIMEOUT_S)
        third = start_vetguide(data)
        qtbot.waitUntil(lambda: ready(data, name), timeout=TIMEOUT_S * 1000)
        other = shared_file(tmp_path / "other.json", "Plan from Marko")
        assert start_vetguide(data, str(other)).wait(timeout=TIMEOUT_S) == 0
        qtbot.waitUntil(
            lambda: any("Plan from Marko" in line for line in shortlist_names(data)),
            timeout=TIMEOUT_S * 1000,
        )
        assert third.poll() is None
    finally:
        for process in (first, third):
            if process is not None and process.poll() is None:
                process.kill()
                process.wait(timeout=TIMEOUT_S)


@pytest.mark.skipif(sys.platform == "win32", reason="a Unix socket stands in for a hung vetguide")
def test_a_running_vetguide_that_does_not_answer_does_not_stop_a_new_start(
    qapp, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    from PySide6.QtCore import QDir

    from vetguide.ui import single_instance
    from vetguide.ui.single_instance import Outcome, SingleInstance

    monkeypatch.setattr(single_instance, "ANSWER_TIMEOUT_MS", 200)
    hung = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)  # accepts, never answers
    path = Path(QDir.tempPath()) / name
    try:
        hung.bind(str(path))
        hung.listen(1)
        instance = SingleInstance(name)
        assert instance.start([Path("plan.vetguide")]) is Outcome.ALONE
        assert instance.server is None  # the hung one keeps its socket
        assert path.exists()
    finally:
        hung.close()
        path.unlink(missing_ok=True)


def test_the_socket_name_stays_the_one_earlier_versions_used(tmp_path):
    """A running vetguide of an earlier version (hashlib's SHA-256) is found by this one."""
    import hashlib
    import os

    folder = os.path.normcase(os.path.abspath(tmp_path))
    earlier = hashlib.sha256(f"ana\0{folder}".encode()).hexdigest()[:20]
    assert server_name(tmp_path, "ana") == f"vetguide-{earlier}"
