"""User-facing words for the vocabularies and the criterion explanations.

Kept as data (``resources/texts/<lang>.json``) so the model and both front doors show the
same words, and a language is a file (``en.json``, ``sr-Latn.json``; Serbian Cyrillic is
made from ``sr-Latn.json`` at load, see :func:`vetguide.model.resources.load_texts`). Every
file has the same keys and, per text, the same ``{placeholders}``.
"""

from __future__ import annotations

from pydantic import Field

from vetguide.model.catalogue import Strict
from vetguide.model.formatting import format_number, plural_category
from vetguide.model.vocab import (
    CountryStatus,
    Experience,
    Family,
    Goal,
    OrganisationType,
    Outcome,
    SubmitTo,
    Verdict,
)


def plural_form(n: int, language: str) -> str:
    """``one``, ``few`` or ``other``: the CLDR plural category (see
    :func:`~vetguide.model.formatting.plural_category`)."""
    return plural_category(n, language)


class Labelled(Strict):
    label: str
    help: str = ""


class GoalText(Labelled):
    group: str


class CriterionText(Strict):
    """Templates for one criterion kind. Placeholders are filled by the recommender."""

    label: str
    labels: dict[str, str] = Field(
        default_factory=dict,
        description="criterion id -> its own label, where one action has two criteria of "
        "this kind (CB-VET's two partnership minimums)",
    )
    met: str
    not_met: str
    unknown: str = ""
    fix: str = ""


class Texts(Strict):
    language: str
    organisation_types: dict[OrganisationType, Labelled]
    goals: dict[Goal, GoalText]
    goal_groups: dict[str, str] = Field(description="group id -> heading")
    experience: dict[Experience, Labelled]
    families: dict[Family, Labelled]
    submit_to: dict[SubmitTo, str]
    country_status: dict[CountryStatus, str]
    country_status_plural: dict[CountryStatus, str]
    verdicts: dict[Verdict, Labelled]
    outcomes: dict[Outcome, str]
    criteria: dict[str, CriterionText]
    phrases: dict[str, str] = Field(description="Other sentences the recommender builds")
    report: dict[str, str] = Field(
        description="Headings, labels and sentences of the text views (model/present.py)"
    )
    memo: dict[str, str] = Field(
        description="Headings, labels and sentences of the PDF decision memo (report/html.py)"
    )
    packs: dict[str, str] = Field(
        description="Why a data pack is refused (model/packs.py PackError keys)"
    )
    budget: dict[str, str] = Field(
        description="Labels, formulas, warnings, reasons and errors of the budget estimate "
        "(model/budget.py); a count has ``_one``, ``_few`` and ``_other`` forms"
    )

    def phrase(self, key: str, **values: object) -> str:
        return self.phrases[key].format(**values)

    def count(self, key: str, n: int) -> str:
        """``{n} participants`` etc. from the ``budget`` forms ``<key>_one/_few/_other``
        (without ``_few``, ``_other`` serves)."""
        form = plural_form(n, self.language)
        text = self.budget.get(f"{key}_{form}") or self.budget[f"{key}_other"]
        return text.format(n=format_number(n, self.language))

    def phrase_count(self, key: str, n: int, **values: object) -> str:
        """A recommender sentence with a count, from its ``<key>_one/_few/_other`` forms."""
        form = plural_form(n, self.language)
        text = self.phrases.get(f"{key}_{form}") or self.phrases[f"{key}_other"]
        return text.format(n=format_number(n, self.language), **values)

    def counted(self, key: str, n: int, **values: object) -> str:
        """A ``report`` sentence with a count, from its ``<key>_one/_few/_other`` forms
        (CLDR plural category of ``n``; without ``_few``, ``_other`` serves)."""
        form = plural_form(n, self.language)
        text = self.report.get(f"{key}_{form}") or self.report[f"{key}_other"]
        return text.format(n=format_number(n, self.language), **values)

    def say(self, key: str, **values: object) -> str:
        """One sentence or label of the ``report`` section, placeholders filled."""
        return self.report[key].format(**values)
