"""The detail pane of an action as HTML: formatting only, every value from the model.

Pure functions without Qt, so the content is easy to test. Every string from the data is
escaped; nothing from the catalogue is ever treated as markup.
"""

from __future__ import annotations

from datetime import date
from html import escape
from urllib.parse import urlsplit

from vetguide.model.catalogue import Action, Activity, Catalogue, Cluster
from vetguide.model.texts import Texts
from vetguide.model.vocab import SourceKind

UNVERIFIED_MARK = "unverified"
UNVERIFIED_HINT = (
    "Not yet checked against an official or national-agency source; "
    "confirm it in the Programme Guide before you rely on it."
)
SOURCE_KINDS = {
    SourceKind.OFFICIAL: "official",
    SourceKind.NATIONAL_AGENCY: "national agency",
    SourceKind.THIRD_PARTY: "third party, not official",
}
STYLE = """
h2 { margin-bottom: 0px; }
h3 { margin-top: 14px; margin-bottom: 4px; }
dd { margin-bottom: 6px; }
.unverified { color: #9a3b00; font-weight: bold; }
.note { font-style: italic; }
.meta { font-size: small; }
"""


def unverified(verified: bool) -> str:
    """A visible mark for an unverified fact (text, not colour alone)."""
    if verified:
        return ""
    return f' <span class="unverified" title="{escape(UNVERIFIED_HINT)}">[{UNVERIFIED_MARK}]</span>'


def format_date(day: date) -> str:
    return f"{day:%d %b %Y}"


def stamp(catalogue: Catalogue) -> str:
    """The "data as of" stamp shown with every view of the catalogue."""
    return f"Call {catalogue.call_year} · data as of {format_date(catalogue.data_as_of)}"


def _days(activity: Activity) -> str:
    low, high = activity.min_days, activity.max_days
    if low and high:
        return f"{low}–{high} days" if low != high else f"{low} days"
    if low:
        return f"at least {low} days"
    if high:
        return f"up to {high} days"
    return ""


def _activity(activity: Activity) -> str:
    parts = [f"<b>{escape(activity.name)}</b>{unverified(activity.verified)}"]
    details = [escape(activity.participants)]
    days = _days(activity)
    if days:
        details.append(days)
    parts.append("<br>" + "; ".join(details))
    if activity.note:
        parts.append(f'<br><span class="note">{escape(activity.note)}</span>')
    return f"<li>{''.join(parts)}</li>"


def _cluster(cluster: Cluster) -> str:
    examples = "".join(f"<li>{escape(example)}</li>" for example in cluster.examples)
    return (
        f"<li><b>{escape(cluster.title)}</b>{unverified(cluster.verified)}"
        f"<br>{escape(cluster.description)}<ul>{examples}</ul></li>"
    )


def _source(catalogue: Catalogue, source_id: str) -> str:
    source = catalogue.sources[source_id]
    url = escape(source.url, quote=True)
    kind = SOURCE_KINDS.get(source.kind, source.kind.value)
    return (
        f'<li><a href="{url}">{escape(source.title)}</a>'
        f"<br>{escape(kind)} · Guide / call year {escape(source.guide_year)}"
        f" · {escape(urlsplit(source.url).netloc)}</li>"
    )


def action_html(
    action: Action,
    catalogue: Catalogue,
    today: date,
    texts: Texts,
    local_zone: str | None = None,
) -> str:
    """The whole detail page of one action; deadlines also on ``local_zone``'s clock."""
    # present imports the recommender, which start-up does not need.
    from vetguide.model.present import UNVERIFIED, key_data

    out = [
        f"<h2>{escape(action.code)}</h2>",
        f"<p><b>{escape(action.title)}</b><br>",
        f"{escape(texts.families[action.family].label)}</p>",
        f"<p>{escape(action.summary)}</p>",
        "<h3>Key data</h3>",
        "<dl>",
    ]
    rows = key_data(action, today, texts, local_zone=local_zone)
    for label, value, verified in rows:
        if not verified and value.endswith(f" {UNVERIFIED}"):
            value = value[: -len(UNVERIFIED) - 1]  # marked once, below, like every other row
        out.append(f"<dt><b>{escape(label)}</b></dt><dd>{escape(value)}{unverified(verified)}</dd>")
    out.append("</dl>")
    if action.activities:
        out.append("<h3>Activities</h3><ul>")
        out.extend(_activity(a) for a in action.activities)
        out.append("</ul>")
    if action.clusters:
        out.append("<h3>Clusters of activities</h3><ul>")
        out.extend(_cluster(c) for c in action.clusters)
        out.append("</ul>")
    unverified_count = sum(1 for *_, verified in rows if not verified)
    unverified_count += sum(1 for a in action.activities if not a.verified)
    unverified_count += sum(1 for c in action.clusters if not c.verified)
    out.append("<h3>Sources</h3>")
    if unverified_count:
        out.append(
            f'<p><span class="unverified">[{UNVERIFIED_MARK}]</span> marks '
            f"{unverified_count} fact(s) on this page: {escape(UNVERIFIED_HINT)}</p>"
        )
    out.append("<p>Read first:</p><ol>")
    out.extend(_source(catalogue, source_id) for source_id in action.links)
    out.append("</ol>")
    others = sorted(action.source_ids() - set(action.links))
    if others:
        out.append("<p>Also used for this page:</p><ul>")
        out.extend(_source(catalogue, source_id) for source_id in others)
        out.append("</ul>")
    out.append(f'<p class="note">{escape(catalogue.guide_note)}</p>')
    out.append(f'<p class="meta">{escape(stamp(catalogue))}</p>')
    return "\n".join(out)


def welcome_html(catalogue: Catalogue, texts: Texts) -> str:
    """What the detail pane shows before an action is selected."""
    families = "".join(
        f"<li><b>{escape(texts.families[family].label)}</b> – "
        f"{escape(texts.families[family].help)}</li>"
        for family, actions in catalogue.by_family().items()
        if actions
    )
    return (
        "<h2>Erasmus+ for vocational education and training</h2>"
        "<p>Choose an action in the catalogue to see its key data, deadlines and sources. "
        "Use <b>Guide → Find my actions</b> to see which actions fit your organisation.</p>"
        f"<ul>{families}</ul>"
        f'<p class="note">{escape(catalogue.guide_note)}</p>'
        f'<p class="meta">{escape(stamp(catalogue))}</p>'
    )
