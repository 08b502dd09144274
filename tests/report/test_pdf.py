"""The decision memo PDF: text extracted with pypdf, metadata, pages, atomic writing."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSaveFile

import vetguide
from vetguide.model import present
from vetguide.model.catalogue import Catalogue
from vetguide.model.deadlines import next_deadline
from vetguide.model.profile import InstitutionProfile, Partner
from vetguide.model.resources import load_catalogue
from vetguide.model.shortlist import ItemStatus, Shortlist, ShortlistItem
from vetguide.report import ExportError
from vetguide.report import pdf as pdf_module
from vetguide.report.pdf import export_shortlist_pdf

TODAY = date(2026, 1, 20)
PAYLOAD = '<b>x</b> <img src="/etc/passwd">'
CYRILLIC = "ђ ж љ њ ћ џ Техничка школа"
LATIN = "š ć č ž đ Š Ć Č Ž Đ"
HEADINGS = {"Key data", "Your status and note", "Official sources", "Readiness checklist"}

# In-process exports share the session's QApplication (pytest-qt), so that widget tests
# running later in the same process still find a QApplication, not a bare QGuiApplication.
pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def profile() -> InstitutionProfile:
    return InstitutionProfile(
        name="Техничка школа Čačak",
        organisation_type="vet_provider",
        country="RS",
        goals=["learner_mobility", "develop_practices", "vocational_excellence"],
        partners=[Partner(country="AT", organisation_type="company", name="Firma GmbH")],
    )


def memo(catalogue: Catalogue, with_profile: bool = True) -> Shortlist:
    items = [
        ShortlistItem(code=a.code, note=f"Note for {a.code}.", added=date(2026, 1, 10))
        for a in catalogue.actions
    ]
    items[0] = items[0].model_copy(
        update={"note": f"Call Tempus first.\n{CYRILLIC}\n{LATIN}\n{PAYLOAD}"}
    )
    return Shortlist(
        name="Odluka – školski odbor", items=items, profile=profile() if with_profile else None
    )


def page_texts(path: Path) -> list[str]:
    """Text of each page, runs of whitespace made one space (pypdf puts tabs between words)."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def compact(text: str) -> str:
    """Text without any whitespace, for values a line break may cut (URLs, long codes)."""
    return "".join(text.split())


def test_memo_text_metadata_and_pages(tmp_path: Path, catalogue: Catalogue) -> None:
    shortlist = memo(catalogue)
    target = tmp_path / "memo.pdf"

    export_shortlist_pdf(shortlist, catalogue, target, today=TODAY)

    reader = PdfReader(target)
    assert reader.metadata is not None
    assert reader.metadata.title == "Odluka – školski odbor"
    assert reader.metadata.author == "Техничка школа Čačak"
    assert (reader.metadata.creator or "").startswith("vetguide")
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4

    pages = page_texts(target)
    assert len(pages) > len(catalogue.actions)  # each action starts on a page of its own
    for number, text in enumerate(pages, start=1):
        assert text.endswith(f"Page {number} of {len(pages)}")
    text = " ".join(pages)
    flat = compact(text)
    for action in catalogue.actions:
        assert compact(f"({action.code})") in flat
        assert f"Note for {action.code}." in text or action is catalogue.actions[0]
        info = next_deadline(action, TODAY)
        assert info is not None
        deadline = present.format_deadline(info).removesuffix(f" {present.UNVERIFIED}")
        assert compact(deadline) in flat
        for source_id in action.links:
            assert compact(catalogue.sources[source_id].url) in flat
    assert "In Serbia: 19 Feb 2026, 12:00 (Central European Time)" in text
    assert compact(catalogue.guide_note) in flat
    assert "Readiness checklist" in text
    assert "As applicant: Eligible." in text


def test_user_text_is_text_and_keeps_every_script(tmp_path: Path, catalogue: Catalogue) -> None:
    target = tmp_path / "memo.pdf"
    export_shortlist_pdf(memo(catalogue), catalogue, target, today=TODAY)
    text = " ".join(page_texts(target))
    assert PAYLOAD in text  # shown literally, never as markup
    assert CYRILLIC in text
    assert LATIN in text
    assert "Call Tempus first." in text


def test_without_profile(tmp_path: Path, catalogue: Catalogue) -> None:
    target = tmp_path / "memo.pdf"
    export_shortlist_pdf(memo(catalogue, with_profile=False), catalogue, target, today=TODAY)
    reader = PdfReader(target)
    assert reader.metadata is not None and reader.metadata.author == "vetguide"
    text = " ".join(page_texts(target))
    assert "no verdict is shown" in text
    assert "As applicant:" not in text


def test_thirty_actions_with_long_notes_paginate(tmp_path: Path, catalogue: Catalogue) -> None:
    codes = [a.code for a in catalogue.actions]
    items = [
        ShortlistItem(
            code=codes[i % len(codes)],
            note=f"START{i:02d} "
            + "a long note that has to wrap over many lines " * (i % 4 * 8)
            + "x" * 300  # one unbreakable word wider than the page
            + f" END{i:02d}",
            status=list(ItemStatus)[i % len(ItemStatus)],
        )
        for i in range(30)
    ]
    target = tmp_path / "thirty.pdf"
    export_shortlist_pdf(
        Shortlist(name="Thirty", items=items, profile=profile()), catalogue, target, today=TODAY
    )
    pages = page_texts(target)
    assert len(pages) >= 30
    text = " ".join(pages)
    for i in range(30):  # nothing cut off: every note is there to its last word
        assert text.count(f"START{i:02d} ") == 1
        assert text.count(f" END{i:02d}") == 1
    for number, page in enumerate(pages, start=1):
        body = page.removesuffix(f"Page {number} of {len(pages)}").rstrip()
        assert not any(body.endswith(heading) for heading in HEADINGS), number


def test_failed_commit_keeps_the_earlier_file(
    tmp_path: Path, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "memo.pdf"
    target.write_bytes(b"the earlier memo")
    monkeypatch.setattr(QSaveFile, "commit", lambda self: False)

    with pytest.raises(ExportError, match="cannot write"):
        export_shortlist_pdf(memo(catalogue), catalogue, target, today=TODAY)

    assert target.read_bytes() == b"the earlier memo"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["memo.pdf"]


def test_failure_while_rendering_leaves_nothing(
    tmp_path: Path, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_footer(*args: object) -> None:
        if args[3] == 2:  # page number
            raise RuntimeError("disk full")

    monkeypatch.setattr(pdf_module, "_draw_footer", broken_footer)
    target = tmp_path / "memo.pdf"

    with pytest.raises(ExportError, match="disk full"):
        export_shortlist_pdf(memo(catalogue), catalogue, target, today=TODAY)

    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("where", "message"),
    [("file/memo.pdf", "is not a folder"), ("missing/memo.pdf", "does not exist"), (".", "folder")],
)
def test_unwritable_targets_are_refused(
    tmp_path: Path, catalogue: Catalogue, where: str, message: str
) -> None:
    (tmp_path / "file").write_text("not a folder")
    before = sorted(tmp_path.iterdir())
    with pytest.raises(ExportError, match=message) as error:
        export_shortlist_pdf(memo(catalogue), catalogue, tmp_path / where, today=TODAY)
    assert "\n" not in str(error.value)
    assert sorted(tmp_path.iterdir()) == before


SCRIPT = """
import sys
from datetime import date
from pathlib import Path
from PySide6.QtGui import QGuiApplication
from vetguide.model.resources import load_catalogue
from vetguide.model.shortlist import Shortlist
from vetguide.report.pdf import export_shortlist_pdf

assert QGuiApplication.instance() is None
shortlist = Shortlist(name="No app yet")
shortlist.add("KA122-VET")
export_shortlist_pdf(shortlist, load_catalogue(), Path(sys.argv[1]), today=date(2026, 1, 20))
print(QGuiApplication.platformName())
"""


def test_works_without_an_application_or_display(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    root = str(Path(vetguide.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    target = tmp_path / "memo.pdf"
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(target)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "offscreen"
    assert "KA122-VET" in " ".join(page_texts(target))


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_exports_do_not_use_up_references_to_none(tmp_path: Path, catalogue: Catalogue) -> None:
    # With a faulty Qt binding (PySide6 6.12.0 on CPython 3.11) every void Qt call drops a
    # reference to None, and a long session ends in "Fatal Python error: none_dealloc".
    shortlist = memo(catalogue)
    export_shortlist_pdf(shortlist, catalogue, tmp_path / "warm.pdf", today=TODAY)
    before = sys.getrefcount(None)
    for n in range(3):
        export_shortlist_pdf(shortlist, catalogue, tmp_path / f"{n}.pdf", today=TODAY)
    assert sys.getrefcount(None) >= before - 10
