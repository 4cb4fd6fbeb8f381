"""The outbox: every write to X goes through here, so none is lost or sent twice across crashes.

Life of an item: `scheduled` (waiting for `not_before`, e.g. the retweet undo delay) → `sending` (claimed by the
sender) → `sent`, `failed`, or `uncertain` when the request may have reached X (timeout, or the app stopped while
sending: see `recover_interrupted`). The `idempotency_key` lets the sender recognise its own post when it checks.
`progress` (a JSON object) records what a multi-step write has done so far, e.g. the ids of a thread's sent parts,
written after each step so that a retry resumes with the next one. An item `sending` is leased by the process that
claimed it (`lease_owner`, `lease_heartbeat`: see `services.outbox_lease`). `last_error`, what the user is told
about the item, is stored as the JSON of its `core.i18n.Message` (so that it is shown translated after a restart
too) and read back as that `Message`; a plain text (a row of an older version) is read back as it is.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from exec_desk.core.i18n import Message, stored_text
from exec_desk.core.payloads import Payload, as_payload, payload_from_json
from exec_desk.storage.db import Database
from exec_desk.storage.records import OutboxItem, OutboxState, dumps, from_db, to_db


class OutboxRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    def enqueue(
        self,
        account: str,
        payload: Payload | Mapping[str, Any],
        *,
        now: datetime,
        not_before: datetime | None = None,
        draft_id: int | None = None,
        idempotency_key: str | None = None,
    ) -> OutboxItem:
        """Schedule a write (`not_before` defaults to `now`); a random idempotency key is made if none is given.
        `payload` is stored as its JSON (a JSON object given is read as a payload first: `core.payloads`)."""
        key = idempotency_key or uuid.uuid4().hex
        with self._db.transaction() as conn:
            cur = conn.execute(
                """INSERT INTO outbox (account, draft_id, payload, state, not_before, idempotency_key,
                                       created_at, updated_at)
                   VALUES (?, ?, ?, 'scheduled', ?, ?, ?, ?)""",
                (
                    account,
                    draft_id,
                    dumps(as_payload(payload).to_json()),
                    to_db(not_before or now),
                    key,
                    to_db(now),
                    to_db(now),
                ),
            )
            item = self.get(int(cur.lastrowid or 0))
        assert item is not None
        return item

    def claim_due(self, now: datetime, *, account: str | None = None, owner: str | None = None) -> OutboxItem | None:
        """Atomically take the oldest scheduled item due at `now`: it becomes `sending`, its attempts + 1, leased
        to `owner` (the sending process, see `services.outbox_lease`) with a heartbeat at `now`."""
        query = "SELECT id FROM outbox WHERE state = 'scheduled' AND not_before <= ?"
        params: tuple[object, ...] = (to_db(now),)
        if account is not None:
            query += " AND account = ?"
            params += (account,)
        with self._db.transaction() as conn:
            row = conn.execute(query + " ORDER BY not_before, id LIMIT 1", params).fetchone()
            if row is None:
                return None
            conn.execute(
                """UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ?, lease_owner = ?,
                       lease_heartbeat = ? WHERE id = ?""",
                (to_db(now), owner, None if owner is None else to_db(now), row[0]),
            )
            return self.get(int(row[0]))

    def update(
        self,
        item_id: int,
        state: OutboxState,
        *,
        now: datetime,
        last_error: str | None = None,
        remote_id: str | None = None,
        not_before: datetime | None = None,
        progress: Mapping[str, Any] | None = None,
        draft_id: int | None = None,
    ) -> OutboxItem | None:
        """Record the outcome of a send (or reschedule with a new `not_before`); `last_error` is replaced; `progress`
        and `draft_id` (e.g. the draft a failed post went back to) are replaced when given. An item that leaves
        `sending` leaves its lease too."""
        value = OutboxState(state).value
        with self._db.transaction() as conn:
            conn.execute(
                """UPDATE outbox SET state = ?, last_error = ?, remote_id = coalesce(?, remote_id),
                       not_before = coalesce(?, not_before), progress = coalesce(?, progress),
                       draft_id = coalesce(?, draft_id), updated_at = ?,
                       lease_owner = CASE WHEN ? = 'sending' THEN lease_owner END,
                       lease_heartbeat = CASE WHEN ? = 'sending' THEN lease_heartbeat END WHERE id = ?""",
                (
                    value,
                    last_error.to_json() if isinstance(last_error, Message) else last_error,
                    remote_id,
                    None if not_before is None else to_db(not_before),
                    None if progress is None else dumps(dict(progress)),
                    draft_id,
                    to_db(now),
                    value,
                    value,
                    item_id,
                ),
            )
            return self.get(item_id)

    def set_progress(self, item_id: int, progress: Mapping[str, Any], *, now: datetime) -> None:
        """Save what the write has done so far (after each step), leaving its state alone."""
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE outbox SET progress = ?, updated_at = ? WHERE id = ?",
                (dumps(dict(progress)), to_db(now), item_id),
            )

    def cancel(self, item_id: int) -> bool:
        """Drop an item that has not started sending (undo); False if it is already on its way or gone."""
        with self._db.transaction() as conn:
            return conn.execute("DELETE FROM outbox WHERE id = ? AND state = 'scheduled'", (item_id,)).rowcount > 0

    def recover_interrupted(
        self, now: datetime, *, account: str | None = None, gone: Callable[[OutboxItem], bool] | None = None
    ) -> int:
        """At start-up: items left `sending` by a crash may have reached X; mark them `uncertain` (their lease
        dropped). With `gone`, only the items whose lease owner it says is gone (`services.outbox_lease`): an item
        a live process is sending is left alone. Returns how many were taken over."""
        query, params = "SELECT * FROM outbox WHERE state = 'sending'", tuple[str, ...]()
        if account is not None:
            query, params = query + " AND account = ?", (account,)
        with self._db.transaction() as conn:
            rows = [_item(row) for row in conn.execute(query, params).fetchall()]
            taken = [item.id for item in rows if gone is None or gone(item)]
            conn.executemany(
                """UPDATE outbox SET state = 'uncertain', updated_at = ?, lease_owner = NULL, lease_heartbeat = NULL
                   WHERE id = ? AND state = 'sending'""",
                [(to_db(now), item_id) for item_id in taken],
            )
        return len(taken)

    def renew_lease(self, item_id: int, owner: str, now: datetime) -> bool:
        """The heartbeat of an item in flight: False when `owner` no longer holds it (another process took it)."""
        with self._db.transaction() as conn:
            return (
                conn.execute(
                    "UPDATE outbox SET lease_heartbeat = ? WHERE id = ? AND state = 'sending' AND lease_owner = ?",
                    (to_db(now), item_id, owner),
                ).rowcount
                > 0
            )

    def holds(self, item_id: int, owner: str) -> bool:
        """Whether `owner` still holds the lease of the item (it is `sending`, and was not taken over)."""
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT 1 FROM outbox WHERE id = ? AND state = 'sending' AND lease_owner = ?", (item_id, owner)
            ).fetchone()
        return row is not None

    def posts_since(self, account: str, since: datetime) -> list[OutboxItem]:
        """The account's posts not sent yet, and those sent (or that failed) since `since`, oldest first: what a new
        post may repeat (`services.duplicates`)."""
        with self._db.read() as conn:
            rows = conn.execute(
                """SELECT * FROM outbox WHERE account = ? AND json_extract(payload, '$.op') = 'post'
                   AND (state IN ('scheduled', 'sending', 'uncertain') OR updated_at >= ?) ORDER BY id""",
                (account, to_db(since)),
            ).fetchall()
        return [_item(row) for row in rows]

    def claimed_elsewhere(self, item_id: int, post_id: str) -> bool:
        """Whether another item of the same account already holds `post_id` as what it created on X (its remote
        id, or one of its sent parts): a post found on X is never taken by two items."""
        with self._db.read() as conn:
            row = conn.execute(
                """SELECT 1 FROM outbox AS o WHERE o.id != ?1
                   AND o.account = (SELECT account FROM outbox WHERE id = ?1)
                   AND (o.remote_id = ?2 OR EXISTS (SELECT 1 FROM json_each(o.progress, '$.sent') WHERE value = ?2))
                   LIMIT 1""",
                (item_id, post_id),
            ).fetchone()
        return row is not None

    def get(self, item_id: int) -> OutboxItem | None:
        with self._db.read() as conn:
            row = conn.execute("SELECT * FROM outbox WHERE id = ?", (item_id,)).fetchone()
        return None if row is None else _item(row)

    def all(self, account: str, *, states: Sequence[OutboxState] | None = None) -> list[OutboxItem]:
        wanted = [OutboxState(s).value for s in (states or list(OutboxState))]
        with self._db.read() as conn:
            rows = conn.execute(
                """SELECT * FROM outbox WHERE account = ? AND state IN (SELECT value FROM json_each(?))
                   ORDER BY not_before, id""",
                (account, json.dumps(wanted)),
            ).fetchall()
        return [_item(row) for row in rows]

    def sent(self, account: str, *, limit: int = 200) -> list[OutboxItem]:
        """The account's items that went out, the latest first (at most `limit`): the outbox window's Sent tab."""
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT * FROM outbox WHERE account = ? AND state = 'sent' ORDER BY updated_at DESC, id DESC LIMIT ?",
                (account, limit),
            ).fetchall()
        return [_item(row) for row in rows]

    def next_due_at(self, *, account: str | None = None) -> datetime | None:
        """When the next scheduled item becomes due (for the sender's timer), or None."""
        query = "SELECT min(not_before) FROM outbox WHERE state = 'scheduled'"
        params: tuple[object, ...] = ()
        if account is not None:
            query += " AND account = ?"
            params = (account,)
        with self._db.read() as conn:
            value = conn.execute(query, params).fetchone()[0]
        return None if value is None else from_db(value)


def _item(row: sqlite3.Row) -> OutboxItem:
    return OutboxItem(
        id=row["id"],
        account=row["account"],
        draft_id=row["draft_id"],
        payload=payload_from_json(json.loads(row["payload"])),
        state=OutboxState(row["state"]),
        not_before=from_db(row["not_before"]),
        attempts=row["attempts"],
        last_error=stored_text(row["last_error"]),
        remote_id=row["remote_id"],
        idempotency_key=row["idempotency_key"],
        created_at=from_db(row["created_at"]),
        updated_at=from_db(row["updated_at"]),
        progress=json.loads(row["progress"]),
        lease_owner=row["lease_owner"],
        lease_heartbeat=None if row["lease_heartbeat"] is None else from_db(row["lease_heartbeat"]),
    )
