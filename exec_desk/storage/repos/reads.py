"""Read state: which posts the user has already seen, so a session never shows the same post twice."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from exec_desk.storage.db import Database
from exec_desk.storage.records import to_db

_IDS = "(SELECT value FROM json_each(?))"


class ReadStateRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    def mark_read(
        self, account: str, post_ids: Sequence[str], seen_at: datetime, *, session_id: int | None = None
    ) -> int:
        """Mark posts as seen; return how many were not seen before (a post keeps its first `seen_at`)."""
        with self._db.transaction() as conn:
            return conn.executemany(
                "INSERT OR IGNORE INTO read_state (account, post_id, seen_at, session_id) VALUES (?, ?, ?, ?)",
                [(account, post_id, to_db(seen_at), session_id) for post_id in dict.fromkeys(post_ids)],
            ).rowcount

    def mark_unread(self, account: str, post_ids: Sequence[str]) -> int:
        with self._db.transaction() as conn:
            return conn.execute(
                f"DELETE FROM read_state WHERE account = ? AND post_id IN {_IDS}", (account, json.dumps(list(post_ids)))
            ).rowcount

    def is_read(self, account: str, post_id: str) -> bool:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT 1 FROM read_state WHERE account = ? AND post_id = ?", (account, post_id)
            ).fetchone()
        return row is not None

    def filter_unread(self, account: str, post_ids: Sequence[str]) -> list[str]:
        """The ids of `post_ids` not seen yet, in the order given."""
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT post_id FROM read_state WHERE account = ? AND post_id IN {_IDS}",
                (account, json.dumps(list(post_ids))),
            ).fetchall()
        seen = {row[0] for row in rows}
        return [post_id for post_id in post_ids if post_id not in seen]

    def count_in_session(self, session_id: int) -> int:
        with self._db.read() as conn:
            return int(
                conn.execute("SELECT count(*) FROM read_state WHERE session_id = ?", (session_id,)).fetchone()[0]
            )
