"""``vetguide install-desktop``: put vetguide in the application menu of a Linux desktop.

:func:`add_commands` adds the sub-command to the parser of :mod:`vetguide.cli.command`. It copies
the bundled ``vetguide.desktop`` to ``$XDG_DATA_HOME/applications/`` (default
``~/.local/share``) with ``Exec=`` set to the installed ``vetguide-gui`` (or ``vetguide``)
and the icon to ``$XDG_DATA_HOME/icons/hicolor/scalable/apps/vetguide.svg`` (``Icon=`` names
that file, so no icon cache needs updating), for this user only: no root needed.

It also registers the shortlist file type: ``vetguide-mime.xml`` (the MIME type
``application/x-vetguide-shortlist``, files ending in ``.vetguide``) goes to
``$XDG_DATA_HOME/mime/packages/vetguide.xml``, the entry says ``MimeType=`` and takes the file
(``%f``), and ``update-mime-database`` / ``update-desktop-database`` are run when present, so a
double-clicked ``.vetguide`` file opens in vetguide. ``--remove`` takes all of it away again.
No Qt module is imported.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple, TextIO

from vetguide.cli.errors import EXIT_OK, CliError
from vetguide.paths import resource_path

DESKTOP_FILE = "vetguide.desktop"
ICON_FILE = "vetguide.svg"
MIME_SOURCE = "vetguide-mime.xml"  # in the bundled resources
MIME_FILE = "vetguide.xml"  # its name under mime/packages/
MIME_TYPE = "application/x-vetguide-shortlist"
FILE_FIELD = "%f"  # the Exec field code: one file to open (Desktop Entry Specification)
UPDATE_TIMEOUT_S = 60
GUI_COMMANDS = ("vetguide-gui", "vetguide")
# Characters that make an Exec argument need quoting (Desktop Entry Specification, "Exec").
_RESERVED = re.compile(r"[\s\"'\\><~|&;$*?#()`]")


def data_home(environ: Mapping[str, str] | None = None) -> Path:
    """$XDG_DATA_HOME if it is set to an absolute path, else ~/.local/share (XDG spec)."""
    environ = os.environ if environ is None else environ
    value = environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".local" / "share"


def desktop_file_path(home: Path | None = None) -> Path:
    return (home or data_home()) / "applications" / DESKTOP_FILE


def icon_path(home: Path | None = None) -> Path:
    return (home or data_home()) / "icons" / "hicolor" / "scalable" / "apps" / ICON_FILE


def mime_package_path(home: Path | None = None) -> Path:
    return (home or data_home()) / "mime" / "packages" / MIME_FILE


class Installed(NamedTuple):
    entry: Path
    icon: Path
    mime: Path
    updated: list[str]  # the database tools that were run


def gui_command() -> list[str]:
    """How to start the app: the installed script next to this Python, on PATH, or ``-m``."""
    scripts = Path(sys.executable).parent
    for name in GUI_COMMANDS:
        beside = scripts / name
        if beside.is_file() and os.access(beside, os.X_OK):
            return [str(beside.absolute())]
    for name in GUI_COMMANDS:
        found = shutil.which(name)
        if found:
            return [str(Path(found).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "vetguide"]


def exec_quote(argument: str) -> str:
    """One argument of an Exec line, quoted as the Desktop Entry Specification asks."""
    escaped = argument.replace("%", "%%")
    if not _RESERVED.search(escaped):
        return escaped
    for char in ("\\", '"', "`", "$"):
        escaped = escaped.replace(char, "\\" + char)
    # The file format then escapes each backslash once more.
    return '"' + escaped.replace("\\", "\\\\") + '"'


def desktop_entry(command: list[str], icon: Path | None = None, template: str | None = None) -> str:
    """The bundled desktop entry with ``Exec``/``TryExec`` set to ``command`` (plus ``%f``,
    the file to open, in ``Exec``).

    ``icon``: the installed icon file, named by its path (found without an icon theme cache).
    """
    text = template if template is not None else resource_path(DESKTOP_FILE).read_text("utf-8")
    exec_line = " ".join([*(exec_quote(part) for part in command), FILE_FIELD])
    lines = []
    for line in text.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={exec_line}"
        elif line.startswith("TryExec="):
            line = f"TryExec={command[0]}"
        elif line.startswith("Icon=") and icon is not None:
            line = f"Icon={icon}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def install(home: Path | None = None, command: list[str] | None = None) -> Installed:
    """Write the desktop entry, the icon and the MIME type, then update the desktop's
    databases; return what was written. Raise OSError on failure."""
    from vetguide.model.files import atomic_write_text

    home = home or data_home()
    entry, icon, mime = desktop_file_path(home), icon_path(home), mime_package_path(home)
    atomic_write_text(icon, resource_path("icons", ICON_FILE).read_text("utf-8"))
    atomic_write_text(mime, resource_path(MIME_SOURCE).read_text("utf-8"))
    atomic_write_text(entry, desktop_entry(command or gui_command(), icon))
    return Installed(entry, icon, mime, update_databases(home))


def remove(home: Path | None = None) -> list[Path]:
    """Delete the desktop entry, the icon and the MIME type; return those that were there."""
    home = home or data_home()
    removed = []
    for path in (desktop_file_path(home), icon_path(home), mime_package_path(home)):
        if path.exists():
            path.unlink()
            removed.append(path)
    if removed:
        update_databases(home)
    return removed


def update_databases(home: Path) -> list[str]:
    """Run ``update-mime-database`` and ``update-desktop-database`` on this user's folders,
    those of them that are installed; return the names of those that ran without error.

    Desktops without them read the files directly (and rebuild their caches at the next
    login), so a missing or failing tool is not an error.
    """
    ran = []
    for tool, folder in (
        ("update-mime-database", home / "mime"),
        ("update-desktop-database", home / "applications"),
    ):
        found = shutil.which(tool)
        if not found or not folder.is_dir():
            continue
        try:
            result = subprocess.run(
                [found, str(folder)],
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=UPDATE_TIMEOUT_S,
                check=False,
            )
        except (OSError, subprocess.SubprocessError):
            continue
        if result.returncode == 0:
            ran.append(tool)
    return ran


def cmd_install_desktop(args: argparse.Namespace, out: TextIO) -> int:
    if not sys.platform.startswith("linux"):
        raise CliError(
            "install-desktop is for Linux desktops; on Windows and macOS start vetguide-gui "
            "(or python -m vetguide) and pin it"
        )
    try:
        if args.remove:
            removed = remove()
            out.write(
                "".join(f"removed {path}\n" for path in removed)
                or "vetguide was not in the application menu\n"
            )
            return EXIT_OK
        command = gui_command()
        done = install(command=command)
    except OSError as exc:
        raise CliError(f"could not write {exc.filename or ''}: {exc.strerror or exc}") from exc
    updated = f"  updated with: {', '.join(done.updated)}\n" if done.updated else ""
    out.write(
        f"installed {done.entry}\n  starts: {' '.join(command)}\n  icon: {done.icon}\n"
        f"  shortlist files (*.vetguide, {MIME_TYPE}): {done.mime}\n{updated}"
        "vetguide is now in the application menu (log out and in if it does not show yet)\n"
    )
    return EXIT_OK


def add_commands(subparsers: Any) -> None:
    """Add ``install-desktop`` to the sub-parsers of the main parser."""
    parser = subparsers.add_parser(
        "install-desktop",
        help="add vetguide to this user's application menu and let it open .vetguide "
        "shortlist files (Linux desktops)",
    )
    parser.add_argument(
        "--remove",
        action="store_true",
        help="take vetguide and its file type out of the application menu again",
    )
    parser.set_defaults(func=cmd_install_desktop)
