"""The top of the session window: title and counts, the big mm:ss countdown, "+2 min" and "End", a thin time bar,
and the filter bar (group and search) under it.

The countdown turns amber in the last minute and red in the last 15 seconds (plain text colour otherwise).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from exec_desk.ui.i18n import group_name
from exec_desk.ui.style import TimeBar, is_dark, mute, scaled_font


def countdown_text(seconds: int) -> str:
    """`299` → "4:59"; never negative."""
    minutes, rest = divmod(max(0, seconds), 60)
    return f"{minutes}:{rest:02d}"


class SessionHeader(QFrame):
    """Shows the time left; its buttons carry the window's "extend" and "end" actions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("session_header")
        self._total = 1
        self._seconds = 0
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        top = QHBoxLayout()
        top.setContentsMargins(20, 14, 16, 12)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        title = QLabel(self.tr("Review session"))
        title.setObjectName("session_title")
        title.setFont(scaled_font(self.font(), 1.3, bold=True))
        self.counts = QLabel("")
        self.counts.setObjectName("counts")
        mute(self.counts)
        titles.addWidget(title)
        titles.addWidget(self.counts)
        top.addLayout(titles, 1)
        self.countdown = QLabel("0:00")
        self.countdown.setObjectName("countdown")
        font = scaled_font(self.font(), 2.4, bold=True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFamilies(["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"])
        self.countdown.setFont(font)
        self.countdown.setAccessibleName(self.tr("Time left"))
        top.addWidget(self.countdown)
        top.addSpacing(10)
        self.extend_button = QToolButton()
        self.extend_button.setObjectName("extend_button")
        self.end_button = QToolButton()
        self.end_button.setObjectName("end_button")
        for button in (self.extend_button, self.end_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumSize(64, 32)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            top.addSpacing(6)
            top.addWidget(button)
        outer.addLayout(top)
        self.progress = TimeBar()
        self.progress.setObjectName("time_bar")
        outer.addWidget(self.progress)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.set_remaining(self._seconds)

    def set_actions(self, extend: QAction, end: QAction) -> None:
        self.extend_button.setDefaultAction(extend)
        self.end_button.setDefaultAction(end)

    def set_ended(self) -> None:
        """The session is over: no more time to add or end; the bar goes."""
        self.extend_button.hide()
        self.end_button.hide()
        self.progress.hide()
        self.counts.setText(self.tr("Session over"))

    def set_running(self) -> None:
        for widget in (self.extend_button, self.end_button, self.progress):
            widget.show()
        self._total = 1

    def set_remaining(self, seconds: int) -> None:
        """Show `seconds` left; the bar's full length is the longest time seen (it grows on "+2 min")."""
        self._seconds = seconds
        self._total = max(self._total, seconds)
        self.countdown.setText(countdown_text(seconds))
        self.progress.set_value(seconds, self._total)
        palette = self.countdown.palette()
        color = self.palette().color(QPalette.ColorRole.WindowText)
        dark = is_dark(self.palette())
        if 15 < seconds <= 60:
            color = QColor("#e3a008" if dark else "#b35900")
        elif 0 < seconds <= 15:
            color = QColor("#ff7b72" if dark else "#cf222e")
        elif seconds == 0:
            color = self.palette().color(QPalette.ColorRole.PlaceholderText)
        palette.setColor(QPalette.ColorRole.WindowText, color)
        self.countdown.setPalette(palette)


class FilterBar(QWidget):
    """The group filter ("All groups", then each group in order of appearance) and the search field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row = QHBoxLayout(self)
        row.setContentsMargins(16, 10, 16, 10)
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("group_filter")
        self.group_combo.setMinimumWidth(180)
        self.group_combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.group_combo.addItem(self.tr("All groups"), None)
        self.group_combo.setAccessibleName(self.tr("Group"))
        self.group_combo.setAccessibleDescription(self.tr("Show the posts of one group; ] and [ switch groups"))
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search these posts  ( / )"))
        self.search.setAccessibleName(self.tr("Search these posts"))
        self.search.setClearButtonEnabled(True)
        row.addWidget(self.group_combo)
        row.addWidget(self.search, 1)

    def set_groups(self, groups: list[tuple[int, str]], chosen: int | None) -> None:
        """Refill the group choices, keeping `chosen` selected; emits no change signal."""
        combo = self.group_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All groups"), None)
        for group_id, name in groups:
            combo.addItem(group_name(name), group_id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
        combo.blockSignals(False)

    def chosen_group(self) -> int | None:
        data = self.group_combo.currentData()
        return data if isinstance(data, int) else None

    def cycle(self, delta: int) -> None:
        count = self.group_combo.count()
        if count:
            self.group_combo.setCurrentIndex((self.group_combo.currentIndex() + delta) % count)
