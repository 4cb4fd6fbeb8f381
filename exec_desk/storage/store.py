"""The SQLite store: one connection, one owner, a versioned schema, and recovery from a corrupt file.

`Store(path)` opens (or creates) the database, checks it, migrates it to the latest schema and exposes small typed
repositories: `accounts`, `posts`, `reads`, `groups`, `sources`, `drafts`, `outbox`, `sessions`, and the approval deck's
`deck`, `audit` (append-only) and `feeds`, the radar's `signal`, and
`notices` (told once). Every access is
serialised by one lock, so the store may be used from worker threads; `transaction()` groups several calls
atomically.

A file that fails `PRAGMA integrity_check` is salvaged, then set aside: what can still be read is copied into a
fresh database, the account, queued posts and drafts first (`storage.salvage`), and the damaged file is moved to
`<name>.corrupt-<UTC time>` (with its `-wal`/`-shm` companions); `recovered_from` tells where it went and
`salvage` what was saved and lost, for the UI to say. A file that is not SQLite at all is moved aside the same way.
A database written by a newer version raises `NewerSchemaError` (a `StoreError`) and is left untouched;
`check_schema(path)` says so without opening the store (nothing is created, migrated or set aside).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from pathlib import Path

from exec_desk.storage.db import Database
from exec_desk.storage.migrations import LATEST, NewerSchemaError, check_schema, migrate, schema_version
from exec_desk.storage.records import StoreError
from exec_desk.storage.repos.accounts import AccountRepo
from exec_desk.storage.repos.audit import AuditRepo
from exec_desk.storage.repos.deck import DeckRepo
from exec_desk.storage.repos.drafts import DraftRepo
from exec_desk.storage.repos.feeds import FeedRepo
from exec_desk.storage.repos.notices import NoticeRepo
from exec_desk.storage.repos.outbox import OutboxRepo
from exec_desk.storage.repos.posts import PostRepo
from exec_desk.storage.repos.reads import ReadStateRepo
from exec_desk.storage.repos.sessions import SessionRepo
from exec_desk.storage.repos.signal import SignalRepo
from exec_desk.storage.repos.sources import GroupRepo, SourceRepo
from exec_desk.storage.salvage import SalvageReport, open_read_only, salvage, schema_version_of

__all__ = ["NewerSchemaError", "Store", "StoreError", "check_schema"]

log = logging.getLogger(__name__)

MEMORY = ":memory:"
_SQLITE_HEADER = b"SQLite format 3\x00"
_COMPANIONS = ("-wal", "-shm", "-journal")
_CORRUPTION_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})


class _Corrupt(Exception):
    def __init__(self, message: str, *, not_sqlite: bool = False) -> None:
        super().__init__(message)
        self.not_sqlite = not_sqlite


class Store:
    """The app's database. Close it with `close()` or use it as a context manager."""

    def __init__(self, path: Path | str, *, clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.path: Path | None = None if str(path) == MEMORY else Path(path)
        self._clock = clock
        #: Where a corrupt database was moved to when this store opened, else None.
        self.recovered_from: Path | None = None
        #: What was copied out of it (None: nothing was tried, e.g. not an SQLite file).
        self.salvage: SalvageReport | None = None
        self._db = Database(self._open())
        self.accounts = AccountRepo(self._db)
        self.posts = PostRepo(self._db)
        self.reads = ReadStateRepo(self._db)
        self.groups = GroupRepo(self._db)
        self.sources = SourceRepo(self._db)
        self.drafts = DraftRepo(self._db)
        self.outbox = OutboxRepo(self._db)
        self.sessions = SessionRepo(self._db)
        self.deck = DeckRepo(self._db)
        self.audit = AuditRepo(self._db)
        self.feeds = FeedRepo(self._db)
        self.signal = SignalRepo(self._db)
        self.notices = NoticeRepo(self._db)

    @property
    def database(self) -> Database:
        """The serialised connection, for storage modules with their own tables (the ledger)."""
        return self._db

    @property
    def schema_version(self) -> int:
        with self._db.read() as conn:
            return schema_version(conn)

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """`with store.transaction():` makes the repository calls inside it one atomic unit."""
        return self._db.transaction()

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc_info: object) -> None:
        self.close()

    def _open(self) -> sqlite3.Connection:
        if self.path is None:
            conn = _connect(MEMORY)
            migrate(conn)
            return conn
        try:
            conn = self._open_checked(self.path)
        except _Corrupt as exc:
            self.recovered_from = self._move_aside(self.path)
            conn = self._open_checked(self.path)
            if not exc.not_sqlite:
                self.salvage = self._salvage(self.recovered_from, conn)
            log.warning(
                "The database %s was damaged (%s). It was moved to %s; a new database was started with what could "
                "be read: %s.",
                self.path,
                exc,
                self.recovered_from,
                self.salvage,
            )
        try:
            version = schema_version(conn)
            if version > LATEST:
                raise NewerSchemaError(version, self.path)
            conn.execute("PRAGMA journal_mode = WAL")
            migrate(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    @staticmethod
    def _salvage(damaged: Path, conn: sqlite3.Connection) -> SalvageReport:
        """Fill the fresh database `conn` with what can be read of `damaged` (at its schema version; the usual
        migrations then bring it up to date)."""
        try:
            reader = open_read_only(damaged)
            try:
                version = schema_version_of(reader)
            finally:
                reader.close()
            migrate(conn, target=min(max(version, 1), LATEST))
            return salvage(damaged, conn)
        except sqlite3.DatabaseError as exc:
            log.warning("nothing could be salvaged from %s: %s", damaged, exc)
            return SalvageReport(unreadable=["sqlite_master"])

    @staticmethod
    def _open_checked(path: Path) -> sqlite3.Connection:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        _check_header(path)
        conn: sqlite3.Connection | None = None
        try:
            conn = _connect(str(path))
            rows = conn.execute("PRAGMA integrity_check").fetchall()
        except sqlite3.DatabaseError as exc:
            if conn is not None:
                conn.close()
            if (getattr(exc, "sqlite_errorcode", 0) & 0xFF) in _CORRUPTION_CODES:
                raise _Corrupt(str(exc)) from exc
            raise StoreError(f"The database {path} could not be opened: {exc}") from exc
        if [tuple(row) for row in rows] != [("ok",)]:
            conn.close()
            raise _Corrupt("integrity check failed: " + "; ".join(str(row[0]) for row in rows[:3]))
        return conn

    def _move_aside(self, path: Path) -> Path:
        stamp = self._clock().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        aside = path.with_name(f"{path.name}.corrupt-{stamp}")
        n = 1
        while aside.exists():
            aside = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
            n += 1
        path.replace(aside)
        for suffix in _COMPANIONS:
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                companion.replace(aside.with_name(aside.name + suffix))
        return aside


def _check_header(path: Path) -> None:
    """Refuse a file that is not SQLite before SQLite opens it (and perhaps tidies its `-wal` file away)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StoreError(f"The database {path} could not be read: {exc}") from exc
    if header and header != _SQLITE_HEADER:
        raise _Corrupt("not an SQLite database", not_sqlite=True)


def _connect(target: str) -> sqlite3.Connection:
    conn = sqlite3.connect(target, check_same_thread=False, isolation_level=None, timeout=10.0)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def iter_schema(conn: sqlite3.Connection) -> Iterator[tuple[str, str, str]]:
    """(type, name, normalised SQL) of every schema object, sorted: compares a migrated database to a fresh one."""
    rows = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
    ).fetchall()
    for kind, name, sql in rows:
        yield kind, name, " ".join((sql or "").split())
