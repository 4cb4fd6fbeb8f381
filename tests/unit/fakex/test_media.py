"""The chunked media upload as X runs it: initialize, append, finalize, then processing on the server's clock, with
X's refusals (segments, sizes, fields, unfinished or failed media in a post) and its rate limits."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import requests

from exec_desk.fakex import FakeXServer
from exec_desk.fakex.prices import Op
from tests.support.fakex_api import Api, FakeClock
from tests.support.media_files import ANIMATED_GIF, SHORT_MP4, gif_bytes, with_duration

INIT = "/2/media/upload/initialize"


def _init(api: Api, total: int, media_type: str = "video/mp4", category: str = "tweet_video") -> requests.Response:
    return api.post(INIT, {"media_type": media_type, "total_bytes": total, "media_category": category})


def _append(api: Api, media_id: str, index: object, chunk: bytes) -> requests.Response:
    return api.session.post(
        api.url(f"/2/media/upload/{media_id}/append"),
        files={"media": ("blob", chunk, "application/octet-stream")},
        data={"segment_index": str(index)},
        timeout=10,
    )


def _finalize(api: Api, media_id: str) -> requests.Response:
    return api.session.post(api.url(f"/2/media/upload/{media_id}/finalize"), timeout=10)


def _status(api: Api, media_id: str) -> requests.Response:
    return api.get("/2/media/upload", command="STATUS", media_id=media_id)


def _upload(api: Api, data: bytes, media_type: str, category: str, chunk: int = 1000) -> str:
    init = _init(api, len(data), media_type, category)
    assert init.status_code == 200, init.text
    media_id = str(init.json()["data"]["id"])
    for index, start in enumerate(range(0, len(data), chunk)):
        appended = _append(api, media_id, index, data[start : start + chunk])
        assert appended.status_code == 200, appended.text
    return media_id


def _errors(response: requests.Response) -> list[dict[str, Any]]:
    return list(response.json()["errors"])


def test_a_gif_is_processed_on_the_servers_clock_then_posted_with_its_alt_text(
    server: FakeXServer, api: Api, clock: FakeClock
) -> None:
    data = ANIMATED_GIF.read_bytes()
    media_id = _upload(api, data, "image/gif", "tweet_gif")
    finalized = _finalize(api, media_id).json()["data"]
    assert finalized["processing_info"] == {"state": "pending", "check_after_secs": 1}
    assert finalized["media_key"] == f"16_{media_id}" and finalized["size"] == len(data)
    refused = api.post("/2/tweets", {"text": "Too soon", "media": {"media_ids": [media_id]}})
    assert refused.status_code == 400 and _errors(refused)[0]["message"] == "Your media IDs are invalid."
    states = []
    for _ in range(4):
        info = _status(api, media_id).json()["data"]["processing_info"]
        states.append((info["state"], info.get("progress_percent")))
        clock.advance(seconds=0.5)
    assert states == [("pending", None), ("pending", None), ("in_progress", 0), ("in_progress", 50)]
    clock.advance(seconds=1)
    assert _status(api, media_id).json()["data"]["processing_info"] == {"state": "succeeded", "progress_percent": 100}
    assert _finalize(api, media_id).json()["data"]["processing_info"]["state"] == "succeeded"  # answered again
    described = api.post("/2/media/metadata", {"id": media_id, "metadata": {"alt_text": {"text": "The plant"}}})
    assert described.status_code == 200
    posted = api.post("/2/tweets", {"text": "Now", "media": {"media_ids": [media_id]}})
    assert posted.status_code == 201
    [stored] = [m for m in server.world.media.values() if str(m.id) == media_id]
    assert (stored.type, stored.alt_text, stored.data, (stored.width, stored.height)) == (
        "animated_gif",
        "The plant",
        data,
        (96, 54),
    )


def test_segments_must_run_from_zero_and_add_up(api: Api) -> None:
    data = SHORT_MP4.read_bytes()
    media_id = str(_init(api, len(data)).json()["data"]["id"])
    for bad in (1000, -1, "one"):
        refused = _append(api, media_id, bad, data[:10])
        assert refused.status_code == 400 and "segment_index" in _errors(refused)[0]["parameters"]
    assert _append(api, media_id, 0, data[:3000]).status_code == 200
    assert _append(api, media_id, 2, data[6000:]).status_code == 200
    gap = _finalize(api, media_id)
    assert gap.status_code == 400 and _errors(gap)[0]["parameters"] == {"segment_index": ["1"]}
    assert _append(api, media_id, 1, data[3000:5000]).status_code == 200  # 1000 bytes short
    short = _finalize(api, media_id)
    assert short.status_code == 400 and "total_bytes" in _errors(short)[0]["parameters"]
    assert _append(api, media_id, 1, data[3000:6000]).status_code == 200  # sent again: replaces segment 1
    too_much = _append(api, media_id, 3, b"x")
    assert too_much.status_code == 400 and "media" in _errors(too_much)[0]["parameters"]
    assert _finalize(api, media_id).status_code == 200
    late = _append(api, media_id, 3, b"x")
    assert late.status_code == 400 and "finalized" in str(_errors(late)[0]["message"])
    assert _append(api, "12345", 0, b"x").status_code == 404
    assert _status(api, "12345").status_code == 404


def test_initialize_takes_only_the_specs_fields_and_xs_sizes(api: Api) -> None:
    assert _init(api, 16 * 1024 * 1024, "image/gif", "tweet_gif").status_code == 400  # a GIF: 15 MB at most
    assert _init(api, 512 * 1024 * 1024 + 1).status_code == 400
    assert _init(api, 0).status_code == 400
    assert _init(api, 10, "video/avi").status_code == 400
    extra = api.post(INIT, {"media_type": "video/mp4", "total_bytes": 10, "command": "INIT"})
    assert extra.status_code == 400 and "command" in _errors(extra)[0]["parameters"]
    defaulted = api.post(INIT, {"media_type": "video/mp4", "total_bytes": 10})  # no category: a post's video
    assert defaulted.status_code == 200 and defaulted.json()["data"]["media_key"].startswith("7_")


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda tmp: b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 200, "Unsupported video format"),
        (lambda tmp: with_duration(tmp / "long.mp4", 200).read_bytes(), "between 0.5 and 140 seconds"),
    ],
)
def test_an_invalid_video_fails_in_processing_with_a_reason(
    api: Api, clock: FakeClock, tmp_path: Path, make: Callable[[Path], bytes], reason: str
) -> None:
    data = make(tmp_path)
    media_id = _upload(api, data, "video/mp4", "tweet_video")
    assert _finalize(api, media_id).json()["data"]["processing_info"]["state"] == "pending"
    clock.advance(seconds=1)
    failed = _status(api, media_id)
    body = failed.json()
    assert failed.status_code == 200 and body["data"]["processing_info"]["state"] == "failed"
    assert reason in str(body["errors"][0]["detail"]) and body["errors"][0]["parameter"] == "media_id"
    clock.advance(seconds=60)
    refused = api.post("/2/tweets", {"text": "x", "media": {"media_ids": [media_id]}})
    assert refused.status_code == 400 and _errors(refused)[0]["message"] == "Your media IDs are invalid."


def test_a_gif_over_xs_limits_fails_in_processing(api: Api, clock: FakeClock) -> None:
    media_id = _upload(api, gif_bytes(1300, 100, 2), "image/gif", "tweet_gif")
    _finalize(api, media_id)
    clock.advance(seconds=2)
    body = _status(api, media_id).json()
    assert body["data"]["processing_info"]["state"] == "failed" and "1280x1080" in body["errors"][0]["detail"]


def test_a_video_goes_alone_and_uploads_expire(server: FakeXServer, api: Api, clock: FakeClock) -> None:
    video = _upload(api, SHORT_MP4.read_bytes(), "video/mp4", "tweet_video", chunk=4096)
    _finalize(api, video)
    clock.advance(seconds=3)
    assert _status(api, video).json()["data"]["processing_info"]["state"] == "succeeded"
    files = {"media": ("p.png", _png(), "image/png")}
    photo = api.session.post(api.url("/2/media/upload"), files=files, data={"media_category": "tweet_image"})
    photo_id = photo.json()["data"]["id"]
    both = api.post("/2/tweets", {"text": "Two", "media": {"media_ids": [video, photo_id]}})
    assert both.status_code == 400 and _errors(both)[0]["message"] == "Your media IDs are invalid."
    clock.advance(days=1, seconds=1)  # the one-shot upload is kept a day
    assert api.post("/2/tweets", {"text": "Photo", "media": {"media_ids": [photo_id]}}).status_code == 400
    assert api.post("/2/tweets", {"text": "Video", "media": {"media_ids": [video]}}).status_code == 201
    clock.advance(days=15)  # an upload no post used is forgotten after 15 days
    later = _upload(api, SHORT_MP4.read_bytes(), "video/mp4", "tweet_video", chunk=8000)
    clock.advance(days=15)
    assert _status(api, later).status_code == 404 and _finalize(api, later).status_code == 404


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0\0")) + chunk(b"IEND", b"")


def test_each_step_has_xs_rate_limit_and_is_logged(server: FakeXServer, api: Api) -> None:
    media_id = _upload(api, ANIMATED_GIF.read_bytes(), "image/gif", "tweet_gif", chunk=5000)
    finalized = _finalize(api, media_id)
    status = _status(api, media_id)
    assert finalized.headers["x-rate-limit-limit"] == "1875" and status.headers["x-rate-limit-limit"] == "1000"
    assert [(e.op, e.status, e.price_micro) for e in server.log] == [
        (Op.MEDIA_INITIALIZE, 200, 0),
        (Op.MEDIA_APPEND, 200, 0),
        (Op.MEDIA_FINALIZE, 200, 0),
        (Op.MEDIA_STATUS, 200, 0),
    ]
    server.ratelimits.set_limit("media_status", 1)
    assert _status(api, media_id).status_code == 429
