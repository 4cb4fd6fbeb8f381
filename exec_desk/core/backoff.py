"""When to try again: exponential backoff for transient failures, and the wait a rate limit imposes."""

from __future__ import annotations

from datetime import datetime, timedelta

#: First retry delay, doubling each attempt, capped.
BASE_SECONDS = 2.0
CAP_SECONDS = 300.0
#: When X says "slow down" without a reset time.
DEFAULT_RATE_LIMIT_WAIT = timedelta(seconds=60)


def backoff_delay(attempt: int, *, base: float = BASE_SECONDS, cap: float = CAP_SECONDS) -> timedelta:
    """Delay before the attempt after failed attempt number `attempt` (1-based): base, 2·base, 4·base... ≤ cap."""
    exponent = max(0, attempt - 1)
    return timedelta(seconds=min(cap, base * (2.0 ** min(exponent, 30))))


def rate_limit_until(reset_at: datetime | None, now: datetime) -> datetime:
    """When a rate-limited request may be sent again: X's reset time, or a minute from now if it gave none."""
    if reset_at is None or reset_at <= now:
        return now + DEFAULT_RATE_LIMIT_WAIT if reset_at is None else now
    return reset_at
