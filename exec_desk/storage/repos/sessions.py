"""Reading sessions: when they ran, what the user did, what they cost."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from exec_desk.storage.db import Database
from exec_desk.storage.records import SessionRecord, from_db, maybe_from_db, to_db


class SessionRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    def start(self, account: str, started_at: datetime, planned_seconds: int) -> SessionRecord:
        with self._db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO sessions (account, started_at, planned_seconds) VALUES (?, ?, ?)",
                (account, to_db(started_at), planned_seconds),
            )
            record = self.get(int(cur.lastrowid or 0))
        assert record is not None
        return record

    def add_counts(self, session_id: int, *, read: int = 0, amplified: int = 0, posted: int = 0) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                """UPDATE sessions SET read_count = read_count + ?, amplified_count = amplified_count + ?,
                       posted_count = posted_count + ? WHERE id = ?""",
                (read, amplified, posted, session_id),
            )

    def extend(self, session_id: int, extra_seconds: int) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE sessions SET planned_seconds = planned_seconds + ? WHERE id = ?", (extra_seconds, session_id)
            )

    def end(
        self, session_id: int, ended_at: datetime, *, cost_micro: int, shown_count: int = 0
    ) -> SessionRecord | None:
        """Close the session with its cost (see `Ledger.session_cost`) and how many posts it showed; a session
        already ended is left as is."""
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE sessions SET ended_at = ?, cost_micro = ?, shown_count = ? WHERE id = ? AND ended_at IS NULL",
                (to_db(ended_at), cost_micro, shown_count, session_id),
            )
            return self.get(session_id)

    def get(self, session_id: int) -> SessionRecord | None:
        with self._db.read() as conn:
            row = conn.execute("SELECT * FROM sessions WHERE id = ?", (session_id,)).fetchone()
        return None if row is None else _session(row)

    def open_session(self, account: str) -> SessionRecord | None:
        """The latest session not ended (the app stopped during it), if any."""
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT * FROM sessions WHERE account = ? AND ended_at IS NULL ORDER BY started_at DESC, id DESC",
                (account,),
            ).fetchone()
        return None if row is None else _session(row)

    def recent(self, account: str, *, limit: int = 20, ended_only: bool = False) -> list[SessionRecord]:
        """The account's latest sessions, newest first (`ended_only`: those finished)."""
        ended = "AND ended_at IS NOT NULL" if ended_only else ""
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT * FROM sessions WHERE account = ? {ended} ORDER BY started_at DESC, id DESC LIMIT ?",
                (account, limit),
            ).fetchall()
        return [_session(row) for row in rows]

    def last_ended_at(self, account: str) -> datetime | None:
        """When the last finished session ended (for the cool-off)."""
        with self._db.read() as conn:
            value = conn.execute("SELECT max(ended_at) FROM sessions WHERE account = ?", (account,)).fetchone()[0]
        return None if value is None else from_db(value)


def _session(row: sqlite3.Row) -> SessionRecord:
    return SessionRecord(
        id=row["id"],
        account=row["account"],
        started_at=from_db(row["started_at"]),
        ended_at=maybe_from_db(row["ended_at"]),
        planned_seconds=row["planned_seconds"],
        read_count=row["read_count"],
        amplified_count=row["amplified_count"],
        posted_count=row["posted_count"],
        cost_micro=row["cost_micro"],
        shown_count=row["shown_count"],
    )
