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
