"""Working hours and the response clock: a deadline counted in working time, across nights and weekends.

`WorkingHours` holds the settings' working day (`work_start`, `work_end`, `work_days`; an end at or before the
start means the day runs past midnight) in a time zone (None: the system's). `add(moment, duration)` moves
`moment` forward by `duration` of working time: a mention at 17:00 on Friday with four working hours to answer,
in a 09:00–18:00 Monday-to-Friday week, is due at 12:00 on Monday. `ResponseClock` is one mention waiting for an
answer (or answered: `handled_at`), and says whether it is overdue.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

#: How far ahead `add` looks for working time: a deadline further than this (no working day set) is None.
HORIZON_DAYS = 400


def parse_time(text: str) -> time:
    """`"09:30"` → 09:30."""
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


@dataclass(frozen=True, slots=True)
class WorkingHours:
    """The working day and week; `tz` None means the system's local time."""

    start: time
    end: time
    days: frozenset[int]
    tz: tzinfo | None = None

    @classmethod
    def of(cls, start: str, end: str, days: Iterable[int], tz: tzinfo | None = None) -> WorkingHours:
        """From the settings' values: `"09:00"`, `"18:00"`, `[0, 1, 2, 3, 4]`."""
        return cls(parse_time(start), parse_time(end), frozenset(int(d) for d in days), tz)

    def _local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.tz) if self.tz is not None else moment.astimezone()

    def _at(self, day: date, clock_time: time) -> datetime:
        naive = datetime.combine(day, clock_time)
        return naive.replace(tzinfo=self.tz) if self.tz is not None else naive.astimezone()

    def periods(self, moment: datetime) -> Iterator[tuple[datetime, datetime]]:
        """The working periods (opens, closes) that end after `moment`, in order (from the day before it)."""
        first = self._local(moment).date() - timedelta(days=1)
        for offset in range(HORIZON_DAYS):
            day = first + timedelta(days=offset)
            if day.weekday() not in self.days:
                continue
            opens = self._at(day, self.start)
            closes = self._at(day if self.end > self.start else day + timedelta(days=1), self.end)
            if closes > moment:
                yield opens, closes

    def add(self, moment: datetime, duration: timedelta) -> datetime | None:
        """`moment` moved forward by `duration` of working time (None: no working day within a year)."""
        remaining = duration
        for opens, closes in self.periods(moment):
            begin = max(moment, opens)
            if remaining <= closes - begin:
                return begin + remaining
            remaining -= closes - begin
        return None

    def between(self, start: datetime, end: datetime) -> timedelta:
        """The working time from `start` to `end` (zero when `end` is not after `start`)."""
        total = timedelta()
        if end <= start:
            return total
        for opens, closes in self.periods(start):
            if opens >= end:
                break
            total += min(closes, end) - max(opens, start)
        return total


@dataclass(frozen=True, slots=True)
class ResponseClock:
    """A mention that asks for an answer: when it came, by when to answer (None: no working time), and when it
    was handled (replied, retweeted or dismissed; None while it waits)."""

    post_id: str
    author_id: str
    group: str
    created_at: datetime
    respond_by: datetime | None
    handled_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.handled_at is None

    def overdue(self, now: datetime) -> bool:
        """Past its deadline: still open after it, or handled after it."""
        if self.respond_by is None:
            return False
        return (self.handled_at or now) > self.respond_by

    def in_time(self) -> bool:
        """Handled by its deadline."""
        return self.handled_at is not None and (self.respond_by is None or self.handled_at <= self.respond_by)


def deadline(created_at: datetime, hours: WorkingHours, within: timedelta) -> datetime | None:
    """When a mention made at `created_at` should be answered: `within` working time later."""
    return hours.add(created_at, within)
