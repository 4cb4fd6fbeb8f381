"""The end-of-session summary: posts read, amplified and posted, time used, and what the session cost in API fees.

Signals of SummaryView:
    extend_requested(): the user chose "Extend" (a few more minutes).
    close_requested(): the user chose "Close".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from exec_desk.core.pricing import MICRO
from exec_desk.core.queue import SessionSummary
from exec_desk.ui.i18n import long_datetime, short_time, usd
from exec_desk.ui.style import Panel, mute, scaled_font


def duration_text(seconds: int) -> str:
    """`252` → "4 min 12 s"; `300` → "5 min"; `42` → "42 s" (in the user's language)."""
    minutes, rest = divmod(max(0, seconds), 60)
    secs = QCoreApplication.translate("SummaryView", "%n s", "duration", rest)
    if not minutes:
        return secs
    text = QCoreApplication.translate("SummaryView", "%n min", "duration", minutes)
    return f"{text} {secs}" if rest else text


def headline(summary: SessionSummary) -> str:
    if summary.used_seconds < summary.planned_seconds - 5:
        return QCoreApplication.translate("SummaryView", "Session ended early")
    return QCoreApplication.translate("SummaryView", "Time's up — session done")


def cost_text(micro: int) -> str:
    """`1_234_567` → "$1.235" (French "1,235 $"): three decimals, as X's prices need them."""
    amount = QLocale().toString(micro / MICRO, "f", 3)
    return QCoreApplication.translate("Money", "${amount}").format(amount=amount)


def read_rule_text(summary: SessionSummary) -> str:
    """What "read" meant in this session, and what comes back: the rule of `core.reading`, in a sentence or two."""
    rule = QCoreApplication.translate(
        "SummaryView",
        "A post counts as read once it stayed on screen long enough to read it, or when you acted on it; "
        "read posts are not shown again, except mentions still waiting for your answer.",
    )
    others = max(0, summary.shown_count - summary.read_count)
    if not others:
        return rule
    back = QCoreApplication.translate("SummaryView", "The %n other post(s) come back in your next session.", "", others)
    return f"{rule} {back}"


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
        self.title = QLabel(self.tr("Session done"))
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
            ("read", self.tr("Posts read"), 0, 0, 1),
            ("amplified", self.tr("Retweeted"), 0, 1, 1),
            ("posted", self.tr("Posted"), 0, 2, 1),
            ("time", self.tr("Time used"), 1, 0, 1),
            ("cost", self.tr("API cost of this session"), 1, 1, 2),
        )
        for key, caption, row, column, span in tiles:
            grid.addWidget(self._tile(key, caption), row, column, 1, span)
        outer.addLayout(grid)
        outer.addSpacing(8)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.extend_button = QPushButton(self.tr("Extend +{minutes} min").format(minutes=extend_minutes))
        self.extend_button.setObjectName("summary_extend")
        self.extend_button.clicked.connect(self.extend_requested.emit)
        self.close_button = QPushButton(self.tr("Close"))
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
        value.setAccessibleName(caption)
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
        started, ended = short_time(summary.started_at), short_time(summary.ended_at)
        if started != ended:
            when = self.tr("From {start} to {end}.").format(start=started, end=ended)
        else:
            when = self.tr("At {start}.").format(start=started)
        clocks = ""
        if summary.clocks_in_time or summary.clocks_overdue:
            clocks = " " + self.tr("Mentions handled in time: {in_time}; overdue: {overdue}.").format(
                in_time=QLocale().toString(summary.clocks_in_time), overdue=QLocale().toString(summary.clocks_overdue)
            )
        self.subtitle.setText(f"{when} {read_rule_text(summary)}{clocks}")
        self.subtitle.setToolTip(self.tr("Started {date}").format(date=long_datetime(summary.started_at)))
        locale = QLocale()
        self._values["read"].setText(locale.toString(summary.read_count))
        shown = max(summary.shown_count, summary.read_count)
        self._notes["read"].setText(
            self.tr("of %n post(s) in this session", "", shown) if shown else self.tr("none in this session")
        )
        self._values["amplified"].setText(locale.toString(summary.amplified_count))
        self._values["posted"].setText(locale.toString(summary.posted_count))
        self._values["time"].setText(duration_text(summary.used_seconds))
        self._notes["time"].setText(
            self.tr("of {duration} planned").format(duration=duration_text(summary.planned_seconds))
        )
        self._values["cost"].setText(cost_text(summary.cost_micro))
        fees = self.tr("X API fees for the reads and writes of this session, from the ledger.")
        self._notes["cost"].setText(f"{fees} {self.month_text(summary)}")

    def month_text(self, summary: SessionSummary) -> str:
        """What the month cost so far, against the monthly budget when there is one."""
        spent, budget = cost_text(summary.month_cost_micro), usd(summary.month_budget_micro)  # "$20.00"
        if summary.month_budget_micro <= 0:
            return self.tr("This month so far: {spent}.").format(spent=spent)
        if summary.month_cost_micro > summary.month_budget_micro:
            return self.tr("This month so far: {spent}, over your {budget} monthly budget.").format(
                spent=spent, budget=budget
            )
        return self.tr("This month so far: {spent} of your {budget} monthly budget.").format(spent=spent, budget=budget)

    def value_text(self, key: str) -> str:
        """The shown value of a tile: "read", "amplified", "posted", "time" or "cost"."""
        return self._values[key].text()
