"""Every backend operation goes through tweepy's real HTTP code to the fake X server (no mocks), in both auth modes."""

from __future__ import annotations

from pathlib import Path

import pytest

from exec_desk.backends.tweepy.backend import TweepyBackend
from exec_desk.backends.tweepy.media import upload_state
from exec_desk.core import errors
from exec_desk.core.pricing import OWNED_READ_PRICE, POST_PRICE, POST_WITH_URL_PRICE, READ_PRICE, Op, Resource
from exec_desk.fakex import prices as x_prices
from exec_desk.fakex.server import FakeXServer
from exec_desk.storage.ledger import Ledger
from tests.support.fakex_api import FakeClock
from tests.support.media_files import ANIMATED_GIF, SHORT_MP4

USER_READ = READ_PRICE[Resource.USER]

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def _paths(server: FakeXServer) -> list[str]:
    return [f"{e.method} {e.path}" for e in server.log]


def test_me(backend: TweepyBackend, fake_x: FakeXServer) -> None:
    me = backend.me()
    assert me.id == backend.user_id == fake_x.credentials()["user_id"]
    assert me.username and me.name
    assert _paths(fake_x) == ["GET /2/users/me"]


def test_home_timeline_with_expansions_and_since_id(
    backend: TweepyBackend, fake_x: FakeXServer, clock: FakeClock
) -> None:
    page = backend.home_timeline(max_results=20)
    assert 0 < len(page.posts) <= 20
    assert page.newest_id == page.posts[0].id
    assert page.users == {}  # no author expansion: each user object would cost $0.010 a day
    authors = sorted({p.author_id for p in page.posts})
    users = backend.users(authors)  # those the cache lacks, in one request
    assert sorted(u.id for u in users) == authors and all(u.username and u.name for u in users)
    assert [e.op for e in fake_x.log][-1] == x_prices.Op.USERS
    assert fake_x.log[-1].resources[x_prices.Resource.USER] == tuple(u.id for u in users)
    assert backend.users([authors[0], "999999999"]) == [u for u in users if u.id == authors[0]]  # unknown: left out
    assert backend.users([]) == [] and [e.op for e in fake_x.log].count(x_prices.Op.USERS) == 2
    ids = [int(p.id) for p in page.posts]
    assert ids == sorted(ids, reverse=True)
    assert page.next_token
    older = backend.home_timeline(max_results=20, pagination_token=page.next_token)
    assert int(older.posts[0].id) < ids[-1]
    assert backend.home_timeline(since_id=page.newest_id).posts == []
    clock.advance(minutes=4)  # within OAuth 1.0a's 300 s timestamp tolerance; the fake world keeps posting
    newer = backend.home_timeline(since_id=page.newest_id)
    assert newer.posts and all(int(p.id) > ids[0] for p in newer.posts)
    reads = [e.path for e in fake_x.log if e.op != x_prices.Op.USERS]
    assert len(reads) == 4 and all(path.endswith("/timelines/reverse_chronological") for path in reads)


def test_lists_and_list_posts(backend: TweepyBackend, fake_x: FakeXServer) -> None:
    owned = backend.owned_lists()
    followed = backend.followed_lists()
    assert owned and followed
    assert {lst.id for lst in owned}.isdisjoint({lst.id for lst in followed})
    page = backend.list_posts(owned[0].id, max_results=10)
    assert page.posts and len(page.posts) <= 10
    assert any(p.path == f"/2/lists/{owned[0].id}/tweets" for p in fake_x.log)


def test_mentions_search_and_own_posts(backend: TweepyBackend, fake_x: FakeXServer) -> None:
    me = backend.me()
    mentions = backend.mentions(max_results=10)
    assert mentions.posts
    assert all(me.username.lower() in {m.lower() for m in p.mentions} for p in mentions.posts)
    found = backend.search_recent("earnings OR launch", max_results=10)
    assert found.posts and all(("earnings" in p.text.lower()) or ("launch" in p.text.lower()) for p in found.posts)
    own = backend.own_posts(max_results=5)
    assert all(p.author_id == me.id for p in own.posts)


def test_retweet_and_unretweet(backend: TweepyBackend, fake_x: FakeXServer) -> None:
    post = next(p for p in backend.home_timeline(max_results=20).posts if p.retweet_of is None)
    backend.retweet(post.id)
    own = backend.own_posts(max_results=5)
    assert any(p.retweet_of == post.id for p in own.posts)
    backend.unretweet(post.id)
    assert [(e.method, e.status) for e in fake_x.log.calls(x_prices.Op.RETWEET)] == [("POST", 200)]
    assert [(e.method, e.status) for e in fake_x.log.calls(x_prices.Op.UNRETWEET)] == [("DELETE", 200)]


def test_like_forbidden_on_self_serve_allowed_on_enterprise(backend: TweepyBackend, fake_x: FakeXServer) -> None:
    post = backend.home_timeline(max_results=5).posts[0]
    with pytest.raises(errors.ForbiddenByTier):
        backend.like(post.id)
    fake_x.policy.likes_forbidden = False
    backend.like(post.id)


def test_create_reply_quote_delete(
    backend: TweepyBackend, fake_x: FakeXServer, ledger: Ledger, clock: FakeClock
) -> None:
    posted = backend.create_post("Proud of the team shipping today.")
    assert posted.id and posted.text.startswith("Proud")
    with_url = backend.create_post("Our results: https://example.com/q3")
    thread = backend.create_post("And a second thought.", reply_to=posted.id)
    assert thread.reply_to == posted.id
    summoned = backend.mentions(max_results=5).posts[0]
    backend.create_post("Thank you!", reply_to=summoned.id)
    unsummoned = next(
        p
        for p in backend.home_timeline(max_results=50).posts
        if p.author_id != backend.user_id and not p.mentions and p.retweet_of is None and p.quote_of is None
    )
    with pytest.raises(errors.ForbiddenByTier):
        backend.create_post("Hello", reply_to=unsummoned.id)
    with pytest.raises(errors.ForbiddenByTier):
        backend.create_post("Worth reading", quote_of=unsummoned.id)
    backend.delete_post(with_url.id)
    with pytest.raises(errors.NotFound):
        backend.delete_post(with_url.id)
    created = fake_x.log.calls(x_prices.Op.CREATE_POST)
    assert [e.status for e in created] == [201, 201, 201, 201, 403, 403]
    prices = [c.price_micro for c in ledger.calls("acct", since=clock.now.replace(year=2000)) if c.op == "create_post"]
    assert prices[:2] == [POST_PRICE, POST_WITH_URL_PRICE]
    assert prices[4:] == [0, 0]


def test_media_upload_with_alt_text(backend: TweepyBackend, fake_x: FakeXServer, tmp_path: Path) -> None:
    image = tmp_path / "chart.png"
    image.write_bytes(PNG)
    media_id = backend.upload_media(image, mime_type="image/png", alt_text="Revenue chart, up 12%")
    assert media_id.isdigit()
    post = backend.create_post("Q3 in one chart", media_ids=[media_id])
    assert post.id
    assert _paths(fake_x) == ["POST /2/media/upload", "POST /2/media/metadata", "POST /2/tweets"]
    stored = fake_x.world.media_by_id(media_id)
    assert stored is not None and stored.alt_text == "Revenue chart, up 12%"


def test_a_video_through_the_chunked_upload_and_its_processing(
    backend: TweepyBackend, fake_x: FakeXServer, clock: FakeClock, ledger: Ledger
) -> None:
    data = SHORT_MP4.read_bytes()
    started = backend.media_initialize(total_bytes=len(data), media_type="video/mp4", media_category="tweet_video")
    media_id = started.media_id
    assert media_id.isdigit() and started.expires_after_secs and started.expires_after_secs > 86400
    for index, at in enumerate(range(0, len(data), 4096)):
        backend.media_append(media_id, index, data[at : at + 4096])
    finalized = backend.media_finalize(media_id)
    assert (finalized.state, finalized.check_after_secs, finalized.ready) == ("pending", 1, False)
    with pytest.raises(errors.InvalidRequest, match="HTTP 400"):  # X refuses a post with media not processed
        backend.create_post("Too soon", media_ids=[media_id])
    clock.advance(seconds=1.5)
    halfway = backend.media_status(media_id)
    assert (halfway.state, halfway.progress_percent, halfway.ready) == ("in_progress", 50, False)
    clock.advance(seconds=1)
    assert backend.media_status(media_id).ready
    post = backend.create_post("The plant, in one second", media_ids=[media_id])
    assert fake_x.world.get(int(post.id)).media_keys == [f"7_{media_id}"]  # type: ignore[union-attr]
    upload = f"/2/media/upload/{media_id}"
    assert _paths(fake_x) == [
        "POST /2/media/upload/initialize",
        f"POST {upload}/append",
        f"POST {upload}/append",
        f"POST {upload}/finalize",
        "POST /2/tweets",
        "GET /2/media/upload",
        "GET /2/media/upload",
        "POST /2/tweets",
    ]
    since = clock.now.replace(year=2000)
    ops = [(c.op, c.status, c.price_micro) for c in ledger.calls("acct", since=since)]
    assert ops[:4] == [
        (Op.MEDIA_INITIALIZE, 200, 0),
        (Op.MEDIA_APPEND, 200, 0),
        (Op.MEDIA_APPEND, 200, 0),
        (Op.MEDIA_FINALIZE, 200, 0),
    ]
    assert [op for op, _status, _price in ops[4:]] == [Op.CREATE_POST, Op.MEDIA_STATUS, Op.MEDIA_STATUS, Op.CREATE_POST]


def test_a_failed_processing_comes_with_xs_reason(backend: TweepyBackend, clock: FakeClock) -> None:
    data = b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 100  # an MP4 header and nothing else
    media_id = backend.media_initialize(total_bytes=len(data), media_type="video/mp4", media_category="tweet_video")
    backend.media_append(media_id.media_id, 0, data)
    backend.media_finalize(media_id.media_id)
    clock.advance(seconds=1)
    failed = backend.media_status(media_id.media_id)
    assert failed.failed and not failed.ready and failed.error == "Unsupported video format"


def test_upload_answers_in_both_of_xs_forms() -> None:
    live = {"data": {"id": "7", "processing_info": {"state": "failed", "error": {"code": 1, "message": "Too long"}}}}
    spec = {
        "data": {"id": "7", "processing_info": {"state": "failed", "progress_percent": 12}},
        "errors": [
            {"type": "https://api.x.com/2/problems/invalid-request", "title": "Invalid Request", "detail": "Bad"}
        ],
    }
    assert upload_state(live).error == "Too long" and upload_state(spec).error == "Bad"
    image = upload_state({"data": {"id": "9", "size": 10, "expires_after_secs": 86400}})
    assert image.ready and image.state is None and image.expires_after_secs == 86400
    with pytest.raises(errors.Transient):
        upload_state({"errors": [{"detail": "?"}]})


def test_the_one_shot_upload_is_for_images(backend: TweepyBackend, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="chunked"):
        backend.upload_media(SHORT_MP4, mime_type="video/mp4")
    still = tmp_path / "logo.gif"
    still.write_bytes(ANIMATED_GIF.read_bytes())
    assert backend.upload_media(still, mime_type="image/gif").isdigit()  # sent as tweet_image


@pytest.mark.parametrize("app_owner", [False, True])
def test_ledger_prices_reads_once_per_day(
    fake_x: FakeXServer, ledger: Ledger, clock: FakeClock, app_owner: bool
) -> None:
    from .conftest import make_backend

    fake_x.app_owner = app_owner
    backend = make_backend(fake_x, ledger, clock, app_owner=app_owner)
    me = backend.me()  # first, so the price does not depend on whether the timeline happens to include the user
    assert ledger.total("acct", since=clock.now.replace(year=2000)) == USER_READ  # users/me is never an owned read
    page = backend.home_timeline(max_results=10)
    first = ledger.total("acct", since=clock.now.replace(year=2000))
    others = set(page.users) - {me.id}  # the user was read today already
    assert first == USER_READ + 5_000 * len(page.posts) + 10_000 * len(others) + 5_000 * len(
        set(page.included_posts) - {p.id for p in page.posts}
    )
    backend.home_timeline(max_results=10)
    assert ledger.total("acct", since=clock.now.replace(year=2000)) == first
    mentions = backend.mentions(max_results=5)
    fresh = {p.id for p in mentions.posts} - {p.id for p in page.posts} - set(page.included_posts)
    mention_cost = ledger.total("acct", since=clock.now.replace(year=2000)) - first
    assert fresh and mention_cost >= (OWNED_READ_PRICE if app_owner else 5_000) * len(fresh)
    assert ledger.total("acct", since=clock.now.replace(year=2000)) == fake_x.log.total_micro()
