"""Reminders: every N minutes within working hours, never on days off, paused, snoozed or while a session is open;
settings changes apply at once (also from another thread). Time is a hand-moved clock; nothing sleeps."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from exec_desk.services.clock import ManualClock
from exec_desk.services.reminders import Reminders
from exec_desk.storage.settings import Settings

MONDAY = datetime(2026, 3, 2, tzinfo=UTC)  # a Monday


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return MONDAY + timedelta(days=day, hours=hour, minutes=minute)


class Harness:
    def __init__(self, tmp_path: Path, start: datetime) -> None:
        self.clock = ManualClock(start)
        self.settings = Settings(tmp_path / "settings.json")
        self.settings.set("reminder_every_minutes", 120)  # these tests pin the mechanism, not the default
        self.session_open = False
        self.shown: list[datetime] = []
        self.reminders = Reminders(self.settings, self.clock, self.clock.timer, lambda: self.session_open, tz=UTC)
        self.reminders.remind.connect(lambda _text: self.shown.append(self.clock()))
        self.reminders.start()

    def run_until(self, moment: datetime) -> list[datetime]:
        self.clock.advance((moment - self.clock()).total_seconds())
        return self.shown


Make = Callable[[datetime], Harness]


@pytest.fixture
def make(tmp_path: Path, qapp: object) -> Iterator[Make]:
    created: list[Harness] = []

    def factory(start: datetime) -> Harness:
        harness = Harness(tmp_path, start)
        created.append(harness)
        return harness

    yield factory
    for harness in created:
        harness.reminders.close()


def test_every_two_hours_inside_working_hours(make: Make) -> None:
    h = make(at(0, 9, 30))
    assert h.reminders.next_due == at(0, 11, 30)
    assert h.run_until(at(0, 11, 29)) == []
    assert h.run_until(at(0, 15, 35)) == [at(0, 11, 30), at(0, 13, 30), at(0, 15, 30)]
    assert "Time for a 5-minute session?" in h.reminders.text()
    assert h.reminders.status_text() == "Next reminder at 17:30"


def test_nothing_outside_hours_next_one_when_the_day_starts(make: Make) -> None:
    h = make(at(0, 17, 0))  # 17:00 + 2 h = 19:00 is after work: the next one is Tuesday 09:00
    assert h.reminders.next_due == at(1, 9, 0)
    assert h.reminders.status_text() == "Next reminder tomorrow at 09:00"
    assert h.run_until(at(1, 8, 59)) == []
    assert h.run_until(at(1, 9, 0)) == [at(1, 9, 0)]


def test_no_reminder_at_the_weekend(make: Make) -> None:
    h = make(at(4, 17, 30))  # Friday evening
    assert h.reminders.next_due == at(7, 9, 0)  # Monday 09:00
    assert h.reminders.status_text() == "Next reminder on Monday at 09:00"
    assert h.run_until(at(7, 8, 0)) == []
    assert h.run_until(at(7, 9, 0)) == [at(7, 9, 0)]


def test_paused_for_an_hour_then_resumes_by_itself(make: Make) -> None:
    h = make(at(0, 10, 0))
    h.run_until(at(0, 11, 50))
    h.reminders.pause_hour()
    assert h.reminders.paused_until == at(0, 12, 50)
    assert h.reminders.status_text() == "Reminders paused until 12:50"
    assert h.run_until(at(0, 12, 49)) == []
    assert h.run_until(at(0, 12, 50)) == [at(0, 12, 50)]
    assert h.reminders.paused_until is None


def test_paused_for_the_rest_of_today_and_resumed_by_hand(make: Make) -> None:
    h = make(at(0, 10, 0))
    h.run_until(at(0, 11, 0))
    h.reminders.pause_rest_of_today()
    assert h.reminders.status_text() == "Reminders paused for the rest of today"
    assert h.reminders.next_due == at(1, 9, 0)
    h.run_until(at(0, 12, 30))
    assert h.shown == []
    h.reminders.resume()  # the 12:00 reminder is overdue: it comes at once
    assert h.reminders.next_due == at(0, 12, 30)
    assert h.run_until(at(0, 12, 30)) == [at(0, 12, 30)]


def test_snooze_brings_the_next_reminder_in_fifteen_minutes(make: Make) -> None:
    h = make(at(0, 10, 0))
    h.run_until(at(0, 12, 0))
    assert h.shown == [at(0, 12, 0)]
    h.run_until(at(0, 12, 1))
    h.reminders.snooze()
    assert h.reminders.next_due == at(0, 12, 16)
    assert h.run_until(at(0, 12, 16)) == [at(0, 12, 0), at(0, 12, 16)]
    assert h.reminders.next_due == at(0, 14, 16)  # back to the usual interval


def test_snooze_does_not_reach_past_the_working_day(make: Make) -> None:
    h = make(at(0, 16, 0))
    h.run_until(at(0, 17, 50))
    h.reminders.snooze()
    assert h.reminders.next_due == at(1, 9, 0)


def test_never_while_a_session_is_open_and_a_full_interval_after_it(make: Make) -> None:
    h = make(at(0, 10, 0))
    h.session_open = True
    assert h.run_until(at(0, 12, 0)) == []  # due, but a session is open
    assert h.reminders.next_due == at(0, 14, 0)
    h.run_until(at(0, 12, 40))
    h.session_open = False
    h.reminders.session_finished()
    assert h.reminders.next_due == at(0, 14, 40)
    assert h.run_until(at(0, 14, 40)) == [at(0, 14, 40)]


def test_settings_changes_apply_at_once(make: Make) -> None:
    h = make(at(0, 10, 0))
    h.settings.set("reminder_every_minutes", 30)
    assert h.reminders.next_due == at(0, 10, 30)
    h.settings.set("work_days", [1, 2, 3, 4])  # Monday off now
    assert h.reminders.next_due == at(1, 9, 0)
    h.settings.set("work_days", [0, 1, 2, 3, 4])
    h.settings.set("work_start", "11:00")
    assert h.reminders.next_due == at(0, 11, 0)
    h.settings.set("reminders_enabled", False)
    assert h.reminders.next_due is None
    assert h.reminders.status_text() == "Reminders are off (Settings)"
    assert h.run_until(at(0, 18, 0)) == []
    h.settings.set("session_minutes", 7)
    assert "7-minute" in h.reminders.text()


def test_a_change_from_another_thread_is_applied_on_the_gui_thread(make: Make, qtbot: QtBot) -> None:
    h = make(at(0, 10, 0))
    worker = threading.Thread(target=h.settings.set, args=("reminder_every_minutes", 45))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: h.reminders.next_due == at(0, 10, 45), timeout=2000)


def test_a_working_day_that_runs_past_midnight(make: Make) -> None:
    h = make(at(0, 21, 0))
    h.settings.set("work_start", "20:00")
    h.settings.set("work_end", "02:00")
    assert h.reminders.next_due == at(0, 23, 0)
    h.run_until(at(0, 23, 0))
    assert h.reminders.next_due == at(1, 1, 0)  # still Monday's working period
    h.run_until(at(1, 1, 0))
    assert h.reminders.next_due == at(1, 20, 0)  # 03:00 is after the end: Tuesday evening


def test_a_late_timer_decides_from_the_clock(make: Make) -> None:
    h = make(at(0, 16, 0))
    h.clock.jump(timedelta(hours=17).total_seconds())  # suspended from 16:00 to 09:00 the next day
    assert h.shown == [at(1, 9, 0)]  # one reminder, not one per missed interval
    assert h.reminders.next_due == at(1, 11, 0)
