"""Countries and their Erasmus+ status (EU, associated third country, or not associated)."""

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


class Country(Strict):
    code: str = Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2; XK for Kosovo")
    name: str
    status: CountryStatus
    region: int | None = Field(
        default=None, description="Guide region, for non-associated countries"
    )
    time_zone: str = Field(description="IANA zone of the capital, for local deadline times")


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
        return self

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
