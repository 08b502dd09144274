"""Command line: ``vetguide`` launches the app; sub-commands answer without a display.

The sub-commands ``recommend`` and ``catalogue`` import no Qt module.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from vetguide import __version__

EXIT_OK = 0
EXIT_USAGE = 2
LANGUAGES = ["en", "sr-Latn", "sr-Cyrl"]  # as vetguide.model.resources.LANGUAGES


class CliError(Exception):
    """A problem the user can fix; printed as one line, exit status 2."""


LATEST_TODAY = date(date.max.year - 10, 12, 31)
"""Deadlines are computed for a year or two after ``--today``; later dates cannot be."""


def _today(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        day = date.fromisoformat(value)
    except ValueError as exc:
        raise CliError(f"--today: '{value}' is not a date (use YYYY-MM-DD)") from exc
    if day > LATEST_TODAY:
        raise CliError(f"--today: {value} is too far ahead (the latest is {LATEST_TODAY})")
    return day


def _load_profile(path: str):  # type: ignore[no-untyped-def]
    from vetguide.model.profile_io import ProfileError, read_profile

    try:
        return read_profile(Path(path))
    except ProfileError as exc:
        raise CliError(str(exc)) from exc


def catalogue_for_call(  # type: ignore[no-untyped-def]
    language: str = "en", call_year: int | None = None, today: date | None = None
):
    """The catalogue whose rules apply to ``call_year``; without one, the catalogue of the call
    chosen from the data packs and ``today`` (see :func:`vetguide.model.packs.choose_call`)."""
    from vetguide.model.call_years import CallYearError, call_rules
    from vetguide.model.data_context import data_context
    from vetguide.model.resources import DataError

    try:
        year = call_rules(call_year).catalogue_year if call_year is not None else None
        return data_context(year, language, today).catalogue
    except CallYearError as exc:
        raise CliError(f"--call-year: {exc}") from exc
    except DataError as exc:
        raise CliError(f"the data could not be loaded: {exc}") from exc


def add_call_year(parser: argparse.ArgumentParser) -> None:
    """The ``--call-year`` option (its years are checked against the data when used)."""
    parser.add_argument(
        "--call-year",
        type=int,
        metavar="YEAR",
        help="use the rules and deadlines of this call (default: the call whose deadlines "
        "are shown on --today); the years with data, and the next call (expected)",
    )


def cmd_recommend(args: argparse.Namespace, out: TextIO) -> int:
    from vetguide.model import present
    from vetguide.model.recommend import recommend

    profile = _load_profile(args.profile)
    catalogue = catalogue_for_call(args.lang, args.call_year, _today(args.today))
    result = recommend(
        profile, catalogue, _today(args.today), language=args.lang, call_year=args.call_year
    )
    if args.format == "json":
        json.dump(
            present.recommendations_json(result, catalogue), out, indent=2, ensure_ascii=False
        )
        out.write("\n")
    else:
        out.write(present.recommendations_text(result, catalogue, args.lang))
    return EXIT_OK


def cmd_catalogue(args: argparse.Namespace, out: TextIO) -> int:
    from vetguide.model import present

    catalogue = catalogue_for_call(args.lang, args.call_year, _today(args.today))
    today = _today(args.today)
    if args.format == "json":
        data = present.catalogue_json(catalogue, today, args.call_year)
        json.dump(data, out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        out.write(present.catalogue_text(catalogue, today, args.lang, args.call_year))
    return EXIT_OK


def _export_shortlist(args: argparse.Namespace, catalogue):  # type: ignore[no-untyped-def]
    """The shortlist to export: from --shortlist, or the recommended actions of --profile."""
    from vetguide.model.recommend import recommend
    from vetguide.model.resources import load_texts
    from vetguide.model.shortlist import Shortlist, ShortlistItem
    from vetguide.model.storage import StorageError, read_shortlist_file

    today = _today(args.today)
    if args.shortlist is not None:
        try:
            return read_shortlist_file(Path(args.shortlist)).shortlist
        except StorageError as exc:
            raise CliError(str(exc)) from exc
    profile = _load_profile(args.profile)
    result = recommend(profile, catalogue, today, language=args.lang, call_year=args.call_year)
    chosen = [*result.recommended(), *result.also_open()]
    items = [ShortlistItem(code=r.code, added=today) for r in chosen]
    name = load_texts(args.lang).memo["recommended_actions"]
    return Shortlist(name=name, items=items, profile=profile, created=today)


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    """Write the decision memo PDF; needs no display (Qt runs offscreen)."""
    today = _today(args.today)
    target = Path(args.pdf)
    catalogue = catalogue_for_call(args.lang, args.call_year, _today(args.today))
    shortlist = _export_shortlist(args, catalogue)
    from vetguide.report import ExportError
    from vetguide.report.pdf import export_shortlist_pdf

    try:
        export_shortlist_pdf(
            shortlist,
            catalogue,
            target,
            today=today,
            language=args.lang,
            call_year=args.call_year,
        )
    except ExportError as exc:
        raise CliError(str(exc)) from exc
    out.write(f"wrote {target} ({len(shortlist.items)} actions)\n")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vetguide",
        description="Which Erasmus+ opportunities fit your VET organisation, and why. "
        "Without a command, the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=f"vetguide {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    rec = sub.add_parser("recommend", help="rank the actions for an organisation profile")
    rec.add_argument("--profile", required=True, metavar="FILE", help="profile JSON file")
    rec.add_argument("--format", choices=["json", "text"], default="text")
    rec.add_argument("--today", metavar="YYYY-MM-DD", help="date to compute deadlines from")
    rec.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the output")
    add_call_year(rec)
    rec.set_defaults(func=cmd_recommend)

    cat = sub.add_parser("catalogue", help="list the actions and their key data")
    cat.add_argument("--format", choices=["json", "text"], default="text")
    cat.add_argument("--today", metavar="YYYY-MM-DD", help="date to compute deadlines from")
    cat.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the output")
    add_call_year(cat)
    cat.set_defaults(func=cmd_catalogue)

    exp = sub.add_parser(
        "export", help="write a decision memo PDF for a shortlist, or for a profile's best actions"
    )
    source = exp.add_mutually_exclusive_group(required=True)
    source.add_argument("--shortlist", metavar="FILE", help="shortlist file (Export shortlist)")
    source.add_argument(
        "--profile", metavar="FILE", help="profile JSON file: memo of the recommended actions"
    )
    exp.add_argument("--pdf", required=True, metavar="OUT.pdf", help="PDF file to write")
    exp.add_argument("--today", metavar="YYYY-MM-DD", help="date to compute deadlines from")
    exp.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the memo")
    add_call_year(exp)
    exp.set_defaults(func=cmd_export)

    from vetguide import cli_data, cli_desktop, cli_planning, cli_shortlist

    cli_data.add_commands(sub)
    cli_planning.add_commands(sub)
    cli_desktop.add_commands(sub)
    cli_shortlist.add_commands(sub)
    from vetguide import self_test

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
        sys.stderr.write(f"vetguide: {problem}\n")
        return 1
    from vetguide.ui.app import run_app

    return run_app(sys.argv[:1])


EXIT_BROKEN_PIPE = 141  # as a program ended by SIGPIPE: what shells expect of `... | head`


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
    sys.exit(launch_gui())


if __name__ == "__main__":
    main()
