"""A day of the calendar: its busy blocks, its free gaps within working hours, and the sessions proposed in them.

The working hours are the reminders' settings (`work_start`–`work_end` local time on `work_days`; an end at or
before the start runs past midnight, as in `services.reminders`); a day that is not a working day has no free gap.
A free gap is working time outside every busy block. A session is proposed at the start of a free gap that is long
enough for a session (`session_minutes`) plus a margin before what comes next (`calendar_margin_minutes`), at most
`calendar_proposals_per_day` a day, earliest first. Each proposal knows the end of its gap and what follows it (the
busy block's title; None when the gap ends with the working day), for the reminder's words.

`DayPlan.to_json()` is the contract of `exec-desk gaps --json`: `{"busy": [[start, end], ...], "free": [[start,
end], ...], "proposals": [time, ...]}`, ISO-8601 with offsets. `Plans` holds several days for the reminders:
`next_proposal(after, done)` is the first proposal not yet done that can still take place at or after `after`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from exec_desk.services.calendar.busy import Busy, Rules, busy_between

if TYPE_CHECKING:
    import icalendar

    from exec_desk.storage.settings import Settings


@dataclass(frozen=True)
class PlanRules:
    """What the plan needs from the settings (a snapshot: plans are made on a worker)."""

    work_start: time = time(9)
    work_end: time = time(18)
    work_days: frozenset[int] = frozenset(range(5))
    session: timedelta = timedelta(minutes=5)
    margin: timedelta = timedelta(minutes=5)
    per_day: int = 4
    busy: Rules = field(default_factory=Rules)

    @classmethod
    def from_settings(cls, settings: Settings, addresses: Iterable[str] = ()) -> PlanRules:
        """The rules of `settings`; the user's addresses are `calendar_email` and `addresses` (the server's)."""
        get = settings.get
        mine = [str(get("calendar_email")), *addresses]
        return cls(
            work_start=time.fromisoformat(str(get("work_start"))),
            work_end=time.fromisoformat(str(get("work_end"))),
            work_days=frozenset(int(day) for day in get("work_days")),
            session=timedelta(minutes=int(get("session_minutes"))),
            margin=timedelta(minutes=int(get("calendar_margin_minutes"))),
            per_day=int(get("calendar_proposals_per_day")),
            busy=Rules(frozenset(Rules.address(a) for a in mine if a.strip()), bool(get("calendar_all_day_busy"))),
        )


@dataclass(frozen=True)
class Proposal:
    """A session proposed at `at`, in a free gap that lasts until `until`, before `next_title` (None: the end of
    the working day)."""

    at: datetime
    until: datetime
    next_title: str | None


@dataclass(frozen=True)
class DayPlan:
    day: date
    busy: tuple[Busy, ...]
    free: tuple[tuple[datetime, datetime], ...]
    proposals: tuple[Proposal, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "busy": [[b.start.isoformat(), b.end.isoformat()] for b in self.busy],
            "free": [[start.isoformat(), end.isoformat()] for start, end in self.free],
            "proposals": [p.at.isoformat() for p in self.proposals],
        }


def local_moment(day: date, clock_time: time, tz: tzinfo | None = None) -> datetime:
    """`clock_time` on `day` in the user's zone (`tz`; None: the system's)."""
    naive = datetime.combine(day, clock_time)
    return naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()


def working_window(day: date, rules: PlanRules, tz: tzinfo | None) -> tuple[datetime, datetime] | None:
    """The working period that starts on `day`, or None on a day off."""
    if day.weekday() not in rules.work_days:
        return None
    closes_on = day if rules.work_end > rules.work_start else day + timedelta(days=1)
    return local_moment(day, rules.work_start, tz), local_moment(closes_on, rules.work_end, tz)


def plan_day(calendar: icalendar.Calendar, day: date, rules: PlanRules, tz: tzinfo | None = None) -> DayPlan:
    """The busy blocks of `day` (local midnight to midnight, and the working period if it runs later), its free
    gaps within working hours and the proposals."""
    window = working_window(day, rules, tz)
    start = local_moment(day, time(0), tz)
    end = local_moment(day + timedelta(days=1), time(0), tz)
    if window is not None:
        start, end = min(start, window[0]), max(end, window[1])
    busy = busy_between(calendar, start, end, rules.busy, tz)
    free = _free(window, busy) if window is not None else []
    proposals: list[Proposal] = []
    for gap_start, gap_end in free:
        if len(proposals) < rules.per_day and gap_end - gap_start >= rules.session + rules.margin:
            following = next((b.title for b in busy if b.start == gap_end), None)
            proposals.append(Proposal(gap_start, gap_end, following))
    return DayPlan(day, tuple(busy), tuple(free), tuple(proposals))


def _free(window: tuple[datetime, datetime], busy: Iterable[Busy]) -> list[tuple[datetime, datetime]]:
    gaps, cursor = [], window[0]
    for block in busy:
        if block.end <= cursor:
            continue
        if block.start >= window[1]:
            break
        if block.start > cursor:
            gaps.append((cursor, block.start))
        cursor = max(cursor, block.end)
    if cursor < window[1]:
        gaps.append((cursor, window[1]))
    return gaps


@dataclass(frozen=True)
class Plans:
    """The plans of several days, for the reminders. `notice`: what to tell the user about the calendar's copy
    (offline, its age), or None."""

    days: Mapping[date, DayPlan]
    #: What a proposal needs left of its gap: a session and the margin.
    need: timedelta
    notice: str | None = None

    def next_proposal(self, after: datetime, done: Iterable[datetime]) -> tuple[datetime, Proposal] | None:
        """(when, proposal): the first proposal not in `done` (by its `at`) whose gap still holds a session and the
        margin at or after `after`, at `max(at, after)`; None when no planned day has one."""
        finished = set(done)
        for day in sorted(self.days):
            for proposal in self.days[day].proposals:
                moment = max(proposal.at, after)
                if proposal.at not in finished and proposal.until - moment >= self.need:
                    return moment, proposal
        return None

    def covering(self, moment: datetime) -> Proposal | None:
        """The proposal whose gap holds `moment`, if any."""
        for plan in self.days.values():
            for proposal in plan.proposals:
                if proposal.at <= moment < proposal.until:
                    return proposal
        return None


def plan_days(
    calendar: icalendar.Calendar, first: date, count: int, rules: PlanRules, tz: tzinfo | None = None
) -> dict[date, DayPlan]:
    return {day: plan_day(calendar, day, rules, tz) for day in (first + timedelta(days=n) for n in range(count))}
