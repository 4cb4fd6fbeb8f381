"""FakeAuth's developer apps, as strict as X: exact callback URLs, a confidential client that must use HTTP Basic at
the token, refresh and revoke endpoints (X's 401 `unauthorized_client` "Missing valid authorization header"
otherwise), codes and refresh tokens bound to their client, and an app not enrolled whose tokens get X's 403
`client-not-enrolled` (docs.x.com "Response codes and errors", X's own example)."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from exec_desk.core.callback import DEFAULT_REDIRECT_PORT, callback_url
from exec_desk.fakex.auth import AuthFailure, FakeAuth
from exec_desk.fakex.oauth_clients import DEFAULT_CALLBACK, checked_callbacks
from tests.support.auth_server import USER_ID, FakeClock
from tests.unit.fakex.auth.test_oauth2 import REDIRECT, authorize, location_params, pkce

MISSING = {"error": "unauthorized_client", "error_description": "Missing valid authorization header"}


def basic(client_id: str, secret: str) -> dict[str, str]:
    return {"authorization": "Basic " + base64.b64encode(f"{client_id}:{secret}".encode()).decode()}


def code_for(fake: FakeAuth, client_id: str) -> tuple[str, str]:
    verifier, challenge = pkce()
    status, headers, _ = authorize(fake, client_id=client_id, code_challenge=challenge)
    assert status == 302
    return location_params(headers)["code"], verifier


def form(code: str, verifier: str, **extra: str) -> dict[str, str]:
    return {
        "grant_type": "authorization_code",
        "code": code,
        "code_verifier": verifier,
        "redirect_uri": REDIRECT,
        **extra,
    }


def test_the_fakes_default_callback_is_the_apps_default() -> None:
    assert DEFAULT_CALLBACK == callback_url(DEFAULT_REDIRECT_PORT) == "http://127.0.0.1:17823/callback"
    assert FakeAuth(USER_ID).callbacks == (DEFAULT_CALLBACK,)


def test_registered_callbacks_replace_the_default_and_are_matched_exactly() -> None:
    fake = FakeAuth(USER_ID, callbacks=["http://127.0.0.1:9000/callback", "https://app.example/cb"])
    for uri, status in [
        ("http://127.0.0.1:9000/callback", 302),
        ("https://app.example/cb", 302),
        (DEFAULT_CALLBACK, 400),  # replaced, not added to
        ("http://127.0.0.1:9000/callback/", 400),
        ("http://127.0.0.1:9000/Callback", 400),
        ("https://app.example/cb?x=1", 400),
    ]:
        assert authorize(fake, redirect_uri=uri)[0] == status, uri
    with pytest.raises(ValueError):
        checked_callbacks(["ftp://127.0.0.1/callback"])
    with pytest.raises(ValueError):
        checked_callbacks([])


def test_a_confidential_client_must_authenticate_with_basic(fake: FakeAuth) -> None:
    app = fake.confidential
    assert app.secret and app.confidential and app.client_id != fake.client_id
    code, verifier = code_for(fake, app.client_id)
    assert fake.token(form(code, verifier, client_id=app.client_id), {}) == (401, MISSING)  # client_id alone
    code, verifier = code_for(fake, app.client_id)
    assert fake.token(form(code, verifier), basic(app.client_id, "wrong")) == (401, MISSING)  # wrong secret
    assert fake.token(form(code, verifier), {"authorization": "Basic !!!"}) == (401, MISSING)  # garbled
    code, verifier = code_for(fake, app.client_id)
    status, body = fake.token(form(code, verifier, client_id=app.client_id), basic(app.client_id, app.secret))
    assert status == 200, body
    refresh: dict[str, Any] = {"grant_type": "refresh_token", "refresh_token": body["refresh_token"]}
    assert fake.token({**refresh, "client_id": app.client_id}, {}) == (401, MISSING)
    status, renewed = fake.token(refresh, basic(app.client_id, app.secret))
    assert status == 200, renewed
    access_token = renewed["access_token"]
    assert isinstance(access_token, str)
    revoke = {"token": access_token}
    assert fake.revoke({**revoke, "client_id": app.client_id}, {}) == (401, MISSING)
    assert fake.revoke(revoke, basic(app.client_id, app.secret)) == (200, {"revoked": True})


def test_codes_and_refresh_tokens_belong_to_their_client(fake: FakeAuth) -> None:
    app = fake.confidential
    assert app.secret
    code, verifier = code_for(fake, app.client_id)
    status, body = fake.token(form(code, verifier, client_id=fake.client_id), {})  # another app's code
    assert (status, body["error"]) == (400, "invalid_grant")
    code, verifier = code_for(fake, fake.client_id)
    refresh_token = fake.token(form(code, verifier, client_id=fake.client_id), {})[1]["refresh_token"]
    assert isinstance(refresh_token, str)
    status, body = fake.token(
        {"grant_type": "refresh_token", "refresh_token": refresh_token}, basic(app.client_id, app.secret)
    )
    assert (status, body["error"]) == (400, "invalid_grant")


def test_a_basic_header_and_a_form_client_id_must_agree(fake: FakeAuth) -> None:
    app = fake.confidential
    assert app.secret
    code, verifier = code_for(fake, app.client_id)
    status, body = fake.token(form(code, verifier, client_id=fake.client_id), basic(app.client_id, app.secret))
    assert (status, body["error"]) == (401, "invalid_client")


def test_an_app_not_enrolled_gets_tokens_then_403_client_not_enrolled_on_every_call(
    fake: FakeAuth, clock: FakeClock
) -> None:
    app = fake.not_enrolled
    assert not app.enrolled and not app.confidential
    code, verifier = code_for(fake, app.client_id)
    status, body = fake.token(form(code, verifier, client_id=app.client_id), {})
    assert status == 200, body
    for path in ("/2/users/me", "/2/tweets/search/recent"):
        with pytest.raises(AuthFailure) as info:
            fake.authenticate("GET", path, [], {"authorization": f"Bearer {body['access_token']}"})
        failure = info.value
        assert failure.status == 403 and failure.reason == "not-enrolled"
        assert failure.body["reason"] == "client-not-enrolled"
        assert failure.body["type"] == "https://api.x.com/2/problems/client-forbidden"
        assert failure.body["title"] == "Client Forbidden" and failure.body["client_id"] == app.client_id
    # A test may enrol or un-enrol an app: the public client's tokens then get the same answer.
    fake.clients[fake.client_id].enrolled = False
    with pytest.raises(AuthFailure) as info:
        fake.authenticate("GET", "/2/users/me", [], {"authorization": f"Bearer {fake.oauth2_access_token}"})
    assert info.value.status == 403
