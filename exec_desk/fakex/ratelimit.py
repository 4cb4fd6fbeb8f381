"""Per-user, per-endpoint rate limits in 15-minute windows, with X's headers (limits from X-API-NOTES.md; the
chunked media upload's from docs.x.com "Rate limits": initialize, append and finalize 1,875 each, STATUS 1,000)."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

WINDOW = timedelta(minutes=15)
#: Requests per user per 15 minutes, by endpoint bucket.
LIMITS: dict[str, int] = {
    "users_me": 75,
    "users_lookup": 900,
    "home_timeline": 180,
    "list_tweets": 900,
    "mentions": 300,
    "search_recent": 300,
    "user_tweets": 900,
    "owned_lists": 15,
    "followed_lists": 15,
    "retweet": 50,
    "unretweet": 50,
    "like": 50,
    "create_post": 100,
    "delete_post": 50,
    "media_upload": 500,
    "media_status": 1000,
    "media_initialize": 1875,
    "media_append": 1875,
    "media_finalize": 1875,
    "media_metadata": 500,
}
#: Buckets that also count against a longer shared window: (name, limit, window).
SHARED: dict[str, tuple[str, int, timedelta]] = {
    "create_post": ("posts_and_retweets_3h", 300, timedelta(hours=3)),
    "retweet": ("posts_and_retweets_3h", 300, timedelta(hours=3)),
}


@dataclass
class _Window:
    start: datetime
    length: timedelta
    count: int = 0

    def reset_at(self) -> datetime:
        return self.start + self.length


@dataclass(frozen=True)
class Verdict:
    """The outcome of one rate-limit check, with the headers to send."""

    allowed: bool
    limit: int
    remaining: int
    reset_epoch: int

    def headers(self) -> dict[str, str]:
        return {
            "x-rate-limit-limit": str(self.limit),
            "x-rate-limit-remaining": str(self.remaining),
            "x-rate-limit-reset": str(self.reset_epoch),
        }


class RateLimiter:
    """Counts requests; thread-safe. Tests may lower a limit with `set_limit`."""

    def __init__(self, limits: dict[str, int] | None = None) -> None:
        self.limits = dict(LIMITS) | dict(limits or {})
        self._windows: dict[tuple[str, str], _Window] = {}
        self._lock = threading.Lock()

    def set_limit(self, bucket: str, limit: int) -> None:
        with self._lock:
            self.limits[bucket] = limit

    def reset(self) -> None:
        with self._lock:
            self._windows.clear()

    def _window(self, user: str, name: str, length: timedelta, now: datetime) -> _Window:
        window = self._windows.get((user, name))
        if window is None or now >= window.reset_at():
            window = _Window(start=now, length=length)
            self._windows[(user, name)] = window
        return window

    def hit(self, user: str, bucket: str, now: datetime) -> Verdict:
        """Count one request of `user` to `bucket` unless a limit is reached."""
        with self._lock:
            limit = self.limits.get(bucket, 900)
            window = self._window(user, bucket, WINDOW, now)
            shared = SHARED.get(bucket)
            long_window = self._window(user, shared[0], shared[2], now) if shared else None
            reset = int(window.reset_at().timestamp())
            if window.count >= limit:
                return Verdict(False, limit, 0, reset)
            if shared and long_window and long_window.count >= shared[1]:
                return Verdict(False, limit, 0, int(long_window.reset_at().timestamp()))
            window.count += 1
            if long_window is not None:
                long_window.count += 1
            return Verdict(True, limit, limit - window.count, reset)
