"""The OAuth 2.0 endpoints are routed to FakeAuth, unauthenticated, and their tokens then work on the API."""

from __future__ import annotations

import base64
import hashlib
from urllib.parse import parse_qs, urlsplit

import requests
from fakex_helpers import Api

from exec_desk.fakex import FakeXServer

CALLBACK = "http://127.0.0.1:8765/callback"


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
