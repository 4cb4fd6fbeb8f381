"""Requests, outcomes and the route table types shared by the endpoint modules and the HTTP plumbing."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import parse_qsl

from exec_desk.fakex.policy import Policy
from exec_desk.fakex.prices import Op, Resource
from exec_desk.fakex.problems import ApiError, invalid_request
from exec_desk.fakex.world import World

Json = dict[str, Any]


@dataclass(frozen=True)
class Part:
    """One field of a multipart body."""

    data: bytes
    filename: str | None
    content_type: str


@dataclass
class Request:
    """An HTTP request as endpoint code sees it. `headers` keys are lower-case."""

    method: str
    path: str
    query: list[tuple[str, str]]
    headers: Mapping[str, str]
    body: bytes
    now: datetime
    base_url: str
    user_id: str = ""

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    def json(self) -> Json:
        """The JSON object body, or a 400 as X sends for a body it cannot read."""
        try:
            value = json.loads(self.body or b"null")
        except ValueError as exc:
            raise ApiError(400, invalid_request([("body", "", f"Request body is not valid JSON: {exc}")])) from exc
        if not isinstance(value, dict):
            raise ApiError(400, invalid_request([("body", "", "Request body must be a JSON object")]))
        try:  # a lone surrogate ("\\ud800") decodes in Python but is not text: X refuses it too
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ApiError(400, invalid_request([("body", "", "Request body is not valid UTF-8 text")])) from exc
        return value

    def form(self) -> dict[str, str]:
        if self.content_type != "application/x-www-form-urlencoded":
            return {}
        return dict(parse_qsl(self.body.decode("utf-8", "replace"), keep_blank_values=True))

    def multipart(self) -> dict[str, Part]:
        if self.content_type != "multipart/form-data":
            return {}
        header = f"Content-Type: {self.headers.get('content-type', '')}\r\n\r\n".encode()
        message = BytesParser(policy=HTTP).parsebytes(header + self.body)
        assert isinstance(message, EmailMessage)
        parts: dict[str, Part] = {}
        for item in message.iter_parts() if message.is_multipart() else ():
            name = item.get_param("name", header="content-disposition")
            payload = item.get_payload(decode=True)
            if isinstance(name, str) and isinstance(payload, bytes):
                parts[name] = Part(payload, item.get_filename(), item.get_content_type())
        return parts


@dataclass
class Outcome:
    """What an endpoint produced: the answer and what the request log needs to price it."""

    status: int
    body: Json
    op: Op | None = None
    resources: dict[Resource, list[str]] = field(default_factory=dict)
    has_url: bool = False
    is_reply: bool = False
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Context:
    """What endpoint code works with."""

    world: World
    policy: Policy
    client_id: str


Handler = Callable[[Context, Request, dict[str, str]], Outcome]


@dataclass(frozen=True)
class Route:
    """`template` like `/2/users/{id}/mentions`; `bucket` names its rate limit; `op` prices it; an OAuth 2.0
    token needs every one of `scopes`."""

    method: str
    template: str
    bucket: str
    op: Op | None
    handler: Handler
    scopes: tuple[str, ...] = ("tweet.read", "users.read")

    @property
    def pattern(self) -> re.Pattern[str]:
        return re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", self.template) + "$")


class Router:
    """Finds the route of a request."""

    def __init__(self, routes: list[Route]) -> None:
        self._routes = [(route, route.pattern) for route in routes]

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]] | None:
        for route, pattern in self._routes:
            found = pattern.match(path)
            if found and route.method == method:
                return route, found.groupdict()
        return None
