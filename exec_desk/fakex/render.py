"""JSON shaping of the fake X API: field selection, expansions (`includes`) and the resources each body bills."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from exec_desk.fakex.ids import iso
from exec_desk.fakex.model import Account, FakeList, FakeMedia, FakePost
from exec_desk.fakex.prices import Resource
from exec_desk.fakex.problems import not_found
from exec_desk.fakex.world import World

Json = dict[str, Any]
Resources = dict[Resource, list[str]]


@dataclass
class Shape:
    """What the caller asked to see: fields per object kind and expansions."""

    base_url: str
    tweet_fields: set[str] = field(default_factory=set)
    user_fields: set[str] = field(default_factory=set)
    media_fields: set[str] = field(default_factory=set)
    list_fields: set[str] = field(default_factory=set)
    expansions: set[str] = field(default_factory=set)


def avatar_url(base_url: str, account: Account) -> str:
    return f"{base_url}/avatars/{account.id}.png"


def media_url(base_url: str, media: FakeMedia) -> str:
    extension = {"image/jpeg": "jpg", "image/gif": "gif", "image/webp": "webp"}.get(media.content_type, "png")
    return f"{base_url}/media/{media.media_key}.{extension}"


def user_json(account: Account, fields: set[str], base_url: str) -> Json:
    out: Json = {"id": account.id, "name": account.name, "username": account.username}
    optional: dict[str, Any] = {
        "created_at": iso(account.created_at) if account.created_at else None,
        "description": account.description,
        "location": account.location or None,
        "url": account.url or None,
        "verified": account.verified,
        "verified_type": account.verified_type,
        "profile_image_url": avatar_url(base_url, account),
        "protected": False,
        "public_metrics": {
            "followers_count": account.followers_count,
            "following_count": account.following_count,
            "tweet_count": account.post_count,
            "post_count": account.post_count,
            "listed_count": account.listed_count,
            "like_count": account.post_count // 3,
            "media_count": account.post_count // 9,
        },
    }
    for name in sorted(fields):
        if optional.get(name) is not None:
            out[name] = optional[name]
    return out


def _entities(post: FakePost) -> Json:
    entities: Json = {}
    if post.urls:
        urls = []
        for u in post.urls:
            item: Json = {
                "start": u.start,
                "end": u.end,
                "url": u.short,
                "expanded_url": u.expanded,
                "display_url": u.display,
            }
            if u.media_key:
                item["media_key"] = u.media_key
            else:
                item["unwound_url"] = u.expanded
                item["status"] = 200
            urls.append(item)
        entities["urls"] = urls
    if post.mentions:
        entities["mentions"] = [
            {"start": m.start, "end": m.end, "username": m.username, **({"id": m.user_id} if m.user_id else {})}
            for m in post.mentions
        ]
    if post.hashtags:
        entities["hashtags"] = [{"start": h.start, "end": h.end, "tag": h.tag} for h in post.hashtags]
    if post.cashtags:
        entities["cashtags"] = [{"start": c.start, "end": c.end, "tag": c.tag} for c in post.cashtags]
    return entities


def post_json(post: FakePost, fields: set[str]) -> Json:
    out: Json = {"id": post.sid, "text": post.text, "edit_history_tweet_ids": [post.sid]}
    m = post.metrics
    optional: dict[str, Any] = {
        "author_id": post.author_id,
        "created_at": iso(post.created_at),
        "conversation_id": str(post.conversation_id or post.id),
        "lang": post.lang,
        "possibly_sensitive": False,
        "reply_settings": "everyone",
        "in_reply_to_user_id": post.in_reply_to_user_id,
        "referenced_tweets": [{"type": t, "id": str(i)} for t, i in post.references()] or None,
        "attachments": {"media_keys": list(post.media_keys)} if post.media_keys else None,
        "entities": _entities(post) or None,
        "display_text_range": [0, len(post.text)],
        "edit_controls": {
            "edits_remaining": 5,
            "is_edit_eligible": post.retweet_of is None,
            "editable_until": iso(post.created_at + timedelta(hours=1)),
        },
        "public_metrics": {
            "retweet_count": m.retweet_count,
            "repost_count": m.retweet_count,
            "reply_count": m.reply_count,
            "like_count": m.like_count,
            "quote_count": m.quote_count,
            "bookmark_count": m.bookmark_count,
            "impression_count": m.impression_count,
        },
    }
    for name in sorted(fields):
        if optional.get(name) is not None:
            out[name] = optional[name]
    return out


def media_json(media: FakeMedia, fields: set[str], base_url: str) -> Json:
    out: Json = {"media_key": media.media_key, "type": media.type}
    still = media_url(base_url, media)
    video = media.type in ("video", "animated_gif")
    optional: dict[str, Any] = {
        "url": None if video else still,
        "preview_image_url": still if video else None,
        "alt_text": media.alt_text,
        "width": media.width,
        "height": media.height,
        "duration_ms": media.duration_ms if media.type == "video" else None,
        "public_metrics": {"view_count": media.view_count} if media.type == "video" else None,
        "variants": [
            {"bit_rate": 2_176_000, "content_type": "video/mp4", "url": f"{base_url}/media/{media.media_key}.mp4"},
            {"content_type": "application/x-mpegURL", "url": f"{base_url}/media/{media.media_key}.m3u8"},
        ]
        if video
        else None,
    }
    for name in sorted(fields):
        if optional.get(name) is not None:
            out[name] = optional[name]
    return out


def list_json(lst: FakeList, fields: set[str]) -> Json:
    out: Json = {"id": lst.id, "name": lst.name}
    optional: dict[str, Any] = {
        "created_at": iso(lst.created_at) if lst.created_at else None,
        "description": lst.description,
        "follower_count": lst.follower_count,
        "member_count": len(lst.members),
        "owner_id": lst.owner_id,
        "private": lst.private,
    }
    for name in sorted(fields):
        if optional.get(name) is not None:
            out[name] = optional[name]
    return out


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def posts_body(world: World, posts: list[FakePost], shape: Shape, meta: Json) -> tuple[Json, Resources]:
    """A timeline body: `data`, `includes` for the expansions asked, `errors` for missing references, `meta`."""
    exp = shape.expansions
    body: Json = {}
    if posts:
        body["data"] = [post_json(p, shape.tweet_fields) for p in posts]
    referenced: list[FakePost] = []
    errors: list[Json] = []
    if "referenced_tweets.id" in exp or "referenced_tweets.id.author_id" in exp:
        for ref_id in _unique(str(i) for p in posts for _, i in p.references()):
            ref = world.get(int(ref_id))
            if ref is not None:
                referenced.append(ref)
            elif "referenced_tweets.id" in exp:
                errors.append({**not_found("tweet", ref_id, "referenced_tweets.id"), "section": "includes"})
    user_ids: list[str] = []
    if "author_id" in exp:
        user_ids += [p.author_id for p in posts]
    if "entities.mentions.username" in exp:
        user_ids += [m.user_id for p in posts for m in p.mentions if m.user_id]
    if "in_reply_to_user_id" in exp:
        user_ids += [p.in_reply_to_user_id for p in posts if p.in_reply_to_user_id]
    if "referenced_tweets.id.author_id" in exp:
        user_ids += [r.author_id for r in referenced]
    users = [world.accounts[u] for u in _unique(user_ids) if u in world.accounts]
    media_keys = _unique(k for p in posts for k in p.media_keys) if "attachments.media_keys" in exp else []
    media = [world.media[k] for k in media_keys if k in world.media]
    includes: Json = {}
    if users:
        includes["users"] = [user_json(u, shape.user_fields, shape.base_url) for u in users]
    if referenced and "referenced_tweets.id" in exp:
        includes["tweets"] = [post_json(r, shape.tweet_fields) for r in referenced]
    if media:
        includes["media"] = [media_json(m, shape.media_fields, shape.base_url) for m in media]
    if includes:
        body["includes"] = includes
    if errors:
        body["errors"] = errors
    body["meta"] = meta
    included_posts = [r.sid for r in referenced] if "referenced_tweets.id" in exp else []
    resources: Resources = {
        Resource.POST: _unique([p.sid for p in posts] + included_posts),
        Resource.USER: [u.id for u in users],
    }
    return body, resources
