"""Opening the app's state: which account, which backend, which base URL."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from exec_desk.backends.oauth.oauth1 import save_oauth1_keys
from exec_desk.core.errors import AuthRevoked
from exec_desk.fakex.server import FakeXServer
from exec_desk.services.context import open_context
from exec_desk.storage.paths import Paths
from exec_desk.storage.records import Account, AuthKind
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store
from tests.support.credentials import MemoryCredentialStore


def _setup(tmp_path: Path, server: FakeXServer, url: str) -> tuple[Paths, MemoryCredentialStore]:
    paths = Paths.resolve(tmp_path)
    paths.ensure()
    with Store(paths.database_file) as store:
        store.accounts.add(
            Account("x-1000", server.user_id, "claire_exec", "Claire", AuthKind.OAUTH1, url, datetime.now(UTC))
        )
    creds = MemoryCredentialStore()
    save_oauth1_keys(creds, "x-1000", **server.credentials()["oauth1"])
    return paths, creds


def test_real_account_uses_its_keys_and_its_base_url(tmp_path: Path, fake_x: FakeXServer) -> None:
    paths, creds = _setup(tmp_path, fake_x, fake_x.base_url)
    context = open_context(
        paths, Settings(paths.settings_file, env={}), demo=False, api_url=None, credentials=lambda: creds
    )
    try:
        assert not context.demo and context.account.key == "x-1000"
        assert context.backend.me().id == fake_x.user_id
        assert [e.path for e in fake_x.log] == ["/2/users/me"]
    finally:
        context.close()


def test_environment_overrides_the_stored_base_url(tmp_path: Path, fake_x: FakeXServer) -> None:
    paths, creds = _setup(tmp_path, fake_x, "https://api.x.com")
    settings = Settings(paths.settings_file, env={"EXEC_DESK_API_URL": fake_x.base_url})
    context = open_context(paths, settings, demo=False, api_url=None, credentials=lambda: creds)
    try:
        assert context.backend.me().id == fake_x.user_id
    finally:
        context.close()


def test_demo_flag_wins_over_a_real_account(tmp_path: Path, fake_x: FakeXServer) -> None:
    paths, _ = _setup(tmp_path, fake_x, fake_x.base_url)
    context = open_context(
        paths,
        Settings(paths.settings_file, env={}),
        demo=True,
        api_url=None,
        credentials=lambda: pytest.fail("no keyring in demo"),
    )
    try:
        assert context.demo and context.account.key == "demo"
        assert context.backend.home_timeline(max_results=5).posts
        assert fake_x.log.calls() == []  # the demo runs its own embedded server
    finally:
        context.close()


def test_missing_secrets_say_sign_in_again(tmp_path: Path, fake_x: FakeXServer) -> None:
    paths, _ = _setup(tmp_path, fake_x, fake_x.base_url)
    with pytest.raises(AuthRevoked, match="Sign in again"):
        open_context(
            paths, Settings(paths.settings_file, env={}), demo=False, api_url=None, credentials=MemoryCredentialStore
        )


def test_a_damaged_database_keeps_the_account_and_does_not_fall_back_to_demo(
    tmp_path: Path, fake_x: FakeXServer
) -> None:
    import sqlite3

    paths, creds = _setup(tmp_path, fake_x, fake_x.base_url)
    with Store(paths.database_file) as store:
        store.drafts.create("x-1000", "Half-written thought", datetime.now(UTC))
    conn = sqlite3.connect(paths.database_file)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'outbox_due'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(paths.database_file.read_bytes())
    data[(root - 1) * size : root * size] = b"\xa5" * size  # one unused index page, damaged
    paths.database_file.write_bytes(bytes(data))
    context = open_context(
        paths, Settings(paths.settings_file, env={}), demo=False, api_url=None, credentials=lambda: creds
    )
    try:
        assert not context.demo and context.account.key == "x-1000"
        assert [d.text for d in context.store.drafts.all("x-1000")] == ["Half-written thought"]
        [notice] = context.notices
        assert notice.startswith("The local database was damaged; it was set aside as ")
        assert "1 account(s)" in notice and "1 draft(s)" in notice and "could not be read" not in notice
    finally:
        context.close()
