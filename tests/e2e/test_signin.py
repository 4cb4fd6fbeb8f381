"""Sign-in end to end: PKCE through a real loopback redirect, tokens into a real Secret Service, refresh rotation,
and no secret anywhere on disk afterwards. Without a usable keyring: a clear message and nothing written."""

from __future__ import annotations

import io
import threading
import time
from pathlib import Path

import pytest
import requests
from keyring.backends import SecretService, fail

from exec_desk.backends.oauth.tokens import TokenManager
from exec_desk.cli.signin import sign_in
from exec_desk.fakex.server import FakeXServer
from exec_desk.services.backends import backend_for
from exec_desk.storage.credentials import KeyringCredentialStore
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.paths import Paths
from exec_desk.storage.records import AuthKind
from exec_desk.storage.store import Store
from tests.support.credentials import MemoryCredentialStore
from tests.support.secret_service import SecretServiceSession


def _browser(url: str) -> None:
    """Stands in for the user's browser: follows X's redirect to the loopback listener."""
    threading.Thread(target=requests.get, args=(url,), kwargs={"timeout": 10}, daemon=True).start()


def _files(base: Path) -> list[Path]:
    return [p for p in base.rglob("*") if p.is_file()]


def _secret_service_store() -> KeyringCredentialStore:
    return KeyringCredentialStore(keyring_backend=SecretService.Keyring(), platform="linux")


def test_pkce_sign_in_refresh_rotation_and_no_token_on_disk(
    secret_service: SecretServiceSession,
    fake_x: FakeXServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("EXEC_DESK_DEBUG", "1")  # even debug logging must not leak a token
    base = tmp_path / "home"
    keyring_store = _secret_service_store()
    opened: list[str] = []

    def browser(url: str) -> None:
        opened.append(url)
        _browser(url)

    rc = sign_in(
        basedir=base,
        api_url=fake_x.base_url,
        client_id=fake_x.auth.client_id,
        oauth1=False,
        browser=browser,
        credentials=keyring_store,
    )
    assert rc == 0, capsys.readouterr().err
    assert "Signed in as @" in capsys.readouterr().out
    # No port given anywhere: the default port of the settings, the one the strict fake has registered.
    assert fake_x.auth.callbacks == ("http://127.0.0.1:17823/callback",)
    assert "redirect_uri=http%3A%2F%2F127.0.0.1%3A17823%2Fcallback" in opened[0]

    paths = Paths.resolve(base)
    with Store(paths.database_file) as store:
        (account,) = store.accounts.all()
        assert account.user_id == fake_x.user_id and account.auth_kind is AuthKind.OAUTH2
        backend = backend_for(account, credentials=keyring_store, recorder=Ledger(store), api_base_url=fake_x.base_url)
        assert backend.me().id == fake_x.user_id

        first_access = keyring_store.get(account.key, "oauth2_access_token")
        first_refresh = keyring_store.get(account.key, "oauth2_refresh_token")
        assert first_access and first_refresh

        # Two hours later the access token is due: the manager refreshes and saves the rotated refresh token.
        later = TokenManager(
            keyring_store, account.key, fake_x.auth.client_id, fake_x.base_url, clock=lambda: time.time() + 7200
        )
        new_access = later.access_token()
        new_refresh = keyring_store.get(account.key, "oauth2_refresh_token")
        assert new_access != first_access and new_refresh not in (None, first_refresh)
        reused = requests.post(
            f"{fake_x.base_url}/2/oauth2/token",
            data={"grant_type": "refresh_token", "refresh_token": first_refresh, "client_id": fake_x.auth.client_id},
            timeout=10,
        )
        assert reused.status_code == 400 and reused.json()["error"] == "invalid_grant"

    secrets = [first_access, first_refresh, new_access, new_refresh]
    scanned = _files(base)
    assert paths.log_file in scanned and paths.database_file in scanned
    for path in scanned:
        data = path.read_bytes()
        for secret in secrets:
            assert secret is not None
            assert secret.encode() not in data, f"a token was written to {path}"


def test_no_keyring_gives_clear_message_and_writes_nothing(
    fake_x: FakeXServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = tmp_path / "home"
    oauth1 = fake_x.credentials()["oauth1"]
    keys = "\n".join(oauth1[k] for k in ("consumer_key", "consumer_secret", "access_token", "access_token_secret"))
    rc = sign_in(
        basedir=base,
        api_url=fake_x.base_url,
        client_id=None,
        oauth1=True,
        credentials=KeyringCredentialStore(keyring_backend=fail.Keyring(), platform="linux"),
        stdin=io.StringIO(keys + "\n"),
    )
    err = capsys.readouterr().err
    assert rc == 1
    assert "gnome-keyring" in err and "unlocked" in err
    for path in _files(base):
        data = path.read_bytes()
        for secret in oauth1.values():
            assert secret.encode() not in data, f"a secret was written to {path}"
    assert not Paths.resolve(base).database_file.exists()
    assert fake_x.log.calls() == []  # not even a call to X


def test_oauth1_sign_in_checks_keys_with_x(
    fake_x: FakeXServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    creds = MemoryCredentialStore()
    oauth1 = dict(fake_x.credentials()["oauth1"])
    good = "\n".join(oauth1[k] for k in ("consumer_key", "consumer_secret", "access_token", "access_token_secret"))
    bad = good.replace(oauth1["consumer_secret"], "wrong-secret")
    args = {"basedir": tmp_path, "api_url": fake_x.base_url, "client_id": None, "oauth1": True, "credentials": creds}
    assert sign_in(**args, stdin=io.StringIO(bad + "\n")) == 1  # type: ignore[arg-type]
    assert "X refused your credentials" in capsys.readouterr().err
    assert creds._items == {}  # nothing kept from the refused keys
    assert sign_in(**args, stdin=io.StringIO(good + "\n")) == 0  # type: ignore[arg-type]
    assert len(creds._items) == 4
