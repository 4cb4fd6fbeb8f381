"""Quiet periods as the settings declare them, and kept fresh for the composer (QtCore only).

`quiet_periods(settings, ...)` (blocking: the investor-relations calendar may be an address) gives the declared
periods (`quiet_periods`: dates) and the events of the investor-relations calendar (`quiet_calendar`, read as
`services.calendar` reads a calendar: a file, or an ICS address fetched with a conditional GET at most every 15
minutes, its last copy kept for offline use), each starting `quiet_days_before` days earlier; with what could not
be read. `deck_rules(settings, periods)` gives the deck's rules (cool-off, thread cap, periods, disclosure words).

`QuietWatch` reads them on the task runner at start, every `REFRESH` and when one of those settings changes, and
answers the composer at once (`hold(parts, when)`: the `core.disclosure.Hold` of a post, or None).

Signals of QuietWatch:
    notice(object): a `Message` about a period or calendar that could not be read (said once).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from exec_desk.core.disclosure import Hold, QuietPeriod, hold_for, parse_period
from exec_desk.core.i18n import Message, Phrase
from exec_desk.services.deck.rules import DeckRules
from exec_desk.storage.settings import (
    COOLOFF_MINUTES,
    DISCLOSURE_WORDS,
    QUIET_CALENDAR,
    QUIET_DAYS_BEFORE,
    QUIET_PERIODS,
    THREAD_CAP,
    Settings,
)

if TYPE_CHECKING:
    from exec_desk.services.clock import Timer, TimerFactory
    from exec_desk.services.tasks import Runner

REFRESH = timedelta(minutes=15)
#: How far ahead the investor-relations calendar's events are read.
AHEAD = timedelta(days=400)
WATCHED = frozenset({"quiet_periods", "quiet_calendar", "quiet_days_before"})


def quiet_periods(
    settings: Settings, *, cache_dir: Path, now: datetime, tz: tzinfo | None = None
) -> tuple[list[QuietPeriod], list[Message]]:
    """The declared periods and the investor-relations calendar's, and what could not be read."""
    periods, problems = [], []
    for text in settings.value(QUIET_PERIODS):
        try:
            periods.append(parse_period(text, tz))
        except ValueError as exc:
            problems.append(Message(Phrase.of("Disclosure", "A quiet period is ignored: {error}.", error=str(exc))))
    location = settings.value(QUIET_CALENDAR)
    if location:
        from exec_desk.services.calendar.busy import _aware, occurrences
        from exec_desk.services.calendar.sources import CalendarError, read_calendar

        before = timedelta(days=settings.value(QUIET_DAYS_BEFORE))
        try:
            fetched = read_calendar(location, cache_dir=cache_dir, span=(now - before, now + AHEAD))
        except CalendarError as exc:
            problems.append(
                Message(
                    Phrase.of(
                        "Disclosure", "The investor-relations calendar could not be read: {error}", error=str(exc)
                    )
                )
            )
        else:
            if fetched.notice:
                problems.append(Message(str(fetched.notice)))
            for event in occurrences(fetched.calendar, now - AHEAD, now + AHEAD + before):
                start, end = _aware(event.start, tz), _aware(event.end, tz)
                if end > start:
                    periods.append(QuietPeriod(start - before, end, str(event.get("SUMMARY", "")).strip()))
    return periods, problems


def deck_rules(settings: Settings, periods: Sequence[QuietPeriod]) -> DeckRules:
    words: list[str] = settings.value(DISCLOSURE_WORDS)
    return DeckRules(
        cooloff_minutes=settings.value(COOLOFF_MINUTES),
        thread_cap=settings.value(THREAD_CAP),
        periods=tuple(periods),
        words=tuple(words),
    )


class QuietWatch(QObject):
    notice = Signal(object)
    _settings_changed = Signal()

    def __init__(
        self,
        settings: Settings,
        runner: Runner,
        timers: TimerFactory,
        cache_dir: Path,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        tz: tzinfo | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings, self._runner, self._timers = settings, runner, timers
        self._cache_dir, self._clock, self._tz = cache_dir, clock, tz
        self.periods: list[QuietPeriod] = []
        self._timer: Timer | None = None
        self._said: set[str] = set()
        self._settings_changed.connect(self.refresh)
        self._unsubscribe = settings.subscribe(
            lambda name, _v: self._settings_changed.emit() if name in WATCHED else None
        )

    def start(self) -> None:
        if self._timer is None:
            self._timer = self._timers(self.refresh)
        self.refresh()

    def close(self) -> None:
        self._runner.forget(self)
        if self._timer is not None:
            self._timer.stop()
        self._unsubscribe()

    def refresh(self) -> None:
        if self._timer is not None:
            self._timer.start(int(REFRESH.total_seconds() * 1000))
        settings, cache_dir, now, tz = self._settings, self._cache_dir, self._clock(), self._tz
        self._runner.submit(
            lambda: quiet_periods(settings, cache_dir=cache_dir, now=now, tz=tz), self._read, owner=self, lane="quiet"
        )

    def _read(self, result: tuple[list[QuietPeriod], list[Message]]) -> None:
        self.periods, problems = result
        for problem in problems:
            if str(problem) not in self._said:
                self._said.add(str(problem))
                self.notice.emit(problem)

    def hold(self, parts: Sequence[str], when: datetime) -> Hold | None:
        """The hold of a post sent at `when`, from the periods read last."""
        words: list[str] = self._settings.value(DISCLOSURE_WORDS)
        return hold_for(parts, when, self.periods, words)

    def rules(self) -> DeckRules:
        return deck_rules(self._settings, self.periods)
