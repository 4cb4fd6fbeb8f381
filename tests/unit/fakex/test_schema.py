"""Every endpoint the fake serves answers bodies valid against X's OpenAPI spec, errors included."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
import requests

from exec_desk.fakex import FakeXServer, Policy
from exec_desk.fakex.model import FakePost
from tests.support.fakex_api import TIMELINE_FIELDS, Api, tokens_of, validate_response
from tests.support.media_files import SHORT_MP4

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + (64).to_bytes(4, "big") + (48).to_bytes(4, "big") + b"\x08\x02"


@dataclass(frozen=True)
class Case:
    spec_path: str
    method: str
    status: int
    call: Callable[[FakeXServer, Api], requests.Response]


def _someone_elses_post(server: FakeXServer) -> FakePost:
    world = server.world
    return next(
        p
        for p in world.newest_first()
        if p.author_id != world.user_id
        and p.retweet_of is None
        and p.quote_of is None
        and not world.mentions_user(p, world.user_id)
    )


def _mention(server: FakeXServer) -> FakePost:
    world = server.world
    return next(p for p in world.newest_first() if world.mentions_user(p, world.user_id) and p.author_id != "1000")


def _own_post(server: FakeXServer, api: Api) -> str:
    return str(api.post("/2/tweets", {"text": "A thread starts here."}).json()["data"]["id"])


def _upload(api: Api) -> requests.Response:
    files = {"media": ("chart.png", PNG, "image/png")}
    return api.session.post(api.url("/2/media/upload"), files=files, data={"media_category": "tweet_image"})


def _chunked(api: Api, data: bytes, media_type: str = "video/mp4", category: str = "tweet_video") -> str:
    init = api.post(
        "/2/media/upload/initialize", {"media_type": media_type, "total_bytes": len(data), "media_category": category}
    )
    media_id = str(init.json()["data"]["id"])
    _append(api, media_id, data)
    return media_id


def _append(api: Api, media_id: str, data: bytes) -> requests.Response:
    files = {"media": ("blob", data, "application/octet-stream")}
    return api.session.post(api.url(f"/2/media/upload/{media_id}/append"), files=files, data={"segment_index": "0"})


def _finalized(api: Api, data: bytes) -> str:
    media_id = _chunked(api, data)
    api.session.post(api.url(f"/2/media/upload/{media_id}/finalize"))
    return media_id


def _short_finalize(api: Api) -> requests.Response:
    init = api.post("/2/media/upload/initialize", {"media_type": "video/mp4", "total_bytes": 30})
    media_id = str(init.json()["data"]["id"])
    _append(api, media_id, b"x" * 20)
    return api.session.post(api.url(f"/2/media/upload/{media_id}/finalize"))


def _status(server: FakeXServer, api: Api, data: bytes, wait: float) -> requests.Response:
    media_id = _finalized(api, data)
    server.clock.advance(seconds=wait)  # type: ignore[attr-defined]
    return api.get("/2/media/upload", command="STATUS", media_id=media_id)


def _lower_limit(server: FakeXServer, api: Api) -> requests.Response:
    server.ratelimits.set_limit("owned_lists", 1)
    api.get("/2/users/1000/owned_lists")
    return api.get("/2/users/1000/owned_lists")


def _liked(server: FakeXServer, api: Api) -> requests.Response:
    server.policy = Policy.enterprise()
    return api.post("/2/users/1000/likes", {"tweet_id": _someone_elses_post(server).sid})


def _not_enrolled(server: FakeXServer) -> requests.Response:
    token = tokens_of(server, server.auth.not_enrolled.client_id)["access_token"]
    return requests.get(server.base_url + "/2/users/me", headers={"Authorization": f"Bearer {token}"}, timeout=10)


def _reply(server: FakeXServer) -> FakePost:
    return next(p for p in server.world.newest_first() if p.reply_to is not None and p.retweet_of is None)


def _lookup(server: FakeXServer, api: Api) -> requests.Response:
    reply = _reply(server)
    ids = f"{reply.id},{reply.reply_to},{reply.conversation_id},1234567890123"
    return api.get("/2/tweets", ids=ids, **TIMELINE_FIELDS)


def _conversation(server: FakeXServer, api: Api) -> requests.Response:
    query = f"conversation_id:{_reply(server).conversation_id}"
    return api.get("/2/tweets/search/recent", query=query, max_results=100, **TIMELINE_FIELDS)


HOME = "/2/users/{id}/timelines/reverse_chronological"
CASES: dict[str, Case] = {
    "me": Case("/2/users/me", "GET", 200, lambda s, a: a.get("/2/users/me", **{"user.fields": "created_at,url"})),
    "users": Case(
        "/2/users",
        "GET",
        200,
        lambda s, a: a.get("/2/users", ids="2000,2001,999999", **{"user.fields": "name,username,profile_image_url"}),
    ),
    "users_bad_ids": Case("/2/users", "GET", 400, lambda s, a: a.get("/2/users", ids="x,2000")),
    "home": Case(
        HOME, "GET", 200, lambda s, a: a.get("/2/users/1000/timelines/reverse_chronological", **TIMELINE_FIELDS)
    ),
    "list_tweets": Case(
        "/2/lists/{id}/tweets", "GET", 200, lambda s, a: a.get("/2/lists/1720000000000000101/tweets", **TIMELINE_FIELDS)
    ),
    "list_tweets_unknown": Case(
        "/2/lists/{id}/tweets", "GET", 200, lambda s, a: a.get("/2/lists/42/tweets", max_results=5)
    ),
    "mentions": Case(
        "/2/users/{id}/mentions", "GET", 200, lambda s, a: a.get("/2/users/1000/mentions", **TIMELINE_FIELDS)
    ),
    "user_tweets": Case(
        "/2/users/{id}/tweets", "GET", 200, lambda s, a: a.get("/2/users/3001/tweets", **TIMELINE_FIELDS)
    ),
    "search": Case(
        "/2/tweets/search/recent",
        "GET",
        200,
        lambda s, a: a.get("/2/tweets/search/recent", query="robots OR robotique -is:retweet", **TIMELINE_FIELDS),
    ),
    "posts_lookup": Case("/2/tweets", "GET", 200, _lookup),
    "posts_lookup_too_many": Case(
        "/2/tweets", "GET", 400, lambda s, a: a.get("/2/tweets", ids=",".join(str(10**12 + n) for n in range(101)))
    ),
    "conversation": Case("/2/tweets/search/recent", "GET", 200, _conversation),
    "400_search_start_time": Case(
        "/2/tweets/search/recent",
        "GET",
        400,
        lambda s, a: a.get("/2/tweets/search/recent", query="robots", start_time="2020-01-01T00:00:00Z"),
    ),
    "owned_lists": Case(
        "/2/users/{id}/owned_lists",
        "GET",
        200,
        lambda s, a: a.get(
            "/2/users/1000/owned_lists", **{"list.fields": "description,member_count,private,created_at"}
        ),
    ),
    "followed_lists": Case(
        "/2/users/{id}/followed_lists",
        "GET",
        200,
        lambda s, a: a.get("/2/users/1000/followed_lists", expansions="owner_id", **{"list.fields": "follower_count"}),
    ),
    "retweet": Case(
        "/2/users/{id}/retweets",
        "POST",
        200,
        lambda s, a: a.post("/2/users/1000/retweets", {"tweet_id": _someone_elses_post(s).sid}),
    ),
    "unretweet": Case(
        "/2/users/{id}/retweets/{source_tweet_id}",
        "DELETE",
        200,
        lambda s, a: a.delete(f"/2/users/1000/retweets/{_someone_elses_post(s).sid}"),
    ),
    "like": Case("/2/users/{id}/likes", "POST", 200, _liked),
    "create": Case("/2/tweets", "POST", 201, lambda s, a: a.post("/2/tweets", {"text": "Hello from the schema test"})),
    "reply": Case(
        "/2/tweets",
        "POST",
        201,
        lambda s, a: a.post("/2/tweets", {"text": "Thanks!", "reply": {"in_reply_to_tweet_id": _mention(s).sid}}),
    ),
    "delete": Case("/2/tweets/{id}", "DELETE", 200, lambda s, a: a.delete(f"/2/tweets/{_own_post(s, a)}")),
    "upload": Case("/2/media/upload", "POST", 200, lambda s, a: _upload(a)),
    "metadata": Case(
        "/2/media/metadata",
        "POST",
        200,
        lambda s, a: a.post(
            "/2/media/metadata", {"id": _upload(a).json()["data"]["id"], "metadata": {"alt_text": {"text": "A chart"}}}
        ),
    ),
    "initialize": Case(
        "/2/media/upload/initialize",
        "POST",
        200,
        lambda s, a: a.post("/2/media/upload/initialize", {"media_type": "image/gif", "total_bytes": 10}),
    ),
    "append": Case(
        "/2/media/upload/{id}/append", "POST", 200, lambda s, a: _append(a, _chunked(a, b"x" * 20), b"y" * 20)
    ),
    "finalize": Case(
        "/2/media/upload/{id}/finalize",
        "POST",
        200,
        lambda s, a: a.session.post(a.url(f"/2/media/upload/{_chunked(a, SHORT_MP4.read_bytes())}/finalize")),
    ),
    "status_in_progress": Case("/2/media/upload", "GET", 200, lambda s, a: _status(s, a, SHORT_MP4.read_bytes(), 1.5)),
    "status_succeeded": Case("/2/media/upload", "GET", 200, lambda s, a: _status(s, a, SHORT_MP4.read_bytes(), 9)),
    "status_failed": Case("/2/media/upload", "GET", 200, lambda s, a: _status(s, a, b"not a video at all", 2)),
    # errors
    "400_one_shot_video": Case(
        "/2/media/upload",
        "POST",
        400,
        lambda s, a: a.session.post(
            a.url("/2/media/upload"),
            files={"media": ("v.mp4", SHORT_MP4.read_bytes(), "video/mp4")},
            data={"media_category": "tweet_video"},
        ),
    ),
    "400_finalize_short": Case("/2/media/upload/{id}/finalize", "POST", 400, lambda s, a: _short_finalize(a)),
    "404_status": Case("/2/media/upload", "GET", 404, lambda s, a: a.get("/2/media/upload", media_id="123")),
    "400_post_unprocessed": Case(
        "/2/tweets",
        "POST",
        400,
        lambda s, a: a.post(
            "/2/tweets", {"text": "Early", "media": {"media_ids": [_finalized(a, SHORT_MP4.read_bytes())]}}
        ),
    ),
    "401": Case("/2/users/me", "GET", 401, lambda s, a: requests.get(s.base_url + "/2/users/me", timeout=10)),
    "400_max_results": Case(
        HOME, "GET", 400, lambda s, a: a.get("/2/users/1000/timelines/reverse_chronological", max_results=1000)
    ),
    "400_list_since_id": Case(
        "/2/lists/{id}/tweets", "GET", 400, lambda s, a: a.get("/2/lists/1720000000000000101/tweets", since_id="1")
    ),
    "403_like": Case(
        "/2/users/{id}/likes",
        "POST",
        403,
        lambda s, a: a.post("/2/users/1000/likes", {"tweet_id": _someone_elses_post(s).sid}),
    ),
    "403_quote": Case(
        "/2/tweets",
        "POST",
        403,
        lambda s, a: a.post("/2/tweets", {"text": "So true", "quote_tweet_id": _someone_elses_post(s).sid}),
    ),
    "403_reply": Case(
        "/2/tweets",
        "POST",
        403,
        lambda s, a: a.post("/2/tweets", {"text": "Hi", "reply": {"in_reply_to_tweet_id": _someone_elses_post(s).sid}}),
    ),
    "403_not_enrolled": Case("/2/users/me", "GET", 403, lambda s, a: _not_enrolled(s)),
    "404_delete": Case("/2/tweets/{id}", "DELETE", 404, lambda s, a: a.delete("/2/tweets/12345")),
    "429": Case("/2/users/{id}/owned_lists", "GET", 429, _lower_limit),
}


@pytest.mark.parametrize("name", list(CASES))
def test_response_matches_the_openapi_schema(name: str, shared_server: FakeXServer, shared_api: Api) -> None:
    case = CASES[name]
    response = case.call(shared_server, shared_api)
    assert response.status_code == case.status, response.text
    validate_response(case.spec_path, case.method, response)
    if case.status >= 400:
        assert response.headers["content-type"].startswith("application/problem+json")
        assert response.json()["status"] == case.status
