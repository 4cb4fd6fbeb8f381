"""Where requests go: with X itself as the base URL (the default `https://api.x.com`), tweepy's `api.twitter.com`
requests go to the configured host and OAuth 1.0a signs the URL really called; with another base URL (the fake X,
a gateway) the request is re-addressed after signing, as before. This is why `exec-desk signin --oauth1` called
api.twitter.com while the settings said api.x.com: `route_session` kept X's hosts untouched for the default."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
import requests
from requests.adapters import HTTPAdapter

from exec_desk.backends.tweepy.backend import TweepyBackend
from exec_desk.core.calls import CallRecord
from exec_desk.fakex.oauth1_signature import parse_oauth_header, signature_matches

KEYS = {
    "consumer_key": "ck",
    "consumer_secret": "cs",
    "access_token": "1000-at",
    "access_token_secret": "ats",
}
ME = b'{"data": {"id": "1000", "name": "Claire", "username": "claire"}}'


class Wire:
    """Stands in for the network under the routing adapter: keeps what would have been sent."""

    def __init__(self) -> None:
        self.sent: list[requests.PreparedRequest] = []

    def send(self, adapter: HTTPAdapter, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        self.sent.append(request)
        response = requests.Response()
        response.status_code, response._content, response.url = 200, ME, request.url or ""
        response.headers["content-type"] = "application/json"
        response.request = request
        return response


@pytest.fixture
def wire(monkeypatch: pytest.MonkeyPatch) -> Iterator[Wire]:
    recorded = Wire()
    monkeypatch.setattr(HTTPAdapter, "send", lambda adapter, request, **kw: recorded.send(adapter, request, **kw))
    yield recorded


class Calls:
    """A call recorder that keeps the calls."""

    def __init__(self) -> None:
        self.calls: list[CallRecord] = []

    def record(self, call: CallRecord) -> int:
        self.calls.append(call)
        return 0


def _me(base_url: str) -> None:
    calls = Calls()
    backend = TweepyBackend(account="x-1000", user_id="1000", recorder=calls, api_base_url=base_url, oauth1=KEYS)
    assert backend.me().username == "claire" and len(calls.calls) == 1


def _signed_for(request: requests.PreparedRequest, base_uri: str) -> bool:
    oauth = parse_oauth_header(str(request.headers["Authorization"]).partition(" ")[2])
    signed = [(k, v) for k, v in oauth.items() if k != "oauth_signature"]
    query = parse_qsl(urlsplit(request.url or "").query, keep_blank_values=True)
    return signature_matches(oauth["oauth_signature"], request.method or "", [base_uri], [*query, *signed], "cs", "ats")


@pytest.mark.parametrize("configured", ["https://api.x.com", "https://api.x.com/", "https://api.twitter.com"])
def test_x_itself_is_called_at_the_configured_host_and_signed_for_it(wire: Wire, configured: str) -> None:
    _me(configured)
    (request,) = wire.sent
    host = configured.rstrip("/")
    assert (request.url or "").startswith(f"{host}/2/users/me?")
    assert _signed_for(request, f"{host}/2/users/me")
    assert not _signed_for(request, "https://api.twitter.com/2/users/me") or host == "https://api.twitter.com"


def test_another_base_url_gets_the_request_signed_for_xs_host(wire: Wire) -> None:
    _me("http://127.0.0.1:8765")
    (request,) = wire.sent
    assert (request.url or "").startswith("http://127.0.0.1:8765/2/users/me?")
    assert request.headers["Host"] == "127.0.0.1:8765"
    assert _signed_for(request, "https://api.twitter.com/2/users/me")  # the fake X checks X's hosts
