"""The check for the system libraries Qt needs on Linux, with the library loader replaced."""

from __future__ import annotations

import subprocess
import sys

import pytest

from vetguide import qt_check
from vetguide.qt_check import CORE_LIBRARIES, XCB_LIBRARIES, qt_problem

X11 = {"DISPLAY": ":0"}


def loader(*missing: str):  # type: ignore[no-untyped-def]
    loaded: list[str] = []

    def load(soname: str) -> object:
        loaded.append(soname)
        if soname in missing:
            raise OSError(f"{soname}: cannot open shared object file: No such file or directory")
        return object()

    load.loaded = loaded  # type: ignore[attr-defined]
    return load


def test_all_there_is_no_problem() -> None:
    load = loader()
    assert qt_problem(load, X11, "linux") is None
    assert set(load.loaded) == {*CORE_LIBRARIES, *XCB_LIBRARIES}


def test_one_missing_library_names_its_package() -> None:
    message = qt_problem(loader("libxcb-cursor.so.0"), X11, "linux")
    assert message == (
        "vetguide needs the system library libxcb-cursor0 (libxcb-cursor.so.0), which is not "
        "installed: sudo apt install libxcb-cursor0"
    )


def test_several_missing_libraries_give_one_install_command() -> None:
    message = qt_problem(
        loader("libEGL.so.1", "libglib-2.0.so.0", "libgthread-2.0.so.0", "libxcb-icccm.so.4"),
        X11,
        "linux",
    )
    assert message is not None and "\n" not in message
    assert message.endswith("sudo apt install libegl1 libglib2.0-0 libxcb-icccm4")
    assert "libEGL.so.1" in message and "libxcb-icccm.so.4" in message


@pytest.mark.parametrize(
    "environ",
    [
        {"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"},
        {"QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": "wayland-0"},
    ],
)
def test_other_platforms_chosen_on_purpose_are_not_checked(environ: dict[str, str]) -> None:
    assert qt_problem(loader(*XCB_LIBRARIES), environ, "linux") is None


def test_xcb_chosen_on_purpose_is_checked() -> None:
    environ = {"DISPLAY": ":1", "QT_QPA_PLATFORM": "xcb"}
    assert "libxcb-shape0" in (qt_problem(loader("libxcb-shape.so.0"), environ, "linux") or "")


def test_a_wayland_session_needs_no_xcb_library() -> None:
    environ = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}
    load = loader(*XCB_LIBRARIES)
    assert qt_problem(load, environ, "linux") is None
    assert set(load.loaded) == set(CORE_LIBRARIES)
    assert "libgl1" in (qt_problem(loader("libGL.so.1"), environ, "linux") or "")


def test_no_display_is_said_plainly() -> None:
    message = qt_problem(loader(), {}, "linux")
    assert message is not None and "graphical desktop" in message
    assert qt_problem(loader(), {"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}, "linux")


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_only_linux_is_checked(platform: str) -> None:
    assert qt_problem(loader(*CORE_LIBRARIES), {}, platform) is None


def test_the_default_loader_reports_a_missing_library_as_os_error() -> None:
    with pytest.raises(OSError):
        qt_check._load("libvetguide-does-not-exist.so.0")


def test_it_imports_no_qt_module() -> None:
    code = "import sys, vetguide.qt_check as q; q.qt_problem(); print(any('PySide6' in m for m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
