"""The 2026 self-serve restrictions, each switchable, and the enterprise policy that lifts them."""

from __future__ import annotations

from exec_desk.fakex import FakeXServer, Policy
from exec_desk.fakex.model import FakePost
from exec_desk.fakex.problems import REPLY_NOT_ALLOWED
from tests.support.fakex_api import Api


def _stranger_post(server: FakeXServer) -> FakePost:
    """A post by someone else that neither mentions the user nor quotes one of her posts."""
    world = server.world
    author = world.accounts["4002"]
    return world.add_post(author.id, "Nothing to do with anyone in particular.", at=server.clock())


def test_likes_are_forbidden_unless_enterprise(shared_server: FakeXServer, shared_api: Api) -> None:
    target = _stranger_post(shared_server)
    refused = shared_api.post("/2/users/1000/likes", {"tweet_id": target.sid})
    assert refused.status_code == 403
    body = refused.json()
    assert body["reason"] == "client-not-enrolled" and body["title"] == "Client Forbidden"
    assert body["client_id"] == shared_server.auth.client_id and target.metrics.like_count == 0
    shared_server.policy = Policy.enterprise()
    assert shared_api.post("/2/users/1000/likes", {"tweet_id": target.sid}).json() == {"data": {"liked": True}}
    assert target.metrics.like_count == 1


def test_quote_posts_are_forbidden_unless_allowed(shared_server: FakeXServer, shared_api: Api) -> None:
    target = _stranger_post(shared_server)
    refused = shared_api.post("/2/tweets", {"text": "Worth a read", "quote_tweet_id": target.sid})
    assert refused.status_code == 403 and refused.json()["reason"] == "client-not-enrolled"
    shared_server.policy.quotes_forbidden = False
    created = shared_api.post("/2/tweets", {"text": "Worth a read", "quote_tweet_id": target.sid})
    assert created.status_code == 201
    post = shared_server.world.get(int(created.json()["data"]["id"]))
    assert post is not None and post.quote_of == target.id


def test_replies_need_a_summons(shared_server: FakeXServer, shared_api: Api) -> None:
    world, now = shared_server.world, shared_server.clock()
    stranger = _stranger_post(shared_server)
    refused = shared_api.post("/2/tweets", {"text": "Hello", "reply": {"in_reply_to_tweet_id": stranger.sid}})
    assert refused.status_code == 403 and refused.json()["detail"] == REPLY_NOT_ALLOWED
    mention = world.add_post("3002", "Une question pour @claire_exec : quand à Lyon ?", at=now)
    mine = world.add_post("1000", "Our new site is open.", at=now)
    quoting_me = world.add_post("3004", "Big news here.", at=now, quote_of=mine.id)
    for target, text in ((mention, "Bientôt !"), (quoting_me, "Thanks Sofia"), (mine, "And a second thing")):
        answer = shared_api.post("/2/tweets", {"text": text, "reply": {"in_reply_to_tweet_id": target.sid}})
        assert answer.status_code == 201, (target.text, answer.text)
        reply = world.get(int(answer.json()["data"]["id"]))
        assert reply is not None and reply.reply_to == target.id and reply.conversation_id == target.conversation_id
    shared_server.policy.replies_summoned_only = False
    allowed = shared_api.post("/2/tweets", {"text": "Hello", "reply": {"in_reply_to_tweet_id": stranger.sid}})
    assert allowed.status_code == 201


def test_enterprise_policy_lifts_everything() -> None:
    assert Policy.enterprise() == Policy(likes_forbidden=False, quotes_forbidden=False, replies_summoned_only=False)
    assert Policy() == Policy(likes_forbidden=True, quotes_forbidden=True, replies_summoned_only=True)
