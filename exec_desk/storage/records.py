"""Rows of the local database as typed, immutable records, and the conversions the repositories share.

Times are stored as ISO 8601 text in UTC with microseconds (`2026-11-26T09:30:00.000000+00:00`): readable in a
database browser and ordered correctly by plain text comparison. Naive datetimes are refused.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from exec_desk.core.payloads import Payload
from exec_desk.storage.errors import StoreError as StoreError  # where the layers above look for it


class AuthKind(StrEnum):
    OAUTH2 = "oauth2"
    OAUTH1 = "oauth1"


class SourceKind(StrEnum):
    LIST = "list"
    USER = "user"
    SEARCH = "search"
    HOME = "home"
    MENTIONS = "mentions"


class OutboxState(StrEnum):
    """Life of an outgoing write: `uncertain` means it may have reached X (timeout, crash while sending)."""

    SCHEDULED = "scheduled"
    SENDING = "sending"
    UNCERTAIN = "uncertain"
    SENT = "sent"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Account:
    """A signed-in X account. `key` names it everywhere (database rows, keyring entries, settings)."""

    key: str
    user_id: str
    username: str
    name: str
    auth_kind: AuthKind
    api_base_url: str
    created_at: datetime
    #: The user owns the X developer app they signed in through: X bills their owned reads at $0.001.
    app_owner: bool = False


@dataclass(frozen=True, slots=True)
class Group:
    """A named group of sources: `priority` orders groups in a session, `quota` caps its posts (0 = no cap)."""

    id: int
    account: str
    name: str
    priority: int = 0
    quota: int = 0
    position: int = 0


@dataclass(frozen=True, slots=True)
class Source:
    """Where posts come from: a list (ref = list id), a user (user id), a search (query), home or mentions."""

    id: int
    account: str
    group_id: int | None
    kind: SourceKind
    ref: str
    label: str
    cursor_newest_id: str | None = None
    last_fetched_at: datetime | None = None
    #: When X said the source no longer exists (deleted or private list, suspended account), and X's words.
    gone_at: datetime | None = None
    gone_reason: str | None = None


@dataclass(frozen=True, slots=True)
class DraftMedia:
    """A file attached to a draft."""

    path: str
    mime_type: str
    alt_text: str | None = None


@dataclass(frozen=True, slots=True)
class Draft:
    """A post being written; `parts` holds the following posts of a thread."""

    id: int
    account: str
    text: str
    created_at: datetime
    updated_at: datetime
    parts: tuple[str, ...] = ()
    media: tuple[DraftMedia, ...] = ()
    reply_to: str | None = None
    quote_of: str | None = None


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """A write waiting to be sent, being sent, or done. `payload` says what to write (`core.payloads`: stored as
    its JSON)."""

    id: int
    account: str
    draft_id: int | None
    payload: Payload
    state: OutboxState
    not_before: datetime
    attempts: int
    #: What the user is told about it: a `core.i18n.Message` (plain text in rows of older versions).
    last_error: str | None
    remote_id: str | None
    idempotency_key: str
    created_at: datetime
    updated_at: datetime
    #: What a multi-step write has done so far (JSON object, e.g. a thread's sent parts); see `OutboxRepo.progress`.
    progress: Mapping[str, Any] = field(default_factory=dict)
    #: While `sending`: the process that sends it (JSON: host, boot, pid, start) and its last heartbeat.
    lease_owner: str | None = None
    lease_heartbeat: datetime | None = None


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """One reading session and what happened in it."""

    id: int
    account: str
    started_at: datetime
    ended_at: datetime | None
    planned_seconds: int
    read_count: int = 0
    amplified_count: int = 0
    posted_count: int = 0
    cost_micro: int = 0
    #: Posts the session showed (its queue); those not read come back in a later session.
    shown_count: int = 0


@dataclass(frozen=True, slots=True)
class ApiCall:
    """One line of the API-cost ledger."""

    id: int
    account: str
    at: datetime
    op: str
    status: int
    price_micro: int
    ref: str | None = None
    #: A write that may or may not have reached X (a timeout after sending): recorded at its price.
    maybe: bool = False


def to_db(moment: datetime) -> str:
    """An aware datetime as UTC ISO text; naive datetimes are a programming error."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime given to the store: {moment!r}")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def from_db(text: str) -> datetime:
    return datetime.fromisoformat(text)


def maybe_from_db(text: str | None) -> datetime | None:
    return None if text is None else from_db(text)


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


@dataclass(frozen=True, slots=True)
class DeckRow:
    """A proposal of the approval deck as the store knows it: where it came from, its decision and what became of
    the post. `content` is a feed's proposal (a folder's proposal lives in its file)."""

    account: str
    origin: str
    proposal: str
    source: str
    content: Mapping[str, Any] = field(default_factory=dict)
    decision: str | None = None
    decided_by: str | None = None
    decided_at: datetime | None = None
    reason: str | None = None
    outbox_id: int | None = None
    #: What became of the post: "waiting", "sent", "failed" or "cancelled" (None: no post).
    outcome: str | None = None
    post_ids: tuple[str, ...] = ()
    sent_at: datetime | None = None
    decision_written: bool = False


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One line of the append-only audit log."""

    id: int
    at: datetime
    account: str
    event: str
    proposal: str = ""
    actor: str = ""
    reason: str = ""
    post_id: str = ""
    link: str = ""
    detail: Mapping[str, Any] = field(default_factory=dict)
