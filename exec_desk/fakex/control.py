"""The fake's control API: script the world from tests, benchmarks and demos. Served only by the fake (X has no
such thing), under `/fakex/world/`, without authentication, never billed.

- `GET /fakex/world/accounts`: `{"data": [{"username", "name", "role"}]}` — every account of the world but the
  signed-in user's (in the server's credentials line), `role` one of journalist, client, competitor, colleague,
  company, other.
- `POST /fakex/world/posts` `{"author": username, "text": ..., "minutes_ago": N, "in_reply_to": id?}`: a post by
  that account, N minutes before the fake's now (0 by default), its mentions, hashtags and links parsed as X
  would (links shortened to t.co); answers 201 `{"data": {"id": ...}}`. An unknown author, an empty text or a
  negative or non-numeric `minutes_ago` is a 400 with the reason; an unknown `in_reply_to` a 404.
- `POST /fakex/world/clock` `{"advance_minutes": N}`: moves the fake's clock forward N minutes (fast time: the
  world grows as if they had passed); answers `{"data": {"now": ISO-8601}}`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from exec_desk.fakex.ids import iso
from exec_desk.fakex.model import Group
from exec_desk.fakex.world import World

PREFIX = "/fakex/world/"
ROLES = {
    Group.JOURNALIST: "journalist",
    Group.CLIENT: "client",
    Group.COMPETITOR: "competitor",
    Group.EMPLOYEE: "colleague",
    Group.CORPORATE: "company",
}
#: The furthest back `minutes_ago` may place a post: X's recent search reaches a week.
MAX_MINUTES_AGO = 7 * 24 * 60


class ControlError(Exception):
    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def _body(raw: bytes) -> dict[str, Any]:
    try:
        value = json.loads(raw or b"{}")
    except ValueError as exc:
        raise ControlError(400, f"the body is not JSON: {exc}") from exc
    if not isinstance(value, dict):
        raise ControlError(400, "the body must be a JSON object")
    return value


def _minutes(body: dict[str, Any], name: str, *, default: float | None = None) -> float:
    value = body.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ControlError(400, f"`{name}` must be a number of minutes")
    if value < 0:
        raise ControlError(400, f"`{name}` must not be negative")
    return float(value)


def accounts(world: World) -> tuple[int, dict[str, Any]]:
    data = [
        {"username": a.username, "name": a.name, "role": ROLES.get(a.group, "other")}
        for a in world.accounts.values()
        if a.id != world.user_id
    ]
    return 200, {"data": data}


def create_post(world: World, body: dict[str, Any], now: datetime) -> tuple[int, dict[str, Any]]:
    author = world.account_by_username(str(body.get("author") or ""))
    if author is None:
        raise ControlError(400, f"no account named {body.get('author')!r} in the world")
    text = body.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ControlError(400, "`text` must be a non-empty string")
    ago = _minutes(body, "minutes_ago", default=0)
    if ago > MAX_MINUTES_AGO:
        raise ControlError(400, f"`minutes_ago` must be at most {MAX_MINUTES_AGO} (a week)")
    reply_to = body.get("in_reply_to")
    target = None
    if reply_to is not None:
        if not isinstance(reply_to, str) or not reply_to.isdigit():
            raise ControlError(400, "`in_reply_to` must be a post id (a string of digits)")
        target = world.get(int(reply_to))
        if target is None:
            raise ControlError(404, f"no post {reply_to} in the world")
    world.advance(now)
    post = world.add_post(author.id, text, at=now - timedelta(minutes=ago), reply_to=target.id if target else None)
    return 201, {"data": {"id": post.sid, "text": post.text, "created_at": iso(post.created_at)}}


def handle(
    method: str, path: str, raw: bytes, world: World, now: datetime, advance: Callable[[timedelta], datetime]
) -> tuple[int, dict[str, Any]]:
    """Answer one control request: (status, JSON body). Call with the server's lock held."""
    try:
        if path == PREFIX + "accounts" and method == "GET":
            return accounts(world)
        if path == PREFIX + "posts" and method == "POST":
            return create_post(world, _body(raw), now)
        if path == PREFIX + "clock" and method == "POST":
            minutes = _minutes(_body(raw), "advance_minutes")
            moved = advance(timedelta(minutes=minutes))
            world.advance(moved)
            return 200, {"data": {"now": iso(moved)}}
    except ControlError as error:
        return error.status, {"title": "Invalid Request", "detail": error.detail, "status": error.status}
    return 404, {"title": "Not Found", "detail": f"no control endpoint {method} {path}", "status": 404}
