"""The "Last session" window (tray → Last session…): the last session's summary and the history of sessions.

The summary is the one the session window showed at its end (`SummaryView`), so a session that ended while its
window was hidden is never lost; under it, one line per finished session — date, minutes, posts read, retweeted
and posted, and what it cost — newest first. The data comes from `services.session.history.load_history`, run by
the app on the task runner; `show_history` fills the window.

Signals of SessionHistoryWindow:
    new_session_requested(): "New session" was chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from exec_desk.core.queue import SessionSummary
from exec_desk.services.session.history import SessionHistory
from exec_desk.storage.records import SessionRecord
from exec_desk.ui.i18n import short_date, short_time
from exec_desk.ui.screen import fit_to_screen
from exec_desk.ui.session.summary import SummaryView, cost_text, duration_text
from exec_desk.ui.style import mute, scaled_font

translate = QCoreApplication.translate


def summary_line(summary: SessionSummary) -> str:
    """One line for a notification: "Session 10:02–10:07 done: 5 posts read, 1 retweeted, 0 posted · $0.085"."""
    locale = QLocale()
    start, end = short_time(summary.started_at), short_time(summary.ended_at)
    counts = translate(
        "SessionHistory", "Session {start}–{end} done: %n post(s) read, {amplified} retweeted, {posted} posted", "",
        summary.read_count,
    ).format(
        start=start,
        end=end,
        amplified=locale.toString(summary.amplified_count),
        posted=locale.toString(summary.posted_count),
    )  # fmt: skip
    return f"{counts} · {cost_text(summary.cost_micro)}"


def minutes_text(record: SessionRecord) -> str:
    """How long the session lasted: "4 min 12 s"."""
    ended = record.ended_at or record.started_at
    return duration_text(round((ended - record.started_at).total_seconds()))


class SessionHistoryWindow(QWidget):
    """The last session's summary and the list of sessions."""

    new_session_requested = Signal()

    COLUMNS = ("date", "minutes", "read", "amplified", "posted", "cost")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("session_history")
        self.setWindowTitle(self.tr("Exec Desk — Last session"))
        fit_to_screen(self, 720, 820)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 0, 16, 16)
        self.summary_view = SummaryView()
        self.summary_view.extend_button.setText(self.tr("New session"))
        self.summary_view.extend_requested.connect(self.new_session_requested.emit)
        self.summary_view.close_requested.connect(self.close)
        layout.addWidget(self.summary_view, 3)
        self.empty = QLabel(self.tr("No session yet: the summary of each session shows here once it ends."))
        self.empty.setObjectName("history_empty")
        self.empty.setWordWrap(True)
        self.empty.setContentsMargins(16, 24, 16, 0)
        mute(self.empty)
        layout.addWidget(self.empty)
        title = QLabel(self.tr("Earlier sessions"))
        title.setObjectName("history_title")
        title.setFont(scaled_font(self.font(), 1.2, bold=True))
        title.setContentsMargins(16, 8, 16, 0)
        layout.addWidget(title)
        self.table = QTreeWidget()
        self.table.setObjectName("history_table")
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Sessions, newest first"))
        self.table.setHeaderLabels([self.column_title(key) for key in self.COLUMNS])
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)  # stretched, the cost sat at the far right, away from its title
        titles = self.table.headerItem()
        for column in range(1, len(self.COLUMNS)):  # the figures' titles line up with them, on the right
            titles.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.table, 2)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.history: SessionHistory | None = None
        self.show_loading()

    def column_title(self, key: str) -> str:
        titles = {
            "date": self.tr("Date"),
            "minutes": self.tr("Time used"),
            "read": self.tr("Read"),
            "amplified": self.tr("Retweeted"),
            "posted": self.tr("Posted"),
            "cost": self.tr("Cost"),
        }
        return titles[key]

    def show_loading(self) -> None:
        self.summary_view.title.setText(self.tr("Last session"))
        self.summary_view.subtitle.setText(self.tr("Reading the session log…"))

    def show_error(self, text: str) -> None:
        self.summary_view.subtitle.setText(self.tr("The session log could not be read: {error}").format(error=text))

    def show_history(self, history: SessionHistory) -> None:
        """Fill the window: the last session's summary, then one line per session."""
        self.history = history
        has_last = history.last is not None
        if history.last is not None:
            self.summary_view.set_summary(history.last)
        else:
            self.summary_view.title.setText(self.tr("Last session"))
            self.summary_view.subtitle.setText("")
        self.empty.setVisible(not has_last)
        locale = QLocale()
        self.table.clear()
        for record in history.sessions:
            started = record.started_at
            values = (
                f"{short_date(started)} {short_time(started)}",
                minutes_text(record),
                locale.toString(record.read_count),
                locale.toString(record.amplified_count),
                locale.toString(record.posted_count),
                cost_text(record.cost_micro),
            )
            row = QTreeWidgetItem(list(values))
            for column in range(1, len(values)):
                row.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(row)

    def rows(self) -> list[list[str]]:
        """The table's text, row by row (what the user reads)."""
        rows = (self.table.topLevelItem(r) for r in range(self.table.topLevelItemCount()))
        return [[row.text(c) for c in range(self.table.columnCount())] for row in rows if row is not None]

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        self.hide()
