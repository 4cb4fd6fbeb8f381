"""Helpers for the fake X server tests: a hand-moved clock, a small API client and OpenAPI validation."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import jsonschema
import pytest
import requests

from exec_desk.fakex import FakeXServer

SPEC_PATH = Path(__file__).resolve().parents[1] / "data" / "x-api-v2-openapi.json"


class FakeClock:
    """Moves only when told; anchored at real time so OAuth 1.0a timestamps stay valid."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime.now(UTC).replace(microsecond=0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


def tokens_of(server: FakeXServer, client_id: str, callback: str = "http://127.0.0.1:17823/callback") -> dict[str, Any]:
    """Tokens of `client_id` (a public client) through the server's own authorize and token logic."""
    verifier = "v" * 64
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
    query = {
        "response_type": "code",
        "client_id": client_id,
        "redirect_uri": callback,
        "scope": "tweet.read users.read offline.access",
        "state": "s",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    }
    status, headers, _ = server.auth.authorize(query)
    assert status == 302
    code = parse_qs(urlsplit(headers["location"]).query)["code"][0]
    form = {"grant_type": "authorization_code", "code": code, "redirect_uri": callback, "code_verifier": verifier}
    status, body = server.auth.token({**form, "client_id": client_id}, {})
    assert status == 200, body
    return body


class Api:
    """A `requests` session that talks to a fake server with its ready OAuth 2.0 token."""

    def __init__(self, server: FakeXServer, token: str | None = None) -> None:
        self.server = server
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token or server.auth.oauth2_access_token}"

    def url(self, path: str) -> str:
        return self.server.base_url + path

    def get(self, path: str, **params: Any) -> requests.Response:
        timeout = params.pop("timeout", 10)
        return self.session.get(self.url(path), params=params, timeout=timeout)

    def post(self, path: str, body: Any = None, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", 10)
        return self.session.post(self.url(path), json=body, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", 10)
        return self.session.delete(self.url(path), **kwargs)

    def close(self) -> None:
        self.session.close()


TIMELINE_FIELDS = {
    "expansions": "author_id,referenced_tweets.id,referenced_tweets.id.author_id,attachments.media_keys,"
    "entities.mentions.username",
    "tweet.fields": "created_at,public_metrics,referenced_tweets,author_id,entities,attachments,conversation_id,lang",
    "user.fields": "name,username,profile_image_url,verified,description,public_metrics,created_at",
    "media.fields": "url,preview_image_url,type,alt_text,width,height,duration_ms,variants,public_metrics",
}


# -- OpenAPI --------------------------------------------------------------------------------------------------
def _nullable(node: Any) -> Any:
    """OpenAPI 3.0 `nullable: true` as JSON Schema: add "null" to the type."""
    if isinstance(node, dict):
        out = {k: _nullable(v) for k, v in node.items()}
        if out.get("nullable") is True and isinstance(out.get("type"), str):
            out["type"] = [out["type"], "null"]
        return out
    if isinstance(node, list):
        return [_nullable(v) for v in node]
    return node


@cache
def spec() -> dict[str, Any]:
    if not SPEC_PATH.exists():
        pytest.fail(f"OpenAPI spec not found at {SPEC_PATH}: tests/data holds a copy of it", pytrace=False)
    loaded: dict[str, Any] = _nullable(json.loads(SPEC_PATH.read_text(encoding="utf-8")))
    return loaded


def _validate(schema: dict[str, Any], instance: Any) -> None:
    root = {**schema, "components": spec()["components"]}
    jsonschema.Draft4Validator(root).validate(instance)


def validate_component(name: str, instance: Any) -> None:
    _validate({"$ref": f"#/components/schemas/{name}"}, instance)


def response_schema(path: str, method: str, status: int, content_type: str) -> dict[str, Any]:
    responses = spec()["paths"][path][method.lower()]["responses"]
    declared = responses.get(str(status)) or responses["default"]
    media = content_type.split(";")[0].strip()
    schema: dict[str, Any] = declared["content"][media]["schema"]
    return schema


def generic_problem() -> dict[str, Any]:
    """The shape every problem of the spec shares, without its closed list of `type`s.

    The spec's `Problem` union lists typed problems only; X's `about:blank` answers (401, 403, 429) and its
    `client-forbidden` problem are outside it, so they are checked against the common shape instead.
    """
    common = copy.deepcopy(spec()["components"]["schemas"]["InternalErrorProblem"])
    common["properties"]["type"] = {"type": "string"}
    common["required"] = ["type", "title", "detail", "status"]
    return dict(common)


def validate_response(path: str, method: str, response: requests.Response) -> None:
    """Validate `response` against the spec's schema for this path, method, status and content type."""
    body = response.json()
    content_type = response.headers["content-type"]
    schema = response_schema(path, method, response.status_code, content_type)
    mapping = spec()["components"]["schemas"]["Problem"]["discriminator"]["mapping"]
    if content_type.startswith("application/problem+json") and body.get("type") not in mapping:
        _validate(generic_problem(), body)
    else:
        _validate(schema, body)
    # The spec names included posts `posts`; X (and tweepy) call them `tweets`: check them as Posts too.
    for post in (body.get("includes") or {}).get("tweets", []):
        validate_component("Post", post)
    for item in body.get("data") or [] if isinstance(body.get("data"), list) else []:
        if "referenced_tweets" in item:
            validate_component("PostReferencedPosts", item["referenced_tweets"])
