"""The end-of-session summary: posts read, amplified and posted, time used, and what the session cost in API fees.

Signals of SummaryView:
    extend_requested(): the user chose "Extend" (a few more minutes).
    close_requested(): the user chose "Close".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from exec_desk.core.pricing import format_usd
from exec_desk.core.queue import SessionSummary
from exec_desk.ui.post_style import Panel, mute, scaled_font


def duration_text(seconds: int) -> str:
    """`252` → "4 min 12 s"; `300` → "5 min"; `42` → "42 s"."""
    minutes, rest = divmod(max(0, seconds), 60)
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min" + (f" {rest} s" if rest else "")


def headline(summary: SessionSummary) -> str:
    if summary.used_seconds < summary.planned_seconds - 5:
        return "Session ended early"
    return "Time's up — session done"


class SummaryView(QWidget):
    """Shows a `SessionSummary`; `extend_minutes` labels the Extend button."""

    extend_requested = Signal()
    close_requested = Signal()

    def __init__(
        self, summary: SessionSummary | None = None, parent: QWidget | None = None, *, extend_minutes: int = 2
    ) -> None:
        super().__init__(parent)
        self.setObjectName("summary")
        self._values: dict[str, QLabel] = {}
        self._notes: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 28, 32, 28)
        outer.setSpacing(16)
        outer.addStretch(1)
        self.title = QLabel("Session done")
        self.title.setObjectName("summary_title")
        self.title.setFont(scaled_font(self.font(), 1.6, bold=True))
        outer.addWidget(self.title)
        self.subtitle = QLabel("")
        self.subtitle.setObjectName("summary_subtitle")
        self.subtitle.setWordWrap(True)
        mute(self.subtitle)
        outer.addWidget(self.subtitle)
        grid = QGridLayout()
        grid.setSpacing(12)
        tiles = (
            ("read", "Posts read", 0, 0, 1),
            ("amplified", "Retweeted", 0, 1, 1),
            ("posted", "Posted", 0, 2, 1),
            ("time", "Time used", 1, 0, 1),
            ("cost", "API cost of this session", 1, 1, 2),
        )
        for key, caption, row, column, span in tiles:
            grid.addWidget(self._tile(key, caption), row, column, 1, span)
        outer.addLayout(grid)
        outer.addSpacing(8)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.extend_button = QPushButton(f"Extend +{extend_minutes} min")
        self.extend_button.setObjectName("summary_extend")
        self.extend_button.clicked.connect(self.extend_requested.emit)
        self.close_button = QPushButton("Close")
        self.close_button.setObjectName("summary_close")
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.close_requested.emit)
        for button in (self.extend_button, self.close_button):
            button.setMinimumSize(120, 34)
        buttons.addWidget(self.extend_button)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)
        outer.addStretch(2)
        if summary is not None:
            self.set_summary(summary)

    def _tile(self, key: str, caption: str) -> Panel:
        tile = Panel()
        tile.setObjectName("summary_tile")
        box = QVBoxLayout(tile)
        box.setContentsMargins(16, 12, 16, 12)
        box.setSpacing(2)
        value = QLabel("–")
        value.setObjectName(f"summary_{key}")
        value.setFont(scaled_font(self.font(), 1.7, bold=True))
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label = QLabel(caption)
        mute(label)
        note = QLabel("")
        note.setObjectName(f"summary_{key}_note")
        note.setWordWrap(True)
        note.setFont(scaled_font(self.font(), 0.9))
        mute(note)
        box.addWidget(value)
        box.addWidget(label)
        box.addWidget(note)
        self._values[key] = value
        self._notes[key] = note
        return tile

    def set_summary(self, summary: SessionSummary) -> None:
        self.title.setText(headline(summary))
        started = summary.started_at.astimezone().strftime("%H:%M")
        ended = summary.ended_at.astimezone().strftime("%H:%M")
        when = f"From {started} to {ended}." if started != ended else f"At {started}."
        self.subtitle.setText(f"{when} What you read here will not be shown again; the session is in your log.")
        self._values["read"].setText(f"{summary.read_count:,}")
        self._values["amplified"].setText(f"{summary.amplified_count:,}")
        self._values["posted"].setText(f"{summary.posted_count:,}")
        self._values["time"].setText(duration_text(summary.used_seconds))
        self._notes["time"].setText(f"of {duration_text(summary.planned_seconds)} planned")
        self._values["cost"].setText(format_usd(summary.cost_micro))
        self._notes["cost"].setText("X API fees for the reads and writes of this session, from the ledger.")

    def value_text(self, key: str) -> str:
        """The shown value of a tile: "read", "amplified", "posted", "time" or "cost"."""
        return self._values[key].text()
