"""The week along the path, from the store (blocking): sessions, what was sent (posts, replies, retweets) and the
response clocks, through `core.signal.week`; and the week as the JSON and CSV of `exec-desk stats --week`."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from exec_desk.core.payloads import PostPayload, RetweetPayload
from exec_desk.core.signal.week import Act, ActKind, SessionLine, WeekFigures, week_figures
from exec_desk.services.radar.clocks import clocks
from exec_desk.storage.records import OutboxState
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store

#: Sessions read to find a week's (a week holds far fewer).
SESSIONS_READ = 2000
CSV_COLUMNS = ("day", "sessions", "minutes", "read", "amplified", "written", "replies")


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0)).astimezone()


def week_of(store: Store, account: str, settings: Settings, now: datetime, monday: date) -> WeekFigures:
    """The figures of the week that begins on `monday` (local days)."""
    start, end = _local_midnight(monday), _local_midnight(monday + timedelta(days=7))
    sessions = [
        SessionLine(s.started_at, s.ended_at, s.read_count)
        for s in store.sessions.recent(account, limit=SESSIONS_READ)
        if start <= s.started_at < end
    ]
    acts: list[Act] = []
    for item in store.outbox.all(account, states=[OutboxState.SENT]):
        payload = item.payload
        if not start <= item.updated_at < end:
            continue
        if isinstance(payload, RetweetPayload):
            acts.append(Act(item.updated_at, ActKind.RETWEET))
        elif isinstance(payload, PostPayload):
            acts.append(Act(item.updated_at, ActKind.REPLY if payload.reply_to else ActKind.POST))
    week_clocks = clocks(store, account, settings, min(now, end), since=start)
    return week_figures(monday, sessions, acts, week_clocks, now)


def week_json(week: WeekFigures) -> dict[str, Any]:
    """The contract of `exec-desk stats --week --json` (README)."""
    return {
        "week_start": week.start.isoformat(),
        "week_end": week.end.isoformat(),
        "sessions": week.sessions,
        "minutes": week.minutes,
        "read": week.read,
        "amplified": week.amplified,
        "written": week.written,
        "replies": week.replies,
        "mentions_due": week.mentions_due,
        "mentions_in_time": week.mentions_in_time,
        "mentions_overdue": week.mentions_overdue,
        "mix": {"own": week.written, "amplified": week.amplified, "own_share": week.own_share, "guide": "4-1-1",
                "verdict": week.mix},
        "stage": week.stage.value,
        "suggestion": str(week.suggestion),
        "days": [
            {"day": d.day.isoformat(), "sessions": d.sessions, "minutes": d.minutes, "read": d.read,
             "amplified": d.amplified, "written": d.written, "replies": d.replies}
            for d in week.days
        ],
    }  # fmt: skip


def week_rows(week: WeekFigures) -> list[list[str]]:
    """The CSV of `exec-desk stats --week --csv`: a header, a row a day, then the week's total."""
    rows = [list(CSV_COLUMNS)]
    for d in week.days:
        rows.append([d.day.isoformat(), str(d.sessions), f"{d.minutes:g}", str(d.read), str(d.amplified),
                     str(d.written), str(d.replies)])  # fmt: skip
    rows.append(["week", str(week.sessions), f"{week.minutes:g}", str(week.read), str(week.amplified),
                 str(week.written), str(week.replies)])  # fmt: skip
    return rows
