"""The outbox against the fake X server misbehaving: for a post, a 3-part thread, a post with a picture and one with
a video (uploaded in chunks and processed by X first), every fault (5xx, 429 with a reset time, 401, 403 for the
plan, a timeout after X accepted the post, connection refused, a dropped connection, malformed JSON) ends with
nothing lost (sent, or back in the drafts), nothing duplicated (the server's log and world), and the user told in
plain words (the item's error text)."""

from __future__ import annotations

import itertools
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from exec_desk.backends.base import XBackend
from exec_desk.backends.tweepy.backend import TweepyBackend
from exec_desk.core.compose import ComposedPost, join_parts
from exec_desk.core.media import checks as media
from exec_desk.core.models import Post
from exec_desk.fakex import FakeXServer, Fault
from exec_desk.fakex.prices import Op
from exec_desk.services.clock import ManualClock
from exec_desk.services.demo import StaticTokens
from exec_desk.services.outbox.post import comparable
from exec_desk.services.outbox.sender import CHECKING, OutboxSender, OutboxUpdate
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.records import Draft, OutboxItem, OutboxState
from exec_desk.storage.store import Store
from tests.support.fake_world import ACCOUNT
from tests.support.media_files import SHORT_MP4, png
from tests.support.runners import ImmediateTaskRunner

from .conftest import make_backend

TWEETS = "/2/tweets"
THREAD = (
    "Three things from today's board meeting. First, Q3 revenue grew 12% (details: https://example.com/q3). 1/3",
    "Second, we are opening the Lyon plant in March & hiring 40 engineers there. 2/3",
    "Third, thank you to every team that made this quarter possible. 3/3",
)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class FaultyBackend(TweepyBackend):
    """The real backend; just before its `nth` create_post, `arm()` scripts a fault on the server, or returns
    another backend to send that one call through (e.g. one pointed at a closed port)."""

    arm: Callable[[], XBackend | None] = staticmethod(lambda: None)
    nth = 1
    calls = 0
    store: Store | None = None
    manual_clock: ManualClock | None = None

    def create_post(
        self, text: str, *, reply_to: str | None = None, quote_of: str | None = None, media_ids: Iterable[str] = ()
    ) -> Post:
        self.calls += 1
        other = self.arm() if self.calls == self.nth else None
        if other is not None:
            return other.create_post(text, reply_to=reply_to, quote_of=quote_of, media_ids=media_ids)
        return super().create_post(text, reply_to=reply_to, quote_of=quote_of, media_ids=media_ids)


@dataclass(frozen=True)
class Case:
    """One fault: how to script it, whether the post still goes out, and what the user reads meanwhile or after."""

    arm: Callable[[FakeXServer, FaultyBackend], XBackend | None]
    sends: bool
    words: str
    advance: float = 0.0
    quote: bool = False
    held: bool = False  # the account cannot send: the item waits (for the next sign-in), nothing fails


def _script(kind: Fault, **kw: Any) -> Callable[[FakeXServer, FaultyBackend], None]:
    def arm(server: FakeXServer, backend: FaultyBackend) -> None:
        server.faults.add(kind, path=TWEETS, method="POST", **kw)

    return arm


def _refused(server: FakeXServer, backend: FaultyBackend) -> XBackend:
    assert backend.store is not None and backend.manual_clock is not None
    return make_backend(server, backend.store, backend.manual_clock, base_url=f"http://127.0.0.1:{_closed_port()}")


CASES = {
    "5xx": Case(_script(Fault.SERVER_ERROR, status=503), True, "X did not answer; trying again at ", advance=2),
    "429-reset": Case(_script(Fault.RATE_LIMITED, retry_after=120), True, "X asks us to wait until ", advance=120),
    "401": Case(
        _script(Fault.UNAUTHORIZED, times=2), False, "Kept until you sign in to X again; it is sent then.", held=True
    ),
    "403-tier": Case(lambda s, b: None, False, "X refused the quote: your X plan does not allow quoting", quote=True),
    "timeout-after-accept": Case(_script(Fault.TIMEOUT_AFTER_WRITE, hold=2.0), True, CHECKING),
    "refused": Case(_refused, True, "X did not answer; trying again at ", advance=2),
    "dropped": Case(_script(Fault.DROP), True, CHECKING),
    "malformed-json": Case(_script(Fault.MALFORMED), True, CHECKING),
}


def _composed(shape: str, tmp_path: Path, quote_of: str | None) -> ComposedPost:
    if shape == "thread":
        return ComposedPost(THREAD, quote_of=quote_of)
    if shape == "media":
        picture = media.inspect(png(tmp_path / "plant.png"), "The new Lyon plant at dawn")
        return ComposedPost(
            ("Our new plant, opened this morning: https://example.com/lyon",), (picture,), None, quote_of
        )
    if shape == "video":
        clip = media.inspect(SHORT_MP4, "The new Lyon plant at dawn")
        return ComposedPost(("One second of the Lyon plant: https://example.com/lyon",), (clip,), None, quote_of)
    return ComposedPost(
        ("Q3 board update: revenue +12% & margins up. Details: https://example.com/q3",), (), None, quote_of
    )


def _own_posts(server: FakeXServer) -> list[Any]:
    return [p for p in server.world.newest_first() if p.author_id == server.user_id][::-1]


def _created(server: FakeXServer) -> list[int]:
    return [e.status for e in server.log if e.op == Op.CREATE_POST]


@pytest.mark.parametrize("shape", ["post", "thread", "media", "video"])
@pytest.mark.parametrize("fault", list(CASES))
def test_fault_matrix(
    fault: str, shape: str, server: FakeXServer, store: Store, clock: ManualClock, tmp_path: Path
) -> None:
    case = CASES[fault]
    backend = FaultyBackend(
        account=ACCOUNT,
        user_id=server.user_id,
        recorder=Ledger(store),
        api_base_url=server.base_url,
        tokens=StaticTokens(server.auth.oauth2_access_token),
        clock=clock,
        timeout=(5.0, 0.5),
    )
    backend.store, backend.manual_clock = store, clock
    backend.arm = lambda: case.arm(server, backend)
    backend.nth = 2 if shape == "thread" and not case.quote else 1  # a thread fails part-way
    quote_of = str(server.world.recent_originals()[-1]) if case.quote else None
    post = _composed(shape, tmp_path, quote_of)
    before = {p.id for p in _own_posts(server)}

    sender = OutboxSender(store, backend, ImmediateTaskRunner(), ACCOUNT, clock, clock.timer)
    updates: list[OutboxUpdate] = []
    sender.changed.connect(updates.append)
    queued: list[OutboxItem] = []
    sender.enqueue(post.payload(), on_done=queued.append)
    if shape == "video":
        clock.advance(2)  # X processes the video; the post (and the fault) comes once it has succeeded
        assert backend.calls >= 1 and [e.op for e in server.log].count(Op.MEDIA_STATUS) == 2
    clock.advance(case.advance)
    clock.advance(1)  # nothing more happens later: no stray retry
    (item,) = queued
    done = store.outbox.get(item.id)
    assert done is not None

    told = [u.item.last_error or "" for u in updates]
    assert any(case.words in words for words in told), told  # the user was told, in plain words
    new = [p for p in _own_posts(server) if p.id not in before and p.source_text in post.parts]
    texts = [p.source_text for p in new]
    assert len(texts) == len(set(texts))  # nothing duplicated in the world...
    assert _created(server).count(201) == len(new)  # ...nor in the server's log
    assert not any(e.op == Op.CREATE_POST and e.status == 403 and not case.quote for e in server.log)

    if case.held:  # kept whole in the outbox; the sender of the next sign-in sends the rest, once
        assert done.state is OutboxState.SCHEDULED and store.drafts.all(ACCOUNT) == []
        backend.arm = lambda: None
        again = OutboxSender(store, backend, ImmediateTaskRunner(), ACCOUNT, clock, clock.timer)
        again.start()
        clock.advance(1)
        sent = store.outbox.get(item.id)
        assert sent is not None and sent.state is OutboxState.SENT, sent
        after = [p.source_text for p in _own_posts(server) if p.id not in before and p.source_text in post.parts]
        assert after == list(post.parts) and _created(server).count(201) == len(post.parts)
    elif case.sends:
        assert done.state is OutboxState.SENT, done.last_error
        assert texts == list(post.parts)
        for earlier, later in itertools.pairwise(new):  # each part answers the one before
            assert later.reply_to == earlier.id
        assert done.remote_id == str(new[0].id) and store.drafts.all(ACCOUNT) == []
        if shape == "video":  # uploaded and processed once, whatever happened to the post afterwards
            steps = [e.op for e in server.log if e.op in (Op.MEDIA_INITIALIZE, Op.MEDIA_APPEND, Op.MEDIA_FINALIZE)]
            assert steps == [Op.MEDIA_INITIALIZE, Op.MEDIA_APPEND, Op.MEDIA_FINALIZE]
            [attached] = [server.world.media_by_id(m) for m in done.progress["media_ids"]]
            assert attached is not None and attached.alt_text == "The new Lyon plant at dawn"
            assert new[0].media_keys == [attached.media_key] and attached.type == "video"
        if shape == "media":  # uploaded once, whatever happened to the post afterwards
            assert [e.status for e in server.log if e.op == Op.MEDIA_UPLOAD] == [200]
            [attached] = [server.world.media_by_id(m) for m in done.progress["media_ids"]]
            assert attached is not None and attached.alt_text == "The new Lyon plant at dawn"
            assert new[0].media_keys == [attached.media_key]
    else:
        assert done.state is OutboxState.FAILED and done.last_error is not None
        assert done.last_error.endswith("It is back in your drafts.")
        [draft] = store.drafts.all(ACCOUNT)
        assert done.draft_id == draft.id
        rest = post.parts[len(new) :]
        assert texts + [p for p in rest] == list(post.parts)  # nothing lost: sent, or in the draft
        assert draft.text == (join_parts(rest) if len(post.parts) > 1 else rest[0])
        assert draft.reply_to == (str(new[-1].id) if new else None)
        assert draft.quote_of == (quote_of if not new else None)
        assert [m.alt_text for m in draft.media] == ([a.alt_text for a in post.media] if not new else [])
        sender.retry(item.id)  # it is sent from the drafts now, never from here again
        clock.advance(10)
        assert _created(server).count(201) == len(new)


def test_a_thread_resumes_after_a_crash_between_two_parts(
    server: FakeXServer, store: Store, clock: ManualClock
) -> None:
    backend = make_backend(server, store, clock)
    item = store.outbox.enqueue(ACCOUNT, ComposedPost(THREAD).payload(), now=clock())
    first = backend.create_post(THREAD[0])  # part 1 reached X, then the app died before recording it
    claimed = store.outbox.claim_due(clock(), account=ACCOUNT)
    assert claimed is not None and claimed.id == item.id
    sender = OutboxSender(store, backend, ImmediateTaskRunner(), ACCOUNT, clock, clock.timer)
    sender.start()
    done = store.outbox.get(item.id)
    assert done is not None and done.state is OutboxState.SENT and done.remote_id == first.id
    new = [p for p in _own_posts(server) if p.source_text in THREAD]
    assert [p.source_text for p in new] == list(THREAD) and _created(server).count(201) == 3
    assert [e.op for e in server.log if e.op in (Op.OWN_POSTS, Op.CREATE_POST)] == [
        Op.CREATE_POST,
        Op.OWN_POSTS,  # part 1 is found (its link now a t.co link), recorded...
        Op.CREATE_POST,  # ...and only parts 2 and 3 are sent
        Op.CREATE_POST,
    ]


def test_a_media_upload_that_timed_out_is_made_again_but_the_post_goes_once(
    server: FakeXServer, store: Store, clock: ManualClock, tmp_path: Path
) -> None:
    backend = make_backend(server, store, clock)
    post = _composed("media", tmp_path, None)
    server.faults.add(Fault.TIMEOUT_AFTER_WRITE, path="/2/media/upload", hold=2.0)
    sender = OutboxSender(store, backend, ImmediateTaskRunner(), ACCOUNT, clock, clock.timer)
    sender.enqueue(post.payload())
    clock.advance(2)
    [item] = store.outbox.all(ACCOUNT)
    assert item.state is OutboxState.SENT and _created(server) == [201]
    assert [e.status for e in server.log if e.op == Op.MEDIA_UPLOAD] == [200, 200]  # the first answer never came
    assert [kind for kind, _method, _path in server.faults.caught] == [Fault.TIMEOUT_AFTER_WRITE]


def test_the_legacy_text_payload_still_works(server: FakeXServer, store: Store, clock: ManualClock) -> None:
    sender = OutboxSender(store, make_backend(server, store, clock), ImmediateTaskRunner(), ACCOUNT, clock, clock.timer)
    sender.enqueue({"op": "post", "text": "Plain text, the old way.", "reply_to": None, "media_ids": []})
    [item] = store.outbox.all(ACCOUNT)
    assert item.state is OutboxState.SENT and _created(server) == [201]


def test_texts_compare_with_links_rewritten_and_entities_escaped() -> None:
    sent = "Q3: revenue +12% & margins <up>. Details: https://example.com/q3 or example.org"
    back = "Q3: revenue +12% &amp; margins &lt;up&gt;. Details: https://t.co/abc123 or https://t.co/xyz"
    assert comparable(sent) == comparable(back) == "Q3: revenue +12% & margins <up>. Details: or"
    assert comparable("Hello  board\n") != comparable("Hello board!")


class FlakyBackend(TweepyBackend):
    """Before the first attempt at each part, the server is told to fail the next four create-post requests."""

    server: FakeXServer | None = None
    seen: tuple[str, ...] = ()

    def create_post(
        self, text: str, *, reply_to: str | None = None, quote_of: str | None = None, media_ids: Iterable[str] = ()
    ) -> Post:
        if text not in self.seen and self.server is not None:
            self.seen += (text,)
            self.server.faults.add(Fault.SERVER_ERROR, path=TWEETS, method="POST", times=4)
        return super().create_post(text, reply_to=reply_to, quote_of=quote_of, media_ids=media_ids)


def test_failures_are_counted_again_after_each_part_that_went(
    server: FakeXServer, store: Store, clock: ManualClock
) -> None:
    """Four 5xx before each part: twelve failures, more than the five tries an item has, but never five in a row."""
    backend = FlakyBackend(
        account=ACCOUNT,
        user_id=server.user_id,
        recorder=Ledger(store),
        api_base_url=server.base_url,
        tokens=StaticTokens(server.auth.oauth2_access_token),
        clock=clock,
    )
    backend.server = server
    sender = OutboxSender(store, backend, ImmediateTaskRunner(), ACCOUNT, clock, clock.timer)
    sender.enqueue(ComposedPost(THREAD).payload())
    for _ in range(12):
        clock.advance(10)
    [item] = store.outbox.all(ACCOUNT)
    assert item.state is OutboxState.SENT, item.last_error
    assert _created(server).count(500) == 12 and _created(server).count(201) == 3


def test_undo_of_a_thread_part_way_gives_back_the_rest_as_a_reply(
    server: FakeXServer, store: Store, clock: ManualClock
) -> None:
    backend = FaultyBackend(
        account=ACCOUNT,
        user_id=server.user_id,
        recorder=Ledger(store),
        api_base_url=server.base_url,
        tokens=StaticTokens(server.auth.oauth2_access_token),
        clock=clock,
    )
    rate_limited = _script(Fault.RATE_LIMITED, retry_after=600)
    backend.nth, backend.arm = 2, lambda: rate_limited(server, backend)
    sender = OutboxSender(store, backend, ImmediateTaskRunner(), ACCOUNT, clock, clock.timer)
    sender.enqueue(ComposedPost(THREAD).payload())
    [item] = store.outbox.all(ACCOUNT)
    assert item.state is OutboxState.SCHEDULED and len(item.progress["sent"]) == 1  # part 1 went; 2 waits
    drafts: list[Draft | None] = []
    sender.cancel_to_draft(item.id, drafts.append)
    [draft] = drafts
    assert draft is not None and store.outbox.all(ACCOUNT) == [] and store.drafts.all(ACCOUNT) == [draft]
    assert draft.text == join_parts(THREAD[1:]) and draft.reply_to == item.progress["sent"][0]
    clock.advance(900)
    assert _created(server) == [201, 429]  # nothing more was sent


def test_media_uploaded_more_than_a_day_ago_are_uploaded_again(
    server: FakeXServer, store: Store, clock: ManualClock, tmp_path: Path
) -> None:
    backend = make_backend(server, store, clock)
    server.faults.add(Fault.RATE_LIMITED, path=TWEETS, method="POST", retry_after=25 * 3600)
    sender = OutboxSender(store, backend, ImmediateTaskRunner(), ACCOUNT, clock, clock.timer)
    sender.enqueue(_composed("media", tmp_path, None).payload())
    [waiting] = store.outbox.all(ACCOUNT)
    first_upload = waiting.progress["media_ids"]
    clock.advance(25 * 3600)  # X keeps an upload for a day: this one is gone
    [item] = store.outbox.all(ACCOUNT)
    assert item.state is OutboxState.SENT and item.progress["media_ids"] != first_upload
    assert [e.status for e in server.log if e.op == Op.MEDIA_UPLOAD] == [200, 200]
    [post] = [p for p in server.world.newest_first() if p.id == int(str(item.remote_id))]
    stored = server.world.media_by_id(item.progress["media_ids"][0])
    assert stored is not None and post.media_keys == [stored.media_key]


def test_the_same_words_posted_before_are_not_taken_for_this_post(
    server: FakeXServer, store: Store, clock: ManualClock
) -> None:
    text = "Good morning, team! Big day for the Lyon plant."
    with server.lock:  # the user said the same thing a day and a half ago
        old = server.world.add_post(server.user_id, text, at=clock() - timedelta(hours=36))
    server.faults.add(Fault.DROP, path=TWEETS, method="POST")  # this one never reached X, but it could have
    sender = OutboxSender(store, make_backend(server, store, clock), ImmediateTaskRunner(), ACCOUNT, clock, clock.timer)
    sender.enqueue({"op": "post", "parts": [text], "media": []})
    [item] = store.outbox.all(ACCOUNT)
    assert item.state is OutboxState.SENT and item.remote_id != str(old.id)
    assert _created(server) == [0, 201] and Op.OWN_POSTS in [e.op for e in server.log]


def test_a_post_x_never_answers_goes_back_to_the_drafts(server: FakeXServer, store: Store, clock: ManualClock) -> None:
    server.faults.add(Fault.SERVER_ERROR, path=TWEETS, method="POST", times=5)
    sender = OutboxSender(store, make_backend(server, store, clock), ImmediateTaskRunner(), ACCOUNT, clock, clock.timer)
    sender.enqueue(ComposedPost(THREAD).payload())
    clock.advance(2 + 4 + 8 + 16)
    [item] = store.outbox.all(ACCOUNT)
    assert item.state is OutboxState.FAILED and _created(server) == [500] * 5
    assert item.last_error == "X did not answer, even after several tries. It is back in your drafts."
    [draft] = store.drafts.all(ACCOUNT)
    assert draft.text == join_parts(THREAD) and draft.reply_to is None
