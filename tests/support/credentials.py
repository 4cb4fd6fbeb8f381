"""A credential store in memory, for tests: the same interface as the keyring's, nothing written anywhere."""

from __future__ import annotations


class MemoryCredentialStore:
    """`core.secrets.CredentialStore` in a dict."""

    def __init__(self) -> None:
        self._items: dict[tuple[str, str], str] = {}

    def get(self, account: str, key: str) -> str | None:
        return self._items.get((account, key))

    def set(self, account: str, key: str, value: str) -> None:
        self._items[(account, key)] = value

    def delete(self, account: str, key: str) -> None:
        self._items.pop((account, key), None)
