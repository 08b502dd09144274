"""The detail pane of an action as HTML: formatting only, every value from the model.

Pure functions (Qt only for ``tr``), so the content is easy to test. Every string from the
data is escaped; nothing from the catalogue is ever treated as markup. Headings and labels
are in the UI language (``tr``); dates, key data and every catalogue text are in the
language of ``texts`` and the catalogue given (``i18n.model_language()``).

Glossary terms in key-data values are links ``glossary:<id>``; the detail pane opens the
glossary at that term.
"""

from __future__ import annotations

import re
from datetime import date
from html import escape
from urllib.parse import urlsplit

from vetguide.model import formatting
from vetguide.model.catalogue import Action, Activity, Catalogue, Cluster
from vetguide.model.glossary import Glossary
from vetguide.model.present import day_range, unverified_mark, with_footnotes
from vetguide.model.resources import load_texts
from vetguide.model.texts import Texts
from vetguide.model.vocab import SourceKind
from vetguide.ui.i18n import QT_TRANSLATE_NOOP, model_language, tr
from vetguide.ui.palette import html_style

GLOSSARY_SCHEME = "glossary"
# English source texts; shown through tr() (the markers put them in the .ts files).
UNVERIFIED_HINT = QT_TRANSLATE_NOOP(
    "",
    "Not yet checked against an official or national-agency source; "
    "confirm it in the Programme Guide before you rely on it.",
)
SOURCE_GROUPS = {
    SourceKind.OFFICIAL: QT_TRANSLATE_NOOP(
        "", "Official sources (Programme Guide, call, EACEA, European Commission)"
    ),
    SourceKind.NATIONAL_AGENCY: QT_TRANSLATE_NOOP(
        "", "National agencies, national offices and government portals"
    ),
    SourceKind.THIRD_PARTY: QT_TRANSLATE_NOOP("", "Third-party pages (not official)"),
}
SOURCE_KINDS = {
    SourceKind.OFFICIAL: QT_TRANSLATE_NOOP("", "official"),
    SourceKind.NATIONAL_AGENCY: QT_TRANSLATE_NOOP("", "national agency"),
    SourceKind.THIRD_PARTY: QT_TRANSLATE_NOOP("", "third party, not official"),
}
BASE_STYLE = """
h2 { margin-bottom: 0px; }
h3 { margin-top: 14px; margin-bottom: 4px; }
dd { margin-bottom: 6px; }
.note { font-style: italic; }
.official { font-size: small; }
.meta { font-size: small; }
"""


def style() -> str:
    """The rich-text views' style sheet, with the warning colour of the current palette."""
    return BASE_STYLE + html_style()


def source_kind(kind: SourceKind) -> str:
    """The kind of a source in the UI language."""
    return tr(SOURCE_KINDS[kind]) if kind in SOURCE_KINDS else kind.value


def mark_text() -> str:
    """The unverified mark as every front door writes it (:func:`present.unverified_mark`),
    in the language of the data shown."""
    return unverified_mark(load_texts(model_language()))


def unverified(verified: bool) -> str:
    """A visible mark for an unverified fact (text, not colour alone)."""
    if verified:
        return ""
    hint = escape(tr(UNVERIFIED_HINT))
    return f' <span class="unverified" title="{hint}">{escape(mark_text())}</span>'


def format_date(day: date) -> str:
    """A date as the language of the catalogue shown writes it."""
    return formatting.format_date(day, model_language())


def stamp(catalogue: Catalogue) -> str:
    """The "data as of" stamp shown with every view of the catalogue."""
    return tr("Call {year} · data as of {date}").format(
        year=catalogue.call_year, date=format_date(catalogue.data_as_of)
    )


def term_names(term: str) -> list[str]:
    """The names a glossary term goes by: ``EQF (European …)`` is also ``EQF`` and ``European …``."""
    names = [term]
    match = re.fullmatch(r"(.+?) \((.+)\)", term)
    if match:
        names += [match.group(1), match.group(2)]
    return names


def glossary_links(text: str, glossary: Glossary | None) -> str:
    """``text`` escaped, with each glossary term in it (whole words, any case) a link.

    Only the glossary's own term names match, never a part of a longer word; the first
    occurrence of each term is linked.
    """
    if glossary is None:
        return escape(text)
    names = sorted(
        ((name, entry.id) for entry in glossary.entries for name in term_names(entry.term)),
        key=lambda pair: -len(pair[0]),
    )
    if not names:
        return escape(text)
    ids = {name.casefold(): entry_id for name, entry_id in names}
    pattern = re.compile(
        r"(?<!\w)(" + "|".join(re.escape(name) for name, _ in names) + r")(?!\w)", re.IGNORECASE
    )
    out: list[str] = []
    linked: set[str] = set()
    position = 0
    for match in pattern.finditer(text):
        entry_id = ids[match.group(1).casefold()]
        if entry_id in linked:
            continue
        linked.add(entry_id)
        out.append(escape(text[position : match.start()]))
        out.append(f'<a href="{GLOSSARY_SCHEME}:{entry_id}">{escape(match.group(1))}</a>')
        position = match.end()
    out.append(escape(text[position:]))
    return "".join(out)


def _h3(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"


def _p(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _activity(activity: Activity) -> str:
    parts = [f"<b>{escape(activity.name)}</b>{unverified(activity.verified)}"]
    details = [escape(activity.participants)]
    days = day_range(activity.min_days, activity.max_days, load_texts(model_language()))
    if days:
        details.append(escape(days))
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
    year = tr("Guide / call year {year}").format(year=source.guide_year)
    return (
        f'<li><a href="{url}">{escape(source.title)}</a>'
        f"<br>{escape(source_kind(source.kind))} · {escape(year)}"
        f" · {escape(urlsplit(source.url).netloc)}</li>"
    )


def action_html(
    action: Action,
    catalogue: Catalogue,
    today: date,
    texts: Texts,
    local_zone: str | None = None,
    glossary: Glossary | None = None,
    home_country: str | None = None,
) -> str:
    """The whole detail page of one action; deadlines also on ``local_zone``'s clock.

    With ``glossary`` (in the language of ``texts``), its terms in key-data values link to it.
    Sources are listed official first, then national agencies (``home_country``'s first),
    then third-party pages; the action's own reading list leads each group.
    """
    # present imports the recommender, which start-up does not need.
    from vetguide.model.present import key_data

    out = [
        f"<h2>{escape(action.code)}</h2>",
        f"<p><b>{escape(action.title)}</b><br>",
    ]
    if action.official_title and action.official_title != action.title:
        label = tr("Official title in English:")
        out.append(
            f'<span class="official">{escape(label)} <i lang="en">'
            f"{escape(action.official_title)}</i></span><br>"
        )
    out += [
        f"{escape(texts.families[action.family].label)}</p>",
        f"<p>{escape(action.summary)}</p>",
        _h3(tr("Key data")),
        "<dl>",
    ]
    rows = key_data(action, today, texts, local_zone=local_zone, catalogue=catalogue)
    for row in rows:
        out.append(
            f"<dt><b>{escape(row.label)}</b></dt>"
            f"<dd>{glossary_links(row.value, glossary)}{unverified(row.verified)}</dd>"
        )
    out.append("</dl>")
    if action.activities:
        out.append(_h3(tr("Activities")) + "<ul>")
        out.extend(_activity(a) for a in action.activities)
        out.append("</ul>")
    if action.clusters:
        out.append(_h3(tr("Clusters of activities")) + "<ul>")
        out.extend(_cluster(c) for c in action.clusters)
        out.append("</ul>")
    unverified_count = sum(1 for row in rows if not row.verified)
    unverified_count += sum(1 for a in action.activities if not a.verified)
    unverified_count += sum(1 for c in action.clusters if not c.verified)
    out.append(_h3(tr("Sources")))
    if unverified_count:
        legend = unverified_legend(unverified_count)
        out.append(
            f'<p><span class="unverified">{escape(mark_text())}</span> '
            f"{escape(legend)} {escape(tr(UNVERIFIED_HINT))}</p>"
        )
    for kind, ids in catalogue.grouped_sources(action.ordered_source_ids(), home_country):
        out.append(_p(tr(SOURCE_GROUPS[kind])) + "<ul>")
        out.extend(_source(catalogue, source_id) for source_id in ids)
        out.append("</ul>")
    out.append(f'<p class="note">{escape(catalogue.guide_note)}</p>')
    texts = load_texts(model_language())
    named = action.model_dump_json()
    if with_footnotes(named, texts) != named:  # names Kosovo*: the designation's footnote
        out.append(f'<p class="note">{escape(texts.say("kosovo_footnote"))}</p>')
    out.append(f'<p class="meta">{escape(stamp(catalogue))}</p>')
    return "\n".join(out)


def unverified_legend(count: int) -> str:
    """What the "(unverified)" mark means on a page with ``count`` such facts."""
    if count == 1:
        return tr("marks 1 fact on this page:")
    return tr("marks {count} facts on this page:", None, count).format(count=count)


def welcome_html(catalogue: Catalogue, texts: Texts) -> str:
    """What the detail pane shows before an action is selected."""
    families = "".join(
        f"<li><b>{escape(texts.families[family].label)}</b> – "
        f"{escape(texts.families[family].help)}</li>"
        for family, actions in catalogue.by_family().items()
        if actions
    )
    menu = escape(tr("Guide → Find my actions"))
    how = escape(tr("Use {menu} to see which actions fit your organisation."))
    heading = escape(tr("Erasmus+ for vocational education and training"))
    choose = escape(
        tr("Choose an action in the catalogue to see its key data, deadlines and sources.")
    )
    return (
        f"<h2>{heading}</h2>"
        f"<p>{choose} {how.format(menu=f'<b>{menu}</b>')}</p>"
        f"<ul>{families}</ul>"
        f'<p class="note">{escape(catalogue.guide_note)}</p>'
        f'<p class="meta">{escape(stamp(catalogue))}</p>'
    )
