"""Timeline reads: pagination, since_id/until_id, expansions, field selection and parameter checks."""

from __future__ import annotations

from typing import Any

from exec_desk.fakex import FakeXServer
from exec_desk.fakex.prices import Op, Resource
from tests.support.fakex_api import TIMELINE_FIELDS, Api

HOME = "/2/users/1000/timelines/reverse_chronological"


def _walk(api: Api, path: str, **params: Any) -> list[dict[str, Any]]:
    pages = []
    token = None
    while True:
        extra: dict[str, str] = {"pagination_token": token} if token else {}
        body = api.get(path, **params, **extra).json()
        pages.append(body)
        token = body["meta"].get("next_token")
        if token is None:
            return pages


def _ids(body: dict[str, Any]) -> list[int]:
    return [int(p["id"]) for p in body.get("data", [])]


def test_home_timeline_pages_through_every_followed_post_once(shared_server: FakeXServer, shared_api: Api) -> None:
    pages = _walk(shared_api, HOME, max_results=100, **{"tweet.fields": "author_id"})
    ids = [i for page in pages for i in _ids(page)]
    assert ids == sorted(ids, reverse=True) and len(ids) == len(set(ids))
    assert len(ids) == 800  # X's reverse-chronological timeline reaches back 800 posts
    allowed = shared_server.world.home_authors()
    assert all(p["author_id"] in allowed for page in pages for p in page["data"])
    for page in pages:
        meta = page["meta"]
        assert meta["result_count"] == len(page["data"])
        assert (meta["newest_id"], meta["oldest_id"]) == (page["data"][0]["id"], page["data"][-1]["id"])


def test_previous_token_leads_back_to_the_newer_page(shared_api: Api) -> None:
    first = shared_api.get(HOME, max_results=7).json()
    second = shared_api.get(HOME, max_results=7, pagination_token=first["meta"]["next_token"]).json()
    assert _ids(second)[0] < _ids(first)[-1]
    back = shared_api.get(HOME, max_results=7, pagination_token=second["meta"]["previous_token"]).json()
    assert _ids(back) == _ids(first)


def test_since_id_returns_only_newer_posts_and_paginates_within_them(shared_api: Api) -> None:
    top = _ids(shared_api.get(HOME, max_results=20).json())
    since = top[9]
    assert _ids(shared_api.get(HOME, since_id=str(since)).json()) == top[:9]
    pages = _walk(shared_api, HOME, since_id=str(since), max_results=4)
    assert [i for page in pages for i in _ids(page)] == top[:9]
    assert [page["meta"]["result_count"] for page in pages] == [4, 4, 1]
    assert shared_api.get(HOME, since_id=str(top[0])).json() == {"meta": {"result_count": 0}}


def test_until_id_returns_only_older_posts(shared_api: Api) -> None:
    top = _ids(shared_api.get(HOME, max_results=20).json())
    assert _ids(shared_api.get(HOME, until_id=str(top[4]), max_results=5).json()) == top[5:10]


def test_expansions_bring_every_referenced_object(shared_server: FakeXServer, shared_api: Api) -> None:
    body = shared_api.get(HOME, max_results=100, **TIMELINE_FIELDS).json()
    users = {u["id"]: u for u in body["includes"]["users"]}
    tweets = {t["id"] for t in body["includes"]["tweets"]}
    media = {m["media_key"]: m for m in body["includes"]["media"]}
    for post in body["data"]:
        assert post["author_id"] in users
        for ref in post.get("referenced_tweets", []):
            assert ref["id"] in tweets
        for key in post.get("attachments", {}).get("media_keys", []):
            assert media[key]["alt_text"] and media[key]["type"] in ("photo", "video")
        for mention in post.get("entities", {}).get("mentions", []):
            assert mention["id"] in users and users[mention["id"]]["username"] == mention["username"]
    referenced_authors = {t["author_id"] for t in body["includes"]["tweets"]}
    assert referenced_authors <= set(users)
    photo = next(m for m in media.values() if m["type"] == "photo")
    assert photo["url"].startswith(shared_server.base_url + "/media/")
    video = next((m for m in media.values() if m["type"] == "video"), None)
    assert video is None or ("preview_image_url" in video and "url" not in video)


def test_default_fields_and_field_selection(shared_api: Api) -> None:
    bare = shared_api.get(HOME, max_results=5).json()
    assert all(set(p) == {"id", "text", "edit_history_tweet_ids"} for p in bare["data"])
    assert "includes" not in bare
    chosen = shared_api.get(HOME, max_results=5, expansions="author_id", **{"tweet.fields": "lang,created_at"}).json()
    assert all(set(p) == {"id", "text", "edit_history_tweet_ids", "lang", "created_at"} for p in chosen["data"])
    assert all(set(u) == {"id", "name", "username"} for u in chosen["includes"]["users"])
    me = shared_api.get("/2/users/me", **{"user.fields": "profile_image_url,verified"}).json()["data"]
    assert set(me) == {"id", "name", "username", "profile_image_url", "verified"}


def test_bad_parameters_answer_400_with_an_errors_array(shared_api: Api) -> None:
    cases = [
        ({"max_results": "0"}, "max_results"),
        ({"tweet.fields": "created_at,colour"}, "tweet.fields"),
        ({"expansions": "author"}, "expansions"),
        ({"since_id": "abc"}, "since_id"),
        ({"pagination_token": "not-a-token"}, "pagination_token"),
        ({"colour": "blue"}, "colour"),
    ]
    for params, name in cases:
        response = shared_api.get(HOME, **params)
        assert response.status_code == 400, params
        body = response.json()
        assert body["title"] == "Invalid Request"
        assert name in body["errors"][0]["parameters"], body


def test_home_timeline_of_someone_else_is_forbidden(shared_api: Api) -> None:
    response = shared_api.get("/2/users/3001/timelines/reverse_chronological")
    assert response.status_code == 403


def test_list_tweets_hold_members_posts_and_refuse_since_id(shared_server: FakeXServer, shared_api: Api) -> None:
    press = shared_server.world.lists["1720000000000000101"]
    body = shared_api.get(f"/2/lists/{press.id}/tweets", max_results=50, **{"tweet.fields": "author_id"}).json()
    assert body["meta"]["result_count"] == 50 and "next_token" in body["meta"] and "newest_id" not in body["meta"]
    assert {p["author_id"] for p in body["data"]} <= set(press.members)
    refused = shared_api.get(f"/2/lists/{press.id}/tweets", since_id=body["data"][0]["id"])
    assert refused.status_code == 400 and "since_id" in refused.json()["errors"][0]["parameters"]
    missing = shared_api.get("/2/lists/99/tweets").json()
    assert missing["errors"][0]["resource_type"] == "list" and "data" not in missing


def test_mentions_are_posts_naming_the_user(shared_server: FakeXServer, shared_api: Api) -> None:
    body = shared_api.get("/2/users/1000/mentions", **{"tweet.fields": "author_id,entities"}).json()
    assert body["meta"]["result_count"] == 10  # X's default page size for mentions
    for post in body["data"]:
        assert post["author_id"] != "1000"
        assert "claire_exec" in [m["username"] for m in post["entities"]["mentions"]]
    newer = shared_api.get("/2/users/1000/mentions", since_id=body["data"][3]["id"]).json()
    assert [p["id"] for p in newer["data"]] == [p["id"] for p in body["data"][:3]]


def test_user_tweets_and_exclude(shared_api: Api) -> None:
    body = shared_api.get(
        "/2/users/2000/tweets", max_results=100, **{"tweet.fields": "author_id,referenced_tweets"}
    ).json()
    assert body["data"] and all(p["author_id"] == "2000" for p in body["data"])
    plain = shared_api.get(
        "/2/users/2000/tweets", max_results=100, exclude="retweets,replies", **{"tweet.fields": "referenced_tweets"}
    ).json()
    kinds = {ref["type"] for p in plain["data"] for ref in p.get("referenced_tweets", [])}
    assert kinds <= {"quoted"}


def test_search_query_language(shared_server: FakeXServer, shared_api: Api) -> None:
    def search(query: str, **params: Any) -> list[dict[str, Any]]:
        response = shared_api.get(
            "/2/tweets/search/recent",
            query=query,
            max_results=100,
            **{"tweet.fields": "author_id,lang,entities,referenced_tweets"},
            **params,
        )
        assert response.status_code == 200, response.text
        return list(response.json().get("data", []))

    assert {p["author_id"] for p in search("from:maya_reports")} == {"3001"}
    assert all(p["lang"] == "fr" for p in search("lang:fr -is:retweet recrute OR robotique OR entrepôt"))
    assert all("claire_exec" in {m["username"] for m in p["entities"]["mentions"]} for p in search("@claire_exec"))
    retweets = search("from:dan_cto is:retweet")
    no_retweets = search("from:dan_cto -is:retweet")
    assert all(p["text"].startswith("RT @") for p in retweets)
    assert not any(p.get("referenced_tweets", [{}])[0].get("type") == "retweeted" for p in no_retweets)
    phrase = search('"peak season"')
    assert phrase and all("peak season" in p["text"].lower() for p in phrase)
    assert search("(from:maya_reports OR from:ben_okafor) -is:reply") != []
    for bad in ("", "is:retweet", "(robots", "nope:thing"):
        response = shared_api.get("/2/tweets/search/recent", query=bad)
        assert response.status_code == 400, bad
    assert shared_api.get("/2/tweets/search/recent", query="robots", max_results=5).status_code == 400


def test_search_pages_with_next_token(shared_api: Api) -> None:
    first = shared_api.get("/2/tweets/search/recent", query="-is:retweet Aldercrest").json()
    assert first["meta"]["result_count"] == 10
    second = shared_api.get(
        "/2/tweets/search/recent", query="-is:retweet Aldercrest", next_token=first["meta"]["next_token"]
    ).json()
    assert int(second["data"][0]["id"]) < int(first["data"][-1]["id"])


def test_lists_owned_and_followed(shared_api: Api) -> None:
    owned = shared_api.get("/2/users/1000/owned_lists", **{"list.fields": "owner_id,private,member_count"}).json()
    assert [x["name"] for x in owned["data"]] == ["Press", "Competitors", "Key clients", "Team"]
    assert all(x["owner_id"] == "1000" and x["member_count"] > 0 for x in owned["data"])
    page = shared_api.get("/2/users/1000/owned_lists", max_results=3).json()
    rest = shared_api.get(
        "/2/users/1000/owned_lists", max_results=3, pagination_token=page["meta"]["next_token"]
    ).json()
    assert [x["id"] for x in page["data"] + rest["data"]] == [x["id"] for x in owned["data"]]
    followed = shared_api.get(
        "/2/users/1000/followed_lists", expansions="owner_id", **{"list.fields": "owner_id"}
    ).json()
    assert len(followed["data"]) == 2 and all(x["owner_id"] != "1000" for x in followed["data"])
    assert {u["id"] for u in followed["includes"]["users"]} == {x["owner_id"] for x in followed["data"]}


def test_a_deleted_reference_is_reported_in_errors(server: FakeXServer, api: Api) -> None:
    world = server.world
    quote = next(p for p in world.newest_first() if p.quote_of is not None and p.author_id in world.home_authors())
    assert quote.quote_of is not None
    world.delete_post(quote.quote_of)
    body = api.get(HOME, max_results=100, until_id=str(quote.id + 1), expansions="referenced_tweets.id").json()
    assert body["data"][0]["id"] == quote.sid
    missing = [e for e in body["errors"] if e["resource_id"] == str(quote.quote_of)]
    assert missing and missing[0]["type"].endswith("/resource-not-found")


def test_users_by_id_charge_only_the_users_found(shared_server: FakeXServer, shared_api: Api) -> None:
    body = shared_api.get("/2/users", ids="2000,999999,2001,2000", **{"user.fields": "name,username"}).json()
    assert [u["id"] for u in body["data"]] == ["2000", "2001"] and all(u["username"] for u in body["data"])
    assert [e["resource_id"] for e in body["errors"]] == ["999999"]
    last = shared_server.log[-1]
    assert last.op == Op.USERS and last.resources[Resource.USER] == ("2000", "2001")
    too_many = ",".join(str(3000 + n) for n in range(101))
    assert shared_api.get("/2/users", ids=too_many).status_code == 400
