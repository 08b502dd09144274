"""User-facing words for the vocabularies and the criterion explanations.

Kept as data (``resources/texts/<lang>.json``) so the model and both front doors show the
same words, and a language is a file (``en.json``, ``sr-Latn.json``; Serbian Cyrillic is
made from ``sr-Latn.json`` at load, see :func:`vetguide.model.resources.load_texts`). Every
file has the same keys and, per text, the same ``{placeholders}``.
"""

from __future__ import annotations

from pydantic import Field

from vetguide.model.catalogue import Strict
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


class Labelled(Strict):
    label: str
    help: str = ""


class GoalText(Labelled):
    group: str


class CriterionText(Strict):
    """Templates for one criterion kind. Placeholders are filled by the recommender."""

    label: str
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

    def phrase(self, key: str, **values: object) -> str:
        return self.phrases[key].format(**values)

    def say(self, key: str, **values: object) -> str:
        """One sentence or label of the ``report`` section, placeholders filled."""
        return self.report[key].format(**values)
