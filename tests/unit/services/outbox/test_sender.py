"""The outbox sender against the fake X server: undo window, retries, rate limits, uncertain sends, recovery."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from exec_desk.backends.tweepy.backend import TweepyBackend
from exec_desk.fakex import FakeXServer, Fault
from exec_desk.fakex.prices import Op
from exec_desk.services.clock import ManualClock
from exec_desk.services.outbox.sender import LOOK_AGAIN, OutboxSender, OutboxUpdate
from exec_desk.services.tasks import TaskRunner
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.records import OutboxItem, OutboxState
from exec_desk.storage.store import Store
from tests.support.fake_world import ACCOUNT, oauth2_backend
from tests.support.runners import DeferredRunner, ImmediateTaskRunner

RETWEETS = "/2/users/1000/retweets"


def fresh_post(server: FakeXServer) -> str:
    """A recent post by someone else that the user has not retweeted."""
    world = server.world
    for post_id in reversed(world.recent_originals()):
        post = world.get(post_id)
        if post is not None and post.author_id != world.user_id and (world.user_id, post_id) not in world.retweets:
            return str(post_id)
    raise AssertionError("no post to retweet")


class Harness:
    def __init__(self, store: Store, backend: TweepyBackend, clock: ManualClock) -> None:
        self.store = store
        self.clock = clock
        self.sender = OutboxSender(store, backend, ImmediateTaskRunner(), ACCOUNT, clock, clock.timer)
        self.updates: list[OutboxUpdate] = []
        self.sender.changed.connect(self.updates.append)
        self.items: list[OutboxItem] = []

    def retweet(self, post_id: str, delay: float = 0.0) -> OutboxItem:
        self.sender.enqueue(
            {"op": "retweet", "post_id": post_id},
            not_before=self.clock() + timedelta(seconds=delay),
            idempotency_key=f"retweet:{post_id}",
            on_done=self.items.append,
        )
        return self.items[-1]

    def state(self, item: OutboxItem) -> OutboxState:
        found = self.store.outbox.get(item.id)
        assert found is not None
        return found.state

    def states(self) -> list[OutboxState]:
        return [u.item.state for u in self.updates]


@pytest.fixture
def harness(store: Store, backend: TweepyBackend, clock: ManualClock) -> Harness:
    return Harness(store, backend, clock)


def posts_sent(server: FakeXServer) -> list[int]:
    return [e.status for e in server.log if e.method == "POST" and e.path == RETWEETS]


def test_waits_for_not_before_then_sends_once(harness: Harness, server: FakeXServer, ledger: Ledger) -> None:
    post_id = fresh_post(server)
    item = harness.retweet(post_id, delay=8)
    harness.clock.advance(7.9)
    assert posts_sent(server) == [] and harness.state(item) is OutboxState.SCHEDULED
    harness.clock.advance(0.1)
    assert posts_sent(server) == [200]
    assert harness.states() == [OutboxState.SENT]
    assert (server.world.user_id, int(post_id)) in server.world.retweets
    assert ledger.total(ACCOUNT, harness.clock() - timedelta(hours=1)) == 15_000
    harness.clock.advance(60)
    assert posts_sent(server) == [200]


def test_cancel_inside_the_window_sends_nothing(harness: Harness, server: FakeXServer) -> None:
    post_id = fresh_post(server)
    harness.retweet(post_id, delay=8)
    cancelled: list[bool] = []
    harness.clock.advance(3)
    harness.sender.cancel_key(f"retweet:{post_id}", cancelled.append)
    harness.clock.advance(30)
    assert cancelled == [True] and posts_sent(server) == [] and harness.store.outbox.all(ACCOUNT) == []


def test_a_wake_during_a_pass_that_found_nothing_is_not_lost(
    store: Store, backend: TweepyBackend, clock: ManualClock, server: FakeXServer
) -> None:
    """`exec-desk post` queues an item and nudges the running sender while a pass that looked before the item
    existed is still on its way: the nudge must bring a second look, not be dropped (the item would wait forever)."""
    runner = DeferredRunner()
    sender = OutboxSender(store, backend, runner, ACCOUNT, clock, clock.timer)
    sender.wake()
    look, report = runner.tasks.pop(0)
    found_nothing = look()  # the pass looks on the worker: nothing is due
    item = store.outbox.enqueue(ACCOUNT, {"op": "retweet", "post_id": fresh_post(server)}, now=clock())
    sender.wake()  # the nudge arrives while that pass has not reported yet
    assert report is not None and runner.tasks == []
    report(found_nothing)  # the pass reports on the GUI thread
    while runner.tasks:
        runner.run_next()
    assert (store.outbox.get(item.id) or item).state is OutboxState.SENT
    assert posts_sent(server) == [200]


def test_an_item_queued_by_another_process_without_a_nudge_goes_within_a_minute(
    harness: Harness, server: FakeXServer
) -> None:
    """`exec-desk post` queues into the store, then nudges the app; when the app is too busy to take the nudge,
    the idle sender still reads the store within `LOOK_AGAIN` and sends it (a read of the store, no call to X)."""
    harness.sender.start()  # nothing waits: the sender sleeps
    item = harness.store.outbox.enqueue(ACCOUNT, {"op": "retweet", "post_id": fresh_post(server)}, now=harness.clock())
    harness.clock.advance(LOOK_AGAIN.total_seconds() - 1)
    assert harness.state(item) is OutboxState.SCHEDULED and posts_sent(server) == []
    harness.clock.advance(1)
    assert harness.state(item) is OutboxState.SENT and posts_sent(server) == [200]
    calls = len(server.log)
    harness.clock.advance(10 * LOOK_AGAIN.total_seconds())  # idle looks read the store only
    assert len(server.log) == calls


def test_a_stopped_sender_drops_its_queued_steps_on_the_real_runner(
    qtbot: QtBot, store: Store, backend: TweepyBackend, clock: ManualClock, server: FakeXServer
) -> None:
    """The account closes while the sender has steps in its lane: the one running ends unheard, the rest are
    dropped by the runner (`forget`), and nothing goes to X."""
    runner = TaskRunner()
    sender = OutboxSender(store, backend, runner, ACCOUNT, clock, clock.timer)
    heard: list[OutboxItem] = []
    payload = {"op": "retweet", "post_id": fresh_post(server)}
    with qtbot.waitSignal(runner.idle, timeout=10_000):
        sender.enqueue(payload, idempotency_key="retweet:stop", on_done=heard.append)  # starts on a worker
        sender.wake()  # waits in the lane behind it
        sender.stop()
    assert heard == []  # the running step's callback was dropped
    assert [i.state for i in store.outbox.all(ACCOUNT)] == [OutboxState.SCHEDULED]  # kept for the next start
    assert posts_sent(server) == []
    assert runner.shutdown()


def test_the_same_idempotency_key_never_makes_a_second_item(harness: Harness, server: FakeXServer) -> None:
    post_id = fresh_post(server)
    first = harness.retweet(post_id)
    second = harness.retweet(post_id)
    assert second.id == first.id and second.state is OutboxState.SENT
    assert posts_sent(server) == [200]


@pytest.mark.parametrize("hold", [0.0, 3.0], ids=["connection-dropped", "read-timeout"])
def test_timeout_after_accept_is_verified_and_not_resent(harness: Harness, server: FakeXServer, hold: float) -> None:
    post_id = fresh_post(server)
    server.faults.add(Fault.TIMEOUT_AFTER_WRITE, path=RETWEETS, method="POST", hold=hold)
    item = harness.retweet(post_id)
    assert harness.states() == [OutboxState.UNCERTAIN, OutboxState.SENT]
    assert harness.updates[0].item.last_error is not None and "checking" in harness.updates[0].item.last_error
    done = harness.store.outbox.get(item.id)
    assert done is not None and done.state is OutboxState.SENT and done.attempts == 1
    assert done.remote_id == str(server.world.retweets[(server.world.user_id, int(post_id))])
    assert [(e.method, e.path) for e in server.log] == [("POST", RETWEETS), ("GET", "/2/users/1000/tweets")]
    harness.clock.advance(600)
    assert len(server.log) == 2


def test_timeout_before_x_applied_it_is_verified_then_resent_once(harness: Harness, server: FakeXServer) -> None:
    post_id = fresh_post(server)
    server.faults.add(Fault.TIMEOUT, path=RETWEETS, method="POST", hold=3.0)
    item = harness.retweet(post_id)
    assert harness.states() == [OutboxState.UNCERTAIN, OutboxState.SCHEDULED, OutboxState.SENT]
    assert posts_sent(server) == [0, 200]
    assert [e.op for e in server.log] == [Op.RETWEET, Op.OWN_POSTS, Op.RETWEET]
    assert harness.state(item) is OutboxState.SENT


def test_answers_lost_again_and_again_are_retried_with_the_back_off(harness: Harness, server: FakeXServer) -> None:
    """X takes the retweet and drops the connection three times, applying nothing. Each time the sender checks
    the user's posts (a paid read) before sending again: at once after the first lost answer, then only after
    the back-off (2 s, 4 s), not in a tight loop of sends and checks."""
    post_id = fresh_post(server)
    server.faults.add(Fault.TIMEOUT, path=RETWEETS, method="POST", hold=0.0, times=3)
    item = harness.retweet(post_id)
    assert posts_sent(server) == [0, 0]  # the second send followed the first check at once
    waiting = harness.store.outbox.get(item.id)
    assert waiting is not None and waiting.state is OutboxState.SCHEDULED and waiting.last_error is not None
    assert waiting.not_before == harness.clock() + timedelta(seconds=2)  # and it says when it tries again
    harness.clock.advance(1.9)
    assert posts_sent(server) == [0, 0]
    harness.clock.advance(0.1)
    assert posts_sent(server) == [0, 0, 0]
    harness.clock.advance(3.9)
    assert posts_sent(server) == [0, 0, 0]
    harness.clock.advance(0.1)
    assert posts_sent(server) == [0, 0, 0, 200] and harness.state(item) is OutboxState.SENT
    checks = [e for e in server.log if e.op == Op.OWN_POSTS]
    assert len(checks) == 3  # one check per lost answer
    assert (server.world.user_id, int(post_id)) in server.world.retweets


def test_server_error_then_success_with_backoff(harness: Harness, server: FakeXServer) -> None:
    post_id = fresh_post(server)
    server.faults.add(Fault.SERVER_ERROR, path=RETWEETS, method="POST", status=503)
    item = harness.retweet(post_id)
    assert posts_sent(server) == [503]
    waiting = harness.store.outbox.get(item.id)
    assert waiting is not None and waiting.state is OutboxState.SCHEDULED
    assert waiting.not_before == harness.clock() + timedelta(seconds=2)
    assert waiting.last_error is not None and "trying again" in waiting.last_error
    harness.clock.advance(1.9)
    assert posts_sent(server) == [503]
    harness.clock.advance(0.1)
    assert posts_sent(server) == [503, 200] and harness.state(item) is OutboxState.SENT


def test_gives_up_after_repeated_transient_failures_then_retry_works(harness: Harness, server: FakeXServer) -> None:
    post_id = fresh_post(server)
    server.faults.add(Fault.SERVER_ERROR, path=RETWEETS, method="POST", times=5)
    item = harness.retweet(post_id)
    harness.clock.advance(2 + 4 + 8 + 16)
    failed = harness.store.outbox.get(item.id)
    assert posts_sent(server) == [500] * 5
    assert failed is not None and failed.state is OutboxState.FAILED
    assert failed.last_error == "X did not answer after 5 tries. Try again later."
    harness.sender.retry(item.id)
    assert posts_sent(server) == [500] * 5 + [200] and harness.state(item) is OutboxState.SENT


def test_rate_limit_waits_for_the_reset_time(harness: Harness, server: FakeXServer) -> None:
    post_id = fresh_post(server)
    server.faults.add(Fault.RATE_LIMITED, path=RETWEETS, method="POST", retry_after=120)
    item = harness.retweet(post_id)
    waiting = harness.store.outbox.get(item.id)
    assert waiting is not None and waiting.state is OutboxState.SCHEDULED
    assert waiting.not_before == harness.clock() + timedelta(seconds=120)
    assert waiting.last_error is not None and waiting.last_error.startswith("X asks us to wait until ")
    harness.clock.advance(119)
    assert posts_sent(server) == [429]
    harness.clock.advance(1)
    assert posts_sent(server) == [429, 200] and harness.state(item) is OutboxState.SENT


def test_permanent_failure_has_a_plain_reason(harness: Harness, server: FakeXServer) -> None:
    item = harness.retweet("999")
    failed = harness.store.outbox.get(item.id)
    assert failed is not None and failed.state is OutboxState.FAILED
    assert failed.last_error == "That post no longer exists."
    assert posts_sent(server) == [404]
    harness.clock.advance(600)
    assert posts_sent(server) == [404]


def _interrupted(store: Store, clock: ManualClock, post_id: str) -> OutboxItem:
    store.outbox.enqueue(ACCOUNT, {"op": "retweet", "post_id": post_id}, now=clock(), idempotency_key="k")
    claimed = store.outbox.claim_due(clock(), account=ACCOUNT)  # the app stopped while this one was sending
    assert claimed is not None and claimed.state is OutboxState.SENDING
    return claimed


def test_start_checks_an_item_interrupted_after_x_applied_it(harness: Harness, server: FakeXServer) -> None:
    post_id = fresh_post(server)
    item = _interrupted(harness.store, harness.clock, post_id)
    server.world.retweet(server.world.user_id, int(post_id), harness.clock())
    harness.sender.start()
    assert harness.state(item) is OutboxState.SENT
    assert [e.op for e in server.log] == [Op.OWN_POSTS]


def test_start_resends_an_item_interrupted_before_x_saw_it(harness: Harness, server: FakeXServer) -> None:
    post_id = fresh_post(server)
    item = _interrupted(harness.store, harness.clock, post_id)
    harness.sender.start()
    assert harness.state(item) is OutboxState.SENT
    assert [e.op for e in server.log] == [Op.OWN_POSTS, Op.RETWEET]


def test_verification_failure_is_retried_later(harness: Harness, server: FakeXServer) -> None:
    post_id = fresh_post(server)
    item = _interrupted(harness.store, harness.clock, post_id)
    server.faults.add(Fault.SERVER_ERROR, path="/2/users/1000/tweets")
    harness.sender.start()
    assert harness.state(item) is OutboxState.UNCERTAIN and posts_sent(server) == []
    harness.clock.advance(2)
    assert harness.state(item) is OutboxState.SENT
    own = "GET /2/users/1000/tweets"
    assert server.log.paths() == [own, own, f"POST {RETWEETS}"]


def test_a_post_operation_plugs_in(harness: Harness, server: FakeXServer) -> None:
    harness.sender.enqueue({"op": "post", "text": "Hello from the outbox"}, idempotency_key="p1")
    assert harness.states() == [OutboxState.SENT]
    remote = harness.updates[0].item.remote_id
    assert remote is not None and server.world.get(int(remote)) is not None


def test_a_refresh_refused_for_good_holds_the_outbox_until_the_next_sign_in(
    store: Store, server: FakeXServer, clock: ManualClock, ledger: Ledger
) -> None:
    """X refuses the refresh token (spent or revoked): one `held`, every item kept (none fails, none goes back
    to the drafts); a sender with the new sign-in's backend sends them all, once each."""
    from exec_desk.backends.oauth.tokens import TokenManager, TokenSet
    from tests.support.credentials import MemoryCredentialStore

    credentials = MemoryCredentialStore()
    tokens = TokenManager(
        credentials, ACCOUNT, server.auth.client_id, server.base_url, clock=lambda: clock().timestamp()
    )
    tokens.save(TokenSet(server.auth.oauth2_access_token, server.auth.oauth2_refresh_token, clock().timestamp() + 3600))
    signed_in = oauth2_backend(server, ledger, clock, ACCOUNT, tokens=tokens)
    sender = OutboxSender(store, signed_in, ImmediateTaskRunner(), ACCOUNT, clock, clock.timer)
    held: list[BaseException] = []
    updates: list[OutboxUpdate] = []
    sender.held.connect(held.append)
    sender.changed.connect(updates.append)
    server.auth.revoke_all()  # the user revoked the app at x.com, or the refresh token was spent elsewhere
    first = fresh_post(server)
    sender.enqueue({"op": "retweet", "post_id": first}, idempotency_key="rt-1")
    sender.enqueue({"op": "post", "parts": ["Kept while signed out"]}, idempotency_key="post-1")
    clock.advance(60)
    assert len(held) == 1 and type(held[0]).__name__ == "AuthRevoked"
    items = store.outbox.all(ACCOUNT)
    assert [i.state for i in items] == [OutboxState.SCHEDULED, OutboxState.SCHEDULED]
    assert items[0].last_error == "Kept until you sign in to X again; it is sent then."
    assert store.drafts.all(ACCOUNT) == []  # nothing went back to the drafts: nothing failed
    tried = [e for e in server.log if e.method in ("POST", "DELETE") and e.path.startswith("/2/")]
    assert len([e for e in tried if e.path == RETWEETS]) == 1 and not [e for e in tried if e.path == "/2/tweets"]
    assert [u.item.state for u in updates] == [OutboxState.SCHEDULED]
    assert sender.held_by is held[0]

    # The user signs in again: the app builds the account's sender anew with the new tokens.
    fresh = OutboxSender(
        store,
        oauth2_backend(server, ledger, clock, ACCOUNT, tokens=_new_sign_in(server)),
        ImmediateTaskRunner(),
        ACCOUNT,
        clock,
        clock.timer,
    )
    fresh.start()
    assert [i.state for i in store.outbox.all(ACCOUNT)] == [OutboxState.SENT, OutboxState.SENT]
    assert (server.world.user_id, int(first)) in server.world.retweets
    assert [p.text for p in server.world.posts.values() if p.text == "Kept while signed out"] == [
        "Kept while signed out"
    ]


def _new_sign_in(server: FakeXServer) -> object:
    """Tokens of a new sign-in (the fake issues a fresh access token, as a new PKCE sign-in would)."""
    from exec_desk.services.demo import StaticTokens

    return StaticTokens(server.auth.issue_access_token())


@pytest.mark.parametrize("where", ["claim", "record"])
def test_a_failed_store_step_delays_and_never_stalls_the_outbox(
    store: Store,
    backend: TweepyBackend,
    server: FakeXServer,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
) -> None:
    """The disk is full for a moment: the step fails, the sender says so once, looks again after a back-off on
    its own (nothing else wakes it) and sends every post once."""
    import sqlite3

    sender = OutboxSender(store, backend, ImmediateTaskRunner(), ACCOUNT, clock, clock.timer)
    troubles: list[BaseException | None] = []
    sender.trouble.connect(troubles.append)
    target = (store.outbox, "claim_due") if where == "claim" else (store.outbox, "update")
    real = getattr(*target)
    failures = {"left": 2}

    def full_disk(*args: object, **kwargs: object) -> object:
        if failures["left"]:
            failures["left"] -= 1
            raise sqlite3.OperationalError("database or disk is full")
        return real(*args, **kwargs)

    due = clock() + timedelta(seconds=1)
    for n in range(4):
        payload = {"op": "post", "parts": [f"Post {n} while the disk fills up"]}
        sender.enqueue(payload, idempotency_key=f"disk-{n}", not_before=due)
    monkeypatch.setattr(*target, full_disk)
    clock.advance(1)
    assert [type(t).__name__ for t in troubles] == ["OperationalError"]  # said once
    clock.advance(2)  # the first back-off
    clock.advance(4)  # the second
    clock.advance(30)
    assert troubles[-1] is None  # working again, and said so
    assert [i.state for i in store.outbox.all(ACCOUNT)] == [OutboxState.SENT] * 4
    texts = [p.text for p in server.world.posts.values() if p.text.endswith("while the disk fills up")]
    assert sorted(texts) == [f"Post {n} while the disk fills up" for n in range(4)]  # each once


def test_an_uncertain_post_is_found_however_many_posts_went_out_before_it_was_checked(
    harness: Harness, server: FakeXServer
) -> None:
    """Found by the soak (benchmarks/soak.py): a post that landed as the app died, checked only after a dozen
    other posts went out (its check had failed once), was out of the latest ten: sent again, refused as a
    duplicate, and reported failed though it was on X. It is looked for among the posts made since it was queued."""
    store, clock, world = harness.store, harness.clock, server.world
    text = "The Lyon plant opens in March; thank you all."
    store.outbox.enqueue(ACCOUNT, {"op": "post", "parts": [text]}, now=clock())
    assert store.outbox.claim_due(clock(), account=ACCOUNT) is not None  # the app died while sending it...
    landed = world.add_post(world.user_id, text, at=clock() + timedelta(seconds=1))  # ...once X had made it
    for n in range(12):
        world.add_post(world.user_id, f"Later note {n} to the team.", at=clock() + timedelta(seconds=2 + n))
    clock.advance(30)
    harness.sender.start()
    [item] = store.outbox.all(ACCOUNT)
    assert (item.state, item.remote_id) == (OutboxState.SENT, landed.sid)
    assert [e.op for e in server.log] == [Op.OWN_POSTS]  # one read, nothing sent again


def test_a_snowflake_made_from_a_time_reads_back_as_that_time() -> None:
    from datetime import UTC, datetime

    from exec_desk.core.snowflake import snowflake_at, snowflake_time

    moment = datetime(2026, 11, 26, 9, 30, 12, 345000, tzinfo=UTC)
    assert snowflake_time(snowflake_at(moment)) == moment
    assert int(snowflake_at(moment)) < int(snowflake_at(moment.replace(microsecond=346000)))
