"""Credential stores without a real keyring: the in-memory store, and every refusal of the keyring store."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import keyring.errors
import pytest
from keyring.backends import SecretService, fail, null
from keyring.backends.chainer import ChainerBackend

from exec_desk.core.secrets import CredentialStore, KeyringUnavailableError
from exec_desk.storage.credentials import KeyringCredentialStore, keyring_help
from tests.support.credentials import MemoryCredentialStore


class RecordingBackend:
    """A duck-typed keyring backend keeping secrets in a dict and recording every call.

    Not a `keyring.backend.KeyringBackend` subclass on purpose: those register themselves in keyring's global
    list of backends, which would leak into other tests.
    """

    priority = 1.0

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}
        self.calls: list[str] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.calls.append(f"get {service} {username}")
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls.append(f"set {service} {username}")
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.calls.append(f"delete {service} {username}")
        if self.items.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("No such password!")


class PlaintextKeyring(RecordingBackend):
    """Stands for keyrings.alt's file backend (which this project does not install)."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


class UnavailableBackend(RecordingBackend):
    @property
    def priority(self) -> float:  # type: ignore[override]
        raise RuntimeError("The Secret Service daemon is neither running nor activatable through D-Bus")


class FailingBackend(RecordingBackend):
    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls.append("set")
        raise self.error

    def get_password(self, service: str, username: str) -> str | None:
        self.calls.append("get")
        raise self.error


@pytest.fixture
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    return home


def _files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def test_memory_store_is_a_credential_store() -> None:
    store: CredentialStore = MemoryCredentialStore()
    store.set("a", "token", "s1")
    store.set("b", "token", "s2")
    assert (store.get("a", "token"), store.get("b", "token"), store.get("a", "other")) == ("s1", "s2", None)
    store.delete("a", "token")
    store.delete("a", "token")
    assert store.get("a", "token") is None


def test_keyring_store_round_trip_and_naming() -> None:
    backend = RecordingBackend()
    store: CredentialStore = KeyringCredentialStore(keyring_backend=backend)  # type: ignore[arg-type]
    store.set("acct-1", "refresh_token", "r-1")
    store.set("acct:2", "refresh_token", "r-2")
    assert backend.items == {("exec-desk", "acct-1:refresh_token"): "r-1", ("exec-desk", "acct:2:refresh_token"): "r-2"}
    assert store.get("acct-1", "refresh_token") == "r-1"
    store.delete("acct-1", "refresh_token")
    store.delete("acct-1", "refresh_token")  # deleting a missing entry is not an error
    assert store.get("acct-1", "refresh_token") is None
    with pytest.raises(ValueError, match="may not contain ':'"):
        store.set("acct-1", "bad:key", "x")


def test_service_name_is_configurable() -> None:
    backend = RecordingBackend()
    KeyringCredentialStore("exec-desk-test", backend).set("a", "k", "v")  # type: ignore[arg-type]
    assert backend.items == {("exec-desk-test", "a:k"): "v"}


def test_fail_keyring_gives_clear_message_and_writes_nothing(isolated_home: Path) -> None:
    store = KeyringCredentialStore(keyring_backend=fail.Keyring(), platform="linux")
    with pytest.raises(KeyringUnavailableError) as caught:
        store.set("acct-1", "access_token", "secret")
    message = str(caught.value)
    assert "gnome-keyring" in message and "Secret Service" in message and "D-Bus" in message
    assert "unlocked" in message and "Nothing was saved" in message
    with pytest.raises(KeyringUnavailableError):
        store.get("acct-1", "access_token")
    assert _files(isolated_home) == []


@pytest.mark.parametrize("backend", [null.Keyring(), PlaintextKeyring()], ids=["null", "keyrings.alt plaintext"])
def test_insecure_backends_are_refused_before_any_call(backend: RecordingBackend) -> None:
    store = KeyringCredentialStore(keyring_backend=backend)  # type: ignore[arg-type]
    with pytest.raises(KeyringUnavailableError, match="never stores your X sign-in in a plain file"):
        store.set("acct-1", "access_token", "secret")
    assert getattr(backend, "calls", []) == []


def test_chainer_of_insecure_backends_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    plaintext = PlaintextKeyring()
    monkeypatch.setattr(ChainerBackend, "backends", [plaintext, fail.Keyring()])
    store = KeyringCredentialStore(keyring_backend=ChainerBackend())
    with pytest.raises(KeyringUnavailableError, match="No secure system keyring") as caught:
        store.set("acct-1", "access_token", "secret")
    assert "keyrings.alt.file.PlaintextKeyring" in str(caught.value)
    assert plaintext.calls == []


def test_mixed_chainer_uses_only_its_secure_member(monkeypatch: pytest.MonkeyPatch) -> None:
    plaintext, secure = PlaintextKeyring(), RecordingBackend()
    monkeypatch.setattr(ChainerBackend, "backends", [plaintext, secure])
    store = KeyringCredentialStore(keyring_backend=ChainerBackend())
    store.set("acct-1", "access_token", "secret")
    assert secure.items == {("exec-desk", "acct-1:access_token"): "secret"}
    assert plaintext.calls == []


def test_unavailable_backend_is_refused_with_its_reason() -> None:
    backend = UnavailableBackend()
    store = KeyringCredentialStore(keyring_backend=backend, platform="linux")  # type: ignore[arg-type]
    with pytest.raises(KeyringUnavailableError, match="neither running nor activatable") as caught:
        store.set("acct-1", "access_token", "secret")
    assert "gnome-keyring" in str(caught.value)
    assert backend.calls == []
    assert "not usable" in store.describe_backend()


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (keyring.errors.KeyringLocked("Failed to unlock the collection!"), "locked"),
        (keyring.errors.InitError("Failed to create the collection: Prompt dismissed.."), "prompt was dismissed"),
        (keyring.errors.NoKeyringError("none"), "No system keyring is available"),
        (keyring.errors.PasswordSetError("denied"), "PasswordSetError: denied"),
    ],
)
def test_keyring_errors_become_clear_messages(error: Exception, words: str) -> None:
    store = KeyringCredentialStore(keyring_backend=FailingBackend(error), platform="linux")  # type: ignore[arg-type]
    with pytest.raises(KeyringUnavailableError) as caught:
        store.set("acct-1", "access_token", "secret")
    assert words in str(caught.value)
    assert "could not save a secret to" in str(caught.value)
    assert caught.value.__cause__ is error
    with pytest.raises(KeyringUnavailableError, match="could not read a secret from"):
        store.get("acct-1", "access_token")


def test_programming_errors_are_not_disguised() -> None:
    store = KeyringCredentialStore(keyring_backend=FailingBackend(TypeError("bug")))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="bug"):
        store.set("acct-1", "access_token", "secret")


def test_describe_backend() -> None:
    ready = KeyringCredentialStore(keyring_backend=RecordingBackend())  # type: ignore[arg-type]
    assert ready.describe_backend() == f"{__name__}.RecordingBackend (ready)"
    refused = KeyringCredentialStore(keyring_backend=fail.Keyring())
    assert refused.describe_backend().startswith("keyring.backends.fail.Keyring — not usable: ")


def test_help_per_platform() -> None:
    assert "gnome-keyring" in keyring_help("linux")
    assert "keychain" in keyring_help("darwin").lower()
    assert "Credential Manager" in keyring_help("win32")


def test_default_backend_without_dbus_refuses_and_writes_nothing(tmp_path: Path) -> None:
    """A fresh process with no D-Bus session: keyring's own choice is refused, nothing lands in HOME."""
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "HOME": str(home),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_RUNTIME_DIR": str(tmp_path / "no-runtime"),
    }
    script = textwrap.dedent(
        """
        from exec_desk.storage.credentials import KeyringCredentialStore
        from exec_desk.core.secrets import KeyringUnavailableError
        store = KeyringCredentialStore()
        try:
            store.set("acct-1", "access_token", "secret")
        except KeyringUnavailableError as exc:
            print("REFUSED:", exc)
        else:
            print("STORED in", store.describe_backend())
        """
    )
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("REFUSED:"), done.stdout
    assert "gnome-keyring" in done.stdout
    assert _files(home) == []


def test_secret_service_without_a_session_bus_gives_clear_message(
    isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/exec-desk-test-bus")
    store = KeyringCredentialStore(keyring_backend=SecretService.Keyring(), platform="linux")
    with pytest.raises(KeyringUnavailableError, match="cannot be used") as caught:
        store.set("acct-1", "refresh_token", "secret")
    assert "D-Bus" in str(caught.value) and "gnome-keyring" in str(caught.value)
    assert _files(isolated_home) == []
