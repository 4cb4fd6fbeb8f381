"""Reminders with a calendar: a session proposed at the start of a free gap, never during a meeting, with what
comes next; Snooze brings it back only if the gap still has room; Skip moves on; without a calendar the interval
reminders are back. The calendar is read through the feed (an immediate runner), time is a hand-moved clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from exec_desk.services.calendar.feed import CalendarFeed
from exec_desk.services.calendar.plan import Plans
from exec_desk.services.clock import ManualClock
from exec_desk.services.reminders import GapReminder, Reminders
from exec_desk.storage.settings import Settings
from tests.support.calendar_servers import WORK_ICS, IcsServer
from tests.support.runners import ImmediateTaskRunner

PARIS = ZoneInfo("Europe/Paris")


def paris(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=PARIS)


class Harness:
    def __init__(self, tmp_path: Path, calendar: str = str(WORK_ICS)) -> None:
        self.clock = ManualClock(paris(16, 8, 0).astimezone(UTC))  # Monday 16 March 2026, 08:00 in Paris
        self.settings = Settings(tmp_path / "settings.json", env={})
        self.settings.update({"calendar": calendar, "calendar_email": "ceo@example.com"})
        self.session_open = False
        self.proposed: list[tuple[datetime, str]] = []
        self.reminded: list[datetime] = []
        self.notices: list[str] = []
        self.reminders = Reminders(self.settings, self.clock, self.clock.timer, lambda: self.session_open, tz=PARIS)
        self.reminders.proposed.connect(self._proposed)
        self.reminders.remind.connect(lambda _text: self.reminded.append(self.clock().astimezone(PARIS)))
        self.feed = CalendarFeed(
            self.settings, ImmediateTaskRunner(), self.clock, self.clock.timer, tmp_path / "cache", tz=PARIS
        )
        self.feed.plans.connect(self.reminders.set_calendar)
        self.feed.notice.connect(self.notices.append)
        self.reminders.start()
        self.feed.start()

    def _proposed(self, reminder: GapReminder) -> None:
        self.proposed.append((self.clock().astimezone(PARIS), str(reminder.text)))

    def run_until(self, moment: datetime) -> list[tuple[datetime, str]]:
        self.clock.advance((moment - self.clock()).total_seconds())
        return self.proposed

    def close(self) -> None:
        self.feed.close()
        self.reminders.close()


@pytest.fixture
def harness(tmp_path: Path, qapp: object) -> Iterator[Harness]:
    made = Harness(tmp_path)
    yield made
    made.close()


def busy_of_the_day(plans: Plans, day: date) -> list[tuple[datetime, datetime]]:
    return [(b.start, b.end) for b in plans.days[day].busy]


def test_proposed_at_the_start_of_each_gap_with_what_comes_next(harness: Harness) -> None:
    assert harness.reminders.next_due == paris(16, 9, 48)
    assert harness.reminders.status_text() == "Next reminder at 09:48"
    assert harness.run_until(paris(16, 9, 47)) == []
    assert harness.run_until(paris(16, 9, 48)) == [(paris(16, 9, 48), "12 minutes before Board prep — review session?")]
    harness.reminders.skip()
    harness.run_until(paris(16, 18, 0))
    assert harness.proposed[1:] == [
        (paris(16, 10, 45), "135 minutes before Lunch with the CFO — review session?"),
        (paris(16, 15, 30), "120 minutes before Investor call — review session?"),
    ]
    assert harness.reminded == []  # no interval reminder while the calendar decides
    plans = harness.reminders.calendar
    assert plans is not None
    for moment, _text in harness.proposed:  # never during a meeting
        assert not any(start <= moment < end for start, end in busy_of_the_day(plans, date(2026, 3, 16)))
    harness.run_until(paris(17, 9, 0))  # Tuesday: nothing in the calendar
    assert harness.proposed[-1] == (paris(17, 9, 0), "Free until 18:00 — review session?")


def test_snooze_never_lands_in_a_meeting(harness: Harness) -> None:
    harness.run_until(paris(16, 9, 50))
    harness.reminders.snooze()  # 10:05 is in Board prep (10:00-10:45): the next gap's proposal comes instead
    assert harness.reminders.next_due == paris(16, 10, 45)
    harness.run_until(paris(16, 10, 50))
    assert harness.proposed[-1] == (paris(16, 10, 45), "135 minutes before Lunch with the CFO — review session?")
    harness.reminders.snooze()  # a long gap: the same proposal again in 15 minutes
    assert harness.reminders.next_due == paris(16, 11, 5)
    harness.run_until(paris(16, 11, 5))
    assert harness.proposed[-1] == (paris(16, 11, 5), "115 minutes before Lunch with the CFO — review session?")
    assert harness.reminders.next_due == paris(16, 15, 30)


def test_a_session_uses_its_gap_up_and_none_is_proposed_while_one_is_open(harness: Harness) -> None:
    harness.run_until(paris(16, 10, 50))
    harness.session_open = True
    harness.run_until(paris(16, 15, 35))
    assert [moment for moment, _ in harness.proposed] == [paris(16, 9, 48), paris(16, 10, 45)]
    harness.session_open = False
    harness.reminders.session_finished()  # ended at 15:35, in the 15:30 gap: used up
    assert harness.reminders.next_due == paris(17, 9, 0)


def test_a_pause_moves_past_a_gap_that_ends_meanwhile(harness: Harness) -> None:
    harness.run_until(paris(16, 9, 0))
    harness.reminders.pause_hour()  # until 10:00: the 09:48-10:00 gap is gone by then
    assert harness.reminders.next_due == paris(16, 10, 45)


def test_settings_changes_plan_again(harness: Harness) -> None:
    harness.settings.set("calendar_proposals_per_day", 1)
    harness.run_until(paris(16, 18, 0))
    assert [moment for moment, _ in harness.proposed] == [paris(16, 9, 48)]
    harness.settings.set("calendar_email", "")  # the declined pitch is busy now; nothing else changes today
    plans = harness.reminders.calendar
    assert plans is not None
    assert (paris(16, 11, 30), paris(16, 12, 0)) in busy_of_the_day(plans, date(2026, 3, 16))


def test_without_a_calendar_the_interval_reminders_come_back(harness: Harness) -> None:
    harness.settings.set("calendar", "")
    assert harness.reminders.calendar is None
    assert harness.reminders.next_due == paris(16, 11, 0)  # three hours after the start (the default), as before
    harness.run_until(paris(16, 14, 0))
    assert harness.reminded == [paris(16, 11, 0), paris(16, 14, 0)] and harness.proposed == []


def test_an_unreadable_calendar_falls_back_to_intervals_and_says_why(tmp_path: Path, qapp: object) -> None:
    harness = Harness(tmp_path, calendar=str(tmp_path / "missing.ics"))
    try:
        assert harness.reminders.calendar is None
        assert harness.reminders.next_due == paris(16, 11, 0)
        assert len(harness.notices) == 1
        assert "could not be read" in harness.notices[0] and "every 180 minutes" in harness.notices[0]
    finally:
        harness.close()


def test_the_feed_reads_an_ics_address_every_15_minutes_and_says_when_it_is_offline(
    tmp_path: Path, qapp: object
) -> None:
    server = IcsServer(WORK_ICS.read_bytes())
    harness = Harness(tmp_path, calendar=server.url)
    try:
        assert harness.reminders.next_due == paris(16, 9, 48) and len(server.requests) == 1
        harness.run_until(paris(16, 8, 14))
        assert len(server.requests) == 1
        harness.run_until(paris(16, 8, 15))  # the feed's refresh: a conditional GET, answered 304
        assert len(server.requests) == 2 and server.requests[1]["If-None-Match"] == IcsServer.ETAG
        server.stop()
        harness.run_until(paris(16, 8, 30))
        assert harness.reminders.next_due == paris(16, 9, 48)  # the copy still plans the day
        assert len(harness.notices) == 1 and "copy of 16 Mar" in harness.notices[0]
        harness.run_until(paris(16, 8, 45))
        assert len(harness.notices) == 1  # said once, not at every refresh
    finally:
        harness.close()
        server.stop()


def test_later_days_are_planned_too(harness: Harness) -> None:
    plans = harness.reminders.calendar
    assert plans is not None
    assert sorted(plans.days) == [date(2026, 3, 16) + timedelta(days=n) for n in range(8)]
