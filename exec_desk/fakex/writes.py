"""Write endpoints: create/delete posts, retweet/unretweet, like, media upload and alt text.

The 2026 self-serve restrictions are enforced here, each behind its `Policy` switch: likes and quote-posts answer
403 (client-forbidden), and a reply needs the target's author to have summoned the user (mentioned them or quoted
one of their posts); replying to one's own post is allowed.
"""

from __future__ import annotations

import base64
import binascii
import struct
from datetime import timedelta
from typing import Any

from exec_desk.fakex.entities import find_urls
from exec_desk.fakex.model import FakePost
from exec_desk.fakex.params import SNOWFLAKE_RE, words
from exec_desk.fakex.prices import Op
from exec_desk.fakex.problems import (
    REPLY_NOT_ALLOWED,
    ApiError,
    client_forbidden,
    forbidden,
    invalid_request,
    not_found,
)
from exec_desk.fakex.routes import Context, Outcome, Request

CREATE_KEYS = words(
    "card_uri community_id direct_message_deep_link edit_options for_super_followers_only geo made_with_ai media "
    "nullcast paid_partnership poll quote_tweet_id reply reply_settings share_with_followers text"
)
MEDIA_CATEGORIES = frozenset({"tweet_image", "tweet_video", "tweet_gif", "dm_image", "dm_video", "dm_gif", "subtitles"})
MAX_ALT_TEXT = 1000
TOO_LONG = (
    "Your Tweet text is too long. For more information on how Twitter determines text length see "
    "https://github.com/twitter/twitter-text."
)
DUPLICATE = "You are not allowed to create a Tweet with duplicate content."


def _invalid(parameter: str, value: object, message: str) -> ApiError:
    return ApiError(400, invalid_request([(parameter, str(value), message)]))


def _acting_user(req: Request, args: dict[str, str]) -> None:
    if args["id"] != req.user_id:
        raise ApiError(403, forbidden("You are not permitted to perform this action on behalf of another user."))


def _post_ref(ctx: Context, value: Any, parameter: str) -> FakePost:
    if not isinstance(value, str) or not SNOWFLAKE_RE.match(value):
        raise _invalid(parameter, value, f"`{parameter}` must be a string of 1 to 19 digits")
    post = ctx.world.get(int(value))
    if post is None:
        raise ApiError(404, not_found("tweet", value, parameter))
    return post


def _summoned(ctx: Context, target: FakePost, user_id: str) -> bool:
    if target.author_id == user_id or ctx.world.mentions_user(target, user_id):
        return True
    quoted = ctx.world.get(target.quote_of) if target.quote_of is not None else None
    return quoted is not None and quoted.author_id == user_id


def _weighted_length(text: str) -> int:
    from exec_desk.core.twitter_text_lib import twitter_text  # lazily: its regexes take ~100 ms to compile

    return int(twitter_text().parse_tweet(text).weightedLength)


def create_post(ctx: Context, req: Request, args: dict[str, str]) -> Outcome:
    body = req.json()
    for key in body:
        if key not in CREATE_KEYS:
            raise _invalid(key, body[key], f"[{key}] is not one of [{','.join(sorted(CREATE_KEYS))}]")
    text = body.get("text", "")
    if not isinstance(text, str):
        raise _invalid("text", text, "`text` must be a string")
    media = body.get("media") or {}
    media_ids = media.get("media_ids", []) if isinstance(media, dict) else None
    if not isinstance(media_ids, list) or not all(isinstance(m, str) for m in media_ids) or len(media_ids) > 4:
        raise _invalid("media.media_ids", media_ids, "`media.media_ids` must list 1 to 4 media ids")
    if not text.strip() and not media_ids:
        raise _invalid("text", text, "Text is required when no media is attached")
    world, user_id = ctx.world, req.user_id
    media_keys = []
    for media_id in media_ids:
        found = world.media_by_id(media_id)
        if found is None or found.owner_id != user_id:
            raise _invalid("media.media_ids", media_id, "Your media IDs are invalid.")
        media_keys.append(found.media_key)
    quoted = None
    if body.get("quote_tweet_id") is not None:
        if ctx.policy.quotes_forbidden:
            raise ApiError(403, client_forbidden(ctx.client_id, "Quoting posts"))
        quoted = _post_ref(ctx, body["quote_tweet_id"], "quote_tweet_id")
    target = None
    reply = body.get("reply")
    if reply is not None:
        if not isinstance(reply, dict):
            raise _invalid("reply", reply, "`reply` must be an object")
        target = _post_ref(ctx, reply.get("in_reply_to_tweet_id"), "reply.in_reply_to_tweet_id")
        if ctx.policy.replies_summoned_only and not _summoned(ctx, target, user_id):
            raise ApiError(403, forbidden(REPLY_NOT_ALLOWED))
    if _weighted_length(text) > 280:
        raise ApiError(400, {**invalid_request([]), "errors": [{"message": TOO_LONG}]})
    recent = req.now - timedelta(hours=24)
    for post in world.newest_first():
        if post.created_at < recent:
            break
        if post.author_id == user_id and text and text in (post.source_text, post.text):
            raise ApiError(403, forbidden(DUPLICATE))
    post = world.add_post(
        user_id,
        text,
        at=req.now,
        reply_to=target.id if target else None,
        quote_of=quoted.id if quoted else None,
        media_keys=media_keys,
    )
    data = {"id": post.sid, "text": post.text, "edit_history_tweet_ids": [post.sid]}
    return Outcome(201, {"data": data}, op=Op.CREATE_POST, has_url=bool(find_urls(text)), is_reply=target is not None)


def delete_post(ctx: Context, req: Request, args: dict[str, str]) -> Outcome:
    if not SNOWFLAKE_RE.match(args["id"]):
        raise _invalid("id", args["id"], "`id` must be a string of 1 to 19 digits")
    post = ctx.world.get(int(args["id"]))
    if post is None:
        raise ApiError(404, not_found("tweet", args["id"], "id"))
    if post.author_id != req.user_id:
        raise ApiError(403, forbidden("You are not allowed to delete a Tweet you did not author."))
    ctx.world.delete_post(post.id)
    return Outcome(200, {"data": {"deleted": True}}, op=Op.DELETE_POST)


def retweet(ctx: Context, req: Request, args: dict[str, str]) -> Outcome:
    _acting_user(req, args)
    target = _post_ref(ctx, req.json().get("tweet_id"), "tweet_id")
    if target.retweet_of is not None:
        target = _post_ref(ctx, str(target.retweet_of), "tweet_id")
    repost = ctx.world.retweet(req.user_id, target.id, req.now)
    return Outcome(200, {"data": {"retweeted": True, "rest_id": repost.sid}}, op=Op.RETWEET)


def unretweet(ctx: Context, req: Request, args: dict[str, str]) -> Outcome:
    _acting_user(req, args)
    source = args["source_tweet_id"]
    if not SNOWFLAKE_RE.match(source):
        raise _invalid("source_tweet_id", source, "`source_tweet_id` must be a string of 1 to 19 digits")
    ctx.world.unretweet(req.user_id, int(source))
    return Outcome(200, {"data": {"retweeted": False}}, op=Op.UNRETWEET)


def like(ctx: Context, req: Request, args: dict[str, str]) -> Outcome:
    _acting_user(req, args)
    if ctx.policy.likes_forbidden:
        raise ApiError(403, client_forbidden(ctx.client_id, "Liking posts"))
    target = _post_ref(ctx, req.json().get("tweet_id"), "tweet_id")
    ctx.world.like(req.user_id, target.id)
    return Outcome(200, {"data": {"liked": True}}, op=Op.LIKE)


def _sniff(data: bytes) -> tuple[str, int, int] | None:
    """(mime type, width, height) of an image; width and height 0 when unknown; None if not an image."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return "image/png", width, height
    if data.startswith((b"GIF87a", b"GIF89a")) and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return "image/gif", width, height
    if data.startswith(b"\xff\xd8"):
        return "image/jpeg", 0, 0
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp", 0, 0
    return None


def upload_media(ctx: Context, req: Request, args: dict[str, str]) -> Outcome:
    parts = req.multipart()
    if parts:
        data = parts["media"].data if "media" in parts else b""
        category = parts["media_category"].data.decode("utf-8", "replace") if "media_category" in parts else ""
    else:
        body = req.json()
        category = str(body.get("media_category", ""))
        try:
            data = base64.b64decode(str(body.get("media", "")), validate=True)
        except binascii.Error as exc:
            raise _invalid("media", "", "`media` must be base64 in a JSON body") from exc
    if not data:
        raise _invalid("media", "", "The `media` field is required")
    if category not in MEDIA_CATEGORIES:
        raise _invalid("media_category", category, f"`media_category` must be one of {sorted(MEDIA_CATEGORIES)}")
    video = category in ("tweet_video", "dm_video")
    image = _sniff(data)
    is_mp4 = data[4:8] == b"ftyp"
    if (video and not is_mp4) or (not video and image is None):
        raise _invalid("media", "", "The media type is unrecognized or does not match media_category.")
    media_type = "video" if video else "animated_gif" if category in ("tweet_gif", "dm_gif") else "photo"
    mime = "video/mp4" if video else image[0] if image else "application/octet-stream"
    media = ctx.world.add_media(
        req.user_id, at=req.now, media_type=media_type, content_type=mime, data=data, category=category
    )
    out: dict[str, Any] = {
        "id": str(media.id),
        "media_key": media.media_key,
        "size": len(data),
        "expires_after_secs": 86400,
    }
    if image is not None:
        media.width, media.height = image[1] or media.width, image[2] or media.height
        out["image"] = {"image_type": image[0], "w": media.width, "h": media.height}
    if video:
        out["processing_info"] = {"state": "succeeded", "progress_percent": 100}
    return Outcome(200, {"data": out}, op=Op.MEDIA_UPLOAD)


def media_metadata(ctx: Context, req: Request, args: dict[str, str]) -> Outcome:
    body = req.json()
    media_id = body.get("id")
    if not isinstance(media_id, str) or not SNOWFLAKE_RE.match(media_id):
        raise _invalid("id", media_id, "`id` must be a string of 1 to 19 digits")
    media = ctx.world.media_by_id(media_id)
    if media is None or media.owner_id != req.user_id:
        raise ApiError(404, not_found("media", media_id, "id"))
    metadata = body.get("metadata") or {}
    alt = metadata.get("alt_text") if isinstance(metadata, dict) else None
    text = alt.get("text") if isinstance(alt, dict) else None
    if alt is not None and (not isinstance(text, str) or len(text) > MAX_ALT_TEXT):
        raise _invalid("metadata.alt_text.text", text, f"Alt text must be a string of at most {MAX_ALT_TEXT} chars")
    associated: dict[str, Any] = {}
    if isinstance(text, str):
        media.alt_text = text
        associated["alt_text"] = {"text": text}
    return Outcome(200, {"data": {"id": media_id, "associated_metadata": associated}}, op=Op.MEDIA_METADATA)
