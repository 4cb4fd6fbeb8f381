"""What in a calendar makes the user busy, as RFC 5545 says, and the busy blocks of a stretch of time.

The occurrences come from `recurring-ical-events` (recurrence rules, RDATE and EXDATE, moved instances with their
RECURRENCE-ID, time zones and daylight-saving changes) and their start and end from `icalendar` (DTEND, else
DURATION, else a day for a date and nothing for a date-time): no date arithmetic of ours. An occurrence is free when
- it is transparent (`TRANSP:TRANSPARENT`: RFC 5545 3.8.2.7, it does not block time);
- it is cancelled (`STATUS:CANCELLED`, 3.8.1.11);
- the user declined it: their own ATTENDEE has `PARTSTAT=DECLINED` (3.2.12). The user is known by address (`Rules.
  addresses`, compared without case and without `mailto:`); with no address known, a declined meeting stays busy;
- it lasts all day (a DATE start) and `Rules.all_day_busy` is off: holidays, trips and birthdays do not stop a
  five-minute session;
- it takes no time (a date-time start with neither DTEND nor DURATION: a reminder, 3.6.1).
Anything else is busy, tentative meetings included (never propose during a meeting). Times are given in the user's
time zone; a floating time (no TZID) is the user's local time, and an all-day event that counts as busy runs from
local midnight to local midnight.

`busy_between(calendar, start, end, rules)` gives the busy blocks that overlap [start, end), merged: overlapping or
touching blocks become one, titled after the meeting that starts it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import icalendar


@dataclass(frozen=True)
class Rules:
    """Who the user is in invitations, and whether all-day events make them busy."""

    addresses: frozenset[str] = frozenset()
    all_day_busy: bool = False

    @staticmethod
    def address(value: str) -> str:
        """An address as compared: lower case, without `mailto:`."""
        text = value.strip()
        return (text[7:] if text.lower().startswith("mailto:") else text).lower()


@dataclass(frozen=True)
class Busy:
    """A busy block: [start, end), aware datetimes; `title` is the SUMMARY of its first meeting ("" if none)."""

    start: datetime
    end: datetime
    title: str = ""


def _user_declined(event: icalendar.Event, rules: Rules) -> bool:
    if not rules.addresses:
        return False
    attendees = event.get("ATTENDEE", [])
    for attendee in attendees if isinstance(attendees, list) else [attendees]:
        if Rules.address(str(attendee)) in rules.addresses:
            return str(attendee.params.get("PARTSTAT", "")).upper() == "DECLINED"
    return False


def is_busy(event: icalendar.Event, rules: Rules) -> bool:
    """Whether this occurrence blocks the user's time (see the module's rules)."""
    if str(event.get("TRANSP", "OPAQUE")).upper() == "TRANSPARENT":
        return False
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        return False
    if _user_declined(event, rules):
        return False
    return not (_all_day(event) and not rules.all_day_busy)


def _all_day(event: icalendar.Event) -> bool:
    start = event.start
    return isinstance(start, date) and not isinstance(start, datetime)


def _aware(moment: date, tz: tzinfo | None) -> datetime:
    """A calendar's moment in the user's time zone (`tz`; None: the system's): a floating time or a date is
    taken as the user's local time."""
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, time(0))
    if moment.tzinfo is None and tz is not None:
        moment = moment.replace(tzinfo=tz)
    return moment.astimezone(tz)


def occurrences(calendar: icalendar.Calendar, start: datetime, end: datetime) -> Iterable[icalendar.Event]:
    """Every occurrence of every event that overlaps [start, end)."""
    import recurring_ical_events

    query = recurring_ical_events.of(calendar, components=["VEVENT"], skip_bad_series=True)
    return query.between(start, end)  # type: ignore[no-any-return]


def busy_between(
    calendar: icalendar.Calendar, start: datetime, end: datetime, rules: Rules, tz: tzinfo | None = None
) -> list[Busy]:
    """The merged busy blocks overlapping [start, end); `tz` is the user's zone (None: the system's)."""
    blocks = []
    for event in occurrences(calendar, start, end):
        if not is_busy(event, rules):
            continue
        begins, ends = _aware(event.start, tz), _aware(event.end, tz)
        if ends > begins and ends > start and begins < end:
            blocks.append(Busy(begins, ends, str(event.get("SUMMARY", "")).strip()))
    return merge(blocks)


def merge(blocks: Iterable[Busy]) -> list[Busy]:
    """Overlapping or touching blocks as one, in time order; a block keeps the title of the meeting starting it."""
    merged: list[Busy] = []
    for block in sorted(blocks, key=lambda b: (b.start, -b.end.timestamp())):
        if merged and block.start <= merged[-1].end:
            last = merged[-1]
            if block.end > last.end:
                merged[-1] = Busy(last.start, block.end, last.title)
            continue
        merged.append(block)
    return merged
