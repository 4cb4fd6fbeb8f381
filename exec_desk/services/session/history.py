"""The session log as the user reads it: the last session's summary and the sessions before it.

`load_history` (blocking: run it on the task runner, in the STORE lane) reads the account's finished sessions from
the store, newest first, and makes the summary of the latest one as its end showed it — its counts, its time and
cost from the session log, and what the month had cost by then from the ledger — so that the summary of a session
that ended while its window was hidden, or before a restart, is still there (tray → "Last session").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from exec_desk.core.queue import SessionSummary
from exec_desk.services.session.persist import month_start
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.records import SessionRecord
from exec_desk.storage.store import Store

#: Sessions listed in the history.
HISTORY_LENGTH = 50


@dataclass(frozen=True, slots=True)
class SessionHistory:
    """The latest finished session's summary (None before the first), and the finished sessions, newest first."""

    last: SessionSummary | None
    sessions: list[SessionRecord] = field(default_factory=list)


def summary_of_record(record: SessionRecord, *, month_cost_micro: int = 0, budget_micro: int = 0) -> SessionSummary:
    """The summary of a finished session, from its line in the session log."""
    ended = record.ended_at or record.started_at
    return SessionSummary(
        session_id=record.id,
        started_at=record.started_at,
        ended_at=ended,
        planned_seconds=record.planned_seconds,
        used_seconds=max(0, round((ended - record.started_at).total_seconds())),
        read_count=record.read_count,
        amplified_count=record.amplified_count,
        posted_count=record.posted_count,
        cost_micro=record.cost_micro,
        month_cost_micro=month_cost_micro,
        month_budget_micro=budget_micro,
        shown_count=record.shown_count,
    )


def load_history(
    store: Store, ledger: Ledger, account: str, *, budget_micro: int = 0, limit: int = HISTORY_LENGTH
) -> SessionHistory:
    """The account's finished sessions (at most `limit`) and the summary of the latest one."""
    sessions = store.sessions.recent(account, limit=limit, ended_only=True)
    if not sessions:
        return SessionHistory(None, [])
    latest = sessions[0]
    ended = latest.ended_at or latest.started_at
    month = ledger.total(account, since=month_start(ended), until=ended)
    last = summary_of_record(latest, month_cost_micro=max(month, latest.cost_micro), budget_micro=budget_micro)
    return SessionHistory(last, sessions)
