"""Accessibility through AT-SPI, the interface Linux screen readers (Orca) use.

The test starts everything it needs, each piece a process of its own with a deadline, so a
missing or stuck piece fails (or, when the system packages are not installed, skips) instead
of hanging: an X server (Xvfb), a private D-Bus session bus, the accessibility bus
(at-spi-bus-launcher) and its registry (at-spi2-registryd). The application runs in a
subprocess with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 (tests/ui/atspi_app.py): the main window,
the wizard on each of its four pages and the budget dialog. A walker in another process, with
the system's Python and its gi (tests/ui/atspi_walk.py), reads their accessibility trees as
a screen reader would. Every control a user acts on must have a role, a name in the
language of the interface, and be reached by Tab. scripts/system-deps.sh installs the packages.
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="AT-SPI is Linux's")

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
REGISTRY = "/usr/libexec/at-spi2-registryd"
START_TIMEOUT = 30.0  # seconds for one piece to come up (a loaded CI machine)
WALK_TIMEOUT = 120.0
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""
WINDOWS = ("main", "wizard-1", "wizard-2", "wizard-3", "wizard-4", "budget")


def _missing_packages() -> list[str]:
    missing = [
        package
        for package, present in (
            ("xvfb", shutil.which("Xvfb")),
            ("dbus-daemon", shutil.which("dbus-daemon")),
            ("libglib2.0-bin (gdbus)", shutil.which("gdbus")),
            ("at-spi2-core", Path(LAUNCHER).exists() and Path(REGISTRY).exists()),
            ("python3", Path(SYSTEM_PYTHON).exists()),
        )
        if not present
    ]
    if not missing:
        probe = "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi"
        found = subprocess.run([SYSTEM_PYTHON, "-c", probe], capture_output=True, timeout=60)
        if found.returncode != 0:
            missing.append("python3-gi and gir1.2-atspi-2.0")
    return missing


def _read_line(process: subprocess.Popen[str], timeout: float, what: str) -> str:
    """The first line ``process`` writes, or a failure naming ``what`` after ``timeout``."""
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    if not ready:
        pytest.fail(f"{what} wrote nothing within {timeout:.0f} s")
    line = process.stdout.readline().strip()
    if not line:
        pytest.fail(f"{what} ended without output (exit {process.poll()})")
    return line


class Session:
    """Xvfb, a private session bus and the accessibility bus, torn down in reverse order."""

    def __init__(self, tmp: Path) -> None:
        self.processes: list[subprocess.Popen[str]] = []
        self.env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("QT_QPA", "DBUS_", "AT_SPI", "WAYLAND"))
        }
        self.tmp = tmp
        runtime = tmp / "runtime"
        runtime.mkdir(mode=0o700)
        self.env.update(XDG_RUNTIME_DIR=str(runtime), NO_AT_BRIDGE="0")
        self.env.pop("DISPLAY", None)

    def start(self, args: list[str], **kwargs: Any) -> subprocess.Popen[str]:
        process = subprocess.Popen(args, env=self.env, text=True, start_new_session=True, **kwargs)
        self.processes.append(process)
        return process

    def up(self) -> None:
        read, write = os.pipe()
        try:
            self.start(
                [
                    "Xvfb",
                    "-displayfd",
                    str(write),
                    "-screen",
                    "0",
                    "1280x900x24",
                    "-nolisten",
                    "tcp",
                ],
                pass_fds=(write,),
                stderr=subprocess.DEVNULL,
            )
        finally:
            os.close(write)
        with os.fdopen(read) as display:
            if not select.select([display], [], [], START_TIMEOUT)[0]:
                pytest.fail("Xvfb did not start")
            self.env["DISPLAY"] = ":" + display.readline().strip()
        # A bus of our own that activates nothing: each service below is started here, once.
        config = self.tmp / "session.conf"
        config.write_text(BUS_CONFIG.format(folder=self.tmp), encoding="utf-8")
        bus = self.start(
            ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
        )
        self.env["DBUS_SESSION_BUS_ADDRESS"] = _read_line(bus, START_TIMEOUT, "dbus-daemon")
        self.start([LAUNCHER, "--launch-immediately"], stderr=subprocess.DEVNULL)
        waited = subprocess.run(
            ["gdbus", "wait", "--session", "--timeout", str(int(START_TIMEOUT)), "org.a11y.Bus"],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=START_TIMEOUT + 5,
        )
        if waited.returncode != 0:
            pytest.fail(f"the accessibility bus did not start: {waited.stderr.strip()}")
        self.start([REGISTRY], stderr=subprocess.DEVNULL)

    def down(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait(timeout=10)
            for stream in (process.stdout, process.stdin):
                if stream is not None:
                    stream.close()


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    missing = _missing_packages()
    if missing:
        pytest.skip(f"system packages missing (scripts/system-deps.sh): {', '.join(missing)}")
    running = Session(tmp_path_factory.mktemp("atspi"))
    try:
        running.up()
        yield running
    finally:
        running.down()


def walk(session: Session, tmp: Path, language: str, *extra: str) -> dict[str, Any]:
    """Open the windows in ``language`` and walk them: {"tab": ..., "tree": ...}."""
    env = dict(session.env)
    data = tmp / f"data-{language}-{len(extra)}"
    env.update(
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        QT_ACCESSIBILITY="1",
        QT_QPA_PLATFORM="xcb",
        VETGUIDE_DATA_DIR=str(data),
        VETGUIDE_LOG_DIR=str(tmp / "logs"),
        PYTHONPATH=str(ROOT),
    )
    app = subprocess.Popen(
        [sys.executable, str(HERE / "atspi_app.py"), language, *extra],
        env=env,
        cwd=ROOT,
        text=True,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        start_new_session=True,
    )
    session.processes.append(app)
    try:
        opened = json.loads(_read_line(app, WALK_TIMEOUT, "the application"))
        walker = subprocess.run(
            [
                SYSTEM_PYTHON,
                str(HERE / "atspi_walk.py"),
                str(app.pid),
                str(WALK_TIMEOUT),
                json.dumps(opened["windows"]),
            ],
            env=session.env,
            capture_output=True,
            text=True,
            timeout=WALK_TIMEOUT + 30,
        )
        assert walker.returncode == 0, walker.stdout + walker.stderr
        return {**opened, "tree": json.loads(walker.stdout)}
    finally:
        assert app.stdin is not None
        app.stdin.close()  # the application quits
        try:
            app.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(app.pid, signal.SIGKILL)
            app.wait(timeout=10)


def problems(result: dict[str, Any], english: dict[str, Any] | None = None) -> list[str]:
    """What a screen-reader user would stumble on, one line per control."""
    found: list[str] = []
    for key in WINDOWS:
        controls = result["tree"].get(key)
        if not controls:
            found.append(f"{key}: the window is not on the accessibility bus")
            continue
        tab = set(result["tab"][key])
        # A radio group is one Tab stop (its checked button): the group's parent stands for it.
        tab |= {c["parent"] for c in controls if c["role"] == "radio button" and c["path"] in tab}
        for control in controls:
            if not control["showing"]:
                continue
            where = f"{key}: {control['role']} {control['name']!r}"
            if not control["role"] or control["role"] == "unknown":
                found.append(f"{where} has no role")
            if control["role"] == "combo box" and not control["labelled_by"]:
                # Qt on Linux names a combo box by its current item: the label comes from
                # the "labelled by" relation (a QLabel's buddy), which screen readers read.
                found.append(f"{where} has no label")
            if not control["name"].strip():
                found.append(f"{key}: a {control['role']} has no name ({control['path']})")
            if control["enabled"] and not reached(control, tab, result["by_menu"]):
                found.append(f"{where} is not reached with Tab")
        if english is not None:
            found += untranslated(key, controls, english["tree"].get(key, []))
    return found


def reached(control: dict[str, Any], tab: set[str], by_menu: list[str]) -> bool:
    """Whether the keyboard reaches the control: Tab stops on it, or on the one stop of its
    group (a radio group, a tab bar, whose arrow keys then move), or its command is in a menu
    (a tool-bar button), or it is a menu's own item."""
    role = control["role"]
    if control["path"] in tab or role.endswith("menu item") or role == "menu":
        return True
    if role in ("radio button", "page tab") and control["parent"] in tab:
        return True
    return control["toolbar"] and control["path"] in by_menu


ENGLISH_WORD = re.compile(
    r"\b(the|and|of|to|for|add|remove|find|open|next|back|cancel|close|"
    r"help|save|search|filter|estimate|actions?|budget|partners?|country|"
    r"city|days|goals?|organisation|shortlist|notes?)\b",
    re.IGNORECASE,
)


def untranslated(
    key: str, controls: list[dict[str, Any]], english: list[dict[str, Any]]
) -> list[str]:
    """Names in the Serbian run that are the English run's name with English words in it."""
    english_names = {c["name"] for c in english}
    return [
        f"{key}: {c['role']} {c['name']!r} is in English"
        for c in controls
        if c["name"] in english_names and ENGLISH_WORD.search(c["name"])
    ]


@pytest.fixture(scope="module")
def english(session: Session, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return walk(session, tmp_path_factory.mktemp("en"), "en")


def test_every_control_has_a_role_a_name_and_tab_reaches_it_in_english(english):
    assert set(english["tree"]) >= set(WINDOWS)
    counted = {key: len(english["tree"][key]) for key in WINDOWS}
    assert all(counted.values()), counted
    assert problems(english) == []


def test_in_serbian_latin_every_name_is_serbian(session, english, tmp_path):
    serbian = walk(session, tmp_path, "sr-Latn")
    assert problems(serbian, english) == []


def test_a_control_without_a_name_fails_the_walk(session, tmp_path):
    # The main window's "New shortlist" button, its text (its name) taken away.
    result = walk(session, tmp_path, "en", "--unname", "new_shortlist_button")
    assert any("has no name" in line for line in problems(result))
