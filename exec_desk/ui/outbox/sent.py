"""The outbox window's Sent tab: what went out (posts, threads, retweets), when, what it cost, and its link.

One row per sent item, the latest first: when it went (the time today, else the day and time, the locale's way),
what it was ("Thread of 3 · Proud of the Lyon team.", "Retweet of @ceo: “…”"), its cost from the API-cost ledger
(`services.outbox.history`; "—" when the ledger cannot name its calls) and its address on x.com. Enter, a double
click or "Open on x.com" (Alt+X) opens the selected one in the browser; "Copy link" puts its address on the
clipboard. The list is read through the task runner whenever the tab is shown or something is sent (the window
calls `refresh`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exec_desk.services.outbox.history import Sent, SentHistory
from exec_desk.services.tasks import STORE, Runner
from exec_desk.ui.i18n import short_time, usd
from exec_desk.ui.shortcuts import key_name

_ID = Qt.ItemDataRole.UserRole + 1
Opener = Callable[[QUrl], bool]


def sent_when(moment: datetime, now: datetime) -> str:
    """ "14:05" today, else "Fri 27 Nov 14:05" (the locale's names and time)."""
    local = moment.astimezone()
    if local.date() == now.astimezone().date():
        return short_time(moment)
    day = QLocale().toString(QDate(local.year, local.month, local.day), "ddd d MMM")
    return f"{day} {short_time(moment)}"


def sent_what(sent: Sent) -> str:
    """What went out, in a few words."""
    if sent.kind == "retweet":
        if not sent.text:
            return QCoreApplication.translate("SentTab", "Retweet of post {id}").format(id=sent.post_id)
        text = " ".join(sent.text.split())
        short = text if len(text) <= 70 else text[:69] + "…"
        if sent.author:
            said = QCoreApplication.translate("SentTab", "Retweet of @{name}: “{text}”")
            return said.format(name=sent.author, text=short)
        return QCoreApplication.translate("SentTab", "Retweet: “{text}”").format(text=short)
    from exec_desk.ui.outbox.window import what_text

    return what_text(sent.item.payload)


def cost_text(sent: Sent) -> str:
    return "—" if sent.cost_micro is None else usd(sent.cost_micro)


class SentTab(QWidget):
    """The sent items of one account, from its `SentHistory` (None: nothing to show yet)."""

    def __init__(
        self,
        history: SentHistory | None,
        runner: Runner | None,
        *,
        clock: Callable[[], datetime],
        opener: Opener = QDesktopServices.openUrl,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sent_tab")
        self._history, self._runner, self._clock, self._opener = history, runner, clock, opener
        self._sent: dict[int, Sent] = {}
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Reading what was sent…"))
        self.summary.setObjectName("sent_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.view = QTreeWidget()
        self.view.setObjectName("sent_list")
        self.view.setHeaderLabels([self.tr("Sent"), self.tr("What"), self.tr("Cost"), self.tr("On x.com")])
        self.view.setRootIsDecorated(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAccessibleName(self.tr("Sent posts and retweets"))
        self.view.setAccessibleDescription(
            self.tr("Each row: when it went, what it was, what it cost, its address. {key} opens it on x.com.").format(
                key=key_name("Return")
            )
        )
        for column, width in ((0, 130), (1, 300), (2, 70)):
            self.view.setColumnWidth(column, width)
        self.view.itemDoubleClicked.connect(lambda _row, _column: self.open_selected())
        self.view.itemSelectionChanged.connect(self._enable)
        self.view.installEventFilter(self)
        layout.addWidget(self.view, 1)
        self.note = QLabel(
            self.tr("Costs are what the API-cost ledger recorded for each send; “—”: not known for this one.")
        )
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.note)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open on &x.com"))
        self.open_button.setObjectName("open_sent")
        self.open_button.setToolTip(
            self.tr("Open the selected post on x.com in your browser ({key}).").format(key=key_name("Return"))
        )
        self.open_button.clicked.connect(self.open_selected)
        self.copy_button = QPushButton(self.tr("Copy &link"))
        self.copy_button.setObjectName("copy_sent_link")
        self.copy_button.setToolTip(self.tr("Copy the address of the selected post."))
        self.copy_button.clicked.connect(self.copy_selected)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.view, self.open_button)
        QWidget.setTabOrder(self.open_button, self.copy_button)
        self._enable()

    def focusables(self) -> list[QWidget]:
        return [self.view, self.open_button, self.copy_button]

    def refresh(self) -> None:
        """Read the sent items again (through the runner) and show them."""
        history, runner = self._history, self._runner
        if history is None or runner is None:
            self.summary.setText(self.tr("What was sent shows here once Exec Desk has started."))
            return
        runner.submit(history.read, self.show_sent, self._failed, lane=STORE, owner=self)

    def show_sent(self, sent: list[Sent]) -> None:
        chosen = self.selected()
        now = self._clock()
        self._sent = {s.item.id: s for s in sent}
        self.view.clear()
        for entry in sent:
            url = entry.url or ""
            row = QTreeWidgetItem(
                [sent_when(entry.sent_at, now), sent_what(entry), cost_text(entry), url.removeprefix("https://")]
            )
            row.setData(0, _ID, entry.item.id)
            row.setToolTip(1, row.text(1))
            row.setToolTip(3, url)
            row.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.view.addTopLevelItem(row)
            if chosen is not None and chosen.item.id == entry.item.id:
                self.view.setCurrentItem(row)
        first = self.view.topLevelItem(0)
        if self.view.currentItem() is None and first is not None:
            self.view.setCurrentItem(first)
        known = [s.cost_micro for s in sent if s.cost_micro is not None]
        if not sent:
            self.summary.setText(self.tr("Nothing sent yet. What goes out is listed here with its cost and link."))
        else:
            total = QCoreApplication.translate("SentTab", "%n sent", None, len(sent))
            self.summary.setText(
                self.tr("{count}, the latest first · {cost} in all").format(count=total, cost=usd(sum(known)))
            )
        self._enable()

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(self.tr("What was sent could not be read: {error}").format(error=error))

    def selected(self) -> Sent | None:
        row = self.view.currentItem()
        return None if row is None else self._sent.get(int(row.data(0, _ID)))

    def open_selected(self) -> None:
        sent = self.selected()
        if sent is not None and sent.url:
            self._opener(QUrl(sent.url))

    def copy_selected(self) -> None:
        sent = self.selected()
        if sent is not None and sent.url:
            QGuiApplication.clipboard().setText(sent.url)

    def _enable(self) -> None:
        has_link = (sent := self.selected()) is not None and sent.url is not None
        self.open_button.setEnabled(has_link)
        self.copy_button.setEnabled(has_link)

    def eventFilter(self, watched: QObject, event: Any) -> bool:
        if (
            watched is self.view
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_selected()
            return True
        return bool(super().eventFilter(watched, event))
