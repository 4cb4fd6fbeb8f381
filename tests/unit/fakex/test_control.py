"""The fake's control API (`/fakex/world/…`): the accounts and their roles, posts made by any account (parsed as
X would, and found where X would show them), fast time, and its refusals; never billed."""

from __future__ import annotations

import requests

from exec_desk.fakex import FakeXServer
from tests.support.fakex_api import Api, FakeClock

MENTIONS = "/2/users/1000/mentions"
FIELDS = {"tweet.fields": "created_at,entities,author_id,referenced_tweets"}


def test_the_accounts_and_their_roles(api: Api) -> None:
    answer = requests.get(api.url("/fakex/world/accounts"), timeout=10)  # no token: the fake's own API
    assert answer.status_code == 200
    roles = {a["username"]: a["role"] for a in answer.json()["data"]}
    assert roles["Aldercrest"] == "company" and roles["maya_reports"] == "journalist"
    assert roles["MeridianLogi"] == "client" and roles["VantageRobotics"] == "competitor"
    assert roles["dan_cto"] == "colleague" and roles["robo_investor"] == "other"
    assert "claire_exec" not in roles  # the signed-in user is in the credentials line
    assert set(roles.values()) == {"journalist", "client", "competitor", "colleague", "company", "other"}


def test_a_post_made_through_the_control_api_is_parsed_and_found_as_on_x(api: Api, clock: FakeClock) -> None:
    made = requests.post(
        api.url("/fakex/world/posts"),
        json={"author": "maya_reports", "text": "@claire_exec a comment on the #recall? https://aldercrest.com/news",
              "minutes_ago": 20},
        timeout=10,
    )  # fmt: skip
    assert made.status_code == 201
    post_id = made.json()["data"]["id"]
    # Its place among the newest mentions depends on the hour the world was grown at (its clock is real time):
    # a full page finds it wherever it falls.
    mentions = api.get(MENTIONS, **FIELDS, max_results=100).json()["data"]
    [found] = [p for p in mentions if p["id"] == post_id]
    entities = found["entities"]
    assert [m["username"] for m in entities["mentions"]] == ["claire_exec"]
    assert [h["tag"] for h in entities["hashtags"]] == ["recall"]
    assert entities["urls"][0]["expanded_url"] == "https://aldercrest.com/news"
    assert found["text"].startswith("@claire_exec a comment") and "https://t.co/" in found["text"]
    assert found["created_at"].startswith(f"{clock().year}-")
    reply = requests.post(
        api.url("/fakex/world/posts"),
        json={"author": "maya_reports", "text": "@claire_exec and a follow-up", "in_reply_to": post_id},
        timeout=10,
    )
    assert reply.status_code == 201
    searched = api.get("/2/tweets/search/recent", query="from:maya_reports follow-up", **FIELDS).json()["data"]
    assert searched[0]["referenced_tweets"] == [{"type": "replied_to", "id": post_id}]
    assert all(e.price_micro == 0 for e in api.server.log if e.path.startswith("/fakex/"))


def test_fast_time_grows_the_world(server: FakeXServer, api: Api, clock: FakeClock) -> None:
    before = len(server.world.posts)
    moved = requests.post(api.url("/fakex/world/clock"), json={"advance_minutes": 90}, timeout=10)
    assert moved.status_code == 200
    assert server.now() == clock() + server.offset and server.offset.total_seconds() == 90 * 60
    assert moved.json()["data"]["now"].startswith(server.now().strftime("%Y-%m-%dT%H:%M"))
    assert len(server.world.posts) > before + 40  # about one post every 90 seconds


def test_the_control_api_refuses_what_it_cannot_do(api: Api) -> None:
    def post(path: str, body: object) -> requests.Response:
        return requests.post(api.url(path), json=body, timeout=10)

    assert post("/fakex/world/posts", {"author": "nobody_here", "text": "hi"}).status_code == 400
    assert post("/fakex/world/posts", {"author": "maya_reports", "text": "  "}).status_code == 400
    assert post("/fakex/world/posts", {"author": "maya_reports", "text": "x", "minutes_ago": -5}).status_code == 400
    assert post("/fakex/world/posts", {"author": "maya_reports", "text": "x", "minutes_ago": "5"}).status_code == 400
    missing = post("/fakex/world/posts", {"author": "maya_reports", "text": "x", "in_reply_to": "123"})
    assert missing.status_code == 404 and "no post 123" in missing.json()["detail"]
    assert post("/fakex/world/clock", {"advance_minutes": True}).status_code == 400
    assert post("/fakex/world/clock", [1]).status_code == 400
    assert requests.get(api.url("/fakex/world/nothing"), timeout=10).status_code == 404
