"""FakeAuth's OAuth 1.0a checks, fed requests signed by requests-oauthlib's own signer (what tweepy uses)."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
import requests
from oauthlib.oauth1 import SIGNATURE_PLAINTEXT, Client
from oauthlib.oauth1.rfc5849 import signature as oauthlib_signature
from requests_oauthlib import OAuth1

from exec_desk.fakex.auth import AuthFailure, FakeAuth
from exec_desk.fakex.oauth1_signature import hmac_sha1_signature, parse_oauth_header, signature_base_string
from tests.support.auth_server import USER_ID, FakeClock

Signed = tuple[str, str, list[tuple[str, str]], dict[str, str], list[tuple[str, str]] | None]


def sign(
    fake: FakeAuth,
    method: str,
    url: str,
    *,
    data: Any = None,
    json: Any = None,
    timestamp: float | None = None,
    nonce: str = "n0nce0123456789",
    signature_method: str | None = None,
    **keys: str,
) -> Signed:
    """What the fake server receives for a request signed by requests-oauthlib: method, path, query, headers, form."""
    creds = {**fake.oauth1, **keys}
    extra = {"signature_method": signature_method} if signature_method else {}
    auth = OAuth1(
        creds["consumer_key"],
        creds["consumer_secret"],
        creds["access_token"],
        creds["access_token_secret"],
        timestamp=str(int(fake.clock() if timestamp is None else timestamp)),
        nonce=nonce,
        **extra,
    )
    request = requests.Request(method, url, data=data, json=json, auth=auth).prepare()
    parts = urlsplit(request.url or "")
    headers = {k.lower(): v.decode() if isinstance(v, bytes) else v for k, v in request.headers.items()}
    body = request.body.decode() if isinstance(request.body, bytes) else request.body
    is_form = "form-urlencoded" in headers.get("content-type", "")
    form = parse_qsl(body or "", keep_blank_values=True) if is_form else None
    return request.method or method, parts.path, parse_qsl(parts.query, keep_blank_values=True), headers, form


def reason(fake: FakeAuth, signed: Signed) -> str:
    with pytest.raises(AuthFailure) as info:
        fake.authenticate(*signed)
    assert info.value.status == 401
    return info.value.reason


QUERY_URL = (
    "https://api.twitter.com/2/tweets/search/recent?query=from%3Aceo+caf%C3%A9+%E2%98%95"
    "&tweet.fields=created_at%2Cpublic_metrics&max_results=100&empty="
)


@pytest.mark.parametrize(
    "host", ["https://api.twitter.com", "https://api.x.com", "https://upload.twitter.com", "https://upload.x.com"]
)
def test_valid_signature_for_any_real_host_is_accepted(fake: FakeAuth, host: str) -> None:
    assert fake.authenticate(*sign(fake, "GET", host + "/2/users/me?user.fields=name%2Cusername")) == USER_ID


def test_query_with_spaces_unicode_and_commas(fake: FakeAuth) -> None:
    signed = sign(fake, "GET", QUERY_URL)
    assert ("query", "from:ceo café ☕") in signed[2]
    assert fake.authenticate(*signed) == USER_ID


def test_form_body_is_signed_and_json_body_is_not(fake: FakeAuth) -> None:
    url = "https://api.twitter.com/2/oauth/thing"
    signed = sign(fake, "POST", url, data={"status": "hello world & more", "n": "1"})
    assert signed[4] == [("status", "hello world & more"), ("n", "1")]
    assert fake.authenticate(*signed) == USER_ID
    signed = sign(fake, "POST", "https://api.twitter.com/2/tweets", json={"text": "hi"}, nonce="other-nonce-1")
    assert signed[4] is None
    assert fake.authenticate(*signed) == USER_ID


def test_tampered_query_is_rejected(fake: FakeAuth) -> None:
    method, path, query, headers, form = sign(fake, "GET", QUERY_URL)
    tampered = [(k, "from:someone-else" if k == "query" else v) for k, v in query]
    assert reason(fake, (method, path, tampered, headers, form)) == "signature"
    assert reason(fake, (method, path, [*query, ("extra", "1")], headers, form)) == "signature"


def test_tampered_form_path_or_method_is_rejected(fake: FakeAuth) -> None:
    method, path, query, headers, form = sign(fake, "POST", "https://api.x.com/2/x", data={"status": "hello"})
    assert reason(fake, (method, path, query, headers, [("status", "goodbye")])) == "signature"
    assert reason(fake, (method, "/2/y", query, headers, form)) == "signature"
    assert reason(fake, ("DELETE", path, query, headers, form)) == "signature"
    assert fake.authenticate(method, path, query, headers, form) == USER_ID


def test_tampered_oauth_parameter_is_rejected(fake: FakeAuth) -> None:
    method, path, query, headers, form = sign(fake, "GET", "https://api.x.com/2/users/me")
    forged = headers["authorization"].replace('oauth_nonce="n0nce0123456789"', 'oauth_nonce="n0nce0123456788"')
    assert forged != headers["authorization"]
    assert reason(fake, (method, path, query, {**headers, "authorization": forged}, form)) == "signature"


def test_wrong_secrets_are_rejected(fake: FakeAuth) -> None:
    url = "https://api.x.com/2/users/me"
    assert reason(fake, sign(fake, "GET", url, consumer_secret="wrong")) == "signature"
    assert reason(fake, sign(fake, "GET", url, access_token_secret="wrong")) == "signature"


def test_unknown_keys_are_rejected(fake: FakeAuth) -> None:
    url = "https://api.x.com/2/users/me"
    assert reason(fake, sign(fake, "GET", url, consumer_key="someone")) == "consumer"
    assert reason(fake, sign(fake, "GET", url, access_token=f"{USER_ID}-stolen")) == "unknown"


def test_signature_for_another_host_is_rejected(fake: FakeAuth) -> None:
    assert reason(fake, sign(fake, "GET", "https://evil.example/2/users/me")) == "signature"


def test_nonce_replay_is_rejected(fake: FakeAuth) -> None:
    signed = sign(fake, "GET", "https://api.x.com/2/users/me")
    assert fake.authenticate(*signed) == USER_ID
    assert reason(fake, signed) == "nonce"
    assert fake.authenticate(*sign(fake, "GET", "https://api.x.com/2/users/me", nonce="fresh-nonce-2")) == USER_ID


def test_timestamp_must_be_within_300_seconds(fake: FakeAuth, clock: FakeClock) -> None:
    url = "https://api.x.com/2/users/me"
    assert reason(fake, sign(fake, "GET", url, timestamp=clock() - 301, nonce="a" * 12)) == "timestamp"
    assert reason(fake, sign(fake, "GET", url, timestamp=clock() + 301, nonce="b" * 12)) == "timestamp"
    assert fake.authenticate(*sign(fake, "GET", url, timestamp=clock() - 299, nonce="c" * 12)) == USER_ID
    assert fake.authenticate(*sign(fake, "GET", url, timestamp=clock() + 299, nonce="d" * 12)) == USER_ID


def test_only_hmac_sha1_is_accepted(fake: FakeAuth) -> None:
    signed = sign(fake, "GET", "https://api.x.com/2/users/me", signature_method=SIGNATURE_PLAINTEXT)
    assert reason(fake, signed) == "method"


def test_revoke_all_revokes_oauth1_keys(fake: FakeAuth) -> None:
    fake.revoke_all()
    assert reason(fake, sign(fake, "GET", "https://api.x.com/2/users/me")) == "revoked"


def test_independent_signer_agrees_with_rfc_5849_and_oauthlib() -> None:
    # RFC 5849 section 3.4.1.1 example request.
    header = (
        'realm="Example", oauth_consumer_key="9djdj82h48djs9d2", oauth_token="kkk9d7dh3k39sjv7", '
        'oauth_signature_method="HMAC-SHA1", oauth_timestamp="137131201", oauth_nonce="7d8f3e4a", '
        'oauth_signature="bYT5CMsGcbgUdFHObYMEfcx6bsw%3D"'
    )
    oauth = parse_oauth_header(header)
    assert oauth["oauth_signature"] == "bYT5CMsGcbgUdFHObYMEfcx6bsw="
    query = parse_qsl("b5=%3D%253D&a3=a&c%40=&a2=r%20b", keep_blank_values=True)
    form = parse_qsl("c2&a3=2+q", keep_blank_values=True)
    params = [*query, *form, *((k, v) for k, v in oauth.items() if k not in ("realm", "oauth_signature"))]
    base = signature_base_string("POST", "http://example.com/request", params)
    assert base == (
        "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%2540"
        "%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3D"
        "HMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7"
    )
    theirs = oauthlib_signature.signature_base_string(
        "POST", "http://example.com/request", oauthlib_signature.normalize_parameters(params)
    )
    assert base == theirs
    client = Client("9djdj82h48djs9d2", client_secret="j49sk3j29djd", resource_owner_secret="dh893hdasih9")
    expected = oauthlib_signature.sign_hmac_sha1_with_client(base, client)
    assert hmac_sha1_signature(base, "j49sk3j29djd", "dh893hdasih9") == expected
