"""The outbox window: what waits to be sent and when, with Undo until it is sent.

One row per item not sent yet (then the failed ones): when it goes ("Sends at 14:30 · in 9 min", "Sending…",
"Checking with X…", "Trying again at 14:02") and what it is (the post's first words, "thread of 3", "2 images",
"Retweet"). A post whose GIF or video is on its way shows a progress bar instead ("Uploading the video… 40 %",
"X is processing the video… 70 %", "Waiting for X to process the video…"), moved by the sender's `progressed`
signal as each step is saved. Undo takes a waiting post out of the outbox and back into the drafts (a retweet is
simply dropped); "Send now" sends it at once; a failed post went back to the drafts by itself: "Open draft"
reopens it (with X's reason as its note); a failed retweet may be retried. The selected item's full status shows
under the list. The list is live: it follows the sender's `changed` (an item sent, failed, rescheduled) and
`listed` (an item queued, undone, made due now) signals, and the app calls `refresh` when another process queued
one (`exec-desk post`); its relative times move every 30 seconds. The "Sent" tab (`sent.SentTab`) lists what went
out, with its time, cost and link, read again when the tab shows and whenever an item is sent.
Alt+U, Alt+N, Alt+O, Alt+R and Alt+C reach the buttons, Ctrl+Tab changes tab, Esc closes. Texts are translated,
what the sender wrote on an item too (a `core.i18n.Message`, shown with `ui.i18n.message_text`); times and days
are the locale's.

Signals of OutboxWindow:
    open_draft_requested(int, str): reopen the draft with this id in the composer; the str says why it came back
        (translated).
    draft_restored(object): Undo put this `Draft` back into the drafts.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exec_desk.core.payloads import Payload, PostPayload, RetweetPayload
from exec_desk.services.outbox.history import SentHistory
from exec_desk.services.outbox.media import MediaStage, media_stage
from exec_desk.services.outbox.sender import RETURNED, OutboxProgress, OutboxSender, OutboxUpdate
from exec_desk.services.tasks import Runner
from exec_desk.storage.records import Draft, OutboxItem, OutboxState
from exec_desk.ui.i18n import message_text, short_time
from exec_desk.ui.outbox.progress import UploadBar, in_cell, stage_text
from exec_desk.ui.outbox.sent import Opener, SentTab

REFRESH_MS = 30_000
_ID = Qt.ItemDataRole.UserRole + 1
#: States in which an item's media may be on their way (a bar then shows how far).
_MOVING = (OutboxState.SCHEDULED, OutboxState.SENDING)


def _day(moment: datetime, now: datetime) -> str | None:
    """`Fri 27 Nov` (the locale's names) when `moment` is not today, else None."""
    local = moment.astimezone()
    if local.date() == now.astimezone().date():
        return None
    return QLocale().toString(QDate(local.year, local.month, local.day), "ddd d MMM")


def _stage(item: OutboxItem) -> MediaStage | None:
    """Where the item's GIF or video stands, while it is on its way (not while it waits to try again)."""
    retrying = item.state is OutboxState.SCHEDULED and bool(item.last_error)
    return None if item.state not in _MOVING or retrying else media_stage(item.payload, item.progress)


def when_text(item: OutboxItem, now: datetime) -> str:
    """When the item goes, or what happened to it, in a few words (another day than today: with the day)."""
    time, day = short_time(item.not_before), _day(item.not_before, now)
    if item.state is OutboxState.FAILED:
        reason = (
            message_text(item.last_error)
            if item.last_error
            else QCoreApplication.translate("OutboxWindow", "X refused it.")
        )
        return QCoreApplication.translate("OutboxWindow", "Not sent — {reason}").format(reason=reason)
    if item.state is OutboxState.UNCERTAIN:
        return QCoreApplication.translate("OutboxWindow", "Checking with X whether it went…")
    stage = _stage(item)
    if stage is not None:
        return stage_text(stage)
    if item.state is OutboxState.SENDING or item.not_before <= now:
        return QCoreApplication.translate("OutboxWindow", "Sending…")
    if item.last_error:
        again = (
            QCoreApplication.translate("OutboxWindow", "Trying again at {time} — {reason}")
            if day is None
            else QCoreApplication.translate("OutboxWindow", "Trying again at {day} {time} — {reason}")
        )
        return again.format(day=day, time=time, reason=message_text(item.last_error))
    minutes = max(1, round((item.not_before - now).total_seconds() / 60))
    if minutes < 120:
        later = QCoreApplication.translate("OutboxWindow", "in {minutes} min").format(minutes=minutes)
    else:
        later = QCoreApplication.translate("OutboxWindow", "in {hours} h").format(hours=round(minutes / 60))
    sends = (
        QCoreApplication.translate("OutboxWindow", "Sends at {time} · {later}")
        if day is None
        else QCoreApplication.translate("OutboxWindow", "Sends at {day} {time} · {later}")
    )
    return sends.format(day=day, time=time, later=later)


def what_text(payload: Payload) -> str:
    """What the item is: its shape first ("Thread of 3", "Reply", "2 attachments"), then the post's first words."""
    if isinstance(payload, RetweetPayload):
        return QCoreApplication.translate("OutboxWindow", "Retweet of post {id}").format(id=payload.post_id)
    if not isinstance(payload, PostPayload):
        return payload.op
    parts = payload.parts
    first = next((line.strip() for line in parts[0].splitlines() if line.strip()), "")
    bits = []
    if len(parts) > 1:
        bits.append(QCoreApplication.translate("OutboxWindow", "Thread of {count}").format(count=len(parts)))
    if payload.reply_to:
        bits.append(QCoreApplication.translate("OutboxWindow", "Reply"))
    elif payload.quote_of:
        bits.append(QCoreApplication.translate("OutboxWindow", "Quote"))
    count = len(payload.media or payload.media_ids)
    if count:
        bits.append(QCoreApplication.translate("OutboxWindow", "%n attachment(s)", None, count))
    words = first[:80] + ("…" if len(first) > 80 else "")
    bits.append(words or QCoreApplication.translate("OutboxWindow", "(picture only)"))
    return " · ".join(bits)


class OutboxWindow(QWidget):
    """The outbox of one account, over its `OutboxSender`."""

    open_draft_requested = Signal(int, str)
    draft_restored = Signal(object)

    def __init__(
        self,
        sender: OutboxSender,
        *,
        clock: Callable[[], datetime],
        history: SentHistory | None = None,
        runner: Runner | None = None,
        opener: Opener = QDesktopServices.openUrl,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("outbox_window")
        self.setWindowTitle(self.tr("Outbox — Exec Desk"))
        self._sender, self._clock = sender, clock
        self._items: dict[int, OutboxItem] = {}
        self._bars: dict[int, UploadBar] = {}
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("outbox_tabs")
        self.tabs.setAccessibleName(self.tr("Waiting and sent"))
        self.tabs.tabBar().setAccessibleName(self.tr("Waiting and sent"))
        outer.addWidget(self.tabs, 1)
        waiting_page = QWidget()
        waiting_page.setObjectName("waiting_tab")
        layout = QVBoxLayout(waiting_page)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.view = QTreeWidget()
        self.view.setHeaderLabels([self.tr("When"), self.tr("What")])
        self.view.setRootIsDecorated(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAccessibleName(self.tr("Waiting to be sent"))
        self.view.setAccessibleDescription(self.tr("Each row: when it goes, then what it is."))
        self.view.setColumnWidth(0, 300)
        self.view.itemSelectionChanged.connect(self._enable)
        layout.addWidget(self.view, 1)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("Status of the selected item"))
        layout.addWidget(self.details)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("&Undo — back to drafts"))
        self.undo_button.setToolTip(self.tr("Take the selected post out of the outbox and back into your drafts."))
        self.undo_button.clicked.connect(self.undo_selected)
        self.now_button = QPushButton(self.tr("Send &now"))
        self.now_button.setToolTip(self.tr("Send the selected post now, without waiting."))
        self.now_button.clicked.connect(self.send_selected_now)
        self.open_button = QPushButton(self.tr("&Open draft"))
        self.open_button.setToolTip(self.tr("Reopen the post that was not sent in the composer."))
        self.open_button.clicked.connect(self.open_selected)
        self.retry_button = QPushButton(self.tr("&Retry"))
        self.retry_button.setToolTip(self.tr("Try sending it again now."))
        self.retry_button.clicked.connect(self.retry_selected)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.hide)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.hide)
        for button in (self.undo_button, self.now_button, self.open_button, self.retry_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.sent = SentTab(history, runner, clock=clock, opener=opener)
        self.tabs.addTab(waiting_page, self.tr("&Waiting"))
        self.tabs.addTab(self.sent, self.tr("&Sent"))
        self.tabs.currentChanged.connect(self._tab_changed)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        outer.addLayout(bottom)
        chain = [
            self.tabs.tabBar(),
            self.view,
            self.undo_button,
            self.now_button,
            self.open_button,
            self.retry_button,
            *self.sent.focusables(),
            self.close_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        sender.changed.connect(self._changed)
        sender.listed.connect(lambda: self.refresh() if self.isVisible() else None)
        sender.progressed.connect(self._progressed)
        self.resize(760, 360)
        self.refresh()

    def show_sent(self) -> None:
        """Turn to the Sent tab (it reads what was sent)."""
        self.tabs.setCurrentWidget(self.sent)

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.sent and self.isVisible():
            self.sent.refresh()

    def _changed(self, update: OutboxUpdate) -> None:
        if not self.isVisible():
            return
        self.refresh()
        if update.item.state is OutboxState.SENT:
            self.sent.refresh()

    def showEvent(self, event: Any) -> None:
        self.refresh()
        if self.tabs.currentWidget() is self.sent:
            self.sent.refresh()
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event: Any) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        """Read the outbox again (a small read) and show it."""
        chosen = self.selected()
        now = self._clock()
        items = sorted(self._sender.waiting(), key=lambda i: i.state is OutboxState.FAILED)  # failed ones last
        self._items = {i.id: i for i in items}
        self.view.clear()
        self._bars.clear()
        for item in items:
            row = QTreeWidgetItem([when_text(item, now), what_text(item.payload)])
            row.setData(0, _ID, item.id)
            row.setToolTip(0, row.text(0))
            row.setToolTip(1, "\n\n".join(item.payload.parts) if isinstance(item.payload, PostPayload) else "")
            self.view.addTopLevelItem(row)
            stage = _stage(item)
            if stage is not None:
                bar = self._bars[item.id] = UploadBar()
                bar.show_stage(stage)
                self.view.setItemWidget(row, 0, in_cell(bar))
            if chosen is not None and item.id == chosen.id:
                self.view.setCurrentItem(row)
        first = self.view.topLevelItem(0)
        if self.view.currentItem() is None and first is not None:
            self.view.setCurrentItem(first)
        failed = sum(1 for i in items if i.state is OutboxState.FAILED)
        waiting = len(items) - failed
        said = (
            self.tr("{count} waiting to be sent. Undo puts a post back into your drafts until it goes.").format(
                count=waiting
            )
            if waiting
            else self.tr("Nothing waits to be sent.")
        )
        if failed:  # the failed ones are listed last: say so, rather than "0 waiting" over a failed row
            said += " " + self.tr("%n could not be sent; select it to see why.", "", failed)
        self.summary.setText(said)
        self._enable()

    def _progressed(self, update: OutboxProgress) -> None:
        """A step of an item was saved: move its bar (a new bar needs the list read again)."""
        if not self.isVisible():
            return
        stage = media_stage(update.payload, update.progress)
        bar = self._bars.get(update.item_id)
        if stage is None or bar is None:
            self.refresh()
            return
        bar.show_stage(stage)
        chosen = self.selected()
        if chosen is not None and chosen.id == update.item_id:
            self.details.setText(stage_text(stage))

    def selected(self) -> OutboxItem | None:
        row = self.view.currentItem()
        return None if row is None else self._items.get(int(row.data(0, _ID)))

    def undo_selected(self) -> None:
        """Take the selected waiting item out of the outbox (a post goes back into the drafts)."""
        item = self.selected()
        if item is None or item.state is not OutboxState.SCHEDULED:
            return
        if isinstance(item.payload, PostPayload):
            self._sender.cancel_to_draft(item.id, self._post_undone)
        else:
            self._sender.cancel(item.id, self._retweet_undone)

    def _post_undone(self, draft: Draft | None) -> None:
        self.message.setText(
            self.tr("Too late to undo: it is on its way.") if draft is None else self.tr("Back in your drafts.")
        )
        if draft is not None:
            self.draft_restored.emit(draft)
        self.refresh()

    def _retweet_undone(self, done: bool) -> None:
        self.message.setText(
            self.tr("Undone: nothing was sent.") if done else self.tr("Too late to undo: it is on its way.")
        )
        self.refresh()

    def send_selected_now(self) -> None:
        item = self.selected()
        if item is not None and item.state is OutboxState.SCHEDULED:
            self._sender.release(item.id)
            self.message.setText(self.tr("Sending it now."))

    def open_selected(self) -> None:
        item = self.selected()
        if item is not None and item.draft_id is not None and item.progress.get(RETURNED):
            self.open_draft_requested.emit(item.draft_id, message_text(item.last_error or ""))

    def retry_selected(self) -> None:
        item = self.selected()
        if item is not None and item.state is OutboxState.FAILED and not item.progress.get(RETURNED):
            self._sender.retry(item.id)

    def _enable(self) -> None:
        item = self.selected()
        self.details.setText("" if item is None else when_text(item, self._clock()))
        waiting = item is not None and item.state is OutboxState.SCHEDULED
        returned = item is not None and bool(item.progress.get(RETURNED)) and item.draft_id is not None
        self.undo_button.setEnabled(waiting)
        moving = item is not None and _stage(item) is not None
        self.now_button.setEnabled(waiting and not moving and item is not None and item.not_before > self._clock())
        self.open_button.setVisible(returned)
        self.retry_button.setVisible(item is not None and item.state is OutboxState.FAILED and not returned)
