"""The OAuth 2.0 endpoints are routed to FakeAuth, unauthenticated, and their tokens then work on the API."""

from __future__ import annotations

import base64
import hashlib
from urllib.parse import parse_qs, urlsplit

import requests

from exec_desk.fakex import FakeXServer
from tests.support.fakex_api import Api, tokens_of

CALLBACK = "http://127.0.0.1:17823/callback"  # registered on the fake's apps by default


def test_pkce_flow_through_the_server_then_revoke(server: FakeXServer) -> None:
    verifier = "v" * 64
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
    query = {
        "response_type": "code",
        "client_id": server.auth.client_id,
        "redirect_uri": CALLBACK,
        "scope": "tweet.read users.read offline.access",
        "state": "s1",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    }
    with requests.Session() as session:
        authorize = session.get(server.base_url + "/i/oauth2/authorize", params=query, allow_redirects=False)
        assert authorize.status_code in (302, 303), authorize.text
        code = parse_qs(urlsplit(authorize.headers["location"]).query)["code"][0]
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": CALLBACK,
            "client_id": server.auth.client_id,
            "code_verifier": verifier,
        }
        token = session.post(server.base_url + "/2/oauth2/token", data=form)
        assert token.status_code == 200, token.text
        access = token.json()["access_token"]
    api = Api(server, token=access)
    try:
        assert api.get("/2/users/me").json()["data"]["id"] == server.user_id
        assert api.get("/2/users/1000/owned_lists").status_code == 403  # list.read was not granted
        revoke = {"token": access, "client_id": server.auth.client_id}
        assert api.session.post(api.url("/2/oauth2/revoke"), data=revoke).status_code == 200
        assert api.get("/2/users/me").status_code == 401
    finally:
        api.close()


def test_expired_tokens_answer_401(server: FakeXServer, api: Api) -> None:
    assert api.get("/2/users/me").status_code == 200
    server.auth.expire_access_tokens()
    expired = api.get("/2/users/me")
    assert expired.status_code == 401 and expired.json()["title"] == "Unauthorized"


def test_an_unregistered_callback_gets_xs_error_page_and_no_redirect(server: FakeXServer) -> None:
    query = {
        "response_type": "code",
        "client_id": server.auth.client_id,
        "redirect_uri": "http://127.0.0.1:8765/callback",  # a port the app did not register
        "scope": "tweet.read users.read",
        "state": "s1",
        "code_challenge": "c" * 43,
        "code_challenge_method": "S256",
    }
    with requests.Session() as session:
        page = session.get(server.base_url + "/i/oauth2/authorize", params=query, allow_redirects=False)
    assert page.status_code == 400 and "location" not in page.headers
    assert page.headers["content-type"].startswith("text/html")
    assert "Something went wrong" in page.text and "You weren't able to give access to the App" in page.text


def test_callbacks_given_to_the_server_replace_the_default() -> None:
    with FakeXServer(seed=3, callbacks=["http://127.0.0.1:9999/callback"]) as server:
        assert server.credentials()["callbacks"] == ["http://127.0.0.1:9999/callback"]
        assert tokens_of(server, server.auth.client_id, "http://127.0.0.1:9999/callback")["access_token"]
        assert server.auth.authorize({"client_id": server.auth.client_id, "redirect_uri": CALLBACK})[0] == 400


def test_the_tokens_of_an_app_not_enrolled_get_403_client_not_enrolled(server: FakeXServer) -> None:
    token = tokens_of(server, server.auth.not_enrolled.client_id)["access_token"]
    api = Api(server, token=token)
    try:
        for path in ("/2/users/me", "/2/users/1000/mentions"):
            refused = api.get(path)
            assert refused.status_code == 403
            assert refused.json()["reason"] == "client-not-enrolled"
            assert refused.headers["content-type"].startswith("application/problem+json")
    finally:
        api.close()


def test_the_confidential_client_needs_basic_through_the_server(server: FakeXServer) -> None:
    app = server.credentials()["clients"]["confidential"]
    form = {"grant_type": "refresh_token", "refresh_token": "anything", "client_id": app["client_id"]}
    with requests.Session() as session:
        refused = session.post(server.base_url + "/2/oauth2/token", data=form)
        assert refused.status_code == 401
        assert refused.json() == {
            "error": "unauthorized_client",
            "error_description": "Missing valid authorization header",
        }
        accepted_client = session.post(
            server.base_url + "/2/oauth2/token", data=form, auth=(app["client_id"], app["client_secret"])
        )
    assert (accepted_client.status_code, accepted_client.json()["error"]) == (400, "invalid_grant")  # a bad token
