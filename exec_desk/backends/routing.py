"""Route requests meant for X's hosts to another base URL (the fake server, a proxy or a gateway).

`tweepy.Client` hard-codes `https://api.twitter.com` and has no timeout. `RoutingAdapter` is mounted on the
client's own `requests.Session`: at send time it rewrites scheme and host to the configured base URL and applies
a default timeout. OAuth 1.0a signatures are computed before the adapter runs, so they stay those of the real host
(the fake X checks them so, and a gateway forwards to X).

With X itself as the base URL (`https://api.x.com`, the default), tweepy's `api.twitter.com` requests are
re-addressed to it before they are prepared, so they go to the configured host and an OAuth 1.0a signature is
computed for the host really called: X verifies the signature against the URL it received.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit, urlunsplit

import requests
from requests.adapters import HTTPAdapter

X_HOSTS = ("https://api.twitter.com", "https://api.x.com", "https://upload.twitter.com", "https://upload.x.com")
#: X's API hosts, which serve the same API (the base URL may be either).
X_API_HOSTS = ("https://api.x.com", "https://api.twitter.com")
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


class _Readdress:
    """Wraps a session's `prepare_request`: requests for X's API hosts go to `target` (before auth signs them)."""

    def __init__(self, prepare: Any, target: str) -> None:
        self._prepare = prepare
        self._target = urlsplit(target)

    def __call__(self, request: requests.Request) -> requests.PreparedRequest:
        url = urlsplit(request.url or "")
        if f"{url.scheme}://{url.netloc}" in X_API_HOSTS:
            request.url = urlunsplit((self._target.scheme, self._target.netloc, url.path, url.query, url.fragment))
        prepared: requests.PreparedRequest = self._prepare(request)
        return prepared


def route_session(session: requests.Session, base_url: str, **kwargs: Any) -> requests.Session:
    """Mount a `RoutingAdapter` for every X host on `session`; return the session.

    With one of X's own API hosts as the base URL, requests keep X's hosts (the adapter only adds the timeout),
    and those for X's API go to that host, re-addressed before they are signed.
    """
    base = base_url.rstrip("/")
    real_x = base in X_API_HOSTS
    if real_x:
        session.prepare_request = _Readdress(session.prepare_request, base)  # type: ignore[method-assign]
    for host in X_HOSTS:
        session.mount(host, RoutingAdapter(host if real_x else base_url, **kwargs))
    return session
