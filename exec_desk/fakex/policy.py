"""What the fake account's API tier may do: the 2026 self-serve restrictions, each switchable."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Policy:
    """Self-serve restrictions in force. Mutable so tests can flip one switch on a running server."""

    likes_forbidden: bool = True
    quotes_forbidden: bool = True
    replies_summoned_only: bool = True

    @classmethod
    def enterprise(cls) -> Policy:
        """An enterprise account: no restriction."""
        return cls(likes_forbidden=False, quotes_forbidden=False, replies_summoned_only=False)
