"""The ``vetguide`` command: its parser and the dispatch to the commands' modules.

Without a command the desktop app opens. Building the parser imports neither pydantic nor Qt
(``vetguide --help`` and ``--version`` answer fast); each command imports what it needs.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from vetguide import __version__, self_test
from vetguide.cli import data, desktop, guide, planning, shortlist
from vetguide.cli.errors import EXIT_BROKEN_PIPE, EXIT_USAGE, CliError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vetguide",
        description="Which Erasmus+ opportunities fit your VET organisation, and why. "
        "Without a command, the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=f"vetguide {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (guide, data, planning, desktop, shortlist):
        module.add_commands(sub)
    self_test.add_command(sub)
    return parser


def run(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return launch_gui()
    try:
        return int(args.func(args, out))
    except CliError as exc:
        err.write(f"vetguide: error: {exc}\n")
        return EXIT_USAGE


def launch_gui() -> int:
    """Start the desktop app; first say plainly if a system library Qt needs is missing."""
    from vetguide.qt_check import qt_problem

    problem = qt_problem()
    if problem:
        if sys.stderr is not None:  # None in a windowed bundle or pythonw
            sys.stderr.write(f"vetguide: {problem}\n")
        return 1
    from vetguide.ui.app import run_app

    return run_app(sys.argv[:1])


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
    """The ``vetguide-gui`` command (no console window on Windows)."""
    sys.exit(launch_gui())
