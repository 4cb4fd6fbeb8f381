"""Conversations as X serves them: `conversation_id` on every post, `referenced_tweets` replied_to, the
`conversation_id:` search operator (replies only, seven days back), posts by id (`GET /2/tweets?ids=`), and the
refusals: a `start_time` older than seven days, more than 100 ids."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from exec_desk.fakex import FakeXServer
from exec_desk.fakex.ids import iso
from exec_desk.fakex.model import FakePost
from exec_desk.fakex.prices import Op, Resource
from tests.support.fakex_api import TIMELINE_FIELDS, Api, FakeClock


def _deep_reply(server: FakeXServer) -> FakePost:
    """A reply to a reply (its conversation has at least three posts)."""
    world = server.world
    for post in world.newest_first():
        parent = world.get(post.reply_to) if post.reply_to else None
        if parent is not None and parent.reply_to is not None:
            return post
    raise AssertionError("the world has no reply to a reply")


def _search(api: Api, query: str, **params: Any) -> dict[str, Any]:
    response = api.get("/2/tweets/search/recent", query=query, max_results=100, **TIMELINE_FIELDS, **params)
    assert response.status_code == 200, response.text
    return dict(response.json())


def test_posts_carry_their_conversation_and_what_they_reply_to(server: FakeXServer, api: Api) -> None:
    reply = _deep_reply(server)
    fields = {**TIMELINE_FIELDS, "tweet.fields": TIMELINE_FIELDS["tweet.fields"] + ",in_reply_to_user_id"}
    body = api.get("/2/tweets", ids=str(reply.id), **fields).json()
    [data] = body["data"]
    parent = server.world.get(reply.reply_to or 0)
    assert parent is not None
    assert data["conversation_id"] == str(parent.conversation_id) == str(reply.conversation_id)
    assert {"type": "replied_to", "id": str(parent.id)} in data["referenced_tweets"]
    assert data["in_reply_to_user_id"] == parent.author_id
    assert str(parent.id) in {p["id"] for p in body["includes"]["tweets"]}  # referenced_tweets.id expansion


def test_conversation_search_returns_the_replies_not_the_root(server: FakeXServer, api: Api) -> None:
    reply = _deep_reply(server)
    root = str(reply.conversation_id)
    body = _search(api, f"conversation_id:{root}")
    found = {p["id"] for p in body["data"]}
    expected = {
        p.sid for p in server.world.newest_first() if str(p.conversation_id) == root and p.sid != root
    }  # every reply, at any depth
    assert found == expected and str(reply.id) in found and root not in found
    assert all(p["conversation_id"] == root for p in body["data"])
    assert [e.op for e in server.log][-1] == Op.SEARCH_RECENT
    assert set(server.log[-1].resources[Resource.POST]) >= found  # each reply billed (and what it refers to)


def test_lookup_answers_in_order_and_says_which_ids_it_does_not_have(server: FakeXServer, api: Api) -> None:
    reply = _deep_reply(server)
    asked = [str(reply.conversation_id), "1234567890123", str(reply.id)]
    response = api.get("/2/tweets", ids=",".join(asked), **{"tweet.fields": "conversation_id"})
    assert response.status_code == 200
    body = response.json()
    assert [p["id"] for p in body["data"]] == [asked[0], asked[2]]
    assert body["errors"] == [
        {
            "value": "1234567890123",
            "detail": "Could not find tweet with ids: [1234567890123].",
            "title": "Not Found Error",
            "resource_type": "tweet",
            "parameter": "ids",
            "resource_id": "1234567890123",
            "type": "https://api.x.com/2/problems/resource-not-found",
            "status": 404,
        }
    ]
    assert "meta" not in body
    assert server.log[-1].op == Op.POSTS_LOOKUP and list(server.log[-1].resources[Resource.POST]) == [
        asked[0],
        asked[2],
    ]
    too_many = api.get("/2/tweets", ids=",".join(str(10**12 + n) for n in range(101)))
    assert too_many.status_code == 400


def test_recent_search_reaches_seven_days_back_and_no_further(server: FakeXServer, api: Api, clock: FakeClock) -> None:
    reply = _deep_reply(server)
    root = str(reply.conversation_id)
    first = {post["id"] for post in _search(api, f"conversation_id:{root}").get("data", [])}
    assert str(reply.id) in first
    clock.advance(days=8)  # these replies are now more than seven days old (the living world may add new ones)
    later = [post["id"] for post in _search(api, f"conversation_id:{root}").get("data", [])]
    assert not first & set(later)  # nothing older than seven days is found again
    assert set(later) <= {str(i) for i in server.log[-1].resources.get(Resource.POST, ())}  # what is found is billed
    too_old = iso(clock() - timedelta(days=7, minutes=5))
    refused = api.get("/2/tweets/search/recent", query="robots", start_time=too_old)
    assert refused.status_code == 400
    message = refused.json()["errors"][0]["message"]
    assert message.startswith(f"Invalid 'start_time':'{too_old[:16]}Z'. 'start_time' must be on or after ")
    lookup = api.get("/2/tweets", ids=root).json()  # posts by id reach further back than search
    assert [p["id"] for p in lookup["data"]] == [root]
