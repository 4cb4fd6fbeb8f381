"""KeyringCredentialStore against a real Secret Service (gnome-keyring-daemon on a private D-Bus session bus)."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest
import secretstorage
from keyring.backends import SecretService

from exec_desk.core.secrets import KeyringUnavailableError
from exec_desk.storage.credentials import KeyringCredentialStore
from tests.support.secret_service import SecretServiceSession, SecretServiceUnavailable, running_secret_service

pytestmark = pytest.mark.keyring

SECRET = "rt-Ünïcode-🔑-" + "x" * 200


def _store() -> KeyringCredentialStore:
    return KeyringCredentialStore(keyring_backend=SecretService.Keyring(), platform="linux")


def test_set_get_overwrite_delete(secret_service: SecretServiceSession) -> None:
    store = _store()
    store.set("acct-1", "refresh_token", SECRET)
    store.set("acct-2", "refresh_token", "other")
    assert store.get("acct-1", "refresh_token") == SECRET
    store.set("acct-1", "refresh_token", "rotated")
    assert store.get("acct-1", "refresh_token") == "rotated"
    assert store.get("acct-2", "refresh_token") == "other"
    assert store.get("acct-1", "access_token") is None
    store.delete("acct-1", "refresh_token")
    store.delete("acct-1", "refresh_token")  # already gone: not an error
    assert store.get("acct-1", "refresh_token") is None
    assert store.get("acct-2", "refresh_token") == "other"


def test_items_are_named_by_service_and_account_key(secret_service: SecretServiceSession) -> None:
    _store().set("acct-1", "access_token", "at-1")
    with closing(secret_service.connect()) as conn:
        items = list(secretstorage.search_items(conn, {"service": "exec-desk"}))
        assert [item.get_attributes()["username"] for item in items] == ["acct-1:access_token"]
        assert items[0].get_secret() == b"at-1"


def test_secret_never_lands_in_a_file_in_clear(secret_service: SecretServiceSession) -> None:
    _store().set("acct-1", "refresh_token", SECRET)
    files = secret_service.files()
    assert files, "gnome-keyring should have written its (encrypted) keyring file"
    needle = SECRET.encode()
    assert not any(needle in path.read_bytes() for path in files)


def test_describe_backend_reports_secret_service(secret_service: SecretServiceSession) -> None:
    description = _store().describe_backend()
    assert "SecretService" in description and description.endswith("(ready)")


def test_locked_keyring_gives_clear_message(secret_service: SecretServiceSession) -> None:
    store = _store()
    store.set("acct-1", "refresh_token", "before-lock")
    secret_service.lock_all()
    with pytest.raises(KeyringUnavailableError, match="locked") as caught:
        store.set("acct-1", "refresh_token", "after-lock")
    assert "gnome-keyring" in str(caught.value) and "unlocked" in str(caught.value)
    with pytest.raises(KeyringUnavailableError, match="locked"):
        store.get("acct-1", "refresh_token")


def test_keyring_that_needs_a_prompt_is_refused_and_nothing_written(
    locked_secret_service: SecretServiceSession,
) -> None:
    # Started without the login password: creating the login keyring needs a prompt, which cannot be shown.
    store = _store()
    with pytest.raises(KeyringUnavailableError, match="prompt was dismissed"):
        store.set("acct-1", "refresh_token", SECRET)
    assert locked_secret_service.files() == []


def test_missing_daemons_are_reported_with_the_packages_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(SecretServiceUnavailable) as caught, running_secret_service(tmp_path / "home"):
        pass
    message = str(caught.value)
    assert "dbus-daemon" in message and "gnome-keyring-daemon" in message
    assert "apt-get install -y gnome-keyring dbus dbus-x11 libsecret-1-0" in message
    assert not (tmp_path / "home").exists()
