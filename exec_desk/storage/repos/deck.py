"""The approval deck's memory: each proposal seen once, its decision, and what became of its post.

A proposal is keyed by (account, origin, proposal): `origin` is the deck folder (or a feed's address) and
`proposal` its id (a file's name without extension, or `feed-…`). `see` records it the first time (True then: the
caller logs "proposed"); `decide` records a decision once (`AlreadyDecided` if one exists); `set_outcome` follows the
post in the outbox; `mark_written` says the decision file beside the proposal is up to date.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from exec_desk.storage.db import Database
from exec_desk.storage.records import DeckRow, StoreError, dumps, maybe_from_db, to_db


class AlreadyDecided(StoreError):
    """The proposal was decided already (here, or by another Exec Desk of the same profile)."""


class DeckRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    def see(
        self,
        account: str,
        origin: str,
        proposal: str,
        source: str,
        now: datetime,
        content: Mapping[str, Any] | None = None,
    ) -> bool:
        """Record a proposal seen, True the first time; its content (what the team wrote) follows the file until
        it is decided."""
        text = dumps(dict(content or {}))
        with self._db.transaction() as conn:
            cur = conn.execute(
                """INSERT OR IGNORE INTO deck (account, origin, proposal, source, content, first_seen)
                   VALUES (?, ?, ?, ?, ?, ?)""",
                (account, origin, proposal, source, text, to_db(now)),
            )
            if cur.rowcount > 0:
                return True
            if content is not None:
                conn.execute(
                    """UPDATE deck SET content = ? WHERE account = ? AND origin = ? AND proposal = ?
                       AND decision IS NULL AND content != ?""",
                    (text, account, origin, proposal, text),
                )
            return False

    def get(self, account: str, origin: str, proposal: str) -> DeckRow | None:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT * FROM deck WHERE account = ? AND origin = ? AND proposal = ?", (account, origin, proposal)
            ).fetchone()
        return None if row is None else _row(row)

    def all(self, account: str, *, source: str | None = None) -> list[DeckRow]:
        query, params = "SELECT * FROM deck WHERE account = ?", [account]
        if source is not None:
            query, params = query + " AND source = ?", [*params, source]
        with self._db.read() as conn:
            rows = conn.execute(query + " ORDER BY first_seen, proposal", params).fetchall()
        return [_row(r) for r in rows]

    def decide(
        self,
        account: str,
        origin: str,
        proposal: str,
        decision: str,
        *,
        by: str,
        now: datetime,
        reason: str | None = None,
        outbox_id: int | None = None,
    ) -> DeckRow:
        """Record the decision; `AlreadyDecided` (nothing changed) when the proposal has one."""
        with self._db.transaction() as conn:
            cur = conn.execute(
                """UPDATE deck SET decision = ?, decided_by = ?, decided_at = ?, reason = ?, outbox_id = ?,
                       outcome = CASE WHEN ? IS NULL THEN NULL ELSE 'waiting' END, decision_written = 0
                   WHERE account = ? AND origin = ? AND proposal = ? AND decision IS NULL""",
                (decision, by, to_db(now), reason, outbox_id, outbox_id, account, origin, proposal),
            )
            if cur.rowcount == 0:
                raise AlreadyDecided(f"The proposal {proposal} was decided already.")
            row = self.get(account, origin, proposal)
        assert row is not None
        return row

    def link_post(self, account: str, origin: str, proposal: str, outbox_id: int) -> None:
        """The post an edited proposal became (queued from the composer)."""
        with self._db.transaction() as conn:
            conn.execute(
                """UPDATE deck SET outbox_id = ?, outcome = 'waiting', decision_written = 0
                   WHERE account = ? AND origin = ? AND proposal = ?""",
                (outbox_id, account, origin, proposal),
            )

    def set_outcome(
        self,
        account: str,
        origin: str,
        proposal: str,
        outcome: str,
        *,
        post_ids: Sequence[str] = (),
        sent_at: datetime | None = None,
    ) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                """UPDATE deck SET outcome = ?, post_ids = ?, sent_at = ?, decision_written = 0
                   WHERE account = ? AND origin = ? AND proposal = ?""",
                (
                    outcome,
                    json.dumps(list(post_ids)),
                    None if sent_at is None else to_db(sent_at),
                    account,
                    origin,
                    proposal,
                ),
            )

    def mark_written(self, account: str, origin: str, proposal: str, written: bool = True) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE deck SET decision_written = ? WHERE account = ? AND origin = ? AND proposal = ?",
                (int(written), account, origin, proposal),
            )


def _row(row: sqlite3.Row) -> DeckRow:
    return DeckRow(
        account=row["account"],
        origin=row["origin"],
        proposal=row["proposal"],
        source=row["source"],
        content=json.loads(row["content"]),
        decision=row["decision"],
        decided_by=row["decided_by"],
        decided_at=maybe_from_db(row["decided_at"]),
        reason=row["reason"],
        outbox_id=row["outbox_id"],
        outcome=row["outcome"],
        post_ids=tuple(json.loads(row["post_ids"])),
        sent_at=maybe_from_db(row["sent_at"]),
        decision_written=bool(row["decision_written"]),
    )
