"""Serbian as a Serbian school writes it, in every output (issue 16).

Every user-visible output — the main window, the wizard and its results, the budget dialog,
the memo, the calendar, the command-line text of ``catalogue``, ``recommend`` and ``budget``
— is rendered in Serbian Latin and Cyrillic and checked for:

- Latin letters in Cyrillic text other than codes (KA122-VET), foreign acronyms, URLs and
  the protected names of the data (text in ⟦…⟧, the English official titles);
- English words of a stop list ("deadline", "days left", "call", "Europe/", …);
- a number followed by the wrong plural form of "dan" (1, 21 dan; 2, 5, 11 dana).
"""

from __future__ import annotations

import html
import json
import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QTextBrowser,
    QWidget,
)

from tests.model.test_budget_i18n import EVERYTHING, EXAMPLE
from tests.ui.helpers import TODAY
from tests.ui.test_main_i18n import choose_language
from tests.ui.test_main_window import add_actions, select_action
from tests.ui.test_wizard_i18n import SCHOOL
from vetguide.model import present
from vetguide.model.budget import estimate, estimate_text
from vetguide.model.calendar_export import calendar_items, description, summary
from vetguide.model.formatting import plural_category
from vetguide.model.recommend import recommend
from vetguide.model.resources import load_catalogue, load_countries, load_texts, resource_path
from vetguide.model.shortlist import Shortlist, ShortlistItem
from vetguide.model.translit import is_code, is_kept_word
from vetguide.report.html import memo_html
from vetguide.ui import i18n
from vetguide.ui.budget_dialog import BudgetDialog
from vetguide.ui.readiness_view import ReadinessView, todo_html
from vetguide.ui.wizard import FindActionsWizard

SERBIAN = ["sr-Latn", "sr-Cyrl"]
STOP_WORDS = re.compile(
    r"\b(deadline|days? left|call|round|expected|submit to|source|official page|"
    r"not verified|unverified|time zone)\b|Europe/|Asia/",
    re.IGNORECASE,
)
URL = re.compile(
    r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:[\w-]+\.)+(?:rs|eu|int|com|org|"
    r"net|gov|cy|gr|fi|de|at|ie|it|no|cz|me|ge|am|ua|pt|lu|tr|ac)\b\S*"
    r"|(?<!\w)/[\w./-]+"  # a file path: the data pack in use, in the status bar's tooltip
)
LATIN_WORD = re.compile(r"[A-Za-zČĆĐŠŽčćđšžÀ-ÖØ-öø-ÿ][\w+&'’.-]*")
DAYS = re.compile(r"(?<![\d.,–-])(\d+)\s+(dan|dana|дан|дана)\b")
# Keyboard shortcuts and file extensions, as Qt and the file system write them.
KEYS = re.compile(r"\b(?:Ctrl|Shift|Alt|Meta)\+[\w+]+|\bDel\b|\*?\.(?:ics|pdf|json)\b")
# Each language names itself in the View → Language menu.
LANGUAGE_NAMES = ["English", "Srpski (latinica)", "Српски (ћирилица)"]
SHORTLIST_NAME = "Ideje za 2026"
COUNTRY_CODES = frozenset(country.code for country in load_countries().countries)


def protected_names() -> list[str]:
    """What the data keeps in its own spelling: text in ⟦…⟧ of every Serbian file, the
    English official titles and the app's name; longest first, to cut them out whole."""
    names = {
        "vetguide",
        *LANGUAGE_NAMES,
        SHORTLIST_NAME,
        SCHOOL.name or "",
        "Jesen 2026",
        "Expert",
    }  # user text
    files = [
        *resource_path("texts").glob("sr-Latn.json"),
        *resource_path().glob("**/*.sr-Latn.json"),  # every data overlay
        *resource_path("i18n").glob("*_sr-Latn.ts"),
    ]
    for path in files:
        names.update(re.findall(r"⟦(.*?)⟧", Path(path).read_text(encoding="utf-8"), re.DOTALL))
    names.update(action.title for action in load_catalogue().actions)
    names.add(
        json.loads(resource_path("cities.json").read_text(encoding="utf-8"))["source"]["licence"]
    )
    return sorted(names, key=len, reverse=True)


PROTECTED = re.compile(
    "|".join(rf"(?<!\w){re.escape(name)}(?!\w)" for name in protected_names() if name.strip())
)


def without_kept_parts(text: str) -> str:
    return URL.sub(" ", KEYS.sub(" ", PROTECTED.sub(" ", text)))


def latin_leftovers(text: str) -> list[str]:
    """Latin words of a Cyrillic text that are neither codes, acronyms nor protected."""
    found = []
    for match in LATIN_WORD.finditer(without_kept_parts(text)):
        token = match.group(0).strip(".-'’")
        if not token or is_code(token) or all(is_kept_word(p) for p in token.split("-") if p):
            continue
        if token in COUNTRY_CODES:  # "(AT)" beside a city: an ISO code
            continue
        found.append(token)
    return found


def wrong_plurals(text: str) -> list[str]:
    wrong = []
    for match in DAYS.finditer(text):
        n, word = int(match.group(1)), match.group(2)
        one = plural_category(n, "sr-Latn") == "one"
        if one != (word in ("dan", "дан")):
            wrong.append(match.group(0))
    return wrong


def check(outputs: dict[str, str], language: str) -> None:
    problems = []
    for where, text in outputs.items():
        assert text.strip(), f"{where}: nothing rendered"
        english = sorted({m.group(0) for m in STOP_WORDS.finditer(without_kept_parts(text))})
        if english:
            problems.append(f"{where}: English words {english}")
        if language == "sr-Cyrl" and (latin := sorted(set(latin_leftovers(text)))):
            problems.append(f"{where}: Latin in Cyrillic {latin[:20]}")
        if plurals := wrong_plurals(text):
            problems.append(f"{where}: wrong plural {plurals[:10]}")
    assert not problems, "\n".join(problems)


# --- the checks themselves --------------------------------------------------------------------


def test_the_checks_find_what_they_are_for():
    assert latin_leftovers(
        "Рок за пријаву: deadline KA122-VET, EACEA, https://erasmusplus.rs/x"
    ) == ["deadline"]
    assert latin_leftovers("Земље EU") == ["EU"]
    assert wrong_plurals("1 dana, 21 dana, 2 dan, 5 dana, 11 dana, 31 dan") == [
        "1 dana",
        "21 dana",
        "2 dan",
    ]
    assert STOP_WORDS.search("19. 2. 2026. (Europe/Brussels)")


# --- the outputs ------------------------------------------------------------------------------


def shortlist() -> Shortlist:
    codes = [a.code for a in load_catalogue().actions]
    items = [ShortlistItem(code=code, added=TODAY) for code in codes]
    return Shortlist(name=SHORTLIST_NAME, created=TODAY, items=items, profile=SCHOOL)


def model_outputs(language: str) -> dict[str, str]:
    catalogue = load_catalogue(language=language)
    result = recommend(SCHOOL, catalogue, TODAY, language=language)
    texts = load_texts(language)
    items = calendar_items(catalogue.actions, catalogue, TODAY)
    ics = "\n".join(
        summary(item, texts) + "\n" + description(item, catalogue, texts, "Europe/Belgrade")
        for item in items
    )
    late = date(2026, 10, 20)  # every deadline passed: expected dates
    late_items = calendar_items(catalogue.actions, catalogue, late)
    ics += "\n".join(
        summary(item, texts) + "\n" + description(item, catalogue, texts) for item in late_items
    )
    memo = memo_html(shortlist(), catalogue, TODAY, result, language)
    budget = "\n".join(
        estimate_text(estimate(plan, language=language), language=language)
        for plan in (EXAMPLE, EVERYTHING)
    )
    return {
        "catalogue": present.catalogue_text(catalogue, TODAY, language),
        "recommend": present.recommendations_text(result, catalogue, language),
        "calendar": ics,
        "memo": html.unescape(re.sub(r"<style>.*?</style>|<[^>]+>", " ", memo, flags=re.DOTALL)),
        "budget": budget,
    }


@pytest.mark.parametrize("language", SERBIAN)
def test_command_line_memo_and_calendar_are_serbian(language):
    check(model_outputs(language), language)


def widget_texts(root: QWidget) -> str:
    """Every text a user can see or hear in ``root``: labels, buttons, tooltips, views."""
    parts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        parts += [widget.toolTip(), widget.accessibleName(), widget.windowTitle()]
        if isinstance(widget, QLabel | QAbstractButton):
            parts.append(html.unescape(re.sub(r"<[^>]+>", " ", widget.text())))
        if isinstance(widget, QTextBrowser):
            parts.append(widget.toPlainText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(min(model.rowCount(), 200)):
                for column in range(model.columnCount()):
                    parts.append(str(model.index(row, column).data() or ""))
                    parent = model.index(row, 0)
                    for child in range(model.rowCount(parent)):
                        parts.append(str(model.index(child, column, parent).data() or ""))
            header = getattr(widget, "horizontalHeader", lambda: None)()
            if header is not None:
                for column in range(model.columnCount()):
                    parts.append(str(model.headerData(column, header.orientation()) or ""))
    for action in root.findChildren(QWidget):
        for act in action.actions():
            parts += [act.text().replace("&", ""), act.toolTip()]
    return "\n".join(p for p in parts if p)


@pytest.fixture
def serbian(qtbot):
    yield i18n.set_language
    i18n.set_language(i18n.DEFAULT_LANGUAGE)


@pytest.mark.parametrize("language", SERBIAN)
def test_window_wizard_and_budget_are_serbian(qtbot, window, serbian, language):
    choose_language(window, language)
    add_actions(qtbot, window, "KA122-VET", "ERASMUS-EDU-CB-VET")
    outputs = {}
    for code in ["KA122-VET", "ERASMUS-EDU-CB-VET", "ERASMUS-JMO-OFET-LEARNING-EU"]:
        select_action(qtbot, window, code)
        outputs[f"window ({code})"] = widget_texts(window)

    wizard = FindActionsWizard(load_catalogue(), TODAY, SCHOOL, [("s1", SHORTLIST_NAME)], None)
    qtbot.addWidget(wizard)
    wizard.resize(1280, 800)
    wizard.show()
    while wizard.currentPage() is not wizard.results_page:
        wizard.next()
        QApplication.processEvents()
    outputs["wizard results"] = widget_texts(wizard)

    view = ReadinessView()
    qtbot.addWidget(view)
    view.show()
    catalogue = load_catalogue(language=language)
    todos = view.show_action(
        catalogue.action("KA122-VET"), catalogue, TODAY, time_zone="Europe/Belgrade"
    )
    steps = "\n".join(html.unescape(re.sub(r"<[^>]+>", " ", todo_html(t))) for t in todos)
    outputs["readiness plan"] = widget_texts(view) + "\n" + steps

    dialog = BudgetDialog(load_catalogue(), TODAY, SCHOOL)
    qtbot.addWidget(dialog)
    dialog.show()
    outputs["budget dialog"] = widget_texts(dialog)
    check(outputs, language)


@pytest.mark.parametrize(
    ("n", "latin", "cyrillic"),
    [(1, "Za 1 dan", "За 1 дан"), (2, "Za 2 dana", "За 2 дана"), (11, "Za 11 dana", "За 11 дана"),
     (21, "Za 21 dan", "За 21 дан"), (25, "Za 25 dana", "За 25 дана")],
)  # fmt: skip
def test_counts_in_the_interface_use_the_serbian_plural_forms(serbian, n, latin, cyrillic):
    from vetguide.ui.i18n import tr

    serbian("sr-Latn")
    assert tr("In {n} days", None, n).format(n=n) == latin
    serbian("sr-Cyrl")
    assert tr("In {n} days", None, n).format(n=n) == cyrillic
