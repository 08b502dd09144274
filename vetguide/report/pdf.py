"""The decision memo as a PDF: QTextDocument laid out on a QPdfWriter, page by page.

Works with or without a running Qt application (one is created when needed, offscreen when
there is no display). The file is written through QSaveFile: it appears only once every
page is rendered, so a failed export leaves no partial file and keeps an earlier one intact.

The memo is in the language asked for (``en``, ``sr-Latn``, ``sr-Cyrl``), footer included;
the catalogue passed in must be loaded in that language. The PDF's title is the shortlist's
name.

Long memos (a thousand actions with long notes are thousands of pages) are laid out part by
part (:class:`~vetguide.report.html.MemoParts`: the front matter, each action, the checklist;
each starts on a new page anyway), so memory and the length of each step stay bounded. The
caller may follow the progress and cancel between steps; no widget or pixmap is used, so the
export may run in a worker thread of a running application (see ``vetguide.ui.export_worker``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QFileDevice,
    QIODevice,
    QMarginsF,
    QRectF,
    QSaveFile,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from vetguide import __version__
from vetguide.model import files
from vetguide.model.catalogue import Catalogue
from vetguide.model.recommend import recommend
from vetguide.model.resources import DataError, load_texts
from vetguide.model.shortlist import Shortlist
from vetguide.report import ExportError
from vetguide.report.html import MemoParts

if TYPE_CHECKING:  # QtPrintSupport loads QtWidgets: the caller (the window) brings it
    from PySide6.QtPrintSupport import QPrinter

RESOLUTION_DPI = 300
MARGIN_MM = 18.0
FOOTER_MM = 9.0
BODY_POINT_SIZE = 9.5
FOOTER_POINT_SIZE = 7.5
# Room (mm) a heading needs below it on its page: [h3 and lower, h2].
KEEP_WITH_NEXT_MM = (22.0, 40.0)
# A sub-heading whose part (up to the next sub-heading) is at most this tall (mm) is kept on
# one page with it: no source list or status table split off by a line or two.
KEEP_TOGETHER_MM = 50.0
# A page that ends a section (a part, or before a forced page break) holds at least this much
# (mm, about ten lines): else lines from the page before move over with it, from a sub-heading
# or a list item on, so no page carries only the last three lines of a source list.
MIN_SECTION_TAIL_MM = 45.0
# A page break may be put before a sub-heading or a list item (a block of a list); blocks are
# numbered in document order (table cells included), the same in every layout of a part.
HEADING, LIST_ITEM = "h", "li"
MAX_PAGINATION_PASSES = 8
# Parts laid out while counting the pages are kept for painting up to this much HTML in all
# (characters); a part beyond it is laid out again when painted, so memory stays bounded.
KEEP_LAID_OUT_CHARS = 2_000_000
FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"  # DejaVu Sans, bundled
FONT_FILES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique.ttf",
)

ProgressCallback = Callable[[int, int], None]  # (steps done, steps in all)
CancelCheck = Callable[[], bool]  # True: stop now

_app: QGuiApplication | None = None  # kept alive when we created it
_fonts: dict[int, str] = {}  # id of the application -> family of the memo font loaded into it


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when there is no display)."""
    global _app
    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise ExportError(
                "PDF export needs a Qt GUI application, but a console-only one is running"
            )
        return existing
    if (
        "QT_QPA_PLATFORM" not in os.environ
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and sys.platform.startswith("linux")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication([sys.argv[0] if sys.argv and sys.argv[0] else "vetguide"])
    return _app


def memo_font_family() -> str:
    """DejaVu Sans (Latin and Cyrillic), bundled in resources/fonts, so the memo looks the same
    everywhere; the default sans only if those files are missing."""
    key = id(QCoreApplication.instance())
    if key not in _fonts:
        family = ""
        for name in FONT_FILES:
            path = FONT_DIR / name
            if not path.is_file():
                continue
            font_id = QFontDatabase.addApplicationFont(str(path))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            family = family or (families[0] if families else "")
        if not family:
            family = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
        _fonts[key] = family
    return _fonts[key]


def memo_font(family: str, point_size: float) -> QFont:
    """The memo font, without ligatures: 'fi' stays two letters when text is copied out."""
    font = QFont(family)
    font.setPointSizeF(point_size)
    # Unhinted metrics: the line breaks do not depend on the system's font settings.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def check_target(path: Path) -> Path:
    """Refuse early, with a clear message, a target that cannot be written; return the file
    to write (a symlink followed). The same check as every other export
    (:func:`vetguide.model.files.check_target`)."""
    try:
        return files.check_target(path)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _author(shortlist: Shortlist) -> str:
    name = shortlist.profile.name.strip() if shortlist.profile else ""
    return name or "vetguide"


class ExportCancelled(ExportError):
    """The export was cancelled on request: no file was written, an earlier file is kept."""


class _Steps:
    """Progress and cancellation: one step per part laid out, and one per part painted."""

    def __init__(self, progress: ProgressCallback | None, cancelled: CancelCheck | None) -> None:
        self._progress = progress
        self._cancelled = cancelled
        self.done = 0
        self.total = 0

    def start(self, total: int) -> None:
        self.done, self.total = 0, total
        self._report()

    def advance(self) -> None:
        self.done = min(self.done + 1, self.total)
        self._report()

    def check(self) -> None:
        """Raise ExportCancelled when the caller asked to stop."""
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled("the export was cancelled")

    def _report(self) -> None:
        if self._progress is not None:
            self._progress(self.done, self.total)


def export_shortlist_pdf(
    shortlist: Shortlist,
    catalogue: Catalogue,
    path: Path,
    *,
    today: date,
    language: str = "en",
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    call_year: int | None = None,
) -> None:
    """Write the decision memo of ``shortlist`` to ``path`` as an A4 PDF in ``language``.

    ``call_year``: check the actions under that call's rules (default: the call of the
    deadline each action shows; see :func:`~vetguide.model.recommend.recommend`).

    ``catalogue`` should be ``load_catalogue(..., language=language)``. Raises
    :class:`ExportError` with one clear message on any failure; the target is then untouched
    (no partial file, an earlier file kept).

    ``progress(done, total)`` is called from the calling thread as the work advances: first
    with ``done == 0``, last with ``done == total``. ``cancelled()`` is asked before every part
    and page; once it returns True the export stops with :class:`ExportCancelled` (an
    ExportError) and the target is untouched as on any failure. The shortlist must not change
    while it is exported (pass a copy when exporting in another thread).
    """
    path = Path(path)
    target = check_target(path)
    steps = _Steps(progress, cancelled)
    steps.check()
    parts, page_label = _prepare(shortlist, catalogue, today, language, call_year)
    ensure_gui_application()
    _render(parts, shortlist.name, _author(shortlist), path, target, page_label, steps)


def _prepare(
    shortlist: Shortlist, catalogue: Catalogue, today: date, language: str, call_year: int | None
) -> tuple[MemoParts, str]:
    """The memo's parts and its page label ("Page {page} of {pages}") in ``language``."""
    try:
        profile = shortlist.profile
        recs = (
            recommend(profile, catalogue, today, language=language, call_year=call_year)
            if profile
            else None
        )
        parts = MemoParts(shortlist, catalogue, today, recs, language=language)
        return parts, load_texts(language).memo["page"]
    except (DataError, KeyError, ValueError, OSError) as exc:
        raise ExportError(f"could not prepare the memo: {exc}") from exc


def print_memo(
    printer: QPrinter,
    shortlist: Shortlist,
    catalogue: Catalogue,
    *,
    today: date,
    language: str = "en",
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    call_year: int | None = None,
) -> None:
    """Print the decision memo of ``shortlist`` on ``printer`` (a ``QPrinter`` set up by the
    print dialog): the same memo as :func:`export_shortlist_pdf`, laid out and painted by the
    same code, on the printer's paper with the memo's margins.

    The printer is asked for the memo's resolution (the layout is measured in its dots);
    its paper size, copies and pages are the user's. Raises :class:`ExportError` (or
    :class:`ExportCancelled`) with one clear message on any failure.
    """
    steps = _Steps(progress, cancelled)
    steps.check()
    parts, page_label = _prepare(shortlist, catalogue, today, language, call_year)
    ensure_gui_application()
    printer.setResolution(RESOLUTION_DPI)
    layout = printer.pageLayout()
    layout.setUnits(QPageLayout.Unit.Millimeter)
    layout.setMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM))
    printer.setPageLayout(layout)
    printer.setDocName(shortlist.name)
    printer.setCreator(f"vetguide {__version__}")
    where = Path(printer.outputFileName() or printer.printerName() or "the printer")
    painter = QPainter()
    try:
        _paint(printer, painter, parts, shortlist.name, where, page_label, steps)
    except BaseException:
        if painter.isActive():
            painter.end()
        raise


def _render(
    parts: MemoParts,
    title: str,
    author: str,
    path: Path,
    target: Path,
    page_label: str,
    steps: _Steps,
) -> None:
    """Paint the memo into ``target`` (``path`` with symlinks followed); name ``path``."""
    out = QSaveFile(str(target))
    if not out.open(QIODevice.OpenModeFlag.WriteOnly):
        raise ExportError(f"cannot write {path}: {out.errorString()}")
    painter = QPainter()
    try:
        _paint(_pdf_writer(out, title, author), painter, parts, title, path, page_label, steps)
        if out.error() != QFileDevice.FileError.NoError:
            raise ExportError(f"cannot write {path}: {out.errorString()}")
        if not out.commit():
            raise ExportError(f"cannot write {path}: {out.errorString() or 'saving failed'}")
    except ExportError:
        _abandon(out, painter)
        raise
    except Exception as exc:
        _abandon(out, painter)
        raise ExportError(f"cannot write {path}: {exc}") from exc
    except BaseException:
        _abandon(out, painter)
        raise


def _abandon(out: QSaveFile, painter: QPainter) -> None:
    if painter.isActive():
        painter.end()
    out.cancelWriting()


@dataclass
class _LaidOut:
    """One part of the memo after pagination."""

    breaks: list[set[int]]  # the blocks given a page break, pass by pass (see _paginate)
    pages: int
    doc: QTextDocument | None  # kept for painting, or None: lay it out again


def _part_html(parts: MemoParts, index: int) -> str:
    try:
        return parts.document(index)
    except (DataError, KeyError, ValueError, OSError) as exc:
        raise ExportError(f"could not prepare the memo: {exc}") from exc


def memo_page_layout() -> QPageLayout:
    """A4 portrait with the memo's margins (the print dialog starts from it too)."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def _pdf_writer(out: QSaveFile, title: str, author: str) -> QPdfWriter:
    writer = QPdfWriter(out)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(memo_page_layout())
    writer.setTitle(title)
    writer.setAuthor(author)
    writer.setCreator(f"vetguide {__version__}")
    return writer


def _paint(
    writer: QPagedPaintDevice,
    painter: QPainter,
    parts: MemoParts,
    title: str,
    path: Path,
    page_label: str,
    steps: _Steps,
) -> None:
    """Lay out and paint the memo on ``writer``: a PDF writer, or a printer (print_memo)."""
    family = memo_font_family()
    width = float(writer.width())
    footer = _mm_to_px(FOOTER_MM)
    page_height = float(writer.height()) - footer
    size = QSizeF(width, page_height)
    steps.start(2 * len(parts))

    # Every part starts on a new page: lay them out one by one to count the pages.
    laid_out: list[_LaidOut] = []
    kept = 0
    for index in range(len(parts)):
        steps.check()
        html = _part_html(parts, index)
        doc, breaks = _paginate(writer, family, html, size, page_height)
        keep = kept + len(html) <= KEEP_LAID_OUT_CHARS
        kept += len(html) if keep else 0
        laid_out.append(_LaidOut(breaks, doc.pageCount(), doc if keep else None))
        del doc
        steps.advance()
    pages = sum(part.pages for part in laid_out)

    if not painter.begin(writer):
        raise ExportError(f"cannot write {path}: the PDF could not be started")
    context = QAbstractTextDocumentLayout.PaintContext()
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor("#1a1a1a"))  # not the app's (maybe dark) theme
    context.palette = palette
    footer_font = memo_font(family, FOOTER_POINT_SIZE)
    page = 0
    for index, part in enumerate(laid_out):
        if part.doc is None:  # not kept: lay it out again, with the breaks found before
            doc = _document(writer, family, _part_html(parts, index), size)
            for found in part.breaks:
                _set_page_breaks(doc, found)
        else:
            doc, part.doc = part.doc, None
        layout = doc.documentLayout()
        for number in range(part.pages):
            steps.check()
            if page and not writer.newPage():
                raise ExportError(f"cannot write {path}: page {page + 1} could not be added")
            painter.save()
            painter.translate(0, -number * page_height)
            page_rect = QRectF(0, number * page_height, width, page_height)
            # Qt draws a line that only touches the rectangle: a line at the top of the next
            # page, or at the foot of the page before, would be drawn (hidden by the clip, yet
            # in the PDF's text, so copied twice). One pixel in from each edge leaves them out.
            context.clip = page_rect.adjusted(0, 1, 0, -1)
            painter.setClipRect(page_rect)
            layout.draw(painter, context)
            painter.restore()
            page += 1
            _draw_footer(
                painter,
                footer_font,
                title,
                page,
                pages,
                width,
                page_height,
                footer,
                page_label,
            )
        del doc, layout
        steps.advance()
    if not painter.end():
        raise ExportError(f"cannot write {path}: the PDF could not be finished")


def _document(writer: QPagedPaintDevice, family: str, html: str, size: QSizeF) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)  # lay out at the writer's resolution
    doc.setDefaultFont(memo_font(family, BODY_POINT_SIZE))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # long URLs too
    doc.setDefaultTextOption(option)
    doc.setDocumentMargin(0)
    doc.setPageSize(size)  # before the content: it is laid out once, not again for the size
    doc.setHtml(html)
    return doc


def _paginate(
    writer: QPagedPaintDevice, family: str, html: str, size: QSizeF, page_height: float
) -> tuple[QTextDocument, list[set[int]]]:
    """Lay out (part of) the memo so that no sub-heading sits at the foot of a page and no
    section ends on a near-empty page.

    Returns the laid-out document and the blocks given a page break, pass by pass. The HTML
    is parsed and laid out once; each pass reads the block positions and puts page breaks
    before the blocks that need one (:func:`_set_page_breaks`); Qt lays the document out
    again from the first of them on. Each action starts on a new page (memo_html asks for
    it), so a break added inside one action moves nothing in the others: every pass fixes
    the first crowded heading of each action, and a few passes settle the whole memo; then
    the short tails of sections, one per pass. (The same breaks given in the same passes
    make the same pages: a part laid out again for painting replays them.)
    """
    passes: list[set[int]] = []
    doc = _document(writer, family, html, size)
    for _ in range(MAX_PAGINATION_PASSES):
        blocks = _blocks(doc)
        crowded = _crowded_headings(blocks, page_height)
        if not crowded:
            tail = _short_tail_break(blocks, page_height)
            crowded = {tail} if tail is not None and not any(tail in p for p in passes) else set()
        if not crowded:
            break
        passes.append(crowded)
        _set_page_breaks(doc, crowded)
    return doc, passes


def _set_page_breaks(doc: QTextDocument, numbers: set[int]) -> None:
    """Start a page before each block of ``doc`` whose number (in document order, table
    cells included, as :func:`_blocks` counts) is in ``numbers``; ``doc`` is laid out first
    if it is not yet, so that it changes as in :func:`_paginate`."""
    doc.pageCount()  # the layout as it stands (Qt lays out on demand)
    page_break = QTextBlockFormat()
    page_break.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    block = doc.begin()
    number = 0
    while block.isValid():
        if number in numbers:
            QTextCursor(block).mergeBlockFormat(page_break)
        number += 1
        block = block.next()


@dataclass
class _Block:
    kind: str  # HEADING, LIST_ITEM or "" (any other block)
    number: int  # in document order, table cells included
    level: int  # the heading level (0: not a heading)
    starts_page: bool
    top: float
    bottom: float


def _blocks(doc: QTextDocument) -> list[_Block]:
    """The blocks of the laid-out ``doc`` (table cells included) in document order."""
    layout = doc.documentLayout()
    found: list[_Block] = []
    block = doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        level = fmt.headingLevel()
        kind = HEADING if level > 1 else LIST_ITEM if block.textList() else ""
        rect = layout.blockBoundingRect(block)  # document coordinates, table cells included
        starts = bool(fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        found.append(_Block(kind, len(found), level, starts, rect.top(), rect.bottom()))
        block = block.next()
    return found


def _short_tail_break(blocks: list[_Block], page_height: float) -> int | None:
    """A sub-heading or list item to start a page with, so that the first section (up to a
    forced page break or the end) whose last page holds little gets more; None when every
    section ends on a page well filled, or nothing can move without emptying the page before.
    """
    least = _mm_to_px(MIN_SECTION_TAIL_MM)
    start = 0
    for end in [i for i, b in enumerate(blocks) if b.starts_page and i] + [len(blocks)]:
        section, start = blocks[start:end], end
        if not section:
            continue
        bottom = max(b.bottom for b in section)
        last_page = int((bottom - 1) // page_height)
        first_page = int((section[0].top + 1) // page_height)
        tail = bottom - last_page * page_height
        if last_page == first_page or tail >= least:
            continue
        page_top = last_page * page_height  # where the short page starts
        movable = [
            b
            for b in section
            if b.kind in (HEADING, LIST_ITEM)
            and not b.starts_page
            and page_top - page_height + least <= b.top <= page_top - (least - tail)
        ]
        if movable:
            chosen = max(movable, key=lambda b: b.top)  # move as little as will do
            return chosen.number
    return None


@dataclass
class _Heading:
    number: int  # of its block, in document order
    level: int
    starts_page: bool  # a page break comes before it
    top: float
    bottom: float
    part_bottom: float  # bottom of the last block before the next sub-heading


def _sub_headings(blocks: list[_Block]) -> list[_Heading]:
    """The sub-headings (h2 and lower) among ``blocks`` with the extent of their part."""
    headings: list[_Heading] = []
    current: _Heading | None = None
    for block in blocks:
        if block.kind == HEADING:
            current = _Heading(
                block.number, block.level, block.starts_page, block.top, block.bottom, block.bottom
            )
            headings.append(current)
        elif current is not None:
            current.part_bottom = max(current.part_bottom, block.bottom)
    return headings


def _crowded_headings(blocks: list[_Block], page_height: float) -> set[int]:
    """Per page-started section, the first sub-heading that should start a page (the
    number of its block).

    That is a sub-heading with too little room under it, or one whose short part runs over
    the foot of its page.
    """
    crowded: set[int] = set()
    found_in_section = False
    for heading in _sub_headings(blocks):
        if heading.starts_page:
            found_in_section = False  # a new section starts on a new page
            continue
        if found_in_section:
            continue
        # Qt rounds page boundaries to 1/64 px: a top just above one is on the next page.
        page_bottom = ((heading.top + 1) // page_height + 1) * page_height
        room = page_bottom - heading.bottom
        short = heading.part_bottom - heading.top <= _mm_to_px(KEEP_TOGETHER_MM)
        if room < _mm_to_px(KEEP_WITH_NEXT_MM[heading.level == 2]) or (
            short and heading.part_bottom > page_bottom
        ):
            crowded.add(heading.number)
            found_in_section = True
    return crowded


def _mm_to_px(mm: float) -> float:
    return mm / 25.4 * RESOLUTION_DPI


def _draw_footer(
    painter: QPainter,
    font: QFont,
    title: str,
    page: int,
    pages: int,
    width: float,
    top: float,
    height: float,
    page_label: str = "Page {page} of {pages}",
) -> None:
    painter.save()
    painter.setFont(font)
    pen = QPen(QColor("#b8c0cc"))
    pen.setWidthF(_mm_to_px(0.2))
    painter.setPen(pen)
    line_y = top + height * 0.35
    painter.drawLine(0, int(line_y), int(width), int(line_y))
    painter.setPen(QColor("#4a4a4a"))
    text_rect = QRectF(0, line_y, width, top + height - line_y)
    left = painter.fontMetrics().elidedText(
        f"{title} · vetguide", Qt.TextElideMode.ElideRight, int(width * 0.7)
    )
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left)
    painter.drawText(
        text_rect,
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        page_label.format(page=page, pages=pages),
    )
    painter.restore()
