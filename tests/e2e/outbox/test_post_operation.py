"""The post operation on its own: X refusing a part as a duplicate, the payload forms, what goes back to drafts."""

from __future__ import annotations

from datetime import timedelta

import pytest

from exec_desk.core import errors
from exec_desk.core.payloads import MediaRef, PostPayload, payload_from_json
from exec_desk.fakex import FakeXServer
from exec_desk.fakex.prices import Op
from exec_desk.services.clock import ManualClock
from exec_desk.services.outbox.operations import Progress, Refused
from exec_desk.services.outbox.post import PostOperation
from exec_desk.storage.store import Store

from .conftest import make_backend

TEXT = "The Lyon plant opens on Monday: thank you all."


def test_a_part_x_calls_a_duplicate_of_what_just_landed_is_taken_as_sent(
    server: FakeXServer, store: Store, clock: ManualClock
) -> None:
    since = clock()
    with server.lock:  # it reached X, but the app never learnt it (and did not see it when it checked)
        landed = server.world.add_post(server.user_id, TEXT, at=clock())
    progress = Progress({}, since=since)
    remote = PostOperation().send(make_backend(server, store, clock), PostPayload((TEXT,)), progress)
    assert remote == str(landed.id) and progress.data["sent"] == [str(landed.id)]
    assert [(e.op, e.status) for e in server.log if e.op in (Op.CREATE_POST, Op.OWN_POSTS)] == [
        (Op.CREATE_POST, 403),
        (Op.OWN_POSTS, 200),
    ]


def test_a_duplicate_of_an_older_post_fails_in_plain_words(
    server: FakeXServer, store: Store, clock: ManualClock
) -> None:
    with server.lock:  # posted by the user two hours before this was queued
        server.world.add_post(server.user_id, TEXT, at=clock() - timedelta(hours=2))
    progress = Progress({}, since=clock())
    with pytest.raises(Refused, match="copy of one of your recent posts"):
        PostOperation().send(
            make_backend(server, store, clock), payload_from_json({"op": "post", "text": TEXT}), progress
        )
    assert progress.data == {}


def test_payload_forms() -> None:
    legacy = payload_from_json({"op": "post", "text": "Hi", "reply_to": 5, "media_ids": [7]})
    assert legacy == PostPayload(("Hi",), (), "5", None, media_ids=("7",)) and legacy.has_media
    composed = payload_from_json({"op": "post", "parts": ["a 1/2", "b 2/2"], "media": [], "quote_of": "9"})
    assert isinstance(composed, PostPayload)
    assert composed.parts == ("a 1/2", "b 2/2") and composed.quote_of == "9" and not composed.has_media


def test_what_goes_back_to_the_drafts() -> None:
    op = PostOperation()
    payload = PostPayload(
        ("One. 1/3", "Two. 2/3", "Three 3/4 done. 3/3"),
        (MediaRef("/p.png", "image", "image/png", "A plant"),),
        reply_to="10",
    )
    nothing_sent = op.leftover(payload, Progress({}), errors.ForbiddenByTier("no"))
    assert nothing_sent is not None and nothing_sent.text == "One.\n\nTwo.\n\nThree 3/4 done."
    assert nothing_sent.reply_to == "10" and [m.alt_text for m in nothing_sent.media] == ["A plant"]
    part_way = op.leftover(payload, Progress({"sent": ["11"]}), errors.AuthRevoked("no"))
    assert part_way is not None and part_way.text == "Two.\n\nThree 3/4 done." and part_way.reply_to == "11"
    assert part_way.media == ()
    gone = op.leftover(payload, Progress({"sent": ["11"]}), errors.NotFound("gone"))
    assert gone is not None and gone.reply_to is None
    single = PostPayload(("Score: 3/4",))
    kept = op.leftover(single, Progress({}), None)
    assert kept is not None and kept.text == "Score: 3/4"  # a single post keeps its words, numbers and all
    assert op.leftover(payload, Progress({"sent": ["11", "12", "13"]}), None) is None
