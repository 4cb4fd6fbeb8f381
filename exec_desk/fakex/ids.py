"""Identifiers and time formats of the fake X API: snowflake ids, t.co codes, ISO timestamps, page tokens."""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime

#: X's snowflake epoch (2010-11-04T01:42:54.657Z) in milliseconds.
TWEPOCH_MS = 1288834974657
#: Worker numbers keep ids from different sources apart.
WORKER_GENERATED = 1
WORKER_API = 2
WORKER_MEDIA = 3
WORKER_SPIKE = 4


def snowflake(at: datetime, worker: int, sequence: int) -> int:
    """A snowflake id for the instant `at`: ids increase with time, like X's."""
    ms = int(at.timestamp() * 1000) - TWEPOCH_MS
    return (ms << 22) | ((worker & 0x3FF) << 12) | (sequence & 0xFFF)


def snowflake_time(value: int) -> datetime:
    return datetime.fromtimestamp(((value >> 22) + TWEPOCH_MS) / 1000, UTC)


def iso(at: datetime) -> str:
    """X's timestamp format: `2026-11-20T09:15:00.000Z`."""
    at = at.astimezone(UTC)
    return at.strftime("%Y-%m-%dT%H:%M:%S.") + f"{at.microsecond // 1000:03d}Z"


def tco(*parts: object) -> str:
    """A deterministic t.co short link."""
    digest = hashlib.blake2b(":".join(map(str, parts)).encode(), digest_size=8).digest()
    code = base64.b32encode(digest).decode().lower().rstrip("=")[:10]
    return f"https://t.co/{code}"


def encode_token(direction: str, boundary: int) -> str:
    """An opaque pagination token: `direction` is "n" (older than `boundary`) or "p" (newer)."""
    raw = f"{direction}:{boundary}".encode()
    return base64.b32encode(raw).decode().lower().rstrip("=")


def decode_token(token: str) -> tuple[str, int] | None:
    """`(direction, boundary)` of a token made by `encode_token`, or None if it is not one."""
    try:
        padded = token.upper() + "=" * (-len(token) % 8)
        direction, _, number = base64.b32decode(padded).decode().partition(":")
        value = int(number)
    except (ValueError, UnicodeDecodeError):
        return None
    return (direction, value) if direction in ("n", "p") and value >= 0 else None
