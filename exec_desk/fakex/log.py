"""The server's request log: every request with its operation and its price under X's 2026 rules.

Prices come from the fake's own price book (`prices.PriceBook`): reads per resource returned, once per resource
and user per UTC day, owned reads at the owned rate only for the developer app's owner; writes per request.
Failed requests (no 2xx answer) cost nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from exec_desk.fakex.prices import Op, PriceBook, Resource


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One request as the server saw it. `status` 0: no answer was sent (timeout, dropped connection)."""

    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    status: int
    op: Op | None
    price_micro: int
    at: datetime
    user_id: str = ""
    fault: str | None = None
    resources: Mapping[Resource, tuple[str, ...]] = field(default_factory=dict)


class RequestLog:
    """Thread-safe, append-only; iterable and indexable like a list of `LogEntry`."""

    def __init__(self) -> None:
        self._entries: list[LogEntry] = []
        self._book = PriceBook()
        self._lock = threading.Lock()

    def record(
        self,
        *,
        method: str,
        path: str,
        query: Sequence[tuple[str, str]],
        status: int,
        op: Op | None,
        at: datetime,
        user_id: str = "",
        resources: Mapping[Resource, Sequence[str]] | None = None,
        has_url: bool = False,
        is_reply: bool = False,
        fault: str | None = None,
        app_owner: bool = False,
    ) -> LogEntry:
        """Price and append one request."""
        frozen = {kind: tuple(ids) for kind, ids in (resources or {}).items()}
        with self._lock:
            price = 0
            if op is not None and 200 <= status < 300:
                price = self._book.price(
                    op, frozen, at, user_id=user_id, app_owner=app_owner, has_url=has_url, is_reply=is_reply
                )
            entry = LogEntry(method, path, tuple(query), status, op, price, at, user_id, fault, frozen)
            self._entries.append(entry)
            return entry

    def entries(self) -> list[LogEntry]:
        with self._lock:
            return list(self._entries)

    def __iter__(self) -> Iterator[LogEntry]:
        return iter(self.entries())

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def __getitem__(self, index: int) -> LogEntry:
        with self._lock:
            return self._entries[index]

    def total_micro(self, op: str | None = None) -> int:
        return sum(e.price_micro for e in self.entries() if op is None or e.op == op)

    def calls(self, op: str | None = None, *, status: int | None = None) -> list[LogEntry]:
        """Entries of `op` (any operation if None; compared by name, so the app's `Op` works as well), optionally
        only those answered with `status`."""
        return [e for e in self.entries() if (op is None or e.op == op) and (status is None or e.status == status)]

    def paths(self) -> list[str]:
        return [f"{e.method} {e.path}" for e in self.entries()]

    def clear(self) -> None:
        """Forget the entries (the daily charge book is kept: what was billed today stays billed)."""
        with self._lock:
            self._entries.clear()
