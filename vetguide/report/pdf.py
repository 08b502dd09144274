"""The decision memo as a PDF: QTextDocument laid out on a QPdfWriter, page by page.

Works with or without a running Qt application (one is created when needed, offscreen when
there is no display). The file is written through QSaveFile: it appears only once every
page is rendered, so a failed export leaves no partial file and keeps an earlier one intact.

The memo is in the language asked for (``en``, ``sr-Latn``, ``sr-Cyrl``), footer included;
the catalogue passed in must be loaded in that language. The PDF's title is the shortlist's
name.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

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
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from vetguide import __version__
from vetguide.model.catalogue import Catalogue
from vetguide.model.recommend import recommend
from vetguide.model.resources import DataError, load_texts
from vetguide.model.shortlist import Shortlist
from vetguide.report import ExportError
from vetguide.report.html import memo_html

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
# Sub-heading start tags as memo_html writes them (user text is escaped, so never matches).
SUB_HEADING_TAG = re.compile(r"<h[2-6](?=[\s>])")
PAGE_BREAK_STYLE = ' style="page-break-before: always;"'
MAX_PAGINATION_PASSES = 8
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_FILES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique.ttf",
)

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
    """DejaVu Sans (Latin and Cyrillic) from the system fonts if present, else the default sans."""
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
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def check_target(path: Path) -> None:
    """Refuse early, with a clear message, a target that cannot be written."""
    folder = path.parent
    if path.is_dir():
        raise ExportError(f"cannot write {path}: it is a folder")
    if not folder.exists():
        raise ExportError(f"cannot write {path}: the folder {folder} does not exist")
    if not folder.is_dir():
        raise ExportError(f"cannot write {path}: {folder} is not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(f"cannot write {path}: the folder {folder} is not writable")
    if path.exists() and not os.access(path, os.W_OK):
        raise ExportError(f"cannot write {path}: the file is read-only")


def _author(shortlist: Shortlist) -> str:
    name = shortlist.profile.name.strip() if shortlist.profile else ""
    return name or "vetguide"


def export_shortlist_pdf(
    shortlist: Shortlist,
    catalogue: Catalogue,
    path: Path,
    *,
    today: date,
    language: str = "en",
) -> None:
    """Write the decision memo of ``shortlist`` to ``path`` as an A4 PDF in ``language``.

    ``catalogue`` should be ``load_catalogue(..., language=language)``. Raises
    :class:`ExportError` with one clear message on any failure; the target is then untouched
    (no partial file, an earlier file kept).
    """
    path = Path(path)
    check_target(path)
    try:
        profile = shortlist.profile
        recs = recommend(profile, catalogue, today, language=language) if profile else None
        html = memo_html(shortlist, catalogue, today, recs, language=language)
        page_label = load_texts(language).memo["page"]  # "Page {page} of {pages}"
    except (DataError, KeyError, ValueError, OSError) as exc:
        raise ExportError(f"could not prepare the memo: {exc}") from exc
    ensure_gui_application()
    _render(html, shortlist.name, _author(shortlist), path, page_label)


def _render(html: str, title: str, author: str, path: Path, page_label: str) -> None:
    out = QSaveFile(str(path))
    if not out.open(QIODevice.OpenModeFlag.WriteOnly):
        raise ExportError(f"cannot write {path}: {out.errorString()}")
    painter = QPainter()
    try:
        _paint(out, painter, html, title, author, path, page_label)
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


def _paint(
    out: QSaveFile,
    painter: QPainter,
    html: str,
    title: str,
    author: str,
    path: Path,
    page_label: str,
) -> None:
    writer = QPdfWriter(out)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    writer.setAuthor(author)
    writer.setCreator(f"vetguide {__version__}")

    family = memo_font_family()
    width = float(writer.width())
    footer = _mm_to_px(FOOTER_MM)
    page_height = float(writer.height()) - footer
    size = QSizeF(width, page_height)
    doc = _paginate(writer, family, html, size, page_height)
    pages = doc.pageCount()

    if not painter.begin(writer):
        raise ExportError(f"cannot write {path}: the PDF could not be started")
    context = QAbstractTextDocumentLayout.PaintContext()
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor("#1a1a1a"))  # not the app's (maybe dark) theme
    context.palette = palette
    footer_font = memo_font(family, FOOTER_POINT_SIZE)
    for index in range(pages):
        if index and not writer.newPage():
            raise ExportError(f"cannot write {path}: page {index + 1} could not be added")
        painter.save()
        painter.translate(0, -index * page_height)
        context.clip = QRectF(0, index * page_height, width, page_height)
        painter.setClipRect(context.clip)
        doc.documentLayout().draw(painter, context)
        painter.restore()
        _draw_footer(
            painter,
            footer_font,
            title,
            index + 1,
            pages,
            width,
            page_height,
            footer,
            page_label,
        )
    if not painter.end():
        raise ExportError(f"cannot write {path}: the PDF could not be finished")


def _document(writer: QPdfWriter, family: str, html: str, size: QSizeF) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)  # lay out at the writer's resolution
    doc.setDefaultFont(memo_font(family, BODY_POINT_SIZE))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # long URLs too
    doc.setDefaultTextOption(option)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setPageSize(size)
    return doc


def _paginate(
    writer: QPdfWriter, family: str, html: str, size: QSizeF, page_height: float
) -> QTextDocument:
    """Lay out the memo so that no sub-heading sits at the foot of a page.

    Each action starts on a new page (memo_html asks for it), so a break added inside one
    action moves nothing in the others: every pass fixes the first crowded heading of each
    action, and a few passes settle the whole memo. Each pass lays out a fresh document,
    as Qt's incremental relayout after a format change does not match a fresh layout.
    """
    breaks: set[int] = set()
    doc = _document(writer, family, html, size)
    for _ in range(MAX_PAGINATION_PASSES):
        crowded = _crowded_headings(doc, page_height)
        if not crowded:
            break
        breaks |= crowded
        doc = _document(writer, family, _with_page_breaks(html, breaks), size)
    return doc


@dataclass
class _Heading:
    ordinal: int  # among the sub-headings, in document order
    level: int
    starts_page: bool  # a page break comes before it
    top: float
    bottom: float
    part_bottom: float  # bottom of the last block before the next sub-heading


def _sub_headings(doc: QTextDocument) -> list[_Heading]:
    """The sub-headings (h2 and lower) of the laid-out ``doc`` with the extent of their part."""
    layout = doc.documentLayout()
    headings: list[_Heading] = []
    current: _Heading | None = None
    block = doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        rect = layout.blockBoundingRect(block)  # document coordinates, table cells included
        if fmt.headingLevel() > 1:
            current = _Heading(
                ordinal=len(headings),
                level=fmt.headingLevel(),
                starts_page=bool(
                    fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
                ),
                top=rect.top(),
                bottom=rect.bottom(),
                part_bottom=rect.bottom(),
            )
            headings.append(current)
        elif current is not None:
            current.part_bottom = max(current.part_bottom, rect.bottom())
        block = block.next()
    return headings


def _crowded_headings(doc: QTextDocument, page_height: float) -> set[int]:
    """Per page-started section, the first sub-heading that should start a page.

    That is a sub-heading with too little room under it, or one whose short part runs over
    the foot of its page. Sub-headings (h2 and lower) are numbered in document order, as in
    _with_page_breaks.
    """
    crowded: set[int] = set()
    found_in_section = False
    for heading in _sub_headings(doc):
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
            crowded.add(heading.ordinal)
            found_in_section = True
    return crowded


def _with_page_breaks(html: str, breaks: set[int]) -> str:
    """``html`` with a page break before the sub-headings numbered in ``breaks``."""
    count = -1

    def mark(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return match.group(0) + (PAGE_BREAK_STYLE if count in breaks else "")

    return SUB_HEADING_TAG.sub(mark, html)


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
