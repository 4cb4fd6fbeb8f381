"""The manual clock and its timers: due order, restarts, late firing after a jump; the Qt timer factory."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from exec_desk.core.backoff import backoff_delay, rate_limit_until
from exec_desk.services.clock import ManualClock, _QtTimer, ms_until, qt_timers

T = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def test_advance_fires_timers_at_their_due_time_in_order() -> None:
    clock = ManualClock(T)
    fired: list[tuple[str, datetime]] = []
    a = clock.timer(lambda: fired.append(("a", clock())))
    b = clock.timer(lambda: fired.append(("b", clock())))
    b.start(2000)
    a.start(500)
    assert clock.pending() == [T + timedelta(milliseconds=500), T + timedelta(seconds=2)]
    assert clock.advance(1) == 1 and fired == [("a", T + timedelta(milliseconds=500))]
    assert clock() == T + timedelta(seconds=1)
    clock.advance(5)
    assert fired[-1] == ("b", T + timedelta(seconds=2)) and not a.active and not b.active


def test_restart_and_stop_forget_the_previous_arming() -> None:
    clock = ManualClock(T)
    fired: list[datetime] = []
    timer = clock.timer(lambda: fired.append(clock()))
    timer.start(1000)
    timer.start(3000)
    clock.advance(2)
    assert fired == []
    timer.stop()
    clock.advance(5)
    assert fired == [] and clock.pending() == []


def test_a_timer_rearmed_from_its_callback_keeps_ticking() -> None:
    clock = ManualClock(T)
    ticks: list[datetime] = []

    def tick() -> None:
        ticks.append(clock())
        timer.start(1000)

    timer = clock.timer(tick)
    timer.start(1000)
    clock.advance(3)
    assert ticks == [T + timedelta(seconds=s) for s in (1, 2, 3)]


def test_jump_fires_overdue_timers_late() -> None:
    clock = ManualClock(T)
    fired: list[datetime] = []
    clock.timer(lambda: fired.append(clock())).start(1000)
    clock.jump(400)
    assert fired == [T + timedelta(seconds=400)]


def test_qt_timer_fires_on_the_event_loop(qtbot: QtBot) -> None:
    fired: list[bool] = []
    timer = qt_timers()(lambda: fired.append(True))
    assert isinstance(timer, _QtTimer) and timer._timer.timerType() is Qt.TimerType.PreciseTimer  # not Coarse (±5 %)
    timer.start(10)
    assert timer.active
    qtbot.waitUntil(lambda: fired == [True], timeout=2000)
    assert not timer.active


def test_helpers() -> None:
    assert ms_until(T + timedelta(microseconds=1500), T) == 2
    assert ms_until(T - timedelta(seconds=1), T) == 0
    assert [backoff_delay(n).total_seconds() for n in (1, 2, 3, 10)] == [2, 4, 8, 300]
    assert rate_limit_until(None, T) == T + timedelta(seconds=60)
    assert rate_limit_until(T + timedelta(seconds=90), T) == T + timedelta(seconds=90)
    assert rate_limit_until(T - timedelta(seconds=90), T) == T
