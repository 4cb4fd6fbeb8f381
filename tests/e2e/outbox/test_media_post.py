"""Posts with a GIF or a video through the outbox, the real tweepy backend and the fake X over loopback: the chunked
upload, X's processing waited for on the clock (no sleeps: the fake and the outbox share a ManualClock), the post
made only once processing has succeeded, a failed processing back in the drafts with X's reason, and crashes
mid-upload that lose nothing and send nothing twice."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from exec_desk.backends.tweepy.backend import TweepyBackend
from exec_desk.core import pricing
from exec_desk.core.compose import ComposedPost
from exec_desk.core.media import checks as media
from exec_desk.core.payloads import MediaRef, PostPayload, payload_from_json
from exec_desk.fakex import FakeXServer
from exec_desk.fakex.prices import Op
from exec_desk.services.clock import ManualClock
from exec_desk.services.demo import StaticTokens
from exec_desk.services.outbox.media import MediaStage, media_stage
from exec_desk.services.outbox.post import PostOperation
from exec_desk.services.outbox.sender import OutboxProgress, OutboxSender, OutboxUpdate
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.records import OutboxState
from exec_desk.storage.store import Store
from tests.support.fake_world import ACCOUNT
from tests.support.media_files import ANIMATED_GIF, SHORT_MP4, copy, cut_short, gif_bytes
from tests.support.runners import ImmediateTaskRunner, ProcessKilled

ALT = "Our robots at work in the Lyon plant, looping"
CHUNK = 1024  # the 4 KB GIF goes in 4 segments


def _sender(store: Store, backend: TweepyBackend, clock: ManualClock, chunk: int = CHUNK) -> OutboxSender:
    operations = {"post": PostOperation(chunk_size=chunk)}
    return OutboxSender(store, backend, ImmediateTaskRunner(), ACCOUNT, clock, clock.timer, operations=operations)


def _log(server: FakeXServer) -> list[str]:
    return [f"{e.method} {e.path}" for e in server.log]


def _steps(server: FakeXServer, media_id: str, appends: int, statuses: int) -> list[str]:
    upload = f"/2/media/upload/{media_id}"
    return [
        "POST /2/media/upload/initialize",
        *[f"POST {upload}/append"] * appends,
        f"POST {upload}/finalize",
        *["GET /2/media/upload"] * statuses,
    ]


def _stages(updates: list[OutboxProgress]) -> list[tuple[str, int | None]]:
    out: list[tuple[str, int | None]] = []
    for update in updates:
        stage = media_stage(update.payload, update.progress)
        if stage is not None and (not out or out[-1] != (stage.step, stage.percent)):
            out.append((stage.step, stage.percent))
    return out


def test_a_gif_with_alt_text_goes_in_chunks_and_is_posted_once_processed(
    server: FakeXServer, store: Store, clock: ManualClock, backend: TweepyBackend
) -> None:
    gif = media.inspect(ANIMATED_GIF, ALT)
    post = ComposedPost(("The Lyon line, in six frames.",), (gif,))
    sender = _sender(store, backend, clock)
    progressed: list[OutboxProgress] = []
    changes: list[OutboxUpdate] = []
    sender.progressed.connect(progressed.append)
    sender.changed.connect(changes.append)
    sender.enqueue(post.payload())
    [item] = store.outbox.all(ACCOUNT)
    media_id = item.progress["upload"]["id"]
    # Uploaded and finalized at once; X is processing it: the post waits in the outbox, scheduled for X's next look.
    assert _log(server) == _steps(server, media_id, appends=4, statuses=0)
    assert item.state is OutboxState.SCHEDULED and item.not_before == clock() + timedelta(seconds=1)
    assert media_stage(item.payload, item.progress) == MediaStage("gif", "waiting", None, 1, 1)
    assert item.last_error is None and changes[-1].error is None
    clock.advance(1)
    [item] = store.outbox.all(ACCOUNT)
    assert media_stage(item.payload, item.progress) == MediaStage("gif", "processing", 0, 1, 1)
    assert Op.CREATE_POST not in [e.op for e in server.log]
    clock.advance(1)
    [item] = store.outbox.all(ACCOUNT)
    assert item.state is OutboxState.SENT and "upload" not in item.progress
    assert _log(server) == [
        *_steps(server, media_id, appends=4, statuses=2),
        "POST /2/media/metadata",
        "POST /2/tweets",
    ]
    statuses = [e for e in server.log if e.op == Op.MEDIA_STATUS]
    created = next(e for e in server.log if e.op == Op.CREATE_POST)
    assert created.at >= statuses[-1].at == clock()  # posted at the moment X said it had succeeded
    stored = server.world.media_by_id(media_id)
    assert stored is not None and stored.alt_text == ALT and stored.data == ANIMATED_GIF.read_bytes()
    [posted] = [p for p in server.world.newest_first() if p.id == int(str(item.remote_id))]
    assert posted.media_keys == [stored.media_key] and stored.type == "animated_gif"
    assert _stages(progressed) == [
        ("uploading", 0),
        ("uploading", 25),
        ("uploading", 50),
        ("uploading", 76),  # 3 × 1024 of 4036 bytes
        ("uploading", 100),
        ("waiting", None),
        ("processing", 0),
    ]
    ledger = [c.op for c in Ledger(store).calls(ACCOUNT, since=clock().replace(year=2000))]
    assert ledger.count(pricing.Op.MEDIA_APPEND) == 4 and ledger.count(pricing.Op.MEDIA_STATUS) == 2


def test_a_short_video_waits_for_processing_then_goes(
    server: FakeXServer, store: Store, clock: ManualClock, backend: TweepyBackend
) -> None:
    video = media.inspect(SHORT_MP4)
    sender = _sender(store, backend, clock, chunk=4 * 1024 * 1024)  # X's chunk size: one segment
    sender.enqueue(ComposedPost(("One second of the new line.",), (video,)).payload())
    [item] = store.outbox.all(ACCOUNT)
    media_id = item.progress["upload"]["id"]
    for _ in range(5):
        clock.advance(1)
    [item] = store.outbox.all(ACCOUNT)
    assert item.state is OutboxState.SENT
    assert _log(server) == [*_steps(server, media_id, appends=1, statuses=2), "POST /2/tweets"]  # no alt text
    [posted] = [p for p in server.world.newest_first() if p.id == int(str(item.remote_id))]
    assert posted.media_keys == [f"7_{media_id}"]
    assert server.world.media_by_id(media_id).duration_ms == 1000  # type: ignore[union-attr]


def test_a_failed_processing_returns_the_post_to_the_drafts_with_xs_reason(
    server: FakeXServer, store: Store, clock: ManualClock, backend: TweepyBackend, tmp_path: Path
) -> None:
    # The header is whole (it passes the checks), the data was cut: X's processing fails it.
    clip = media.inspect(cut_short(tmp_path / "plant-tour.mp4"), "A walk through the plant")
    post = ComposedPost(("A tour of the plant, in one second.",), (clip,))
    sender = _sender(store, backend, clock)
    updates: list[OutboxUpdate] = []
    sender.changed.connect(updates.append)
    sender.enqueue(post.payload())
    clock.advance(1)
    clock.advance(60)  # nothing more happens
    [item] = store.outbox.all(ACCOUNT)
    assert item.state is OutboxState.FAILED
    assert item.last_error == (
        "X could not process plant-tour.mp4: Unsupported video format It is back in your drafts."
    )
    assert updates[-1].item.state is OutboxState.FAILED
    [draft] = store.drafts.all(ACCOUNT)  # nothing lost: the text, the file and its alt text
    assert item.draft_id == draft.id and draft.text == post.parts[0]
    assert [(m.path, m.mime_type, m.alt_text) for m in draft.media] == [(clip.path, "video/mp4", clip.alt_text)]
    assert Op.CREATE_POST not in [e.op for e in server.log]
    assert [e.op for e in server.log].count(Op.MEDIA_STATUS) == 1


class Crash(ProcessKilled):
    """The app dies here (the runner lets it through: nothing after it runs)."""


class CrashingBackend(TweepyBackend):
    """Dies right after X accepted segment `crash_after` (before the app could record it), once."""

    crash_after = 2
    crashed = False

    def media_append(self, media_id: str, segment_index: int, chunk: bytes) -> None:
        super().media_append(media_id, segment_index, chunk)
        if segment_index == self.crash_after and not self.crashed:
            self.crashed = True
            raise Crash


def _crashing(server: FakeXServer, store: Store, clock: ManualClock) -> CrashingBackend:
    return CrashingBackend(
        account=ACCOUNT,
        user_id=server.user_id,
        recorder=Ledger(store),
        api_base_url=server.base_url,
        tokens=StaticTokens(server.auth.oauth2_access_token),
        clock=clock,
        timeout=(5.0, 0.5),
    )


def test_a_crash_after_the_third_chunk_resumes_and_sends_nothing_twice(
    server: FakeXServer, store: Store, clock: ManualClock, backend: TweepyBackend
) -> None:
    payload = ComposedPost(("Six frames, one crash.",), (media.inspect(ANIMATED_GIF, ALT),)).payload()
    with pytest.raises(Crash):
        _sender(store, _crashing(server, store, clock), clock).enqueue(payload)
    [item] = store.outbox.all(ACCOUNT)
    assert item.state is OutboxState.SENDING and item.progress["upload"]["next"] == 2  # segment 2 went, unrecorded
    # The app starts again: the item may have reached X, but its media were not all up, so no read is needed.
    sender = _sender(store, backend, clock)
    sender.start()
    clock.advance(1)
    clock.advance(1)
    [item] = store.outbox.all(ACCOUNT)
    assert item.state is OutboxState.SENT
    media_id = item.progress["media_ids"][0]
    upload = f"POST /2/media/upload/{media_id}"
    assert _log(server) == [
        "POST /2/media/upload/initialize",  # once: the upload resumed
        f"{upload}/append",
        f"{upload}/append",
        f"{upload}/append",  # segment 2, whose answer the app never recorded...
        f"{upload}/append",  # ...sent again (X replaces it), then segment 3
        f"{upload}/append",
        f"{upload}/finalize",
        "GET /2/media/upload",
        "GET /2/media/upload",
        "POST /2/media/metadata",
        "POST /2/tweets",
    ]
    stored = server.world.media_by_id(media_id)
    assert stored is not None and stored.data == ANIMATED_GIF.read_bytes() and stored.alt_text == ALT
    assert len([p for p in server.world.newest_first() if p.source_text == "Six frames, one crash."]) == 1


def test_a_crash_while_x_processes_goes_on_with_the_same_upload(
    server: FakeXServer, store: Store, clock: ManualClock, backend: TweepyBackend
) -> None:
    _sender(store, backend, clock).enqueue(ComposedPost(("Still one upload.",), (media.inspect(SHORT_MP4),)).payload())
    [waiting] = store.outbox.all(ACCOUNT)
    assert waiting.state is OutboxState.SCHEDULED  # waiting for X's processing: a crash now leaves it so
    again = _sender(store, backend, clock)
    again.start()
    clock.advance(1)
    clock.advance(1)
    [item] = store.outbox.all(ACCOUNT)
    assert item.state is OutboxState.SENT
    ops = [e.op for e in server.log]
    assert ops.count(Op.MEDIA_INITIALIZE) == ops.count(Op.MEDIA_FINALIZE) == ops.count(Op.CREATE_POST) == 1


def test_a_file_changed_after_a_crash_is_uploaded_again_from_the_start(
    server: FakeXServer, store: Store, clock: ManualClock, backend: TweepyBackend, tmp_path: Path
) -> None:
    loop = copy(ANIMATED_GIF, tmp_path / "loop.gif")
    payload = ComposedPost(("Re-exported.",), (media.inspect(loop),)).payload()
    with pytest.raises(Crash):
        _sender(store, _crashing(server, store, clock), clock).enqueue(payload)
    loop.write_bytes(gif_bytes(64, 48, 12))  # the user exported it again meanwhile: its segments would not fit
    _sender(store, backend, clock).start()
    clock.advance(1)
    clock.advance(1)
    [item] = store.outbox.all(ACCOUNT)
    assert item.state is OutboxState.SENT
    assert [e.op for e in server.log].count(Op.MEDIA_INITIALIZE) == 2
    stored = server.world.media_by_id(item.progress["media_ids"][0])
    assert stored is not None and stored.data == loop.read_bytes()


def test_an_upload_x_lost_is_started_again_cleanly(
    server: FakeXServer, store: Store, clock: ManualClock, backend: TweepyBackend
) -> None:
    _sender(store, backend, clock).enqueue(ComposedPost(("Lost once.",), (media.inspect(SHORT_MP4),)).payload())
    [waiting] = store.outbox.all(ACCOUNT)
    first = waiting.progress["upload"]["id"]
    with server.lock:  # X forgets the upload (it expired while the laptop slept)
        server.world.media.pop(f"7_{first}")
    clock.advance(1)  # STATUS: 404, so the upload starts again...
    for _ in range(3):
        clock.advance(1)  # ...and is processed
    [item] = store.outbox.all(ACCOUNT)
    assert item.state is OutboxState.SENT and item.progress["media_ids"][0] != first
    assert [(e.op, e.status) for e in server.log if e.op in (Op.MEDIA_INITIALIZE, Op.MEDIA_STATUS)][:3] == [
        (Op.MEDIA_INITIALIZE, 200),
        (Op.MEDIA_STATUS, 404),
        (Op.MEDIA_INITIALIZE, 200),
    ]


def test_undo_while_x_processes_gives_everything_back(
    server: FakeXServer, store: Store, clock: ManualClock, backend: TweepyBackend
) -> None:
    sender = _sender(store, backend, clock)
    gif = media.inspect(ANIMATED_GIF, ALT)
    sender.enqueue(ComposedPost(("Never mind.",), (gif,)).payload())
    [item] = store.outbox.all(ACCOUNT)
    drafts: list[object] = []
    sender.cancel_to_draft(item.id, drafts.append)
    [draft] = store.drafts.all(ACCOUNT)
    assert drafts == [draft] and [(m.path, m.alt_text) for m in draft.media] == [(gif.path, ALT)]
    clock.advance(10)
    assert store.outbox.all(ACCOUNT) == [] and Op.CREATE_POST not in [e.op for e in server.log]


def test_the_stage_of_an_item_for_the_windows() -> None:
    payload = PostPayload(("",), (MediaRef("/v.mp4", "video", "video/mp4"),))
    assert media_stage(payload, {}) is None
    assert media_stage(payload, {"upload": {"index": 0, "percent": 40}}) == MediaStage("video", "uploading", 40, 1, 1)
    finalized = {"index": 0, "finalized_at": "2026-12-06T10:00:00+00:00"}
    assert media_stage(payload, {"upload": {**finalized, "state": "pending", "percent": None}}) == MediaStage(
        "video", "waiting", None, 1, 1
    )
    assert media_stage(payload, {"upload": {**finalized, "state": "in_progress", "percent": 70}}) == MediaStage(
        "video", "processing", 70, 1, 1
    )
    legacy = payload_from_json({"op": "post", "parts": [""], "media": [{"mime_type": "image/gif"}]})  # no kind: older
    assert media_stage(legacy, {"upload": {"index": 0}}) == MediaStage("gif", "uploading", 0, 1, 1)
