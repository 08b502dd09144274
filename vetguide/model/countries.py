"""Countries and their Erasmus+ status (EU, associated third country, or not associated).

A country's ``status`` is its status in the oldest call the data covers. A status that
changes from a later call on is a :class:`StatusChange` in the country's ``changes`` list,
with its sources; ``status: null`` there means "not known yet" (an association that is
planned but not confirmed). :meth:`CountryTable.for_call_year` gives the table as it stands
for one call year: known changes applied, pending ones left as they were and listed in
:meth:`CountryTable.pending`, so the recommender can show them as a condition to check.
"""

from __future__ import annotations

from pydantic import Field, model_validator

from vetguide.model.catalogue import Strict
from vetguide.model.vocab import CountryStatus


class Region(Strict):
    number: int
    name: str
    sources: list[str] = Field(min_length=1)
    verified: bool
    note: str | None = None


class StatusChange(Strict):
    """The country's status from the call of ``call_year`` on."""

    call_year: int = Field(ge=2021, le=2100)
    status: CountryStatus | None = Field(description="None: not known yet (pending)")
    sources: list[str] = Field(min_length=1)
    verified: bool
    note: str = Field(description="What changes and on what it depends, in our own words")


class Country(Strict):
    code: str = Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2; XK for Kosovo")
    name: str
    status: CountryStatus
    region: int | None = Field(
        default=None, description="Guide region, for non-associated countries"
    )
    time_zone: str = Field(description="IANA zone of the capital, for local deadline times")
    changes: list[StatusChange] = Field(
        default_factory=list, description="Status changes of later calls, oldest first"
    )

    def change_for(self, call_year: int) -> StatusChange | None:
        """The newest change that applies to ``call_year``, if any."""
        found = [c for c in self.changes if c.call_year <= call_year]
        return max(found, key=lambda c: c.call_year) if found else None


class CountryTable(Strict):
    schema_version: int = Field(ge=1, le=1)
    sources: dict[str, str] = Field(description="id -> URL")
    regions: list[Region]
    countries: list[Country] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> CountryTable:
        codes = [c.code for c in self.countries]
        if len(codes) != len(set(codes)):
            raise ValueError("a country code is listed twice")
        numbers = {r.number for r in self.regions}
        for country in self.countries:
            if country.status is CountryStatus.NON_ASSOCIATED:
                if country.region is not None and country.region not in numbers:
                    raise ValueError(f"{country.code}: unknown region {country.region}")
            elif country.region is not None:
                raise ValueError(f"{country.code}: only non-associated countries have a region")
        for region in self.regions:
            missing = set(region.sources) - self.sources.keys()
            if missing:
                raise ValueError(f"region {region.number} cites unknown sources {sorted(missing)}")
        for country in self.countries:
            years = [c.call_year for c in country.changes]
            if years != sorted(set(years)):
                raise ValueError(f"{country.code}: changes must be in call-year order, once each")
            for change in country.changes:
                missing = set(change.sources) - self.sources.keys()
                if missing:
                    raise ValueError(f"{country.code} cites unknown sources {sorted(missing)}")
        return self

    def for_call_year(self, call_year: int) -> CountryTable:
        """The table as it stands for the call of ``call_year`` (see the module docstring)."""
        countries = []
        for country in self.countries:
            change = country.change_for(call_year)
            if change is not None and change.status is not None:
                region = country.region if change.status is CountryStatus.NON_ASSOCIATED else None
                country = country.model_copy(update={"status": change.status, "region": region})
            countries.append(country)
        return self.model_copy(update={"countries": countries})

    def pending(self, code: str, call_year: int) -> StatusChange | None:
        """The change of ``code`` for ``call_year`` when it is not confirmed (status unknown)."""
        country = self.get(code)
        change = country.change_for(call_year) if country is not None else None
        return change if change is not None and change.status is None else None

    def change(self, code: str, call_year: int) -> StatusChange | None:
        """The status change (known or pending) that applies to ``code`` in ``call_year``."""
        country = self.get(code)
        return country.change_for(call_year) if country is not None else None

    def get(self, code: str) -> Country | None:
        for country in self.countries:
            if country.code == code:
                return country
        return None

    def region(self, number: int) -> Region | None:
        for region in self.regions:
            if region.number == number:
                return region
        return None
