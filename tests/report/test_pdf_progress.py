"""The PDF memo laid out part by part: progress, cancellation, a worker thread, long memos."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from vetguide.model.catalogue import Catalogue
from vetguide.model.resources import load_catalogue
from vetguide.model.shortlist import ItemStatus, Shortlist, ShortlistItem
from vetguide.report import ExportError
from vetguide.report import pdf as pdf_module
from vetguide.report.html import MemoParts, memo_html
from vetguide.report.pdf import ExportCancelled, export_shortlist_pdf

TODAY = date(2026, 1, 20)
LINE = "Who does what, by when, and with which partner: Šabac, Ђаци, Valencia."

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def shortlist(catalogue: Catalogue, items: int, note_chars: int, codes=None) -> Shortlist:
    codes = codes or [a.code for a in catalogue.actions]
    return Shortlist(
        name="Long memo",
        items=[
            ShortlistItem(
                code=codes[n % len(codes)],
                note=(f"START{n} " + (LINE + "\n") * (note_chars // len(LINE) + 1))[:note_chars]
                + f" END{n}",
                status=list(ItemStatus)[n % len(ItemStatus)],
                added=date(2026, 1, 10),
            )
            for n in range(items)
        ],
    )


def page_texts(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def fonts(path: Path) -> set[str]:
    names = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).lstrip("/").split("+")[-1])
    return names


def test_the_parts_make_the_memo_and_each_starts_at_its_top(catalogue: Catalogue) -> None:
    memo = shortlist(catalogue, 3, 500)
    parts = MemoParts(memo, catalogue, TODAY, None)
    assert len(parts) == 1 + 3 + 1  # front matter, three actions, checklist
    assert parts.html() == memo_html(memo, catalogue, TODAY, None)
    for index in range(1, len(parts)):
        part = parts.part(index)
        assert part.startswith(('<h2 class="action">', '<h2 class="part">'))
        document = parts.document(index)
        assert document.startswith(parts.head) and document.endswith(parts.foot)
        assert 'style="page-break-before: auto;">' in document.split("</h2>")[0]
    unknown = Shortlist(name="Old", items=[ShortlistItem(code="KA999-OLD")])
    assert len(MemoParts(unknown, catalogue, TODAY, None)) == 2  # no checklist: none is known
    with pytest.raises(IndexError):
        parts.part(len(parts))


def test_progress_runs_from_zero_to_the_total_one_step_at_a_time(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    calls: list[tuple[int, int]] = []
    target = tmp_path / "memo.pdf"
    export_shortlist_pdf(
        shortlist(catalogue, 6, 3000),
        catalogue,
        target,
        today=TODAY,
        progress=lambda done, total: calls.append((done, total)),
    )
    total = 2 * (1 + 6 + 1)  # each part laid out, then painted
    assert calls == [(done, total) for done in range(total + 1)]
    text = " ".join(page_texts(target))
    assert all(f"START{n}" in text and f"END{n}" in text for n in range(6))


@pytest.mark.parametrize("after", [0, 1, 5, 15])
def test_cancelling_writes_nothing_and_keeps_the_earlier_file(
    tmp_path: Path, catalogue: Catalogue, after: int
) -> None:
    target = tmp_path / "memo.pdf"
    target.write_bytes(b"the earlier memo")
    checks = 0

    def cancelled() -> bool:
        nonlocal checks
        checks += 1
        return checks > after

    with pytest.raises(ExportCancelled) as error:
        export_shortlist_pdf(
            shortlist(catalogue, 4, 8000), catalogue, target, today=TODAY, cancelled=cancelled
        )
    assert isinstance(error.value, ExportError)
    assert checks == after + 1  # it stops at the first check that says so
    assert target.read_bytes() == b"the earlier memo"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["memo.pdf"]


def test_parts_laid_out_again_make_the_same_pages(
    tmp_path: Path, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    memo = shortlist(catalogue, 4, 5000)
    kept, again = tmp_path / "kept.pdf", tmp_path / "again.pdf"
    export_shortlist_pdf(memo, catalogue, kept, today=TODAY)
    monkeypatch.setattr(pdf_module, "KEEP_LAID_OUT_CHARS", 0)  # as for a memo of 100 MB
    export_shortlist_pdf(memo, catalogue, again, today=TODAY)
    assert page_texts(again) == page_texts(kept)
    pages = page_texts(kept)
    assert pages[-1].endswith(f"Page {len(pages)} of {len(pages)}")


def test_the_export_job_writes_in_its_thread_the_same_pdf_with_the_same_fonts(
    qtbot, tmp_path: Path, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QThread

    from vetguide.ui.export_worker import ExportJob

    memo = shortlist(catalogue, 5, 4000, codes=["KA122-VET", "KA210-VET"])
    here, there = tmp_path / "here.pdf", tmp_path / "there.pdf"
    export_shortlist_pdf(memo, catalogue, here, today=TODAY)
    job = ExportJob(memo, catalogue, there, today=TODAY)
    threads: set[object] = set()
    original = pdf_module._render

    def render(*args: object) -> None:
        threads.add(QThread.currentThread())
        original(*args)

    monkeypatch.setattr(pdf_module, "_render", render)
    with qtbot.waitSignal(job.finished, timeout=60_000):
        job.start()
    assert len(threads) == 1 and QThread.currentThread() not in threads
    assert page_texts(there) == page_texts(here)
    assert fonts(there) == fonts(here)
    if (pdf_module.FONT_DIR / pdf_module.FONT_FILES[0]).is_file():
        assert "DejaVuSans" in fonts(there)
