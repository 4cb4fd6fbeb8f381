"""The kinds of write the outbox sends, and how a failed write is told to the user.

An `Operation` knows how to send its payload and how to find it again among the user's own posts after an
uncertain send. `{"op": "retweet", "post_id"}` and `{"op": "post", "text", "reply_to", "quote_of", "media_ids"}`
are built in; another kind plugs in through `OutboxSender(operations=...)`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Protocol

from exec_desk.backends.base import XBackend
from exec_desk.core import errors

MAX_ATTEMPTS = 5
#: How many of the user's latest posts are read to check whether an uncertain write landed (an owned read).
VERIFY_WINDOW = 10


class Operation(Protocol):
    """One kind of write: how to send it, and how to tell from the user's own posts whether it landed."""

    def send(self, backend: XBackend, payload: Mapping[str, Any]) -> str | None:
        """Send; return the id of what was created on X, if any. Raises `XError`."""
        ...

    def verify(self, backend: XBackend, payload: Mapping[str, Any]) -> str | None:
        """After an uncertain send: the id of the post proving it landed, or None if it did not."""
        ...


class RetweetOperation:
    """`{"op": "retweet", "post_id": id}`: a retweet shows in the user's own posts as a post retweeting it."""

    def send(self, backend: XBackend, payload: Mapping[str, Any]) -> str | None:
        backend.retweet(str(payload["post_id"]))
        return None

    def verify(self, backend: XBackend, payload: Mapping[str, Any]) -> str | None:
        target = str(payload["post_id"])
        page = backend.own_posts(max_results=VERIFY_WINDOW)
        return next((p.id for p in page.posts if p.retweet_of == target), None)


_LINK = re.compile(r"https?://\S+")


def _comparable(text: str) -> str:
    return " ".join(_LINK.sub("", text).split())


class PostOperation:
    """`{"op": "post", "text", "reply_to", "quote_of", "media_ids"}`: found again by its text (links aside)."""

    def send(self, backend: XBackend, payload: Mapping[str, Any]) -> str | None:
        post = backend.create_post(
            str(payload["text"]),
            reply_to=payload.get("reply_to"),
            quote_of=payload.get("quote_of"),
            media_ids=[str(m) for m in payload.get("media_ids") or ()],
        )
        return post.id

    def verify(self, backend: XBackend, payload: Mapping[str, Any]) -> str | None:
        wanted = _comparable(str(payload["text"]))
        reply_to = payload.get("reply_to")
        page = backend.own_posts(max_results=VERIFY_WINDOW)
        for post in page.posts:
            if post.retweet_of is None and _comparable(post.text) == wanted and post.reply_to == reply_to:
                return post.id
        return None


def default_operations() -> dict[str, Operation]:
    return {"retweet": RetweetOperation(), "post": PostOperation()}


def failure_words(error: BaseException) -> str:
    """Why a write failed for good, in plain words."""
    if isinstance(error, errors.ForbiddenByTier):
        return "X refused it: your X plan (or the author's settings) does not allow this."
    if isinstance(error, errors.NotFound):
        return "That post no longer exists."
    if isinstance(error, errors.AuthExpired | errors.AuthRevoked):
        return "X refused your sign-in. Sign in again, then retry."
    if isinstance(error, errors.InvalidRequest):
        return "X rejected the request."
    if isinstance(error, errors.Transient):
        return f"X did not answer after {MAX_ATTEMPTS} tries. Try again later."
    return f"Could not send it ({type(error).__name__})."
