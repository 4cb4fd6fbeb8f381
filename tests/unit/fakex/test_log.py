"""The request log prices each call under X's 2026 rules: reads per resource once per UTC day, writes per call."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from exec_desk.fakex import FakeXServer, Policy
from exec_desk.fakex.prices import Op, Resource
from tests.support.fakex_api import Api, FakeClock

HOME = "/2/users/1000/timelines/reverse_chronological"


@pytest.fixture
def clock() -> FakeClock:
    """Five minutes before a UTC midnight, whatever the time the suite runs: the day change stays a small step."""
    yesterday = datetime.now(UTC) - timedelta(days=1)
    return FakeClock(yesterday.replace(hour=23, minute=55, second=0, microsecond=0))


def test_reads_are_priced_per_resource_once_per_utc_day(server: FakeXServer, api: Api, clock: FakeClock) -> None:
    params = {"max_results": 10, "expansions": "author_id,referenced_tweets.id"}
    body = api.get(HOME, **params).json()
    posts = {p["id"] for p in body["data"]} | {t["id"] for t in body.get("includes", {}).get("tweets", [])}
    users = {u["id"] for u in body["includes"]["users"]}
    first = server.log[-1]
    assert first.op == Op.HOME_TIMELINE and first.status == 200
    assert first.price_micro == 5_000 * len(posts) + 10_000 * len(users)
    assert set(first.resources[Resource.POST]) == posts
    api.get(HOME, **params)
    assert server.log[-1].price_micro == 0  # the same resources, the same UTC day
    newest = body["data"][0]["id"]
    clock.advance(minutes=6)  # past midnight UTC
    same_page = api.get(HOME, until_id=str(int(newest) + 1), **params)
    assert {p["id"] for p in same_page.json()["data"]} == {p["id"] for p in body["data"]}
    assert server.log[-1].price_micro == first.price_micro  # a new UTC day bills them again


def test_owned_reads_cost_less_for_the_app_owner_only(server: FakeXServer, api: Api) -> None:
    server.app_owner = True
    mentions = api.get("/2/users/1000/mentions", max_results=5).json()
    assert server.log[-1].price_micro == 1_000 * len(mentions["data"])
    lists = api.get("/2/users/1000/owned_lists").json()
    assert server.log[-1].price_micro == 1_000 * len(lists["data"])
    api.get("/2/users/me")  # not an owned read: a user object at $0.010
    assert (server.log[-1].op, server.log[-1].price_micro) == (Op.ME, 10_000)
    someone = api.get("/2/users/3001/tweets", max_results=20).json()
    fresh = {p["id"] for p in someone["data"]} - {
        p["id"] for p in mentions["data"]
    }  # billed once a day, whatever the read
    assert (server.log[-1].op, server.log[-1].price_micro) == (Op.USER_POSTS, 5_000 * len(fresh))


def test_owned_reads_through_someone_elses_app_cost_the_full_price(server: FakeXServer, api: Api) -> None:
    assert server.app_owner is False  # the default: the executive signs in to IT's app, or to one they do not own
    mentions = api.get("/2/users/1000/mentions", max_results=5).json()
    assert mentions["data"] and server.log[-1].price_micro == 5_000 * len(mentions["data"])
    lists = api.get("/2/users/1000/owned_lists").json()
    assert lists["data"] and server.log[-1].price_micro == 5_000 * len(lists["data"])


def test_writes_are_priced_per_request_and_failures_are_free(server: FakeXServer, api: Api) -> None:
    world = server.world
    mention = world.add_post("3001", "Question for @claire_exec", at=server.clock())
    target = world.add_post("3003", "A post to share", at=server.clock())
    api.post("/2/tweets", {"text": "Plain words"})
    api.post("/2/tweets", {"text": "With a link https://example.com/a"})
    api.post("/2/tweets", {"text": "A reply", "reply": {"in_reply_to_tweet_id": mention.sid}})
    api.post("/2/users/1000/retweets", {"tweet_id": target.sid})
    api.delete(f"/2/users/1000/retweets/{target.sid}")
    own = api.post("/2/tweets", {"text": "Short-lived"}).json()["data"]["id"]
    api.delete(f"/2/tweets/{own}")
    assert api.post("/2/users/1000/likes", {"tweet_id": target.sid}).status_code == 403
    server.policy = Policy.enterprise()
    api.post("/2/users/1000/likes", {"tweet_id": target.sid})
    writes = [(e.op, e.price_micro) for e in server.log if e.method != "GET"]
    assert writes == [
        (Op.CREATE_POST, 15_000),
        (Op.CREATE_POST, 200_000),
        (Op.CREATE_POST, 10_000),
        (Op.RETWEET, 15_000),
        (Op.UNRETWEET, 10_000),
        (Op.CREATE_POST, 15_000),
        (Op.DELETE_POST, 5_000),  # "Content: Manage"
        (Op.LIKE, 0),
        (Op.LIKE, 15_000),
    ]
    assert server.log.total_micro() == sum(price for _, price in writes)
    assert len(server.log.calls(Op.CREATE_POST)) == 4 and server.log.total_micro(Op.LIKE) == 15_000
