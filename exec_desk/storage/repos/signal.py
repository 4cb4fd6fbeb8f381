"""What the radar and the response clocks keep: posts handled (replied to, retweeted, dismissed), the spikes
read and what the radar holds of its watch search; and the reads they need of the cache: who is who (the group
that brings an author's posts), the user's own posts, recent posts to count, a company's recent posts."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from exec_desk.core.models import Post
from exec_desk.core.signal.radar import WatchMark
from exec_desk.storage.db import Database
from exec_desk.storage.records import from_db, to_db
from exec_desk.storage.repos.posts import post_from_row

_IDS = "(SELECT value FROM json_each(?))"
HOW = ("replied", "retweeted", "dismissed")


@dataclass(frozen=True, slots=True)
class Handled:
    """A post handled: how, and when."""

    post_id: str
    how: str
    at: datetime


@dataclass(frozen=True, slots=True)
class SpikeRecord:
    """A spike as it was read, and whether the user was told."""

    term: str
    at: datetime
    last_hour: int
    baseline: float
    notified: bool


class SignalRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- handled posts ----------------------------------------------------------------------------------------
    def mark_handled(self, account: str, post_id: str, how: str, at: datetime) -> bool:
        """Log that a post was handled; the first time counts. True when it was not handled before."""
        if how not in HOW:
            raise ValueError(f"a post is handled by one of {HOW}, not {how!r}")
        with self._db.transaction() as conn:
            return (
                conn.execute(
                    "INSERT OR IGNORE INTO handled (account, post_id, how, at) VALUES (?, ?, ?, ?)",
                    (account, post_id, how, to_db(at)),
                ).rowcount
                > 0
            )

    def handled(self, account: str, post_ids: Sequence[str] | None = None) -> dict[str, Handled]:
        """The posts handled (all of them, or those of `post_ids`)."""
        query = "SELECT post_id, how, at FROM handled WHERE account = ?"
        params: tuple[object, ...] = (account,)
        if post_ids is not None:
            query += f" AND post_id IN {_IDS}"
            params += (json.dumps(list(post_ids)),)
        with self._db.read() as conn:
            rows = conn.execute(query, params).fetchall()
        return {row[0]: Handled(row[0], row[1], from_db(row[2])) for row in rows}

    # -- spikes -----------------------------------------------------------------------------------------------
    def record_spike(self, account: str, term: str, at: datetime, last_hour: int, baseline: float) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                """INSERT OR REPLACE INTO radar_spikes (account, term, at, last_hour, baseline, notified)
                   VALUES (?, ?, ?, ?, ?, 0)""",
                (account, term, to_db(at), last_hour, baseline),
            )

    def mark_notified(self, account: str, term: str, at: datetime) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE radar_spikes SET notified = 1 WHERE account = ? AND term = ? AND at = ?",
                (account, term, to_db(at)),
            )

    def spikes_since(self, account: str, since: datetime) -> list[SpikeRecord]:
        """The spikes read since `since`, oldest first."""
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT * FROM radar_spikes WHERE account = ? AND at >= ? ORDER BY at, term",
                (account, to_db(since)),
            ).fetchall()
        return [
            SpikeRecord(row["term"], from_db(row["at"]), row["last_hour"], row["baseline"], bool(row["notified"]))
            for row in rows
        ]

    # -- the radar's watch mark -------------------------------------------------------------------------------
    def watch_mark(self, account: str) -> WatchMark | None:
        """What the radar holds of the account's watch search (None: nothing yet)."""
        with self._db.read() as conn:
            row = conn.execute("SELECT * FROM watch_marks WHERE account = ?", (account,)).fetchone()
        if row is None:
            return None
        held = tuple((from_db(start), from_db(end)) for start, end in json.loads(row["held"]))
        return WatchMark(row["source_id"], from_db(row["read_to"]), row["newest_id"], held)

    def save_watch_mark(self, account: str, mark: WatchMark) -> None:
        held = json.dumps([[to_db(start), to_db(end)] for start, end in mark.held])
        with self._db.transaction() as conn:
            conn.execute(
                """INSERT OR REPLACE INTO watch_marks (account, source_id, read_to, newest_id, held)
                   VALUES (?, ?, ?, ?, ?)""",
                (account, mark.source_id, to_db(mark.read_to), mark.newest_id, held),
            )

    # -- reads of the cache -----------------------------------------------------------------------------------
    def author_groups(self, account: str) -> dict[str, str]:
        """Author id → the name of the group whose lists or accounts brought their posts (not home, mentions or
        searches: those bring anyone), from the sources' members (kept when the posts are forgotten, so a mention
        read alone still knows its author's role). An author in several groups takes the highest priority's."""
        with self._db.read() as conn:
            # The distinct (author, group) pairs first, the groups' names and order after: with 100,000 cached
            # posts this takes half the time of grouping the joined rows by name (a session's start waits on it).
            rows = conn.execute(
                """SELECT m.user_id, g.name FROM source_members m
                   JOIN sources s ON s.id = m.source_id
                   JOIN groups g ON g.id = s.group_id
                   WHERE m.account = ? AND s.kind IN ('list', 'user')
                   GROUP BY m.user_id, g.id
                   ORDER BY g.priority ASC, g.position DESC""",
                (account,),
            ).fetchall()
        return {row[0]: row[1] for row in rows}  # the last (highest priority) wins

    def own_post_ids(self, account: str, user_id: str, since: datetime) -> set[str]:
        """The user's own cached posts created since `since`."""
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT id FROM posts WHERE account = ? AND author_id = ? AND created_at >= ?",
                (account, user_id, to_db(since)),
            ).fetchall()
        return {row[0] for row in rows}

    def posts_between(self, account: str, since: datetime, until: datetime | None = None) -> list[Post]:
        """Cached posts created in `[since, until)`, newest first (the radar counts them)."""
        query = "SELECT * FROM posts WHERE account = ? AND created_at >= ?"
        params: list[object] = [account, to_db(since)]
        if until is not None:
            query += " AND created_at < ?"
            params.append(to_db(until))
        with self._db.read() as conn:
            rows = conn.execute(query + " ORDER BY created_at DESC, id DESC", params).fetchall()
        return [post_from_row(row) for row in rows]

    def posts_by(self, account: str, author_ids: Sequence[str], since: datetime) -> list[Post]:
        """Cached original posts (no retweets, no replies) of `author_ids` created since `since`, newest first."""
        with self._db.read() as conn:
            rows = conn.execute(
                f"""SELECT * FROM posts WHERE account = ? AND author_id IN {_IDS} AND created_at >= ?
                    AND retweet_of IS NULL AND reply_to IS NULL ORDER BY created_at DESC, id DESC""",
                (account, json.dumps(list(author_ids)), to_db(since)),
            ).fetchall()
        return [post_from_row(row) for row in rows]

    def seen_at(self, account: str, post_ids: Sequence[str]) -> dict[str, datetime]:
        """When each of `post_ids` was first seen (those never seen are left out)."""
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT post_id, seen_at FROM read_state WHERE account = ? AND post_id IN {_IDS}",
                (account, json.dumps(list(post_ids))),
            ).fetchall()
        return {row[0]: from_db(row[1]) for row in rows}

    def user_ids_by_name(self, account: str, usernames: Sequence[str]) -> dict[str, str]:
        """Cached users' ids by username (case ignored): `{lower-case username: id}`."""
        names = [n.lower().lstrip("@") for n in usernames]
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT lower(username), id FROM users WHERE account = ? AND lower(username) IN {_IDS}",
                (account, json.dumps(names)),
            ).fetchall()
        return {row[0]: row[1] for row in rows}
