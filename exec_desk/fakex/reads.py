"""Read endpoints: users/me, home timeline, list posts, mentions, user posts, recent search, posts by id,
owned/followed lists.

Recent search covers the last seven days, as X's does: older posts are never found, a `start_time` before then is
refused with X's words ("Invalid 'start_time':'…'. 'start_time' must be on or after …", 400), and so is a
`since_id` older than that. `conversation_id:ID` finds the replies of a conversation, not the post that started it
(X: "This returns all replies to the original post"; its own examples list replies only): that one is looked up by
id. Posts by id (`GET /2/tweets?ids=`) answer up to 100 posts in the order asked; an id X does not have comes back
in `errors` ("Could not find tweet with ids: [ID].") and is not billed."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from exec_desk.fakex import query as search_query
from exec_desk.fakex.ids import encode_token, iso, snowflake, snowflake_time
from exec_desk.fakex.model import FakePost
from exec_desk.fakex.params import TWEET_EXPANSIONS, USER_FIELDS, Params
from exec_desk.fakex.prices import Op, Resource
from exec_desk.fakex.problems import ApiError, bad_parameter, forbidden, invalid_request, not_found, suspended
from exec_desk.fakex.render import Json, Shape, list_json, posts_body, user_json
from exec_desk.fakex.routes import Context, Outcome, Request

FIELD_PARAMS = ("tweet.fields", "expansions", "user.fields", "media.fields", "poll.fields", "place.fields")
WINDOW_PARAMS = ("max_results", "pagination_token", "since_id", "until_id", "start_time", "end_time")
SEARCH_WINDOW = timedelta(days=7)
TIMELINE_CAP = 800
USER_TWEETS_CAP = 3200


def _shape(req: Request, params: Params) -> Shape:
    return Shape(
        base_url=req.base_url,
        tweet_fields=params.fields("tweet.fields"),
        user_fields=params.fields("user.fields"),
        media_fields=params.fields("media.fields"),
        expansions=params.choices("expansions", TWEET_EXPANSIONS),
    )


def _user_id(ctx: Context, args: dict[str, str]) -> str:
    user_id = args["id"]
    if not user_id.isdigit() or len(user_id) > 19:
        raise bad_parameter("id", user_id, f"The `id` query parameter value [{user_id}] does not match ^[0-9]{{1,19}}$")
    return user_id


def _newest(posts: Iterable[FakePost], keep: Callable[[FakePost], bool], cap: int) -> list[FakePost]:
    out: list[FakePost] = []
    for post in posts:
        if keep(post):
            out.append(post)
            if len(out) >= cap:
                break
    return out


def _page(
    candidates: list[FakePost],
    params: Params,
    *,
    max_results: int,
    token_names: tuple[str, ...] = ("pagination_token",),
    bounds_in_meta: bool = True,
    previous: bool = True,
) -> tuple[list[FakePost], Json]:
    """Apply since_id/until_id/start_time/end_time and the page token to `candidates` (newest first)."""
    since, until = params.snowflake("since_id"), params.snowflake("until_id")
    start, end = params.time("start_time"), params.time("end_time")
    items = [
        p
        for p in candidates
        if (since is None or p.id > since)
        and (until is None or p.id < until)
        and (start is None or p.created_at >= start)
        and (end is None or p.created_at <= end)
    ]
    token = params.token(*token_names)
    if token is None:
        page, more_older = items[:max_results], len(items) > max_results
    elif token[0] == "n":
        older = [p for p in items if p.id < token[1]]
        page, more_older = older[:max_results], len(older) > max_results
    else:
        newer = [p for p in items if p.id > token[1]]
        page, more_older = newer[-max_results:], True
    meta: Json = {"result_count": len(page)}
    if page and bounds_in_meta:
        meta["newest_id"], meta["oldest_id"] = page[0].sid, page[-1].sid
    if page and more_older:
        meta["next_token"] = encode_token("n", page[-1].id)
    if page and token is not None and previous:
        meta["previous_token"] = encode_token("p", page[0].id)
    return page, meta


def _timeline(
    ctx: Context,
    req: Request,
    params: Params,
    candidates: list[FakePost],
    op: Op,
    *,
    max_results: int,
    token_names: tuple[str, ...] = ("pagination_token",),
    bounds_in_meta: bool = True,
    previous: bool = True,
) -> Outcome:
    shape = _shape(req, params)
    page, meta = _page(
        candidates,
        params,
        max_results=max_results,
        token_names=token_names,
        bounds_in_meta=bounds_in_meta,
        previous=previous,
    )
    body, resources = posts_body(ctx.world, page, shape, meta)
    return Outcome(200, body, op=op, resources=resources)


def _excluded(params: Params) -> Callable[[FakePost], bool]:
    exclude = params.choices("exclude", frozenset({"replies", "retweets"}))
    return lambda p: (
        ("retweets" in exclude and p.retweet_of is not None) or ("replies" in exclude and p.reply_to is not None)
    )


def users_me(ctx: Context, req: Request, args: dict[str, str]) -> Outcome:
    params = Params(req.query, ("user.fields", "expansions", "tweet.fields"))
    params.choices("expansions", frozenset({"pinned_tweet_id", "most_recent_tweet_id", "affiliation"}))
    params.fields("tweet.fields")
    account = ctx.world.accounts[req.user_id]
    data = user_json(account, params.choices("user.fields", USER_FIELDS), req.base_url)
    return Outcome(200, {"data": data}, op=Op.ME, resources={Resource.USER: [account.id]})


def users_lookup(ctx: Context, req: Request, args: dict[str, str]) -> Outcome:
    """GET /2/users?ids=…: up to 100 users by id; unknown ids come back in `errors` (and are not charged)."""
    params = Params(req.query, ("ids", "user.fields", "expansions", "tweet.fields"))
    params.choices("expansions", frozenset({"pinned_tweet_id", "most_recent_tweet_id", "affiliation"}))
    params.fields("tweet.fields")
    raw = params.required("ids")
    ids = list(dict.fromkeys(raw.split(",")))
    if len(ids) > 100 or not all(i.isdigit() for i in ids):
        raise bad_parameter("ids", raw, "The `ids` query parameter value must be 1 to 100 comma-separated user ids")
    fields = params.choices("user.fields", USER_FIELDS)
    world = ctx.world
    found = [world.accounts[i] for i in ids if i in world.accounts and i not in world.suspended]
    body: Json = {}
    if found:
        body["data"] = [user_json(account, fields, req.base_url) for account in found]
    missing = [
        suspended(i, "ids") if i in world.suspended else not_found("user", i, "ids")
        for i in ids
        if i not in world.accounts or i in world.suspended
    ]
    if missing:
        body["errors"] = missing
    return Outcome(200, body, op=Op.USERS, resources={Resource.USER: [a.id for a in found]})


def home_timeline(ctx: Context, req: Request, args: dict[str, str]) -> Outcome:
    params = Params(req.query, (*WINDOW_PARAMS, *FIELD_PARAMS, "exclude"))
    user_id = _user_id(ctx, args)
    if user_id != req.user_id:
        raise ApiError(403, forbidden("You can only read the home timeline of the authenticating user."))
    authors = ctx.world.home_authors()
    excluded = _excluded(params)
    keep: Callable[[FakePost], bool] = lambda p: p.author_id in authors and not excluded(p)  # noqa: E731
    candidates = _newest(ctx.world.newest_first(), keep, TIMELINE_CAP)
    max_results = params.max_results(1, 100, 100)
    return _timeline(ctx, req, params, candidates, Op.HOME_TIMELINE, max_results=max_results)


def list_tweets(ctx: Context, req: Request, args: dict[str, str]) -> Outcome:
    params = Params(req.query, ("max_results", "pagination_token", *FIELD_PARAMS))
    lst = ctx.world.lists.get(args["id"])
    if lst is None or (lst.private and lst.owner_id != req.user_id):
        _shape(req, params)
        return Outcome(200, {"errors": [not_found("list", args["id"], "id")]}, op=Op.LIST_POSTS)
    members = set(lst.members)
    candidates = _newest(ctx.world.newest_first(), lambda p: p.author_id in members, TIMELINE_CAP)
    max_results = params.max_results(1, 100, 100)
    return _timeline(ctx, req, params, candidates, Op.LIST_POSTS, max_results=max_results, bounds_in_meta=False)


def mentions(ctx: Context, req: Request, args: dict[str, str]) -> Outcome:
    params = Params(req.query, (*WINDOW_PARAMS, *FIELD_PARAMS))
    user_id = _user_id(ctx, args)
    if user_id not in ctx.world.accounts:
        return Outcome(200, {"errors": [not_found("user", user_id, "id")]}, op=Op.MENTIONS)
    world = ctx.world
    keep: Callable[[FakePost], bool] = lambda p: p.author_id != user_id and world.mentions_user(p, user_id)  # noqa: E731
    candidates = _newest(world.newest_first(), keep, TIMELINE_CAP)
    max_results = params.max_results(5, 100, 10)
    return _timeline(ctx, req, params, candidates, Op.MENTIONS, max_results=max_results)


def user_tweets(ctx: Context, req: Request, args: dict[str, str]) -> Outcome:
    params = Params(req.query, (*WINDOW_PARAMS, *FIELD_PARAMS, "exclude"))
    user_id = _user_id(ctx, args)
    op = Op.OWN_POSTS if user_id == req.user_id else Op.USER_POSTS
    if user_id not in ctx.world.accounts:
        return Outcome(200, {"errors": [not_found("user", user_id, "id")]}, op=op)
    if user_id in ctx.world.suspended:
        return Outcome(200, {"errors": [suspended(user_id)]}, op=op)
    excluded = _excluded(params)
    keep: Callable[[FakePost], bool] = lambda p: p.author_id == user_id and not excluded(p)  # noqa: E731
    candidates = _newest(ctx.world.newest_first(), keep, USER_TWEETS_CAP)
    max_results = params.max_results(5, 100, 10)
    return _timeline(ctx, req, params, candidates, op, max_results=max_results)


def search_recent(ctx: Context, req: Request, args: dict[str, str]) -> Outcome:
    allowed = (*WINDOW_PARAMS, *FIELD_PARAMS, "query", "next_token", "sort_order")
    params = Params(req.query, allowed)
    text = params.required("query")
    try:
        matcher = search_query.parse(ctx.world, text)
    except search_query.QueryError as exc:
        raise bad_parameter("query", text, f"There were errors processing your request: {exc}") from exc
    params.choices("sort_order", frozenset({"recency", "relevancy"}))
    oldest: datetime = req.now - SEARCH_WINDOW
    _check_start_time(params, oldest)
    _check_since_id(params, oldest)
    candidates = []
    for post in ctx.world.newest_first():
        if post.created_at < oldest:
            break
        if matcher(post):
            candidates.append(post)
    max_results = params.max_results(10, 100, 10)
    return _timeline(
        ctx,
        req,
        params,
        candidates,
        Op.SEARCH_RECENT,
        max_results=max_results,
        token_names=("next_token", "pagination_token"),
        previous=False,
    )


def _check_start_time(params: Params, oldest: datetime) -> None:
    """Recent search refuses a `start_time` older than its seven days, with X's words (400)."""
    start = params.time("start_time")
    if start is None or start >= oldest:
        return
    after = oldest.replace(second=0, microsecond=0) + timedelta(minutes=1)
    message = f"Invalid 'start_time':'{iso(start)[:16]}Z'. 'start_time' must be on or after {iso(after)[:16]}Z"
    raise ApiError(400, invalid_request([("start_time", str(params.get("start_time")), message)]))


def posts_lookup(ctx: Context, req: Request, args: dict[str, str]) -> Outcome:
    """GET /2/tweets?ids=…: up to 100 posts by id, in the order asked; ids X does not have come back in `errors`
    (and are not billed)."""
    params = Params(req.query, ("ids", *FIELD_PARAMS))
    raw = params.required("ids")
    ids = list(dict.fromkeys(raw.split(",")))
    if len(ids) > 100 or not all(i.isdigit() and len(i) <= 19 for i in ids):
        raise bad_parameter("ids", raw, "The `ids` query parameter value must be 1 to 100 comma-separated post ids")
    shape = _shape(req, params)
    world = ctx.world
    found = [post for post in (world.get(int(i)) for i in ids) if post is not None]
    body, resources = posts_body(world, found, shape, {})
    del body["meta"]  # a lookup has no `meta`
    missing = [not_found("tweet", i, "ids") for i in ids if world.get(int(i)) is None]
    if missing:
        body["errors"] = [*body.get("errors", []), *missing]
    return Outcome(200, body, op=Op.POSTS_LOOKUP, resources=resources)


def _check_since_id(params: Params, oldest: datetime) -> None:
    """Recent search refuses a `since_id` older than its seven days, as X does (and `since_id` with
    `start_time`: "At most one of `start_time`, `since_id` may be provided")."""
    since = params.snowflake("since_id")
    if since is None:
        return
    if params.time("start_time") is not None:
        raise ApiError(
            400,
            invalid_request(
                [("since_id", str(since), "At most one of `start_time`, `since_id` may be provided.")],
            ),
        )
    if snowflake_time(since) < oldest:
        after = oldest.replace(second=0, microsecond=0) + timedelta(minutes=1)
        larger = snowflake(after, 0, 0)
        message = (
            f"'since_id' must be a tweet id created after {iso(after)[:16]}Z. "
            f"Please use a 'since_id' that is larger than {larger}"
        )
        raise ApiError(400, invalid_request([("since_id", str(since), message)]))


def _lists(ctx: Context, req: Request, args: dict[str, str], op: Op) -> Outcome:
    params = Params(req.query, ("max_results", "pagination_token", "list.fields", "expansions", "user.fields"))
    user_id = _user_id(ctx, args)
    fields = params.fields("list.fields")
    expansions = params.choices("expansions", frozenset({"owner_id"}))
    user_fields = params.fields("user.fields")
    max_results = params.max_results(1, 100, 100)
    if user_id not in ctx.world.accounts:
        return Outcome(200, {"errors": [not_found("user", user_id, "id")]}, op=op)
    world = ctx.world
    found = world.owned_lists(user_id) if op is Op.OWNED_LISTS else world.followed_lists(user_id)
    visible = [lst for lst in found if not lst.private or lst.owner_id == req.user_id]
    token = params.token("pagination_token")
    offset = token[1] if token and token[0] == "n" else 0
    page = visible[offset : offset + max_results]
    body: Json = {}
    if page:
        body["data"] = [list_json(lst, fields) for lst in page]
    owners = list(dict.fromkeys(lst.owner_id for lst in page)) if "owner_id" in expansions else []
    if owners:
        body["includes"] = {"users": [user_json(world.accounts[o], user_fields, req.base_url) for o in owners]}
    meta: Json = {"result_count": len(page)}
    if offset + max_results < len(visible):
        meta["next_token"] = encode_token("n", offset + max_results)
    if token is not None and offset > 0:
        meta["previous_token"] = encode_token("n", max(0, offset - max_results))
    body["meta"] = meta
    resources = {Resource.LIST: [lst.id for lst in page], Resource.USER: owners}
    return Outcome(200, body, op=op, resources=resources)


def owned_lists(ctx: Context, req: Request, args: dict[str, str]) -> Outcome:
    return _lists(ctx, req, args, Op.OWNED_LISTS)


def followed_lists(ctx: Context, req: Request, args: dict[str, str]) -> Outcome:
    return _lists(ctx, req, args, Op.FOLLOWED_LISTS)
