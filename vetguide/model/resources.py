"""Loading the bundled data files, with errors that name the file and the field."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from vetguide.model.catalogue import Catalogue
from vetguide.model.countries import CountryTable
from vetguide.model.texts import Texts

M = TypeVar("M", bound=BaseModel)

DEFAULT_CALL_YEAR = 2026


class DataError(Exception):
    """A data file is missing, is not JSON, or does not validate."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


def describe_validation_error(error: ValidationError) -> str:
    """One line per problem: the dotted field path and what is wrong with it."""
    lines = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"]) or "(top level)"
        lines.append(f"{where}: {item['msg']}")
    return "; ".join(lines)


def load_model(model: type[M], path: Path | str, text: str | None = None) -> M:
    """Parse and validate one JSON file into ``model``; raise :class:`DataError` on any fault."""
    name = str(path)
    try:
        if text is None:
            text = Path(path).read_text(encoding="utf-8")
        raw = json.loads(text)
    except OSError as exc:
        raise DataError(name, f"cannot be read ({exc.strerror or exc})") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise DataError(name, f"is not valid JSON ({exc})") from exc
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise DataError(name, describe_validation_error(exc)) from exc


def _resource(*parts: str) -> Path:
    return Path(str(resources.files("vetguide").joinpath("resources", *parts)))


def catalogue_path(call_year: int = DEFAULT_CALL_YEAR) -> Path:
    return _resource("catalogue", f"{call_year}.json")


@cache
def load_catalogue(call_year: int = DEFAULT_CALL_YEAR) -> Catalogue:
    return load_model(Catalogue, catalogue_path(call_year))


@cache
def load_countries() -> CountryTable:
    return load_model(CountryTable, _resource("countries.json"))


@cache
def load_texts(language: str = "en") -> Texts:
    return load_model(Texts, _resource("texts", f"{language}.json"))
