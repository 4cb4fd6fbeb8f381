"""The "?" overlay: every shortcut of the registry, grouped by section, over a dimmed window.

It is a child widget covering its parent (not a separate window), so the window's shortcuts keep working: Esc
or "?" closes it. It is rebuilt whenever the bindings change. Keys are named as the platform writes them
(`shortcuts.key_name`), as in the settings' key boxes and the composer. An action the account's X plan forbids
(`refused(action)` gives its reason: likes and quotes on self-serve plans) is listed as "on x.com ↗" with that
reason, not with its key: in Exec Desk its key only opens the post on x.com.

Signals of HelpOverlay:
    closed(): the overlay was hidden.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from exec_desk.ui.shortcuts import ShortcutRegistry, description_text, key_name, section_text
from exec_desk.ui.style import KeyCap, Panel, mute, scaled_font


def on_x_text() -> str:
    """What the help shows instead of the keys of an action the account's plan forbids."""
    return QCoreApplication.translate("HelpOverlay", "on x.com ↗")


class HelpOverlay(QWidget):
    """Lists the shortcuts of `registry`; covers `parent` while shown."""

    closed = Signal()

    def __init__(
        self, registry: ShortcutRegistry, parent: QWidget, refused: Callable[[str], str] = lambda action: ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("help_overlay")
        self._registry = registry
        self._refused = refused
        self._host = parent
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self._card = Panel(self, fill=QPalette.ColorRole.Window, radius=12)
        self._card.setObjectName("help_card")
        self._card.setMaximumWidth(820)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addWidget(self._card, 0, Qt.AlignmentFlag.AlignCenter)
        self._build()
        registry.changed.connect(self._build)
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())
        self.hide()

    def lines(self) -> list[tuple[str, str]]:
        """(keys, description) of every bound action, in the order shown."""
        out = []
        for spec in self._registry.specs():
            keys = self._registry.keys(spec.id)
            if self._refused(spec.id):
                out.append((on_x_text(), description_text(spec)))
            elif keys:
                out.append((" / ".join(key_name(k) for k in keys), description_text(spec)))
        return out

    def toggle(self) -> None:
        if self.isVisible():
            self.dismiss()
        else:
            self.setGeometry(self._host.rect())
            self.raise_()
            self.show()

    def dismiss(self) -> None:
        if self.isVisible():
            self.hide()
            self.closed.emit()

    def _build(self) -> None:
        old = self._card.layout()
        if old is not None:
            QWidget().setLayout(old)  # reparent the old layout and its widgets to a throwaway widget
        layout = QVBoxLayout(self._card)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        head = QHBoxLayout()
        title = QLabel(self.tr("Keyboard shortcuts"))
        title.setObjectName("help_title")
        title.setFont(scaled_font(self.font(), 1.4, bold=True))
        head.addWidget(title)
        head.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("help_close")
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.dismiss)
        head.addWidget(close)
        layout.addLayout(head)
        sections: dict[str, list[tuple[str, str]]] = {}
        for spec in self._registry.specs():
            if self._registry.keys(spec.id) or self._refused(spec.id):
                sections.setdefault(spec.section, []).append((spec.id, description_text(spec)))
        columns = QHBoxLayout()
        columns.setSpacing(32)
        for names in ([s for i, s in enumerate(sections) if i != 1], list(sections)[1:2]):
            grid = QGridLayout()
            grid.setHorizontalSpacing(14)
            grid.setVerticalSpacing(4)
            row = 0
            for name in names:
                header = QLabel(section_text(name))
                header.setObjectName("help_section")
                header.setFont(scaled_font(self.font(), 1.0, bold=True))
                header.setForegroundRole(QPalette.ColorRole.Link)
                header.setContentsMargins(0, 6, 0, 0)
                grid.addWidget(header, row, 0, 1, 2)
                row += 1
                for action_id, description in sections[name]:
                    top_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
                    grid.addWidget(self._keys_widget(action_id), row, 0, top_right)
                    reason = self._refused(action_id)
                    text = QLabel(description + (f"\n{reason}" if reason else ""))
                    text.setWordWrap(True)  # translations run longer than the English
                    text.setMinimumWidth(text.fontMetrics().averageCharWidth() * 30)
                    grid.addWidget(text, row, 1)
                    row += 1
            grid.setRowStretch(row, 1)
            columns.addLayout(grid)
        layout.addLayout(columns)
        hint = QLabel(
            self.tr("Keys can be changed in Settings → Shortcuts. Single keys do nothing while you type in a field.")
        )
        hint.setWordWrap(True)
        mute(hint)
        layout.addWidget(hint)

    def _keys_widget(self, action_id: str) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        reason = self._refused(action_id)
        if reason:  # the plan forbids it: done on x.com, not with a key here
            where = QLabel(on_x_text())
            where.setObjectName("help_on_x")
            where.setToolTip(reason)
            mute(where)
            row.addWidget(where)
            return box
        for key in self._registry.keys(action_id):
            chip = KeyCap(key_name(key))
            chip.setObjectName("help_key")
            row.addWidget(chip)
        return box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._host.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 110))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self._card.geometry().contains(event.position().toPoint()):
            self.dismiss()
