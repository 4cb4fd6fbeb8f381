"""The calendar's part of the running app: the feed that keeps the reminders' plans fresh, and the gap reminder.

`GapDesk.start()` starts the feed (`services.calendar.feed`): its plans go to the reminders (`set_calendar`; None
brings back the interval reminders), its notices to the tray. A session proposed in a gap (`Reminders.proposed`)
shows the gap reminder window (`ui.gap_reminder`); Start asks for a session, Snooze and Skip go to the reminders.
The window hides by itself once its gap no longer holds a session.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta, tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtGui import QIcon

from exec_desk.core.secrets import CredentialStore
from exec_desk.services.calendar.feed import CalendarFeed
from exec_desk.services.calendar.sources import caldav_password
from exec_desk.services.clock import Clock, TimerFactory, ms_until
from exec_desk.services.reminders import GapReminder, Reminders
from exec_desk.services.tasks import Runner
from exec_desk.storage.settings import SESSION_MINUTES, Settings
from exec_desk.ui.gap_reminder import GapReminderWindow


class GapDesk:
    def __init__(
        self,
        settings: Settings,
        runner: Runner,
        reminders: Reminders,
        clock: Clock,
        timers: TimerFactory,
        cache_dir: Path,
        *,
        credentials: Callable[[], CredentialStore],
        start_session: Callable[[], None],
        notify: Callable[[str], None],
        icon: Callable[[], QIcon],
        events: Callable[[dict[str, Any]], None] | None = None,
        tz: tzinfo | None = None,
    ) -> None:
        self._settings, self._reminders, self._clock = settings, reminders, clock
        self._start_session, self._icon, self._events = start_session, icon, events
        self.feed = CalendarFeed(
            settings,
            runner,
            clock,
            timers,
            cache_dir,
            password=lambda user: caldav_password(credentials, user),
            tz=tz,
        )
        self.feed.plans.connect(reminders.set_calendar)
        self.feed.notice.connect(notify)
        reminders.proposed.connect(self.propose)
        self.window: GapReminderWindow | None = None
        self._expiry = timers(self._expired)

    def start(self) -> None:
        self.feed.start()

    def close(self) -> None:
        self.feed.close()
        self._expiry.stop()
        if self.window is not None:
            self.window.hide()
            self.window.deleteLater()
            self.window = None

    def propose(self, reminder: GapReminder) -> None:
        """Show the reminder's window until a choice is made or its gap no longer holds a session."""
        if self.window is None:
            self.window = GapReminderWindow(self._icon())
            self.window.chosen.connect(self._chosen)
        self.window.show_reminder(reminder.text)
        last = reminder.proposal.until - timedelta(minutes=self._settings.value(SESSION_MINUTES))
        self._expiry.start(ms_until(last, self._clock()))
        if self._events is not None:
            self._events({"event": "gap_reminder", "text": str(reminder.text)})

    def _chosen(self, choice: str) -> None:
        self._expiry.stop()
        if choice == "start":
            self._start_session()
        elif choice == "snooze":
            self._reminders.snooze()
        else:
            self._reminders.skip()

    def _expired(self) -> None:
        if self.window is not None and self.window.isVisible():
            self.window.hide()
            self._reminders.skip()
