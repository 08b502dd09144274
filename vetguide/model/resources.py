"""Loading the bundled data files, with errors that name the file and the field.

Languages: ``en`` (the data files themselves), ``sr-Latn`` and ``sr-Cyrl``.

- Texts: ``texts/<language>.json``; ``sr-Cyrl`` is ``sr-Latn.json`` transliterated at load.
- Catalogue and countries: the English file plus an overlay per language
  (``catalogue/<year>.sr-Latn.json``, ``countries.sr-Latn.json``). An overlay maps the path of
  each user-visible string (``"applicant.who.value"``, ``"activities.job_shadowing.name"``,
  ``"limits.0.value"``; list items by their ``id`` where they have one, else by position) to
  ``{"en": <the English it translates>, "tr": <the translation>}``. A translation replaces
  the English only while ``en`` still equals the current English text, so a corrected fact is
  never hidden behind an old translation; :func:`overlay_problems` lists what is missing or
  out of date (a test keeps that list empty).

Serbian texts may protect words with ``⟦…⟧`` (see :mod:`vetguide.model.translit`); the
markers are removed in every language.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ValidationError

# Language codes and the resources folder have one home each (vetguide.languages,
# vetguide.paths); re-exported for the modules that import them from here.
from vetguide.languages import DEFAULT_LANGUAGE as DEFAULT_LANGUAGE
from vetguide.languages import LANGUAGES as LANGUAGES
from vetguide.model import data_cache
from vetguide.model.catalogue import Action, Catalogue, Strict
from vetguide.model.countries import CountryTable
from vetguide.model.texts import Texts
from vetguide.model.translit import localise, source_language
from vetguide.paths import resource_path as resource_path

M = TypeVar("M", bound=BaseModel)


# Fields of the catalogue whose string values people read (dict keys; list items of
# "examples"). Everything else — codes, ids, enum values, dates, URLs — is never translated.
CATALOGUE_TEXT_FIELDS = frozenset(
    {
        "title",
        "summary",
        "name",
        "value",
        "note",
        "text",
        "fits",
        "participants",
        "description",
        "examples",
        "label",
        "guide_note",
        "condition",
    }
)
# Top-level parts of a catalogue that the overlay does not translate as a whole: actions are
# handled per action code. Every source title needs its translation (a third-party page's
# title is kept whole as protected text).
_CATALOGUE_UNTRANSLATED_TOP = frozenset({"actions"})
_ACTION_UNTRANSLATED = frozenset({"submit_to.value"})
# Keys of the texts files whose values are ids, not words.
_TEXT_ID_KEYS = frozenset({"language", "group"})


class DataError(Exception):
    """A data file is missing, is not JSON, or does not validate."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


MAX_PROBLEMS_SHOWN = 10
MAX_PROBLEM_CHARS = 1000
_MAX_NAME_CHARS = 60
_LONG_QUOTE = re.compile(f"'([^']{{{_MAX_NAME_CHARS + 1},}})'")


def clip_text(value: object, limit: int = _MAX_NAME_CHARS) -> str:
    """``value`` as shown in a one-line message: control characters escaped, clipped with …"""
    text = str(value)[: limit + 1]
    text = "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def tidy_problem(message: str) -> str:
    """One problem as shown: one line, quoted input clipped, at most 1000 characters."""
    message = _LONG_QUOTE.sub(lambda m: f"'{clip_text(m.group(1))}'", message)
    return clip_text(message, MAX_PROBLEM_CHARS)


def join_problems(problems: list[str]) -> str:
    """The first :data:`MAX_PROBLEMS_SHOWN` problems on one line, and how many more there are."""
    shown = "; ".join(tidy_problem(p) for p in problems[:MAX_PROBLEMS_SHOWN])
    hidden = len(problems) - MAX_PROBLEMS_SHOWN
    return shown + (
        f"; and {hidden} more problem{'s' if hidden != 1 else ''}" if hidden > 0 else ""
    )


def describe_validation_error(error: ValidationError) -> str:
    """One line: per problem the dotted field path and what is wrong with it."""
    lines = []
    for item in error.errors():
        where = ".".join(clip_text(part) for part in item["loc"]) or "(top level)"
        lines.append(f"{where}: {item['msg']}")
    return join_problems(lines)


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _lone_surrogate(value: Any) -> bool:
    """Whether a string (or a key) anywhere in ``value`` cannot be written as UTF-8."""
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            stack.extend(node.keys())
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, str):
            try:
                node.encode("utf-8")
            except UnicodeEncodeError:
                return True
    return False


def parse_json_text(text: str) -> Any:
    """Parse JSON text; :class:`ValueError` with a one-line message a person can act on.

    Besides syntax errors this catches what :func:`json.loads` raises other exceptions for
    (nesting deeper than the interpreter's recursion limit, integers of more than 4300
    digits), and refuses text that is not valid Unicode (an escaped lone surrogate such as
    ``"\\ud800"``), which pydantic would otherwise let through or fail on with
    UnicodeEncodeError.
    """
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(
            f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc
    except RecursionError as exc:
        raise ValueError("not usable JSON: it is nested too deeply") from exc
    except ValueError as exc:  # int() refuses more than sys.get_int_max_str_digits() digits
        raise ValueError("not usable JSON: it holds a number with too many digits") from exc
    if _SURROGATE_ESCAPE.search(text) and _lone_surrogate(raw):
        raise ValueError(
            "not usable JSON: it holds text that is not valid Unicode (an unpaired surrogate "
            "escape such as \\ud800)"
        )
    return raw


def read_json(path: Path | str, text: str | None = None) -> Any:
    """The parsed JSON of a file; :class:`DataError` if it cannot be read or parsed."""
    name = str(path)
    try:
        if text is None:
            text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(name, f"cannot be read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise DataError(name, f"is not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    try:
        return parse_json_text(text)
    except ValueError as exc:
        raise DataError(name, f"is {exc}") from exc


def validate(model: type[M], raw: Any, path: Path | str) -> M:
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise DataError(str(path), describe_validation_error(exc)) from exc
    except UnicodeError as exc:  # a validator's message quoting text that is not Unicode
        raise DataError(str(path), "holds text that is not valid Unicode") from exc


def load_model(model: type[M], path: Path | str, text: str | None = None) -> M:
    """Parse and validate one JSON file into ``model``; raise :class:`DataError` on any fault."""
    return validate(model, read_json(path, text), path)


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise DataError(language, f"unknown language (choose one of {', '.join(LANGUAGES)})")
    return language


# --- overlays -------------------------------------------------------------------------------


class Translation(Strict):
    en: str
    tr: str


def _segment(node: Any, key: str) -> str:
    """A list item's name in a path: its ``id``, ``code`` or ``number``, else its position."""
    if isinstance(node, dict):
        for name in _ITEM_KEYS:
            if name in node:
                return str(node[name])
    return key


_ITEM_KEYS = ("id", "code", "number", "geonames_id")


def text_paths(
    node: Any, field: str = "", fields: frozenset[str] = CATALOGUE_TEXT_FIELDS
) -> Iterator[tuple[str, str]]:
    """(dotted path, English text) of every user-visible string under ``node``: the string
    values of ``fields`` (and the strings listed under them)."""
    if isinstance(node, dict):
        for key, value in node.items():
            for path, text in text_paths(value, key, fields):
                yield (f"{key}.{path}" if path else key), text
    elif isinstance(node, list):
        for index, item in enumerate(node):
            segment = _segment(item, str(index))
            for path, text in text_paths(item, field, fields):
                yield (f"{segment}.{path}" if path else segment), text
    elif isinstance(node, str) and field in fields:
        yield "", node


# --- one format for translated data ---------------------------------------------------------
#
# Every data part X.json (catalogue, countries, budget, readiness, glossary) is written in
# English; its translation into a language is X.<language>.json, an overlay:
#   {"schema_version": 1, "language": "sr-Latn", "translations": {path: {"en", "tr"}}}
# A path names a text as text_paths does (list items by id, code or number, else position);
# "en" is the English the translation was made from. A translation is applied only while
# "en" equals the current English, so a corrected fact never hides behind an old translation;
# translate_part lists what is missing or stale (scripts/translation_gaps.py; a test keeps the
# list empty).

PART_TEXT_FIELDS: dict[str, frozenset[str]] = {
    "catalogue": CATALOGUE_TEXT_FIELDS,
    "countries": frozenset({"name", "note"}),
    "budget": frozenset(
        {"final_amounts_note", "note", "not_found", "name", "short_name", "not_estimated"}
    ),
    "readiness": frozenset({"title", "why", "note", "lead_time_note", "guidance_note"}),
    "glossary": frozenset({"term", "explanation"}),
}
_UNTRANSLATED_PATH = re.compile(r"^actions\.[^.]+\.submit_to\.value$")
SOURCE_TEXT_FIELDS = frozenset({"title"})  # of each source cited, in every part


class Overlay(Strict):
    schema_version: Literal[1]
    language: str
    translations: dict[str, Translation]


def part_texts(raw: Any, part: str) -> dict[str, str]:
    """{path: English} of every text of a data part that a translation must cover, the titles
    of the sources cited included: they are shown in the app's language (the translation of a
    third-party page keeps its own name whole, as a protected ⟦…⟧ name)."""
    if not isinstance(raw, dict):
        return {}
    body = {key: value for key, value in raw.items() if key != "sources"}
    texts = {
        path: text
        for path, text in text_paths(body, fields=PART_TEXT_FIELDS[part])
        if not _UNTRANSLATED_PATH.match(path)
    }
    for path, text in text_paths(raw.get("sources"), fields=SOURCE_TEXT_FIELDS):
        texts[f"sources.{path}"] = text
    return texts


def translate_part(parts: Parts, part: str, language: str) -> tuple[Any, list[str]]:
    """The raw data part (``catalogue``…) with its texts in ``language``, and the texts the
    translation lacks or has out of date."""
    raw, _ = required_part(parts, f"{part}.json")
    if language == DEFAULT_LANGUAGE:
        return raw, []
    wanted = part_texts(raw, part)
    overlay = validate(Overlay, *required_part(parts, overlay_name(part, language)))

    def convert(text: str) -> str:
        return localise(text, language)

    problems = apply_translations(raw, overlay.translations, convert)
    problems += [f"{path}: not translated" for path in wanted if path not in overlay.translations]
    return raw, [f"({part}) {problem}" for problem in problems]


def translation_gaps(parts: Parts, language: str) -> list[str]:
    """What ``language`` lacks or has out of date, in every part there is."""
    gaps: list[str] = []
    for part in PART_TEXT_FIELDS:
        if parts(f"{part}.json") is not None:
            gaps += translate_part(parts, part, language)[1]
    return gaps


def source_parts(call_year: int, folder: Path | None = None) -> Parts:
    """The parts of ``call_year`` as the source files in ``folder`` (default: the bundled
    source data) hold them, before they are built into a pack."""
    root = folder or resource_path()
    stems = {"catalogue": f"catalogue/{call_year}", "budget": f"budget/{call_year}"}

    def get(name: str) -> tuple[Any, str] | None:
        part, _, rest = name.partition(".")
        path = root / (stems.get(part, part) + "." + rest)
        return (read_json(path), str(path)) if path.is_file() else None

    return get


def catalogue_text_paths(raw: dict[str, Any]) -> dict[str, dict[str, str]]:
    """The catalogue's texts to translate: {"" (top level) or action code: {path: English}}."""
    found: dict[str, dict[str, str]] = {"": {}}
    codes = {str(a.get("code")) for a in raw.get("actions", []) if isinstance(a, dict)}
    found.update({code: {} for code in codes})
    for path, text in part_texts(raw, "catalogue").items():
        head, _, rest = path.partition(".")
        code = rest.split(".", 1)[0] if head == "actions" else ""
        if code in codes:
            found[code][rest[len(code) + 1 :]] = text
        else:
            found[""][path] = text
    return found


def _locate(root: Any, path: str) -> tuple[Any, str | int] | None:
    """The container and key of the string at ``path``, or None if there is none."""
    node = root
    parts = path.split(".")
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        key: str | int
        if isinstance(node, dict):
            if part not in node:
                return None
            key = part
        elif isinstance(node, list):
            by_id = [n for n, item in enumerate(node) if _segment(item, "") == part]
            if by_id:
                key = by_id[0]
            elif part.isdigit() and int(part) < len(node):
                key = int(part)
            else:
                return None
        else:
            return None
        if last:
            return (node, key) if isinstance(node[key], str) else None
        node = node[key]
    return None


def apply_translations(
    root: Any, translations: dict[str, Translation], convert: Callable[[str], str]
) -> list[str]:
    """Replace the English strings of ``root`` in place; return the problems found."""
    problems = []
    for path, item in translations.items():
        spot = _locate(root, path)
        if spot is None:
            problems.append(f"{path}: no such text")
            continue
        container, key = spot
        if container[key] != item.en:
            problems.append(f"{path}: the English text changed since it was translated")
            continue
        container[key] = convert(item.tr)
    return problems


# --- the data of a call year: parts of its data pack (see vetguide.model.packs) -------------

# A source of data parts: name ("catalogue.json", "countries.sr-Latn.json"…) -> a copy of
# the part and a label for messages, or None when there is no such part.
Parts = Callable[[str], "tuple[Any, str] | None"]

_selected_year: list[int] = []


def catalogue_years() -> list[int]:
    """The call years with data (bundled and installed data packs), oldest first.

    No call year is written in the code: a pack for 2027 makes 2027 a known call.
    """
    from vetguide.model import packs

    return packs.call_years()


def newest_catalogue_year() -> int:
    return catalogue_years()[-1]


def select_call_year(call_year: int | None) -> None:
    """The call year whose data the loaders use when none is given (None: the newest)."""
    _selected_year[:] = [] if call_year is None else [call_year]


def current_call_year() -> int:
    """The selected call year if it has data, else the newest."""
    years = catalogue_years()
    return _selected_year[0] if _selected_year and _selected_year[0] in years else years[-1]


def pack_parts(call_year: int) -> Parts:
    """The parts of the data pack in use for ``call_year``."""
    from vetguide.model import packs

    def get(name: str) -> tuple[Any, str] | None:
        return packs.pack_part(call_year, name)

    return get


def pack_key(call_year: int) -> str:
    from vetguide.model import packs

    return packs.pack_key(call_year)


def required_part(parts: Parts, name: str) -> tuple[Any, str]:
    found = parts(name)
    if found is None:
        raise DataError(name, "is missing from the data pack")
    return found


def overlay_name(part: str, language: str) -> str:
    return f"{part}.{source_language(language)}.json"


def catalogue_path(call_year: int) -> Path:
    """The source file of a call year's catalogue (packs are built from it)."""
    return resource_path("catalogue", f"{call_year}.json")


def catalogue_overlay_path(call_year: int, language: str) -> Path:
    return resource_path("catalogue", f"{call_year}.{source_language(language)}.json")


def translated_catalogue(parts: Parts, language: str) -> tuple[dict[str, Any], list[str]]:
    """The raw catalogue with its texts in ``language``, and the translation gaps. Outside
    English each action keeps its English title as ``official_title``."""
    english = required_part(parts, "catalogue.json")[0]
    raw, problems = translate_part(parts, "catalogue", language)
    if language != DEFAULT_LANGUAGE and isinstance(english, dict) and isinstance(raw, dict):
        actions = [a for a in english.get("actions") or [] if isinstance(a, dict)]
        titles = {a.get("code"): a.get("title") for a in actions}
        for action in raw.get("actions") or []:
            if isinstance(action, dict):
                action["official_title"] = titles.get(action.get("code"))
    return raw, problems


def catalogue_from(parts: Parts, language: str) -> Catalogue:
    raw, _ = translated_catalogue(parts, language)
    return validate(Catalogue, raw, required_part(parts, "catalogue.json")[1])


def load_catalogue(call_year: int | None = None, language: str = DEFAULT_LANGUAGE) -> Catalogue:
    """The catalogue of ``call_year`` (default: the selected call) with texts in ``language``.

    Outside English every action's ``official_title`` holds the English title. A text without
    an up-to-date translation stays in English (see :func:`overlay_problems`).
    """
    check_language(language)
    year = current_call_year() if call_year is None else call_year
    return _load_catalogue(year, language, pack_key(year))


@cache
def _load_catalogue(call_year: int, language: str, key: str) -> Catalogue:
    # Validated (and transliterated) on the first load of this pack only: then from the
    # user's cache folder (see vetguide.model.data_cache).
    catalogue = data_cache.cached(
        f"catalogue-{call_year}-{language}",
        key,
        Catalogue,
        lambda: catalogue_from(pack_parts(call_year), language),
    )
    # Loaded catalogues are cached for good, so their ids stay theirs.
    _ORIGIN[id(catalogue)] = (call_year, key)
    for action in catalogue.actions:
        _ORIGIN[id(action)] = (call_year, key)
    return catalogue


# id of a loaded catalogue (or of one of its actions) -> (call year, pack key) it came from.
_ORIGIN: dict[int, tuple[int, str]] = {}


def catalogue_in(catalogue: Catalogue, language: str) -> Catalogue:
    """The same call year's catalogue, from the same data pack, in ``language``.

    A catalogue that was not loaded from a pack (built by a test, or from a pack replaced
    since) is returned as it is, rather than mixed with texts that may describe other facts.
    """
    origin = _ORIGIN.get(id(catalogue))
    if origin is None or origin[1] != pack_key(origin[0]):
        return catalogue
    return load_catalogue(origin[0], check_language(language))


def action_in(action: Action, language: str) -> Action:
    """``action`` as the same data pack words it in ``language`` (see :func:`catalogue_in`)."""
    origin = _ORIGIN.get(id(action))
    if origin is None or origin[1] != pack_key(origin[0]):
        return action
    try:
        return load_catalogue(origin[0], check_language(language)).action(action.code)
    except KeyError:
        return action


def translated_countries(parts: Parts, language: str) -> tuple[dict[str, Any], list[str]]:
    raw, problems = translate_part(parts, "countries", language)
    return raw, problems


def countries_from(parts: Parts, language: str) -> CountryTable:
    raw, _ = translated_countries(parts, language)
    return validate(CountryTable, raw, required_part(parts, "countries.json")[1])


def load_countries(language: str = DEFAULT_LANGUAGE, call_year: int | None = None) -> CountryTable:
    """Countries and regions, with their names (and region notes) in ``language``."""
    check_language(language)
    year = current_call_year() if call_year is None else call_year
    return _load_countries(year, language, pack_key(year))


@cache
def _load_countries(call_year: int, language: str, key: str) -> CountryTable:
    # Validated on the first load of this pack only, then from the user's cache folder.
    return data_cache.cached(
        f"countries-{call_year}-{language}",
        key,
        CountryTable,
        lambda: countries_from(pack_parts(call_year), language),
    )


def load_countries_for_call(call_year: int, language: str = DEFAULT_LANGUAGE) -> CountryTable:
    """:func:`load_countries` as the table stands for the ``call_year`` call
    (:meth:`CountryTable.for_call_year`), from the selected call's data pack."""
    year = current_call_year()
    return _countries_for_call(call_year, language, year, pack_key(year))


@cache
def _countries_for_call(call_year: int, language: str, year: int, key: str) -> CountryTable:
    return load_countries(language, year).for_call_year(call_year)


def overlay_problems(language: str, call_year: int | None = None) -> list[str]:
    """Texts of the catalogue and country table that ``language`` lacks or has out of date."""
    check_language(language)
    parts = pack_parts(current_call_year() if call_year is None else call_year)
    return translated_catalogue(parts, language)[1] + translated_countries(parts, language)[1]


# --- texts ----------------------------------------------------------------------------------


def _localise_texts(node: Any, language: str, key: str = "") -> Any:
    if isinstance(node, dict):
        return {k: _localise_texts(v, language, k) for k, v in node.items()}
    if isinstance(node, list):
        return [_localise_texts(v, language, key) for v in node]
    if isinstance(node, str) and key not in _TEXT_ID_KEYS:
        return localise(node, language)
    return node


def texts_path(language: str) -> Path:
    return resource_path("texts", f"{source_language(language)}.json")


@cache
def load_texts(language: str = DEFAULT_LANGUAGE) -> Texts:
    """The texts in ``language``: validated and transliterated when the texts file is new,
    else from the user's cache folder (see vetguide.model.data_cache)."""
    check_language(language)
    path = texts_path(language)
    try:
        key = data_cache.file_key(path)
    except OSError:
        return texts_from(path, language)  # read_json says why
    return data_cache.cached(f"texts-{language}", key, Texts, lambda: texts_from(path, language))


def texts_from(path: Path, language: str) -> Texts:
    """The texts file at ``path`` (the source language of ``language``), validated."""
    raw = _localise_texts(read_json(path), language)
    if isinstance(raw, dict):
        raw["language"] = language
    return validate(Texts, raw, path)
