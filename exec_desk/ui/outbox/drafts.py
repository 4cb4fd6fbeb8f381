"""The drafts list: the account's unsent drafts, most recently edited first; reopen one or delete it.

Enter, a double click or "Open" reopens the selected draft in the composer; Delete or "Delete" removes it (through
`DraftService`, which tells every list); Esc closes the window. `DraftsModel` is a plain list model, tested with
qtmodeltester. Texts are translated; when each draft was last edited is written to the minute, the locale's way
(`ui.i18n.day_and_time`).

Signals of DraftsList:
    open_requested(object): reopen this `Draft` in the composer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QKeyEvent, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from exec_desk.core.compose import PostChecker
from exec_desk.services.drafts import DraftService
from exec_desk.storage.records import Draft
from exec_desk.ui.composer.parts import small_font
from exec_desk.ui.i18n import day_and_time
from exec_desk.ui.shortcuts import key_name

_Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    DRAFT = Qt.ItemDataRole.UserRole + 1
    DETAILS = Qt.ItemDataRole.UserRole + 2  # "Edited 14:30 · thread of 3 posts · 2 images"


def describe(draft: Draft, now: datetime, checker: PostChecker) -> str:
    """One line about a draft: when it was last edited, to the minute ("Edited yesterday at 09:12"), and what it
    is."""
    when = day_and_time(draft.updated_at, now)
    bits = [QCoreApplication.translate("DraftsList", "Edited {when}").format(when=when)]
    if draft.reply_to:
        bits.append(QCoreApplication.translate("DraftsList", "reply"))
    if draft.quote_of:
        bits.append(QCoreApplication.translate("DraftsList", "quote"))
    parts = len(draft.parts) + 1 if draft.parts else len(checker.check(draft.text, thread=True).parts)
    if parts > 1:
        bits.append(QCoreApplication.translate("DraftsList", "thread of {count} posts").format(count=parts))
    if draft.media:
        kinds = {m.mime_type.split("/")[0] for m in draft.media}
        if "video" in kinds:
            bits.append(QCoreApplication.translate("DraftsList", "video"))
        elif any(m.mime_type == "image/gif" for m in draft.media):
            bits.append(QCoreApplication.translate("DraftsList", "GIF"))
        else:
            bits.append(QCoreApplication.translate("DraftsList", "%n image(s)", None, len(draft.media)))
    return " · ".join(bits)


class DraftsModel(QAbstractListModel):
    """Drafts as rows: the first line of the text, and a line of details."""

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._checker = PostChecker()
        self._rows: list[tuple[Draft, str]] = []

    def set_drafts(self, drafts: Sequence[Draft]) -> None:
        now = self._clock()
        self.beginResetModel()
        self._rows = [(d, describe(d, now, self._checker)) for d in drafts]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        draft, details = self._rows[index.row()]
        first = next((line.strip() for line in draft.text.splitlines() if line.strip()), "")
        if role == Qt.ItemDataRole.DisplayRole:
            return first or (self.tr("(media only)") if draft.media else self.tr("(empty)"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return draft.text
        if role == Role.DRAFT:
            return draft
        if role == Role.DETAILS:
            return details
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{first}. {details}"
        return None


class _DraftDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        lines = QFontMetrics(option.font).height() + QFontMetrics(small_font(option.font)).height()
        return QSize(200, lines + 18)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(10, 8, -10, -8)
        height = QFontMetrics(option.font).height()
        title = QFontMetrics(option.font).elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole)), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.setFont(option.font)
        painter.setPen(palette.color(text_role))
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), height), int(Qt.AlignmentFlag.AlignLeft), title)
        painter.setFont(small_font(option.font))
        muted = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        painter.setPen(palette.color(muted))
        below = QRect(rect.left(), rect.top() + height + 2, rect.width(), rect.height() - height)
        painter.drawText(below, int(Qt.AlignmentFlag.AlignLeft), str(index.data(Role.DETAILS)))
        painter.restore()


class DraftsList(QWidget):
    """The list with Open and Delete; it refreshes whenever the drafts change."""

    open_requested = Signal(object)

    def __init__(self, drafts: DraftService, *, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drafts = drafts
        self.setWindowTitle(self.tr("Drafts — Exec Desk"))
        self.model = DraftsModel(clock, self)
        layout = QVBoxLayout(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(_DraftDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAccessibleName(self.tr("Drafts"))
        self.view.setAccessibleDescription(
            self.tr("{open} reopens the selected draft; {delete} deletes it.").format(
                open=key_name("Return"), delete=key_name("Delete")
            )
        )
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        self.view.installEventFilter(self)
        self.empty = QLabel(self.tr("No drafts. Whatever you write in the composer is kept here until it is sent."))
        self.empty.setWordWrap(True)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(
            self.tr("Reopen the selected draft in the composer ({key}).").format(key=key_name("Return"))
        )
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.setToolTip(self.tr("Delete the selected draft ({key}).").format(key=key_name("Delete")))
        self.delete_button.clicked.connect(self.delete_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.open_button)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.view, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.open_button)
        drafts.changed.connect(self.refresh)
        self.view.selectionModel().selectionChanged.connect(self._enable)
        self.refresh()
        self.resize(420, 360)

    def refresh(self) -> None:
        chosen = self.selected()
        self.model.set_drafts(self._drafts.drafts())
        rows = self.model.rowCount()
        self.view.setVisible(rows > 0)
        self.empty.setVisible(rows == 0)
        keep = next((r for r in range(rows) if chosen and self._draft(r).id == chosen.id), 0 if rows else None)
        if keep is not None:
            self.view.setCurrentIndex(self.model.index(keep))
        self._enable()

    def selected(self) -> Draft | None:
        index = self.view.currentIndex()
        return self._draft(index.row()) if index.isValid() else None

    def open_selected(self) -> None:
        draft = self.selected()
        if draft is not None:
            self.open_requested.emit(draft)

    def delete_selected(self) -> None:
        draft = self.selected()
        if draft is not None:
            self._drafts.delete(draft.id)

    def _draft(self, row: int) -> Draft:
        draft = self.model.data(self.model.index(row), Role.DRAFT)
        assert isinstance(draft, Draft)
        return draft

    def _enable(self) -> None:
        has = self.selected() is not None
        self.open_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def eventFilter(self, watched: object, event: object) -> bool:
        if watched is self.view and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_selected()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.delete_selected()
                return True
        return False
