"""Which call's rules a verdict uses, found from the data files (no call year in the code).

- A call year with a catalogue file (``resources/catalogue/<year>.json``) has its own rules.
- The call after the newest file is *expected*: the guide already shows its expected
  deadlines, so it can evaluate it too, with the rules of the newest file plus the country
  status changes known for that year (``countries.json``), and says so.
- Any other year has no data: :func:`call_rules` raises :class:`CallYearError`.

Without a chosen year, the recommender evaluates each action against the call whose
deadline it shows (see :func:`vetguide.model.recommend.recommend`): on a day after every
deadline of the newest file, that is the expected next call.
"""

from __future__ import annotations

from vetguide.model.base import Model
from vetguide.model.resources import catalogue_years


class CallYearError(ValueError):
    """A call year the data does not cover; the message lists the years it does."""


class CallRules(Model):
    """The rules applied for one call year."""

    call_year: int
    catalogue_year: int  # the catalogue file the rules come from
    expected: bool  # True: no file for this call yet; rules of catalogue_year + country changes


def available_call_years() -> list[int]:
    """Call years the guide can evaluate: every catalogue file's year and the next (expected)."""
    years = catalogue_years()
    return [*years, years[-1] + 1]


def describe_years(years: list[int] | None = None) -> str:
    """'2026, 2027 (expected)'."""
    years = available_call_years() if years is None else years
    files = set(catalogue_years())
    return ", ".join(str(y) if y in files else f"{y} (expected)" for y in years)


def call_rules(call_year: int) -> CallRules:
    """The rules used for ``call_year``; :class:`CallYearError` if the data has none."""
    files = catalogue_years()
    if call_year in files:
        return CallRules(call_year=call_year, catalogue_year=call_year, expected=False)
    if call_year == files[-1] + 1:
        return CallRules(call_year=call_year, catalogue_year=files[-1], expected=True)
    raise CallYearError(
        f"there is no data for the {call_year} call; available call years: {describe_years()}"
    )


def rules_for_shown_call(call_year: int, catalogue_year: int) -> CallRules:
    """The rules used when the guide shows a deadline of ``call_year`` from the
    ``catalogue_year`` file: that file's rules, expected when the years differ."""
    return CallRules(
        call_year=call_year, catalogue_year=catalogue_year, expected=call_year != catalogue_year
    )
