"""Secrets live only behind this interface, backed by the OS keyring; never a plaintext fallback.

`KeyringCredentialStore` is the one implementation of `core.secrets.CredentialStore` (the `keyring` library,
imported on first use so start-up stays fast); tests use `tests/support/credentials.MemoryCredentialStore`. When no
secure keyring is usable, `core.secrets.KeyringUnavailableError` says what to install or unlock, and nothing is
written anywhere.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, TypeGuard

from exec_desk.core.secrets import KeyringUnavailableError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend
    from keyring.backends.chainer import ChainerBackend


#: Backends that would keep secrets in a file or nowhere: refused, never used as a fallback.
_INSECURE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt", "keyrings.cryptfile")


def keyring_help(platform: str = sys.platform) -> str:
    """What the user can do when no secure keyring is usable, for their platform."""
    if platform == "darwin":
        return "Unlock your login keychain (Keychain Access) and try again."
    if platform.startswith("win"):
        return "Windows Credential Manager must be available to your user account; sign in again and retry."
    return (
        "Install a Secret Service provider such as GNOME Keyring (Debian/Ubuntu package `gnome-keyring`) or "
        "KWallet, make sure it is running and unlocked (logging in to a desktop session usually does both), "
        "and that a D-Bus session bus is available (DBUS_SESSION_BUS_ADDRESS is set)."
    )


class KeyringCredentialStore:
    """Secrets in the OS keyring (Secret Service, macOS Keychain, Windows Credential Manager), never in a file.

    Entries are stored under `service` with the username `"{account}:{key}"`. Before each use the backend is
    checked: a plaintext or encrypted-file backend (`keyrings.alt`), the `null` and `fail` backends, and chainers
    made only of those are refused, and so is a backend that reports itself unavailable; a chainer that mixes
    secure and insecure backends is reduced to its best secure one, so it can never fall back to a file. Every
    failure raises `KeyringUnavailableError` and nothing is written.
    """

    def __init__(
        self,
        service: str = "exec-desk",
        keyring_backend: KeyringBackend | None = None,
        *,
        platform: str = sys.platform,
    ) -> None:
        self.service = service
        self._given = keyring_backend
        self._platform = platform

    def get(self, account: str, key: str) -> str | None:
        backend = self.check()
        with self._mapped("read a secret from"):
            value = backend.get_password(self.service, _username(account, key))
        return None if value is None else str(value)

    def set(self, account: str, key: str, value: str) -> None:
        backend = self.check()
        with self._mapped("save a secret to"):
            backend.set_password(self.service, _username(account, key), value)

    def delete(self, account: str, key: str) -> None:
        """Remove the entry; removing an entry that does not exist is not an error."""
        import keyring.errors

        backend = self.check()
        username = _username(account, key)
        with self._mapped("delete a secret from"):
            try:
                backend.delete_password(self.service, username)
            except keyring.errors.PasswordDeleteError:
                if backend.get_password(self.service, username) is not None:
                    raise

    def check(self) -> KeyringBackend:
        """The secure backend to use, or `KeyringUnavailableError` telling the user what to do."""
        backend = self._selected()
        try:
            backend.priority  # noqa: B018 - raises (RuntimeError) when the backend cannot work here
        except Exception as exc:
            raise KeyringUnavailableError(
                f"The system keyring ({_name(backend)}) cannot be used: {exc}. {keyring_help(self._platform)}"
                " Nothing was saved."
            ) from exc
        return backend

    def describe_backend(self) -> str:
        """The keyring in use and whether it works, in words for the settings or about dialog."""
        try:
            return f"{_name(self.check())} (ready)"
        except KeyringUnavailableError as exc:
            return f"{_name(self._backend())} — not usable: {exc}"

    def _backend(self) -> KeyringBackend:
        return self._given if self._given is not None else self._default()

    def _selected(self) -> KeyringBackend:
        backend = self._backend()
        if _is_chainer(backend):
            secure: list[KeyringBackend] = [b for b in backend.backends if not _is_insecure(b)]
            if not secure:
                members = ", ".join(_name(b) for b in backend.backends) or "none"
                raise KeyringUnavailableError(
                    f"No secure system keyring was found (available: {members}). {keyring_help(self._platform)}"
                    " Exec Desk never stores your X sign-in in a plain file. Nothing was saved."
                )
            return secure[0]
        if _is_insecure(backend):
            raise KeyringUnavailableError(
                f"No secure system keyring was found ({_name(backend)} is not one). {keyring_help(self._platform)}"
                " Exec Desk never stores your X sign-in in a plain file. Nothing was saved."
            )
        return backend

    @staticmethod
    def _default() -> KeyringBackend:
        import keyring

        backend: KeyringBackend = keyring.get_keyring()
        return backend

    @contextlib.contextmanager
    def _mapped(self, action: str) -> Iterator[None]:
        try:
            yield
        except KeyringUnavailableError:
            raise
        except Exception as exc:
            if not _is_keyring_error(exc):
                raise
            raise KeyringUnavailableError(_explain(exc, action, self._platform)) from exc


def _username(account: str, key: str) -> str:
    if ":" in key:
        raise ValueError(f"a credential key may not contain ':' ({key!r})")
    return f"{account}:{key}"


def _name(backend: object) -> str:
    kind = type(backend)
    return f"{kind.__module__}.{kind.__qualname__}"


def _is_insecure(backend: object) -> bool:
    """True for the fail/null backends, keyrings.alt (files) and keyrings.cryptfile, or a subclass of one."""
    return any(klass.__module__.startswith(_INSECURE_MODULES) for klass in type(backend).__mro__)


def _is_chainer(backend: object) -> TypeGuard[ChainerBackend]:
    from keyring.backends.chainer import ChainerBackend

    return isinstance(backend, ChainerBackend)


def _is_keyring_error(exc: Exception) -> bool:
    import keyring.errors

    if isinstance(exc, keyring.errors.KeyringError | RuntimeError | OSError):
        return True
    return type(exc).__module__.split(".")[0] in ("secretstorage", "jeepney", "dbus", "gi")


def _explain(exc: Exception, action: str, platform: str) -> str:
    import keyring.errors

    if isinstance(exc, keyring.errors.KeyringLocked):
        what = "The system keyring is locked and was not unlocked"
    elif isinstance(exc, keyring.errors.NoKeyringError):
        what = "No system keyring is available"
    elif isinstance(exc, keyring.errors.InitError):
        what = f"The system keyring could not be opened ({exc})"
        if "dismissed" in str(exc).lower():
            what += "; the unlock prompt was dismissed or could not be shown"
    else:
        what = f"The system keyring failed ({type(exc).__name__}: {exc})"
    return f"{what}, so Exec Desk could not {action} it. {keyring_help(platform)}"
