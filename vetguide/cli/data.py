"""``vetguide data install FILE | list | remove YEAR``: the data packs, from the command line.

No Qt module is imported. (``--call-year`` of the other commands: :mod:`vetguide.cli.options`.)
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from vetguide.cli.errors import EXIT_OK, CliError


def cmd_install(args: argparse.Namespace, out: TextIO) -> int:
    from vetguide.model.packs import PackError, install_pack

    try:
        done = install_pack(Path(args.file))
    except PackError as exc:
        raise CliError(f"{args.file}: not installed: {exc}") from exc
    out.write(f"installed {done.info.label}\n")
    if done.replaced is not None:
        out.write(f"replaced {done.replaced.label}\n")
    return EXIT_OK


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    from vetguide.model.packs import ignored_packs, registry

    for info in registry():
        mark = "in use" if info.in_use else "not used (a newer pack for this year is in use)"
        out.write(f"{info.label}: {mark}\n  {info.path}\n")
    for path, why in ignored_packs():
        out.write(
            f"{path.name}: not used, {why} (vetguide data remove YEAR deletes it)\n  {path}\n"
        )
    return EXIT_OK


def cmd_remove(args: argparse.Namespace, out: TextIO) -> int:
    from vetguide.model.packs import PackError, remove_pack

    try:
        removed = remove_pack(args.year)
    except PackError as exc:
        raise CliError(str(exc)) from exc
    for path in removed:
        out.write(f"removed {path}\n")
    return EXIT_OK


def add_commands(sub: Any) -> None:
    data = sub.add_parser("data", help="install, list or remove data packs (a call year's data)")
    what = data.add_subparsers(dest="data_command", metavar="ACTION", required=True)
    install = what.add_parser("install", help="check a data pack file and install it")
    install.add_argument("file", metavar="FILE", help="a .vgpack file")
    install.set_defaults(func=cmd_install)
    listing = what.add_parser("list", help="the bundled and installed packs, and which is used")
    listing.set_defaults(func=cmd_list)
    remove = what.add_parser("remove", help="remove the installed pack of a call year")
    remove.add_argument("year", type=int, metavar="YEAR")
    remove.set_defaults(func=cmd_remove)
