"""Turn X API v2 JSON bodies into domain objects (`exec_desk.core.models`)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from exec_desk.core.models import Media, Metrics, Page, Post, User, XList
from exec_desk.core.pricing import Resource

Json = Mapping[str, Any]

#: No author expansions: a user object costs $0.010 each UTC day it is returned, and authors rarely change, so the
#: cache keeps them and `users` fetches only those it lacks (see `services.fetcher.fetch_authors`).
EXPANSIONS = "referenced_tweets.id,attachments.media_keys"
#: Mentions are an owned read: their users cost $0.001, a tenth of a lookup's, so they come with the page.
OWNED_EXPANSIONS = f"{EXPANSIONS},author_id,referenced_tweets.id.author_id"
TWEET_FIELDS = "created_at,public_metrics,referenced_tweets,author_id,entities,attachments,conversation_id,lang"
USER_FIELDS = "name,username,profile_image_url,verified"
MEDIA_FIELDS = "url,preview_image_url,type,alt_text"
LIST_FIELDS = "owner_id,description,member_count,private"


def parse_time(value: str | None) -> datetime:
    if not value:
        return datetime.fromtimestamp(0, UTC)
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def user_from_json(data: Json) -> User:
    return User(
        id=str(data["id"]),
        username=str(data.get("username", "")),
        name=str(data.get("name", "")),
        profile_image_url=data.get("profile_image_url"),
        verified=bool(data.get("verified", False)),
    )


def media_from_json(data: Json) -> Media:
    return Media(
        media_key=str(data["media_key"]),
        type=str(data.get("type", "photo")),
        url=data.get("url"),
        preview_image_url=data.get("preview_image_url"),
        alt_text=data.get("alt_text"),
    )


def post_from_json(data: Json) -> Post:
    refs = {str(r.get("type")): str(r.get("id")) for r in data.get("referenced_tweets") or ()}
    entities = data.get("entities") or {}
    urls = tuple(str(u.get("expanded_url") or u.get("url")) for u in entities.get("urls") or ())
    mentions = tuple(str(m.get("username")) for m in entities.get("mentions") or ())
    metrics = data.get("public_metrics") or {}
    return Post(
        id=str(data["id"]),
        author_id=str(data.get("author_id", "")),
        text=str(data.get("text", "")),
        created_at=parse_time(data.get("created_at")),
        conversation_id=data.get("conversation_id"),
        retweet_of=refs.get("retweeted"),
        quote_of=refs.get("quoted"),
        reply_to=refs.get("replied_to"),
        urls=urls,
        mentions=mentions,
        media_keys=tuple(str(k) for k in (data.get("attachments") or {}).get("media_keys") or ()),
        metrics=Metrics(
            retweet_count=int(metrics.get("retweet_count", 0)),
            reply_count=int(metrics.get("reply_count", 0)),
            like_count=int(metrics.get("like_count", 0)),
            quote_count=int(metrics.get("quote_count", 0)),
        ),
        lang=data.get("lang"),
    )


def list_from_json(data: Json) -> XList:
    return XList(
        id=str(data["id"]),
        name=str(data.get("name", "")),
        owner_id=data.get("owner_id"),
        description=str(data.get("description", "")),
        member_count=data.get("member_count"),
        private=bool(data.get("private", False)),
    )


def page_from_json(body: Json) -> Page:
    includes = body.get("includes") or {}
    meta = body.get("meta") or {}
    posts = [post_from_json(p) for p in body.get("data") or ()]
    return Page(
        posts=posts,
        users={u.id: u for u in (user_from_json(x) for x in includes.get("users") or ())},
        media={m.media_key: m for m in (media_from_json(x) for x in includes.get("media") or ())},
        included_posts={p.id: p for p in (post_from_json(x) for x in includes.get("tweets") or ())},
        newest_id=meta.get("newest_id"),
        oldest_id=meta.get("oldest_id"),
        next_token=meta.get("next_token"),
        result_count=int(meta.get("result_count", len(posts))),
    )


def page_resources(page: Page) -> dict[Resource, tuple[str, ...]]:
    """What X charges a timeline read for: every post and user object returned, expansions included."""
    post_ids = [p.id for p in page.posts] + [p for p in page.included_posts if p not in {q.id for q in page.posts}]
    return {Resource.POST: tuple(post_ids), Resource.USER: tuple(page.users)}
