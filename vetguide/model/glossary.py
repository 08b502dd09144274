"""The glossary of Erasmus+ jargon (OID, PIC, lump sum, EQF, …) in every language.

``resources/glossary.json`` holds each term and its plain explanation in English and in
Serbian Latin script, with the URL of the page it comes from; Cyrillic is made from the
Latin text at load (see :mod:`vetguide.model.translit`).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator

from vetguide.model.catalogue import Strict
from vetguide.model.resources import (
    DEFAULT_LANGUAGE,
    Parts,
    check_language,
    current_call_year,
    pack_key,
    pack_parts,
    required_part,
    resource_path,
    translate_part,
    validate,
)


class GlossaryEntryData(Strict):
    """One term as stored, in English (translations: ``glossary.<language>.json``)."""

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    term: str = Field(min_length=1)
    explanation: str = Field(min_length=1)
    source: str = Field(pattern=r"^https?://")


class GlossaryFile(Strict):
    schema_version: Literal[1]
    entries: list[GlossaryEntryData] = Field(min_length=1)

    @model_validator(mode="after")
    def _complete(self) -> GlossaryFile:
        ids = [e.id for e in self.entries]
        if len(ids) != len(set(ids)):
            raise ValueError("a glossary id is listed twice")
        return self


class GlossaryEntry(Strict):
    """One term in one language."""

    id: str
    term: str
    explanation: str
    source: str


class Glossary(Strict):
    language: str
    entries: list[GlossaryEntry]

    def get(self, entry_id: str) -> GlossaryEntry:
        for entry in self.entries:
            if entry.id == entry_id:
                return entry
        raise KeyError(entry_id)


def glossary_path() -> Path:
    return resource_path("glossary.json")


def load_glossary(language: str = DEFAULT_LANGUAGE, call_year: int | None = None) -> Glossary:
    """The glossary in ``language`` (en, sr-Latn or sr-Cyrl), in the file's order."""
    check_language(language)
    year = current_call_year() if call_year is None else call_year
    return _load_glossary(language, year, pack_key(year))


@cache
def _load_glossary(language: str, call_year: int, key: str) -> Glossary:
    return glossary_from(pack_parts(call_year), language)


def glossary_from(parts: Parts, language: str) -> Glossary:
    raw, _ = translate_part(parts, "glossary", language)
    data = validate(GlossaryFile, raw, required_part(parts, "glossary.json")[1])
    return Glossary(
        language=language,
        entries=[
            GlossaryEntry(
                id=entry.id,
                term=entry.term,
                explanation=entry.explanation,
                source=entry.source,
            )
            for entry in data.entries
        ],
    )
