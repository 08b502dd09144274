"""The options several commands share (``--today``, ``--lang``, ``--call-year``, ``--profile``)
and loading what they name. Importing this module imports neither pydantic nor Qt: the model
is imported by the functions that load something."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from vetguide.cli.errors import CliError
from vetguide.languages import DEFAULT_LANGUAGE, LANGUAGES

if TYPE_CHECKING:
    from vetguide.model.catalogue import Catalogue
    from vetguide.model.profile import InstitutionProfile

LATEST_TODAY = date(date.max.year - 10, 12, 31)
"""Deadlines are computed for a year or two after ``--today``; later dates cannot be."""


def parse_today(value: str | None) -> date:
    """The date of ``--today`` (today without one)."""
    if value is None:
        return date.today()
    try:
        day = date.fromisoformat(value)
    except ValueError as exc:
        raise CliError(f"--today: '{value}' is not a date (use YYYY-MM-DD)") from exc
    if day > LATEST_TODAY:
        raise CliError(f"--today: {value} is too far ahead (the latest is {LATEST_TODAY})")
    return day


def load_profile(path: str) -> InstitutionProfile:
    from vetguide.model.profile_io import ProfileError, read_profile

    try:
        return read_profile(Path(path))
    except ProfileError as exc:
        raise CliError(str(exc)) from exc


def catalogue_for_call(
    language: str = DEFAULT_LANGUAGE, call_year: int | None = None, today: date | None = None
) -> Catalogue:
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


def add_today(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--today", metavar="YYYY-MM-DD", help="date to compute deadlines from")


def add_language(parser: argparse.ArgumentParser, what: str) -> None:
    """The ``--lang`` option; ``what``: what the language is of (the help text's end)."""
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE, help=f"language of {what}"
    )


def add_call_year(parser: argparse.ArgumentParser) -> None:
    """The ``--call-year`` option (its years are checked against the data when used)."""
    parser.add_argument(
        "--call-year",
        type=int,
        metavar="YEAR",
        help="use the rules and deadlines of this call (default: the call whose deadlines "
        "are shown on --today); the years with data, and the next call (expected)",
    )
