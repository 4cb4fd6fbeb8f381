"""Window sizes that fit the screen: a preferred size, shrunk to the screen's available area (laptops at 768 px)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room left for the panels and the window's frame.
MARGIN = 48


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize `window` to (`width`, `height`), or less where its screen's available area is smaller."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width = max(320, min(width, area.width() - MARGIN))
        height = max(240, min(height, area.height() - MARGIN))
    window.resize(width, height)
