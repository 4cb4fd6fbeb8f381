"""The single SQLite connection and the lock that serialises every use of it.

`Database.transaction()` opens a write transaction (`BEGIN IMMEDIATE`), or a savepoint when one is already open on
the same thread, so repository methods compose: a caller can wrap several of them in one transaction.
`Database.read()` only takes the lock. The connection is in autocommit mode; nothing else may touch it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class Database:
    """Owns the connection; thread-safe through one re-entrant lock."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._lock = threading.RLock()
        self._depth = 0

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Commit on success, roll back on any exception (only the inner part, when nested)."""
        with self._lock:
            savepoint = f"sp{self._depth}" if self._depth else None
            self._conn.execute(f"SAVEPOINT {savepoint}" if savepoint else "BEGIN IMMEDIATE")
            self._depth += 1
            try:
                yield self._conn
            except BaseException:
                self._depth -= 1
                if savepoint:
                    self._conn.execute(f"ROLLBACK TO {savepoint}")
                    self._conn.execute(f"RELEASE {savepoint}")
                else:
                    self._conn.execute("ROLLBACK")
                raise
            self._depth -= 1
            self._conn.execute(f"RELEASE {savepoint}" if savepoint else "COMMIT")

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            yield self._conn

    def close(self) -> None:
        with self._lock:
            self._conn.close()
