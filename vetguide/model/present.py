"""Plain data and plain text views of the model, for the command line and reports.

Formatting only: every value comes from the catalogue or from the recommender.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from vetguide.model.catalogue import Action, Catalogue
from vetguide.model.deadlines import DeadlineInfo, DeadlineStatus, deadline_info, next_deadline
from vetguide.model.recommend import CriterionResult, Recommendations
from vetguide.model.resources import load_texts
from vetguide.model.texts import Texts
from vetguide.model.vocab import Outcome

MARK = {Outcome.MET: "[x]", Outcome.NOT_MET: "[ ]", Outcome.UNKNOWN: "[?]"}
UNVERIFIED = "(unverified)"


def format_eur(amount: int) -> str:
    return f"€{amount:,}"


def format_deadline(info: DeadlineInfo) -> str:
    text = f"{info.at:%d %b %Y, %H:%M} {info.at.tzname()} ({info.time_zone})"
    if info.status is DeadlineStatus.OPEN:
        text += f", open, {info.days_left} days left"
    elif info.status is DeadlineStatus.CLOSED:
        text += ", closed"
    else:
        text += f", expected from the previous pattern, not announced ({info.days_left} days away)"
    if info.optional:
        text += ", only if your national agency opens this round"
    if not info.verified and info.status is not DeadlineStatus.EXPECTED:
        text += f" {UNVERIFIED}"
    return text


def _deadline_json(info: DeadlineInfo | None) -> dict[str, Any] | None:
    if info is None:
        return None
    return {
        "call_year": info.call_year,
        "round": info.round,
        "at": info.at.isoformat(),
        "time_zone": info.time_zone,
        "status": info.status.value,
        "days_left": info.days_left,
        "optional": info.optional,
        "verified": info.verified,
    }


def _criterion_json(c: CriterionResult) -> dict[str, Any]:
    met = {Outcome.MET: True, Outcome.NOT_MET: False, Outcome.UNKNOWN: None}[c.outcome]
    return {
        "id": c.id,
        "label": c.label,
        "met": met,
        "hard": c.hard,
        "explanation": c.explanation,
        "fix": c.fix,
        "verified": c.verified,
    }


def recommendations_json(result: Recommendations, catalogue: Catalogue) -> dict[str, Any]:
    return {
        "catalogue": {
            "call_year": catalogue.call_year,
            "data_as_of": catalogue.data_as_of.isoformat(),
        },
        "today": result.today.isoformat(),
        "recommendations": [
            {
                "code": r.code,
                "title": r.title,
                "family": r.family.value,
                "verdict": r.verdict.value,
                "partner_verdict": r.partner_verdict.value,
                "fit": r.fit,
                "reasons": r.reasons,
                "criteria": [_criterion_json(c) for c in r.criteria],
                "partner_criteria": [_criterion_json(c) for c in r.partner_criteria],
                "submit_to": r.submit_to.value,
                "deadline": _deadline_json(r.deadline),
            }
            for r in result.actions
        ],
        "mobility": result.mobility.model_dump(mode="json") if result.mobility else None,
        "partnership": (
            {
                "code": result.partnership.code,
                "lump_sum_eur": result.partnership.lump_sum_eur,
                "reasons": result.partnership.reasons,
            }
            if result.partnership
            else None
        ),
        "cove_clusters": [c.model_dump(mode="json") for c in result.cove_clusters],
    }


def _criteria_lines(items: list[CriterionResult], indent: str) -> list[str]:
    lines = []
    for c in items:
        flag = "" if c.verified else f" {UNVERIFIED}"
        lines.append(f"{indent}{MARK[c.outcome]} {c.label}: {c.explanation}{flag}")
        if c.fix:
            lines.append(f"{indent}    -> {c.fix}")
    return lines


def _days(low: int | None, high: int | None) -> str:
    if low and high:
        return f"{low}-{high} days"
    return ""


def recommendations_text(
    result: Recommendations, catalogue: Catalogue, language: str = "en"
) -> str:
    texts = load_texts(language)
    lines = [
        f"Erasmus+ actions for your organisation (call {result.call_year}, "
        f"data as of {result.data_as_of.isoformat()}, today {result.today.isoformat()})",
        catalogue.guide_note,
        "",
        "[x] met   [ ] not met   [?] unknown",
        "",
    ]
    for rank, r in enumerate(result.actions, start=1):
        action = catalogue.action(r.code)
        partner_name = action.partner.name if action.partner else "partner"
        lines.append(f"{rank}. {r.code} - {r.title}")
        lines.append(
            f"   As applicant: {texts.verdicts[r.verdict].label}. "
            f"As {partner_name}: {texts.verdicts[r.partner_verdict].label}. Fit {r.fit}/100."
        )
        lines.append(f"   Submit to: {texts.submit_to[r.submit_to]}")
        if r.deadline:
            lines.append(f"   Deadline: {format_deadline(r.deadline)}")
        lines.extend(f"   {reason}" for reason in r.reasons)
        lines.extend(_criteria_lines(r.criteria, "   "))
        if r.partner_verdict is not r.verdict or r.verdict.value == "ineligible":
            lines.append(f"   As {partner_name}:")
            lines.extend(_criteria_lines(r.partner_criteria, "     "))
        lines.append("")
    lines.append("Mobility route")
    if result.mobility:
        m = result.mobility
        lines.append(f"   {m.code} - {m.title}")
        lines.extend(f"   {reason}" for reason in m.reasons)
        for a in m.activities:
            flag = "" if a.verified else f" {UNVERIFIED}"
            lines.append(f"   - {a.name} {_days(a.min_days, a.max_days)}{flag}".rstrip())
    else:
        lines.append("   No mobility action is open to your organisation as applicant.")
    lines.append("")
    lines.append("Partnership size")
    if result.partnership:
        p = result.partnership
        lines.append(f"   {p.code} - {p.title}: lump sum {format_eur(p.lump_sum_eur)}")
        lines.extend(f"   {reason}" for reason in p.reasons)
    else:
        lines.append("   No partnership action is open to your organisation as applicant.")
    lines.append("")
    lines.append("Centres of Vocational Excellence: clusters matching your goals")
    if result.cove_clusters:
        for cl in result.cove_clusters:
            flag = "" if cl.verified else f" {UNVERIFIED}"
            lines.append(f"   {cl.title}{flag}: {cl.reason}")
            lines.extend(f"     - {example}" for example in cl.examples)
    else:
        lines.append("   None of your goals matches a CoVE cluster.")
    lines.append("")
    return "\n".join(lines)


def _source_json(catalogue: Catalogue, ids: list[str]) -> list[dict[str, Any]]:
    return [catalogue.sources[i].model_dump(mode="json") | {"id": i} for i in ids]


def catalogue_json(catalogue: Catalogue, today: date) -> dict[str, Any]:
    actions = []
    for action in catalogue.actions:
        data = action.model_dump(mode="json")
        data["next_deadline"] = _deadline_json(next_deadline(action, today))
        actions.append(data)
    return {
        "call_year": catalogue.call_year,
        "data_as_of": catalogue.data_as_of.isoformat(),
        "guide_note": catalogue.guide_note,
        "sources": {k: v.model_dump(mode="json") for k, v in catalogue.sources.items()},
        "actions": actions,
    }


def key_data(action: Action, today: date, texts: Texts) -> list[tuple[str, str, bool]]:
    """The key-data block of an action as (label, value, verified) rows."""
    rows: list[tuple[str, str, bool]] = [
        (
            f"Who applies ({action.applicant.name})",
            action.applicant.who.value,
            action.applicant.who.verified,
        ),
    ]
    if action.partner:
        rows.append(
            (
                f"Who joins ({action.partner.name})",
                action.partner.who.value,
                action.partner.who.verified,
            )
        )
    rows.append(
        ("Submitted to", texts.submit_to[action.submit_to.value], action.submit_to.verified)
    )
    info = next_deadline(action, today)
    if info:
        rows.append(("Deadline", format_deadline(info), info.verified))
    for d in action.deadlines_for(catalogue_year(action)):
        if d.optional:
            rows.append(("Optional round", format_deadline(deadline_info(d, today)), d.verified))
    rows.append(("Duration", action.duration.value.text, action.duration.verified))
    rows.append(("Grant", action.grant.value.text, action.grant.verified))
    if action.partnership:
        rows.append(("Minimum partnership", action.partnership.value, action.partnership.verified))
    rows.extend(("Limit", limit.value, limit.verified) for limit in action.limits)
    return rows


def catalogue_year(action: Action) -> int:
    return max(d.call_year for d in action.deadlines)


def catalogue_text(catalogue: Catalogue, today: date, language: str = "en") -> str:
    texts = load_texts(language)
    lines = [
        f"Erasmus+ VET actions, call {catalogue.call_year} (data as of {catalogue.data_as_of.isoformat()})",
        catalogue.guide_note,
        "",
    ]
    for family, actions in catalogue.by_family().items():
        if not actions:
            continue
        lines.append(texts.families[family].label)
        for action in actions:
            lines.append(f"  {action.code} - {action.title}")
            lines.append(f"    {action.summary}")
            for label, value, verified in key_data(action, today, texts):
                flag = "" if verified else f" {UNVERIFIED}"
                lines.append(f"    {label}: {value}{flag}")
            for source_id in action.links:
                lines.append(f"    Source: {catalogue.sources[source_id].url}")
            lines.append("")
    return "\n".join(lines)
