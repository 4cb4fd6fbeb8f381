"""The blog's echo: each feed's conditional-GET state (ETag, Last-Modified, when it was checked) and the articles
already seen, so that an article becomes a proposal once, across restarts."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from exec_desk.storage.db import Database
from exec_desk.storage.records import maybe_from_db, to_db


@dataclass(frozen=True, slots=True)
class FeedState:
    url: str
    etag: str | None = None
    last_modified: str | None = None
    checked_at: datetime | None = None
    fetched_at: datetime | None = None
    error: str | None = None


class FeedRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    def state(self, url: str) -> FeedState:
        with self._db.read() as conn:
            row = conn.execute("SELECT * FROM feeds WHERE url = ?", (url,)).fetchone()
        if row is None:
            return FeedState(url)
        return FeedState(
            url,
            row["etag"],
            row["last_modified"],
            maybe_from_db(row["checked_at"]),
            maybe_from_db(row["fetched_at"]),
            row["error"],
        )

    def save(self, state: FeedState) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                """INSERT INTO feeds (url, etag, last_modified, checked_at, fetched_at, error)
                   VALUES (?, ?, ?, ?, ?, ?)
                   ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                       checked_at = excluded.checked_at, fetched_at = excluded.fetched_at, error = excluded.error""",
                (
                    state.url,
                    state.etag,
                    state.last_modified,
                    None if state.checked_at is None else to_db(state.checked_at),
                    None if state.fetched_at is None else to_db(state.fetched_at),
                    state.error,
                ),
            )

    def unseen(self, url: str, items: Iterable[str]) -> list[str]:
        """Of `items`, those never seen in this feed (in their order)."""
        wanted = list(dict.fromkeys(items))
        with self._db.read() as conn:
            seen = {
                r[0]
                for r in conn.execute(
                    "SELECT item FROM feed_items WHERE feed = ? AND item IN (SELECT value FROM json_each(?))",
                    (url, json.dumps(wanted)),
                )
            }
        return [item for item in wanted if item not in seen]

    def mark_seen(self, url: str, items: Iterable[str], now: datetime) -> int:
        """Record articles as seen; how many were new."""
        with self._db.transaction() as conn:
            cur = conn.executemany(
                "INSERT OR IGNORE INTO feed_items (feed, item, seen_at) VALUES (?, ?, ?)",
                [(url, item, to_db(now)) for item in items],
            )
            return cur.rowcount

    def known(self, url: str) -> bool:
        """Whether the feed was read (successfully) before."""
        return self.state(url).fetched_at is not None
