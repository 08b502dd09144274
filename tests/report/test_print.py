"""Printing the memo (issue 18): a QPrinter gets the same pages as the exported PDF.

The printer prints to a PDF file here, the way the print dialog's "Print to file" does;
pdftotext and pdfinfo (poppler) read both files.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

from tests.report.test_pdf import TODAY, memo
from vetguide.model.catalogue import Catalogue
from vetguide.model.resources import load_catalogue
from vetguide.report import ExportError
from vetguide.report.pdf import (
    ExportCancelled,
    export_shortlist_pdf,
    memo_page_layout,
    print_memo,
)

pytestmark = [
    pytest.mark.usefixtures("qapp"),
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils"),
]


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(
        ["pdfinfo", str(path)], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    found = re.search(r"^Pages:\s+(\d+)$", info, re.MULTILINE)
    assert found is not None
    return int(found.group(1))


def pdf_printer(path: Path) -> QPrinter:
    """A printer as the print dialog leaves it when the user prints to a PDF file."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(memo_page_layout())
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.mark.parametrize("language", ["en", "sr-Cyrl"])
def test_the_printed_memo_equals_the_exported_one(
    tmp_path: Path, catalogue: Catalogue, language: str
) -> None:
    localised = load_catalogue(language=language)
    shortlist = memo(catalogue)
    exported, printed = tmp_path / "exported.pdf", tmp_path / "printed.pdf"
    export_shortlist_pdf(shortlist, localised, exported, today=TODAY, language=language)
    print_memo(pdf_printer(printed), shortlist, localised, today=TODAY, language=language)

    pages = pdf_pages(exported)
    assert pages > len(catalogue.actions)  # a real memo: each action on its own page
    assert pdf_pages(printed) == pages
    text = pdf_text(printed)
    assert text == pdf_text(exported)
    assert text.count("\f") == pages  # one form feed per page
    assert "Техничка школа Čačak" in text or language == "en"


def test_the_printer_keeps_the_paper_chosen_and_gets_the_memos_margins(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    printer = pdf_printer(tmp_path / "letter.pdf")
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))  # chosen in the dialog
    print_memo(printer, memo(catalogue), catalogue, today=TODAY)
    layout = printer.pageLayout()
    assert layout.pageSize().id() == QPageSize.PageSizeId.Letter
    margins = layout.margins(QPageLayout.Unit.Millimeter)
    assert round(margins.left()) == round(margins.top()) == 18
    assert printer.docName() == "Odluka – školski odbor"
    assert "Page 1 of" in pdf_text(tmp_path / "letter.pdf")


def test_cancelling_stops_the_print_job(tmp_path: Path, catalogue: Catalogue) -> None:
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(ExportCancelled):
        print_memo(
            pdf_printer(tmp_path / "cancelled.pdf"),
            memo(catalogue),
            catalogue,
            today=TODAY,
            cancelled=cancelled,
        )
    assert issubclass(ExportCancelled, ExportError)
