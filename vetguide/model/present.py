"""Plain data and plain text views of the model, for the command line and reports.

Formatting only: every value comes from the catalogue or from the recommender, every word
from the texts file of the language (``report`` and ``outcomes`` sections). Pass the same
``language`` to :func:`~vetguide.model.resources.load_catalogue`,
:func:`~vetguide.model.recommend.recommend` and the functions here.

One function per fact, for every front door (the window's details, the wizard's cards, the
memo, the command line): :func:`unverified_mark` (and :func:`deadline_unverified`, whether a
deadline carries it), :func:`day_range`, :func:`deadline_text` / :func:`marked_deadline`
(with :func:`deadline_state`), :func:`verdict_text`. An action's key data are typed rows
(:class:`KeyRow`, found by :class:`RowKind`, never by label text). Colours are the UI's
palette module's (``vetguide.ui.palette``, Qt-free data).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from vetguide.model import formatting
from vetguide.model.call_years import CallRules, call_rules
from vetguide.model.catalogue import Action, Catalogue
from vetguide.model.deadlines import (
    DeadlineInfo,
    DeadlineStatus,
    deadline_of_call,
    local_time,
    next_deadline,
    optional_rounds,
)
from vetguide.model.recommend import CriterionResult, Recommendations
from vetguide.model.resources import load_texts
from vetguide.model.texts import Texts
from vetguide.model.vocab import Outcome, Verdict

MARK = {Outcome.MET: "[x]", Outcome.NOT_MET: "[ ]", Outcome.UNKNOWN: "[?]"}
UNVERIFIED = "(unverified)"  # English; every language: unverified_mark(texts)


# --- one function per fact: every front door (window, wizard, memo, CLI) draws it so -------


def unverified_mark(texts: Texts) -> str:
    """The mark of an unverified fact, '(unverified)', in the language of ``texts``."""
    return texts.say("unverified")


def deadline_unverified(info: DeadlineInfo) -> bool:
    """Whether a deadline carries the unverified mark: an announced date not yet checked.

    An expected date is not marked: its own words say it is expected and not announced,
    which says more than the mark.
    """
    return not info.verified and info.status is not DeadlineStatus.EXPECTED


def day_range(low: int | None, high: int | None, texts: Texts) -> str:
    """How long an activity lasts: '2–30 days', 'at least 2 days', 'up to 30 days' or ''."""
    if low and high:
        if low == high:
            return texts.say("days_exact", days=low)
        return texts.say("days_range", low=low, high=high)
    if low:
        return texts.say("days_min", low=low)
    if high:
        return texts.say("days_max", high=high)
    return ""


def deadline_text(
    info: DeadlineInfo,
    texts: Texts,
    catalogue: Catalogue | None = None,
    *,
    language: str | None = None,
) -> str:
    """A deadline in words (dates for ``language``, by default that of ``texts``), with the
    note that only third-party pages give it when ``catalogue`` says so; without the
    unverified mark, which front doors draw in their own style (see :func:`marked_deadline`).
    """
    text = format_deadline(info, language=language or texts.language, mark_unverified=False)
    if catalogue is not None and catalogue.third_party_only(info.sources):
        text += f" {texts.say('third_party_only')}"
    return text


def marked_deadline(info: DeadlineInfo, texts: Texts, catalogue: Catalogue | None = None) -> str:
    """:func:`deadline_text` with the unverified mark when :func:`deadline_unverified`."""
    mark = f" {unverified_mark(texts)}" if deadline_unverified(info) else ""
    return deadline_text(info, texts, catalogue) + mark


def format_eur(amount: int, *, language: str = "en") -> str:
    """``€30,000`` in English, ``30.000 €`` in Serbian."""
    return formatting.format_eur(amount, language)


def deadline_state(info: DeadlineInfo, texts: Texts) -> str:
    """Where a deadline stands on the day it was computed for: 'open, 40 days left',
    'closed', 'expected from the previous pattern, not announced (77 days away)'..."""
    if info.status is DeadlineStatus.OPEN and info.days_left == 0:
        return texts.say("deadline_today")
    if info.status is DeadlineStatus.OPEN:
        return texts.say("deadline_open", days=info.days_left)
    if info.status is DeadlineStatus.CLOSED:
        return texts.say("deadline_closed")
    if info.status is DeadlineStatus.UPCOMING:  # ahead, the call of its year not published
        return texts.say("deadline_upcoming", days=info.days_left)
    return texts.say("deadline_expected", days=info.days_left)


def format_deadline(
    info: DeadlineInfo, *, language: str = "en", mark_unverified: bool = True
) -> str:
    """'19 Feb 2026, 12:00 Brussels time, open, 40 days left' in ``language``.

    ``mark_unverified=False`` leaves the "(unverified)" mark to the caller (key-data rows
    carry their verified flag apart from the text).
    """
    texts = load_texts(language)
    parts = [
        texts.say(
            "deadline_at",
            when=formatting.format_datetime(info.at, language),
            zone=zone_words(info.time_zone, texts),
        ),
        deadline_state(info, texts),
    ]
    if info.optional:
        parts.append(texts.say("deadline_optional"))
    text = ", ".join(parts)
    if mark_unverified and deadline_unverified(info):
        text += f" {unverified_mark(texts)}"
    return text


_DESIGNATION = re.compile(r"(?:Kosov|Косов)\w*\*")


def with_footnotes(text: str, texts: Texts) -> str:
    """``text`` with the footnote that EU documents give to the designation Kosovo* (UNSCR
    1244/1999, ICJ opinion) at its end, when the text names Kosovo."""
    if not _DESIGNATION.search(text):
        return text
    return f"{text.rstrip()}\n\n{texts.say('kosovo_footnote')}\n"


def zone_words(zone: str, texts: Texts) -> str:
    """The time of a deadline's zone in words: 'Brussels time', 'po briselskom vremenu' (the
    ``time_<zone>`` text), else the CLDR name in brackets: '(Central European Time)'."""
    phrase = texts.report.get(f"time_{zone}")
    if phrase is not None:
        return phrase
    return f"({formatting.zone_name(zone, texts.language)})"


def rules_sentence(rules: CallRules, texts: Texts) -> str:
    """'Rules used: call 2027, expected: …' — which call's rules a verdict or list uses."""
    if rules.expected:
        return texts.say(
            "rules_expected", call_year=rules.call_year, catalogue_year=rules.catalogue_year
        )
    return texts.say("rules_used", call_year=rules.call_year)


def rules_summary(result: Recommendations, texts: Texts) -> str:
    """:func:`rules_sentence` for a ranking, naming the actions checked under another call."""
    text = rules_sentence(result.rules, texts)
    by_year: dict[int, list[str]] = {}
    for r in result.actions:
        if r.rules_call_year is not None and r.rules_call_year != result.rules.call_year:
            by_year.setdefault(r.rules_call_year, []).append(r.code)
    for year, codes in sorted(by_year.items()):
        text += " " + texts.say("rules_other_call", call_year=year, codes=", ".join(codes))
    return text


def _rules_json(rules: CallRules) -> dict[str, Any]:
    return {
        "rules_call_year": rules.call_year,
        "rules_expected": rules.expected,
        "rules_catalogue_year": rules.catalogue_year,
    }


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
        "third_party_only": c.third_party_only,
        "design_limit": c.design_limit,
    }


def recommendations_json(result: Recommendations, catalogue: Catalogue) -> dict[str, Any]:
    """Codes and enum values as in the data; titles and explanations in the language the
    catalogue and the recommendations were made in (``official_title``: the English title
    when ``title`` is a translation, else null)."""
    return {
        "catalogue": {
            "call_year": catalogue.call_year,
            "data_as_of": catalogue.data_as_of.isoformat(),
        },
        "today": result.today.isoformat(),
        **_rules_json(result.rules),
        "recommendations": [
            {
                "code": r.code,
                "title": r.title,
                "official_title": _official_title(catalogue, r.code),
                "family": r.family.value,
                "verdict": r.verdict.value,
                "partner_verdict": r.partner_verdict.value if r.partner_verdict else None,
                "fit": r.fit,
                "reasons": r.reasons,
                "criteria": [_criterion_json(c) for c in r.criteria],
                "partner_criteria": [_criterion_json(c) for c in r.partner_criteria],
                "submit_to": r.submit_to.value,
                "deadline": _deadline_json(r.deadline),
                "rules_call_year": r.rules_call_year,
                "rules_expected": r.rules_expected,
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
        "other_field": result.other_field.model_dump(mode="json") if result.other_field else None,
    }


def _official_title(catalogue: Catalogue, code: str) -> str | None:
    try:
        return catalogue.action(code).official_title
    except KeyError:
        return None


def _titled(code: str, title: str, official: str | None) -> str:
    """'KA122-VET – Kratkoročni … (Short-term projects …)': the English title kept visible."""
    if official and official != title:
        return f"{code} – {title} ({official})"
    return f"{code} – {title}"


def _flag(verified: bool, texts: Texts) -> str:
    return "" if verified else f" {unverified_mark(texts)}"


def _criteria_lines(items: list[CriterionResult], indent: str, texts: Texts) -> list[str]:
    lines = []
    for c in items:
        third = f" {texts.say('third_party_only')}" if c.third_party_only else ""
        lines.append(
            f"{indent}{MARK[c.outcome]} {c.label}: {c.explanation}{_flag(c.verified, texts)}{third}"
        )
        if c.fix:
            lines.append(f"{indent}    -> {c.fix}")
    return lines


def other_field_lines(result: Recommendations, texts: Texts) -> list[str]:
    """The pointer to the organisation's own field (school, adult education), if any."""
    field = result.other_field
    if field is None:
        return []
    return [
        f"{texts.say('other_field_heading', title=field.title)}{_flag(field.verified, texts)}",
        f"   {field.text}",
        f"   {texts.say('other_field_actions', codes=', '.join(field.actions))}",
        "",
    ]


def verdict_text(verdict: Verdict, texts: Texts, role: str | None = None) -> str:
    """'As applicant: Eligible.', or in ``role``: 'As hosting organisation: Eligible.'"""
    label = texts.verdicts[verdict].label
    if role is None:
        return texts.say("as_applicant", verdict=label)
    return texts.say("as_role", role=role, verdict=label)


def partner_verdict_text(verdict: Verdict | None, role: str, texts: Texts) -> str:
    """'As partner: Eligible.', or 'No partners in this action.' for a single applicant."""
    if verdict is None:
        return texts.say("no_partners")
    return verdict_text(verdict, texts, role)


def recommendations_text(
    result: Recommendations, catalogue: Catalogue, language: str = "en"
) -> str:
    texts = load_texts(language)
    outcomes = texts.outcomes
    lines = [
        texts.say(
            "recommend_heading",
            call_year=result.call_year,
            data_as_of=formatting.format_date(result.data_as_of, language),
            today=formatting.format_date(result.today, language),
        ),
        rules_summary(result, texts),
        catalogue.guide_note,
        "",
        f"{MARK[Outcome.MET]} {outcomes[Outcome.MET]}   {MARK[Outcome.NOT_MET]} "
        f"{outcomes[Outcome.NOT_MET]}   {MARK[Outcome.UNKNOWN]} {outcomes[Outcome.UNKNOWN]}",
        "",
    ]
    lines.extend(other_field_lines(result, texts))
    for rank, r in enumerate(result.actions, start=1):
        action = catalogue.action(r.code)
        partner_name = action.partner.name if action.partner else texts.say("partner_fallback")
        lines.append(f"{rank}. {_titled(r.code, r.title, action.official_title)}")
        lines.append(
            "   "
            + " ".join(
                [
                    verdict_text(r.verdict, texts),
                    partner_verdict_text(r.partner_verdict, partner_name, texts),
                    texts.say("fit", fit=r.fit),
                ]
            )
        )
        lines.append(f"   {texts.say('submit_to', where=texts.submit_to[r.submit_to])}")
        if r.deadline:
            deadline = marked_deadline(r.deadline, texts, catalogue)
            lines.append(f"   {texts.say('deadline', deadline=deadline)}")
        lines.extend(f"   {reason}" for reason in r.reasons)
        lines.extend(_criteria_lines(r.criteria, "   ", texts))
        if r.partner_verdict is not None and (
            r.partner_verdict is not r.verdict or r.verdict.value == "ineligible"
        ):
            lines.append(f"   {texts.say('as_role_heading', role=partner_name)}")
            lines.extend(_criteria_lines(r.partner_criteria, "     ", texts))
        lines.append("")
    lines.append(texts.say("mobility_heading"))
    if result.mobility:
        m = result.mobility
        lines.append(f"   {_titled(m.code, m.title, _official_title(catalogue, m.code))}")
        lines.extend(f"   {reason}" for reason in m.reasons)
        for a in m.activities:
            days = day_range(a.min_days, a.max_days, texts)
            lines.append(f"   - {a.name} {days}{_flag(a.verified, texts)}".rstrip())
    else:
        lines.append(f"   {texts.say('no_mobility')}")
    lines.append("")
    lines.append(texts.say("partnership_heading"))
    if result.partnership:
        p = result.partnership
        amount = format_eur(p.lump_sum_eur, language=language)
        lines.append(f"   {texts.say('lump_sum', code=p.code, title=p.title, amount=amount)}")
        lines.extend(f"   {reason}" for reason in p.reasons)
    else:
        lines.append(f"   {texts.say('no_partnership')}")
    lines.append("")
    lines.append(texts.say("clusters_heading"))
    if result.cove_clusters:
        for cl in result.cove_clusters:
            lines.append(f"   {cl.title}{_flag(cl.verified, texts)}: {cl.reason}")
            lines.extend(f"     - {example}" for example in cl.examples)
    else:
        lines.append(f"   {texts.say('no_clusters')}")
    lines.append("")
    return with_footnotes("\n".join(lines), texts)


def _source_json(catalogue: Catalogue, ids: list[str]) -> list[dict[str, Any]]:
    return [catalogue.sources[i].model_dump(mode="json") | {"id": i} for i in ids]


def shown_deadline(
    action: Action, today: date, call_year: int | None = None
) -> DeadlineInfo | None:
    """The deadline shown for ``action``: of ``call_year`` when given, else the next one."""
    if call_year is not None:
        return deadline_of_call(action, call_year, today)
    return next_deadline(action, today)


def catalogue_rules(catalogue: Catalogue, today: date, call_year: int | None = None) -> CallRules:
    """The call whose rules a catalogue listing shows: ``call_year``, else the newest call
    among the deadlines shown on ``today``."""
    if call_year is None:
        shown = [shown_deadline(a, today) for a in catalogue.actions]
        call_year = max((d.call_year for d in shown if d), default=catalogue.call_year)
        return CallRules(
            call_year=call_year,
            catalogue_year=catalogue.call_year,
            expected=call_year != catalogue.call_year,
        )
    return call_rules(call_year)


def catalogue_json(
    catalogue: Catalogue, today: date, call_year: int | None = None
) -> dict[str, Any]:
    """``call_year``: show that call's deadlines (default: the next deadline of each action)."""
    actions = []
    for action in catalogue.actions:
        data = action.model_dump(mode="json")
        data["next_deadline"] = _deadline_json(shown_deadline(action, today, call_year))
        actions.append(data)
    return {
        "call_year": catalogue.call_year,
        **_rules_json(catalogue_rules(catalogue, today, call_year)),
        "data_as_of": catalogue.data_as_of.isoformat(),
        "guide_note": catalogue.guide_note,
        "sources": {k: v.model_dump(mode="json") for k, v in catalogue.sources.items()},
        "actions": actions,
        "other_fields": [p.model_dump(mode="json") for p in catalogue.other_fields],
    }


def format_local_deadline(info: DeadlineInfo, zone_name: str, language: str = "en") -> str:
    """The deadline on the user's clock, e.g. '19 Feb 2026, 12:00 (Central European Time)'."""
    moment = local_time(info, zone_name)
    return load_texts(language).say(
        "local_at",
        when=formatting.format_datetime(moment, language),
        zone=formatting.zone_name(zone_name, language),
    )


class RowKind(StrEnum):
    """What a key-data row says; front doors find rows by kind, never by label text."""

    APPLICANT = "applicant"
    PARTNER = "partner"
    SUBMIT_TO = "submit_to"
    DEADLINE = "deadline"
    LOCAL_DEADLINE = "local_deadline"
    OPTIONAL_ROUND = "optional_round"
    DURATION = "duration"
    GRANT = "grant"
    PARTNERSHIP = "partnership"
    LIMIT = "limit"


@dataclass(frozen=True)
class KeyRow:
    """One row of an action's key data, in the language of the texts it was made with.

    ``value`` has no unverified mark; ``verified`` False means the front door adds
    :func:`unverified_mark` (for a deadline, decided by :func:`deadline_unverified`).
    ``deadline`` is the date behind a deadline or optional-round row.
    """

    kind: RowKind
    label: str
    value: str
    verified: bool
    deadline: DeadlineInfo | None = None


def key_data(
    action: Action,
    today: date,
    texts: Texts,
    *,
    language: str | None = None,
    local_zone: str | None = None,
    catalogue: Catalogue | None = None,
    call_year: int | None = None,
) -> list[KeyRow]:
    """The key-data block of an action as typed rows.

    Labels come from ``texts``; dates and amounts are written for ``language`` (by default
    the language of ``texts``). With ``local_zone`` the next deadline is also given on that
    clock. With ``catalogue`` (for its sources), a value backed only by third-party pages
    says so. The deadline is that of ``call_year`` when given, else the next one; the
    optional rounds are those of :func:`~vetguide.model.deadlines.optional_rounds`.
    """
    lang = language or texts.language

    def said(value: str, sources: list[str]) -> str:
        if catalogue is not None and catalogue.third_party_only(sources):
            return f"{value} {texts.say('third_party_only')}"
        return value

    def dated(kind: RowKind, label: str, info: DeadlineInfo) -> KeyRow:
        text = deadline_text(info, texts, catalogue, language=lang)
        return KeyRow(kind, label, text, not deadline_unverified(info), info)

    rows = [
        KeyRow(
            RowKind.APPLICANT,
            texts.say("who_applies", role=action.applicant.name),
            said(action.applicant.who.value, action.applicant.who.sources),
            action.applicant.who.verified,
        ),
    ]
    if action.partner:
        rows.append(
            KeyRow(
                RowKind.PARTNER,
                texts.say("who_joins", role=action.partner.name),
                said(action.partner.who.value, action.partner.who.sources),
                action.partner.who.verified,
            )
        )
    rows.append(
        KeyRow(
            RowKind.SUBMIT_TO,
            texts.say("submitted_to"),
            said(texts.submit_to[action.submit_to.value], action.submit_to.sources),
            action.submit_to.verified,
        )
    )
    info = shown_deadline(action, today, call_year)
    if info:
        rows.append(dated(RowKind.DEADLINE, texts.say("deadline_label"), info))
        if local_zone and local_zone != info.time_zone:
            rows.append(
                KeyRow(
                    RowKind.LOCAL_DEADLINE,
                    texts.say("local_deadline_label"),
                    format_local_deadline(info, local_zone, lang),
                    not deadline_unverified(info),
                    info,
                )
            )
    for optional in optional_rounds(action, today, call_year):
        rows.append(dated(RowKind.OPTIONAL_ROUND, texts.say("optional_round"), optional))
    rows.append(
        KeyRow(
            RowKind.DURATION,
            texts.say("duration"),
            said(action.duration.value.text, action.duration.sources),
            action.duration.verified,
        )
    )
    rows.append(
        KeyRow(
            RowKind.GRANT,
            texts.say("grant"),
            said(action.grant.value.text, action.grant.sources),
            action.grant.verified,
        )
    )
    if action.partnership:
        rows.append(
            KeyRow(
                RowKind.PARTNERSHIP,
                texts.say("minimum_partnership"),
                said(action.partnership.value, action.partnership.sources),
                action.partnership.verified,
            )
        )
    rows.extend(
        KeyRow(RowKind.LIMIT, texts.say("limit"), said(limit.value, limit.sources), limit.verified)
        for limit in action.limits
    )
    return rows


def catalogue_year(action: Action) -> int:
    return max(d.call_year for d in action.deadlines)


def catalogue_text(
    catalogue: Catalogue, today: date, language: str = "en", call_year: int | None = None
) -> str:
    texts = load_texts(language)
    lines = [
        texts.say(
            "catalogue_heading",
            call_year=catalogue.call_year,
            data_as_of=formatting.format_date(catalogue.data_as_of, language),
        ),
        rules_sentence(catalogue_rules(catalogue, today, call_year), texts),
        catalogue.guide_note,
        "",
    ]
    for family, actions in catalogue.by_family().items():
        if not actions:
            continue
        lines.append(texts.families[family].label)
        for action in actions:
            lines.append(f"  {_titled(action.code, action.title, action.official_title)}")
            lines.append(f"    {action.summary}")
            rows = key_data(
                action, today, texts, language=language, call_year=call_year, catalogue=catalogue
            )
            for row in rows:
                lines.append(f"    {row.label}: {row.value}{_flag(row.verified, texts)}")
            for kind, ids in catalogue.grouped_sources(action.links):
                lines.append(f"    {texts.say('sources_' + kind.value)}")
                lines.extend(
                    f"      {texts.say('source', url=catalogue.sources[i].url)}" for i in ids
                )
            lines.append("")
    return with_footnotes("\n".join(lines), texts)
