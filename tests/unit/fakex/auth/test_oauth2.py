"""FakeAuth's OAuth 2.0 side: authorize, code exchange with PKCE, refresh rotation, revocation, bearer checks."""

from __future__ import annotations

import base64
import json
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import jsonschema
import pytest
from oauthlib.oauth2 import WebApplicationClient

from exec_desk.fakex.auth import AuthFailure, FakeAuth
from tests.support.auth_server import USER_ID, FakeClock
from tests.support.places import DATA

REDIRECT = "http://127.0.0.1:17823/callback"  # the callback the fake's apps have registered by default
SCOPES = "tweet.read users.read offline.access"
X_401 = {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"}
SPEC = DATA / "x-api-v2-openapi.json"


def pkce(method: str = "S256") -> tuple[str, str]:
    client = WebApplicationClient("unused")
    verifier = client.create_code_verifier(64)
    return verifier, client.create_code_challenge(verifier, method)


def authorize(fake: FakeAuth, **override: str) -> tuple[int, dict[str, str], bytes]:
    query = {
        "response_type": "code",
        "client_id": fake.client_id,
        "redirect_uri": REDIRECT,
        "scope": SCOPES,
        "state": "st4te",
        "code_challenge": pkce()[1],
        "code_challenge_method": "S256",
    }
    query.update(override)
    return fake.authorize({k: v for k, v in query.items() if v != "<omit>"})


def location_params(headers: dict[str, str]) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(headers["location"]).query).items()}


def new_code(fake: FakeAuth, *, scope: str = SCOPES, method: str = "S256") -> tuple[str, str]:
    """(code, verifier) from an approved authorization."""
    verifier, challenge = pkce(method)
    status, headers, _ = authorize(fake, scope=scope, code_challenge=challenge, code_challenge_method=method)
    assert status == 302
    return location_params(headers)["code"], verifier


def exchange(fake: FakeAuth, code: str, verifier: str, **override: str) -> tuple[int, dict[str, Any]]:
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "code_verifier": verifier,
        "redirect_uri": REDIRECT,
        "client_id": fake.client_id,
    }
    form.update(override)
    return fake.token({k: v for k, v in form.items() if v != "<omit>"}, {})


def refresh(fake: FakeAuth, refresh_token: str, **extra: str) -> tuple[int, dict[str, Any]]:
    form = {"grant_type": "refresh_token", "refresh_token": refresh_token, "client_id": fake.client_id, **extra}
    return fake.token(form, {})


def bearer(fake: FakeAuth, token: str) -> str:
    return fake.authenticate("GET", "/2/users/me", [], {"authorization": f"Bearer {token}"})


def auth_failure(fake: FakeAuth, token: str) -> AuthFailure:
    with pytest.raises(AuthFailure) as info:
        bearer(fake, token)
    return info.value


# -- authorize ---------------------------------------------------------------------------------------------------
def test_authorize_redirects_to_the_callback_with_state_and_code(fake: FakeAuth) -> None:
    status, headers, _ = authorize(fake)
    assert status == 302
    assert headers["location"].startswith(REDIRECT + "?")
    params = location_params(headers)
    assert params["state"] == "st4te"
    assert fake.pending_code("st4te") == params["code"]


def test_a_registered_localhost_callback_and_plain_method_are_accepted(fake: FakeAuth) -> None:
    fake.callbacks = (*fake.callbacks, "http://localhost:8080/callback")  # registered on the app, as X requires
    verifier = "p" * 50
    status, headers, _ = authorize(
        fake, redirect_uri="http://localhost:8080/callback", code_challenge=verifier, code_challenge_method="plain"
    )
    assert status == 302
    code = location_params(headers)["code"]
    status, body = exchange(fake, code, verifier, redirect_uri="http://localhost:8080/callback")
    assert status == 200, body


@pytest.mark.parametrize(
    "override",
    [
        {"client_id": "someone-else"},
        {"client_id": "<omit>"},
        {"redirect_uri": "https://evil.example/callback"},
        {"redirect_uri": "http://127.0.0.1/callback"},
        {"redirect_uri": "http://127.0.0.1:5000/other"},
        {"redirect_uri": "http://example.com:5000/callback"},
        {"redirect_uri": "http://127.0.0.1:5000/callback?next=https://evil.example"},
        {"redirect_uri": "<omit>"},
        {"redirect_uri": "http://127.0.0.1:17824/callback"},  # another port than the registered one
        {"redirect_uri": "http://127.0.0.1:17823/callback/"},  # "URLs must match exactly (including trailing slashes)"
        {"redirect_uri": "http://localhost:17823/callback"},  # not the registered host
        {"redirect_uri": "http://127.0.0.1:8080/callback"},  # a loopback callback on any port was accepted before
        {"redirect_uri": "https://127.0.0.1:17823/callback"},
    ],
)
def test_unknown_client_or_unverified_redirect_gets_a_400_page_not_a_redirect(
    fake: FakeAuth, override: dict[str, str]
) -> None:
    status, headers, body = authorize(fake, **override)
    assert status == 400
    assert "location" not in headers
    assert headers["content-type"].startswith("text/html")
    assert b"Something went wrong" in body and b"You weren't able to give access to the App" in body


@pytest.mark.parametrize(
    ("override", "error"),
    [
        ({"response_type": "token"}, "unsupported_response_type"),
        ({"state": "<omit>"}, "invalid_request"),
        ({"code_challenge": "<omit>"}, "invalid_request"),
        ({"code_challenge_method": "S512"}, "invalid_request"),
        ({"scope": "tweet.read"}, "invalid_scope"),
        ({"scope": "tweet.read users.read root.everything"}, "invalid_scope"),
    ],
)
def test_invalid_request_with_a_verified_callback_redirects_an_error(
    fake: FakeAuth, override: dict[str, str], error: str
) -> None:
    status, headers, _ = authorize(fake, **override)
    assert status == 302
    params = location_params(headers)
    assert params["error"] == error
    assert "code" not in params


def test_denied_authorization_redirects_access_denied(fake: FakeAuth) -> None:
    fake.approve = False
    status, headers, _ = authorize(fake)
    assert status == 302
    assert location_params(headers)["error"] == "access_denied"
    assert location_params(headers)["state"] == "st4te"


# -- code exchange -------------------------------------------------------------------------------------------------
def test_code_exchange_answers_like_x(fake: FakeAuth, clock: FakeClock) -> None:
    code, verifier = new_code(fake)
    status, body = exchange(fake, code, verifier)
    assert status == 200
    assert list(body) == ["token_type", "expires_in", "access_token", "scope", "refresh_token"]
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 7200
    assert set(body["scope"].split()) == set(SCOPES.split())
    assert bearer(fake, body["access_token"]) == USER_ID
    clock.advance(7199)
    assert bearer(fake, body["access_token"]) == USER_ID


def test_pkce_verifier_mismatch_is_invalid_grant(fake: FakeAuth) -> None:
    code, _ = new_code(fake)
    other_verifier, _ = pkce()
    status, body = exchange(fake, code, other_verifier)
    assert (status, body["error"]) == (400, "invalid_grant")


def test_missing_verifier_is_invalid_request(fake: FakeAuth) -> None:
    code, _ = new_code(fake)
    status, body = exchange(fake, code, "<omit>")
    assert (status, body["error"]) == (400, "invalid_request")


def test_code_is_single_use_and_reuse_revokes_its_tokens(fake: FakeAuth) -> None:
    code, verifier = new_code(fake)
    status, first = exchange(fake, code, verifier)
    assert status == 200
    status, body = exchange(fake, code, verifier)
    assert (status, body["error"]) == (400, "invalid_grant")
    assert auth_failure(fake, first["access_token"]).reason == "revoked"
    assert refresh(fake, first["refresh_token"])[1]["error"] == "invalid_grant"


def test_code_expires_after_30_seconds(fake: FakeAuth, clock: FakeClock) -> None:
    code, verifier = new_code(fake)
    clock.advance(29)
    assert exchange(fake, code, verifier)[0] == 200
    code, verifier = new_code(fake)
    clock.advance(31)
    status, body = exchange(fake, code, verifier)
    assert (status, body["error"]) == (400, "invalid_grant")


def test_redirect_uri_must_equal_the_authorize_one(fake: FakeAuth) -> None:
    code, verifier = new_code(fake)
    status, body = exchange(fake, code, verifier, redirect_uri="http://127.0.0.1:9999/callback")
    assert (status, body["error"]) == (400, "invalid_grant")


def test_unknown_code_is_invalid_grant(fake: FakeAuth) -> None:
    assert exchange(fake, "not-a-code", pkce()[0])[1]["error"] == "invalid_grant"


def test_client_authentication_by_form_or_basic(fake: FakeAuth) -> None:
    code, verifier = new_code(fake)
    assert exchange(fake, code, verifier, client_id="intruder") == (
        401,
        {"error": "invalid_client", "error_description": "Client authentication failed"},
    )
    code, verifier = new_code(fake)
    assert exchange(fake, code, verifier, client_id="<omit>")[1]["error"] == "invalid_request"
    code, verifier = new_code(fake)
    form = {"grant_type": "authorization_code", "code": code, "code_verifier": verifier, "redirect_uri": REDIRECT}
    basic = base64.b64encode(f"{fake.client_id}:".encode()).decode()
    status, body = fake.token(form, {"authorization": f"Basic {basic}"})
    assert status == 200, body
    with_secret = base64.b64encode(f"{fake.client_id}:s3cret".encode()).decode()
    assert fake.token(form, {"authorization": f"Basic {with_secret}"})[0] == 401


def test_unsupported_grant_type(fake: FakeAuth) -> None:
    status, body = fake.token({"grant_type": "password", "client_id": fake.client_id}, {})
    assert (status, body["error"]) == (400, "unsupported_grant_type")


# -- refresh ---------------------------------------------------------------------------------------------------
def test_refresh_tokens_rotate_and_the_old_one_is_rejected(fake: FakeAuth) -> None:
    code, verifier = new_code(fake)
    first = exchange(fake, code, verifier)[1]
    status, second = refresh(fake, first["refresh_token"])
    assert status == 200
    assert second["refresh_token"] != first["refresh_token"]
    assert second["access_token"] != first["access_token"]
    assert bearer(fake, second["access_token"]) == USER_ID
    status, body = refresh(fake, first["refresh_token"])
    assert (status, body["error"]) == (400, "invalid_grant")
    assert refresh(fake, second["refresh_token"])[0] == 200


def test_no_refresh_token_without_offline_access(fake: FakeAuth) -> None:
    code, verifier = new_code(fake, scope="tweet.read users.read")
    status, body = exchange(fake, code, verifier)
    assert status == 200
    assert "refresh_token" not in body
    assert body["scope"] == "tweet.read users.read"


def test_refresh_may_narrow_but_not_widen_the_scope(fake: FakeAuth) -> None:
    code, verifier = new_code(fake)
    first = exchange(fake, code, verifier)[1]
    status, body = refresh(fake, first["refresh_token"], scope="tweet.read users.read tweet.write")
    assert (status, body["error"]) == (400, "invalid_scope")
    code, verifier = new_code(fake)
    first = exchange(fake, code, verifier)[1]
    status, body = refresh(fake, first["refresh_token"], scope="tweet.read offline.access")
    assert status == 200
    assert body["scope"] == "tweet.read offline.access"


def test_ready_made_tokens(fake: FakeAuth, clock: FakeClock) -> None:
    clock.advance(10 * 365 * 86400)
    assert bearer(fake, fake.oauth2_access_token) == USER_ID
    status, body = refresh(fake, fake.oauth2_refresh_token)
    assert status == 200
    assert bearer(fake, body["access_token"]) == USER_ID
    assert refresh(fake, fake.oauth2_refresh_token)[0] == 400


# -- bearer checks and test controls ---------------------------------------------------------------------------
def test_expired_access_token_gets_xs_401(fake: FakeAuth, clock: FakeClock) -> None:
    code, verifier = new_code(fake)
    token = exchange(fake, code, verifier)[1]["access_token"]
    clock.advance(7200)
    failure = auth_failure(fake, token)
    assert (failure.status, failure.body, failure.reason) == (401, X_401, "expired")


def test_expire_access_tokens_control(fake: FakeAuth) -> None:
    code, verifier = new_code(fake)
    tokens = exchange(fake, code, verifier)[1]
    fake.expire_access_tokens()
    assert auth_failure(fake, tokens["access_token"]).reason == "expired"
    assert auth_failure(fake, fake.oauth2_access_token).reason == "expired"
    status, fresh = refresh(fake, tokens["refresh_token"])
    assert status == 200
    assert bearer(fake, fresh["access_token"]) == USER_ID


def test_revoke_endpoint(fake: FakeAuth) -> None:
    code, verifier = new_code(fake)
    tokens = exchange(fake, code, verifier)[1]
    form = {"token": tokens["access_token"], "token_type_hint": "access_token", "client_id": fake.client_id}
    assert fake.revoke(form, {}) == (200, {"revoked": True})
    assert auth_failure(fake, tokens["access_token"]).reason == "revoked"
    assert fake.revoke({**form, "token": tokens["refresh_token"]}, {})[0] == 200
    assert refresh(fake, tokens["refresh_token"])[1]["error"] == "invalid_grant"
    assert fake.revoke({"client_id": fake.client_id}, {})[1]["error"] == "invalid_request"
    assert fake.revoke({**form, "client_id": "intruder"}, {})[0] == 401


def test_revoke_all_control(fake: FakeAuth) -> None:
    code, verifier = new_code(fake)
    tokens = exchange(fake, code, verifier)[1]
    pending, verifier2 = new_code(fake)
    fake.revoke_all()
    assert auth_failure(fake, tokens["access_token"]).reason == "revoked"
    assert auth_failure(fake, fake.oauth2_access_token).reason == "revoked"
    assert refresh(fake, tokens["refresh_token"])[0] == 400
    assert exchange(fake, pending, verifier2)[0] == 400
    assert fake.pending_code("st4te") is None


@pytest.mark.parametrize("header", [None, "Bearer", "Bearer nope", "Basic abc", "Token x"])
def test_missing_or_unknown_credentials(fake: FakeAuth, header: str | None) -> None:
    headers = {} if header is None else {"authorization": header}
    with pytest.raises(AuthFailure) as info:
        fake.authenticate("GET", "/2/users/me", [], headers)
    assert (info.value.status, info.value.body) == (401, X_401)


def test_401_body_fits_the_openapi_problem_fields() -> None:
    """X's 401 uses type about:blank, which the spec's Problem discriminator does not list; it must still carry
    the fields every Problem variant declares, with their declared types."""
    spec = json.loads(SPEC.read_text())
    schemas = spec["components"]["schemas"]
    variants = [schemas[ref["$ref"].rsplit("/", 1)[1]] for ref in schemas["Problem"]["oneOf"]]
    required = set.intersection(*(set(v["required"]) for v in variants))
    common = set.intersection(*(set(v["properties"]) for v in variants))
    properties = {name: {k: v for k, v in variants[0]["properties"][name].items() if k != "enum"} for name in common}
    schema = {"type": "object", "required": sorted(required), "properties": properties}
    assert required == {"type", "title", "detail"}
    jsonschema.validate(X_401, schema)
    with pytest.raises(AuthFailure) as info:
        FakeAuth("1").authenticate("GET", "/2/users/me", [], {})
    jsonschema.validate(info.value.body, schema)
    assert info.value.content_type == "application/problem+json"


def test_authorize_query_is_what_the_redirect_carries(fake: FakeAuth) -> None:
    status, headers, _ = authorize(fake, state="a b&c=d")
    assert status == 302
    assert urlsplit(headers["location"]).query.startswith(urlencode({"state": "a b&c=d"}) + "&code=")


def test_granted_scopes(fake: FakeAuth) -> None:
    code, verifier = new_code(fake, scope="tweet.read users.read")
    token = exchange(fake, code, verifier)[1]["access_token"]
    assert fake.granted_scopes({"authorization": f"Bearer {token}"}) == {"tweet.read", "users.read"}
    assert "tweet.write" in fake.granted_scopes({"authorization": f"Bearer {fake.oauth2_access_token}"})
    assert "media.write" in fake.granted_scopes({"authorization": 'OAuth oauth_token="x"'})
    assert fake.granted_scopes({"authorization": "Bearer unknown"}) == frozenset()
