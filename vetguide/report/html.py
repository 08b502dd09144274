"""A shortlist as a decision memo in HTML, ready for QTextDocument (and so for PDF).

Pure: no Qt import, no file written. Every fact comes from the catalogue, the country table,
the texts or the recommender; everything the user typed is escaped, so a note is text and
never markup. The HTML keeps to the subset QTextDocument understands (tables with
attributes, simple CSS in points and pixels).

Languages: every heading, label and sentence comes from the ``memo`` section of the texts
file of the language (``en``, ``sr-Latn``, ``sr-Cyrl``); dates and amounts are written as that
language writes them. The catalogue and the recommendations must be made in the same
language (``load_catalogue(language=...)``, ``recommend(..., language=...)``); a translated
action also shows its official English title, as the portals use it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from datetime import date

from vetguide.model import formatting, present
from vetguide.model.budget import BudgetError, estimate
from vetguide.model.catalogue import Action, Catalogue
from vetguide.model.countries import CountryTable
from vetguide.model.deadlines import DeadlineInfo, DeadlineStatus, next_deadline
from vetguide.model.profile import InstitutionProfile
from vetguide.model.readiness import ReadinessData, load_readiness, plan
from vetguide.model.recommend import CriterionResult, Recommendations, recommend
from vetguide.model.resources import load_countries, load_texts
from vetguide.model.shortlist import ItemStatus, Shortlist, ShortlistItem
from vetguide.model.texts import Texts
from vetguide.model.vocab import Family, OrganisationType, Outcome, Verdict
from vetguide.ui.palette import LIGHT, VERDICT_COLOURS
from vetguide.user_text import isolate

# Keys of the memo texts for each status of a shortlist item.
STATUS_KEYS = {
    ItemStatus.IDEA: "status_idea",
    ItemStatus.PREPARING: "status_preparing",
    ItemStatus.SUBMITTED: "status_submitted",
    ItemStatus.FUNDED: "status_funded",
    ItemStatus.NOT_THIS_YEAR: "status_not_this_year",
}

# Text colour and background tint per verdict (the app's, from the one palette module; the
# printed memo is on white, so marks use its light scheme): colour never carries the meaning alone.
OUTCOME_COLOURS = LIGHT.marks
OUTCOME_KEYS = {
    Outcome.MET: "outcome_met",
    Outcome.NOT_MET: "outcome_not_met",
    Outcome.UNKNOWN: "outcome_unknown",
}

LABEL_BG = "#eef1f5"
RULE = "#b8c0cc"
ACCENT = "#1f3a5f"

STYLE = f"""
body {{ font-size: 9.5pt; color: #1a1a1a; }}
h1 {{ font-size: 17pt; color: {ACCENT}; margin-top: 0px; margin-bottom: 2px; }}
h2 {{ font-size: 12.5pt; color: {ACCENT}; margin-top: 16px; margin-bottom: 4px; }}
h2.action, h2.part {{ page-break-before: always; margin-top: 0px; }}
.director {{ background-color: {LABEL_BG}; padding: 4px 8px; }}
h3 {{ font-size: 10pt; color: {ACCENT}; margin-top: 10px; margin-bottom: 3px; }}
p {{ margin-top: 3px; margin-bottom: 5px; }}
td {{ vertical-align: top; }}
th {{ text-align: left; vertical-align: top; background-color: {LABEL_BG}; }}
td.label {{ background-color: {LABEL_BG}; font-weight: bold; }}
.lead {{ color: #4a4a4a; font-size: 9pt; }}
.small {{ font-size: 8.5pt; color: #4a4a4a; }}
.unverified {{ color: {LIGHT.warning}; font-style: italic; }}
.code {{ color: #4a4a4a; }}
.note {{ background-color: #f7f7f2; }}
"""

# The heading each part after the first starts with (see MemoParts); as a document of its own,
# a part starts at the top of its first page, not after a blank one.
PART_START = re.compile(r'^<h2 class="(action|part)">')
PART_START_ON_TOP = r'<h2 class="\1" style="page-break-before: auto;">'

TABLE = (
    f'<table width="100%" border="1" cellspacing="0" cellpadding="4" '
    f'style="border-collapse: collapse; border-color: {RULE}; border-style: solid;">'
)


def e(value: object) -> str:
    """Escape any text for HTML, quotes included."""
    return html.escape(str(value), quote=True)


def u(value: str) -> str:
    """User text (a name) as escaped HTML, isolated so bidi controls in it stay inside."""
    return e(isolate(value))


def text_block(value: str) -> str:
    """User text as escaped HTML that keeps its line breaks, each line isolated."""
    lines = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br>".join(u(line) for line in lines)


def memo_text(texts: Texts, key: str, **values: object) -> str:
    """One text of the ``memo`` section, placeholders filled (not escaped)."""
    return texts.memo[key].format(**values)


def say(texts: Texts, key: str, **values: object) -> str:
    """One text of the ``memo`` section as escaped HTML."""
    return e(memo_text(texts, key, **values))


def say_html(texts: Texts, key: str, **markup: str) -> str:
    """A memo text whose placeholders take ready (escaped) HTML; the words are escaped."""
    tokens = {name: f"\0{index}\0" for index, name in enumerate(markup)}
    result = say(texts, key, **tokens)
    for name, token in tokens.items():
        result = result.replace(token, markup[name])
    return result


def long_date(day: date) -> str:
    """'5 March 2026', in English whatever the process locale."""
    return memo_date(day, "en")


def memo_date(day: date, language: str) -> str:
    """A date in the memo's running text: '5 March 2026', '5. 3. 2026.' in Serbian."""
    if formatting.is_serbian(language):
        return formatting.format_date(day, language)
    return formatting.format_date(day, language, "long")


def unverified_mark(verified: bool, texts: Texts) -> str:
    """:func:`present.unverified_mark` after an unverified fact; "" after a verified one."""
    if verified:
        return ""
    return f' <span class="unverified">{e(present.unverified_mark(texts))}</span>'


def status_label(status: ItemStatus, texts: Texts) -> str:
    return memo_text(texts, STATUS_KEYS[status])


def local_time_zone(profile: InstitutionProfile | None, countries: CountryTable) -> str | None:
    if profile is None:
        return None
    country = countries.get(profile.country)
    return country.time_zone if country else None


def local_deadline(
    info: DeadlineInfo, zone_name: str, country_name: str, texts: Texts
) -> str | None:
    """The deadline on the user's clock: 'In Serbia: 19 Feb 2026, 12:00 (Central European Time)'."""
    try:
        local = present.format_local_deadline(info, zone_name, texts.language)
    except ValueError:
        return None
    return memo_text(texts, "local_deadline", country=country_name, local=local)


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

    def held(value: bool) -> str:
        return say(texts, "held" if value else "not_held")

    rows: list[tuple[str, str]] = []
    if profile.name.strip():
        rows.append((say(texts, "label_organisation"), u(profile.name.strip())))
    rows.append(
        (say(texts, "label_type"), e(texts.organisation_types[profile.organisation_type].label))
    )
    status = f" ({e(texts.country_status[country.status])})" if country else ""
    rows.append((say(texts, "label_country"), e(country_name) + status))
    rows.append((say(texts, "label_accreditation"), held(profile.holds_vet_accreditation)))
    if profile.organisation_type is OrganisationType.HIGHER_EDUCATION or profile.holds_eche:
        rows.append((say(texts, "label_eche"), held(profile.holds_eche)))
    rows.append((say(texts, "label_grants"), e(profile.short_term_grants_previous_4_calls)))
    rows.append((say(texts, "label_experience"), e(texts.experience[profile.experience].label)))
    goals = "; ".join(texts.goals[g].label for g in profile.goals) or memo_text(texts, "no_goals")
    rows.append((say(texts, "label_goals"), e(goals)))
    if profile.partners:
        partners = []
        for partner in profile.partners:
            p_country = countries.get(partner.country)
            parts = [isolate(partner.name.strip()) or memo_text(texts, "partner_without_name")]
            parts.append(p_country.name if p_country else partner.country)
            if partner.organisation_type is not None:
                parts.append(texts.organisation_types[partner.organisation_type].label)
            partners.append(e(", ".join(parts)))
        rows.append((say(texts, "label_partners"), "<br>".join(partners)))
    if profile.participants is not None:
        rows.append((say(texts, "label_participants"), e(profile.participants)))
    return rows


def _verdict_line(verdict: Verdict, texts: Texts) -> str:
    colour, tint = VERDICT_COLOURS[verdict]
    words = texts.verdicts[verdict]
    return (
        f'<table width="100%" border="0" cellspacing="0" cellpadding="5"><tr>'
        f'<td bgcolor="{tint}" style="color: {colour};">'
        f"<b>{e(present.verdict_text(verdict, texts))}</b> "
        f'<span style="color: #1a1a1a;">{e(words.help)}</span></td></tr></table>'
    )


def _criteria_table(results: list[CriterionResult], texts: Texts) -> str:
    head = (
        f'<thead><tr><th width="16%">{say(texts, "col_result")}</th>'
        f'<th width="21%">{say(texts, "col_criterion")}</th>'
        f"<th>{say(texts, 'col_why')}</th></tr></thead>"
    )
    body = []
    for c in results:
        colour = OUTCOME_COLOURS[c.outcome]
        kind = (
            ""
            if c.outcome is Outcome.MET or c.hard
            else f"<br><span class='small'>{say(texts, 'can_be_fixed')}</span>"
        )
        if c.outcome is Outcome.NOT_MET and c.hard:
            kind = f"<br><span class='small'>{say(texts, 'excludes')}</span>"
        why = e(c.explanation) + unverified_mark(c.verified, texts)
        if c.third_party_only:
            why += f' <span class="unverified">{e(texts.say("third_party_only"))}</span>'
        if c.fix:
            why += f"<br><i>{say(texts, 'to_fix')}</i> {e(c.fix)}"
        if c.note:
            why += f"<br><span class='small'>{e(c.note)}</span>"
        body.append(
            f'<tr><td><b style="color: {colour};">{say(texts, OUTCOME_KEYS[c.outcome])}</b>'
            f"{kind}</td><td>{e(c.label)}</td><td>{why}</td></tr>"
        )
    return f"{TABLE}{head}{''.join(body)}</table>"


def _key_data(
    action: Action,
    catalogue: Catalogue,
    today: date,
    texts: Texts,
    zone_name: str | None,
    country_name: str,
) -> str:
    rows = []
    for row in present.key_data(action, today, texts, catalogue=catalogue):
        cell = e(row.value) + unverified_mark(row.verified, texts)
        if row.deadline is not None and zone_name:
            local = local_deadline(row.deadline, zone_name, country_name, texts)
            if local:
                cell += f"<br>{e(local)}"
        rows.append((e(row.label), cell))
    return _rows(rows)


def _mobility_details(recs: Recommendations, code: str, texts: Texts) -> str:
    m = recs.mobility
    if m is None or m.code != code:
        return ""
    parts = [f"<h3>{say(texts, 'mobility_heading')}</h3>"]
    parts.extend(f"<p>{e(reason)}</p>" for reason in m.reasons)
    if m.next_step:
        parts.append(f"<p>{say(texts, 'next_step', code=m.next_step)}</p>")
    if m.activities:
        head = (
            f'<thead><tr><th width="44%">{say(texts, "col_activity")}</th>'
            f'<th width="16%">{say(texts, "col_duration")}</th>'
            f"<th>{say(texts, 'col_serves')}</th></tr></thead>"
        )
        body = []
        for a in m.activities:
            days = present.day_range(a.min_days, a.max_days, texts) or memo_text(
                texts, "days_unknown"
            )
            goals = "; ".join(texts.goals[g].label for g in a.matched_goals) or memo_text(
                texts, "serves_none"
            )
            body.append(
                f"<tr><td>{e(a.name)}{unverified_mark(a.verified, texts)}</td>"
                f"<td>{e(days)}</td><td>{e(goals)}</td></tr>"
            )
        parts.append(f"{TABLE}{head}{''.join(body)}</table>")
    return "".join(parts)


def _partnership_details(recs: Recommendations, code: str, texts: Texts) -> str:
    p = recs.partnership
    if p is None or p.code != code:
        return ""
    amount = e(present.format_eur(p.lump_sum_eur, language=texts.language))
    parts = [
        f"<h3>{say(texts, 'partnership_heading')}</h3>",
        f"<p>{say_html(texts, 'lump_sum', amount=f'<b>{amount}</b>')}</p>",
    ]
    parts.extend(f"<p>{e(reason)}</p>" for reason in p.reasons)
    return "".join(parts)


def _cluster_details(recs: Recommendations, action: Action, texts: Texts) -> str:
    if action.family is not Family.COVE:
        return ""
    ids = {c.id for c in action.clusters}
    clusters = [c for c in recs.cove_clusters if c.id in ids]
    parts = [f"<h3>{say(texts, 'clusters_heading')}</h3>"]
    if not clusters:
        parts.append(f"<p>{say(texts, 'no_clusters')}</p>")
        return "".join(parts)
    for c in clusters:
        examples = "".join(f"<li>{e(x)}</li>" for x in c.examples)
        parts.append(
            f"<p><b>{e(c.title)}</b>{unverified_mark(c.verified, texts)}. {e(c.reason)}</p>"
            f"<ul>{examples}</ul>"
        )
    return "".join(parts)


def _sources(action: Action, catalogue: Catalogue, texts: Texts, home_country: str | None) -> str:
    """Every source of the action under its kind: official, national agencies (the user's
    own first), third-party pages."""
    parts = []
    for kind, ids in catalogue.grouped_sources(action.ordered_source_ids(), home_country):
        items = "".join(
            f"<li>{e(catalogue.sources[i].title)} ({e(catalogue.sources[i].guide_year)})<br>"
            f'<span class="small">{e(catalogue.sources[i].url)}</span></li>'
            for i in ids
        )
        parts.append(f"<p><b>{e(texts.say('sources_' + kind.value))}</b></p><ul>{items}</ul>")
    if not parts:
        return ""
    return f"<h3>{say(texts, 'sources_heading')}</h3>{''.join(parts)}"


def _other_field(recs: Recommendations, catalogue: Catalogue, texts: Texts) -> str:
    """Where an organisation whose main field is not VET finds its own strands."""
    field = recs.other_field
    if field is None:
        return ""
    links = "".join(
        f"<li>{e(catalogue.sources[i].title)}<br>"
        f'<span class="small">{e(catalogue.sources[i].url)}</span></li>'
        for _, ids in catalogue.grouped_sources(field.sources)
        for i in ids
    )
    codes = texts.say("other_field_actions", codes=", ".join(field.actions))
    return (
        f"<h3>{e(texts.say('other_field_heading', title=field.title))}"
        f"{unverified_mark(field.verified, texts)}</h3>"
        f"<p>{e(field.text)}</p><p><b>{e(codes)}</b></p><ul>{links}</ul>"
    )


def _your_plan(item: ShortlistItem, texts: Texts) -> str:
    if item.note.strip():
        note = text_block(item.note)
    else:
        note = f'<span class="small">{say(texts, "no_note")}</span>'
    rows = [
        (say(texts, "label_status"), e(status_label(item.status, texts))),
        (say(texts, "label_added"), e(memo_date(item.added, texts.language))),
        (say(texts, "label_note"), note),
    ]
    return f"<h3>{say(texts, 'plan_heading')}</h3>" + _rows(rows)


def _official_title(action: Action, texts: Texts) -> str:
    """The English title of a translated action, as the portals show it; '' in English."""
    if not action.official_title or action.official_title == action.title:
        return ""
    return memo_text(texts, "official_title", title=action.official_title)


def _action_section(
    number: int,
    item: ShortlistItem,
    catalogue: Catalogue,
    today: date,
    recs: Recommendations | None,
    texts: Texts,
    zone_name: str | None,
    country_name: str,
    home_country: str | None = None,
) -> str:
    try:
        action = catalogue.action(item.code)
    except KeyError:
        return (
            f'<h2 class="action">{number}. {e(item.code)}</h2>'
            f"<p>{say(texts, 'not_in_catalogue', call_year=catalogue.call_year)}</p>"
            + _your_plan(item, texts)
        )
    parts = [
        f'<h2 class="action">{number}. {e(action.title)} '
        f'<span class="code">({e(action.code)})</span></h2>',
    ]
    official = _official_title(action, texts)
    if official:
        parts.append(f'<p class="lead"><i>{e(official)}</i></p>')
    parts.append(
        f'<p class="lead">{e(texts.families[action.family].label)}. {e(action.summary)}</p>'
    )
    if recs is None:
        parts.append(f"<p><i>{say(texts, 'no_verdict_profile')}</i></p>")
    else:
        try:
            result = recs.result(action.code)
        except KeyError:
            result = None
        if result is None:
            parts.append(f"<p><i>{say(texts, 'no_verdict')}</i></p>")
        else:
            parts.append(_verdict_line(result.verdict, texts))
            group = recs.group_of(action.code)
            parts.append(
                f"<p><b>{say(texts, 'group_' + group)}.</b> "
                f'<span class="small">{say(texts, "group_" + group + "_help")}</span></p>'
            )
            role = action.partner.name if action.partner else texts.say("partner_fallback")
            partner_line = present.partner_verdict_text(result.partner_verdict, role, texts)
            parts.append(f'<p class="small">{e(partner_line)}</p>')
            parts.append(f"<p>{e(' '.join(result.reasons))}</p>")
            parts.append(_criteria_table(result.criteria, texts))
    parts.append(f"<h3>{say(texts, 'key_data_heading')}</h3>")
    parts.append(_key_data(action, catalogue, today, texts, zone_name, country_name))
    if recs is not None:
        parts.append(_mobility_details(recs, action.code, texts))
        parts.append(_partnership_details(recs, action.code, texts))
        parts.append(_cluster_details(recs, action, texts))
    parts.append(_your_plan(item, texts))
    parts.append(_sources(action, catalogue, texts, home_country))
    return "".join(parts)


def _summary(
    shortlist: Shortlist,
    catalogue: Catalogue,
    today: date,
    recs: Recommendations | None,
    texts: Texts,
) -> str:
    head = (
        f'<thead><tr><th width="4%">{say(texts, "col_number")}</th>'
        f"<th>{say(texts, 'col_action')}</th>"
        f'<th width="16%">{say(texts, "col_verdict")}</th>'
        f'<th width="28%">{say(texts, "col_next_deadline")}</th>'
        f'<th width="15%">{say(texts, "col_your_status")}</th></tr></thead>'
    )
    rows: dict[str, list[str]] = {"recommended": [], "also_open": [], "other": []}
    for number, item in enumerate(shortlist.items, start=1):
        try:
            action: Action | None = catalogue.action(item.code)
        except KeyError:
            action = None
        title = ""
        if action is not None:
            title = f"{e(action.title)}<br>"
            official = action.official_title
            if official and official != action.title:
                title += f'<span class="small"><i>{e(official)}</i></span><br>'
        verdict = say(texts, "verdict_not_shown")
        if recs is not None and action is not None:
            try:
                v = recs.result(action.code).verdict
                verdict = (
                    f'<b style="color: {VERDICT_COLOURS[v][0]};">{e(texts.verdicts[v].label)}</b>'
                )
            except KeyError:
                verdict = say(texts, "verdict_not_computed")
        deadline = say(texts, "deadline_not_in_catalogue")
        if action is not None:
            info = next_deadline(action, today)
            deadline = _deadline_short(info, texts) if info else say(texts, "deadline_none")
        group = recs.group_of(item.code) if recs is not None else "other"
        rows[group].append(
            f'<tr><td>{number}</td><td>{title}<span class="code">{e(item.code)}</span></td>'
            f"<td>{verdict}</td><td>{deadline}</td>"
            f"<td>{e(status_label(item.status, texts))}</td></tr>"
        )
    if not any(rows.values()):
        return f"<p>{say(texts, 'empty')}</p>"
    if recs is None:
        return f"{TABLE}{head}{''.join(rows['other'])}</table>"
    # With a profile: what serves the user's goals apart from what is merely open.
    parts = []
    for group, body in rows.items():
        if body:
            parts.append(
                f"<h3>{say(texts, 'group_' + group)}</h3>"
                f'<p class="small">{say(texts, "group_" + group + "_help")}</p>'
                f"{TABLE}{head}{''.join(body)}</table>"
            )
    return "".join(parts)


def _director_summary(
    shortlist: Shortlist,
    catalogue: Catalogue,
    today: date,
    recs: Recommendations | None,
    texts: Texts,
) -> str:
    """Page 1 in three lines for the director: what we recommend, by when, what it costs."""
    codes = [item.code for item in shortlist.items]
    if recs is not None:
        chosen = [c for c in codes if recs.group_of(c) == "recommended"]
        lead = "summary_recommended" if chosen else "summary_none_for_goals"
    else:
        chosen, lead = codes, "summary_shortlisted"
    lines = []
    for code in chosen:
        try:
            action = catalogue.action(code)
        except KeyError:
            continue
        info = next_deadline(action, today)
        if info is None:
            when = say(texts, "deadline_none")
        else:
            when = e(formatting.format_date(info.at.date(), texts.language))
            if info.status is DeadlineStatus.EXPECTED:
                when += f" ({e(memo_text(texts, 'short_expected'))})"
            when += unverified_mark(not present.deadline_unverified(info), texts)
        lines.append(
            f"<li><b>{e(code)}</b> – {e(action.title)}: "
            f"{say(texts, 'summary_next_deadline')} {when}</li>"
        )
    budget = _summary_budget(shortlist, texts)
    body = f"<ul>{''.join(lines)}</ul>" if lines else ""
    return (
        f'<div class="director"><h2>{say(texts, "summary_heading")}</h2>'
        f"<p>{say(texts, lead)}</p>{body}<p>{budget}</p></div>"
    )


def _summary_budget(shortlist: Shortlist, texts: Texts) -> str:
    """The summary's budget line: the stored plan's total as the model words it (range or
    total, with what it leaves out), or that no budget was estimated."""
    plan = shortlist.budget
    if plan is None:
        return say(texts, "summary_budget_none")
    try:
        result = estimate(plan, language=texts.language)
    except BudgetError:
        return say(texts, "summary_budget_failed")
    return say(
        texts, "summary_budget", action=plan.action, year=plan.call_year, headline=result.headline
    )


def _deadline_short(info: DeadlineInfo, texts: Texts) -> str:
    state = present.deadline_state(info, texts)
    mark = unverified_mark(not present.deadline_unverified(info), texts)
    return (
        f"{e(formatting.format_datetime(info.at, texts.language))}"
        f'<br><span class="small">{e(present.zone_words(info.time_zone, texts))}, {e(state)}</span>{mark}'
    )


def _checklist(shortlist: Shortlist, catalogue: Catalogue, today: date, texts: Texts) -> str:
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
    data: ReadinessData = load_readiness(texts.language)
    due: dict[tuple[str, str], date] = {}  # (step id, action code) -> due day
    for action in actions.values():
        info = next_deadline(action, today)
        if info is not None:
            for todo in plan(action, info, today, data):
                due[(todo.step_id, action.code)] = todo.due
    rows: list[tuple[date, str]] = []
    for step in data.steps:
        chosen = [a for a in actions.values() if step.applies_to.matches(a)]
        if not chosen:
            continue
        if len(chosen) == len(actions):
            which = say(texts, "all_actions")
        else:
            which = ", ".join(e(a.code) for a in chosen)
        dates = [due[(step.id, a.code)] for a in chosen if (step.id, a.code) in due]
        done = step.done_for(shortlist.profile)
        by = ""
        if dates:
            first = min(dates)
            by = e(formatting.format_date(first, texts.language))
            if done:
                by += f"<br><b>{say(texts, 'done_from_answers')}</b>"
            elif first < today:
                colour = OUTCOME_COLOURS[Outcome.NOT_MET]
                by += f'<br><b style="color: {colour};">{say(texts, "overdue")}</b>'
        box = "\u2611" if done else "\u2610"
        rows.append(
            (
                min(dates) if dates else date.max,
                f"<tr><td>{box}</td><td>{e(step.title)}{unverified_mark(step.verified, texts)}"
                f"</td><td>{which}</td><td>{by}</td></tr>",
            )
        )
    # By do-by date, earliest first (a stable sort: the data's order for the same day).
    rows.sort(key=lambda row: row[0])
    head = (
        f'<thead><tr><th width="5%"></th><th>{say(texts, "col_step")}</th>'
        f'<th width="30%">{say(texts, "col_for")}</th>'
        f'<th width="15%">{say(texts, "col_do_by")}</th></tr></thead>'
    )
    do_by = memo_text(texts, "col_do_by")
    return (
        f'<h2 class="part">{say(texts, "checklist_heading")}</h2>'
        f"{TABLE}{head}{''.join(row for _, row in rows)}</table>"
        f'<p class="small">{e(data.guidance_note)} {say(texts, "do_by_note", column=do_by)}</p>'
    )


def budget_section(shortlist: Shortlist, texts: Texts) -> str:
    """The budget estimate added to the memo (``shortlist.budget``), made again from the unit
    costs: the total with what it leaves out, each flow's lines with their formula, the lines
    and costs not estimated with the reason, and the note on final amounts. "" without a plan.
    """
    plan = shortlist.budget
    if plan is None:
        return ""
    heading = say(texts, "budget_heading", action=plan.action, year=plan.call_year)
    if plan.name:
        heading += f" – {e(plan.name)}"
    try:
        result = estimate(plan, language=texts.language)
    except BudgetError as exc:
        failed = say(texts, "budget_failed", problem=str(exc))
        return f'<h2 class="part">{heading}</h2><p>{failed}</p>'
    language = texts.language
    parts = [f'<h2 class="part">{heading}</h2>', f'<p class="lead"><b>{e(result.headline)}</b></p>']
    parts += [f"<p><b>⚠</b> {e(w)}</p>" for w in result.warnings]
    head = (
        f'<thead><tr><th width="24%">{say(texts, "col_cost")}</th>'
        f'<th width="18%">{say(texts, "col_amount")}</th>'
        f"<th>{say(texts, 'col_how')}</th></tr></thead>"
    )
    for flow in result.flows:
        title = say(
            texts,
            "budget_flow",
            n=flow.flow,
            activity=flow.activity_name + (f" ({flow.label})" if flow.label else ""),
            people=texts.count("people", flow.participants),
            days=texts.count("days", flow.days),
            origin=flow.from_city,
            origin_country=flow.from_country,
            destination=flow.to_city,
            destination_country=flow.to_country,
            km=formatting.format_number(flow.distance_km, language),
        )
        parts.append(f"<h3>{title}</h3>")
        parts += [f"<p><b>⚠</b> {e(w)}</p>" for w in flow.warnings]
        rows = []
        for line in result.lines:
            if line.flow != flow.flow:
                continue
            if line.estimated and line.low_eur is not None and line.high_eur is not None:
                low, high = line.low_eur, line.high_eur
                amount = formatting.format_eur(low, language)
                if high != low:
                    amount += "–" + formatting.format_eur(high, language)
                how = line.formula or ""
            else:
                amount = say(texts, "budget_not_estimated")
                how = line.reason or ""
            rows.append(
                f"<tr><td>{e(line.label)}{unverified_mark(line.verified, texts)}</td>"
                f"<td>{e(amount)}</td><td>{e(how)}</td></tr>"
            )
        parts.append(f"{TABLE}{head}{''.join(rows)}</table>")
    if result.not_estimated:
        items = "".join(f"<li>{e(text)}</li>" for text in result.not_estimated)
        parts.append(f"<h3>{say(texts, 'budget_not_estimated')}</h3><ul>{items}</ul>")
    parts.append(f'<p class="small">{e(result.final_amounts_note)}</p>')
    return "".join(parts)


# --- the memo -------------------------------------------------------------------------------


class MemoParts:
    """The decision memo in parts that each start on a new page, built one part at a time.

    Part 0 is the front matter (organisation, summary table); parts 1 to n are the shortlist's
    actions in order; the budget estimate added to the memo follows when there is one; the
    checklist, with the closing note, is the last part (the closing note
    ends the last action's part when there is no checklist). ``head + part + foot`` is a whole
    HTML document, and ``head + every part + foot`` is :func:`memo_html`. A PDF can lay the
    parts out one by one: memory and the time of each step stay bounded however long the
    shortlist and its notes are.

    The arguments are those of :func:`memo_html`.
    """

    def __init__(
        self,
        shortlist: Shortlist,
        catalogue: Catalogue,
        today: date,
        recommendations: Recommendations | None,
        language: str = "en",
    ) -> None:
        texts = load_texts(language)
        countries = load_countries(language)
        profile = shortlist.profile
        if recommendations is None and profile is not None:
            recommendations = recommend(profile, catalogue, today, language=language)
        self._shortlist = shortlist
        self._items = shortlist.items
        self._catalogue = catalogue
        self._today = today
        self._recs = recommendations
        self._texts = texts
        self._countries = countries
        self._language = language
        self._zone_name = local_time_zone(profile, countries)
        country = countries.get(profile.country) if profile else None
        self._country_name = country.name if country else ""
        self.head = (
            f'<html lang="{e(language)}"><head><title>{u(shortlist.name)}</title>'
            f"<style>{STYLE}</style></head><body>"
        )
        self.foot = "</body></html>"
        self._closing = (
            '<p style="margin-top: 10px;"></p><table width="100%" border="0" cellspacing="0" '
            f'cellpadding="6"><tr><td bgcolor="{LABEL_BG}"><b>{say(texts, "prevails")}</b> '
            f"{e(catalogue.guide_note)}</td></tr></table>"
        )
        if present.with_footnotes(self._named_places(), texts) != self._named_places():
            self._closing += f'<p class="small">{e(texts.say("kosovo_footnote"))}</p>'
        self._checklist = _checklist(shortlist, catalogue, today, texts)
        self._budget = budget_section(shortlist, texts)

    def _named_places(self) -> str:
        """The country names and action texts the memo shows, to see whether it needs the
        footnote of a designation (Kosovo*)."""
        codes = {item.code for item in self._items}
        names = [self._country_name]
        profile = self._shortlist.profile
        for partner in profile.partners if profile else ():
            country = self._countries.get(partner.country)
            names.append(country.name if country else "")
        names += [a.model_dump_json() for a in self._catalogue.actions if a.code in codes]
        return "\n".join(names)

    def __len__(self) -> int:
        return 1 + len(self._items) + (1 if self._budget else 0) + (1 if self._checklist else 0)

    def part(self, index: int) -> str:
        """The body HTML of part ``index`` (0 <= index < len(self))."""
        if not 0 <= index < len(self):
            raise IndexError(index)
        profile = self._shortlist.profile
        profile_country = profile.country if profile is not None else None
        if index == 0:
            body = self._front()
        elif index <= len(self._items):
            body = _action_section(
                index,
                self._items[index - 1],
                self._catalogue,
                self._today,
                self._recs,
                self._texts,
                self._zone_name,
                self._country_name,
                profile_country,
            )
        elif self._budget and index == len(self._items) + 1:
            body = self._budget
        else:
            body = self._checklist
        return body + (self._closing if index == len(self) - 1 else "")

    def document(self, index: int) -> str:
        """Part ``index`` as a whole HTML document, with the memo's head and style.

        The document starts at the top of its first page: the page break before the part is
        left to whoever puts the documents one after the other.
        """
        return self.head + PART_START.sub(PART_START_ON_TOP, self.part(index), count=1) + self.foot

    def html(self) -> str:
        """The whole memo as one HTML document."""
        return self.head + "".join(self.part(i) for i in range(len(self))) + self.foot

    def _front(self) -> str:
        texts, language, profile = self._texts, self._language, self._shortlist.profile
        deadlines = (
            say(
                texts,
                "intro_deadlines_local",
                zone=formatting.zone_name(self._zone_name, texts.language),
            )
            if self._zone_name
            else say(texts, "intro_deadlines")
        )
        # the marker's word in quotes, without its brackets: „nije provereno“
        mark = f'<span class="unverified">{e(present.unverified_mark(texts).strip("()"))}</span>'
        intro = " ".join(
            [
                say(texts, "intro_exported", date=memo_date(self._today, language)),
                say(
                    texts,
                    "intro_catalogue",
                    call_year=self._catalogue.call_year,
                    data_as_of=memo_date(self._catalogue.data_as_of, language),
                ),
                e(
                    present.rules_summary(self._recs, texts)
                    if self._recs
                    else present.rules_sentence(
                        present.catalogue_rules(self._catalogue, self._today), texts
                    )
                ),
                deadlines,
                say_html(texts, "intro_unverified", mark=mark),
            ]
        )
        parts = [
            f'<p class="small">{say(texts, "kind")}</p>',
            f"<h1>{u(self._shortlist.name)}</h1>",
            _director_summary(self._shortlist, self._catalogue, self._today, self._recs, texts),
            f'<p class="lead">{intro}</p>',
            f"<h2>{say(texts, 'organisation_heading')}</h2>",
        ]
        if profile is not None:
            parts.append(_profile_rows_html(profile, texts, self._countries))
        else:
            parts.append(f"<p>{say(texts, 'no_profile')}</p>")
        if self._recs is not None and self._recs.other_field is not None:
            parts.append(_other_field(self._recs, self._catalogue, texts))
        parts.append(f"<h2>{say(texts, 'actions_heading', count=len(self._items))}</h2>")
        parts.append(_summary(self._shortlist, self._catalogue, self._today, self._recs, texts))
        return "".join(parts)


def memo_html(
    shortlist: Shortlist,
    catalogue: Catalogue,
    today: date,
    recommendations: Recommendations | None,
    language: str = "en",
) -> str:
    """The decision memo for ``shortlist`` as one HTML document (escaped, QTextDocument-ready).

    ``catalogue`` should be ``load_catalogue(..., language=language)`` and ``recommendations``
    ``recommend(shortlist.profile, catalogue, today, language=language)``; when it is None but
    the shortlist carries a profile, it is computed here.
    """
    return MemoParts(shortlist, catalogue, today, recommendations, language).html()


def _profile_rows_html(profile: InstitutionProfile, texts: Texts, countries: CountryTable) -> str:
    return _rows(_profile_rows(profile, texts, countries), label_width=30)
