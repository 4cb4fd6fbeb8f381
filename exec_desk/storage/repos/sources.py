"""Groups of sources (lists, users, searches, home, mentions) and the fetch cursor of each source."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import datetime

from exec_desk.storage.db import Database
from exec_desk.storage.records import Group, Source, SourceKind, maybe_from_db, to_db


class GroupRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    def create(self, account: str, name: str, *, priority: int = 0, quota: int = 0) -> Group:
        """A new group, placed last. Raises `sqlite3.IntegrityError` if the name is taken for that account."""
        with self._db.transaction() as conn:
            cur = conn.execute(
                """INSERT INTO groups (account, name, priority, quota, position)
                   VALUES (?, ?, ?, ?, (SELECT coalesce(max(position) + 1, 0) FROM groups WHERE account = ?))""",
                (account, name, priority, quota, account),
            )
            group = self.get(int(cur.lastrowid or 0))
        assert group is not None
        return group

    def get(self, group_id: int) -> Group | None:
        with self._db.read() as conn:
            row = conn.execute("SELECT * FROM groups WHERE id = ?", (group_id,)).fetchone()
        return None if row is None else _group(row)

    def all(self, account: str) -> list[Group]:
        with self._db.read() as conn:
            rows = conn.execute("SELECT * FROM groups WHERE account = ? ORDER BY position, id", (account,)).fetchall()
        return [_group(row) for row in rows]

    def update(self, group: Group) -> None:
        """Save name, priority and quota (use `reorder` for positions)."""
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE groups SET name = ?, priority = ?, quota = ? WHERE id = ?",
                (group.name, group.priority, group.quota, group.id),
            )

    def reorder(self, account: str, group_ids: Sequence[int]) -> None:
        """Give the groups the order of `group_ids` (groups not listed keep their place after them)."""
        with self._db.transaction() as conn:
            conn.executemany(
                "UPDATE groups SET position = ? WHERE id = ? AND account = ?",
                [(position, group_id, account) for position, group_id in enumerate(group_ids)],
            )
            rest = conn.execute(
                "SELECT id FROM groups WHERE account = ? AND id NOT IN (SELECT value FROM json_each(?)) "
                "ORDER BY position, id",
                (account, json.dumps([int(i) for i in group_ids])),
            ).fetchall()
            conn.executemany(
                "UPDATE groups SET position = ? WHERE id = ?",
                [(len(group_ids) + n, row[0]) for n, row in enumerate(rest)],
            )

    def delete(self, group_id: int) -> bool:
        """Delete the group and its sources."""
        with self._db.transaction() as conn:
            return conn.execute("DELETE FROM groups WHERE id = ?", (group_id,)).rowcount > 0


class SourceRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(
        self, account: str, kind: SourceKind, ref: str = "", *, label: str = "", group_id: int | None = None
    ) -> Source:
        """A new source. Raises `sqlite3.IntegrityError` if the account already has it (same kind and ref)."""
        with self._db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO sources (account, group_id, kind, ref, label) VALUES (?, ?, ?, ?, ?)",
                (account, group_id, SourceKind(kind).value, ref, label),
            )
            source = self.get(int(cur.lastrowid or 0))
        assert source is not None
        return source

    def get(self, source_id: int) -> Source | None:
        with self._db.read() as conn:
            row = conn.execute("SELECT * FROM sources WHERE id = ?", (source_id,)).fetchone()
        return None if row is None else _source(row)

    def all(self, account: str, *, group_id: int | None = None) -> list[Source]:
        """The account's sources, or only those of one group."""
        query = "SELECT * FROM sources WHERE account = ?"
        params: tuple[object, ...] = (account,)
        if group_id is not None:
            query += " AND group_id = ?"
            params += (group_id,)
        with self._db.read() as conn:
            rows = conn.execute(query + " ORDER BY id", params).fetchall()
        return [_source(row) for row in rows]

    def update_cursor(self, source_id: int, newest_id: str | None, fetched_at: datetime) -> None:
        """Remember the newest post id seen (the next fetch asks `since_id`) and when the source was fetched."""
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE sources SET cursor_newest_id = coalesce(?, cursor_newest_id), last_fetched_at = ? WHERE id = ?",
                (newest_id, to_db(fetched_at), source_id),
            )

    def mark_gone(self, source_id: int, at: datetime | None, reason: str | None = None) -> None:
        """Remember that X says the source no longer exists (`at` None: it exists again)."""
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE sources SET gone_at = ?, gone_reason = ? WHERE id = ?",
                (None if at is None else to_db(at), None if at is None else reason, source_id),
            )

    def update(self, source_id: int, *, label: str | None = None, group_id: int | None = None) -> None:
        with self._db.transaction() as conn:
            if label is not None:
                conn.execute("UPDATE sources SET label = ? WHERE id = ?", (label, source_id))
            if group_id is not None:
                conn.execute("UPDATE sources SET group_id = ? WHERE id = ?", (group_id, source_id))
                conn.execute("UPDATE post_sources SET group_id = ? WHERE source_id = ?", (group_id, source_id))

    def delete(self, source_id: int) -> bool:
        with self._db.transaction() as conn:
            return conn.execute("DELETE FROM sources WHERE id = ?", (source_id,)).rowcount > 0


def _group(row: sqlite3.Row) -> Group:
    return Group(
        id=row["id"],
        account=row["account"],
        name=row["name"],
        priority=row["priority"],
        quota=row["quota"],
        position=row["position"],
    )


def _source(row: sqlite3.Row) -> Source:
    return Source(
        id=row["id"],
        account=row["account"],
        group_id=row["group_id"],
        kind=SourceKind(row["kind"]),
        ref=row["ref"],
        label=row["label"],
        cursor_newest_id=row["cursor_newest_id"],
        last_fetched_at=maybe_from_db(row["last_fetched_at"]),
        gone_at=maybe_from_db(row["gone_at"]),
        gone_reason=row["gone_reason"],
    )
