"""Windows and dialogs open at a size that fits the screen (a 1024×600 laptop too)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room left for the window frame and title bar, and for a panel of the desktop.
FRAME_MARGIN = 48


def available_geometry(widget: QWidget) -> QRect | None:
    """The free area of the screen ``widget`` is on (or of the primary screen)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fitted(width: int, height: int, available: QRect | None) -> tuple[int, int]:
    """``width`` × ``height``, made smaller where ``available`` (minus the frame) is smaller."""
    if available is None:
        return width, height
    return (
        min(width, available.width() - FRAME_MARGIN),
        min(height, available.height() - FRAME_MARGIN),
    )


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to its preferred size, or less on a small screen; its layout and
    scroll areas take the rest (never below the widget's minimum size)."""
    widget.resize(*fitted(width, height, available_geometry(widget)))
