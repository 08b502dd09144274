"""The guide's commands: ``recommend`` (rank the actions for a profile), ``catalogue`` (the
actions and their key data) and ``export`` (the decision memo PDF).

``recommend`` and ``catalogue`` import no Qt module; ``export`` runs Qt offscreen.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from vetguide.cli.errors import EXIT_OK, CliError
from vetguide.cli.options import (
    add_call_year,
    add_language,
    add_today,
    catalogue_for_call,
    load_profile,
    parse_today,
)

if TYPE_CHECKING:
    from vetguide.model.catalogue import Catalogue
    from vetguide.model.shortlist import Shortlist


def cmd_recommend(args: argparse.Namespace, out: TextIO) -> int:
    from vetguide.model import present
    from vetguide.model.recommend import recommend

    profile = load_profile(args.profile)
    catalogue = catalogue_for_call(args.lang, args.call_year, parse_today(args.today))
    result = recommend(
        profile, catalogue, parse_today(args.today), language=args.lang, call_year=args.call_year
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

    catalogue = catalogue_for_call(args.lang, args.call_year, parse_today(args.today))
    today = parse_today(args.today)
    if args.format == "json":
        data = present.catalogue_json(catalogue, today, args.call_year)
        json.dump(data, out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        out.write(present.catalogue_text(catalogue, today, args.lang, args.call_year))
    return EXIT_OK


def _export_shortlist(args: argparse.Namespace, catalogue: Catalogue) -> Shortlist:
    """The shortlist to export: from --shortlist, or the recommended actions of --profile."""
    from vetguide.model.recommend import recommend
    from vetguide.model.resources import load_texts
    from vetguide.model.shortlist import Shortlist, ShortlistItem
    from vetguide.model.storage import StorageError, read_shortlist_file

    today = parse_today(args.today)
    if args.shortlist is not None:
        try:
            return read_shortlist_file(Path(args.shortlist)).shortlist
        except StorageError as exc:
            raise CliError(str(exc)) from exc
    profile = load_profile(args.profile)
    result = recommend(profile, catalogue, today, language=args.lang, call_year=args.call_year)
    chosen = [*result.recommended(), *result.also_open()]
    items = [ShortlistItem(code=r.code, added=today) for r in chosen]
    name = load_texts(args.lang).memo["recommended_actions"]
    return Shortlist(name=name, items=items, profile=profile, created=today)


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    """Write the decision memo PDF; needs no display (Qt runs offscreen)."""
    today = parse_today(args.today)
    target = Path(args.pdf)
    catalogue = catalogue_for_call(args.lang, args.call_year, parse_today(args.today))
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


def add_commands(sub: Any) -> None:
    """Add ``recommend``, ``catalogue`` and ``export`` to the sub-parsers of the main parser."""
    rec = sub.add_parser("recommend", help="rank the actions for an organisation profile")
    rec.add_argument("--profile", required=True, metavar="FILE", help="profile JSON file")
    rec.add_argument("--format", choices=["json", "text"], default="text")
    add_today(rec)
    add_language(rec, "the output")
    add_call_year(rec)
    rec.set_defaults(func=cmd_recommend)

    cat = sub.add_parser("catalogue", help="list the actions and their key data")
    cat.add_argument("--format", choices=["json", "text"], default="text")
    add_today(cat)
    add_language(cat, "the output")
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
    add_today(exp)
    add_language(exp, "the memo")
    add_call_year(exp)
    exp.set_defaults(func=cmd_export)
