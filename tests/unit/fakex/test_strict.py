"""The fake refuses what X refuses: a stale since_id, deleted lists, suspended accounts, 24-hour caps; and every
answer, errors included, carries the rate-limit headers."""

from __future__ import annotations

from datetime import timedelta

import pytest

from exec_desk.fakex import FakeXServer, Fault
from exec_desk.fakex.ids import snowflake, snowflake_time
from tests.support.fakex_api import Api, FakeClock, validate_response

SEARCH = "/2/tweets/search/recent"
RATE_HEADERS = ("x-rate-limit-limit", "x-rate-limit-remaining", "x-rate-limit-reset")


def test_recent_search_refuses_a_since_id_older_than_seven_days(server: FakeXServer, api: Api) -> None:
    now = server.clock()
    fresh = snowflake(now.replace(microsecond=0) - timedelta(days=6, hours=23), 0, 0)
    assert api.get(SEARCH, query="Aldercrest", since_id=str(fresh)).status_code == 200
    stale = snowflake(now - timedelta(days=8), 0, 0)
    answer = api.get(SEARCH, query="Aldercrest", since_id=str(stale))
    assert answer.status_code == 400
    validate_response(SEARCH, "GET", answer)
    [error] = answer.json()["errors"]
    assert error["parameters"] == {"since_id": [str(stale)]}
    assert error["message"].startswith("'since_id' must be a tweet id created after ")
    larger = int(error["message"].rsplit(" ", 1)[1])
    assert snowflake_time(larger) > now - timedelta(days=7)
    assert api.get(SEARCH, query="Aldercrest", since_id=str(larger)).status_code == 200
    both = api.get(SEARCH, query="Aldercrest", since_id=str(fresh), start_time="2026-01-01T00:00:00Z")
    assert both.status_code == 400


def test_a_deleted_list_and_a_suspended_account_answer_200_with_errors_only(server: FakeXServer, api: Api) -> None:
    list_id = next(iter(server.world.lists))
    assert api.get(f"/2/lists/{list_id}/tweets").json().get("data")
    server.world.delete_list(list_id)
    gone = api.get(f"/2/lists/{list_id}/tweets")
    assert gone.status_code == 200 and "data" not in gone.json()
    validate_response("/2/lists/{id}/tweets", "GET", gone)
    [problem] = gone.json()["errors"]
    assert problem["detail"] == f"Could not find list with id: [{list_id}]."
    assert problem["type"].endswith("/2/problems/resource-not-found")

    user_id = "3001"
    server.world.suspend(user_id)
    answer = api.get("/2/users", ids=f"{user_id},3002")
    validate_response("/2/users", "GET", answer)
    body = answer.json()
    assert [u["id"] for u in body["data"]] == ["3002"]
    assert body["errors"][0]["detail"] == f"User has been suspended: [{user_id}]."
    assert body["errors"][0]["title"] == "Forbidden" and body["errors"][0]["resource_type"] == "user"
    timeline = api.get(f"/2/users/{user_id}/tweets").json()
    assert "data" not in timeline and timeline["errors"][0]["resource_id"] == user_id


def test_every_answer_carries_the_rate_limit_headers(server: FakeXServer, api: Api) -> None:
    answers = [
        api.get("/2/users/me"),
        api.get(SEARCH),  # 400: no query
        Api(server, token="not-a-token").get("/2/users/me"),  # 401
        api.post("/2/users/1000/likes", {"tweet_id": "1"}),  # 403 on a self-serve plan
    ]
    server.faults.add(Fault.UNAVAILABLE, path="/2/users/me")
    answers.append(api.get("/2/users/me"))
    assert [a.status_code for a in answers] == [200, 400, 401, 403, 503]
    for answer in answers:
        assert all(name in answer.headers for name in RATE_HEADERS), (answer.status_code, dict(answer.headers))
    assert answers[1].headers["x-rate-limit-limit"] == "300"


@pytest.mark.parametrize("scope", ["user", "app"])
def test_a_24_hour_cap_answers_429_with_its_own_reset(
    server: FakeXServer, api: Api, clock: FakeClock, scope: str
) -> None:
    server.ratelimits.set_daily_limit("create_post", scope, 2)
    first = api.post("/2/tweets", {"text": "One"})
    assert first.status_code == 201
    prefix = f"x-{scope}-limit-24hour-"
    assert first.headers[prefix + "limit"] == "2" and first.headers[prefix + "remaining"] == "1"
    assert api.post("/2/tweets", {"text": "Two"}).status_code == 201
    refused = api.post("/2/tweets", {"text": "Three"})
    assert refused.status_code == 429
    assert refused.headers[prefix + "remaining"] == "0"
    assert int(refused.headers["x-rate-limit-remaining"]) > 0  # the 15-minute window is not the reason
    day_reset = int(refused.headers[prefix + "reset"])
    assert day_reset - int(clock().timestamp()) == 24 * 3600
    clock.advance(minutes=16)  # a new 15-minute window does not lift a daily cap
    assert api.post("/2/tweets", {"text": "Four"}).status_code == 429
    clock.advance(hours=24)
    assert api.post("/2/tweets", {"text": "Five"}).status_code == 201


def test_the_app_cap_is_shared_by_every_user_of_the_app(server: FakeXServer, api: Api) -> None:
    server.ratelimits.set_daily_limit("create_post", "app", 1)
    assert api.post("/2/tweets", {"text": "Mine"}).status_code == 201
    other = server.ratelimits.hit("2000", "create_post", server.clock())
    assert not other.allowed and dict(other.daily)["x-app-limit-24hour-remaining"] == "0"
