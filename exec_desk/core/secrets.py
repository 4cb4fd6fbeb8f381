"""Where secrets are kept, as an interface: tokens and keys of an account go in, nothing else may hold them.

The implementation is the OS keyring (`storage.credentials.KeyringCredentialStore`); backends and services take a
`CredentialStore` and never know more. No plaintext fallback exists anywhere.
"""

from __future__ import annotations

from typing import Protocol


class CredentialStore(Protocol):
    """Where an account's secrets (tokens, keys) are kept. Keys are per account."""

    def get(self, account: str, key: str) -> str | None: ...

    def set(self, account: str, key: str, value: str) -> None: ...

    def delete(self, account: str, key: str) -> None: ...


class KeyringUnavailableError(Exception):
    """No secure OS keyring can be used; the message says in plain words what to install or unlock."""
