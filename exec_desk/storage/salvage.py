"""Salvage a damaged database: copy out what can still be read, table by table, what matters most first.

SQLite's own recovery API (`sqlite3_recover`, the shell's `.recover`) is not reachable from Python's `sqlite3`, so
the damaged file is opened read-only and each table is read with a plain scan of its own pages (never through an
index, which is what is most often damaged: a broken index page must not cost any row). A table whose pages are
damaged is read in slices of rowids, halving a slice that fails, so one bad page costs only the rows on it.

Order: the account, then what the user wrote and has not sent (outbox, drafts), then the rest (sources and groups,
the ledger, sessions and read marks, then the post cache, which X can give again). Rows go into a fresh database
built at the damaged one's schema version, which is then migrated as usual.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

#: Tables in the order they are saved; a table missing here is copied after them, in name order.
ORDER = (
    "accounts",
    "outbox",
    "drafts",
    "groups",
    "sources",
    "api_calls",
    "api_charged",
    "notices",
    "sessions",
    "read_state",
    "users",
    "posts",
    "media",
    "post_sources",
)
#: What a user would miss, by table (the notice names these when rows were lost).
IMPORTANT = ("accounts", "outbox", "drafts", "groups", "sources")
Row = tuple[object, ...]


@dataclass
class SalvageReport:
    """What a salvage saved and lost, by table: rows copied, and rows (or whole tables) that could not be read."""

    saved: dict[str, int] = field(default_factory=dict)
    lost: dict[str, int] = field(default_factory=dict)
    unreadable: list[str] = field(default_factory=list)

    @property
    def important_losses(self) -> list[str]:
        """The tables that matter to the user (account, queued posts, drafts, sources) with rows lost."""
        return [t for t in IMPORTANT if t in self.unreadable or self.lost.get(t)]


def open_read_only(path: Path) -> sqlite3.Connection:
    """The damaged file, read-only, without touching its `-wal` (`immutable`: SQLite takes it as it is)."""
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True, isolation_level=None)
    conn.row_factory = sqlite3.Row
    return conn


def schema_version_of(damaged: sqlite3.Connection) -> int:
    """The damaged database's schema version (0 when even that cannot be read)."""
    try:
        return int(damaged.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError:
        return 0


def _tables(conn: sqlite3.Connection) -> list[tuple[str, bool]]:
    """(name, has rowid) of the tables of `conn`, in salvage order."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    found = {str(name): "WITHOUT ROWID" not in str(sql or "").upper() for name, sql in rows}
    ordered = [t for t in ORDER if t in found] + sorted(t for t in found if t not in ORDER)
    return [(t, found[t]) for t in ordered]


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [str(row[1]) for row in conn.execute(f'PRAGMA table_info("{table}")')]


def _slices(damaged: sqlite3.Connection, table: str, columns: str, low: int, high: int) -> Iterator[list[Row]]:
    """Rows with rowid in [low, high], in slices; a slice that cannot be read is halved until single rows."""
    pending = [(low, high)]
    while pending:
        start, end = pending.pop()
        try:
            rows = damaged.execute(
                f'SELECT {columns} FROM "{table}" NOT INDEXED WHERE rowid BETWEEN ? AND ?', (start, end)
            ).fetchall()
        except sqlite3.DatabaseError:
            if start == end:
                yield [(None,)]  # one row lost (counted by the caller)
                continue
            middle = (start + end) // 2
            pending += [(middle + 1, end), (start, middle)]
            continue
        yield [tuple(row) for row in rows]


def _copy_table(
    damaged: sqlite3.Connection, fresh: sqlite3.Connection, table: str, has_rowid: bool, report: SalvageReport
) -> None:
    wanted = [c for c in _columns(damaged, table) if c in set(_columns(fresh, table))]
    if not wanted:
        return
    names = ", ".join(f'"{c}"' for c in wanted)
    insert = f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({", ".join("?" * len(wanted))})'
    saved = lost = 0
    try:
        rows = damaged.execute(f'SELECT {names} FROM "{table}" NOT INDEXED').fetchall()
        batches: Iterator[list[Row]] = iter([[tuple(r) for r in rows]])
    except sqlite3.DatabaseError as exc:
        if not has_rowid:
            log.warning("salvage: table %s cannot be read: %s", table, exc)
            report.unreadable.append(table)
            return
        try:
            low, high = damaged.execute(f'SELECT min(rowid), max(rowid) FROM "{table}"').fetchone()
        except sqlite3.DatabaseError:
            low, high = 1, 1 << 20  # even the bounds are unreadable: try a wide range
        if low is None:
            report.saved[table] = 0
            return
        batches = _slices(damaged, table, names, int(low), int(high))
    for batch in batches:
        good = [row for row in batch if row != (None,)]
        lost += len(batch) - len(good)
        for row in good:
            try:
                fresh.execute(insert, row)
                saved += 1
            except sqlite3.DatabaseError:  # a row that breaks a constraint of the fresh schema
                lost += 1
    report.saved[table] = saved
    if lost:
        report.lost[table] = lost


def salvage(damaged_path: Path, fresh: sqlite3.Connection) -> SalvageReport:
    """Copy what can be read from the damaged database into `fresh` (already at the damaged one's version).

    `fresh` is in autocommit mode; the copy runs in one transaction without foreign-key checks (rows arrive in
    table order, not in the order of their references)."""
    report = SalvageReport()
    damaged = open_read_only(damaged_path)
    try:
        tables = _tables(damaged)
    except sqlite3.DatabaseError as exc:
        damaged.close()
        log.warning("salvage: the damaged database's schema cannot be read: %s", exc)
        report.unreadable.append("sqlite_master")
        return report
    fresh.execute("PRAGMA foreign_keys = OFF")
    fresh.execute("BEGIN IMMEDIATE")
    try:
        for table, has_rowid in tables:
            try:
                _copy_table(damaged, fresh, table, has_rowid, report)
            except sqlite3.DatabaseError as exc:
                log.warning("salvage: table %s: %s", table, exc)
                report.unreadable.append(table)
        fresh.execute("COMMIT")
    except BaseException:
        fresh.execute("ROLLBACK")
        raise
    finally:
        fresh.execute("PRAGMA foreign_keys = ON")
        damaged.close()
    # Rows whose parent was lost (a draft of an account that could not be read) would break later writes.
    for table in ("outbox", "drafts", "groups", "sources"):
        with contextlib.suppress(sqlite3.DatabaseError):
            fresh.execute(f"DELETE FROM {table} WHERE account NOT IN (SELECT key FROM accounts)")
    return report
