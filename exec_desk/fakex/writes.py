"""Write endpoints: create/delete posts, retweet/unretweet, like (media: `fakex.media`).

The 2026 self-serve restrictions are enforced here, each behind its `Policy` switch: likes and quote-posts answer
403 (client-forbidden), and a reply needs the target's author to have summoned the user (mentioned them or quoted
one of their posts); replying to one's own post is allowed.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from exec_desk.fakex.entities import find_urls
from exec_desk.fakex.media import check_post_media
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
    media_keys = check_post_media(ctx, req, media_ids)
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
