"""Before Qt starts on Linux: are the system libraries its X11 (xcb) plugin needs installed?

Without them Qt aborts with "Could not load the Qt platform plugin "xcb"" and a core dump,
which tells a user nothing. :func:`qt_problem` loads each library the way the dynamic
linker would (``ctypes.CDLL``) and, if some are missing, returns one message naming the
Debian/Ubuntu packages to install. It imports no Qt module. The list is what PySide6's
``libqxcb.so``, ``libQt6XcbQpa`` and ``libQt6Gui`` link against (``objdump -p``), less the
libraries every system has; ``scripts/system-deps.sh`` installs the same packages.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# soname -> Debian/Ubuntu package. Needed on any Linux desktop (QtGui, QtDBus):
CORE_LIBRARIES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libdbus-1.so.3": "libdbus-1-3",
}
# Needed by the X11 platform plugin (xcb):
XCB_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}


def _load(soname: str) -> object:
    """Load a shared library as the dynamic linker would; raise OSError if it cannot."""
    return ctypes.CDLL(soname)


def _needed(environ: Mapping[str, str]) -> dict[str, str] | None:
    """The libraries the platform Qt will pick needs; None when Qt will not use X11 or Wayland."""
    platform = environ.get("QT_QPA_PLATFORM", "").strip()
    if platform and not platform.startswith("xcb"):
        return None  # offscreen, wayland, vnc, …: chosen on purpose; Qt reports its own problems
    if (
        not platform
        and environ.get("WAYLAND_DISPLAY")
        and environ.get("XDG_SESSION_TYPE") == ("wayland")
    ):
        return CORE_LIBRARIES  # Qt prefers its Wayland plugin here
    return {**CORE_LIBRARIES, **XCB_LIBRARIES}


def qt_problem(
    load: Callable[[str], object] | None = None,
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
) -> str | None:
    """A one-line message if the desktop app cannot start on this Linux system, else None.

    Checks, on Linux only: that there is a display to show the window on, and that the
    libraries Qt needs for it can be loaded. ``load``, ``environ`` and ``platform`` are for
    tests (default: ``ctypes.CDLL``, ``os.environ``, ``sys.platform``).
    """
    environ = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith("linux"):
        return None
    load = load or _load
    needed = _needed(environ)
    if needed is None:
        return None
    explicit_xcb = bool(environ.get("QT_QPA_PLATFORM", "").strip())
    if not (environ.get("DISPLAY") or (environ.get("WAYLAND_DISPLAY") and not explicit_xcb)):
        return (
            "vetguide needs a graphical desktop, and none was found (DISPLAY is not set). "
            "The commands work without one: see vetguide --help"
        )
    missing: dict[str, str] = {}
    for soname, package in needed.items():
        try:
            load(soname)
        except OSError:
            missing[soname] = package
    if not missing:
        return None
    packages = list(dict.fromkeys(missing.values()))
    if len(missing) == 1:
        ((soname, package),) = missing.items()
        return (
            f"vetguide needs the system library {package} ({soname}), which is not "
            f"installed: sudo apt install {package}"
        )
    return (
        f"vetguide needs system libraries that are not installed ({', '.join(missing)}). "
        f"On Debian or Ubuntu: sudo apt install {' '.join(packages)}"
    )
