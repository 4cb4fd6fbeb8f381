"""Gaps from an ICS file (tests/data/calendar/work.ics, Europe/Paris): a weekly recurrence with an exception and a
moved instance, a weekly call in New York's time zone (whose daylight-saving time starts three weeks before
Paris's), the daylight-saving Sunday, a declined, a cancelled, a transparent and an all-day event; busy blocks
merged, free gaps within working hours, proposals at the start of the gaps that hold a session and the margin."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from zoneinfo import ZoneInfo

import icalendar
import pytest

from exec_desk.services.calendar.busy import Rules
from exec_desk.services.calendar.plan import PlanRules, plan_day
from exec_desk.services.calendar.sources import CalendarError, parse
from tests.support.calendar_servers import WORK_ICS

PARIS = ZoneInfo("Europe/Paris")
RULES = PlanRules(busy=Rules(frozenset({"ceo@example.com"})), work_days=frozenset(range(7)))


@pytest.fixture(scope="module")
def calendar() -> icalendar.Calendar:
    return parse(WORK_ICS.read_bytes(), str(WORK_ICS))


def spans(day: str, *pairs: tuple[str, str]) -> list[list[str]]:
    return [[f"{day}T{a}", f"{day}T{b}"] for a, b in pairs]


def test_a_busy_monday_every_rule_at_once(calendar: icalendar.Calendar) -> None:
    plan = plan_day(calendar, date(2026, 3, 16), RULES, PARIS)
    day = "2026-03-16"
    assert plan.to_json() == {
        "busy": spans(
            day,
            ("08:00:00+01:00", "09:48:00+01:00"),  # breakfast, before and into working hours
            ("10:00:00+01:00", "10:45:00+01:00"),  # Board prep (DURATION:PT45M); the weekly 10:00 moved away
            ("13:00:00+01:00", "13:55:00+01:00"),  # lunch; the cancelled offsite prep and declined pitch are free
            ("14:00:00+01:00", "15:30:00+01:00"),  # the moved weekly and New York's 10:00 EDT call, merged
            ("17:30:00+01:00", "18:30:00+01:00"),  # the transparent focus time and the all-day event are free
        ),
        "free": spans(
            day,
            ("09:48:00+01:00", "10:00:00+01:00"),
            ("10:45:00+01:00", "13:00:00+01:00"),
            ("13:55:00+01:00", "14:00:00+01:00"),
            ("15:30:00+01:00", "17:30:00+01:00"),
        ),
        # 13:55-14:00 is too short for 5 minutes of session and 5 of margin
        "proposals": [f"{day}T09:48:00+01:00", f"{day}T10:45:00+01:00", f"{day}T15:30:00+01:00"],
    }
    assert [p.next_title for p in plan.proposals] == ["Board prep", "Lunch with the CFO", "Investor call"]
    assert [b.title for b in plan.busy][3] == "Weekly sync (moved)"


def test_the_declined_meeting_is_busy_when_the_user_is_unknown(calendar: icalendar.Calendar) -> None:
    plan = plan_day(calendar, date(2026, 3, 16), replace(RULES, busy=Rules()), PARIS)
    assert ["2026-03-16T11:30:00+01:00", "2026-03-16T12:00:00+01:00"] in plan.to_json()["busy"]
    assert [p.at.time() for p in plan.proposals] == [time(9, 48), time(10, 45), time(12, 0), time(15, 30)]


def test_all_day_events_can_count_as_busy(calendar: icalendar.Calendar) -> None:
    busy = Rules(frozenset({"ceo@example.com"}), all_day_busy=True)
    plan = plan_day(calendar, date(2026, 3, 16), replace(RULES, busy=busy), PARIS)
    assert plan.to_json() == {
        "busy": [["2026-03-16T00:00:00+01:00", "2026-03-17T00:00:00+01:00"]],
        "free": [],
        "proposals": [],
    }


def test_the_recurrence_exception_and_the_other_time_zone(calendar: icalendar.Calendar) -> None:
    # 2 March: New York on EST (UTC-5): its 10:00 call is 16:00 in Paris; the weekly sync at 10:00.
    assert plan_day(calendar, date(2026, 3, 2), RULES, PARIS).to_json()["busy"] == spans(
        "2026-03-02", ("10:00:00+01:00", "11:00:00+01:00"), ("16:00:00+01:00", "16:30:00+01:00")
    )
    # 9 March: the weekly sync is excluded (EXDATE); New York is on EDT since Sunday: its call is at 15:00.
    monday = plan_day(calendar, date(2026, 3, 9), RULES, PARIS)
    assert monday.to_json() == {
        "busy": spans("2026-03-09", ("15:00:00+01:00", "15:30:00+01:00")),
        "free": spans("2026-03-09", ("09:00:00+01:00", "15:00:00+01:00"), ("15:30:00+01:00", "18:00:00+01:00")),
        "proposals": ["2026-03-09T09:00:00+01:00", "2026-03-09T15:30:00+01:00"],
    }
    # 30 March: Paris is on summer time too: back to 16:00, now at +02:00.
    assert plan_day(calendar, date(2026, 3, 30), RULES, PARIS).to_json()["busy"] == spans(
        "2026-03-30", ("10:00:00+02:00", "11:00:00+02:00"), ("16:00:00+02:00", "16:30:00+02:00")
    )


def test_the_daylight_saving_sunday(calendar: icalendar.Calendar) -> None:
    # 29 March 2026: Paris skips from 02:00 to 03:00. A call at 07:30 UTC is 09:30 local (+02:00), touching the
    # weekly Sunday walk at 10:00 local: one block. The day has 23 hours; working hours are whole.
    plan = plan_day(calendar, date(2026, 3, 29), RULES, PARIS)
    assert plan.to_json() == {
        "busy": spans("2026-03-29", ("09:30:00+02:00", "11:00:00+02:00")),
        "free": spans("2026-03-29", ("09:00:00+02:00", "09:30:00+02:00"), ("11:00:00+02:00", "18:00:00+02:00")),
        "proposals": ["2026-03-29T09:00:00+02:00", "2026-03-29T11:00:00+02:00"],
    }
    assert plan.busy[0].title == "Call with Tokyo"
    # The week before, the same walk was at 10:00 winter time.
    assert plan_day(calendar, date(2026, 3, 22), RULES, PARIS).to_json()["busy"] == spans(
        "2026-03-22", ("10:00:00+01:00", "11:00:00+01:00")
    )


def test_at_most_n_proposals_and_none_on_a_day_off(calendar: icalendar.Calendar) -> None:
    two = plan_day(calendar, date(2026, 3, 16), replace(RULES, per_day=2), PARIS)
    assert [p.at.time() for p in two.proposals] == [time(9, 48), time(10, 45)]
    weekdays = replace(RULES, work_days=frozenset(range(5)))
    sunday = plan_day(calendar, date(2026, 3, 29), weekdays, PARIS)
    assert sunday.free == () and sunday.proposals == () and len(sunday.busy) == 1


def test_a_working_day_past_midnight_and_a_bigger_margin(calendar: icalendar.Calendar) -> None:
    night = replace(RULES, work_start=time(20), work_end=time(2))
    plan = plan_day(calendar, date(2026, 3, 16), night, PARIS)
    assert plan.to_json()["free"] == [["2026-03-16T20:00:00+01:00", "2026-03-17T02:00:00+01:00"]]
    wide = plan_day(calendar, date(2026, 3, 16), replace(RULES, margin=RULES.margin * 20), PARIS)
    assert [p.at.time() for p in wide.proposals] == [time(10, 45), time(15, 30)]  # 105 minutes are needed


def test_a_file_that_is_not_a_calendar_is_said_plainly() -> None:
    with pytest.raises(CalendarError, match="is not a calendar"):
        parse(b"<html>Sign in</html>", "https://example.com/cal.ics")
