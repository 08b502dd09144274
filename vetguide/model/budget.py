"""Budget estimates: KA1 mobility from unit costs, and the lump-sum options of other actions.

The unit costs of a call year are data (``resources/budget/<year>.json``), each with its
sources and a verified flag; city points are data too (``resources/cities.json``). An
estimate is a range (low–high) with the formula behind every line. A cost whose unit amount
is not known is listed as "not estimated" with the reason, never guessed. The national
agency fixes the final amounts.

Distances follow the EC distance calculator's method: the great-circle distance between two
points on a sphere of radius 6,371 km (haversine), one way; the band is the one whose range
holds the unrounded distance (99.9 km is in 10–99 km, 100.0 km in 100–499 km).

Languages (``language="en"``, ``"sr-Latn"``, ``"sr-Cyrl"``): every sentence the estimate
builds (labels, formulas, warnings, reasons, errors, band labels, the text view) comes from
the ``budget`` section of the texts files; amounts and numbers follow
:mod:`vetguide.model.formatting`; activity and country names come from the catalogue and
country table in that language. The notes and reasons of the unit-cost data are translated
in its overlay ``budget/<year>.sr-Latn.json`` (see :func:`load_budget_data`; a country grouping's
``short_name`` is read as "group 2 in <short_name>"). Source titles stay as the pages call
themselves. Cities keep their names, except that a city with a Serbian name
(``cities.sr-Latn.json``, loaded as ``name_sr``) is shown by it in Serbian (Beograd, Beč). Errors keep the path of the field (``flows.1.to_city: …``) in every
language; a :class:`BudgetError` also carries each problem's location as data
(:class:`PlanProblem`), so callers point at the field without reading the message.
:func:`estimate_flows` estimates the flows of a plan that can be estimated and says, per
flow, what keeps the others out (:class:`FlowProblem`).
"""

from __future__ import annotations

import bisect
import difflib
import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import cache, cached_property
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, ValidationError, model_validator

from vetguide.model import files
from vetguide.model.base import Model
from vetguide.model.budget_plan import (  # the plan lives apart; here for the estimate's users
    BUDGET_PLAN_SCHEMA_VERSION as BUDGET_PLAN_SCHEMA_VERSION,
)
from vetguide.model.budget_plan import BudgetPlan as BudgetPlan
from vetguide.model.budget_plan import Flow as Flow
from vetguide.model.catalogue import (
    Action,
    Activity,
    Catalogue,
    MaxParticipantsCriterion,
    Source,
    Strict,
)
from vetguide.model.countries import CountryTable
from vetguide.model.formatting import format_eur, format_number
from vetguide.model.resources import (
    DataError,
    Overlay,
    Parts,
    catalogue_years,
    check_language,
    clip_text,
    describe_validation_error,
    load_catalogue,
    load_countries,
    load_texts,
    overlay_name,
    pack_key,
    pack_parts,
    part_texts,
    read_json,
    required_part,
    tidy_problem,
    translate_part,
    validate,
)
from vetguide.model.translit import cyrillic_to_latin, localise
from vetguide.paths import resource_path

ParticipantKind = Literal["learner", "staff", "other"]
Category = Literal[
    "travel", "individual_support", "organisational_support", "course_fees", "inclusion_support"
]
# English labels; :func:`category_label` gives them in any language (texts ``budget``).
CATEGORY_LABELS: dict[str, str] = {
    "travel": "Travel",
    "individual_support": "Individual support",
    "organisational_support": "Organisational support",
    "course_fees": "Course fees",
    "inclusion_support": "Inclusion support",
}


def category_label(category: Category, language: str = "en") -> str:
    return load_texts(language).budget[f"category_{category}"]


Location = tuple[str | int, ...]
"""Where in a plan a problem is, as pydantic writes it: ``("flows", 1, "to_city")``."""


# Upper bounds of the data's numbers: far above any real value, low enough that a damaged or
# hostile data pack is refused with a clear message (not a failure when it is formatted).
MAX_KM = 50_000  # more than the Earth's circumference
MAX_EUR = 10_000_000
MAX_DAYS = 366
MAX_POPULATION = 100_000_000


@dataclass(frozen=True)
class PlanProblem:
    """One thing wrong with a plan and where: ``location`` ``()`` is the plan as a whole."""

    location: Location
    message: str

    @property
    def path(self) -> str:
        """The dotted path of messages: ``flows.1.to_city``, ``call_year``, ``(top level)``."""
        return ".".join(clip_text(part) for part in self.location) or "(top level)"

    @property
    def flow(self) -> int | None:
        """The position of the flow (0-based) the problem is in; None: not in one flow."""
        match self.location:
            case ("flows", int(index), *_):
                return index
        return None

    @property
    def field(self) -> str | None:
        """The field the problem is about: of its flow, or of the plan when in no flow."""
        rest = self.location[2:] if self.flow is not None else self.location
        return rest[0] if len(rest) == 1 and isinstance(rest[0], str) else None

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def validation_problems(error: ValidationError) -> list[PlanProblem]:
    """The problems of a pydantic error, each at its location, in plain words."""
    return [
        PlanProblem(item["loc"], tidy_problem(str(item["msg"]).removeprefix("Value error, ")))
        for item in error.errors()
    ]


class BudgetError(Exception):
    """A plan cannot be estimated: invalid file, unknown city, activity or call year.

    ``problems`` holds each problem with its location (empty for a file that cannot be read);
    the message names the location too (``flows.1.to_city: unknown city …``).
    """

    def __init__(self, message: str | PlanProblem, problems: Sequence[PlanProblem] = ()) -> None:
        if isinstance(message, PlanProblem):
            problems = (message, *problems)
        self.problems: tuple[PlanProblem, ...] = tuple(problems)
        super().__init__(str(message))


# --- unit-cost data -------------------------------------------------------------------------


class _Sourced(Strict):
    sources: list[str] = Field(default_factory=list)
    verified: bool
    note: str | None = None


class DistanceRule(_Sourced):
    earth_radius_km: float = Field(gt=0, le=MAX_KM)
    edge_warning_km: float = Field(ge=0, le=MAX_KM)


class TravelBand(Strict):
    min_km: int = Field(ge=0, le=MAX_KM)
    max_km: int | None = Field(
        default=None, le=MAX_KM, description="Inclusive; None: no upper limit"
    )
    standard_eur: int = Field(ge=0, le=MAX_EUR)
    green_eur: int = Field(ge=0, le=MAX_EUR)

    @property
    def label(self) -> str:
        return self.label_in("en")

    def label_in(self, language: str) -> str:
        """``2,000–2,999 km`` / ``8,000 km and more`` as ``language`` writes it."""
        texts = load_texts(language)
        low = format_number(self.min_km, language)
        if self.max_km is None:
            return texts.budget["band_open"].format(low=low)
        high = format_number(self.max_km, language)
        return texts.budget["band_range"].format(low=low, high=high)


class TravelTable(_Sourced):
    bands: list[TravelBand] = Field(min_length=1)

    @model_validator(mode="after")
    def _contiguous(self) -> TravelTable:
        for lower, upper in zip(self.bands, self.bands[1:], strict=False):
            if lower.max_km is None or upper.min_km != lower.max_km + 1:
                raise ValueError(
                    f"travel bands must follow each other: {lower.label}, {upper.label}"
                )
        return self

    def band_for(self, km: float) -> TravelBand | None:
        """The band holding ``km``; a band reaches up to (not including) the next band's start."""
        found: TravelBand | None = None
        for band in self.bands:
            if km >= band.min_km:
                found = band
        return found

    def edges(self) -> list[int]:
        return [band.min_km for band in self.bands]


class TravelDays(_Sourced):
    standard_max: int = Field(ge=0, le=MAX_DAYS)
    green_max: int = Field(ge=0, le=MAX_DAYS)


class Range(Strict):
    low: int = Field(ge=0, le=MAX_EUR)
    high: int = Field(ge=0, le=MAX_EUR)

    @model_validator(mode="after")
    def _ordered(self) -> Range:
        if self.high < self.low:
            raise ValueError("high must not be below low")
        return self


class RateTable(_Sourced):
    rates: dict[int, Range] | None = Field(default=None, description="Country group -> €/day")
    not_found: str | None = Field(default=None, description="Why there is no rate")

    @model_validator(mode="after")
    def _one_of(self) -> RateTable:
        if (self.rates is None) == (self.not_found is None):
            raise ValueError("give either rates or not_found (the reason there are none)")
        return self


class Reduction(_Sourced):
    from_day: int = Field(ge=2, le=MAX_DAYS)
    percent: int = Field(ge=1, le=100)


class PerParticipant(_Sourced):
    per_participant_eur: int = Field(ge=0, le=MAX_EUR)
    kinds: list[ParticipantKind] = Field(min_length=1)


class CourseFees(_Sourced):
    per_day_eur: int = Field(ge=0, le=MAX_EUR)
    max_days: int = Field(ge=1, le=MAX_DAYS)
    activities: list[str] = Field(min_length=1)


class CountryGrouping(_Sourced):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    name: str
    short_name: str
    groups: dict[int, list[str]]

    def group_of(self, country: str) -> int | None:
        for group, codes in self.groups.items():
            if country in codes:
                return group
        return None


class BudgetData(Strict):
    schema_version: Literal[1]
    call_year: int
    actions: list[str] = Field(min_length=1, description="Actions estimated from unit costs")
    final_amounts_note: str
    sources: dict[str, Source]
    distance: DistanceRule
    travel: TravelTable
    travel_days: TravelDays
    participant_kinds: dict[str, ParticipantKind]
    first_activity: dict[str, str] = Field(
        default_factory=dict,
        description="Action -> the activity a new flow starts with (the one most plans hold)",
    )
    individual_support: dict[ParticipantKind, RateTable]
    reduction: Reduction
    organisational_support: PerParticipant
    course_fees: CourseFees
    inclusion_support: PerParticipant
    country_groups: list[CountryGrouping] = Field(min_length=1)
    not_estimated: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _first_activities(self) -> BudgetData:
        unknown = set(self.first_activity.values()) - set(self.participant_kinds)
        if unknown:
            raise ValueError(f"first_activity names unknown activities: {sorted(unknown)}")
        return self

    @model_validator(mode="after")
    def _references(self) -> BudgetData:
        parts: dict[str, _Sourced] = {
            "distance": self.distance,
            "travel": self.travel,
            "travel_days": self.travel_days,
            "reduction": self.reduction,
            "organisational_support": self.organisational_support,
            "course_fees": self.course_fees,
            "inclusion_support": self.inclusion_support,
        }
        parts.update({f"individual_support.{k}": v for k, v in self.individual_support.items()})
        parts.update({f"country_groups.{g.id}": g for g in self.country_groups})
        for name, part in parts.items():
            missing = set(part.sources) - self.sources.keys()
            if missing:
                raise ValueError(f"{name} cites unknown sources: {sorted(missing)}")
            if part.verified and not part.sources:
                raise ValueError(f"{name} is verified but cites no source")
            if not part.verified and not part.note:
                raise ValueError(f"{name} is unverified and needs a note saying why")
        missing_kinds = {"learner", "staff", "other"} - set(self.individual_support)
        if missing_kinds:
            raise ValueError(f"individual_support lacks {sorted(missing_kinds)}")
        return self


class CitySource(Strict):
    title: str
    url: str = Field(pattern=r"^https?://")
    licence: str
    note: str


class City(Strict):
    name: str = Field(min_length=1)
    name_sr: str | None = Field(
        default=None, min_length=1, description="The Serbian name, in Latin script"
    )
    aliases: list[str] = Field(default_factory=list)
    country: str = Field(pattern=r"^[A-Z]{2}$")
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    geonames_id: int | None = None
    population: int = Field(default=0, ge=0, le=MAX_POPULATION)
    capital: bool = False

    def names(self) -> tuple[str, ...]:
        """Every name the city is found by: the name, the Serbian name (both scripts), aliases."""
        serbian = (self.name_sr, localise(self.name_sr, "sr-Cyrl")) if self.name_sr else ()
        return (self.name, *serbian, *self.aliases)

    def display_name(self, language: str = "en") -> str:
        """The Serbian name in Serbian (in its script) where there is one, else ``name``."""
        if self.name_sr and language != "en":
            return localise(self.name_sr, language)
        return self.name


_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _key(name: str) -> str:
    """Compare names without case, accents or script: 'NIS', 'Niš', 'Ниш' are one key.

    Cyrillic is read as Serbian Cyrillic and put in Latin letters first, so a name typed in
    Cyrillic finds the city by its Latin names ('Мадрид' → 'madrid').
    """
    name = name.strip()
    if _CYRILLIC.search(name):
        name = cyrillic_to_latin(name)
    decomposed = unicodedata.normalize("NFKD", name.replace("đ", "dj").replace("Đ", "Dj"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


CITY_COLUMNS = ("geonames_id", "name", "country", "lat", "lon", "population", "aliases", "capital")


class CityTable(Strict):
    """The cities a flow can start or end in (GeoNames, built by ``scripts/build_cities.py``).

    ``cities`` holds one row per city, in the order of ``columns``; :attr:`entries` gives them
    as :class:`City`. The name index is made on first use.
    """

    schema_version: int = Field(ge=2, le=2)
    source: CitySource
    min_population: int = Field(ge=0, le=MAX_POPULATION)
    columns: list[str]
    cities: list[list[Any]] = Field(min_length=1)

    @model_validator(mode="after")
    def _rows(self) -> CityTable:
        if tuple(self.columns) != CITY_COLUMNS:
            raise ValueError(f"columns must be {list(CITY_COLUMNS)}")
        for index, row in enumerate(self.cities):
            if len(row) != len(CITY_COLUMNS) or not (
                isinstance(row[0], int)
                and isinstance(row[1], str)
                and row[1]
                and isinstance(row[2], str)
                and len(row[2]) == 2
                and row[2].isupper()
                and all(isinstance(v, int | float) and not isinstance(v, bool) for v in row[3:5])
                and -90 <= row[3] <= 90
                and -180 <= row[4] <= 180
                and isinstance(row[5], int)
                and isinstance(row[6], list)
                and all(isinstance(a, str) for a in row[6])
                and isinstance(row[7], bool)
            ):
                raise ValueError(f"cities.{index}: not a city row ({', '.join(CITY_COLUMNS)})")
        return self

    @cached_property
    def entries(self) -> list[City]:
        return [
            City.model_construct(**dict(zip(CITY_COLUMNS, row, strict=True))) for row in self.cities
        ]

    @cached_property
    def _index(self) -> dict[str, list[City]]:
        """Name key → the cities of that name: those in programme countries first, then the
        most populous (Valencia in Spain before Valencia in Venezuela)."""
        index: dict[str, list[City]] = {}
        for city in self.entries:
            for key in dict.fromkeys(_key(n) for n in city.names()):
                index.setdefault(key, []).append(city)
        for found in index.values():
            found.sort(key=self._rank)
        return index

    @cached_property
    def _programme(self) -> frozenset[str]:
        return frozenset(
            c.code for c in load_countries().countries if c.status.value != "non_associated"
        )

    def in_programme(self, city: City) -> bool:
        """Whether the city is in an EU member state or a country associated to Erasmus+."""
        return city.country in self._programme

    def _rank(self, city: City) -> tuple[bool, int]:
        return city.country not in self._programme, -city.population

    @cached_property
    def _sorted_keys(self) -> list[str]:
        return sorted(self._index)

    def matches(self, name: str) -> list[City]:
        """Every city called ``name`` (any of its names), the most populous first.

        'Name, CC' keeps those of country CC.
        """
        wanted, _, country = name.partition(",")
        country = country.strip().upper()
        found = self._index.get(_key(wanted), [])
        return [c for c in found if not country or c.country == country]

    def find(self, name: str) -> City | None:
        """The city a name means: the only one so called, else the most populous one.

        Case, accents and script are ignored; 'Name, CC' picks the country.
        """
        found = self.matches(name)
        return found[0] if found else None

    def complete(self, start: str, limit: int = 20) -> list[City]:
        """Cities with a name beginning with ``start`` (Latin or Cyrillic), largest first."""
        prefix = _key(start)
        if not prefix:
            return []
        keys = self._sorted_keys
        found: dict[int, City] = {}
        for position in range(bisect.bisect_left(keys, prefix), len(keys)):
            if not keys[position].startswith(prefix):
                break
            for city in self._index[keys[position]]:
                found.setdefault(id(city), city)

        def order(city: City) -> tuple[bool, bool, int]:
            # A city whose own (or Serbian) name begins so before one found by another name.
            own = any(_key(n).startswith(prefix) for n in (city.name, city.name_sr) if n)
            return (not own, *self._rank(city))

        return sorted(found.values(), key=order)[:limit]

    def capital(self, country: str) -> City | None:
        """The capital of ``country`` (as GeoNames records it), else its largest city."""
        here = [c for c in self.entries if c.country == country]
        return next((c for c in here if c.capital), None) or max(
            here, key=lambda c: c.population, default=None
        )

    def suggestions(self, name: str) -> list[str]:
        close = difflib.get_close_matches(_key(name), self._sorted_keys, n=3, cutoff=0.8)
        return list(dict.fromkeys(self._index[k][0].name for k in close))


def _resource(*parts: str) -> Path:
    return resource_path(*parts)


def budget_path(call_year: int) -> Path:
    return _resource("budget", f"{call_year}.json")


def available_call_years() -> list[int]:
    """The call years whose data pack has unit costs."""
    return [year for year in catalogue_years() if pack_parts(year)("budget.json") is not None]


def budget_text_paths(raw: Any) -> dict[str, str]:
    """{path: English} of every text of the unit-cost data a user sees (source titles stay)."""
    return part_texts(raw, "budget")


def translated_budget(parts: Parts, language: str) -> tuple[dict[str, Any], list[str]]:
    """The raw unit-cost data with its texts in ``language``, and the translation gaps."""
    raw, problems = translate_part(parts, "budget", language)
    return raw, [p.removeprefix("(budget) ") for p in problems]


def budget_from(parts: Parts, language: str) -> BudgetData:
    raw, _ = translated_budget(parts, language)
    return validate(BudgetData, raw, required_part(parts, "budget.json")[1])


def load_budget_data(call_year: int, language: str = "en") -> BudgetData:
    """The unit costs of ``call_year``, their notes and reasons in ``language``.

    The translations are in the overlay ``budget/<year>.<language>.json`` (path ->
    ``{"en": English, "tr": translation}``, as every data part); a translation whose ``en``
    no longer equals the English text is not applied (see :func:`budget_overlay_problems`).
    """
    check_language(language)
    if call_year not in available_call_years():
        raise DataError(f"budget {call_year}", "there are no unit costs for this call year")
    return _load_budget_data(call_year, language, pack_key(call_year))


@cache
def _load_budget_data(call_year: int, language: str, key: str) -> BudgetData:
    return budget_from(pack_parts(call_year), language)


def budget_overlay_problems(call_year: int, language: str) -> list[str]:
    """Texts of the unit-cost data that ``language`` lacks or has out of date."""
    check_language(language)
    return translated_budget(pack_parts(call_year), language)[1]


def city_parts() -> Parts:
    """The city table and its overlay (not call-year data: beside the packs, in resources)."""

    def get(name: str) -> tuple[Any, str] | None:
        path = _resource(name)
        return (read_json(path), str(path)) if path.is_file() else None

    return get


@cache
def load_cities() -> CityTable:
    """The cities, each with its Serbian name (``name_sr``) from ``cities.sr-Latn.json``.

    The overlay is the one translation format (``cities.<GeoNames id>.name`` -> ``{en, tr}``);
    a name whose English no longer matches the table is left out (see
    :func:`city_overlay_problems`).
    """
    table = _city_table()
    for city in table.entries:
        serbian = _serbian_city_names().get(city.geonames_id or 0)
        if serbian and serbian[0] == city.name:
            object.__setattr__(city, "name_sr", serbian[1])
    return table


def _city_table() -> CityTable:
    raw, label = required_part(city_parts(), "cities.json")
    return validate(CityTable, raw, label)


@cache
def _serbian_city_names() -> dict[int, tuple[str, str]]:
    """GeoNames id -> (English name, Serbian name in Latin script) of the overlay."""
    found = city_parts()(overlay_name("cities", "sr-Latn"))
    if found is None:
        return {}
    overlay = validate(Overlay, *found)
    names: dict[int, tuple[str, str]] = {}
    for path, item in overlay.translations.items():
        head, _, rest = path.partition(".")
        gid, _, field = rest.partition(".")
        if head == "cities" and field == "name" and gid.isdigit():
            names[int(gid)] = (item.en, item.tr)
    return names


def city_overlay_problems() -> list[str]:
    """Serbian city names whose city is not in the table or whose English name changed."""
    by_id = {c.geonames_id: c for c in _city_table().entries}
    problems = []
    for gid, (english, _) in _serbian_city_names().items():
        city = by_id.get(gid)
        if city is None:
            problems.append(f"cities.{gid}.name: no such city")
        elif city.name != english:
            problems.append(f"cities.{gid}.name: the English name changed since it was translated")
    return problems


def new_flow(
    action: str,
    activities: list[Activity],
    data: BudgetData | None,
    *,
    participants: int | None = None,
    last_plan: BudgetPlan | None = None,
    country: str | None = None,
) -> dict[str, Any]:
    """The first flow of a new plan for ``action``: the action's usual activity (data:
    ``first_activity``, else its first one) with the planned participants when known, from
    the city of the last plan, else from the capital of the organisation's country."""
    wanted = data.first_activity.get(action) if data else None
    first = next((a for a in activities if a.id == wanted), activities[0] if activities else None)
    home = ""
    if last_plan and last_plan.flows:
        home = last_plan.flows[0].from_city
    elif country and (capital := load_cities().capital(country)):
        home = capital.name
    return {
        "activity": first.id if first else "",
        "participants": participants if participants and participants > 0 else 1,
        "days": first.min_days if first and first.min_days else 1,
        "from_city": home,
        "to_city": "",
        "green_travel": False,
        "fewer_opportunities": 0,
    }


# --- distance -------------------------------------------------------------------------------


def haversine_km(
    lat1: float, lon1: float, lat2: float, lon2: float, radius_km: float = 6371.0
) -> float:
    """Great-circle distance between two points given in degrees."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi = phi2 - phi1
    d_lambda = math.radians(lon2 - lon1)
    h = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * radius_km * math.asin(min(1.0, math.sqrt(h)))


def city_distance_km(a: City, b: City, radius_km: float = 6371.0) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon, radius_km)


# --- the plan file --------------------------------------------------------------------------


def parse_plan(text: str) -> BudgetPlan:
    """Validate plan JSON; BudgetError names the field that is wrong."""
    try:
        return BudgetPlan.model_validate_json(text)
    except ValidationError as exc:
        raise BudgetError(describe_validation_error(exc), validation_problems(exc)) from exc


def read_plan(path: Path, *, language: str = "en") -> BudgetPlan:
    words = load_texts(language).budget
    try:
        text = files.read_text(path)
    except FileNotFoundError as exc:
        raise BudgetError(words["error_no_file"].format(path=path)) from exc
    except OSError as exc:
        problem = exc.strerror or exc
        raise BudgetError(words["error_unreadable"].format(path=path, problem=problem)) from exc
    except UnicodeDecodeError as exc:
        raise BudgetError(words["error_unreadable"].format(path=path, problem=exc)) from exc
    try:
        return parse_plan(text)
    except BudgetError as exc:
        message = words["error_invalid_plan"].format(path=path, problem=exc)
        raise BudgetError(message, exc.problems) from exc


# --- the estimate ---------------------------------------------------------------------------


class BudgetLine(Model):
    flow: int = Field(description="1-based number of the flow in the plan")
    category: Category
    label: str
    estimated: bool
    low_eur: int | None = None
    high_eur: int | None = None
    formula: str | None = None
    reason: str | None = Field(default=None, description="Why the line is not estimated")
    verified: bool
    sources: list[str] = Field(default_factory=list)
    note: str | None = None


class FlowResult(Model):
    flow: int
    label: str | None
    activity: str
    activity_name: str
    participant_kind: ParticipantKind
    participants: int
    days: int
    from_city: str
    from_country: str
    to_city: str
    to_country: str
    distance_km: float
    band: str | None
    green_travel: bool
    warnings: list[str] = Field(default_factory=list)


class BudgetEstimate(Model):
    call_year: int
    action: str
    name: str | None
    language: str = Field(default="en", description="The language of every text of the estimate")
    flows: list[FlowResult]
    lines: list[BudgetLine]
    low_total_eur: int
    high_total_eur: int
    warnings: list[str] = Field(default_factory=list)
    not_estimated: list[str] = Field(
        default_factory=list, description="Cost categories never estimated, with the reason"
    )
    final_amounts_note: str
    sources: dict[str, Source]
    city_source: str
    headline: str = Field(
        default="",
        description="The total with what it covers: 'Partial total: … – not included: …'",
    )

    def estimated_lines(self) -> list[BudgetLine]:
        return [line for line in self.lines if line.estimated]

    def missing_lines(self) -> list[BudgetLine]:
        return [line for line in self.lines if not line.estimated]

    @property
    def partial(self) -> bool:
        """Whether costs are left out of the total (lines or whole categories not estimated)."""
        return bool(self.missing_lines() or self.not_estimated)


def _headline(result: BudgetEstimate, words: _Words) -> str:
    """The total in words that say what it leaves out, for a reader who sees nothing else."""
    total = words.eur_range(result.low_total_eur, result.high_total_eur)
    if not result.partial:
        return words("headline_total", total=total)
    flows_of: dict[str, list[int]] = {}
    for line in result.missing_lines():
        flows_of.setdefault(line.label, []).append(line.flow)
    missing = [
        words(
            "headline_missing_line",
            what=label[:1].lower() + label[1:],
            flows=words(
                "headline_flow" if len(numbers) == 1 else "headline_flows",
                flows=", ".join(str(n) for n in dict.fromkeys(numbers)),
            ),
        )
        for label, numbers in flows_of.items()
    ]
    if result.not_estimated:
        missing.append(words("headline_missing_other"))
    return words("headline_partial", total=total, missing="; ".join(missing))


def _euros(amount: Decimal) -> int:
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))


class _Words:
    """The ``budget`` texts of one language, with amounts and numbers written for it."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.texts = load_texts(language)

    def __call__(self, key: str, **values: object) -> str:
        return self.texts.budget[key].format(**values)

    def count(self, key: str, n: int) -> str:
        return self.texts.count(key, n)

    def eur(self, amount: int) -> str:
        return format_eur(amount, self.language)

    def eur_range(self, low: int, high: int) -> str:
        return self.eur(low) if low == high else f"{self.eur(low)}–{self.eur(high)}"

    def number(self, value: float) -> str:
        return format_number(value, self.language, 0 if float(value).is_integer() else 1)

    def km(self, value: float) -> str:
        return format_number(value, self.language)

    def unverified(self, verified: bool) -> str:
        return "" if verified else f" {self('unverified')}"

    def label(self, category: Category) -> str:
        return self(f"category_{category}")

    def band(self, band: TravelBand) -> str:
        return band.label_in(self.language)

    def mode(self, green: bool) -> str:
        return self("mode_green") if green else self("mode_ordinary")


class _Context:
    def __init__(
        self,
        plan: BudgetPlan,
        data: BudgetData,
        catalogue: Catalogue,
        cities: CityTable,
        countries: CountryTable,
        words: _Words,
    ) -> None:
        self.plan, self.data, self.cities, self.countries = plan, data, cities, countries
        self.words = words
        if plan.action not in data.actions:
            raise BudgetError(
                PlanProblem(
                    ("action",),
                    words(
                        "error_action_not_estimated",
                        action=plan.action,
                        estimated=", ".join(data.actions),
                    ),
                )
            )
        try:
            self.action = catalogue.action(plan.action)
        except KeyError as exc:
            raise BudgetError(
                PlanProblem(
                    ("action",),
                    words("error_action_not_in_catalogue", action=plan.action, year=plan.call_year),
                )
            ) from exc
        self.activities = {a.id: a for a in self.action.activities}

    def country_name(self, code: str) -> str:
        country = self.countries.get(code)
        return country.name if country else code

    def city(self, index: int, field: str, name: str) -> City:
        city = self.cities.find(name)
        if city is None:
            hint = self.cities.suggestions(name)
            language = self.words.language
            more = (
                self.words(
                    "error_did_you_mean",
                    names=", ".join(
                        c.display_name(language) for h in hint if (c := self.cities.find(h))
                    ),
                )
                if hint
                else ""
            )
            raise BudgetError(
                PlanProblem(
                    ("flows", index, field),
                    self.words(
                        "error_unknown_city",
                        name=clip_text(name),
                        count=self.words.number(len(self.cities.cities)),
                        min=self.words.number(self.cities.min_population),
                        more=more,
                    ),
                )
            )
        return city

    def matched(self, typed: str, city: City) -> list[str]:
        """A note when ``typed`` names more than one city of the programme countries."""
        others = [
            c for c in self.cities.matches(typed) if c != city and self.cities.in_programme(c)
        ]
        if not others:
            return []
        language = self.words.language
        return [
            self.words(
                "city_matched",
                typed=localise(clip_text(typed.strip()), language),
                city=city.display_name(language),
                country=self.country_name(city.country),
                other_country=self.country_name(others[0].country),
                other=others[0].country,
            )
        ]

    def activity(self, index: int, activity_id: str) -> Activity:
        try:
            return self.activities[activity_id]
        except KeyError:
            known = ", ".join(self.activities)
            raise BudgetError(
                PlanProblem(
                    ("flows", index, "activity"),
                    self.words(
                        "error_unknown_activity",
                        activity=clip_text(activity_id),
                        action=self.action.code,
                        known=known,
                    ),
                )
            ) from None


def _travel_line(
    n: int, flow: Flow, band: TravelBand | None, route: str, data: BudgetData, words: _Words
) -> BudgetLine:
    common: dict[str, Any] = {
        "flow": n,
        "category": "travel",
        "label": words.label("travel"),
        "verified": data.travel.verified,
        "sources": [*data.travel.sources, *data.distance.sources],
        "note": data.travel.note,
    }
    if band is None:
        first = data.travel.bands[0].min_km
        return BudgetLine(
            **common,
            estimated=False,
            reason=words("travel_under_table", route=route, first=words.km(first)),
        )
    unit = band.green_eur if flow.green_travel else band.standard_eur
    amount = flow.participants * unit
    return BudgetLine(
        **common,
        estimated=True,
        low_eur=amount,
        high_eur=amount,
        formula=words(
            "travel_formula",
            people=words.count("people", flow.participants),
            unit=words.eur(unit),
            band=words.band(band),
            route=route,
            mode=words.mode(flow.green_travel),
        ),
    )


def _support_for(rate: int, days: int, reduction: Reduction) -> Decimal:
    full = min(days, reduction.from_day - 1)
    reduced = max(0, days - full)
    return Decimal(rate) * full + Decimal(rate) * reduced * Decimal(reduction.percent) / 100


def _individual_line(
    n: int, flow: Flow, kind: ParticipantKind, destination: str, ctx: _Context
) -> BudgetLine:
    data, words = ctx.data, ctx.words
    table = data.individual_support[kind]
    common: dict[str, Any] = {
        "flow": n,
        "category": "individual_support",
        "label": words.label("individual_support"),
    }
    if table.rates is None:
        return BudgetLine(
            **common,
            estimated=False,
            reason=table.not_found,
            verified=table.verified,
            sources=table.sources,
            note=table.note,
        )
    found = [(g, g.group_of(destination)) for g in data.country_groups]
    groups = {group for _, group in found if group is not None and group in table.rates}
    country = ctx.country_name(destination)
    if not groups:
        return BudgetLine(
            **common,
            estimated=False,
            reason=words("group_not_in_data", country=country),
            verified=False,
            sources=table.sources,
        )
    if len({group for _, group in found}) == 1:
        group_text = words("group_single", country=country, group=next(iter(groups)))
    else:
        group_text = words(
            "group_several",
            country=country,
            groups=", ".join(
                words("group_in", group=group, grouping=grouping.short_name)
                for grouping, group in found
                if group is not None
            ),
        )
    low_rate = min(table.rates[g].low for g in groups)
    high_rate = max(table.rates[g].high for g in groups)
    max_travel = data.travel_days.green_max if flow.green_travel else data.travel_days.standard_max
    if flow.travel_days is None:
        low_days, high_days = flow.days, flow.days + max_travel
        days_text = words(
            "days_up_to", low=low_days, high=high_days, days=flow.days, travel=max_travel
        )
    else:
        low_days = high_days = flow.days + flow.travel_days
        days_text = words("days_fixed", total=low_days, days=flow.days, travel=flow.travel_days)
    reduction = data.reduction
    low = _euros(flow.participants * _support_for(low_rate, low_days, reduction))
    high = _euros(flow.participants * _support_for(high_rate, high_days, reduction))
    formula = words(
        "support_formula",
        people=words.count("people", flow.participants),
        days=days_text,
        rate=words.eur_range(low_rate, high_rate),
        groups=group_text,
    )
    sources = [*table.sources, *data.travel_days.sources]
    for grouping, _ in found:
        sources.extend(grouping.sources)
    verified = table.verified and all(g.verified for g, _ in found)
    if high_days >= reduction.from_day:
        formula += words(
            "reduction", day=reduction.from_day, percent=reduction.percent
        ) + words.unverified(reduction.verified)
        sources.extend(reduction.sources)
        verified = verified and reduction.verified
    return BudgetLine(
        **common,
        estimated=True,
        low_eur=low,
        high_eur=high,
        formula=formula,
        verified=verified,
        sources=list(dict.fromkeys(sources)),
        note=table.note,
    )


def _per_participant_line(
    n: int,
    category: Category,
    count: int,
    kind: ParticipantKind,
    rule: PerParticipant,
    what: str,
    words: _Words,
) -> BudgetLine | None:
    """A line of ``count`` × the amount per participant; ``what`` is the count's text key."""
    if count == 0:
        return None
    common: dict[str, Any] = {
        "flow": n,
        "category": category,
        "label": words.label(category),
        "verified": rule.verified,
        "sources": rule.sources,
        "note": rule.note,
    }
    if kind not in rule.kinds:
        return BudgetLine(**common, estimated=False, reason=words("amount_not_in_data"))
    amount = count * rule.per_participant_eur
    return BudgetLine(
        **common,
        estimated=True,
        low_eur=amount,
        high_eur=amount,
        formula=words(
            "per_participant_formula",
            count=words.count(what, count),
            amount=words.eur(rule.per_participant_eur),
        ),
    )


def _course_fee_line(n: int, flow: Flow, fees: CourseFees, words: _Words) -> BudgetLine | None:
    if flow.activity not in fees.activities:
        return None
    days = min(flow.days, fees.max_days)
    amount = flow.participants * days * fees.per_day_eur
    cap = words("course_cap", max=fees.max_days) if flow.days > fees.max_days else ""
    return BudgetLine(
        flow=n,
        category="course_fees",
        label=words.label("course_fees"),
        estimated=True,
        low_eur=amount,
        high_eur=amount,
        formula=words(
            "course_formula",
            people=words.count("people", flow.participants),
            days=words.count("days", days),
            rate=words.eur(fees.per_day_eur),
            cap=cap,
        ),
        verified=fees.verified,
        sources=fees.sources,
        note=fees.note,
    )


def _flow_warnings(flow: Flow, activity: Activity, km: float, ctx: _Context) -> list[str]:
    words = ctx.words
    warnings = []
    low, high = activity.min_days, activity.max_days
    if (low is not None and flow.days < low) or (high is not None and flow.days > high):
        span = f"{low}–{high}" if low and high else str(low or high)
        warnings.append(
            words("warning_duration", days=flow.days, span=span, activity=activity.name)
            + ("" if activity.verified else f" {words('warning_duration_unconfirmed')}")
        )
    margin = ctx.data.distance.edge_warning_km
    for edge in ctx.data.travel.edges():
        if abs(km - edge) < margin:
            url = ctx.data.sources[ctx.data.distance.sources[0]].url
            warnings.append(
                words(
                    "warning_band_edge",
                    km=words.km(km),
                    margin=words.number(margin),
                    edge=words.km(edge),
                    url=url,
                )
            )
    return warnings


def estimate(
    plan: BudgetPlan,
    *,
    catalogue: Catalogue | None = None,
    data: BudgetData | None = None,
    cities: CityTable | None = None,
    countries: CountryTable | None = None,
    language: str = "en",
) -> BudgetEstimate:
    """Estimate a KA1 plan; raise BudgetError naming the field for unknown values.

    Every label, formula, warning, reason and error is in ``language``; so are the activity
    names, country names, data notes and Serbian city names loaded here (a ``catalogue``,
    ``data``, ``countries`` passed in are used as they are: pass them in ``language``).
    """
    words = _Words(language)
    try:
        data = data or load_budget_data(plan.call_year, language)
        catalogue = catalogue or load_catalogue(plan.call_year, language)
    except DataError as exc:
        years = ", ".join(str(y) for y in available_call_years()) or words("error_no_years")
        raise BudgetError(
            PlanProblem(
                ("call_year",), words("error_no_unit_costs", year=plan.call_year, years=years)
            )
        ) from exc
    if data.call_year != plan.call_year:
        raise BudgetError(
            PlanProblem(
                ("call_year",),
                words("error_year_mismatch", plan_year=plan.call_year, data_year=data.call_year),
            )
        )
    ctx = _Context(
        plan,
        data,
        catalogue,
        cities or load_cities(),
        countries or load_countries(language),
        words,
    )
    flows: list[FlowResult] = []
    lines: list[BudgetLine] = []
    for index, flow in enumerate(plan.flows):
        n = index + 1
        activity = ctx.activity(index, flow.activity)
        origin = ctx.city(index, "from_city", flow.from_city)
        target = ctx.city(index, "to_city", flow.to_city)
        max_travel = (
            data.travel_days.green_max if flow.green_travel else data.travel_days.standard_max
        )
        if flow.travel_days is not None and flow.travel_days > max_travel:
            raise BudgetError(
                PlanProblem(
                    ("flows", index, "travel_days"),
                    words("error_travel_days", max=max_travel, mode=words.mode(flow.green_travel)),
                )
            )
        kind = data.participant_kinds.get(activity.id, "other")
        km = city_distance_km(origin, target, data.distance.earth_radius_km)
        band = data.travel.band_for(km)
        origin_name, target_name = origin.display_name(language), target.display_name(language)
        route = words("route", origin=origin_name, destination=target_name, km=words.km(km))
        flows.append(
            FlowResult(
                flow=n,
                label=flow.label,
                activity=activity.id,
                activity_name=activity.name,
                participant_kind=kind,
                participants=flow.participants,
                days=flow.days,
                from_city=origin_name,
                from_country=origin.country,
                to_city=target_name,
                to_country=target.country,
                distance_km=round(km, 1),
                band=words.band(band) if band else None,
                green_travel=flow.green_travel,
                warnings=ctx.matched(flow.from_city, origin)
                + ctx.matched(flow.to_city, target)
                + _flow_warnings(flow, activity, km, ctx),
            )
        )
        flow_lines = [
            _travel_line(n, flow, band, route, data, words),
            _individual_line(n, flow, kind, target.country, ctx),
            _per_participant_line(
                n,
                "organisational_support",
                flow.participants,
                kind,
                data.organisational_support,
                "people",
                words,
            ),
            _course_fee_line(n, flow, data.course_fees, words),
            _per_participant_line(
                n,
                "inclusion_support",
                flow.fewer_opportunities,
                kind,
                data.inclusion_support,
                "fewer",
                words,
            ),
        ]
        lines.extend(line for line in flow_lines if line is not None)
    source = ctx.cities.source
    result = BudgetEstimate(
        call_year=plan.call_year,
        action=plan.action,
        name=plan.name,
        language=language,
        flows=flows,
        lines=lines,
        low_total_eur=sum(line.low_eur or 0 for line in lines if line.estimated),
        high_total_eur=sum(line.high_eur or 0 for line in lines if line.estimated),
        warnings=_plan_warnings(plan, ctx.action, words),
        not_estimated=list(data.not_estimated),
        final_amounts_note=data.final_amounts_note,
        sources=data.sources,
        city_source=words(
            "city_source", title=source.title, url=source.url, licence=source.licence
        ),
    )
    result.headline = _headline(result, words)
    return result


# --- the flows of a plan being typed ---------------------------------------------------------

FLOW_PLACES = ("from_city", "to_city")


@dataclass(frozen=True)
class FlowProblem:
    """Why one flow of a plan being typed is left out of its estimate.

    ``row`` is the flow's position among the rows given; ``fields`` the fields of the flow
    the problem is about (none: the flow as a whole). With ``missing`` the fields are still
    empty (nothing is wrong yet, the flow waits for them) and there is no ``message``;
    otherwise ``message`` is the model's words, without the location.
    """

    row: int
    fields: tuple[str, ...] = ()
    message: str = ""
    missing: bool = False


@dataclass(frozen=True)
class FlowsEstimate:
    """The estimate of the flows that can be estimated, and why the others are left out.

    ``rows`` gives the row of each flow of the estimate, in order (flow 1 is row
    ``rows[0]``); ``plan_problems`` are problems of the plan as a whole, when there is no
    estimate because of them.
    """

    estimate: BudgetEstimate | None
    rows: tuple[int, ...] = ()
    problems: tuple[FlowProblem, ...] = ()
    plan_problems: tuple[str, ...] = ()

    def problems_by_row(self) -> dict[int, list[FlowProblem]]:
        found: dict[int, list[FlowProblem]] = {}
        for problem in self.problems:
            found.setdefault(problem.row, []).append(problem)
        return found


def _flow_problem(row: int, field: str | int | None, message: str) -> FlowProblem:
    return FlowProblem(row, (field,) if isinstance(field, str) else (), message)


def check_flows(
    rows: Sequence[Mapping[str, Any]],
) -> tuple[list[tuple[int, Flow]], list[FlowProblem]]:
    """The rows that are valid flows, each with its row; the problems of the others.

    A row without its cities waits for them (a ``missing`` problem); any other row is checked
    as a :class:`Flow`, each of its problems at its field.
    """
    usable: list[tuple[int, Flow]] = []
    problems: list[FlowProblem] = []
    for row, values in enumerate(rows):
        missing = tuple(field for field in FLOW_PLACES if not values.get(field))
        if missing:
            problems.append(FlowProblem(row, missing, missing=True))
            continue
        try:
            usable.append((row, Flow.model_validate(values)))
        except ValidationError as exc:
            problems.extend(
                _flow_problem(row, p.location[0] if p.location else None, p.message)
                for p in validation_problems(exc)
            )
    return usable, problems


def estimate_flows(
    rows: Sequence[Mapping[str, Any]],
    *,
    call_year: int,
    action: str,
    name: str | None = None,
    catalogue: Catalogue | None = None,
    language: str = "en",
) -> FlowsEstimate:
    """Estimate the rows that are flows the estimate can use; say why each other is left out.

    A flow the estimate rejects (an unknown city or activity, too many travel days) is left
    out with the estimate's message, and the others are estimated without it; a problem of
    the plan as a whole (no unit costs for the year, an action not estimated) leaves no
    estimate. Pass ``catalogue`` in ``language``, as for :func:`estimate`.
    """
    usable, problems = check_flows(rows)
    plan_problems: list[str] = []
    result: BudgetEstimate | None = None
    while usable:
        data = {
            "call_year": call_year,
            "action": action,
            "name": name,
            "flows": [flow.model_dump() for _, flow in usable],
        }
        try:
            result = estimate(
                BudgetPlan.model_validate(data), catalogue=catalogue, language=language
            )
            break
        except ValidationError as exc:
            plan_problems.append(describe_validation_error(exc))
            break
        except BudgetError as exc:
            located = next(
                (p for p in exc.problems if p.flow is not None and p.flow < len(usable)), None
            )
            if located is None or located.flow is None:
                plan_problems.append(str(exc))
                break
            row, _flow = usable.pop(located.flow)
            problems.append(_flow_problem(row, located.field, located.message))
    problems.sort(key=lambda problem: problem.row)
    return FlowsEstimate(
        estimate=result,
        rows=tuple(row for row, _ in usable) if result is not None else (),
        problems=tuple(problems),
        plan_problems=tuple(plan_problems),
    )


def _plan_warnings(plan: BudgetPlan, action: Action, words: _Words) -> list[str]:
    total = sum(flow.participants for flow in plan.flows)
    warnings = []
    for criterion in action.criteria:
        if isinstance(criterion, MaxParticipantsCriterion) and total > criterion.max:
            warnings.append(
                words(
                    "warning_max_participants", action=action.code, max=criterion.max, total=total
                )
                + ("" if criterion.verified else f" {words('warning_limit_unconfirmed')}")
            )
    return warnings


def estimate_json(result: BudgetEstimate) -> dict[str, Any]:
    return result.model_dump(mode="json")


def estimate_text(result: BudgetEstimate, *, language: str | None = None) -> str:
    """The estimate as plain text; its lines are in the language of :func:`estimate`, so
    ``language`` (the headings and amounts) is best left to default to that one."""
    words = _Words(language or result.language)
    total_people = sum(f.participants for f in result.flows)
    title = words("text_title", action=result.action, year=result.call_year)
    if result.name:
        title += f": {result.name}"
    lines = [
        title,
        words(
            "text_summary",
            flows=words.count("flows", len(result.flows)),
            people=words.count("people", total_people),
            note=result.final_amounts_note,
        ),
        "",
    ]
    for flow in result.flows:
        head = f"{flow.flow}. {flow.label + ' – ' if flow.label else ''}{flow.activity_name}"
        lines.append(
            words(
                "text_flow",
                head=head,
                people=words.count("people", flow.participants),
                days=words.count("days", flow.days),
                origin=flow.from_city,
                origin_country=flow.from_country,
                destination=flow.to_city,
                destination_country=flow.to_country,
                km=words.km(flow.distance_km),
                mode=words.mode(flow.green_travel),
            )
        )
        lines.extend(f"   ! {warning}" for warning in flow.warnings)
        for line in result.lines:
            if line.flow != flow.flow:
                continue
            flag = words.unverified(line.verified)
            if line.estimated and line.low_eur is not None and line.high_eur is not None:
                lines.append(
                    f"   {line.label}: {words.eur_range(line.low_eur, line.high_eur)}{flag}"
                )
                lines.append(f"      {line.formula}")
            else:
                lines.append(f"   {words('text_not_estimated_line', label=line.label)}")
                lines.append(f"      {line.reason}")
        lines.append("")
    lines.append(result.headline)
    lines.extend(f"! {warning}" for warning in result.warnings)
    missing = result.missing_lines()
    if missing or result.not_estimated:
        lines.append(words("text_not_estimated_heading"))
        lines.extend(
            " - "
            + words("text_missing_item", n=line.flow, label=line.label.lower(), reason=line.reason)
            for line in missing
        )
        lines.extend(f" - {text}" for text in result.not_estimated)
    lines.append("")
    lines.append(words("text_sources_heading"))
    cited = dict.fromkeys(s for line in result.lines for s in line.sources)
    for source_id in cited:
        source = result.sources[source_id]
        lines.append(f" - {source.title} ({source.guide_year}): {source.url}")
    lines.append(result.city_source)
    lines.append("")
    return "\n".join(lines)


# --- lump sums ------------------------------------------------------------------------------


class LumpSumOption(Model):
    amount_eur: int
    up_to: bool = Field(description="True: a maximum, the amount is set from your plan")
    label: str
    fits: str
    funding_rate_percent: int | None = None
    verified: bool
    sources: list[str]
    note: str | None = None


def lump_sum_options(action: Action, *, language: str = "en") -> list[LumpSumOption]:
    """The lump-sum options of an action and what size of work plan each usually fits.

    ``label`` is written for ``language``; the texts (``fits``, ``note``) are the action's,
    so pass an action of the catalogue in ``language``. Raise ValueError for actions that
    are not funded by a lump sum (KA1 mobility uses unit costs: see :func:`estimate`).
    """
    words = _Words(language)
    grant = action.grant.value
    if grant.model != "lump_sum":
        raise ValueError(words("error_not_lump_sum", action=action.code, model=grant.model))
    common: dict[str, Any] = {
        "funding_rate_percent": grant.funding_rate_percent,
        "verified": action.grant.verified,
        "sources": action.grant.sources,
        "note": action.grant.note,
    }
    fits = {fit.amount_eur: fit.fits for fit in action.grant_fits}
    if grant.options_eur:
        return [
            LumpSumOption(
                **common,
                amount_eur=amount,
                up_to=False,
                label=words.eur(amount),
                fits=fits.get(amount, grant.text),
            )
            for amount in grant.options_eur
        ]
    if grant.max_eur is None:
        raise ValueError(words("error_no_lump_sum", action=action.code))
    return [
        LumpSumOption(
            **common,
            amount_eur=grant.max_eur,
            up_to=True,
            label=words("lump_sum_up_to", amount=words.eur(grant.max_eur)),
            fits=fits.get(grant.max_eur, grant.text),
        )
    ]
