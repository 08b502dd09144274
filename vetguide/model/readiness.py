"""Readiness back-planning: the steps before an application, laid back from its deadline.

The steps (EU Login, OID or PIC, partners and their mandates, internal approval, ...) and
their usual lead times are data (``resources/readiness.json``). Whether a step is required is
sourced and carries a verified flag; the lead times are our guidance unless a source states
them, and every to-do says so.

The texts are written in English, with a translation per source language listed in
``languages`` (``sr-Latn``); ``load_readiness("sr-Cyrl")`` makes Cyrillic from the Latin text
(see :mod:`vetguide.model.translit`). Source titles are names of official pages and stay as
they are.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator

from vetguide.model import data_cache
from vetguide.model.base import Model
from vetguide.model.catalogue import Action, Source, Strict
from vetguide.model.deadlines import DeadlineInfo
from vetguide.model.profile import InstitutionProfile
from vetguide.model.resources import (
    DEFAULT_LANGUAGE,
    Parts,
    check_language,
    current_call_year,
    pack_key,
    pack_parts,
    required_part,
    translate_part,
    validate,
)
from vetguide.model.vocab import Family, SubmitTo
from vetguide.paths import resource_path


class AppliesTo(Strict):
    """Which actions need a step; an empty list means no restriction."""

    submit_to: list[SubmitTo] = Field(default_factory=list)
    families: list[Family] = Field(default_factory=list)
    exclude_codes: list[str] = Field(default_factory=list)

    def matches(self, action: Action) -> bool:
        if self.submit_to and action.submit_to.value not in self.submit_to:
            return False
        if self.families and action.family not in self.families:
            return False
        return action.code not in self.exclude_codes


class StepText(Strict):
    """The words of a step in one language other than English."""

    title: str
    why: str
    note: str | None = None
    lead_time_note: str | None = None


ProfileFact = Literal["partners", "holds_vet_accreditation", "holds_eche", "previous_grants"]


def profile_has(profile: InstitutionProfile, fact: ProfileFact) -> bool:
    """Whether the organisation's answers state ``fact``."""
    if fact == "partners":
        return bool(profile.partners)
    if fact == "previous_grants":
        return profile.short_term_grants_previous_4_calls > 0
    return bool(getattr(profile, fact))


class Step(Strict):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    title: str
    why: str
    lead_days: int = Field(ge=0, description="Days before the deadline the step should be done")
    lead_days_by_family: dict[Family, int] = Field(default_factory=dict)
    applies_to: AppliesTo
    sources: list[str] = Field(default_factory=list)
    verified: bool = Field(description="Whether a source states that the step is required")
    note: str | None = None
    lead_time_verified: bool = Field(
        default=False, description="True only if a source states the lead time"
    )
    lead_time_note: str | None = None
    done_when: list[ProfileFact] = Field(
        default_factory=list,
        description="Answers of the profile that show the step is done (any one of them)",
    )

    def done_for(self, profile: InstitutionProfile | None) -> bool:
        return profile is not None and any(profile_has(profile, f) for f in self.done_when)

    @model_validator(mode="after")
    def _explained(self) -> Step:
        if self.verified and not self.sources:
            raise ValueError(f"step {self.id} is verified but cites no source")
        if not self.verified and not self.note:
            raise ValueError(f"step {self.id} is unverified and needs a note saying why")
        if self.lead_time_verified and not self.sources:
            raise ValueError(f"step {self.id}: a verified lead time needs a source")
        return self

    def lead_days_for(self, action: Action) -> int:
        return self.lead_days_by_family.get(action.family, self.lead_days)


class ReadinessData(Strict):
    schema_version: int = Field(ge=1, le=1)
    guidance_note: str
    sources: dict[str, Source]
    steps: list[Step] = Field(min_length=1)

    @model_validator(mode="after")
    def _references(self) -> ReadinessData:
        ids = [s.id for s in self.steps]
        if len(ids) != len(set(ids)):
            raise ValueError("a step id is listed twice")
        for step in self.steps:
            missing = set(step.sources) - self.sources.keys()
            if missing:
                raise ValueError(f"step {step.id} cites unknown sources: {sorted(missing)}")
        return self

    def steps_for(self, action: Action) -> list[Step]:
        return [step for step in self.steps if step.applies_to.matches(action)]


class ToDo(Model):
    due: date
    step_id: str
    step: str
    why: str
    done: bool = Field(default=False, description="The profile's answers show it is done")
    overdue: bool = Field(description="Not done and due before today")
    days_until_due: int = Field(description="Negative when overdue")
    lead_days: int
    guidance: bool = Field(description="True: the lead time is our guidance, not a rule")
    verified: bool = Field(description="Whether a source states that the step is required")
    sources: list[Source] = Field(default_factory=list)
    note: str | None = None


def readiness_path() -> Path:
    return resource_path("readiness.json")


def load_readiness(language: str = DEFAULT_LANGUAGE, call_year: int | None = None) -> ReadinessData:
    """The readiness steps of the selected call's data pack, words in ``language``; cached."""
    year = current_call_year() if call_year is None else call_year
    return _load_readiness(check_language(language), year, pack_key(year))


def readiness_from(parts: Parts, language: str) -> ReadinessData:
    raw, _ = translate_part(parts, "readiness", language)
    return validate(ReadinessData, raw, required_part(parts, "readiness.json")[1])


@cache
def _load_readiness(language: str, call_year: int, key: str) -> ReadinessData:
    # The readiness view is on the first screen: validated on the first load of this pack
    # only, then read from the user's cache folder (see vetguide.model.data_cache).
    return data_cache.cached(
        f"readiness-{call_year}-{language}",
        key,
        ReadinessData,
        lambda: readiness_from(pack_parts(call_year), language),
    )


def plan(
    action: Action,
    deadline_info: DeadlineInfo,
    today: date,
    data: ReadinessData | None = None,
    *,
    language: str = DEFAULT_LANGUAGE,
    profile: InstitutionProfile | None = None,
) -> list[ToDo]:
    """Dated to-dos for ``action`` before ``deadline_info``, earliest first.

    A step is due ``lead_days`` before the deadline's day (in the deadline's own time zone);
    it is overdue when that day is before ``today`` and it is not done. A step is done when
    ``profile`` answers one of its ``done_when`` facts (partners entered, accreditation held).
    The words come from ``data`` when given, else from the bundled steps in ``language``.
    """
    data = data or load_readiness(language)
    deadline_day = deadline_info.at.date()
    todos: list[ToDo] = []
    for step in data.steps_for(action):
        lead = step.lead_days_for(action)
        due = deadline_day - timedelta(days=lead)
        notes = [text for text in (step.note, step.lead_time_note) if text]
        done = step.done_for(profile)
        todos.append(
            ToDo(
                due=due,
                step_id=step.id,
                step=step.title,
                why=step.why,
                done=done,
                overdue=due < today and not done,
                days_until_due=(due - today).days,
                lead_days=lead,
                guidance=not step.lead_time_verified,
                verified=step.verified,
                sources=[data.sources[s] for s in step.sources],
                note=" ".join(notes) or None,
            )
        )
    return sorted(todos, key=lambda todo: todo.due)
