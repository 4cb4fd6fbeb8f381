"""Notices given once: a key per account (e.g. "budget:2026-03:80") claimed when the notice is first given.

`claim` inserts the key and says whether it was new, in one statement: of two callers (two processes, or a
restart in between) exactly one gets True, so a notice is never given twice.
"""

from __future__ import annotations

from datetime import datetime

from exec_desk.storage.db import Database
from exec_desk.storage.records import to_db


class NoticeRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    def claim(self, account: str, key: str, now: datetime) -> bool:
        """Record that the notice `key` is given to `account` now; False when it was given before."""
        with self._db.transaction() as conn:
            inserted = conn.execute(
                "INSERT OR IGNORE INTO notices (account, key, at) VALUES (?, ?, ?)", (account, key, to_db(now))
            ).rowcount
        return inserted > 0

    def given(self, account: str, key: str) -> bool:
        with self._db.read() as conn:
            row = conn.execute("SELECT 1 FROM notices WHERE account = ? AND key = ?", (account, key)).fetchone()
        return row is not None
