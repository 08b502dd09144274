"""``vetguide shortlist …``: the shortlists of the library database, from the command line.

The same database as the app (``library.sqlite`` in the data folder), through the same store
(:mod:`vetguide.model.library_db`): each command that changes something is one transaction,
so it may run while the app is open, and the app shows the change. Any bad input (an unknown
shortlist, code or status, a name that is taken) is one line and exit status 2, and nothing
changes. No Qt module is imported.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from vetguide.cli.errors import EXIT_OK, CliError

if TYPE_CHECKING:
    from vetguide.model.library_db import LibraryStore
    from vetguide.model.shortlist import Shortlist


@contextmanager
def _store() -> Iterator[LibraryStore]:
    """The library database, opened (and migrated or repaired) as the app opens it."""
    from vetguide.model.library_db import open_library
    from vetguide.model.storage import StorageError

    try:
        opened = open_library()
    except StorageError as exc:
        raise CliError(str(exc)) from exc
    if opened.damaged_copy is not None:
        sys.stderr.write(
            f"vetguide: warning: the library database was damaged ({opened.problem}); it was "
            f"moved aside to {opened.damaged_copy}. Help → Restore a backup… in the app puts "
            "a backup back.\n"
        )
    try:
        yield opened.store
    except StorageError as exc:
        raise CliError(str(exc)) from exc
    finally:
        opened.store.close()


def _find(store: LibraryStore, name: str) -> Shortlist:
    from vetguide.model.storage import StorageError

    try:
        return store.shortlist(store.shortlist_id(name))
    except StorageError as exc:
        raise CliError(str(exc)) from exc


def _item_code(shortlist: Shortlist, code: str) -> str:
    wanted = code.strip().upper()
    if wanted not in shortlist.codes():
        listed = ", ".join(shortlist.codes()) or "none"
        raise CliError(f"{wanted} is not on the shortlist '{shortlist.name}' (on it: {listed})")
    return wanted


def _catalogue_code(code: str) -> str:
    from vetguide.model.resources import DataError, load_catalogue

    wanted = code.strip().upper()
    try:
        known = [action.code for action in load_catalogue().actions]
    except DataError as exc:
        raise CliError(f"the bundled catalogue is damaged: {exc}") from exc
    if wanted not in known:
        raise CliError(f"unknown action code '{code}'; use one of: {', '.join(known)}")
    return wanted


def _status(value: str) -> Any:
    from vetguide.model.shortlist import ItemStatus

    try:
        return ItemStatus(value.strip().lower())
    except ValueError:
        allowed = ", ".join(status.value for status in ItemStatus)
        raise CliError(f"unknown status '{value}'; use one of: {allowed}") from None


def _new_name(store: LibraryStore, name: str) -> str:
    from vetguide.model.shortlist import MAX_NAME_CHARS

    name = name.strip()
    if not name:
        raise CliError("a shortlist needs a name")
    if len(name) > MAX_NAME_CHARS:
        raise CliError(
            f"a name can have at most {MAX_NAME_CHARS} characters; this one has {len(name)}"
        )
    taken = [s.name for s in store.refresh().shortlists]
    if name.casefold() in {other.casefold() for other in taken}:
        raise CliError(f"there is already a shortlist called '{name}'")
    return name


def _actions(count: int) -> str:
    return f"{count} action" if count == 1 else f"{count} actions"


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    with _store() as store:
        shortlists = store.refresh().shortlists
    if not shortlists:
        out.write("no shortlists yet (vetguide shortlist new NAME)\n")
    for shortlist in shortlists:
        out.write(f"{shortlist.name}\t{_actions(len(shortlist.items))}\n")
    return EXIT_OK


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    from vetguide.model.resources import load_catalogue

    with _store() as store:
        shortlist = _find(store, args.name)
    titles = {action.code: action.title for action in load_catalogue().actions}
    out.write(f"{shortlist.name} (created {shortlist.created.isoformat()})\n")
    for item in shortlist.items:
        title = titles.get(item.code, "unknown action")
        out.write(
            f"\n{item.code} – {title}\n  status: {item.status.value}, added "
            f"{item.added.isoformat()}\n"
        )
        for line in item.note.splitlines():
            out.write(f"  | {line}\n")
    return EXIT_OK


def cmd_new(args: argparse.Namespace, out: TextIO) -> int:
    from vetguide.model.shortlist import Shortlist

    with _store() as store:
        name = _new_name(store, args.name)
        store.new_shortlist(Shortlist(name=name))
    out.write(f"created the shortlist '{name}'\n")
    return EXIT_OK


def cmd_add(args: argparse.Namespace, out: TextIO) -> int:
    from vetguide.model.shortlist import ShortlistItem

    code = _catalogue_code(args.code)
    with _store() as store:
        shortlist = _find(store, args.name)
        added = store.add_item(shortlist.id, ShortlistItem(code=code, added=date.today()))
    if added:
        out.write(f"added {code} to '{shortlist.name}'\n")
    else:
        out.write(f"{code} is already on '{shortlist.name}'\n")
    return EXIT_OK


def cmd_note(args: argparse.Namespace, out: TextIO) -> int:
    text = sys.stdin.read() if args.text == "-" else args.text
    with _store() as store:
        shortlist = _find(store, args.name)
        code = _item_code(shortlist, args.code)
        store.set_note(shortlist.id, code, text)
    out.write(f"saved the note of {code} on '{shortlist.name}'\n")
    return EXIT_OK


def cmd_status(args: argparse.Namespace, out: TextIO) -> int:
    status = _status(args.status)
    with _store() as store:
        shortlist = _find(store, args.name)
        code = _item_code(shortlist, args.code)
        store.set_status(shortlist.id, code, status)
    out.write(f"{code} on '{shortlist.name}' is now {status.value}\n")
    return EXIT_OK


def cmd_remove(args: argparse.Namespace, out: TextIO) -> int:
    with _store() as store:
        shortlist = _find(store, args.name)
        code = _item_code(shortlist, args.code)
        store.remove_item(shortlist.id, code)
    out.write(f"removed {code} from '{shortlist.name}'\n")
    return EXIT_OK


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from vetguide.model.storage import StorageError, write_shortlist_file

    with _store() as store:
        shortlist = _find(store, args.name)
    target = Path(args.json)
    try:
        write_shortlist_file(target, shortlist)
    except StorageError as exc:
        raise CliError(str(exc)) from exc
    out.write(f"wrote {target} ({_actions(len(shortlist.items))})\n")
    return EXIT_OK


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from vetguide.model.shortlist import import_copy
    from vetguide.model.storage import StorageError, read_shortlist_file

    try:
        incoming = read_shortlist_file(Path(args.file)).shortlist
    except StorageError as exc:
        raise CliError(str(exc)) from exc
    with _store() as store:
        shortlist = import_copy(incoming, (s.name for s in store.refresh().shortlists))
        store.new_shortlist(shortlist)
    out.write(f"imported the shortlist '{shortlist.name}' ({_actions(len(shortlist.items))})\n")
    return EXIT_OK


def add_commands(subparsers: Any) -> None:
    """Add ``shortlist`` and its sub-commands to the sub-parsers of the main parser."""
    top = subparsers.add_parser(
        "shortlist", help="list, show and change the shortlists of the app (its data folder)"
    )
    sub = top.add_subparsers(dest="shortlist_command", metavar="SUBCOMMAND", required=True)

    def command(name: str, func: Any, help: str, *arguments: tuple[str, str]) -> Any:
        parser = sub.add_parser(name, help=help)
        for argument, text in arguments:
            parser.add_argument(argument, help=text)
        parser.set_defaults(func=func)
        return parser

    name = ("name", "the shortlist's name (as shown by 'shortlist list')")
    code = ("code", "an action code, e.g. KA122-VET")
    command("list", cmd_list, "the shortlists and how many actions each holds")
    command("show", cmd_show, "the actions of a shortlist with status and note", name)
    command("new", cmd_new, "create an empty shortlist", name)
    command("add", cmd_add, "add an action of the catalogue to a shortlist", name, code)
    command(
        "note",
        cmd_note,
        "replace the note of an action ('-' reads it from standard input)",
        name,
        code,
        ("text", "the new note"),
    )
    command(
        "status",
        cmd_status,
        "set the status of an action",
        name,
        code,
        ("status", "idea, preparing, submitted, funded or not_this_year"),
    )
    command("remove", cmd_remove, "remove an action (and its note) from a shortlist", name, code)
    exp = command("export", cmd_export, "write a shortlist file to share", name)
    exp.add_argument("--json", required=True, metavar="OUT", help="shortlist file to write")
    command("import", cmd_import, "add a shortlist from a shared file", ("file", "shortlist file"))
