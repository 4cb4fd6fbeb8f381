"""The seeded world: deterministic for a seed and a clock, realistic in shape, growing as the clock advances."""

from __future__ import annotations

import time
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from exec_desk.fakex import FakeXServer, World
from exec_desk.fakex.model import Group
from tests.support.fakex_api import Api, FakeClock

START = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
HOME = "/2/users/1000/timelines/reverse_chronological"


def _snapshot(world: World) -> list[tuple[int, str, str]]:
    return [(p.id, p.author_id, p.text) for p in world.newest_first()]


def test_same_seed_same_world_other_seed_other_world() -> None:
    first, again, other = World(seed=11, start=START), World(seed=11, start=START), World(seed=12, start=START)
    assert _snapshot(first) == _snapshot(again)
    assert _snapshot(first) != _snapshot(other)
    first.advance(START.replace(hour=11))
    again.advance(START.replace(hour=10))
    again.advance(START.replace(hour=11))  # the path taken through time does not matter
    assert _snapshot(first) == _snapshot(again)


def test_a_server_that_grows_its_world_later_serves_the_same_world_once_grown() -> None:
    """The standalone server prints its credentials first and grows the world's history on a thread (start-up of
    the demo); until then its world is empty, and what it serves after `grow` is the world an eager server has."""
    clock = FakeClock()
    with FakeXServer(seed=7, clock=clock) as eager, FakeXServer(seed=7, clock=clock, grow_later=True) as later:
        assert later.credentials()["user_id"] == eager.credentials()["user_id"]  # known before the world grows
        assert not later.world.posts and eager.world.posts
        later.grow()
        assert _snapshot(later.world) == _snapshot(eager.world)
        eager_api, later_api = Api(eager), Api(later)
        try:
            assert later_api.get(HOME, max_results=20).json() == eager_api.get(HOME, max_results=20).json()
        finally:
            eager_api.close()
            later_api.close()


@pytest.mark.slow
def test_world_is_fast_to_build() -> None:
    started = time.perf_counter()
    World(seed=2026, start=START)
    elapsed = time.perf_counter() - started
    assert elapsed < 1.0  # budget 0.5 s on a developer machine; loose here for slow CI


def test_world_is_realistic() -> None:
    world = World(seed=2026, start=START)
    posts = list(world.newest_first())
    assert 2500 < len(posts) < 6000
    assert posts[-1].created_at >= START.replace(day=16) and posts[0].created_at <= START
    groups = Counter(world.accounts[p.author_id].group for p in posts)
    assert set(groups) | {Group.PUBLIC} == set(Group) and len(world.accounts) >= 35  # the public: in spikes
    assert Counter(p.lang for p in posts).keys() == {"en", "fr"}
    assert any(p.retweet_of and p.text.startswith("RT @") for p in posts)
    assert any(p.quote_of for p in posts) and any(p.reply_to for p in posts)
    assert sum(world.mentions_user(p, "1000") for p in posts) > 50
    assert any(u.media_key is None and u.expanded.startswith("https://") for p in posts for u in p.urls)
    media = list(world.media.values())
    assert {m.type for m in media} == {"photo", "video"} and all(m.alt_text for m in media)
    assert [lst.name for lst in world.owned_lists("1000")] == ["Press", "Competitors", "Key clients", "Team"]
    assert len(world.followed_lists("1000")) == 2
    for post in posts:  # entity indices point at their text, as X's do
        assert all(post.text[u.start : u.end] == u.short for u in post.urls), post.text
        assert all(post.text[m.start : m.end] == "@" + m.username for m in post.mentions), post.text
        assert all(post.text[h.start : h.end] == "#" + h.tag for h in post.hashtags), post.text
    ids = [p.id for p in posts]
    assert ids == sorted(ids, reverse=True)
    assert [p.created_at for p in posts] == sorted((p.created_at for p in posts), reverse=True)


def test_new_posts_arrive_as_the_clock_advances(server: FakeXServer, api: Api, clock: FakeClock) -> None:
    newest = api.get(HOME, max_results=5).json()["meta"]["newest_id"]
    assert api.get(HOME, since_id=newest).json()["meta"]["result_count"] == 0
    for _ in range(3):
        clock.advance(minutes=2)
        fresh = api.get(HOME, since_id=newest).json()
        assert fresh["meta"]["result_count"] >= 1
        assert all(int(p["id"]) > int(newest) for p in fresh["data"])
        newest = fresh["meta"]["newest_id"]
    clock.advance(hours=2)
    lists = api.get("/2/lists/1720000000000000101/tweets", max_results=5, **{"tweet.fields": "created_at"}).json()
    newest = datetime.fromisoformat(lists["data"][0]["created_at"].replace("Z", "+00:00"))
    assert clock.now - timedelta(hours=1) < newest <= clock.now
