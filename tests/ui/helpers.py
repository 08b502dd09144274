"""Helpers shared by the widget tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QTextBrowser

from vetguide.model.library_db import LibraryStore, db_path
from vetguide.model.shortlist import Library

# A day in the 2026 call: the KA1 and KA2 deadlines of February 2026 are still open.
TODAY = date(2026, 1, 10)


def on_disk() -> Library:
    """The library as saved in the data folder right now (read through its own connection)."""
    path = db_path()
    if not path.exists():
        return Library()
    store = LibraryStore.connect(path)
    try:
        return store.load()
    finally:
        store.close()


def click_index(qtbot: Any, view: QAbstractItemView, index: Any, double: bool = False) -> None:
    """Click an item of a view with the mouse, as a user would."""
    view.scrollTo(index)
    point = view.visualRect(index).center()
    if double:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    else:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def link_position(browser: QTextBrowser, href_part: str) -> QPoint:
    """Where on the browser's viewport the first link whose target contains ``href_part`` is."""
    document = browser.document()
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            fmt = fragment.charFormat()
            if fmt.isAnchor() and href_part in fmt.anchorHref():
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position() + 1)
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                return browser.cursorRect(cursor).center()
            iterator += 1
        block = block.next()
    raise AssertionError(f"no link to {href_part!r} in the page")
