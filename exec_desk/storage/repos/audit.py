"""The append-only audit log: who proposed, approved, edited, rejected, held, confirmed and sent what, and when.

`append` adds a line; nothing changes or deletes one (the table's triggers refuse it, whatever the caller).
`entries` reads them oldest first (for `exec-desk audit --csv`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from exec_desk.storage.db import Database
from exec_desk.storage.records import AuditEntry, dumps, from_db, to_db

#: What a line may say happened.
EVENTS = ("proposed", "approved", "edited", "rejected", "sent", "failed", "cancelled", "held", "confirmed")


class AuditRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    def append(
        self,
        event: str,
        *,
        at: datetime,
        account: str = "",
        proposal: str = "",
        actor: str = "",
        reason: str = "",
        post_id: str = "",
        link: str = "",
        detail: Mapping[str, Any] | None = None,
    ) -> int:
        if event not in EVENTS:
            raise ValueError(f"unknown audit event {event!r}")
        with self._db.transaction() as conn:
            cur = conn.execute(
                """INSERT INTO audit_log (at, account, event, proposal, actor, reason, post_id, link, detail)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (to_db(at), account, event, proposal, actor, reason, post_id, link, dumps(dict(detail or {}))),
            )
            return int(cur.lastrowid or 0)

    def entries(self, *, proposal: str | None = None) -> list[AuditEntry]:
        query, params = "SELECT * FROM audit_log", tuple[str, ...]()
        if proposal is not None:
            query, params = query + " WHERE proposal = ?", (proposal,)
        with self._db.read() as conn:
            rows = conn.execute(query + " ORDER BY id", params).fetchall()
        return [
            AuditEntry(
                id=row["id"],
                at=from_db(row["at"]),
                account=row["account"],
                event=row["event"],
                proposal=row["proposal"],
                actor=row["actor"],
                reason=row["reason"],
                post_id=row["post_id"],
                link=row["link"],
                detail=json.loads(row["detail"]),
            )
            for row in rows
        ]
