"""The ``vetguide`` command: its parser and the dispatch to the commands' modules.

Without a command the desktop app opens: ``vetguide [--new-instance] [FILE]`` (a shortlist
file to open, as a double-click on a ``.vetguide`` file does). A vetguide already running on
the same data folder then comes to the front and opens FILE instead (see
:mod:`vetguide.ui.single_instance`); ``--new-instance`` opens a second window. The commands
never go through that check. Building the parsers imports neither pydantic nor Qt
(``vetguide --help`` and ``--version`` answer fast); each command imports what it needs.

:data:`COMMANDS` says which module adds each command's parser, so that a run imports only
the module of the command it runs (``vetguide recommend`` does not import the desktop
entry's or the self-test's module) and starting the app imports none of them; only
``vetguide --help`` and an unknown command build the whole parser.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from vetguide import __version__
from vetguide.cli.errors import EXIT_BROKEN_PIPE, EXIT_USAGE, CliError

# Each command, and the module whose ``add_commands(sub)`` adds its parser (in --help order).
COMMANDS: dict[str, str] = {
    "recommend": "vetguide.cli.guide",
    "catalogue": "vetguide.cli.guide",
    "export": "vetguide.cli.guide",
    "data": "vetguide.cli.data",
    "calendar": "vetguide.cli.planning",
    "budget": "vetguide.cli.planning",
    "install-desktop": "vetguide.cli.desktop",
    "shortlist": "vetguide.cli.shortlist",
    "self-test": "vetguide.self_test",
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The ``vetguide`` parser: with every command, or only with the commands of the module
    that adds ``command`` (what a run of that command needs)."""
    parser = argparse.ArgumentParser(
        prog="vetguide",
        description="Which Erasmus+ opportunities fit your VET organisation, and why. "
        "Without a command, the desktop app opens: vetguide [--new-instance] [FILE].",
    )
    parser.add_argument("--version", action="version", version=f"vetguide {__version__}")
    _add_app_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    wanted = COMMANDS.values() if command not in COMMANDS else [COMMANDS[command]]
    for name in dict.fromkeys(wanted):
        # __import__ rather than importlib.import_module: -X importtime sees it.
        __import__(name, fromlist=["add_commands"]).add_commands(sub)
    return parser


def _add_app_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--new-instance",
        action="store_true",
        help="open another window even if vetguide is running already (by default the "
        "running one comes to the front and opens FILE)",
    )


def build_app_parser() -> argparse.ArgumentParser:
    """The arguments of the desktop app: ``vetguide [--new-instance] [FILE]``."""
    parser = argparse.ArgumentParser(
        prog="vetguide",
        description="Open the vetguide desktop app, and in it a shortlist file "
        "(.vetguide or .json) if one is given.",
    )
    _add_app_options(parser)
    parser.add_argument(
        "files", nargs="*", type=Path, metavar="FILE", help="a shortlist file to open"
    )
    return parser


def opens_the_app(argv: Sequence[str], commands: Sequence[str]) -> bool:
    """True when ``argv`` starts the app: no command, only app options and files.

    A word that names no command is a file when it looks like one (it exists, or has a
    folder or an extension); otherwise the main parser refuses it as an unknown command.
    """
    for arg in argv:
        if arg in ("-h", "--help", "--version"):
            return False
        if arg.startswith("-"):
            continue
        if arg in commands:
            return False
        return os.path.exists(arg) or os.sep in arg or "/" in arg or "." in arg
    return True


def _command_word(argv: Sequence[str]) -> str | None:
    """The first word of ``argv`` that is not an option (the command, if any)."""
    return next((arg for arg in argv if not arg.startswith("-")), None)


def run(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    if opens_the_app(argv, list(COMMANDS)):
        app_args = build_app_parser().parse_args(argv)
        return launch_gui(app_args.files, new_instance=app_args.new_instance)
    args = build_parser(_command_word(argv)).parse_args(argv)
    if args.command is None:
        return launch_gui(new_instance=args.new_instance)
    try:
        return int(args.func(args, out))
    except CliError as exc:
        err.write(f"vetguide: error: {exc}\n")
        return EXIT_USAGE


def launch_gui(files: Sequence[Path] = (), *, new_instance: bool = False) -> int:
    """Start the desktop app (``files``: shortlist files to open); first say plainly if a
    system library Qt needs is missing."""
    from vetguide.qt_check import qt_problem

    problem = qt_problem()
    if problem:
        if sys.stderr is not None:  # None in a windowed bundle or pythonw
            sys.stderr.write(f"vetguide: {problem}\n")
        return 1
    # Start-up allocates much and frees little: no cyclic garbage collection until the
    # window's data is loaded (run_app turns it on again then), from the Qt imports on.
    gc.disable()
    try:
        from vetguide.ui.app import run_app

        return run_app(sys.argv[:1], files=[Path(f) for f in files], new_instance=new_instance)
    finally:
        gc.enable()


def main() -> None:
    """The ``vetguide`` command. Errors no command can foresee end here, as one line:
    the output cannot be written (a full disk, a closed pipe: quietly), memory runs out."""
    # vetguide uses no pydantic plugin: pydantic then does not scan every installed package's
    # entry points for one when it builds its first validator (nor lets a stray one in).
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    try:
        code = run()
        if sys.stdout is not None:  # None in a windowed bundle or pythonw
            sys.stdout.flush()  # here, not at exit, where a failure would print a traceback
    except BrokenPipeError:  # the reader left (`vetguide catalogue | head`): not an error
        _drop_stdout()
        code = EXIT_BROKEN_PIPE
    except OSError as exc:
        _drop_stdout()
        where = f"{exc.filename}: " if exc.filename else "cannot write the output: "
        code = _fail(f"{where}{exc.strerror or exc}")
    except MemoryError:
        code = _fail("not enough memory (is the input file a vetguide file?)")
    except RecursionError:
        code = _fail("the input is nested too deeply to be a vetguide file")
    sys.exit(code)


def _fail(message: str) -> int:
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(f"vetguide: error: {message}\n")
        sys.stderr.flush()
    return EXIT_USAGE


def _drop_stdout() -> None:
    """Send what is left of the output nowhere, so the exit does not fail writing it again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def gui_main() -> None:
    """The ``vetguide-gui`` command (no console window on Windows): the app only, with the
    arguments of :func:`build_app_parser` (the desktop entry passes the file to open)."""
    args = build_app_parser().parse_args(sys.argv[1:])
    sys.exit(launch_gui(args.files, new_instance=args.new_instance))
