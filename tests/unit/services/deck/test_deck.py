"""The approval deck read and decided (issue 14, point 2): proposals of each form, a partial file, a conflicted
copy, decisions written beside the proposals (the team's files untouched), the audit log, the post followed in the
outbox until it is sent, a folder that goes offline, and a held proposal."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from exec_desk.core.disclosure import parse_period
from exec_desk.core.payloads import PostPayload
from exec_desk.services.deck.deck import AlreadyDecided, DeckError, Held
from exec_desk.services.deck.rules import DeckRules
from exec_desk.storage.records import OutboxState
from exec_desk.storage.store import Store
from tests.support.factories import ACCOUNT

from .conftest import NOW, Clock, MakeDeck, drop

POST = "---\nkind: post\nby: Claire\n---\nWe launched Atlas today. Thank you, team!\n"
THREAD = '{"kind": "thread", "by": "Malik", "parts": ["Our Q3 in two posts.", "Thank you all."]}'
RETWEET = "---\nkind: retweet\nby: Claire\nurl: https://x.com/acme/status/1860000000000000042\n---\nOur CTO's talk"


def events(store: Store) -> list[tuple[str, str, str]]:
    return [(e.event, e.proposal, e.actor) for e in store.audit.entries()]


def test_proposals_of_each_form_are_read_and_each_is_proposed_once(
    make_deck: MakeDeck, folder: Path, store: Store
) -> None:
    drop(folder, "launch.md", POST)
    drop(folder, "q3.json", THREAD)
    drop(folder, "talk.md", RETWEET)
    deck = make_deck()
    snapshot = deck.read()
    assert snapshot.online is True and [e.id for e in snapshot.pending] == ["launch", "q3", "talk"]
    launch, q3, talk = snapshot.pending
    assert (launch.proposal.kind, launch.proposal.by, launch.cost_micro) == ("post", "Claire", 15_000)
    assert q3.proposal.parts == ("Our Q3 in two posts.", "Thank you all.") and q3.cost_micro == 30_000
    assert talk.proposal.post_id == "1860000000000000042" and talk.cost_micro == 15_000
    deck.read()  # again: nothing proposed twice
    assert events(store) == [
        ("proposed", "launch", "Claire"),
        ("proposed", "q3", "Malik"),
        ("proposed", "talk", "Claire"),
    ]
    assert snapshot.to_json()["proposals"][0]["estimated_cost_usd"] == 0.015


def test_a_partial_file_waits_and_a_whole_one_is_taken(make_deck: MakeDeck, folder: Path, clock: Clock) -> None:
    drop(folder, "cut.md", "---\nkind: post\nby: Cla")  # the sync tool stopped mid-file
    drop(folder, "fresh.md", POST, age=timedelta(seconds=0))  # written this very moment
    deck = make_deck()
    snapshot = deck.read()
    assert snapshot.pending == []
    reasons = {u.file: str(u.reason) for u in snapshot.unreadable}
    assert "not closed by a line of ---" in reasons["cut.md"]
    assert "still arriving" in reasons["fresh.md"]
    drop(folder, "cut.md", POST)  # the rest arrived
    clock.now += timedelta(seconds=5)
    assert sorted(e.id for e in deck.read().pending) == ["cut", "fresh"]


def test_a_conflicted_copy_is_a_proposal_of_its_own_flagged(make_deck: MakeDeck, folder: Path) -> None:
    drop(folder, "launch.md", POST)
    drop(folder, "launch (conflicted copy 2026-12-01).md", POST.replace("Thank you, team!", "Thanks all!"))
    drop(folder, "launch.sync-conflict-20261201-101530-ABCDEFG.md", POST.replace("team", "everyone"))
    entries = {e.id: e for e in make_deck().read().pending}
    assert entries["launch"].conflict_of is None
    assert entries["launch (conflicted copy 2026-12-01)"].conflict_of == "launch"
    assert entries["launch.sync-conflict-20261201-101530-ABCDEFG"].conflict_of == "launch"


def test_approve_reject_and_edit_write_decisions_beside_and_log_them(
    make_deck: MakeDeck, folder: Path, store: Store, clock: Clock
) -> None:
    team = {name: drop(folder, name, text).read_bytes() for name, text in
            (("launch.md", POST), ("q3.json", THREAD), ("talk.md", RETWEET))}  # fmt: skip
    deck = make_deck()
    deck.read()
    deck.approve("launch")
    deck.reject("q3", "Not before the board meets")
    deck.edit("talk")
    with pytest.raises(AlreadyDecided):
        deck.approve("launch")
    deck.write_decisions()
    launch = json.loads((folder / "launch.decision.json").read_text())
    assert launch == {
        "proposal": "launch.md", "decision": "approved", "by": "@boss", "when": "2026-11-26T09:30:00+00:00",
        "reason": None, "outbox": "waiting", "post_id": None, "post_ids": [], "link": None, "sent_at": None,
    }  # fmt: skip
    q3 = json.loads((folder / "q3.decision.json").read_text())
    assert (q3["decision"], q3["reason"], q3["outbox"]) == ("rejected", "Not before the board meets", None)
    assert json.loads((folder / "talk.decision.json").read_text())["decision"] == "edited"
    [item] = store.outbox.all(ACCOUNT)
    assert isinstance(item.payload, PostPayload)
    assert item.payload.parts == ("We launched Atlas today. Thank you, team!",)
    assert item.not_before == NOW + timedelta(minutes=10)  # the cool-off
    assert [(e.event, e.proposal, e.actor, e.reason) for e in store.audit.entries()][3:] == [
        ("approved", "launch", "@boss", ""),
        ("rejected", "q3", "@boss", "Not before the board meets"),
        ("edited", "talk", "@boss", ""),
    ]
    assert {n: (folder / n).read_bytes() for n in team} == team  # the team's files are never changed
    assert make_deck().read().pending == []

    # The outbox sends it: the decision file gets the post's id and link, the audit log says "sent".
    store.outbox.claim_due(NOW + timedelta(minutes=11))
    store.outbox.update(item.id, OutboxState.SENT, now=NOW + timedelta(minutes=11), remote_id="1861")
    clock.now += timedelta(minutes=12)
    deck.read()
    launch = json.loads((folder / "launch.decision.json").read_text())
    assert (launch["outbox"], launch["post_id"], launch["link"]) == ("sent", "1861", "https://x.com/i/web/status/1861")
    assert store.audit.entries()[-1].event == "sent" and store.audit.entries()[-1].post_id == "1861"


def test_an_offline_folder_keeps_what_was_read_and_decisions_wait_for_it(
    make_deck: MakeDeck, folder: Path, tmp_path: Path, store: Store
) -> None:
    drop(folder, "launch.md", POST)
    make_deck().read()
    folder.rename(tmp_path / "unmounted")
    deck = make_deck()
    snapshot = deck.read()
    assert snapshot.online is False and "cannot be read" in str(snapshot.notices[0])
    assert [e.id for e in snapshot.pending] == ["launch"]  # what was read before
    deck.reject("launch", "Later")
    assert not (tmp_path / "unmounted" / "launch.decision.json").exists()
    (tmp_path / "unmounted").rename(folder)
    deck.read()
    assert json.loads((folder / "launch.decision.json").read_text())["decision"] == "rejected"
    assert [e.event for e in store.audit.entries()] == ["proposed", "rejected"]


def test_a_held_proposal_needs_the_press_release_first(make_deck: MakeDeck, folder: Path, store: Store) -> None:
    quiet = DeckRules(periods=(parse_period("2026-11-01..2026-11-30 Q3"),), words=("results",))
    drop(folder, "q3.md", "---\nkind: post\n---\nOur Q3 results are out: https://ir.acme.com/q3")
    deck = make_deck(quiet)
    [entry] = deck.read().pending
    assert entry.hold is not None and entry.hold.words == ("results",)
    with pytest.raises(Held):
        deck.approve("q3")
    with pytest.raises(DeckError, match="first post"):
        deck.approve("q3", press_release="https://ir.acme.com/other")
    deck.approve("q3", press_release="https://ir.acme.com/q3")
    confirmed = store.audit.entries()[-1]
    assert (confirmed.event, confirmed.link, confirmed.detail["words"]) == (
        "confirmed",
        "https://ir.acme.com/q3",
        ["results"],
    )
