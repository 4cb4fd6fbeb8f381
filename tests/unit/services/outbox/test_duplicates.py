"""Duplicates (issue 11, point 7): a repeat of a post sent or queued from this profile is refused when it is
queued, saying where the earlier one is; and X's duplicate refusal is never reported as a send of a second item.

Before: the same text queued twice ended with both items 'sent' with one remote id, though one post existed.
"""

from __future__ import annotations

from datetime import timedelta

from exec_desk.backends.tweepy.backend import TweepyBackend
from exec_desk.fakex import FakeXServer, Fault
from exec_desk.fakex.prices import Op
from exec_desk.services.clock import ManualClock
from exec_desk.services.outbox.duplicates import WINDOW, Duplicate, DuplicatePost, find_duplicate
from exec_desk.services.outbox.post import DUPLICATE
from exec_desk.services.outbox.sender import OutboxSender
from exec_desk.storage.records import OutboxState
from exec_desk.storage.store import Store
from tests.support.fake_world import ACCOUNT
from tests.support.runners import ImmediateTaskRunner

TEXT = "Thank you, Lyon team: the plant opens in March."
TWEETS = "/2/tweets"


def _created(server: FakeXServer) -> list[int]:
    return [e.status for e in server.log if e.op == Op.CREATE_POST]


def _mine(server: FakeXServer) -> list[str]:
    world = server.world
    return [p.source_text for p in world.newest_first() if p.author_id == world.user_id and p.source_text == TEXT]


def test_the_same_text_queued_twice_is_sent_once_and_the_second_is_not_reported_sent(
    store: Store, backend: TweepyBackend, clock: ManualClock, server: FakeXServer
) -> None:
    """Queued twice behind the queue-time check's back (an older version, another profile's tool): X refuses
    the second as a duplicate; finding the first one's post must not make the second 'sent' with its id."""
    first = store.outbox.enqueue(ACCOUNT, {"op": "post", "parts": [TEXT]}, now=clock())
    second = store.outbox.enqueue(ACCOUNT, {"op": "post", "parts": [TEXT]}, now=clock())
    OutboxSender(store, backend, ImmediateTaskRunner(), ACCOUNT, clock, clock.timer).wake()
    done, refused = store.outbox.get(first.id), store.outbox.get(second.id)
    assert done is not None and refused is not None
    assert done.state is OutboxState.SENT and done.remote_id is not None
    assert refused.state is OutboxState.FAILED and refused.remote_id is None
    assert refused.last_error is not None and refused.last_error.startswith(DUPLICATE)
    assert [d.text for d in store.drafts.all(ACCOUNT)] == [TEXT]  # back in the drafts, to be edited
    assert _created(server) == [201, 403] and _mine(server) == [TEXT]


def test_after_an_uncertain_send_its_own_post_is_found_and_the_repeat_still_fails(
    store: Store, backend: TweepyBackend, clock: ManualClock, server: FakeXServer
) -> None:
    """The real protection stays: a send that timed out after X applied it is found among the user's posts and
    recorded once; the second item with the same text is not given that post."""
    server.faults.add(Fault.TIMEOUT_AFTER_WRITE, path=TWEETS, method="POST", hold=3.0)  # past the read timeout
    first = store.outbox.enqueue(ACCOUNT, {"op": "post", "parts": [TEXT]}, now=clock())
    second = store.outbox.enqueue(ACCOUNT, {"op": "post", "parts": [TEXT]}, now=clock())
    OutboxSender(store, backend, ImmediateTaskRunner(), ACCOUNT, clock, clock.timer).wake()
    clock.advance(60)
    done, refused = store.outbox.get(first.id), store.outbox.get(second.id)
    assert done is not None and refused is not None
    [posted] = [p for p in server.world.newest_first() if p.source_text == TEXT]
    assert (done.state, done.remote_id) == (OutboxState.SENT, posted.sid)
    assert refused.state is OutboxState.FAILED and refused.remote_id is None
    assert _mine(server) == [TEXT]


# -- refused at queue time -----------------------------------------------------------------------------------------
def test_a_repeat_of_a_waiting_post_says_when_it_goes(store: Store, clock: ManualClock) -> None:
    later = clock() + timedelta(minutes=10)
    item = store.outbox.enqueue(ACCOUNT, {"op": "post", "parts": [TEXT]}, now=clock(), not_before=later)
    found = find_duplicate(store, ACCOUNT, [f"  {TEXT}\n"], clock())  # spaces around it change nothing
    assert found == Duplicate(item.id, 1, 1, None, later) and found.url is None
    assert "already in your outbox, to be sent at 09:40" in found.words("09:40")


def test_a_repeat_of_a_sent_post_links_to_it(store: Store, clock: ManualClock) -> None:
    item = store.outbox.enqueue(ACCOUNT, {"op": "post", "parts": [TEXT]}, now=clock())
    store.outbox.update(item.id, OutboxState.SENT, now=clock(), remote_id="1890", progress={"sent": ["1890"]})
    again = TEXT.replace(" the", "\n\nthe")  # the same words, other whitespace
    found = find_duplicate(store, ACCOUNT, [again], clock() + timedelta(days=1))
    assert found is not None and found.post_id == "1890"
    assert found.url == "https://x.com/i/web/status/1890"
    assert str(DuplicatePost(found)).startswith("You already posted this text (https://x.com/i/web/status/1890).")


def test_a_thread_part_that_repeats_a_sent_part_is_named(store: Store, clock: ManualClock) -> None:
    parts = ["Our plan, in three posts. 1/3", "Hiring is on track. 2/3", "Thank you all. 3/3"]
    item = store.outbox.enqueue(ACCOUNT, {"op": "post", "parts": parts}, now=clock())
    store.outbox.update(item.id, OutboxState.FAILED, now=clock(), progress={"sent": ["71", "72"]})
    found = find_duplicate(store, ACCOUNT, ["A new start.", "Hiring is on track. 2/3"], clock())
    assert found is not None and (found.part, found.parts, found.post_id) == (2, 2, "72")
    assert "Part 2 repeats one of your posts" in found.words("")
    # What a failed item never sent is no repeat (it is back in the drafts, to be sent again).
    assert find_duplicate(store, ACCOUNT, ["Thank you all. 3/3"], clock()) is None


def test_no_repeat_across_accounts_outside_the_window_or_for_a_picture_alone(store: Store, clock: ManualClock) -> None:
    item = store.outbox.enqueue(ACCOUNT, {"op": "post", "parts": [TEXT]}, now=clock())
    store.outbox.update(item.id, OutboxState.SENT, now=clock(), remote_id="9")
    assert find_duplicate(store, ACCOUNT, [TEXT], clock() + WINDOW - timedelta(minutes=1)) is not None
    assert find_duplicate(store, ACCOUNT, [TEXT], clock() + WINDOW + timedelta(minutes=1)) is None
    assert find_duplicate(store, "someone-else", [TEXT], clock()) is None
    assert find_duplicate(store, ACCOUNT, [""], clock()) is None
    retweet = store.outbox.enqueue(ACCOUNT, {"op": "retweet", "post_id": TEXT}, now=clock())
    assert retweet.id and find_duplicate(store, ACCOUNT, ["Something else entirely."], clock()) is None
