"""The composer's thread preview: one card per post of the thread, numbered, with its own counter and price.

`ThreadPreviewModel` is a list model of `compose.Part`s; `set_parts` changes only the rows whose part changed, so a
keystroke repaints one card. `PartDelegate` paints a card (number, counter, price, the text as it will be posted);
`ThreadPreview` is the view.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from exec_desk.core.compose import MAX_WEIGHT, Part
from exec_desk.ui.composer.parts import danger, small_font
from exec_desk.ui.i18n import usd

_Index = QModelIndex | QPersistentModelIndex
PAD = 10
GAP = 6


class Role(IntEnum):
    NUMBER = Qt.ItemDataRole.UserRole + 1  # "2/5"
    COUNTER = Qt.ItemDataRole.UserRole + 2  # "243/280"
    VALID = Qt.ItemDataRole.UserRole + 3
    PRICE = Qt.ItemDataRole.UserRole + 4  # "$0.015"


class ThreadPreviewModel(QAbstractListModel):
    """The parts of a thread, in order."""

    def __init__(self, parent: QWidget | None = None, max_weight: int = MAX_WEIGHT) -> None:
        super().__init__(parent)
        self._parts: tuple[Part, ...] = ()
        self._max = max_weight

    def set_parts(self, parts: Sequence[Part]) -> None:
        new, old = tuple(parts), self._parts
        if new == old:
            return
        if len(new) != len(old):  # the numbering ("2/5") of every row changes with the count
            self.beginResetModel()
            self._parts = new
            self.endResetModel()
            return
        changed = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
        self._parts = new
        self.dataChanged.emit(self.index(changed[0]), self.index(changed[-1]))

    def parts(self) -> tuple[Part, ...]:
        return self._parts

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._parts)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._parts):
            return None
        part = self._parts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return part.text
        if role == Role.NUMBER:
            return f"{part.number}/{len(self._parts)}"
        if role == Role.COUNTER:
            return f"{part.weighted_length}/{self._max}"
        if role == Role.VALID:
            return part.valid
        if role == Role.PRICE:
            return usd(part.price_micro)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self.tr("Post {number} of {count}, {length} characters: {text}")
            return text.format(number=part.number, count=len(self._parts), length=part.weighted_length, text=part.text)
        return None


class PartDelegate(QStyledItemDelegate):
    """Paints a part as a rounded card: "2/5" and "243/280 · $0.015" above, the text below."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _text_width(self) -> int:
        return max(80, self._view.viewport().width() - 2 * PAD - 2)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        body = QFontMetrics(option.font).boundingRect(
            QRect(0, 0, self._text_width(), 100_000), int(Qt.TextFlag.TextWordWrap), text
        )
        header = QFontMetrics(small_font(option.font)).height()
        return QSize(self._text_width() + 2 * PAD, header + body.height() + 2 * PAD + GAP + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        palette: QPalette = option.palette
        card = option.rect.adjusted(1, 2, -1, -GAP + 2)
        valid = bool(index.data(Role.VALID))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = palette.color(QPalette.ColorRole.Base)
        border = palette.color(QPalette.ColorRole.Mid) if valid else danger(palette)
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(card, 8, 8)
        small = small_font(option.font)
        head = QRect(card.left() + PAD, card.top() + PAD, card.width() - 2 * PAD, QFontMetrics(small).height())
        painter.setFont(small)
        painter.setPen(palette.color(QPalette.ColorRole.Link))
        painter.drawText(
            head, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), str(index.data(Role.NUMBER))
        )
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(muted if valid else border)
        right = f"{index.data(Role.COUNTER)}  ·  {index.data(Role.PRICE)}"
        painter.drawText(head, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), right)
        painter.setFont(option.font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        body = QRect(head.left(), head.bottom() + GAP, head.width(), card.bottom() - head.bottom() - GAP - PAD + 4)
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        painter.drawText(body, flags, str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        painter.restore()


class ThreadPreview(QListView):
    """The list of cards; it re-lays them out when its width changes."""

    def __init__(self, model: ThreadPreviewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(PartDelegate(self))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setUniformItemSizes(False)
        self.viewport().setAutoFillBackground(False)
        self.setAccessibleName(self.tr("Thread preview"))
        self.setAccessibleDescription(self.tr("The posts the thread will be sent as, each with its length and price."))
