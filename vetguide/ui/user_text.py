"""User text (names, notes, imported shortlists) in the app's views: always plain text.

Item views and combo boxes draw their text plainly, but a tooltip, a label or a message box
set to Qt's automatic format renders text that merely looks like HTML as HTML, and loads
the ``file://`` images it names. Every view shows user text through :func:`shown` (bidi
isolated) and every tooltip through :func:`tooltip` (escaped, so it shows as typed).
Labels and message boxes that show user text are set to ``Qt.TextFormat.PlainText``.
"""

from __future__ import annotations

from PySide6.QtGui import Qt

from vetguide.user_text import isolate


def shown(text: str) -> str:
    """User text for an item view, a combo box, a plain label or a message."""
    return isolate(text)


def tooltip(text: str) -> str:
    """User text as a tooltip that shows it as typed: escaped rich text, isolated."""
    return Qt.convertFromPlainText(isolate(text), Qt.WhiteSpaceMode.WhiteSpaceNormal)
