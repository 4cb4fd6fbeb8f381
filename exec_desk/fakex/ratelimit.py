"""Per-user, per-endpoint rate limits in 15-minute windows, 24-hour caps, and X's headers on every answer.

Limits from X's rate-limit table (docs.x.com "Rate limits"; the chunked media upload's: initialize, append and
finalize 1,875 each, STATUS 1,000). Some endpoints also have 24-hour caps, per user or
per developer app (shared by every user of the app): `POST /2/tweets` 10,000 a day per app, likes 1,000 a day
per user. Their answers carry `x-user-limit-24hour-{limit,remaining,reset}` / `x-app-limit-24hour-*`, as X sends
them; when a cap is reached the 429 says so there, while `x-rate-limit-*` still describe the 15-minute window.
"""

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
    "posts_lookup": 5000,
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
#: 24-hour caps by bucket: {"user": per-user cap, "app": per-app cap}.
DAILY: dict[str, dict[str, int]] = {"create_post": {"app": 10_000}, "like": {"user": 1_000}}
DAY = timedelta(hours=24)
#: The key of the developer app's own counters (one app: the fake serves one client's users).
APP = "*app*"
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
    """The outcome of one rate-limit check, with the headers to send (`daily`: the 24-hour cap headers)."""

    allowed: bool
    limit: int
    remaining: int
    reset_epoch: int
    daily: tuple[tuple[str, str], ...] = ()

    def headers(self) -> dict[str, str]:
        return {
            "x-rate-limit-limit": str(self.limit),
            "x-rate-limit-remaining": str(self.remaining),
            "x-rate-limit-reset": str(self.reset_epoch),
            **dict(self.daily),
        }


class RateLimiter:
    """Counts requests; thread-safe. Tests may lower a limit with `set_limit`."""

    def __init__(self, limits: dict[str, int] | None = None) -> None:
        self.limits = dict(LIMITS) | dict(limits or {})
        self.daily = {bucket: dict(caps) for bucket, caps in DAILY.items()}
        self._windows: dict[tuple[str, str], _Window] = {}
        self._lock = threading.Lock()

    def set_limit(self, bucket: str, limit: int) -> None:
        with self._lock:
            self.limits[bucket] = limit

    def set_daily_limit(self, bucket: str, scope: str, limit: int) -> None:
        """Give `bucket` a 24-hour cap per "user" or per "app"."""
        with self._lock:
            self.daily.setdefault(bucket, {})[scope] = limit

    def reset(self) -> None:
        with self._lock:
            self._windows.clear()

    def _window(self, user: str, name: str, length: timedelta, now: datetime) -> _Window:
        window = self._windows.get((user, name))
        if window is None or now >= window.reset_at():
            window = _Window(start=now, length=length)
            self._windows[(user, name)] = window
        return window

    def _daily(self, user: str, bucket: str, now: datetime) -> list[tuple[str, int, _Window]]:
        caps = self.daily.get(bucket, {})
        return [
            (scope, limit, self._window(user if scope == "user" else APP, f"daily:{bucket}", DAY, now))
            for scope, limit in sorted(caps.items(), reverse=True)  # user first, as X lists them
        ]

    @staticmethod
    def _daily_headers(windows: list[tuple[str, int, _Window]]) -> tuple[tuple[str, str], ...]:
        headers: list[tuple[str, str]] = []
        for scope, limit, window in windows:
            prefix = f"x-{scope}-limit-24hour-"
            headers += [
                (prefix + "limit", str(limit)),
                (prefix + "remaining", str(max(0, limit - window.count))),
                (prefix + "reset", str(int(window.reset_at().timestamp()))),
            ]
        return tuple(headers)

    def peek(self, user: str, bucket: str, now: datetime) -> Verdict:
        """The headers of `bucket` for `user` without counting a request (for answers refused before counting)."""
        with self._lock:
            limit = self.limits.get(bucket, 900)
            window = self._window(user, bucket, WINDOW, now)
            daily = self._daily_headers(self._daily(user, bucket, now))
            return Verdict(True, limit, max(0, limit - window.count), int(window.reset_at().timestamp()), daily)

    def hit(self, user: str, bucket: str, now: datetime) -> Verdict:
        """Count one request of `user` to `bucket` unless a limit is reached."""
        with self._lock:
            limit = self.limits.get(bucket, 900)
            window = self._window(user, bucket, WINDOW, now)
            shared = SHARED.get(bucket)
            long_window = self._window(user, shared[0], shared[2], now) if shared else None
            daily = self._daily(user, bucket, now)
            reset = int(window.reset_at().timestamp())
            if window.count >= limit:
                return Verdict(False, limit, 0, reset, self._daily_headers(daily))
            if shared and long_window and long_window.count >= shared[1]:
                return Verdict(False, limit, 0, int(long_window.reset_at().timestamp()), self._daily_headers(daily))
            if any(day.count >= cap for _, cap, day in daily):
                return Verdict(False, limit, limit - window.count, reset, self._daily_headers(daily))
            window.count += 1
            if long_window is not None:
                long_window.count += 1
            for _, _, day in daily:
                day.count += 1
            return Verdict(True, limit, limit - window.count, reset, self._daily_headers(daily))
