"""A shortlist as a decision memo in HTML, ready for QTextDocument (and so for PDF).

Pure: no Qt import, no file written. Every fact comes from the catalogue, the country table,
the texts or the recommender; everything the user typed is escaped, so a note is text and
never markup. The HTML keeps to the subset QTextDocument understands (tables with
attributes, simple CSS in points and pixels).
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import date

from vetguide.model import formatting, present
from vetguide.model.catalogue import Action, Catalogue
from vetguide.model.countries import CountryTable
from vetguide.model.deadlines import (
    DeadlineInfo,
    DeadlineStatus,
    deadline_info,
    local_time,
    next_deadline,
)
from vetguide.model.profile import InstitutionProfile
from vetguide.model.readiness import ReadinessData, load_readiness, plan
from vetguide.model.recommend import CriterionResult, Recommendations, recommend
from vetguide.model.resources import load_countries, load_texts
from vetguide.model.shortlist import ItemStatus, Shortlist, ShortlistItem
from vetguide.model.texts import Texts
from vetguide.model.vocab import Family, OrganisationType, Outcome, Verdict

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

STATUS_LABELS = {
    ItemStatus.IDEA: "Idea, not started",
    ItemStatus.PREPARING: "Preparing an application",
    ItemStatus.SUBMITTED: "Application submitted",
    ItemStatus.FUNDED: "Funded",
    ItemStatus.NOT_THIS_YEAR: "Not this year",
}

# Text colour and background tint per verdict: the colour never carries the meaning alone.
VERDICT_COLOURS = {
    Verdict.ELIGIBLE: ("#1b6e34", "#e3f2e7"),
    Verdict.CONDITIONAL: ("#8a5300", "#fdf0d9"),
    Verdict.INELIGIBLE: ("#a4231b", "#fbe4e2"),
}
OUTCOME_COLOURS = {Outcome.MET: "#1b6e34", Outcome.NOT_MET: "#a4231b", Outcome.UNKNOWN: "#8a5300"}
OUTCOME_WORDS = {Outcome.MET: "Met", Outcome.NOT_MET: "Not met", Outcome.UNKNOWN: "Unknown"}

LABEL_BG = "#eef1f5"
RULE = "#b8c0cc"
ACCENT = "#1f3a5f"

STYLE = f"""
body {{ font-size: 9.5pt; color: #1a1a1a; }}
h1 {{ font-size: 17pt; color: {ACCENT}; margin-top: 0px; margin-bottom: 2px; }}
h2 {{ font-size: 12.5pt; color: {ACCENT}; margin-top: 16px; margin-bottom: 4px; }}
h2.action, h2.part {{ page-break-before: always; margin-top: 0px; }}
h3 {{ font-size: 10pt; color: {ACCENT}; margin-top: 10px; margin-bottom: 3px; }}
p {{ margin-top: 3px; margin-bottom: 5px; }}
td {{ vertical-align: top; }}
th {{ text-align: left; vertical-align: top; background-color: {LABEL_BG}; }}
td.label {{ background-color: {LABEL_BG}; font-weight: bold; }}
.lead {{ color: #4a4a4a; font-size: 9pt; }}
.small {{ font-size: 8.5pt; color: #4a4a4a; }}
.unverified {{ color: #8a5300; font-style: italic; }}
.code {{ color: #4a4a4a; }}
.note {{ background-color: #f7f7f2; }}
"""

TABLE = (
    f'<table width="100%" border="1" cellspacing="0" cellpadding="4" '
    f'style="border-collapse: collapse; border-color: {RULE}; border-style: solid;">'
)


def e(value: object) -> str:
    """Escape any text for HTML, quotes included."""
    return html.escape(str(value), quote=True)


def text_block(value: str) -> str:
    """User text as escaped HTML that keeps its line breaks."""
    lines = value.replace("\r\n", "\n").replace("\r", "\n")
    return e(lines).replace("\n", "<br>")


def long_date(day: date) -> str:
    """'5 March 2026', in English whatever the process locale."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _days(low: int | None, high: int | None) -> str:
    if low and high:
        return f"{low}-{high} days"
    if low:
        return f"at least {low} days"
    if high:
        return f"up to {high} days"
    return ""


def unverified_mark(verified: bool) -> str:
    return "" if verified else f' <span class="unverified">{e(present.UNVERIFIED)}</span>'


def _strip_unverified(value: str) -> str:
    suffix = f" {present.UNVERIFIED}"
    return value[: -len(suffix)] if value.endswith(suffix) else value


def local_time_zone(profile: InstitutionProfile | None, countries: CountryTable) -> str | None:
    if profile is None:
        return None
    country = countries.get(profile.country)
    return country.time_zone if country else None


def local_deadline(info: DeadlineInfo, zone_name: str, country_name: str) -> str | None:
    """The deadline on the user's clock: 'In Serbia: 19 Feb 2026, 12:00 CET (Europe/Belgrade)'."""
    try:
        local = local_time(info, zone_name)
    except ValueError:
        return None
    when = formatting.format_datetime(local)
    return f"In {country_name}: {when} {local.tzname()} ({zone_name})"


def _deadline_infos(action: Action, today: date) -> list[DeadlineInfo]:
    """The deadlines behind the 'Deadline' and 'Optional round' rows of key_data, in order."""
    infos: list[DeadlineInfo] = []
    info = next_deadline(action, today)
    if info is not None:
        infos.append(info)
    year = present.catalogue_year(action)
    infos.extend(deadline_info(d, today) for d in action.deadlines_for(year) if d.optional)
    return infos


# --- pieces ---------------------------------------------------------------------------------


def _rows(rows: Iterable[tuple[str, str]], label_width: int = 26) -> str:
    """A two-column table: shaded label column, escaped-already HTML values."""
    body = "".join(
        f'<tr><td class="label" width="{label_width}%">{label}</td><td>{value}</td></tr>'
        for label, value in rows
    )
    return f"{TABLE}{body}</table>"


def _profile_rows(
    profile: InstitutionProfile, texts: Texts, countries: CountryTable
) -> list[tuple[str, str]]:
    country = countries.get(profile.country)
    country_name = country.name if country else profile.country
    rows: list[tuple[str, str]] = []
    if profile.name.strip():
        rows.append(("Organisation", e(profile.name.strip())))
    rows.append(("Type", e(texts.organisation_types[profile.organisation_type].label)))
    status = f" ({e(texts.country_status[country.status])})" if country else ""
    rows.append(("Country", e(country_name) + status))
    accreditation = "held" if profile.holds_vet_accreditation else "not held"
    rows.append(("Erasmus accreditation in VET", accreditation))
    if profile.organisation_type is OrganisationType.HIGHER_EDUCATION or profile.holds_eche:
        rows.append(("ECHE", "held" if profile.holds_eche else "not held"))
    rows.append(
        (
            "Short-term grants, previous 4 calls",
            e(profile.short_term_grants_previous_4_calls),
        )
    )
    rows.append(("Erasmus+ experience", e(texts.experience[profile.experience].label)))
    goals = "; ".join(texts.goals[g].label for g in profile.goals) or "none chosen"
    rows.append(("Goals", e(goals)))
    if profile.partners:
        partners = []
        for partner in profile.partners:
            p_country = countries.get(partner.country)
            parts = [partner.name.strip() or "Partner without a name"]
            parts.append(p_country.name if p_country else partner.country)
            if partner.organisation_type is not None:
                parts.append(texts.organisation_types[partner.organisation_type].label)
            partners.append(e(", ".join(parts)))
        rows.append(("Known partners", "<br>".join(partners)))
    if profile.participants is not None:
        rows.append(("Planned participants", e(profile.participants)))
    return rows


def _verdict_line(label: str, verdict: Verdict, texts: Texts) -> str:
    colour, tint = VERDICT_COLOURS[verdict]
    words = texts.verdicts[verdict]
    return (
        f'<table width="100%" border="0" cellspacing="0" cellpadding="5"><tr>'
        f'<td bgcolor="{tint}" style="color: {colour};"><b>{e(label)}: {e(words.label)}.</b> '
        f'<span style="color: #1a1a1a;">{e(words.help)}</span></td></tr></table>'
    )


def _criteria_table(results: list[CriterionResult]) -> str:
    head = (
        '<thead><tr><th width="13%">Result</th><th width="22%">Criterion</th>'
        "<th>Why, and what would make it pass</th></tr></thead>"
    )
    body = []
    for c in results:
        colour = OUTCOME_COLOURS[c.outcome]
        kind = (
            ""
            if c.outcome is Outcome.MET or c.hard
            else "<br><span class='small'>can be fixed</span>"
        )
        if c.outcome is Outcome.NOT_MET and c.hard:
            kind = "<br><span class='small'>excludes</span>"
        why = e(c.explanation) + unverified_mark(c.verified)
        if c.fix:
            why += f"<br><i>To fix:</i> {e(c.fix)}"
        if c.note:
            why += f"<br><span class='small'>{e(c.note)}</span>"
        body.append(
            f'<tr><td><b style="color: {colour};">{OUTCOME_WORDS[c.outcome]}</b>{kind}</td>'
            f"<td>{e(c.label)}</td><td>{why}</td></tr>"
        )
    return f"{TABLE}{head}{''.join(body)}</table>"


def _key_data(
    action: Action,
    today: date,
    texts: Texts,
    zone_name: str | None,
    country_name: str,
) -> str:
    infos = _deadline_infos(action, today)
    rows = []
    deadline_labels = {texts.say("deadline_label"), texts.say("optional_round")}
    for label, value, verified in present.key_data(action, today, texts):
        info = infos.pop(0) if label in deadline_labels and infos else None
        if info is not None and info.status is DeadlineStatus.EXPECTED:
            verified = True  # the value already says "expected ..., not announced"
        cell = e(_strip_unverified(value)) + unverified_mark(verified)
        if info is not None and zone_name:
            local = local_deadline(info, zone_name, country_name)
            if local:
                cell += f"<br>{e(local)}"
        rows.append((e(label), cell))
    return _rows(rows)


def _mobility_details(recs: Recommendations, code: str) -> str:
    m = recs.mobility
    if m is None or m.code != code:
        return ""
    parts = ["<h3>Recommended mobility route</h3>"]
    parts.extend(f"<p>{e(reason)}</p>" for reason in m.reasons)
    if m.next_step:
        parts.append(f"<p>Next step to plan: {e(m.next_step)}.</p>")
    if m.activities:
        head = (
            '<thead><tr><th width="44%">Activity</th><th width="16%">Duration</th>'
            "<th>Serves your goals</th></tr></thead>"
        )
        texts = load_texts()
        body = []
        for a in m.activities:
            days = _days(a.min_days, a.max_days) or "see the Guide"
            goals = (
                "; ".join(texts.goals[g].label for g in a.matched_goals) or "none of those chosen"
            )
            body.append(
                f"<tr><td>{e(a.name)}{unverified_mark(a.verified)}</td><td>{e(days)}</td>"
                f"<td>{e(goals)}</td></tr>"
            )
        parts.append(f"{TABLE}{head}{''.join(body)}</table>")
    return "".join(parts)


def _partnership_details(recs: Recommendations, code: str) -> str:
    p = recs.partnership
    if p is None or p.code != code:
        return ""
    parts = [
        "<h3>Recommended partnership size</h3>",
        f"<p>Suggested lump sum: <b>{e(present.format_eur(p.lump_sum_eur))}</b>.</p>",
    ]
    parts.extend(f"<p>{e(reason)}</p>" for reason in p.reasons)
    return "".join(parts)


def _cluster_details(recs: Recommendations, action: Action) -> str:
    if action.family is not Family.COVE:
        return ""
    ids = {c.id for c in action.clusters}
    clusters = [c for c in recs.cove_clusters if c.id in ids]
    parts = ["<h3>Clusters of activities that match your goals</h3>"]
    if not clusters:
        parts.append("<p>None of your goals matches a cluster of this action.</p>")
        return "".join(parts)
    for c in clusters:
        examples = "".join(f"<li>{e(x)}</li>" for x in c.examples)
        parts.append(
            f"<p><b>{e(c.title)}</b>{unverified_mark(c.verified)}. {e(c.reason)}</p>"
            f"<ul>{examples}</ul>"
        )
    return "".join(parts)


def _sources(action: Action, catalogue: Catalogue) -> str:
    items = []
    for source_id in action.links:
        source = catalogue.sources.get(source_id)
        if source is None:
            continue
        items.append(
            f"<li>{e(source.title)} ({e(source.guide_year)})<br>"
            f'<span class="small">{e(source.url)}</span></li>'
        )
    if not items:
        return ""
    return f"<h3>Official sources</h3><ul>{''.join(items)}</ul>"


def _your_plan(item: ShortlistItem) -> str:
    note = text_block(item.note) if item.note.strip() else '<span class="small">No note.</span>'
    rows = [
        ("Status", e(STATUS_LABELS[item.status])),
        ("Added to the list", e(long_date(item.added))),
        ("Note", note),
    ]
    return "<h3>Your status and note</h3>" + _rows(rows)


def _action_section(
    number: int,
    item: ShortlistItem,
    catalogue: Catalogue,
    today: date,
    recs: Recommendations | None,
    texts: Texts,
    zone_name: str | None,
    country_name: str,
) -> str:
    try:
        action = catalogue.action(item.code)
    except KeyError:
        return (
            f'<h2 class="action">{number}. {e(item.code)}</h2>'
            f"<p>This action is not in the {catalogue.call_year} catalogue, so no key data or "
            "verdict can be shown. It may belong to another call year.</p>" + _your_plan(item)
        )
    parts = [
        f'<h2 class="action">{number}. {e(action.title)} '
        f'<span class="code">({e(action.code)})</span></h2>',
        f'<p class="lead">{e(texts.families[action.family].label)}. {e(action.summary)}</p>',
    ]
    if recs is None:
        parts.append(
            "<p><i>No organisation profile was saved with this shortlist, so no verdict "
            "is shown.</i></p>"
        )
    else:
        try:
            result = recs.result(action.code)
        except KeyError:
            result = None
        if result is None:
            parts.append("<p><i>No verdict was computed for this action.</i></p>")
        else:
            parts.append(_verdict_line("As applicant", result.verdict, texts))
            if action.partner is not None:
                parts.append(
                    f'<p class="small">As {e(action.partner.name)}: '
                    f"{e(texts.verdicts[result.partner_verdict].label)}.</p>"
                )
            parts.append(f"<p>{e(' '.join(result.reasons))}</p>")
            parts.append(_criteria_table(result.criteria))
    parts.append("<h3>Key data</h3>")
    parts.append(_key_data(action, today, texts, zone_name, country_name))
    if recs is not None:
        parts.append(_mobility_details(recs, action.code))
        parts.append(_partnership_details(recs, action.code))
        parts.append(_cluster_details(recs, action))
    parts.append(_your_plan(item))
    parts.append(_sources(action, catalogue))
    return "".join(parts)


def _summary(
    shortlist: Shortlist,
    catalogue: Catalogue,
    today: date,
    recs: Recommendations | None,
    texts: Texts,
) -> str:
    head = (
        '<thead><tr><th width="4%">#</th><th>Action</th><th width="16%">Verdict as applicant</th>'
        '<th width="28%">Next deadline</th><th width="15%">Your status</th></tr></thead>'
    )
    body = []
    for number, item in enumerate(shortlist.items, start=1):
        try:
            action: Action | None = catalogue.action(item.code)
        except KeyError:
            action = None
        title = f"{e(action.title)}<br>" if action else ""
        verdict = "not shown"
        if recs is not None and action is not None:
            try:
                v = recs.result(action.code).verdict
                verdict = (
                    f'<b style="color: {VERDICT_COLOURS[v][0]};">{e(texts.verdicts[v].label)}</b>'
                )
            except KeyError:
                verdict = "not computed"
        deadline = "not in this catalogue"
        if action is not None:
            info = next_deadline(action, today)
            deadline = _deadline_short(info) if info else "none listed"
        body.append(
            f'<tr><td>{number}</td><td>{title}<span class="code">{e(item.code)}</span></td>'
            f"<td>{verdict}</td><td>{deadline}</td><td>{e(STATUS_LABELS[item.status])}</td></tr>"
        )
    if not body:
        return "<p>The shortlist is empty.</p>"
    return f"{TABLE}{head}{''.join(body)}</table>"


def _deadline_short(info: DeadlineInfo) -> str:
    if info.status is DeadlineStatus.OPEN:
        state = f"open, {info.days_left} days left"
    elif info.status is DeadlineStatus.UPCOMING:
        state = f"call not yet published, {info.days_left} days away"
    elif info.status is DeadlineStatus.CLOSED:
        state = "closed"
    else:
        state = "expected, not announced"
    mark = unverified_mark(info.verified or info.status is DeadlineStatus.EXPECTED)
    return (
        f"{e(formatting.format_datetime(info.at))} {e(info.at.tzname() or '')}<br>"
        f'<span class="small">{e(info.time_zone)}, {e(state)}</span>{mark}'
    )


def _checklist(shortlist: Shortlist, catalogue: Catalogue, today: date) -> str:
    """The readiness steps (resources/readiness.json) the listed actions need, with a date.

    One row per step: the actions it is for and the earliest day it should be done by,
    counted back from each action's next deadline.
    """
    actions: dict[str, Action] = {}
    for item in shortlist.items:
        try:
            actions.setdefault(item.code, catalogue.action(item.code))
        except KeyError:
            continue
    if not actions:
        return ""
    data: ReadinessData = load_readiness()
    due: dict[tuple[str, str], date] = {}  # (step id, action code) -> due day
    for action in actions.values():
        info = next_deadline(action, today)
        if info is not None:
            for todo in plan(action, info, today, data):
                due[(todo.step_id, action.code)] = todo.due
    rows = []
    for step in data.steps:
        chosen = [a for a in actions.values() if step.applies_to.matches(a)]
        if not chosen:
            continue
        if len(chosen) == len(actions):
            which = "All actions on this list"
        else:
            which = ", ".join(e(a.code) for a in chosen)
        dates = [due[(step.id, a.code)] for a in chosen if (step.id, a.code) in due]
        by = ""
        if dates:
            first = min(dates)
            by = e(formatting.format_date(first))
            if first < today:
                by += f'<br><b style="color: {OUTCOME_COLOURS[Outcome.NOT_MET]};">overdue</b>'
        rows.append(
            f"<tr><td>\u2610</td><td>{e(step.title)}{unverified_mark(step.verified)}</td>"
            f"<td>{which}</td><td>{by}</td></tr>"
        )
    head = (
        '<thead><tr><th width="5%"></th><th>Step</th><th width="30%">For</th>'
        '<th width="15%">Do by</th></tr></thead>'
    )
    return (
        '<h2 class="part">Readiness checklist</h2>'
        f"{TABLE}{head}{''.join(rows)}</table>"
        f'<p class="small">{e(data.guidance_note)} "Do by" is the earliest such day among '
        "the actions a step is for.</p>"
    )


# --- the memo -------------------------------------------------------------------------------


def memo_html(
    shortlist: Shortlist,
    catalogue: Catalogue,
    today: date,
    recommendations: Recommendations | None,
) -> str:
    """The decision memo for ``shortlist`` as one HTML document (escaped, QTextDocument-ready).

    ``recommendations`` should be ``recommend(shortlist.profile, catalogue, today)``; when it
    is None but the shortlist carries a profile, it is computed here.
    """
    texts = load_texts()
    countries = load_countries()
    profile = shortlist.profile
    if recommendations is None and profile is not None:
        recommendations = recommend(profile, catalogue, today)
    zone_name = local_time_zone(profile, countries)
    country = countries.get(profile.country) if profile else None
    country_name = country.name if country else ""

    parts = [
        f"<html><head><title>{e(shortlist.name)}</title><style>{STYLE}</style></head><body>",
        '<p class="small">Erasmus+ decision memo</p>',
        f"<h1>{e(shortlist.name)}</h1>",
        f'<p class="lead">Exported on {e(long_date(today))} with vetguide. Catalogue of the '
        f"{catalogue.call_year} call, data as of {e(long_date(catalogue.data_as_of))}. "
        "Deadlines are in Brussels time"
        + (f" and in your local time ({e(zone_name)})" if zone_name else "")
        + f'. Facts marked <span class="unverified">{e(present.UNVERIFIED)}</span> have not '
        "been checked against an official or national-agency source.</p>",
        "<h2>Organisation</h2>",
    ]
    if profile is not None:
        parts.append(_profile_rows_html(profile, texts, countries))
    else:
        parts.append(
            "<p>No organisation profile was saved with this shortlist, so no verdict is shown. "
            "Run the wizard and save the shortlist again to add one.</p>"
        )
    parts.append(f"<h2>Actions on this list ({len(shortlist.items)})</h2>")
    parts.append(_summary(shortlist, catalogue, today, recommendations, texts))
    for number, item in enumerate(shortlist.items, start=1):
        parts.append(
            _action_section(
                number, item, catalogue, today, recommendations, texts, zone_name, country_name
            )
        )
    parts.append(_checklist(shortlist, catalogue, today))
    parts.append(
        '<p style="margin-top: 10px;"></p><table width="100%" border="0" cellspacing="0" '
        f'cellpadding="6"><tr><td bgcolor="{LABEL_BG}"><b>Which text prevails.</b> '
        f"{e(catalogue.guide_note)}</td></tr></table>"
    )
    parts.append("</body></html>")
    return "".join(parts)


def _profile_rows_html(profile: InstitutionProfile, texts: Texts, countries: CountryTable) -> str:
    return _rows(_profile_rows(profile, texts, countries), label_width=30)
