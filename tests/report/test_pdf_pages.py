"""No near-empty pages in the memo PDF: a page before the last holds more than a few lines.

Each action starts on a new page, so an action whose sources ran three lines over its page
left a page with three lines (issue 17). The PDF's text is read page by page with pdftotext
(poppler-utils, installed by scripts/system-deps.sh), as a reader would see it.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from tests.model.factories import profile
from vetguide.model.budget import BudgetPlan
from vetguide.model.resources import load_catalogue
from vetguide.model.shortlist import Shortlist, ShortlistItem
from vetguide.report.pdf import export_shortlist_pdf

TODAY = date(2026, 1, 10)
MIN_LINES = 8  # lines of text on a page, its footer not counted

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def memo(actions: int, language: str) -> Shortlist:
    catalogue = load_catalogue(language=language)
    codes = [a.code for a in catalogue.actions]
    # Notes of different lengths move where each action's pages end.
    items = [
        ShortlistItem(code=codes[i % len(codes)], note="Napomena za direktora. " * (i * 3))
        for i in range(actions)
    ]
    plan = BudgetPlan.model_validate(
        {
            "call_year": 2026,
            "action": "KA122-VET",
            "flows": [
                {
                    "activity": "short_term_learner_mobility",
                    "participants": 16,
                    "days": 14,
                    "from_city": "Beograd",
                    "to_city": "Maribor",
                }
            ],
        }
    )
    school = profile(
        name="Tehnička škola",
        goals=["learner_mobility"],
        partners=[{"country": "ES", "organisation_type": "vet_provider"}],
    )
    return Shortlist(name=f"Memo {actions}", items=items, profile=school, budget=plan)


def lines_per_page(path: Path) -> list[int]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")[:-1]  # pdftotext ends every page with a form feed
    # The last non-empty line of a page is its footer.
    return [len([line for line in page.splitlines() if line.strip()]) - 1 for page in pages]


@pytest.mark.parametrize("language", ["en", "sr-Latn"])
@pytest.mark.parametrize("actions", [1, 5, 20])
def test_no_page_but_the_last_holds_only_a_few_lines(
    tmp_path: Path, actions: int, language: str
) -> None:
    target = tmp_path / "memo.pdf"
    shortlist = memo(actions, language)
    export_shortlist_pdf(
        shortlist, load_catalogue(language=language), target, today=TODAY, language=language
    )
    counts = lines_per_page(target)
    assert len(counts) > actions  # each action on a page of its own, after the front matter
    short = [(page, n) for page, n in enumerate(counts[:-1], start=1) if n < MIN_LINES]
    assert short == [], f"pages with fewer than {MIN_LINES} lines: {short} of {counts}"


def test_each_part_of_the_memo_is_parsed_once_however_many_breaks_it_needs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Page breaks are found on the laid-out document and set in it (no HTML parsed again
    per pass); the breaks found still keep every page well filled (test above)."""
    from PySide6.QtGui import QTextDocument

    from vetguide.report import html as memo_html
    from vetguide.report import pdf

    parsed: list[int] = []
    real_set_html = QTextDocument.setHtml
    monkeypatch.setattr(
        QTextDocument, "setHtml", lambda doc, text: (parsed.append(1), real_set_html(doc, text))
    )
    passes: list[int] = []
    real_paginate = pdf._paginate

    def paginate(*args: object) -> object:
        doc, found = real_paginate(*args)  # type: ignore[arg-type]
        passes.append(len(found))
        return doc, found

    monkeypatch.setattr(pdf, "_paginate", paginate)
    shortlist = memo(20, "en")
    catalogue = load_catalogue()
    export_shortlist_pdf(shortlist, catalogue, tmp_path / "memo.pdf", today=TODAY)
    parts = len(memo_html.MemoParts(shortlist, catalogue, TODAY, None))
    assert sum(passes) > 0  # some parts did need page breaks
    assert len(parsed) == parts
    assert min(lines_per_page(tmp_path / "memo.pdf")[:-1]) >= MIN_LINES
