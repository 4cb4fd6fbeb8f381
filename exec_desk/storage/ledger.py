"""The API-cost ledger: every X call with its price, durable, so sessions and months show what they cost.

Prices follow `exec_desk.core.pricing`: a read is charged per resource returned, once per account, UTC day and
(kind, id) — the `api_charged` table remembers what was already paid today (`INSERT OR IGNORE`, and only inserted
rows are charged); owned reads cost the owned price when the user owns the developer app. A write is charged per
request when X accepted it (2xx), or when it may have been applied (a timeout after sending: recorded at its price
and marked `maybe`); a post with a URL costs $0.20, a reply is priced as a summoned reply. A refused or failed
call is recorded at 0.

`Ledger` implements `exec_desk.core.calls.CallRecorder`; it is thread-safe through the store's lock. Whoever
wants to know when the spend changed subscribes (`subscribe`): the callback runs after each recorded call, on the
thread that recorded it. `daily` sums the lines of a period by UTC day and operation (the spend view).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from exec_desk.core.calls import CallRecord
from exec_desk.core.pricing import Resource, is_write, read_unit_price, utc_day, write_price
from exec_desk.storage.records import ApiCall, from_db, to_db
from exec_desk.storage.store import Store


@dataclass(frozen=True, slots=True)
class DailyOp:
    """The ledger lines of one UTC day and one operation: how many calls, what they cost (micro-dollars)."""

    day: date
    op: str
    calls: int
    price_micro: int


class Ledger:
    """Records calls and sums their prices (micro-dollars). `account=None` in a query means every account."""

    def __init__(self, store: Store) -> None:
        self._db = store.database
        self._listeners: tuple[Callable[[CallRecord, int], None], ...] = ()

    def subscribe(self, listener: Callable[[CallRecord, int], None]) -> Callable[[], None]:
        """Call `listener(call, price)` after each recorded call (on the recording thread); returns the way to
        stop."""
        self._listeners = (*self._listeners, listener)

        def unsubscribe() -> None:
            self._listeners = tuple(one for one in self._listeners if one is not listener)

        return unsubscribe

    def record(self, call: CallRecord) -> int:
        """Store the call; return its price in micro-dollars."""
        with self._db.transaction() as conn:
            maybe = False
            if is_write(call.op):
                accepted = 200 <= call.status < 300
                maybe = not accepted and call.maybe_applied
                billed = accepted or maybe
                price = write_price(call.op, has_url=call.has_url, is_reply=call.is_reply) if billed else 0
            else:
                price = 0
                day = utc_day(call.at).isoformat()
                for kind, ids in call.resources.items():
                    unique = list(dict.fromkeys(ids))
                    if not unique:
                        continue
                    resource = Resource(kind)
                    inserted = conn.executemany(
                        "INSERT OR IGNORE INTO api_charged (account, day, kind, resource_id) VALUES (?, ?, ?, ?)",
                        [(call.account, day, resource.value, rid) for rid in unique],
                    ).rowcount
                    price += inserted * read_unit_price(call.op, resource, app_owner=call.app_owner)
            conn.execute(
                "INSERT INTO api_calls (account, at, op, status, price_micro, ref, maybe) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (call.account, to_db(call.at), call.op.value, call.status, price, call.ref, int(maybe)),
            )
        for listener in self._listeners:
            listener(call, price)
        return price

    def total(self, account: str | None, since: datetime, until: datetime | None = None) -> int:
        """Sum of prices of calls made at or after `since` and before `until` (no end if None)."""
        query = "SELECT coalesce(sum(price_micro), 0) FROM api_calls WHERE at >= ?"
        params: list[object] = [to_db(since)]
        if until is not None:
            query += " AND at < ?"
            params.append(to_db(until))
        if account is not None:
            query += " AND account = ?"
            params.append(account)
        with self._db.read() as conn:
            return int(conn.execute(query, params).fetchone()[0])

    def charged_today(self, account: str, resource: Resource, ids: Sequence[str], now: datetime) -> set[str]:
        """Those of `ids` already billed today (UTC): X returns them again today for free."""
        if not ids:
            return set()
        with self._db.read() as conn:
            rows = conn.execute(
                """SELECT resource_id FROM api_charged WHERE account = ? AND day = ? AND kind = ?
                   AND resource_id IN (SELECT value FROM json_each(?))""",
                (account, utc_day(now).isoformat(), resource.value, json.dumps(list(ids))),
            ).fetchall()
        return {str(row[0]) for row in rows}

    def session_cost(self, account: str | None, started: datetime, ended: datetime | None = None) -> int:
        """What a session cost: its calls from `started` up to `ended` (still running if None)."""
        return self.total(account, started, ended)

    def month_to_date(self, account: str | None, now: datetime) -> int:
        """Spent since the first day of `now`'s UTC month (X bills by UTC day)."""
        start = now.astimezone(UTC).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        return self.total(account, start)

    def daily(self, account: str | None, since: datetime, until: datetime) -> list[DailyOp]:
        """The lines of a period summed by UTC day and operation, in day order (times are stored in UTC)."""
        query = """SELECT substr(at, 1, 10) AS day, op, count(*) AS calls, coalesce(sum(price_micro), 0) AS price
                   FROM api_calls WHERE at >= ? AND at < ?"""
        params: list[object] = [to_db(since), to_db(until)]
        if account is not None:
            query += " AND account = ?"
            params.append(account)
        with self._db.read() as conn:
            rows = conn.execute(query + " GROUP BY day, op ORDER BY day, op", params).fetchall()
        return [DailyOp(date.fromisoformat(r["day"]), r["op"], int(r["calls"]), int(r["price"])) for r in rows]

    def calls(
        self, account: str | None, since: datetime, until: datetime | None = None, *, ops: Iterable[str] | None = None
    ) -> list[ApiCall]:
        """The ledger lines of a period, oldest first (for a cost breakdown); only those of `ops` when given."""
        query = "SELECT * FROM api_calls WHERE at >= ?"
        params: list[object] = [to_db(since)]
        if ops is not None:
            query += " AND op IN (SELECT value FROM json_each(?))"
            params.append(json.dumps(sorted(str(op) for op in ops)))
        if until is not None:
            query += " AND at < ?"
            params.append(to_db(until))
        if account is not None:
            query += " AND account = ?"
            params.append(account)
        with self._db.read() as conn:
            rows = conn.execute(query + " ORDER BY at, id", params).fetchall()
        return [
            ApiCall(
                id=row["id"],
                account=row["account"],
                at=from_db(row["at"]),
                op=row["op"],
                status=row["status"],
                price_micro=row["price_micro"],
                ref=row["ref"],
                maybe=bool(row["maybe"]),
            )
            for row in rows
        ]
