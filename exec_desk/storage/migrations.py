"""The database schema as an ordered list of migrations, tracked with `PRAGMA user_version`.

Version N of the schema is what migrations 1..N build. Each migration runs in its own transaction together with
the `user_version` bump, so a crash leaves the database at the previous version, never half-migrated. Never edit
a shipped migration: append a new one (and a test row for it in tests/unit/storage/test_migrations.py).

Every table is account-aware: rows carry the key of the account they belong to.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from exec_desk.storage.errors import StoreError


class NewerSchemaError(StoreError):
    """The database was written by a newer Exec Desk (schema version above `LATEST`); it was left untouched. The
    message is one line, the same for every command (see `exec_desk.cli.profile`)."""

    def __init__(self, version: int, path: object | None = None) -> None:
        where = "The database" if path is None else f"The database {path}"
        super().__init__(
            f"{where} was written by a newer version of Exec Desk (schema version {version}; this version knows up "
            f"to {LATEST}). Update Exec Desk, or start it with another --basedir. The database was left untouched."
        )
        self.version = version


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


_V1 = (
    """CREATE TABLE accounts (
        key TEXT PRIMARY KEY,
        user_id TEXT NOT NULL,
        username TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        auth_kind TEXT NOT NULL CHECK (auth_kind IN ('oauth2', 'oauth1')),
        api_base_url TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE users (
        account TEXT NOT NULL REFERENCES accounts(key) ON DELETE CASCADE,
        id TEXT NOT NULL,
        username TEXT NOT NULL,
        name TEXT NOT NULL,
        profile_image_url TEXT,
        verified INTEGER NOT NULL DEFAULT 0,
        fetched_at TEXT NOT NULL,
        PRIMARY KEY (account, id)
    )""",
    """CREATE TABLE posts (
        account TEXT NOT NULL REFERENCES accounts(key) ON DELETE CASCADE,
        id TEXT NOT NULL,
        author_id TEXT NOT NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        conversation_id TEXT,
        retweet_of TEXT,
        quote_of TEXT,
        reply_to TEXT,
        urls TEXT NOT NULL DEFAULT '[]',
        mentions TEXT NOT NULL DEFAULT '[]',
        media_keys TEXT NOT NULL DEFAULT '[]',
        metrics TEXT NOT NULL DEFAULT '{}',
        lang TEXT,
        fetched_at TEXT NOT NULL,
        PRIMARY KEY (account, id)
    )""",
    """CREATE TABLE media (
        account TEXT NOT NULL REFERENCES accounts(key) ON DELETE CASCADE,
        media_key TEXT NOT NULL,
        type TEXT NOT NULL,
        url TEXT,
        preview_image_url TEXT,
        alt_text TEXT,
        PRIMARY KEY (account, media_key)
    )""",
    """CREATE TABLE groups (
        id INTEGER PRIMARY KEY,
        account TEXT NOT NULL REFERENCES accounts(key) ON DELETE CASCADE,
        name TEXT NOT NULL,
        priority INTEGER NOT NULL DEFAULT 0,
        quota INTEGER NOT NULL DEFAULT 0,
        position INTEGER NOT NULL DEFAULT 0,
        UNIQUE (account, name)
    )""",
    """CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        account TEXT NOT NULL REFERENCES accounts(key) ON DELETE CASCADE,
        group_id INTEGER REFERENCES groups(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('list', 'user', 'search', 'home', 'mentions')),
        ref TEXT NOT NULL DEFAULT '',
        label TEXT NOT NULL DEFAULT '',
        cursor_newest_id TEXT,
        last_fetched_at TEXT,
        UNIQUE (account, kind, ref)
    )""",
    """CREATE TABLE post_sources (
        account TEXT NOT NULL REFERENCES accounts(key) ON DELETE CASCADE,
        post_id TEXT NOT NULL,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        group_id INTEGER REFERENCES groups(id) ON DELETE CASCADE,
        PRIMARY KEY (account, post_id, source_id),
        FOREIGN KEY (account, post_id) REFERENCES posts(account, id) ON DELETE CASCADE
    )""",
    """CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        account TEXT NOT NULL REFERENCES accounts(key) ON DELETE CASCADE,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        planned_seconds INTEGER NOT NULL,
        read_count INTEGER NOT NULL DEFAULT 0,
        amplified_count INTEGER NOT NULL DEFAULT 0,
        posted_count INTEGER NOT NULL DEFAULT 0,
        cost_micro INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE read_state (
        account TEXT NOT NULL REFERENCES accounts(key) ON DELETE CASCADE,
        post_id TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
        PRIMARY KEY (account, post_id)
    )""",
    """CREATE TABLE drafts (
        id INTEGER PRIMARY KEY,
        account TEXT NOT NULL REFERENCES accounts(key) ON DELETE CASCADE,
        text TEXT NOT NULL DEFAULT '',
        parts TEXT NOT NULL DEFAULT '[]',
        media TEXT NOT NULL DEFAULT '[]',
        reply_to TEXT,
        quote_of TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        account TEXT NOT NULL REFERENCES accounts(key) ON DELETE CASCADE,
        draft_id INTEGER REFERENCES drafts(id) ON DELETE SET NULL,
        payload TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'scheduled'
            CHECK (state IN ('scheduled', 'sending', 'uncertain', 'sent', 'failed')),
        not_before TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        remote_id TEXT,
        idempotency_key TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    # The ledger keeps no foreign key: calls made while signing in come before the account row exists.
    """CREATE TABLE api_calls (
        id INTEGER PRIMARY KEY,
        account TEXT NOT NULL,
        at TEXT NOT NULL,
        op TEXT NOT NULL,
        status INTEGER NOT NULL,
        price_micro INTEGER NOT NULL,
        ref TEXT
    )""",
)

_V2 = (
    # X charges a read resource once per UTC day: one row per (account, day, kind, id) already paid for.
    """CREATE TABLE api_charged (
        account TEXT NOT NULL,
        day TEXT NOT NULL,
        kind TEXT NOT NULL,
        resource_id TEXT NOT NULL,
        PRIMARY KEY (account, day, kind, resource_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX api_calls_by_time ON api_calls (account, at)",
    "CREATE INDEX posts_by_time ON posts (account, created_at)",
    "CREATE INDEX outbox_due ON outbox (state, not_before)",
    "CREATE INDEX sources_by_group ON sources (group_id)",
    "CREATE INDEX post_sources_by_source ON post_sources (source_id)",
    "CREATE INDEX read_state_by_session ON read_state (session_id)",
    "CREATE INDEX outbox_by_draft ON outbox (draft_id)",
)

_V3 = (
    # What a multi-step write has done so far (a thread's sent parts, uploaded media ids), saved after each step
    # so that a retry or a restart resumes with the next step instead of doing one twice.
    "ALTER TABLE outbox ADD COLUMN progress TEXT NOT NULL DEFAULT '{}'",
)

_OUTBOX_COLUMNS = (
    "id, account, draft_id, payload, state, not_before, attempts, last_error, remote_id, idempotency_key, "
    "created_at, updated_at, progress"
)
_V4 = (
    # Ids of drafts and outbox items are never used again once their row is deleted (AUTOINCREMENT): work still
    # queued for a deleted draft or item (a late delete, a check of an uncertain send) can never reach a newer
    # row that was given the same id. SQLite cannot add AUTOINCREMENT to a table, so both are rebuilt: copied into
    # new tables (the new outbox refers to the new drafts), the old ones dropped, the new ones renamed.
    """CREATE TABLE drafts_v4 (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        account TEXT NOT NULL REFERENCES accounts(key) ON DELETE CASCADE,
        text TEXT NOT NULL DEFAULT '',
        parts TEXT NOT NULL DEFAULT '[]',
        media TEXT NOT NULL DEFAULT '[]',
        reply_to TEXT,
        quote_of TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "INSERT INTO drafts_v4 SELECT id, account, text, parts, media, reply_to, quote_of, created_at, updated_at "
    "FROM drafts",
    """CREATE TABLE outbox_v4 (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        account TEXT NOT NULL REFERENCES accounts(key) ON DELETE CASCADE,
        draft_id INTEGER REFERENCES drafts_v4(id) ON DELETE SET NULL,
        payload TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'scheduled'
            CHECK (state IN ('scheduled', 'sending', 'uncertain', 'sent', 'failed')),
        not_before TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        remote_id TEXT,
        idempotency_key TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        progress TEXT NOT NULL DEFAULT '{}'
    )""",
    f"INSERT INTO outbox_v4 ({_OUTBOX_COLUMNS}) SELECT {_OUTBOX_COLUMNS} FROM outbox",
    "DROP TABLE outbox",
    "DROP TABLE drafts",
    "ALTER TABLE drafts_v4 RENAME TO drafts",  # outbox_v4's foreign key follows the rename
    "ALTER TABLE outbox_v4 RENAME TO outbox",
    "CREATE INDEX outbox_due ON outbox (state, not_before)",
    "CREATE INDEX outbox_by_draft ON outbox (draft_id)",
)

_V5 = (
    # Owned reads cost $0.001 only when the signed-in user owns the developer app; asked at sign-in.
    "ALTER TABLE accounts ADD COLUMN app_owner INTEGER NOT NULL DEFAULT 0",
    # A write that may have been applied (a timeout after sending) is recorded at its price, marked "maybe".
    "ALTER TABLE api_calls ADD COLUMN maybe INTEGER NOT NULL DEFAULT 0",
    # A source X says no longer exists (a deleted or private list, a suspended account): when and why.
    "ALTER TABLE sources ADD COLUMN gone_at TEXT",
    "ALTER TABLE sources ADD COLUMN gone_reason TEXT",
)

_V6 = (
    # The lease of an item in flight ('sending'): which process sends it (host, boot, pid and the process's start
    # time, as JSON) and when that process last said it was still at it. Start-up recovery takes over only an
    # item whose owner is gone (see services.outbox_lease).
    "ALTER TABLE outbox ADD COLUMN lease_owner TEXT",
    "ALTER TABLE outbox ADD COLUMN lease_heartbeat TEXT",
)

_V7 = (
    # The team's approval deck: one row per proposal seen (a file of the deck folder, or an article of a feed), its
    # decision and what became of the post. `origin` is the folder (or the feed's address) it came from; `content`
    # holds a feed's proposal (a folder's proposal is its file). `decision_written`: the decision file beside the
    # proposal says what this row says (0: to be written when the folder is back).
    """CREATE TABLE deck (
        account TEXT NOT NULL,
        origin TEXT NOT NULL,
        proposal TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('folder', 'feed')),
        content TEXT NOT NULL DEFAULT '{}',
        first_seen TEXT NOT NULL,
        decision TEXT CHECK (decision IN ('approved', 'edited', 'rejected')),
        decided_by TEXT,
        decided_at TEXT,
        reason TEXT,
        outbox_id INTEGER,
        outcome TEXT,
        post_ids TEXT NOT NULL DEFAULT '[]',
        sent_at TEXT,
        decision_written INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (account, origin, proposal)
    )""",
    "CREATE INDEX deck_by_outbox ON deck (outbox_id)",
    # The local audit log: append-only (the triggers refuse any change or deletion).
    """CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        account TEXT NOT NULL DEFAULT '',
        event TEXT NOT NULL,
        proposal TEXT NOT NULL DEFAULT '',
        actor TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        post_id TEXT NOT NULL DEFAULT '',
        link TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT '{}'
    )""",
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    # The blog's echo: each feed's conditional-GET state, and every article already seen (never proposed twice).
    """CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        checked_at TEXT,
        fetched_at TEXT,
        error TEXT
    )""",
    """CREATE TABLE feed_items (
        feed TEXT NOT NULL,
        item TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (feed, item)
    ) WITHOUT ROWID""",
)

_V8 = (
    # The response clocks' log: the first time a post was handled (replied to, retweeted, or dismissed with `x`),
    # so an open clock closes and the week counts the mentions handled in time.
    """CREATE TABLE handled (
        account TEXT NOT NULL REFERENCES accounts(key) ON DELETE CASCADE,
        post_id TEXT NOT NULL,
        how TEXT NOT NULL CHECK (how IN ('replied', 'retweeted', 'dismissed')),
        at TEXT NOT NULL,
        PRIMARY KEY (account, post_id)
    )""",
    # The radar's spikes, as read: a spike is notified once (a later reading of the same spike is not).
    """CREATE TABLE radar_spikes (
        account TEXT NOT NULL REFERENCES accounts(key) ON DELETE CASCADE,
        term TEXT NOT NULL,
        at TEXT NOT NULL,
        last_hour INTEGER NOT NULL,
        baseline REAL NOT NULL,
        notified INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (account, term, at)
    )""",
    "CREATE INDEX radar_spikes_by_time ON radar_spikes (account, at)",
)


_V9 = (
    # Notices given once (the 80 % and 100 % of a month's API budget): what was said to which account, and when.
    # Inserting the key claims it, so a notice is given once even across restarts or by two processes.
    """CREATE TABLE notices (
        account TEXT NOT NULL,
        key TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (account, key)
    ) WITHOUT ROWID""",
)


_V10 = (
    # How many posts a session showed (its queue), beside how many were read: the others come back next time, and
    # the summary of a past session (tray → Last session) says so too.
    "ALTER TABLE sessions ADD COLUMN shown_count INTEGER NOT NULL DEFAULT 0",
    # A thread opened in a session (Enter) gathers the cached posts of its conversation.
    "CREATE INDEX posts_by_conversation ON posts (account, conversation_id)",
)


_V11 = (
    # Who belongs to each list (or account) source: the authors its pages brought. Kept apart from the cached posts
    # so that a journalist's or client's mention gets its response clock even when only the mentions were read
    # (their list posts not fetched this time, or already forgotten). Seeded from the posts already linked.
    """CREATE TABLE source_members (
        account TEXT NOT NULL REFERENCES accounts(key) ON DELETE CASCADE,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        user_id TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (account, source_id, user_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX source_members_by_source ON source_members (source_id)",
    """INSERT OR IGNORE INTO source_members (account, source_id, user_id, seen_at)
       SELECT ps.account, ps.source_id, p.author_id, MAX(p.fetched_at) FROM post_sources ps
       JOIN sources s ON s.id = ps.source_id
       JOIN posts p ON p.account = ps.account AND p.id = ps.post_id
       WHERE s.kind IN ('list', 'user')
       GROUP BY ps.account, ps.source_id, p.author_id""",
)

_V12 = (
    # A session reads each source's newest unread posts straight from this index, instead of walking the week's
    # cached posts in time order to find that source's (issue 12: the first paint over 100,000 cached posts).
    "ALTER TABLE post_sources ADD COLUMN created_at TEXT",
    """UPDATE post_sources SET created_at = (
           SELECT p.created_at FROM posts p WHERE p.account = post_sources.account AND p.id = post_sources.post_id)""",
    "CREATE INDEX post_sources_newest ON post_sources (account, source_id, created_at, post_id)",
)

_V13 = (
    # What the radar holds of its watch search (one row per account): read up to when, its newest post, the spans
    # read whole. Kept across restarts: a start the next morning reads the last hour, not the hour and the 12 before.
    """CREATE TABLE watch_marks (
        account TEXT PRIMARY KEY REFERENCES accounts(key) ON DELETE CASCADE,
        source_id INTEGER NOT NULL,
        read_to TEXT NOT NULL,
        newest_id TEXT,
        held TEXT NOT NULL
    ) WITHOUT ROWID""",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "base tables", _V1),
    Migration(2, "daily read charges of the API-cost ledger; indexes for foreign keys and time ranges", _V2),
    Migration(3, "progress of outbox items (sent parts of a thread, uploaded media)", _V3),
    Migration(4, "ids of drafts and outbox items are never reused", _V4),
    Migration(5, "app owner of an account, uncertain writes in the ledger, sources gone from X", _V5),
    Migration(6, "the lease of an outbox item in flight: its owner process and heartbeat", _V6),
    Migration(7, "the team's approval deck, the append-only audit log, the blog feeds and their seen articles", _V7),
    Migration(8, "the response clocks' log of handled posts, and the radar's spikes", _V8),
    Migration(9, "notices given once (a month's API budget reached)", _V9),
    Migration(10, "how many posts each session showed; cached posts by conversation", _V10),
    Migration(11, "who belongs to each list or account source (the response clocks' roles)", _V11),
    Migration(12, "each source's posts by time (a session's first queue reads them directly)", _V12),
    Migration(13, "what the radar holds of its watch search, across restarts", _V13),
)
LATEST = MIGRATIONS[-1].version


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = LATEST) -> list[int]:
    """Bring the database to `target` (default: the latest version); return the versions applied.

    `conn` must be in autocommit mode (`isolation_level=None`): each migration opens its own transaction.
    """
    if conn.in_transaction:
        raise StoreError("migrations must not run inside an open transaction")
    current = schema_version(conn)
    if current > LATEST:
        raise NewerSchemaError(current)
    applied: list[int] = []
    for migration in MIGRATIONS[current:target]:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in migration.statements:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {int(migration.version)}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        applied.append(migration.version)
    return applied


def check_schema(path: Path) -> None:
    """Raise `NewerSchemaError` if the database at `path` was written by a newer Exec Desk. Reads its version
    read-only and changes nothing; a missing, unreadable or damaged file is left to `Store` (it says what to do)."""
    if not path.is_file():
        return
    try:
        with contextlib.closing(sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)) as conn:
            version = schema_version(conn)
    except sqlite3.Error:
        return
    if version > LATEST:
        raise NewerSchemaError(version, path)
