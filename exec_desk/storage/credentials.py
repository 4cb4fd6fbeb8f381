"""Secrets live only behind this interface, backed by the OS keyring; never a plaintext fallback."""

from __future__ import annotations

from typing import Protocol


class CredentialStore(Protocol):
    """Where an account's secrets (tokens, keys) are kept. Keys are per account."""

    def get(self, account: str, key: str) -> str | None: ...

    def set(self, account: str, key: str, value: str) -> None: ...

    def delete(self, account: str, key: str) -> None: ...


class MemoryCredentialStore:
    """An in-memory store for unit tests: same interface, nothing written anywhere."""

    def __init__(self) -> None:
        self._items: dict[tuple[str, str], str] = {}

    def get(self, account: str, key: str) -> str | None:
        return self._items.get((account, key))

    def set(self, account: str, key: str, value: str) -> None:
        self._items[(account, key)] = value

    def delete(self, account: str, key: str) -> None:
        self._items.pop((account, key), None)
