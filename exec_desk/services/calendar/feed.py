"""The calendar kept fresh for the reminders (QtCore only): read and planned on the task runner, never on the GUI
thread, the result handed back on it.

`CalendarFeed.start()` reads the calendar of the settings (`services.calendar.sources`) and plans its next `DAYS`
days (`services.calendar.plan`), then again every `REFRESH` (15 minutes; an ICS address is fetched at most that
often anyway, with a conditional GET) and at once when a setting that matters changes (from any thread: queued to
this object's). The result is `plans(Plans)`; with no calendar set it is `plans(None)` (the reminders then come
every interval). When the calendar cannot be read and no copy of it exists, it is `plans(None)` too, and
`notice` says why; a notice about the copy in use (offline) is said once, not at every refresh.

Signals of CalendarFeed:
    plans(object): the `Plans` of the coming days, or None (no calendar, or none could be read).
    notice(object): something to tell the user about the calendar (a `Message`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import time, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from exec_desk.core.i18n import Message, Phrase
from exec_desk.services.calendar.plan import PlanRules, Plans, local_moment, plan_days
from exec_desk.services.calendar.sources import read_calendar
from exec_desk.storage.settings import CALENDAR, CALENDAR_PROTOCOL, CALENDAR_USERNAME, REMINDER_EVERY_MINUTES

if TYPE_CHECKING:
    from exec_desk.services.clock import Clock, Timer, TimerFactory
    from exec_desk.services.tasks import Runner
    from exec_desk.storage.settings import Settings

REFRESH = timedelta(minutes=15)
DAYS = 8
WATCHED = frozenset(
    {
        "calendar",
        "calendar_protocol",
        "calendar_username",
        "calendar_email",
        "calendar_all_day_busy",
        "calendar_margin_minutes",
        "calendar_proposals_per_day",
        "work_start",
        "work_end",
        "work_days",
        "session_minutes",
    }
)
#: Reads a CalDAV user's password (from the keyring) for a user name; None: no password.
PasswordFor = Callable[[str], Callable[[], str | None]]


class CalendarFeed(QObject):
    plans = Signal(object)
    notice = Signal(object)
    _settings_changed = Signal()

    def __init__(
        self,
        settings: Settings,
        runner: Runner,
        clock: Clock,
        timers: TimerFactory,
        cache_dir: Path,
        *,
        password: PasswordFor = lambda _user: lambda: None,
        tz: tzinfo | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings, self._runner, self._clock = settings, runner, clock
        self._timers, self._cache_dir, self._password, self._tz = timers, cache_dir, password, tz
        self._timer: Timer | None = None
        self._reading = False
        self._again = False
        self._closed = False
        self._said: str | None = None
        self._settings_changed.connect(self.refresh)
        self._unsubscribe: Callable[[], None] | None = settings.subscribe(self._on_setting)

    def start(self) -> None:
        if self._timer is None:
            self._timer = self._timers(self.refresh)
        self.refresh()

    def close(self) -> None:
        self._closed = True
        self._runner.forget(self)  # a read on its way ends unheard
        if self._timer is not None:
            self._timer.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def _on_setting(self, name: str, _value: object) -> None:
        if name in WATCHED:
            self._settings_changed.emit()

    def refresh(self) -> None:
        """Read and plan again now (on the runner); the next refresh is `REFRESH` later."""
        if self._closed:
            return
        if self._timer is not None:
            self._timer.start(int(REFRESH.total_seconds() * 1000))
        location = self._settings.value(CALENDAR)
        if not location:
            self._said = None
            self.plans.emit(None)
            return
        if self._reading:  # one read at a time; the settings changed meanwhile: read again after it
            self._again = True
            return
        self._reading = True
        self._runner.submit(lambda: self._read(location), self._delivered, self._failed, owner=self)

    def _read(self, location: str) -> Plans:
        """On a worker: the calendar read and the coming days planned."""
        settings = self._settings
        today = self._clock().astimezone(self._tz).date()
        username = settings.value(CALENDAR_USERNAME)
        fetched = read_calendar(
            location,
            protocol=settings.value(CALENDAR_PROTOCOL),
            cache_dir=self._cache_dir,
            span=(
                local_moment(today, time(0), self._tz),
                local_moment(today + timedelta(days=DAYS), time(0), self._tz),
            ),
            clock=self._clock,
            username=username,
            password=self._password(username),
        )
        rules = PlanRules.from_settings(settings, fetched.addresses)
        days = plan_days(fetched.calendar, today, DAYS, rules, self._tz)
        return Plans(days, rules.session + rules.margin, fetched.notice)

    def _delivered(self, plans: Plans) -> None:
        self._reading = False
        self.plans.emit(plans)
        self._say(plans.notice)
        self._read_again()

    def _failed(self, error: BaseException) -> None:
        self._reading = False
        self.plans.emit(None)
        minutes = self._settings.value(REMINDER_EVERY_MINUTES)
        self._say(
            Message(
                Phrase.of(
                    "Calendar",
                    "Your calendar could not be read ({error}); reminders come every {minutes} minutes meanwhile.",
                    error=str(error),
                    minutes=minutes,
                )
            )
        )
        self._read_again()

    def _say(self, notice: str | None) -> None:
        if notice is not None and notice != self._said:
            self.notice.emit(notice)
        self._said = notice

    def _read_again(self) -> None:
        if self._again:
            self._again = False
            self.refresh()
