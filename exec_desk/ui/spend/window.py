"""The Spend page: a month of X API spend against the monthly budget, by day and by kind of call.

Top: the month ("March 2026", the locale's) with Previous and Next (Alt+P, Alt+N; not past the current month), the
headline ("$1.23 of your $20.00 monthly budget (6 %)"), a bar of the budget used (its red once reached), the
daily chart (`chart.DailyChart`) and a table of the kinds of call (reads of posts, of users, owned reads, posts,
retweets, media) with their calls, cost and share. Months and days are UTC, as X bills; the figures are the
API-cost ledger's (`services.spend.report`, read through the task runner), Exec Desk's estimate of X's bill.
The app calls `refresh` when the month's spend changed (`services.spend.watch`). Esc closes.

`budget_notice(now)` is what the tray says once the month reaches 80 % or 100 % of the budget; `tooltip_line` the
tray tooltip's line about the month.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exec_desk.core.i18n import QT_TRANSLATE_NOOP
from exec_desk.core.queue import ActionState
from exec_desk.services.spend.report import MonthSpend, SpendBook, month_of, next_month, previous_month
from exec_desk.services.spend.watch import SpendNow
from exec_desk.services.tasks import STORE, Runner
from exec_desk.ui.i18n import usd
from exec_desk.ui.style import scaled_font, state_color

KIND_NAMES = {
    "post_reads": QT_TRANSLATE_NOOP("SpendWindow", "Reads of posts"),
    "user_reads": QT_TRANSLATE_NOOP("SpendWindow", "Reads of users"),
    "owned_reads": QT_TRANSLATE_NOOP("SpendWindow", "Owned reads (your posts, mentions, lists)"),
    "posts": QT_TRANSLATE_NOOP("SpendWindow", "Posts"),
    "retweets": QT_TRANSLATE_NOOP("SpendWindow", "Retweets"),
    "media": QT_TRANSLATE_NOOP("SpendWindow", "Media (uploads, descriptions)"),
    "other": QT_TRANSLATE_NOOP("SpendWindow", "Other calls"),
}


def month_title(month: date) -> str:
    """ "March 2026", "Mars 2026": the month in the user's language."""
    text = QLocale().toString(QDate(month.year, month.month, 1), "MMMM yyyy")
    return text[:1].upper() + text[1:]


def percent_text(share: float) -> str:
    return QCoreApplication.translate("SpendWindow", "{percent}%").format(
        percent=QLocale().toString(round(share * 100))
    )


def tooltip_line(now: SpendNow) -> str:
    """The tray tooltip's line: "X API this month: $1.23 of $20.00 (6%)"."""
    spent = usd(now.spent_micro)
    if now.budget_micro <= 0:
        return QCoreApplication.translate("SpendWindow", "X API this month: {spent}").format(spent=spent)
    return QCoreApplication.translate("SpendWindow", "X API this month: {spent} of {budget} ({percent})").format(
        spent=spent, budget=usd(now.budget_micro), percent=percent_text(now.spent_micro / now.budget_micro)
    )


def budget_notice(now: SpendNow) -> str:
    """What the tray says when the month's spend first reaches 80 % or 100 % of the budget."""
    spent, budget = usd(now.spent_micro), usd(now.budget_micro)
    if now.crossed is not None and now.crossed >= 100:
        return QCoreApplication.translate(
            "SpendWindow",
            "Your monthly X API budget is used up: {spent} of {budget}. Sessions now show what is already here and "
            "fetch nothing new; your posts and retweets still go out.",
        ).format(spent=spent, budget=budget)
    return QCoreApplication.translate(
        "SpendWindow", "{percent} of your monthly X API budget is used: {spent} of {budget}."
    ).format(percent=percent_text(now.spent_micro / max(1, now.budget_micro)), spent=spent, budget=budget)


class SpendWindow(QWidget):
    """A month of spend of one account, from its `SpendBook`."""

    def __init__(
        self, book: SpendBook, runner: Runner, *, clock: Callable[[], datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("spend_window")
        self.setWindowTitle(self.tr("Spend — Exec Desk"))
        self._book, self._runner, self._clock = book, runner, clock
        self.month = month_of(clock())
        self.report: MonthSpend | None = None
        from exec_desk.ui.spend.chart import DailyChart

        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ &Previous month"))
        self.previous_button.setObjectName("previous_month")
        self.previous_button.clicked.connect(lambda: self.show_month(previous_month(self.month)))
        self.title = QLabel()
        self.title.setObjectName("spend_month")
        self.title.setFont(scaled_font(self.font(), 1.3, bold=True))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(self.tr("&Next month ▶"))
        self.next_button.setObjectName("next_month")
        self.next_button.clicked.connect(lambda: self.show_month(next_month(self.month)))
        row.addWidget(self.previous_button)
        row.addWidget(self.title, 1)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        self.headline = QLabel()
        self.headline.setObjectName("spend_headline")
        self.headline.setWordWrap(True)
        self.headline.setFont(scaled_font(self.font(), 1.1, bold=True))
        layout.addWidget(self.headline)
        self.used = QProgressBar()
        self.used.setObjectName("spend_used")
        self.used.setAccessibleName(self.tr("Part of the monthly budget used"))
        self.used.setRange(0, 100)
        layout.addWidget(self.used)
        self.chart = DailyChart()
        layout.addWidget(self.chart, 1)
        self.kinds = QTreeWidget()
        self.kinds.setObjectName("spend_kinds")
        self.kinds.setHeaderLabels([self.tr("Kind of call"), self.tr("Calls"), self.tr("Cost"), self.tr("Share")])
        self.kinds.setRootIsDecorated(False)
        self.kinds.setAccessibleName(self.tr("Spend by kind of call"))
        self.kinds.setColumnWidth(0, 300)
        self.kinds.setMinimumHeight(170)
        layout.addWidget(self.kinds)
        self.note = QLabel(
            self.tr(
                "Days are UTC days, as X bills. The figures are Exec Desk's API-cost ledger: its estimate of what X "
                "bills for your calls; the Developer Console's usage page is the bill."
            )
        )
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.note)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.hide)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.hide)
        for first, second in (
            (self.previous_button, self.next_button),
            (self.next_button, self.kinds),
            (self.kinds, self.close_button),
        ):
            QWidget.setTabOrder(first, second)
        self.resize(720, 640)
        self._show_month_title()

    def show_month(self, month: date) -> None:
        """Show another month (never one to come)."""
        self.month = min(month, month_of(self._clock()))
        self._show_month_title()
        self.refresh()

    def refresh(self) -> None:
        """Read the month again (through the runner) and show it."""
        book, month = self._book, self.month
        self._runner.submit(lambda: book.month(month), self.show_report, self._failed, lane=STORE, owner=self)

    def refreshed(self) -> None:
        """The month's spend changed (a call was made): read it again if this shows the current month."""
        if self.isVisible() and self.month == month_of(self._clock()):
            self.refresh()

    def _show_month_title(self) -> None:
        current = month_of(self._clock())
        self.title.setText(month_title(self.month))
        self.next_button.setEnabled(self.month < current)

    def show_report(self, report: MonthSpend) -> None:
        if report.month != self.month:
            return  # an older read: another month was asked for since
        self.report = report
        current = report.month == month_of(self._clock())
        spent = usd(report.total_micro)
        share = report.share
        if share is None:
            text = self.tr("{spent} spent so far this month.") if current else self.tr("{spent} spent that month.")
            self.headline.setText(
                text.format(spent=spent) + " " + self.tr("No monthly budget is set (Settings → Connection).")
            )
        elif report.total_micro > report.budget_micro:
            self.headline.setText(
                self.tr("{spent}: over your {budget} monthly budget by {over}.").format(
                    spent=spent, budget=usd(report.budget_micro), over=usd(report.total_micro - report.budget_micro)
                )
            )
        else:
            self.headline.setText(
                self.tr("{spent} of your {budget} monthly budget ({percent}).").format(
                    spent=spent, budget=usd(report.budget_micro), percent=percent_text(share)
                )
            )
        self.used.setVisible(share is not None)
        if share is not None:
            self.used.setValue(min(100, round(share * 100)))
            self.used.setFormat(percent_text(share))
            palette = self.used.palette()
            palette.setColor(
                QPalette.ColorRole.Highlight,
                state_color(palette, ActionState.FAILED)
                if share >= 1
                else self.palette().color(QPalette.ColorRole.Highlight),
            )
            self.used.setPalette(palette)
        self.chart.set_report(report)
        self.kinds.clear()
        total = report.total_micro
        for kind in report.kinds:
            name = QCoreApplication.translate("SpendWindow", KIND_NAMES.get(kind.kind, kind.kind))
            part = percent_text(kind.micro / total) if total else "—"
            row = QTreeWidgetItem([name, QLocale().toString(kind.calls), usd(kind.micro), part])
            for column in (1, 2, 3):
                row.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.kinds.addTopLevelItem(row)
        # the kinds' names in full (French ones are longer than the English the default width was set for)
        self.kinds.resizeColumnToContents(0)
        self.kinds.setColumnWidth(0, max(self.kinds.columnWidth(0), 300))

    def _failed(self, error: BaseException) -> None:
        self.headline.setText(self.tr("The spend could not be read: {error}").format(error=error))

    def showEvent(self, event: object) -> None:
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]
