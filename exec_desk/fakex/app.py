"""The fake X API without the sockets: routing, authentication, rate limits, faults, the world and the log.

`FakeXApp.handle` turns one HTTP request into a `Reply`; `server.FakeXServer` adds the HTTP plumbing.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from exec_desk.fakex import control, images, media, problems, reads, writes
from exec_desk.fakex.auth import AuthFailure, FakeAuth
from exec_desk.fakex.faults import Fault, Faults, ScriptedFault
from exec_desk.fakex.log import RequestLog
from exec_desk.fakex.oauth_clients import DEFAULT_CALLBACK
from exec_desk.fakex.policy import Policy
from exec_desk.fakex.prices import Op
from exec_desk.fakex.ratelimit import RateLimiter
from exec_desk.fakex.routes import Context, Outcome, Request, Route, Router
from exec_desk.fakex.world import World

JSON_TYPE = "application/json; charset=utf-8"
PROBLEM_TYPE = "application/problem+json; charset=utf-8"
STATIC_RE = re.compile(r"^/(avatars|media)/([\w-]+)\.(\w+)$")

WRITE = ("tweet.read", "tweet.write", "users.read")
LISTS = ("list.read", "users.read")
MEDIA = ("media.write",)
ROUTES = [
    Route("GET", "/2/users/me", "users_me", Op.ME, reads.users_me),
    Route("GET", "/2/users", "users_lookup", Op.USERS, reads.users_lookup),
    Route(
        "GET", "/2/users/{id}/timelines/reverse_chronological", "home_timeline", Op.HOME_TIMELINE, reads.home_timeline
    ),
    Route("GET", "/2/lists/{id}/tweets", "list_tweets", Op.LIST_POSTS, reads.list_tweets, ("tweet.read", *LISTS)),
    Route("GET", "/2/users/{id}/mentions", "mentions", Op.MENTIONS, reads.mentions),
    Route("GET", "/2/users/{id}/tweets", "user_tweets", Op.USER_POSTS, reads.user_tweets),
    Route("GET", "/2/tweets/search/recent", "search_recent", Op.SEARCH_RECENT, reads.search_recent),
    Route("GET", "/2/tweets", "posts_lookup", Op.POSTS_LOOKUP, reads.posts_lookup),
    Route("GET", "/2/users/{id}/owned_lists", "owned_lists", Op.OWNED_LISTS, reads.owned_lists, LISTS),
    Route("GET", "/2/users/{id}/followed_lists", "followed_lists", Op.FOLLOWED_LISTS, reads.followed_lists, LISTS),
    Route("POST", "/2/users/{id}/retweets", "retweet", Op.RETWEET, writes.retweet, WRITE),
    Route("DELETE", "/2/users/{id}/retweets/{source_tweet_id}", "unretweet", Op.UNRETWEET, writes.unretweet, WRITE),
    Route("POST", "/2/users/{id}/likes", "like", Op.LIKE, writes.like, ("tweet.read", "users.read", "like.write")),
    Route("POST", "/2/tweets", "create_post", Op.CREATE_POST, writes.create_post, WRITE),
    Route("DELETE", "/2/tweets/{id}", "delete_post", Op.DELETE_POST, writes.delete_post, WRITE),
    Route("POST", "/2/media/upload", "media_upload", Op.MEDIA_UPLOAD, media.upload_media, MEDIA),
    Route("GET", "/2/media/upload", "media_status", Op.MEDIA_STATUS, media.status, MEDIA),
    Route("POST", "/2/media/upload/initialize", "media_initialize", Op.MEDIA_INITIALIZE, media.initialize, MEDIA),
    Route("POST", "/2/media/upload/{id}/append", "media_append", Op.MEDIA_APPEND, media.append, MEDIA),
    Route("POST", "/2/media/upload/{id}/finalize", "media_finalize", Op.MEDIA_FINALIZE, media.finalize, MEDIA),
    Route("POST", "/2/media/metadata", "media_metadata", Op.MEDIA_METADATA, media.media_metadata, MEDIA),
]


@dataclass
class Reply:
    """What to send back. `drop`: close the connection without an answer, after holding it `hold` seconds."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    drop: bool = False
    hold: float = 0.0


def json_reply(status: int, body: Mapping[str, Any], headers: Mapping[str, str] | None = None) -> Reply:
    kind = PROBLEM_TYPE if status >= 400 and "data" not in body else JSON_TYPE
    data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    return Reply(status, data, {"content-type": kind, **(headers or {})})


def utc_now() -> datetime:
    return datetime.now(UTC)


class FakeXApp:
    """All the behaviour of the fake X API. Thread-safe: the world is touched under `lock` only."""

    def __init__(
        self,
        *,
        seed: int = 0,
        clock: Callable[[], datetime] | None = None,
        policy: Policy | None = None,
        latency: float = 0.0,
        app_owner: bool = False,
        callbacks: Sequence[str] = (DEFAULT_CALLBACK,),
    ) -> None:
        self.seed = seed
        #: Whether the world's user owns the developer app (X bills their owned reads at the owned rate).
        self.app_owner = app_owner
        self.clock: Callable[[], datetime] = clock or utc_now
        #: How far the control API moved the fake's time ahead of `clock` (`POST /fakex/world/clock`).
        self.offset = timedelta()
        self.policy = policy or Policy()
        self.latency = latency
        self.lock = threading.RLock()
        self.world = World(seed=seed, start=self.now())
        self.user_id = self.world.user_id
        self.auth = FakeAuth(self.user_id, clock=lambda: self.now().timestamp(), seed=seed, callbacks=callbacks)
        self.faults = Faults()
        self.log = RequestLog()
        self.ratelimits = RateLimiter()
        self.errors: list[BaseException] = []
        #: Why requests were refused before being handled (a body cut short, a bad Content-Length...).
        self.body_refusals: list[str] = []
        self.router = Router(ROUTES)

    def now(self) -> datetime:
        """The fake's time: its clock, moved on by the control API."""
        return self.clock() + self.offset

    def advance_clock(self, delta: timedelta) -> datetime:
        """Move the fake's time forward (the control API's fast time); its new now."""
        self.offset += delta
        return self.now()

    # -- entry point ------------------------------------------------------------------------------------------
    def handle(self, method: str, target: str, headers: Mapping[str, str], body: bytes, base_url: str) -> Reply:
        """Answer one request. `headers` keys are lower-case."""
        split = urlsplit(target)
        path, query = split.path, parse_qsl(split.query, keep_blank_values=True)
        now = self.now()
        found = self.router.match(method, path)
        route = found[0] if found else None
        fault = self.faults.take(method, path)
        if fault is not None and fault.kind.before_handling:
            return self._early_fault(fault, method, path, query, now, route)
        req = Request(method, path, query, headers, body, now, base_url)
        if method == "GET" and (static := STATIC_RE.match(path)):
            reply = self._static(static.group(1), static.group(2), req)
        elif path in ("/i/oauth2/authorize", "/2/oauth2/token", "/2/oauth2/revoke"):
            reply = self._oauth(req)
        elif path.startswith(control.PREFIX):
            with self.lock:
                status, answer = control.handle(method, path, req.body, self.world, now, self.advance_clock)
            self.log.record(method=method, path=path, query=query, status=status, op=None, at=now)
            reply = json_reply(status, answer)
        elif found is not None:
            reply = self._api(found[0], found[1], req, fault.kind.value if fault else None)
        else:
            self.log.record(method=method, path=path, query=query, status=404, op=None, at=now)
            if path.startswith("/2/"):
                reply = json_reply(404, problems.no_route(path))
            else:
                reply = Reply(404, b"Not Found", {"content-type": "text/plain; charset=utf-8"})
        if fault is not None and fault.kind is Fault.TIMEOUT_AFTER_WRITE:
            return Reply(drop=True, hold=fault.hold)
        if fault is not None and fault.kind is Fault.MALFORMED:
            reply.body = reply.body[: max(1, len(reply.body) // 2)]
        return reply

    def refused(self, method: str, target: str, status: int, reason: str) -> None:
        """Log a request whose body could not be read (never handled: nothing it asked for happened)."""
        split = urlsplit(target)
        query = parse_qsl(split.query, keep_blank_values=True)
        self.log.record(method=method, path=split.path, query=query, status=status, op=None, at=self.now())
        self.body_refusals.append(reason)

    # -- API requests -----------------------------------------------------------------------------------------
    def _api(self, route: Route, args: dict[str, str], req: Request, fault: str | None) -> Reply:
        log_args: dict[str, Any] = {"method": req.method, "path": req.path, "query": req.query, "at": req.now}
        log_args["fault"] = fault
        try:
            req.user_id = self.auth.authenticate(req.method, req.path, req.query, req.headers, req.form() or None)
        except AuthFailure as failure:
            self.log.record(status=failure.status, op=route.op, **log_args)
            return json_reply(failure.status, failure.body, self.ratelimits.peek("", route.bucket, req.now).headers())
        missing = sorted(set(route.scopes) - self.auth.granted_scopes(req.headers))
        if missing:
            self.log.record(status=403, op=route.op, user_id=req.user_id, **log_args)
            detail = f"Your access token lacks the scopes this endpoint needs: {', '.join(missing)}."
            headers = self.ratelimits.peek(req.user_id, route.bucket, req.now).headers()
            return json_reply(403, problems.forbidden(detail), headers)
        verdict = self.ratelimits.hit(req.user_id, route.bucket, req.now)
        limit_headers = verdict.headers()
        if not verdict.allowed:
            self.log.record(status=429, op=route.op, user_id=req.user_id, **log_args)
            return json_reply(429, problems.too_many_requests(), limit_headers)
        context = Context(self.world, self.policy, self.auth.client_id)
        with self.lock:
            self.world.advance(req.now)
            try:
                outcome = route.handler(context, req, args)
            except problems.ApiError as error:
                outcome = Outcome(error.status, error.body, op=route.op, headers=error.headers)
            except Exception as exc:  # a bug in the fake: answer 500 and keep it for the tests to see
                self.errors.append(exc)
                outcome = Outcome(500, problems.internal_error(repr(exc)), op=route.op)
            self.log.record(
                status=outcome.status,
                op=outcome.op or route.op,
                user_id=req.user_id,
                resources=outcome.resources,
                has_url=outcome.has_url,
                is_reply=outcome.is_reply,
                app_owner=self.app_owner and req.user_id == self.user_id,
                **log_args,
            )
        return json_reply(outcome.status, outcome.body, {**limit_headers, **outcome.headers})

    def _oauth(self, req: Request) -> Reply:
        query = dict(req.query)
        if req.path == "/i/oauth2/authorize" and req.method == "GET":
            status, headers, body = self.auth.authorize(query)
            reply = Reply(status, body, {k.lower(): v for k, v in headers.items()})
        elif req.path == "/2/oauth2/token" and req.method == "POST":
            status, data = self.auth.token(req.form(), req.headers)
            reply = json_reply(status, data, {"cache-control": "no-store", "pragma": "no-cache"})
        elif req.path == "/2/oauth2/revoke" and req.method == "POST":
            status, data = self.auth.revoke(req.form(), req.headers)
            reply = json_reply(status, data)
        else:
            status, reply = 404, json_reply(404, problems.no_route(req.path))
        self.log.record(method=req.method, path=req.path, query=[], status=status, op=None, at=req.now)
        return reply

    def _static(self, kind: str, key: str, req: Request) -> Reply:
        data: bytes | None = None
        content_type = "image/png"
        with self.lock:
            if kind == "avatars" and key in self.world.accounts:
                data = images.avatar(key)
            media = self.world.media.get(key) if kind == "media" else None
            if media is not None and media.data is not None and not req.path.endswith((".mp4", ".m3u8")):
                data, content_type = media.data, media.content_type
            elif media is not None and req.path.endswith(".png"):
                data = images.still(key)
        status = 200 if data is not None else 404
        self.log.record(method=req.method, path=req.path, query=req.query, status=status, op=None, at=req.now)
        if data is None:
            return Reply(404, b"Not Found", {"content-type": "text/plain; charset=utf-8"})
        return Reply(200, data, {"content-type": content_type, "cache-control": "public, max-age=86400"})

    # -- faults -----------------------------------------------------------------------------------------------
    def _early_fault(
        self,
        fault: ScriptedFault,
        method: str,
        path: str,
        query: Sequence[tuple[str, str]],
        now: datetime,
        route: Route | None,
    ) -> Reply:
        kind = fault.kind
        if kind is Fault.TIMEOUT or kind is Fault.DROP:
            reply = Reply(drop=True, hold=fault.hold if kind is Fault.TIMEOUT else 0.0)
        elif kind is Fault.RATE_LIMITED:
            reset = int((now + timedelta(seconds=fault.retry_after)).timestamp())
            limit = str(self.ratelimits.limits.get(route.bucket, 900) if route else 900)
            headers = {"x-rate-limit-limit": limit, "x-rate-limit-remaining": "0", "x-rate-limit-reset": str(reset)}
            reply = json_reply(429, problems.too_many_requests(), headers)
        else:
            if kind is Fault.UNAUTHORIZED:
                reply = json_reply(401, problems.unauthorized())
            elif kind is Fault.UNAVAILABLE:
                reply = json_reply(503, problems.unavailable())
            else:
                status = fault.status or 500
                reply = json_reply(status, {**problems.internal_error("Internal error"), "status": status})
            if route is not None:  # X's answers carry the rate-limit headers, errors included
                reply.headers.update(self.ratelimits.peek("", route.bucket, now).headers())
        status = 0 if reply.drop else reply.status
        op = route.op if route else None
        self.log.record(method=method, path=path, query=query, status=status, op=op, at=now, fault=kind.value)
        return reply

    def credentials(self, base_url: str) -> dict[str, Any]:
        """What a client needs to talk to this server (the standalone server prints it as one JSON line).

        `client_id` is the public client (app type Native App); `clients` adds a confidential one (Web App: id and
        secret) and one not enrolled in pay-per-use; `callbacks` are the callback URLs registered on them.
        """
        auth = self.auth
        return {
            "base_url": base_url,
            "user_id": self.user_id,
            "username": self.world.user.username,
            "name": self.world.user.name,
            "oauth2_access_token": self.auth.oauth2_access_token,
            "client_id": self.auth.client_id,
            "oauth1": dict(self.auth.oauth1),
            "seed": self.seed,
            "app_owner": self.app_owner,
            "clients": {
                "confidential": {"client_id": auth.confidential.client_id, "client_secret": auth.confidential.secret},
                "not_enrolled": {"client_id": auth.not_enrolled.client_id},
            },
            "callbacks": list(auth.callbacks),
        }
