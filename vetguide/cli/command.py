"""The ``vetguide`` command: its parser and the dispatch to the commands' modules.

Without a command the desktop app opens: ``vetguide [--new-instance] [FILE]`` (a shortlist
file to open, as a double-click on a ``.vetguide`` file does). A vetguide already running on
the same data folder then comes to the front and opens FILE instead (see
:mod:`vetguide.ui.single_instance`); ``--new-instance`` opens a second window. The commands
never go through that check. Building the parsers imports neither pydantic nor Qt
(``vetguide --help`` and ``--version`` answer fast); each command imports what it needs.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from vetguide import __version__, self_test
from vetguide.cli import data, desktop, guide, planning, shortlist
from vetguide.cli.errors import EXIT_BROKEN_PIPE, EXIT_USAGE, CliError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vetguide",
        description="Which Erasmus+ opportunities fit your VET organisation, and why. "
        "Without a command, the desktop app opens: vetguide [--new-instance] [FILE].",
    )
    parser.add_argument("--version", action="version", version=f"vetguide {__version__}")
    _add_app_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (guide, data, planning, desktop, shortlist):
        module.add_commands(sub)
    self_test.add_command(sub)
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


def _command_names(parser: argparse.ArgumentParser) -> list[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


def run(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if opens_the_app(argv, _command_names(parser)):
        app_args = build_app_parser().parse_args(argv)
        return launch_gui(app_args.files, new_instance=app_args.new_instance)
    args = parser.parse_args(argv)
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
    from vetguide.ui.app import run_app

    return run_app(sys.argv[:1], files=[Path(f) for f in files], new_instance=new_instance)


def main() -> None:
    """The ``vetguide`` command. Errors no command can foresee end here, as one line:
    the output cannot be written (a full disk, a closed pipe: quietly), memory runs out."""
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
