"""The lease of an outbox item in flight (issue 11, point 1): recovery takes over only an item whose owner is gone.

A second process holds an item: a real child process whose pid and start time are written as the lease's owner.
While it lives, the sender's recovery leaves the item alone (and looks again every minute); once it is dead the
item is taken over exactly once, checked on X, and sent once (or found, when the other process had posted it).
"""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from exec_desk.backends.tweepy.backend import TweepyBackend
from exec_desk.core.models import Post
from exec_desk.fakex import FakeXServer
from exec_desk.fakex.prices import Op
from exec_desk.services.clock import ManualClock
from exec_desk.services.outbox.lease import RECHECK, STALE_AFTER, Lease, Owner, in_flight, this_process
from exec_desk.services.outbox.sender import OutboxSender
from exec_desk.storage.records import OutboxItem, OutboxState
from exec_desk.storage.store import Store
from tests.support.fake_world import ACCOUNT
from tests.support.runners import ImmediateTaskRunner

TEXT = "The Lyon plant opens in March."


def _start_time(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19])


@pytest.fixture
def other_process() -> Iterator[subprocess.Popen[bytes]]:
    """A live process (it waits for its standard input to close): the owner of a lease."""
    proc = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    yield proc
    if proc.poll() is None:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(10)


def _end(proc: subprocess.Popen[bytes]) -> None:
    assert proc.stdin is not None
    proc.stdin.close()
    assert proc.wait(10) == 0


def _leased(store: Store, clock: ManualClock, owner: Owner) -> OutboxItem:
    """A post that `owner` claimed and is sending (as another process's sender would have)."""
    store.outbox.enqueue(ACCOUNT, {"op": "post", "parts": [TEXT]}, now=clock())
    item = store.outbox.claim_due(clock(), account=ACCOUNT, owner=owner.dumps())
    assert item is not None and item.state is OutboxState.SENDING and item.lease_owner == owner.dumps()
    return item


def _posted(server: FakeXServer) -> list[str]:
    world = server.world
    return [p.source_text for p in world.newest_first() if p.author_id == world.user_id and p.source_text == TEXT]


def _ops(server: FakeXServer) -> list[Op | None]:
    return [e.op for e in server.log]


def _state(store: Store, item: OutboxItem) -> OutboxState:
    found = store.outbox.get(item.id)
    assert found is not None
    return found.state


def _sender(store: Store, backend: Any, clock: ManualClock, lease: Lease | None = None) -> OutboxSender:
    return OutboxSender(store, backend, ImmediateTaskRunner(), ACCOUNT, clock, clock.timer, lease=lease)


def test_a_live_owner_keeps_its_item_and_a_dead_one_is_taken_over_once(
    store: Store, backend: TweepyBackend, clock: ManualClock, server: FakeXServer, other_process: Any
) -> None:
    me = this_process()
    owner = Owner(me.host, me.boot, other_process.pid, _start_time(other_process.pid))
    item = _leased(store, clock, owner)
    sender = _sender(store, backend, clock)
    sender.start()
    assert _state(store, item) is OutboxState.SENDING and _ops(server) == []  # not checked, not sent: it is held
    clock.advance(RECHECK.total_seconds())  # the sender looks again every minute...
    clock.advance(RECHECK.total_seconds())
    assert _state(store, item) is OutboxState.SENDING and _ops(server) == []  # ...and leaves it while it lives
    _end(other_process)
    clock.advance(RECHECK.total_seconds())  # its owner is gone: taken over, checked on X, sent
    assert _state(store, item) is OutboxState.SENT
    assert _ops(server) == [Op.OWN_POSTS, Op.CREATE_POST] and _posted(server) == [TEXT]
    sender.stop()
    again = _sender(store, backend, clock)  # a later start finds nothing to take over
    again.start()
    clock.advance(600)
    assert _ops(server) == [Op.OWN_POSTS, Op.CREATE_POST] and _posted(server) == [TEXT]


def test_what_the_dead_owner_had_posted_is_found_not_sent_again(
    store: Store, backend: TweepyBackend, clock: ManualClock, server: FakeXServer, other_process: Any
) -> None:
    me = this_process()
    item = _leased(store, clock, Owner(me.host, me.boot, other_process.pid, _start_time(other_process.pid)))
    landed = server.world.add_post(server.world.user_id, TEXT, at=clock() + timedelta(seconds=1))  # its request
    clock.advance(2)
    _end(other_process)  # ...then it was killed before it could record the answer
    _sender(store, backend, clock).start()
    done = store.outbox.get(item.id)
    assert done is not None and (done.state, done.remote_id) == (OutboxState.SENT, landed.sid)
    assert _ops(server) == [Op.OWN_POSTS] and _posted(server) == [TEXT]


def test_a_reused_pid_is_not_taken_for_the_owner(
    store: Store, backend: TweepyBackend, clock: ManualClock, server: FakeXServer, other_process: Any
) -> None:
    """The owner's pid now belongs to a process started at another moment: the owner is gone."""
    me = this_process()
    item = _leased(store, clock, Owner(me.host, me.boot, other_process.pid, _start_time(other_process.pid) - 1))
    _sender(store, backend, clock).start()
    assert _state(store, item) is OutboxState.SENT and _posted(server) == [TEXT]


def test_an_owner_on_another_host_is_gone_only_once_its_heartbeat_is_stale(
    store: Store, backend: TweepyBackend, clock: ManualClock, server: FakeXServer
) -> None:
    item = _leased(store, clock, Owner("laptop-of-the-ceo", "another-boot", 4242, 1))
    sender = _sender(store, backend, clock)
    sender.start()
    clock.advance(STALE_AFTER.total_seconds() - 1)
    assert _state(store, item) is OutboxState.SENDING and _ops(server) == []
    clock.advance(2 * RECHECK.total_seconds())  # the heartbeat is older than the bound at the next look
    assert _state(store, item) is OutboxState.SENT and _posted(server) == [TEXT]


def test_an_item_without_a_lease_or_after_a_reboot_is_taken_over(
    store: Store, backend: TweepyBackend, clock: ManualClock, server: FakeXServer
) -> None:
    me = this_process()
    item = _leased(store, clock, Owner(me.host, "a-boot-before-this-one", me.pid, me.start))
    assert Lease().gone(item, store, clock()) is True
    with store.transaction() as conn:  # no lease at all, as a database from before leases has it...
        conn.execute("UPDATE outbox SET lease_owner = NULL, lease_heartbeat = NULL")
    assert Lease().gone(store.outbox.get(item.id) or item, store, clock()) is True  # ...taken over, as before
    _sender(store, backend, clock).start()
    assert _state(store, item) is OutboxState.SENT and _posted(server) == [TEXT]


class _SlowBackend:
    """The real backend, but its post waits inside the step: the test looks at the lease meanwhile."""

    def __init__(self, backend: TweepyBackend, during: Any) -> None:
        self._backend, self._during = backend, during

    def create_post(self, *args: Any, **kwargs: Any) -> Post:
        self._during()
        return self._backend.create_post(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._backend, name)


def test_a_long_step_renews_its_heartbeat_and_is_never_taken_over_meanwhile(
    store: Store, backend: TweepyBackend, clock: ManualClock, server: FakeXServer
) -> None:
    renewed = threading.Event()
    renew = store.outbox.renew_lease

    def spy(item_id: int, owner: str, now: Any) -> bool:
        kept = renew(item_id, owner, now)
        renewed.set()
        return kept

    store.outbox.renew_lease = spy  # type: ignore[method-assign]
    seen: list[OutboxItem] = []

    def during() -> None:  # the step takes long (an upload of minutes): the clock moves while it runs
        [item] = store.outbox.all(ACCOUNT, states=[OutboxState.SENDING])
        clock.jump(STALE_AFTER.total_seconds() + 60)
        renewed.clear()
        assert renewed.wait(10), "no heartbeat while the step ran"
        beat = store.outbox.get(item.id)
        assert beat is not None and beat.lease_heartbeat == clock()
        assert in_flight(store, item.id)
        # Another sender of this process starts (an account reopened), and another process on another host:
        # neither takes the item over while it is on its way.
        assert Lease().recover(store, ACCOUNT, clock()) == ([], True)
        far = Lease(me=Owner("another-host", "b", 1, 1))
        assert far.gone(beat, store, clock()) is False
        seen.append(beat)

    lease = Lease(heartbeat_every=timedelta(milliseconds=5))
    sender = _sender(store, _SlowBackend(backend, during), clock, lease)
    sender.enqueue({"op": "post", "parts": [TEXT]})
    [done] = store.outbox.all(ACCOUNT)
    assert (
        len(seen) == 1 and done.state is OutboxState.SENT and (done.lease_owner, done.lease_heartbeat) == (None, None)
    )
    assert not in_flight(store, done.id) and _posted(server) == [TEXT]


def test_a_step_whose_lease_was_taken_over_records_nothing(
    store: Store, backend: TweepyBackend, clock: ManualClock, server: FakeXServer, caplog: pytest.LogCaptureFixture
) -> None:
    """A process judged gone (another host, its heartbeat stale) finishes its step after all: it does not record
    the outcome over the process that took the item over; the item, uncertain, is checked (its sent part is in its
    progress, saved as it went) and never sent twice."""

    def during() -> None:
        [item] = store.outbox.all(ACCOUNT, states=[OutboxState.SENDING])
        with store.transaction() as conn:  # taken over by another process meanwhile
            conn.execute("UPDATE outbox SET state = 'uncertain', lease_owner = NULL WHERE id = ?", (item.id,))

    sender = _sender(store, _SlowBackend(backend, during), clock)
    sender.enqueue({"op": "post", "parts": [TEXT]})
    assert "was taken over while it was being sent; not recorded here" in caplog.text
    _sender(store, backend, clock).start()  # the taker checks it: found, not sent again
    clock.advance(600)
    [done] = store.outbox.all(ACCOUNT)
    assert done.state is OutboxState.SENT and _posted(server) == [TEXT]
    assert [e.op for e in server.log].count(Op.CREATE_POST) == 1
