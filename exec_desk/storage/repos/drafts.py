"""Drafts: posts and threads being written, kept across restarts."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import datetime

from exec_desk.storage.db import Database
from exec_desk.storage.records import Draft, DraftMedia, dumps, from_db, to_db


class DraftRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    def create(
        self,
        account: str,
        text: str,
        now: datetime,
        *,
        parts: Sequence[str] = (),
        media: Sequence[DraftMedia] = (),
        reply_to: str | None = None,
        quote_of: str | None = None,
    ) -> Draft:
        with self._db.transaction() as conn:
            cur = conn.execute(
                """INSERT INTO drafts (account, text, parts, media, reply_to, quote_of, created_at, updated_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                (account, text, dumps(list(parts)), _media_json(media), reply_to, quote_of, to_db(now), to_db(now)),
            )
            draft = self.get(int(cur.lastrowid or 0))
        assert draft is not None
        return draft

    def update(
        self,
        draft_id: int,
        now: datetime,
        *,
        text: str | None = None,
        parts: Sequence[str] | None = None,
        media: Sequence[DraftMedia] | None = None,
    ) -> Draft | None:
        """Change what is given; return the saved draft, or None if it no longer exists."""
        with self._db.transaction() as conn:
            conn.execute(
                """UPDATE drafts SET text = coalesce(?, text), parts = coalesce(?, parts), media = coalesce(?, media),
                       updated_at = ? WHERE id = ?""",
                (
                    text,
                    None if parts is None else dumps(list(parts)),
                    None if media is None else _media_json(media),
                    to_db(now),
                    draft_id,
                ),
            )
            return self.get(draft_id)

    def get(self, draft_id: int) -> Draft | None:
        with self._db.read() as conn:
            row = conn.execute("SELECT * FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        return None if row is None else _draft(row)

    def all(self, account: str) -> list[Draft]:
        """The account's drafts, most recently edited first."""
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT * FROM drafts WHERE account = ? ORDER BY updated_at DESC, id DESC", (account,)
            ).fetchall()
        return [_draft(row) for row in rows]

    def delete(self, draft_id: int) -> bool:
        with self._db.transaction() as conn:
            return conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,)).rowcount > 0


def _media_json(media: Sequence[DraftMedia]) -> str:
    return dumps([{"path": m.path, "mime_type": m.mime_type, "alt_text": m.alt_text} for m in media])


def _draft(row: sqlite3.Row) -> Draft:
    return Draft(
        id=row["id"],
        account=row["account"],
        text=row["text"],
        created_at=from_db(row["created_at"]),
        updated_at=from_db(row["updated_at"]),
        parts=tuple(json.loads(row["parts"])),
        media=tuple(
            DraftMedia(path=m["path"], mime_type=m["mime_type"], alt_text=m.get("alt_text"))
            for m in json.loads(row["media"])
        ),
        reply_to=row["reply_to"],
        quote_of=row["quote_of"],
    )
