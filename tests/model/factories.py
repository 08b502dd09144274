"""Small catalogues built in tests, so each criterion kind can be checked in isolation."""

from __future__ import annotations

from typing import Any

from vetguide.model.catalogue import Action, Catalogue
from vetguide.model.profile import InstitutionProfile

SOURCE = {
    "s": {
        "url": "https://example.org/guide",
        "title": "Guide",
        "kind": "official",
        "guide_year": "2026",
    }
}


def fact(value: Any) -> dict[str, Any]:
    return {"value": value, "sources": ["s"], "verified": True}


def criterion(
    kind: str, *, id: str | None = None, hard: bool = True, role: str = "applicant", **params: Any
) -> dict[str, Any]:
    return {
        "id": id or kind,
        "kind": kind,
        "role": role,
        "hard": hard,
        "sources": ["s"],
        "verified": True,
        **params,
    }


def action(
    code: str = "TEST-1", *, criteria: list[dict[str, Any]], partner: bool = True, **extra: Any
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "code": code,
        "family": "partnerships",
        "title": f"Test action {code}",
        "summary": "For tests.",
        "goals": ["develop_practices", "digital"],
        "submit_to": fact("national_agency"),
        "applicant": {"name": "applicant", "who": fact("Anyone")},
        "partner": {"name": "partner", "who": fact("Anyone")} if partner else None,
        "duration": fact({"min_months": 6, "max_months": 24, "text": "6 to 24 months"}),
        "grant": fact(
            {"model": "lump_sum", "options_eur": [30000, 60000], "text": "€30,000 or €60,000"}
        ),
        "deadlines": [
            {"call_year": 2026, "at": "2026-03-05T12:00:00", "sources": ["s"], "verified": True}
        ],
        "criteria": criteria,
        "links": ["s"],
    }
    data.update(extra)
    return data


def catalogue(*actions: dict[str, Any]) -> Catalogue:
    return Catalogue.model_validate(
        {
            "schema_version": 1,
            "call_year": 2026,
            "data_as_of": "2026-11-01",
            "guide_note": "The English Programme Guide prevails.",
            "sources": SOURCE,
            "actions": list(actions),
        }
    )


def one(criteria: list[dict[str, Any]], **extra: Any) -> Action:
    return catalogue(action(criteria=criteria, **extra)).actions[0]


def profile(**fields: Any) -> InstitutionProfile:
    base: dict[str, Any] = {"organisation_type": "vet_provider", "country": "RS"}
    base.update(fields)
    return InstitutionProfile.model_validate(base)
