"""Planning commands for the command line: ``calendar`` (deadlines as .ics) and ``budget``.

:func:`add_commands` adds both sub-commands to the parser of :mod:`vetguide.cli.command`.
Each one sets ``func`` to a function ``(args, out) -> int`` that raises ``CliError`` for
problems the user can fix (printed as one line, exit status 2). No Qt module is imported.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO

from vetguide.cli.errors import EXIT_OK, CliError
from vetguide.cli.options import (
    add_call_year,
    add_language,
    add_today,
    catalogue_for_call,
    parse_today,
)


def cmd_calendar(args: argparse.Namespace, out: TextIO) -> int:
    from vetguide.model.calendar_export import shortlist_actions, write_calendar
    from vetguide.model.deadlines import all_passed, default_time_zone, zone
    from vetguide.model.storage import StorageError, read_shortlist_file

    today = parse_today(args.today)
    language = args.lang
    catalogue = catalogue_for_call(language, args.call_year, today)
    country: str | None = None
    if args.all:
        actions = list(catalogue.actions)
    else:
        try:
            shortlist = read_shortlist_file(Path(args.shortlist)).shortlist
        except StorageError as exc:
            raise CliError(str(exc)) from exc
        actions, unknown = shortlist_actions(shortlist, catalogue)
        if unknown:
            out.write(
                f"skipped (not in the {catalogue.call_year} catalogue): {', '.join(unknown)}\n"
            )
        if not actions:
            raise CliError(f"{args.shortlist}: the shortlist holds no action of the catalogue")
        country = shortlist.profile.country if shortlist.profile else None
    if args.time_zone:
        try:
            zone(args.time_zone)
        except ValueError as exc:
            raise CliError(f"--time-zone: {exc}") from exc
        local_zone: str | None = args.time_zone
    else:
        local_zone = default_time_zone(country) if country else None
    target = Path(args.ics)
    try:
        result = write_calendar(
            target,
            actions,
            catalogue,
            today,
            local_zone=local_zone,
            call_year=args.call_year,
            language=language,
        )
    except OSError as exc:
        raise CliError(f"could not write {target}: {exc.strerror or exc}") from exc
    out.write(
        f"wrote {target}: {result.events} deadlines ({result.announced} announced, "
        f"{result.expected} expected)\n"
    )
    if args.call_year is not None:
        out.write(f"Deadlines of the {args.call_year} call only.\n")
    elif all_passed(catalogue, today):
        out.write(
            f"All deadlines of the {catalogue.call_year} call have passed; the calendar holds "
            "the expected dates of the next call, marked (expected), not announced ones.\n"
        )
    return EXIT_OK


def cmd_budget(args: argparse.Namespace, out: TextIO) -> int:
    from vetguide.model.budget import (
        BudgetError,
        estimate,
        estimate_json,
        estimate_text,
        read_plan,
    )

    language = args.lang
    try:
        result = estimate(read_plan(Path(args.plan), language=language), language=language)
    except BudgetError as exc:
        raise CliError(str(exc)) from exc
    if args.format == "json":
        json.dump(estimate_json(result), out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        out.write(estimate_text(result))
    return EXIT_OK


def add_commands(subparsers: Any) -> None:
    """Add ``calendar`` and ``budget`` to the sub-parsers of the main parser."""
    cal = subparsers.add_parser(
        "calendar",
        help="export the deadlines of a shortlist (or of every action) as an iCalendar file",
    )
    source = cal.add_mutually_exclusive_group(required=True)
    source.add_argument("--shortlist", metavar="FILE", help="shortlist file (Export shortlist)")
    source.add_argument("--all", action="store_true", help="every action of the catalogue")
    cal.add_argument("--ics", required=True, metavar="OUT.ics", help="calendar file to write")
    add_today(cal)
    cal.add_argument(
        "--time-zone",
        metavar="ZONE",
        help="also give each deadline in this IANA time zone (default: the shortlist "
        "profile's country, e.g. Europe/Belgrade)",
    )
    add_language(cal, "the events (titles, descriptions, reminders, calendar name)")
    add_call_year(cal)
    cal.set_defaults(func=cmd_calendar)

    bud = subparsers.add_parser(
        "budget", help="estimate a KA1 mobility budget from a plan of flows (unit costs)"
    )
    bud.add_argument("--plan", required=True, metavar="PLAN.json", help="budget plan JSON file")
    bud.add_argument("--format", choices=["json", "text"], default="text")
    add_language(bud, "the estimate (labels, formulas, notes, amounts, messages)")
    bud.set_defaults(func=cmd_budget)
