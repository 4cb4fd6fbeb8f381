"""The cache of what X returned: posts, their authors and media, and which source brought each post.

Reads are paid per resource, so everything fetched is kept: `known_ids` lets a fetch stop at the first post already
cached, and `posts_for_sources` serves a session without another call. Lists of ids go to SQLite as one JSON
parameter (`json_each`), so their length is not limited by SQLite's variable count.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime

from exec_desk.core.models import Media, Metrics, Page, Post, User
from exec_desk.storage.db import Database
from exec_desk.storage.records import dumps, from_db, to_db

_IDS = "(SELECT value FROM json_each(?))"


class PostRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    def upsert_page(self, account: str, page: Page, fetched_at: datetime, *, source_id: int | None = None) -> int:
        """Store a page's posts, included posts, users and media; link its posts to `source_id`.

        Returns the number of posts of the page (not counting included ones) that were not cached before.
        """
        with self._db.transaction() as conn:
            new = len(page.posts) - len(self._known(conn, account, [p.id for p in page.posts]))
            self._users(conn, account, page.users.values(), fetched_at)
            self._media(conn, account, page.media.values())
            self._posts(conn, account, [*page.included_posts.values(), *page.posts], fetched_at)
            if source_id is not None:
                conn.executemany(
                    """INSERT OR IGNORE INTO post_sources (account, post_id, source_id, group_id, created_at)
                       SELECT ?, ?, id, group_id, ? FROM sources WHERE id = ? AND account = ?""",
                    [(account, post.id, to_db(post.created_at), source_id, account) for post in page.posts],
                )
                # A list's (or an account's) authors are its members: kept when their posts are forgotten.
                conn.executemany(
                    """INSERT INTO source_members (account, source_id, user_id, seen_at)
                       SELECT ?, id, ?, ? FROM sources WHERE id = ? AND account = ? AND kind IN ('list', 'user')
                       ON CONFLICT (account, source_id, user_id) DO UPDATE SET seen_at = excluded.seen_at""",
                    [
                        (account, author, to_db(fetched_at), source_id, account)
                        for author in sorted({p.author_id for p in page.posts})
                    ],
                )
        return new

    def upsert_posts(self, account: str, posts: Iterable[Post], fetched_at: datetime) -> None:
        with self._db.transaction() as conn:
            self._posts(conn, account, list(posts), fetched_at)

    def upsert_users(self, account: str, users: Iterable[User], fetched_at: datetime) -> None:
        with self._db.transaction() as conn:
            self._users(conn, account, users, fetched_at)

    def get(self, account: str, post_id: str) -> Post | None:
        return self.get_many(account, [post_id]).get(post_id)

    def get_many(self, account: str, post_ids: Sequence[str]) -> dict[str, Post]:
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT * FROM posts WHERE account = ? AND id IN {_IDS}", (account, json.dumps(list(post_ids)))
            ).fetchall()
        return {row["id"]: post_from_row(row) for row in rows}

    def known_ids(self, account: str, post_ids: Sequence[str]) -> set[str]:
        """The ids among `post_ids` already cached."""
        with self._db.read() as conn:
            return self._known(conn, account, post_ids)

    def posts_for_sources(
        self,
        account: str,
        source_ids: Sequence[int],
        *,
        unread_only: bool = False,
        read_only: bool = False,
        limit: int = 200,
        since: datetime | None = None,
    ) -> list[Post]:
        """Cached posts brought by any of `source_ids`, newest first, optionally only those not read yet (or only
        those read) and only those created at or after `since`. Each source's are read newest first from its own
        index (schema 12), which stops at `limit`: a quiet source no longer costs a walk through every source's
        posts of the week."""
        if unread_only and read_only:
            raise ValueError("unread_only and read_only exclude each other")
        seen = "EXISTS (SELECT 1 FROM read_state r WHERE r.account = s.account AND r.post_id = s.post_id)"
        unread = f"AND NOT {seen}" if unread_only else f"AND {seen}" if read_only else ""
        recent = "AND s.created_at >= ?" if since is not None else ""
        query = f"""SELECT p.* FROM post_sources s JOIN posts p ON p.account = s.account AND p.id = s.post_id
                    WHERE s.account = ? AND s.source_id = ? {recent} {unread}
                    ORDER BY s.created_at DESC, s.post_id DESC LIMIT ?"""
        after = [to_db(since)] if since is not None else []
        found: dict[str, Post] = {}
        with self._db.read() as conn:
            for source_id in dict.fromkeys(source_ids):
                for row in conn.execute(query, (account, source_id, *after, limit)).fetchall():
                    if row["id"] not in found:
                        found[row["id"]] = post_from_row(row)
        if len(source_ids) > 1:
            newest_first = sorted(found.values(), key=lambda p: (p.created_at, p.id), reverse=True)
            return newest_first[:limit]
        return list(found.values())

    def conversation(self, account: str, conversation_id: str, *, limit: int = 500) -> list[Post]:
        """The cached posts of a conversation (the one that started it included), oldest first."""
        with self._db.read() as conn:
            rows = conn.execute(
                """SELECT * FROM posts WHERE account = ? AND conversation_id = ?
                   ORDER BY created_at, id LIMIT ?""",
                (account, conversation_id, limit),
            ).fetchall()
        return [post_from_row(row) for row in rows]

    def sources_of(self, account: str, post_id: str) -> list[int]:
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT source_id FROM post_sources WHERE account = ? AND post_id = ? ORDER BY source_id",
                (account, post_id),
            ).fetchall()
        return [int(row[0]) for row in rows]

    def user(self, account: str, user_id: str) -> User | None:
        return self.users(account, [user_id]).get(user_id)

    def users(self, account: str, user_ids: Sequence[str]) -> dict[str, User]:
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT * FROM users WHERE account = ? AND id IN {_IDS}", (account, json.dumps(list(user_ids)))
            ).fetchall()
        return {
            row["id"]: User(
                id=row["id"],
                username=row["username"],
                name=row["name"],
                profile_image_url=row["profile_image_url"],
                verified=bool(row["verified"]),
            )
            for row in rows
        }

    def users_to_fetch(self, account: str, user_ids: Sequence[str], fetched_before: datetime) -> list[str]:
        """Those of `user_ids` the cache lacks, or last fetched before `fetched_before`."""
        wanted = list(dict.fromkeys(i for i in user_ids if i))
        if not wanted:
            return []
        with self._db.read() as conn:
            fresh = {
                row[0]
                for row in conn.execute(
                    f"SELECT id FROM users WHERE account = ? AND id IN {_IDS} AND fetched_at >= ?",
                    (account, json.dumps(wanted), to_db(fetched_before)),
                )
            }
        return [i for i in wanted if i not in fresh]

    def media(self, account: str, media_keys: Sequence[str]) -> dict[str, Media]:
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT * FROM media WHERE account = ? AND media_key IN {_IDS}",
                (account, json.dumps(list(media_keys))),
            ).fetchall()
        return {
            row["media_key"]: Media(
                media_key=row["media_key"],
                type=row["type"],
                url=row["url"],
                preview_image_url=row["preview_image_url"],
                alt_text=row["alt_text"],
            )
            for row in rows
        }

    def prune(self, account: str, fetched_before: datetime) -> int:
        """Forget cached posts fetched before a time (their read state is kept); return how many."""
        with self._db.transaction() as conn:
            return conn.execute(
                "DELETE FROM posts WHERE account = ? AND fetched_at < ?", (account, to_db(fetched_before))
            ).rowcount

    @staticmethod
    def _known(conn: sqlite3.Connection, account: str, post_ids: Sequence[str]) -> set[str]:
        rows = conn.execute(
            f"SELECT id FROM posts WHERE account = ? AND id IN {_IDS}", (account, json.dumps(list(post_ids)))
        ).fetchall()
        return {row[0] for row in rows}

    @staticmethod
    def _posts(conn: sqlite3.Connection, account: str, posts: Sequence[Post], fetched_at: datetime) -> None:
        conn.executemany(
            """INSERT INTO posts (account, id, author_id, text, created_at, conversation_id, retweet_of, quote_of,
                                  reply_to, urls, mentions, media_keys, metrics, lang, fetched_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (account, id) DO UPDATE SET author_id = excluded.author_id, text = excluded.text,
                   created_at = excluded.created_at, conversation_id = excluded.conversation_id,
                   retweet_of = excluded.retweet_of, quote_of = excluded.quote_of, reply_to = excluded.reply_to,
                   urls = excluded.urls, mentions = excluded.mentions, media_keys = excluded.media_keys,
                   metrics = excluded.metrics, lang = excluded.lang, fetched_at = excluded.fetched_at""",
            [
                (
                    account,
                    p.id,
                    p.author_id,
                    p.text,
                    to_db(p.created_at),
                    p.conversation_id,
                    p.retweet_of,
                    p.quote_of,
                    p.reply_to,
                    dumps(list(p.urls)),
                    dumps(list(p.mentions)),
                    dumps(list(p.media_keys)),
                    dumps(_metrics_dict(p.metrics)),
                    p.lang,
                    to_db(fetched_at),
                )
                for p in posts
            ],
        )

    @staticmethod
    def _users(conn: sqlite3.Connection, account: str, users: Iterable[User], fetched_at: datetime) -> None:
        conn.executemany(
            """INSERT INTO users (account, id, username, name, profile_image_url, verified, fetched_at)
               VALUES (?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (account, id) DO UPDATE SET username = excluded.username, name = excluded.name,
                   profile_image_url = excluded.profile_image_url, verified = excluded.verified,
                   fetched_at = excluded.fetched_at""",
            [
                (account, u.id, u.username, u.name, u.profile_image_url, int(u.verified), to_db(fetched_at))
                for u in users
            ],
        )

    @staticmethod
    def _media(conn: sqlite3.Connection, account: str, media: Iterable[Media]) -> None:
        conn.executemany(
            """INSERT INTO media (account, media_key, type, url, preview_image_url, alt_text)
               VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT (account, media_key) DO UPDATE SET type = excluded.type, url = excluded.url,
                   preview_image_url = excluded.preview_image_url, alt_text = excluded.alt_text""",
            [(account, m.media_key, m.type, m.url, m.preview_image_url, m.alt_text) for m in media],
        )


def _metrics_dict(metrics: Metrics) -> dict[str, int]:
    return {
        "retweet_count": metrics.retweet_count,
        "reply_count": metrics.reply_count,
        "like_count": metrics.like_count,
        "quote_count": metrics.quote_count,
    }


def post_from_row(row: sqlite3.Row) -> Post:
    """A `posts` row as a `Post`."""
    metrics = json.loads(row["metrics"])
    return Post(
        id=row["id"],
        author_id=row["author_id"],
        text=row["text"],
        created_at=from_db(row["created_at"]),
        conversation_id=row["conversation_id"],
        retweet_of=row["retweet_of"],
        quote_of=row["quote_of"],
        reply_to=row["reply_to"],
        urls=_strings(row["urls"]),
        mentions=_strings(row["mentions"]),
        media_keys=_strings(row["media_keys"]),
        metrics=Metrics(**{k: int(v) for k, v in metrics.items() if k in Metrics.__dataclass_fields__}),
        lang=row["lang"],
    )


def _strings(column: str) -> tuple[str, ...]:
    """A JSON list column as a tuple; most are empty, and a session reads ~1,400 rows of three such columns."""
    return () if column == "[]" else tuple(json.loads(column))
