"""Rate limits: X's headers on every API answer, per endpoint and user, 429 past the limit, 15-minute windows."""

from __future__ import annotations

from exec_desk.core.pricing import Op
from exec_desk.fakex import FakeXServer
from tests.support.fakex_api import Api, FakeClock


def test_headers_count_down_per_endpoint(server: FakeXServer, api: Api, clock: FakeClock) -> None:
    reset = str(int(clock.now.timestamp()) + 15 * 60)
    first = api.get("/2/users/1000/timelines/reverse_chronological", max_results=1)
    second = api.get("/2/users/1000/timelines/reverse_chronological", max_results=1)
    me = api.get("/2/users/me")
    assert [first.headers["x-rate-limit-limit"], first.headers["x-rate-limit-remaining"]] == ["180", "179"]
    assert second.headers["x-rate-limit-remaining"] == "178" and second.headers["x-rate-limit-reset"] == reset
    assert (me.headers["x-rate-limit-limit"], me.headers["x-rate-limit-remaining"]) == ("75", "74")
    bad = api.get("/2/users/1000/timelines/reverse_chronological", max_results=0)
    assert bad.status_code == 400 and bad.headers["x-rate-limit-remaining"] == "177"


def test_429_past_the_limit_until_the_window_resets(server: FakeXServer, api: Api, clock: FakeClock) -> None:
    server.ratelimits.set_limit("owned_lists", 2)
    statuses = [api.get("/2/users/1000/owned_lists").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    refused = api.get("/2/users/1000/owned_lists")
    assert refused.json()["title"] == "Too Many Requests" and refused.headers["x-rate-limit-remaining"] == "0"
    assert int(refused.headers["x-rate-limit-reset"]) == int(clock.now.timestamp()) + 900
    assert api.get("/2/users/1000/followed_lists").status_code == 200  # another endpoint, another bucket
    assert server.log.calls(Op.OWNED_LISTS, status=429)[0].price_micro == 0
    clock.advance(minutes=14, seconds=59)
    assert api.get("/2/users/1000/owned_lists").status_code == 429
    clock.advance(seconds=1)
    again = api.get("/2/users/1000/owned_lists")
    assert again.status_code == 200 and again.headers["x-rate-limit-remaining"] == "1"


def test_posts_and_retweets_share_a_three_hour_limit(server: FakeXServer, api: Api, clock: FakeClock) -> None:
    server.ratelimits.limits["create_post"] = 1000
    for index in range(300):
        server.ratelimits.hit("1000", "create_post", clock.now)
        if index % 90 == 89:
            clock.advance(minutes=15)
    refused = api.post("/2/tweets", {"text": "One too many"})
    assert refused.status_code == 429
    clock.advance(hours=3)
    assert api.post("/2/tweets", {"text": "Fresh window"}).status_code == 201
