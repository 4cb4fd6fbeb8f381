"""One X API call as the ledger sees it, and the interface of whatever records calls (the API-cost ledger).

Backends report every call they make to a `CallRecorder`; the storage layer's `Ledger` implements it. Both sides
depend on this module, not on each other.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from exec_desk.core.pricing import Op, Resource


@dataclass(frozen=True, slots=True)
class CallRecord:
    """One API call as the ledger sees it."""

    account: str
    op: Op
    at: datetime
    status: int
    resources: Mapping[Resource, tuple[str, ...]]
    has_url: bool = False
    is_reply: bool = False
    ref: str | None = None
    #: The user owns the developer app: owned reads are billed at the owned rate.
    app_owner: bool = False
    #: A write that may have reached X though no answer came (a timeout after sending): billed as if accepted.
    maybe_applied: bool = False


class CallRecorder(Protocol):
    """Receives every call a backend makes (the API-cost ledger implements it)."""

    def record(self, call: CallRecord) -> int:
        """Store the call; return its price in micro-dollars."""
        ...
