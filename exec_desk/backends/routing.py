"""Route requests meant for X's hosts to another base URL (the fake server, a proxy or a gateway).

`tweepy.Client` hard-codes `https://api.twitter.com` and has no timeout. `RoutingAdapter` is mounted on the
client's own `requests.Session`: at send time it rewrites scheme and host to the configured base URL and applies
a default timeout. OAuth 1.0a signatures are computed before the adapter runs, so they stay those of the real host.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import requests
from requests.adapters import HTTPAdapter

X_HOSTS = ("https://api.twitter.com", "https://api.x.com", "https://upload.twitter.com", "https://upload.x.com")
DEFAULT_API_URL = "https://api.x.com"
DEFAULT_TIMEOUT = (5.0, 20.0)


class RoutingAdapter(HTTPAdapter):
    """An `HTTPAdapter` that sends every request to `base_url`, keeping path and query."""

    def __init__(self, base_url: str, *, timeout: float | tuple[float, float] = DEFAULT_TIMEOUT) -> None:
        super().__init__(max_retries=0)
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"not an http(s) base URL: {base_url!r}")
        self._scheme = parts.scheme
        self._netloc = parts.netloc
        self._prefix = parts.path.rstrip("/")
        self.timeout = timeout

    def send(  # type: ignore[override]
        self, request: requests.PreparedRequest, timeout: Any = None, **kwargs: Any
    ) -> requests.Response:
        url = urlsplit(request.url or "")
        request.url = urlunsplit((self._scheme, self._netloc, self._prefix + url.path, url.query, ""))
        if request.headers is not None:
            request.headers["Host"] = self._netloc
        return super().send(request, timeout=timeout if timeout is not None else self.timeout, **kwargs)


def route_session(session: requests.Session, base_url: str, **kwargs: Any) -> requests.Session:
    """Mount a `RoutingAdapter` for every X host on `session`; return the session.

    With the default API URL the adapter only adds the timeout: the real hosts are kept.
    """
    for host in X_HOSTS:
        target = host if base_url.rstrip("/") == DEFAULT_API_URL else base_url
        session.mount(host, RoutingAdapter(target, **kwargs))
    return session


def routed_session(base_url: str, headers: Mapping[str, str] | None = None) -> requests.Session:
    """A new session routed to `base_url`."""
    session = requests.Session()
    if headers:
        session.headers.update(headers)
    return route_session(session, base_url)
