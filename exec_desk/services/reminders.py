"""Reminders: propose a review session every N minutes within working hours (QtCore only; the tray shows them).

The next reminder is due `reminder_every_minutes` after the last reminder or the end of the last session (or the
start of the app), moved forward into the working hours (`work_start`–`work_end` local time on `work_days`; an end
at or before the start means the day runs past midnight) and past a pause. A snooze replaces the next reminder by
one `SNOOZE_MINUTES` from now. No reminder while a session is open (`session_open()`): that moment counts as
activity and the next one is a full interval later. Nothing is counted: one single-shot timer is armed for the due
moment, and when it fires the decision is made again from the clock, so a late timer or a suspended laptop still
does the right thing. Changes of the settings apply at once, from any thread (they are queued to this object's).

With a calendar (`set_calendar(plans)`, from `services.calendar.feed`) the interval gives way to the calendar's gaps:
the next reminder is the next proposal of the plans (`Plans.next_proposal`: at the start of a free gap that holds
a session and the margin, never during a meeting, at most N a day), and it is `proposed` with what comes next.
Each proposal is offered once; Snooze brings it back `SNOOZE_MINUTES` later if its gap still holds a session then
(else the next gap's comes), Skip leaves it; a session ended within a gap uses that gap up. Pauses apply alike.
Without a calendar (`set_calendar(None)`) the interval reminders work as before.

Signals of Reminders:
    remind(object): time to propose a session; the text to show, a `Message` (clicking it should start a session).
    proposed(object): with a calendar, a session proposed in a gap: a `GapReminder` (Start, Snooze or Skip).
    changed(): the next reminder or the pause changed (for the tray's status line).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from exec_desk.core.i18n import Message, Moment, Phrase
from exec_desk.storage.settings import (
    REMINDER_EVERY_MINUTES,
    REMINDERS_ENABLED,
    SESSION_MINUTES,
    WORK_DAYS,
    WORK_END,
    WORK_START,
    Settings,
)

if TYPE_CHECKING:
    from exec_desk.services.calendar.plan import Plans, Proposal
    from exec_desk.services.clock import Clock, Timer, TimerFactory

SNOOZE_MINUTES = 15
PAUSE_HOUR = timedelta(hours=1)
_WATCHED = frozenset(
    {"reminders_enabled", "reminder_every_minutes", "work_start", "work_end", "work_days", "session_minutes"}
)


@dataclass(frozen=True)
class GapReminder:
    """A session proposed in a calendar gap: the words to show (a `Message`) and the proposal."""

    text: str
    proposal: Proposal


class Reminders(QObject):
    """The reminder schedule. `start()` arms it; `close()` stops it and forgets the settings subscription."""

    remind = Signal(object)  # a `Message` (a str): object keeps its phrases across the signal
    changed = Signal()
    proposed = Signal(object)  # a `GapReminder`
    _settings_changed = Signal()

    def __init__(
        self,
        settings: Settings,
        clock: Clock,
        timers: TimerFactory,
        session_open: Callable[[], bool],
        *,
        tz: tzinfo | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._clock = clock
        self._session_open = session_open
        self._tz = tz
        self._timers = timers
        self._timer: Timer | None = None  # made by `start()`, after the tray shows
        self._baseline = clock()
        self._paused_until: datetime | None = None
        self._snoozed_until: datetime | None = None
        self._due: datetime | None = None
        self._running = False
        self._plans: Plans | None = None  # the calendar's, when there is one
        self._done: set[datetime] = set()  # proposals offered or used up (their start)
        self._offered: Proposal | None = None
        # Settings call subscribers on the thread that changed them: hop to this object's thread first.
        self._settings_changed.connect(self._reschedule)
        self._unsubscribe: Callable[[], None] | None = settings.subscribe(self._on_setting)

    # -- controls ----------------------------------------------------------------------------------------------
    def start(self) -> None:
        if self._timer is None:
            self._timer = self._timers(self._fire)
        self._running = True
        self._reschedule()

    def close(self) -> None:
        self._running = False
        if self._timer is not None:
            self._timer.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def snooze(self, minutes: int = SNOOZE_MINUTES) -> None:
        """The next reminder comes `minutes` from now (still within working hours; with a calendar, still in the
        offered gap if a session fits there then)."""
        self._snoozed_until = self._clock() + timedelta(minutes=minutes)
        if self._offered is not None:
            self._done.discard(self._offered.at)
            self._offered = None
        self._reschedule()

    def skip(self) -> None:
        """The offered proposal is not wanted: the next one comes at the next gap."""
        self._offered = None
        self._reschedule()

    def set_calendar(self, plans: Plans | None) -> None:
        """Propose sessions in the gaps of `plans` (kept fresh by the calendar feed), or every interval (None)."""
        self._plans = plans
        self._reschedule()

    @property
    def calendar(self) -> Plans | None:
        return self._plans

    def pause_for(self, duration: timedelta) -> None:
        self._paused_until = self._clock() + duration
        self._reschedule()

    def pause_hour(self) -> None:
        self.pause_for(PAUSE_HOUR)

    def pause_rest_of_today(self) -> None:
        """No reminder before local midnight."""
        today = self._local(self._clock()).date()
        self._paused_until = self._at(today + timedelta(days=1), time(0))
        self._reschedule()

    def resume(self) -> None:
        self._paused_until = None
        self._snoozed_until = None
        self._reschedule()

    def session_finished(self) -> None:
        """A session just ended: the next reminder is a full interval from now."""
        self._baseline = self._clock()
        self._snoozed_until = None
        used = None if self._plans is None else self._plans.covering(self._baseline)
        if used is not None:
            self._done.add(used.at)
        self._reschedule()

    # -- state -------------------------------------------------------------------------------------------------
    @property
    def enabled(self) -> bool:
        return self._settings.value(REMINDERS_ENABLED)

    @property
    def next_due(self) -> datetime | None:
        return self._due

    @property
    def paused_until(self) -> datetime | None:
        if self._paused_until is not None and self._paused_until <= self._clock():
            return None
        return self._paused_until

    def status_text(self) -> str:
        """One line for the tray: what the reminders will do next (a `Message`: the tray shows it translated)."""
        if not self.enabled:
            return Message(Phrase.of("Reminders", "Reminders are off (Settings)"))
        now = self._local(self._clock())
        paused = self.paused_until
        if paused is not None:
            local = self._local(paused)
            if local.time() == time(0) and local.date() == now.date() + timedelta(days=1):
                return Message(Phrase.of("Reminders", "Reminders paused for the rest of today"))
            if local.date() == now.date():
                return Message(Phrase.of("Reminders", "Reminders paused until {time}", time=Moment(local)))
            if local.date() == now.date() + timedelta(days=1):
                return Message(Phrase.of("Reminders", "Reminders paused until tomorrow at {time}", time=Moment(local)))
            day = Moment(local, "weekday")
            return Message(
                Phrase.of("Reminders", "Reminders paused until {day} at {time}", day=day, time=Moment(local))
            )
        if self._due is None:
            return Message(Phrase.of("Reminders", "No reminders: no working days are set"))
        due = self._local(self._due)
        if due.date() == now.date():
            return Message(Phrase.of("Reminders", "Next reminder at {time}", time=Moment(due)))
        if due.date() == now.date() + timedelta(days=1):
            return Message(Phrase.of("Reminders", "Next reminder tomorrow at {time}", time=Moment(due)))
        day = Moment(due, "weekday")
        return Message(Phrase.of("Reminders", "Next reminder on {day} at {time}", day=day, time=Moment(due)))

    def text(self) -> str:
        """The reminder's words (a `Message`)."""
        minutes = self._settings.value(SESSION_MINUTES)
        return Message(Phrase.of("Reminders", "Time for a {minutes}-minute session?", minutes=minutes))

    def gap_text(self, proposal: Proposal, now: datetime) -> str:
        """What a gap reminder says: what comes next and when (a `Message`)."""
        if proposal.next_title is None:
            until = Moment(self._local(proposal.until))
            return Message(Phrase.of("Reminders", "Free until {time} — review session?", time=until))
        minutes = max(0, int((proposal.until - now).total_seconds() // 60))
        if not proposal.next_title:
            return Message(
                Phrase.of("Reminders", "{minutes} minutes before your next meeting — review session?", minutes=minutes)
            )
        return Message(
            Phrase.of(
                "Reminders",
                "{minutes} minutes before {event} — review session?",
                minutes=minutes,
                event=proposal.next_title,
            )
        )

    # -- schedule ----------------------------------------------------------------------------------------------
    def _on_setting(self, name: str, _value: object) -> None:
        if name in _WATCHED:
            self._settings_changed.emit()

    def due_after(self, now: datetime) -> datetime | None:
        """When the next reminder is due as things stand (None: reminders off or no working day)."""
        if not self.enabled:
            return None
        if self._plans is not None:
            found = self._next_gap(now)
            return None if found is None else found[0]
        if self._snoozed_until is not None:
            due = self._snoozed_until
        else:
            due = self._baseline + timedelta(minutes=self._settings.value(REMINDER_EVERY_MINUTES))
        paused = self._paused_until
        if paused is not None and due < paused:
            due = paused
        return self._working_moment(max(due, now))

    def _next_gap(self, now: datetime) -> tuple[datetime, Proposal] | None:
        assert self._plans is not None
        after = max(now, self._snoozed_until or now, self._paused_until or now)
        return self._plans.next_proposal(after, self._done)

    def _reschedule(self) -> None:
        if not self._running or self._timer is None:
            return
        before = self._due
        now = self._clock()
        self._due = self.due_after(now)
        if self._due is None:
            self._timer.stop()
        else:
            self._timer.start(max(0, math.ceil((self._due - now) / timedelta(milliseconds=1))))
        if self._due != before:
            self.changed.emit()

    def _fire(self) -> None:
        now = self._clock()
        due = self.due_after(now)
        if due is not None and due > now:  # early (clamped timer) or the rules changed meanwhile
            self._reschedule()
            return
        if due is None:
            self._reschedule()
            return
        if self._plans is not None:
            self._propose(now)
            return
        self._baseline = now
        self._snoozed_until = None
        if not self._session_open():
            self.remind.emit(self.text())
        self._reschedule()

    def _propose(self, now: datetime) -> None:
        found = self._next_gap(now)
        if found is not None:
            proposal = found[1]
            self._done.add(proposal.at)
            self._snoozed_until = None
            if not self._session_open():
                self._offered = proposal
                self.proposed.emit(GapReminder(self.gap_text(proposal, now), proposal))
        self._reschedule()

    # -- working hours -----------------------------------------------------------------------------------------
    def _working_moment(self, moment: datetime) -> datetime | None:
        """`moment` if it is within working hours, else the start of the next working period."""
        start = _parse(self._settings.value(WORK_START))
        end = _parse(self._settings.value(WORK_END))
        days = {int(d) for d in self._settings.value(WORK_DAYS)}
        first = self._local(moment).date() - timedelta(days=1)
        for offset in range(9):
            day = first + timedelta(days=offset)
            if day.weekday() not in days:
                continue
            opens = self._at(day, start)
            closes = self._at(day if end > start else day + timedelta(days=1), end)
            if moment < closes:
                return max(moment, opens)
        return None

    def _local(self, moment: datetime) -> datetime:
        return moment.astimezone(self._tz) if self._tz is not None else moment.astimezone()

    def _at(self, day: date, clock_time: time) -> datetime:
        naive = datetime.combine(day, clock_time)
        return naive.replace(tzinfo=self._tz) if self._tz is not None else naive.astimezone()


def _parse(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))
