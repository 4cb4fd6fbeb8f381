"""Writes: posts, replies, deletes, retweets, media upload and alt text, and what they do to the world."""

from __future__ import annotations

import struct
import zlib

from exec_desk.fakex import FakeXServer
from tests.support.fakex_api import Api


def _png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\x80\x40\x20" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def _upload(api: Api, data: bytes, category: str = "tweet_image", mime: str = "image/png") -> dict[str, object]:
    files = {"media": ("file", data, mime)}
    response = api.session.post(api.url("/2/media/upload"), files=files, data={"media_category": category}, timeout=10)
    assert response.status_code == 200, response.text
    return dict(response.json()["data"])


def test_create_post_appears_in_own_posts_with_links_shortened(shared_server: FakeXServer, shared_api: Api) -> None:
    response = shared_api.post("/2/tweets", {"text": "Our Q4 letter is out: https://example.com/q4 #logistics"})
    assert response.status_code == 201
    data = response.json()["data"]
    assert data["edit_history_tweet_ids"] == [data["id"]]
    assert "https://t.co/" in data["text"] and "example.com" not in data["text"]
    own = shared_api.get("/2/users/1000/tweets", **{"tweet.fields": "entities,author_id,created_at"}).json()["data"]
    assert own[0]["id"] == data["id"] and own[0]["author_id"] == "1000"
    url = own[0]["entities"]["urls"][0]
    assert url["expanded_url"] == "https://example.com/q4" and own[0]["text"][url["start"] : url["end"]] == url["url"]
    assert own[0]["entities"]["hashtags"][0]["tag"] == "logistics"
    home = shared_api.get("/2/users/1000/timelines/reverse_chronological", max_results=5).json()
    assert home["data"][0]["id"] == data["id"]


def test_post_ids_grow_with_time(shared_server: FakeXServer, shared_api: Api) -> None:
    newest = int(shared_api.get("/2/users/1000/timelines/reverse_chronological", max_results=1).json()["data"][0]["id"])
    created = int(shared_api.post("/2/tweets", {"text": "First"}).json()["data"]["id"])
    assert created > newest


def test_duplicate_and_too_long_posts_are_refused(shared_api: Api) -> None:
    assert shared_api.post("/2/tweets", {"text": "Same words twice"}).status_code == 201
    duplicate = shared_api.post("/2/tweets", {"text": "Same words twice"})
    assert duplicate.status_code == 403 and "duplicate content" in duplicate.json()["detail"]
    too_long = shared_api.post("/2/tweets", {"text": "é" * 281})
    assert too_long.status_code == 400 and "too long" in too_long.json()["errors"][0]["message"]
    assert shared_api.post("/2/tweets", {"text": "x" * 280}).status_code == 201
    assert shared_api.post("/2/tweets", {"text": ""}).status_code == 400
    assert shared_api.post("/2/tweets", {"text": "hi", "colour": "red"}).status_code == 400
    assert shared_api.session.post(shared_api.url("/2/tweets"), data=b"{nope", timeout=10).status_code == 400


def test_delete_post_only_own_and_only_once(shared_server: FakeXServer, shared_api: Api) -> None:
    created = shared_api.post("/2/tweets", {"text": "Oops"}).json()["data"]["id"]
    assert shared_api.delete(f"/2/tweets/{created}").json() == {"data": {"deleted": True}}
    assert shared_server.world.get(int(created)) is None
    assert shared_api.delete(f"/2/tweets/{created}").status_code == 404
    someone = next(p for p in shared_server.world.newest_first() if p.author_id != "1000")
    assert shared_api.delete(f"/2/tweets/{someone.id}").status_code == 403


def test_retweet_and_unretweet(server: FakeXServer, api: Api) -> None:
    target = next(p for p in server.world.newest_first() if p.author_id == "3001" and p.retweet_of is None)
    before = target.metrics.retweet_count
    body = api.post("/2/users/1000/retweets", {"tweet_id": target.sid}).json()
    assert body["data"]["retweeted"] is True
    own = api.get("/2/users/1000/tweets", **{"tweet.fields": "referenced_tweets"}).json()["data"][0]
    assert own["id"] == body["data"]["rest_id"] and own["text"].startswith("RT @maya_reports: ")
    assert own["referenced_tweets"] == [{"type": "retweeted", "id": target.sid}]
    assert target.metrics.retweet_count == before + 1
    again = api.post("/2/users/1000/retweets", {"tweet_id": target.sid}).json()
    assert again["data"]["rest_id"] == body["data"]["rest_id"]
    assert api.delete(f"/2/users/1000/retweets/{target.id}").json() == {"data": {"retweeted": False}}
    assert server.world.get(int(body["data"]["rest_id"])) is None
    assert api.post("/2/users/1000/retweets", {"tweet_id": "99"}).status_code == 404
    assert api.post("/2/users/3001/retweets", {"tweet_id": target.sid}).status_code == 403


def test_media_upload_alt_text_and_post_with_media(shared_server: FakeXServer, shared_api: Api) -> None:
    image = _png(40, 30)
    data = _upload(shared_api, image)
    assert data["image"] == {"image_type": "image/png", "w": 40, "h": 30} and data["size"] == len(image)
    meta = shared_api.post("/2/media/metadata", {"id": data["id"], "metadata": {"alt_text": {"text": "A chart"}}})
    assert meta.json()["data"] == {"id": data["id"], "associated_metadata": {"alt_text": {"text": "A chart"}}}
    created = shared_api.post("/2/tweets", {"text": "With a chart", "media": {"media_ids": [data["id"]]}})
    assert created.status_code == 201
    own = shared_api.get(
        "/2/users/1000/tweets", expansions="attachments.media_keys", **{"media.fields": "url,alt_text,width"}
    ).json()
    media = own["includes"]["media"][0]
    assert media["media_key"] == data["media_key"] and media["alt_text"] == "A chart" and media["width"] == 40
    served = shared_api.session.get(media["url"], timeout=10)
    assert served.status_code == 200 and served.content == image
    assert shared_api.post("/2/tweets", {"text": "x", "media": {"media_ids": ["123"]}}).status_code == 400
    assert (
        shared_api.post("/2/media/metadata", {"id": "123", "metadata": {"alt_text": {"text": "?"}}}).status_code == 404
    )


def test_media_upload_checks_its_fields(shared_api: Api) -> None:
    bad_category = shared_api.session.post(
        shared_api.url("/2/media/upload"), files={"media": ("f", _png(2, 2), "image/png")}, data={"media_category": "x"}
    )
    assert bad_category.status_code == 400
    not_an_image = shared_api.session.post(
        shared_api.url("/2/media/upload"),
        files={"media": ("f", b"hello", "text/plain")},
        data={"media_category": "tweet_image"},
    )
    assert not_an_image.status_code == 400
    # A video or a GIF through the one-shot upload is refused, naming media_category (X: "images only"); videos go
    # through the chunked upload (test_fakex_media.py), where their media keys start with 7_.
    for category, mime in (("tweet_video", "video/mp4"), ("tweet_gif", "image/gif"), ("dm_video", "video/mp4")):
        moving = shared_api.session.post(
            shared_api.url("/2/media/upload"),
            files={"media": ("f", b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 64, mime)},
            data={"media_category": category},
        )
        assert moving.status_code == 400 and moving.json()["errors"][0]["parameters"] == {"media_category": [category]}
    no_category = shared_api.session.post(
        shared_api.url("/2/media/upload"), files={"media": ("f", _png(2, 2), "image/png")}
    )
    assert no_category.status_code == 400 and "media_category" in no_category.json()["errors"][0]["parameters"]


def test_avatars_and_media_stills_are_served_without_auth(shared_server: FakeXServer, shared_api: Api) -> None:
    me = shared_api.get("/2/users/me", **{"user.fields": "profile_image_url"}).json()["data"]
    with_no_auth = shared_api.session.get(me["profile_image_url"], headers={"Authorization": ""}, timeout=10)
    assert with_no_auth.status_code == 200 and with_no_auth.headers["content-type"] == "image/png"
    assert with_no_auth.content.startswith(b"\x89PNG")
    key = next(iter(shared_server.world.media))
    assert shared_api.session.get(f"{shared_server.base_url}/media/{key}.png", timeout=10).content.startswith(
        b"\x89PNG"
    )
    assert shared_api.session.get(f"{shared_server.base_url}/avatars/424242.png", timeout=10).status_code == 404


def test_unknown_paths_answer_404_problems(shared_api: Api) -> None:
    response = shared_api.get("/2/users/1000/bookmarks")
    assert response.status_code == 404 and response.json()["type"].endswith("/resource-not-found")
    assert shared_api.session.get(shared_api.url("/nothing/here"), timeout=10).status_code == 404
