"""A mobility budget plan as the user writes it: the flows of participants (who goes where,
for how long). Kept apart from :mod:`vetguide.model.budget` (the unit costs and the estimate)
so that a shortlist, which may carry a plan, does not load the estimate's rules and tables.
"""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict, Field, model_validator

from vetguide.model.base import Model

BUDGET_PLAN_SCHEMA_VERSION: Literal[1] = 1


class _PlanModel(Model):
    model_config = ConfigDict(extra="forbid")


class Flow(_PlanModel):
    """One group of participants doing the same activity between the same two places."""

    activity: str = Field(description="Activity id from the catalogue's KA1 activities")
    participants: int = Field(ge=1, le=1000)
    days: int = Field(ge=1, le=365, description="Days of activity, without travel days")
    from_city: str = Field(min_length=1)
    to_city: str = Field(min_length=1)
    green_travel: bool = False
    travel_days: int | None = Field(
        default=None,
        ge=0,
        description="Travel days to add to individual support; empty: 0 up to the maximum",
    )
    fewer_opportunities: int = Field(
        default=0, ge=0, description="Participants with fewer opportunities (inclusion support)"
    )
    label: str | None = Field(default=None, max_length=200)

    @model_validator(mode="after")
    def _within(self) -> Flow:
        if self.fewer_opportunities > self.participants:
            raise ValueError("fewer_opportunities cannot exceed participants")
        return self


class BudgetPlan(_PlanModel):
    schema_version: Literal[1] = BUDGET_PLAN_SCHEMA_VERSION
    call_year: int = Field(ge=2021, le=2100)
    action: str = Field(default="KA122-VET", pattern=r"^[A-Z0-9-]{2,60}$")
    name: str | None = Field(default=None, max_length=200)
    flows: list[Flow] = Field(min_length=1, max_length=500)
