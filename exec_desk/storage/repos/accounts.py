"""Accounts: the X identities the user signed in with. Removing one removes every row that belongs to it."""

from __future__ import annotations

import sqlite3

from exec_desk.storage.db import Database
from exec_desk.storage.records import Account, AuthKind, from_db, to_db


class AccountRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, account: Account) -> None:
        """Insert, or update the profile of an account already known (its `created_at` is kept)."""
        with self._db.transaction() as conn:
            conn.execute(
                """INSERT INTO accounts (key, user_id, username, name, auth_kind, api_base_url, created_at, app_owner)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (key) DO UPDATE SET user_id = excluded.user_id, username = excluded.username,
                       name = excluded.name, auth_kind = excluded.auth_kind, api_base_url = excluded.api_base_url,
                       app_owner = excluded.app_owner""",
                (
                    account.key,
                    account.user_id,
                    account.username,
                    account.name,
                    AuthKind(account.auth_kind).value,
                    account.api_base_url,
                    to_db(account.created_at),
                    int(account.app_owner),
                ),
            )

    def get(self, key: str) -> Account | None:
        with self._db.read() as conn:
            row = conn.execute("SELECT * FROM accounts WHERE key = ?", (key,)).fetchone()
        return None if row is None else _account(row)

    def all(self) -> list[Account]:
        with self._db.read() as conn:
            rows = conn.execute("SELECT * FROM accounts ORDER BY created_at, key").fetchall()
        return [_account(row) for row in rows]

    def remove(self, key: str) -> bool:
        """Delete the account and all its data (posts, drafts, outbox, sessions, ledger). False if unknown."""
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM api_calls WHERE account = ?", (key,))
            conn.execute("DELETE FROM api_charged WHERE account = ?", (key,))
            return conn.execute("DELETE FROM accounts WHERE key = ?", (key,)).rowcount > 0


def _account(row: sqlite3.Row) -> Account:
    return Account(
        key=row["key"],
        user_id=row["user_id"],
        username=row["username"],
        name=row["name"],
        auth_kind=AuthKind(row["auth_kind"]),
        api_base_url=row["api_base_url"],
        created_at=from_db(row["created_at"]),
        app_owner=bool(row["app_owner"]),
    )
