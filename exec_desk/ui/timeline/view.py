"""The list view of the session timeline: smooth per-pixel scrolling, keyboard moves driven by the window.

The window's shortcuts do the moving (`step`, `page`); the view's own type-ahead search is off, so letters never
jump around. When the list is empty it shows `placeholder` text in the middle ("Fetching your sources…").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QWidget

from exec_desk.ui.style import scaled_font


class TimelineView(QListView):
    """A `QListView` set up for variable-height posts painted by `PostDelegate`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMouseTracking(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.verticalScrollBar().setSingleStep(24)
        self.setAccessibleName(self.tr("Posts of this session"))
        self.setAccessibleDescription(self.tr("The keyboard shortcuts act on the selected post"))
        self.placeholder = self.tr("Fetching your sources…")
        #: Shown instead when posts exist but the filter (group, search) shows none of them.
        self.filtered_placeholder = self.tr("No post of this session matches the filter.")
        #: Gets key presses no shortcut took (see `ShortcutRegistry.trigger_unshifted`); True: handled.
        self.key_fallback: Callable[[QKeyEvent], bool] | None = None

    def set_placeholder(self, text: str) -> None:
        self.placeholder = text
        self.viewport().update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.key_fallback is not None and self.key_fallback(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:
        """Type-ahead is off: letters are shortcuts here."""

    def step(self, delta: int) -> QModelIndex | None:
        """Move the current item by `delta` rows (clamped); return the new current index, if any."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return None
        current = self.currentIndex()
        row = current.row() + delta if current.isValid() else (0 if delta >= 0 else model.rowCount() - 1)
        row = max(0, min(model.rowCount() - 1, row))
        return self._go(model.index(row, 0))

    def page(self, down: bool) -> QModelIndex | None:
        """Move one page down or up, like the Page Down key of item views."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return None
        action = QAbstractItemView.CursorAction.MovePageDown if down else QAbstractItemView.CursorAction.MovePageUp
        target = self.moveCursor(action, Qt.KeyboardModifier.NoModifier)
        if not target.isValid():
            target = model.index(model.rowCount() - 1 if down else 0, 0)
        return self._go(target)

    def _go(self, index: QModelIndex) -> QModelIndex:
        self.setCurrentIndex(index)
        self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return index

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if (model is not None and model.rowCount() > 0) or not self.placeholder:
            return
        source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else None
        text = self.filtered_placeholder if source is not None and source.rowCount() > 0 else self.placeholder
        painter = QPainter(self.viewport())
        painter.setFont(scaled_font(self.font(), 1.1))
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        rect = self.viewport().rect().adjusted(24, 24, -24, -24)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
