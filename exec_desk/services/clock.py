"""Time for the services: a clock (a callable returning an aware datetime) and one-shot timers made by a factory.

Services never count timer ticks to know the time: they read the clock and arm a timer for the next moment that
matters, so a late timer (busy GUI, suspended laptop) still leads to the right decision.

`qt_timers(parent)` makes precise single-shot `QTimer`s for the app. `ManualClock` is the deterministic pair for
tests: time moves only when told; `advance()` fires timers at their due times, `jump()` moves time first and then
fires every overdue timer late, as a GUI thread that was busy would.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Protocol

from PySide6.QtCore import QObject, QTimer

Clock = Callable[[], datetime]


class Timer(Protocol):
    """A restartable one-shot timer calling the callback it was made with."""

    def start(self, delay_ms: int) -> None:
        """(Re)arm: the callback runs once, `delay_ms` from now; a previous arming is forgotten."""
        ...

    def stop(self) -> None: ...

    @property
    def active(self) -> bool: ...


TimerFactory = Callable[[Callable[[], None]], Timer]
#: `Qt.TimerType.PreciseTimer`'s value (fixed by Qt's ABI).
PRECISE_TIMER = 0


def system_clock() -> datetime:
    return datetime.now(UTC)


def ms_until(moment: datetime, now: datetime) -> int:
    """Whole milliseconds from `now` to `moment`, rounded up, never negative."""
    delta = (moment - now) / timedelta(milliseconds=1)
    return max(0, int(-(-delta // 1)))


class _QtTimer:
    def __init__(self, callback: Callable[[], None], parent: QObject | None) -> None:
        self._timer = QTimer(parent)
        self._timer.setSingleShot(True)
        # Qt::PreciseTimer (0) through the timerType property: naming the enum would load PySide's whole `Qt`
        # namespace (~15 ms) on the way to "ready"; a window loads it later, when it is first built.
        self._timer.setProperty("timerType", PRECISE_TIMER)
        self._timer.timeout.connect(callback)

    def start(self, delay_ms: int) -> None:
        self._timer.start(max(0, min(delay_ms, 2**31 - 1)))

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return bool(self._timer.isActive())


def qt_timers(parent: QObject | None = None) -> TimerFactory:
    """A factory of precise single-shot QTimers owned by `parent` (they live on its thread: the GUI thread)."""
    return lambda callback: _QtTimer(callback, parent)


class ManualTimer:
    """A timer of a `ManualClock`."""

    def __init__(self, clock: ManualClock, callback: Callable[[], None]) -> None:
        self._clock = clock
        self.callback = callback
        self.due: datetime | None = None
        self._generation = 0

    def start(self, delay_ms: int) -> None:
        self._generation += 1
        self.due = self._clock.now + timedelta(milliseconds=max(0, delay_ms))
        self._clock._arm(self, self._generation)

    def stop(self) -> None:
        self._generation += 1
        self.due = None

    @property
    def active(self) -> bool:
        return self.due is not None

    def _fire(self, generation: int) -> bool:
        if generation != self._generation or self.due is None:
            return False
        self.due = None
        self.callback()
        return True


class ManualClock:
    """A clock that moves only when told, with its timers (`clock.timer` is a `TimerFactory`). Thread-safe reads."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime.now(UTC).replace(microsecond=0)
        self._heap: list[tuple[datetime, int, int, ManualTimer]] = []
        self._order = itertools.count()

    def __call__(self) -> datetime:
        return self.now

    def timer(self, callback: Callable[[], None]) -> ManualTimer:
        return ManualTimer(self, callback)

    def _arm(self, timer: ManualTimer, generation: int) -> None:
        assert timer.due is not None
        heapq.heappush(self._heap, (timer.due, next(self._order), generation, timer))

    def _next_due(self) -> datetime | None:
        while self._heap:
            due, _, generation, timer = self._heap[0]
            if generation == timer._generation and timer.due is not None:
                return due
            heapq.heappop(self._heap)
        return None

    def _fire_due(self, until: datetime, *, move: bool) -> int:
        fired = 0
        while (due := self._next_due()) is not None and due <= until:
            _, _, generation, timer = heapq.heappop(self._heap)
            if move:
                self.now = max(self.now, due)
            fired += timer._fire(generation)
        return fired

    def advance(self, seconds: float = 0.0) -> int:
        """Move time forward, firing each timer at its due time (in due order); return how many fired."""
        target = self.now + timedelta(seconds=seconds)
        fired = self._fire_due(target, move=True)
        self.now = target
        return fired

    def jump(self, seconds: float) -> int:
        """Move time forward at once, then fire the overdue timers late (the GUI was busy); return how many."""
        self.now += timedelta(seconds=seconds)
        return self._fire_due(self.now, move=False)

    def pending(self) -> list[datetime]:
        """Due times of the armed timers, soonest first."""
        return sorted(due for due, _, generation, timer in self._heap if generation == timer._generation)
