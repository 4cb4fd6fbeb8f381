"""The radar, the response clocks and the week, wired for one opened account (issue 13).

`RadarDesk` runs the account's `Radar` between sessions (mentions and the watch search, at a cadence the budget
allows) and its `HandledLog` (what the outbox sends closes response clocks). It shows what they find on the tray:
a badge while the last reading holds a spike, the open clocks in the tooltip, and, outside sessions, one
notification per spike ("23 posts about “Aldercrest recall” in the last hour, usually 2 — review now?") whose
click opens a session on that spike. It shows "Your week" from the tray, and at the end of the last session of
the week (no reminder is due before next week).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QIcon

from exec_desk.core.i18n import QT_TRANSLATE_NOOP, Message, Phrase
from exec_desk.core.signal.radar import Spike
from exec_desk.core.signal.week import WeekFigures, week_start
from exec_desk.services.clock import Clock, TimerFactory
from exec_desk.services.context import AppContext
from exec_desk.services.outbox.sender import OutboxSender
from exec_desk.services.radar.handled import HandledLog
from exec_desk.services.radar.poller import Radar, Reading
from exec_desk.services.radar.week import week_of
from exec_desk.services.tasks import TaskRunner
from exec_desk.storage.settings import Settings
from exec_desk.ui.i18n import short_time
from exec_desk.ui.tray import Tray
from exec_desk.ui.week.window import WeekWindow

#: The radar's notification (context "Radar"; shown translated).
SPIKE_NOTICE = QT_TRANSLATE_NOOP(
    "Radar", "{count} posts about “{term}” in the last hour, usually {usual} — review now?"
)
#: Open clocks shown in the tooltip, at most.
TOOLTIP_CLOCKS = 3


def spike_notice(spike: Spike) -> Message:
    usual = round(spike.baseline)
    return Message(Phrase.of("Radar", SPIKE_NOTICE, count=spike.last_hour, term=spike.term, usual=usual))


class RadarDesk(QObject):
    """The radar, clocks and week of one account; `close()` when the account closes."""

    def __init__(
        self,
        context: AppContext,
        runner: TaskRunner,
        settings: Settings,
        clock: Clock,
        timers: TimerFactory,
        *,
        tray: Tray,
        outbox: OutboxSender,
        session_open: Callable[[], bool],
        open_session: Callable[[str | None], None],
        icon: QIcon,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context, self._runner, self._settings, self._clock = context, runner, settings, clock
        self._tray, self._session_open, self._open_session, self._icon = tray, session_open, open_session, icon
        key = context.account.key
        self.radar = Radar(
            context.store, context.backend, context.ledger, runner, settings, key, clock, timers, session_open, self
        )
        self.handled = HandledLog(context.store, runner, key, outbox, self)
        self.week_window: WeekWindow | None = None
        self.radar.spiked.connect(self._spiked)
        self.radar.spikes_changed.connect(lambda spikes: self._tray.set_badge(len(spikes)))
        self.radar.clocks_changed.connect(self._clocks)

    def start(self) -> None:
        self.radar.start()

    def close(self) -> None:
        self.radar.stop()
        self._runner.forget(self)
        self._tray.set_badge(0)
        self._tray.set_details([])
        if self.week_window is not None:
            self.week_window.hide()
            self.week_window.deleteLater()
            self.week_window = None
        self.deleteLater()

    # -- what the radar says -----------------------------------------------------------------------------------
    def _spiked(self, spike: Spike) -> None:
        self._tray.notify(spike_notice(spike), kind="spike", on_click=lambda: self._open_session(spike.term))

    def _clocks(self, reading: Reading) -> None:
        lines = []
        now = self._clock()
        for clock in reading.clocks[:TOOLTIP_CLOCKS]:
            who = "@" + reading.authors.get(clock.author_id, "?")
            if clock.respond_by is None:
                continue
            words = (
                QCoreApplication.translate("RadarDesk", "Answer {who}: overdue since {time}")
                if clock.overdue(now)
                else QCoreApplication.translate("RadarDesk", "Answer {who} by {time}")
            )
            lines.append(words.format(who=who, time=short_time(clock.respond_by)))
        more = len(reading.clocks) - TOOLTIP_CLOCKS
        if more > 0:
            lines.append(QCoreApplication.translate("RadarDesk", "and %n more waiting for an answer", None, more))
        self._tray.set_details(lines)

    # -- sessions ----------------------------------------------------------------------------------------------
    def session_started(self) -> None:
        self._tray.set_badge(0)  # the spike is in the session now

    def session_ended(self, next_reminder: datetime | None) -> None:
        """A session ended: read again in a moment; the last session of the week shows "Your week"."""
        self.radar.read_now()
        now = self._clock()
        this_week = week_start(now)
        if next_reminder is None or week_start(next_reminder) > this_week:
            self.show_week()

    # -- the week ----------------------------------------------------------------------------------------------
    def show_week(self) -> None:
        """Read this week's figures on a worker, then show them."""
        context, settings, now = self._context, self._settings, self._clock()
        monday = week_start(now)
        self._runner.submit(
            lambda: week_of(context.store, context.account.key, settings, now, monday),
            self._week_read,
            lambda error: self._tray.notify(
                QCoreApplication.translate("RadarDesk", "Your week could not be read: {error}").format(error=error)
            ),
            owner=self,
        )

    def _week_read(self, week: WeekFigures) -> None:
        if self.week_window is None:
            self.week_window = WeekWindow()
            self.week_window.setWindowIcon(self._icon)
        self.week_window.show_week(week)
        self.week_window.show()
        self.week_window.raise_()
        self.week_window.activateWindow()
