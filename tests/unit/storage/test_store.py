from __future__ import annotations

import sqlite3
import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from exec_desk.core.models import Media
from exec_desk.storage.records import DraftMedia, Group, OutboxState, SourceKind
from exec_desk.storage.store import Store
from tests.support.factories import ACCOUNT, T0, make_account, make_page, make_post, make_user

LATER = T0 + timedelta(minutes=5)


def test_file_store_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    with Store(tmp_path / "db.sqlite3") as store, store.transaction() as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.recovered_from is None


def test_data_persists_across_reopen(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "db.sqlite3"
    with Store(path) as store:
        store.accounts.add(make_account())
        store.posts.upsert_page(ACCOUNT, make_page([make_post("1")]), T0)
    with Store(path) as store:
        assert store.posts.get(ACCOUNT, "1") == make_post("1")


def test_accounts_add_get_all_update_remove(store: Store) -> None:
    store.accounts.add(make_account("acct-2", user_id="2000"))
    assert [a.key for a in store.accounts.all()] == [ACCOUNT, "acct-2"]
    store.accounts.add(replace(make_account("acct-2", user_id="2000", created_at=LATER), username="renamed"))
    got = store.accounts.get("acct-2")
    assert got is not None and got.username == "renamed"
    assert got.created_at == T0  # the first sign-in date is kept
    assert store.accounts.get("nobody") is None
    assert store.accounts.remove("acct-2") is True
    assert store.accounts.remove("acct-2") is False
    assert [a.key for a in store.accounts.all()] == [ACCOUNT]


def test_removing_an_account_removes_its_data(store: Store) -> None:
    store.accounts.add(make_account("acct-2"))
    for key in (ACCOUNT, "acct-2"):
        store.posts.upsert_page(key, make_page([make_post("1")]), T0)
        store.reads.mark_read(key, ["1"], T0)
        store.drafts.create(key, "hello", T0)
        store.outbox.enqueue(key, {"op": "retweet", "post_id": "1"}, now=T0)
        store.sessions.start(key, T0, 300)
    store.accounts.remove("acct-2")
    with store.transaction() as conn:
        for table in ("posts", "users", "read_state", "drafts", "outbox", "sessions"):
            accounts = {row[0] for row in conn.execute(f"SELECT account FROM {table}")}
            assert accounts == {ACCOUNT}, table


def test_rows_need_a_known_account(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.drafts.create("ghost", "x", T0)


def test_upsert_page_round_trips_posts_users_media(store: Store) -> None:
    quoted = make_post("5", author_id="3000", minutes=-60)
    post = make_post(
        "10",
        quote_of="5",
        urls=("https://example.org/a",),
        mentions=("u3000",),
        media_keys=("3_1",),
    )
    photo = Media("3_1", "photo", url="http://127.0.0.1/p.jpg", alt_text="a chart")
    page = make_page([post, make_post("11", minutes=1)], included=[quoted], media=[photo])
    assert store.posts.upsert_page(ACCOUNT, page, T0) == 2
    assert store.posts.get(ACCOUNT, "10") == post
    assert store.posts.get(ACCOUNT, "5") == quoted
    assert store.posts.get_many(ACCOUNT, ["10", "11", "nope"]).keys() == {"10", "11"}
    assert store.posts.user(ACCOUNT, "3000") == make_user("3000")
    assert store.posts.users(ACCOUNT, ["2000", "3000"]).keys() == {"2000", "3000"}
    assert store.posts.media(ACCOUNT, ["3_1"]) == {"3_1": photo}
    assert store.posts.known_ids(ACCOUNT, ["10", "11", "12", "5"]) == {"10", "11", "5"}
    # Same page again: nothing new; a changed post is updated.
    assert store.posts.upsert_page(ACCOUNT, page, LATER) == 0
    edited = make_post("11", minutes=1, text="edited")
    store.posts.upsert_posts(ACCOUNT, [edited], LATER)
    assert store.posts.get(ACCOUNT, "11") == edited


def test_posts_are_per_account(store: Store) -> None:
    store.accounts.add(make_account("acct-2"))
    store.posts.upsert_page(ACCOUNT, make_page([make_post("1")]), T0)
    assert store.posts.get("acct-2", "1") is None
    assert store.posts.known_ids("acct-2", ["1"]) == set()


def test_naive_datetimes_are_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="naive"):
        store.drafts.create(ACCOUNT, "x", datetime(2026, 1, 1))


def test_read_state_and_unread_filter(store: Store) -> None:
    store.accounts.add(make_account("acct-2"))
    session = store.sessions.start(ACCOUNT, T0, 300)
    assert store.reads.mark_read(ACCOUNT, ["3", "1", "3"], T0, session_id=session.id) == 2
    assert store.reads.mark_read(ACCOUNT, ["1", "2"], LATER) == 1
    assert store.reads.is_read(ACCOUNT, "1") and not store.reads.is_read(ACCOUNT, "4")
    assert not store.reads.is_read("acct-2", "1")
    assert store.reads.filter_unread(ACCOUNT, ["5", "1", "4", "2"]) == ["5", "4"]
    assert store.reads.count_in_session(session.id) == 2
    assert store.reads.mark_unread(ACCOUNT, ["1", "9"]) == 1
    assert store.reads.filter_unread(ACCOUNT, ["1"]) == ["1"]


def test_posts_for_sources_and_unread_only(store: Store) -> None:
    lists = store.sources.add(ACCOUNT, SourceKind.LIST, "L1", label="Team")
    home = store.sources.add(ACCOUNT, SourceKind.HOME)
    store.posts.upsert_page(ACCOUNT, make_page([make_post("1"), make_post("2", minutes=2)]), T0, source_id=lists.id)
    store.posts.upsert_page(
        ACCOUNT, make_page([make_post("2", minutes=2), make_post("3", minutes=3)]), T0, source_id=home.id
    )
    assert [p.id for p in store.posts.posts_for_sources(ACCOUNT, [lists.id])] == ["2", "1"]
    assert [p.id for p in store.posts.posts_for_sources(ACCOUNT, [lists.id, home.id])] == ["3", "2", "1"]
    assert store.posts.sources_of(ACCOUNT, "2") == [lists.id, home.id]
    store.reads.mark_read(ACCOUNT, ["2"], T0)
    unread = store.posts.posts_for_sources(ACCOUNT, [lists.id, home.id], unread_only=True, limit=1)
    assert [p.id for p in unread] == ["3"]
    since = T0 + timedelta(minutes=2)  # a session's horizon: older posts are not looked at
    recent = store.posts.posts_for_sources(ACCOUNT, [lists.id, home.id], unread_only=True, since=since)
    assert [p.id for p in recent] == ["3"]
    assert [p.id for p in store.posts.posts_for_sources(ACCOUNT, [lists.id, home.id], since=since)] == ["3", "2"]
    read = store.posts.posts_for_sources(ACCOUNT, [lists.id, home.id], read_only=True)  # a session's open clocks
    assert [p.id for p in read] == ["2"]
    with pytest.raises(ValueError, match="exclude each other"):
        store.posts.posts_for_sources(ACCOUNT, [lists.id], unread_only=True, read_only=True)


def test_author_groups_name_the_highest_priority_group_that_brings_an_author(store: Store) -> None:
    board = store.groups.create(ACCOUNT, "Board", priority=0)
    press = store.groups.create(ACCOUNT, "Press", priority=2)
    board_list = store.sources.add(ACCOUNT, SourceKind.LIST, "L1", group_id=board.id)
    press_list = store.sources.add(ACCOUNT, SourceKind.LIST, "L2", group_id=press.id)
    home = store.sources.add(ACCOUNT, SourceKind.HOME, group_id=press.id)
    pages = (
        (board_list, [make_post("1", author_id="10"), make_post("2", author_id="20")]),
        (press_list, [make_post("3", author_id="20"), make_post("4", author_id="30")]),
        (home, [make_post("5", author_id="40"), make_post("6", author_id="10")]),
    )
    for source, posts in pages:
        store.posts.upsert_page(ACCOUNT, make_page(posts), T0, source_id=source.id)
    # 20 is in both lists: the Press's (the higher priority) wins; 40 only came through home: no group.
    assert store.signal.author_groups(ACCOUNT) == {"10": "Board", "20": "Press", "30": "Press"}


def test_prune_forgets_old_posts_but_not_read_state(store: Store) -> None:
    store.posts.upsert_page(ACCOUNT, make_page([make_post("1")]), T0)
    store.posts.upsert_page(ACCOUNT, make_page([make_post("2")]), LATER)
    store.reads.mark_read(ACCOUNT, ["1"], T0)
    assert store.posts.prune(ACCOUNT, LATER) == 1
    assert store.posts.known_ids(ACCOUNT, ["1", "2"]) == {"2"}
    assert store.reads.is_read(ACCOUNT, "1")


def test_groups_crud_order_and_cascade(store: Store) -> None:
    a = store.groups.create(ACCOUNT, "Board", priority=2, quota=5)
    b = store.groups.create(ACCOUNT, "Press")
    c = store.groups.create(ACCOUNT, "Industry")
    assert [(g.name, g.position) for g in store.groups.all(ACCOUNT)] == [("Board", 0), ("Press", 1), ("Industry", 2)]
    with pytest.raises(sqlite3.IntegrityError):
        store.groups.create(ACCOUNT, "Board")
    store.groups.reorder(ACCOUNT, [c.id, a.id])
    assert [g.name for g in store.groups.all(ACCOUNT)] == ["Industry", "Board", "Press"]
    store.groups.update(replace(b, name="Media", priority=1, quota=3))
    assert store.groups.get(b.id) == Group(b.id, ACCOUNT, "Media", priority=1, quota=3, position=2)
    source = store.sources.add(ACCOUNT, SourceKind.USER, "42", group_id=a.id)
    store.posts.upsert_page(ACCOUNT, make_page([make_post("1")]), T0, source_id=source.id)
    assert store.groups.delete(a.id) is True
    assert store.sources.get(source.id) is None
    assert store.posts.sources_of(ACCOUNT, "1") == []
    assert store.posts.get(ACCOUNT, "1") is not None
    assert store.groups.delete(a.id) is False


def test_sources_crud_and_cursor(store: Store) -> None:
    group = store.groups.create(ACCOUNT, "G")
    other = store.groups.create(ACCOUNT, "H")
    search = store.sources.add(ACCOUNT, SourceKind.SEARCH, "from:ceo", label="CEO", group_id=group.id)
    mentions = store.sources.add(ACCOUNT, SourceKind.MENTIONS)
    with pytest.raises(sqlite3.IntegrityError):
        store.sources.add(ACCOUNT, SourceKind.SEARCH, "from:ceo")
    assert [s.id for s in store.sources.all(ACCOUNT)] == [search.id, mentions.id]
    assert [s.id for s in store.sources.all(ACCOUNT, group_id=group.id)] == [search.id]
    store.sources.update_cursor(search.id, "900", T0)
    store.sources.update_cursor(search.id, None, LATER)  # an empty fetch keeps the cursor
    got = store.sources.get(search.id)
    assert got is not None and (got.cursor_newest_id, got.last_fetched_at) == ("900", LATER)
    store.posts.upsert_page(ACCOUNT, make_page([make_post("1")]), T0, source_id=search.id)
    store.sources.update(search.id, label="Chief", group_id=other.id)
    moved = store.sources.get(search.id)
    assert moved is not None and (moved.label, moved.group_id) == ("Chief", other.id)
    with store.transaction() as conn:
        assert [tuple(row) for row in conn.execute("SELECT group_id FROM post_sources")] == [(other.id,)]
    assert store.sources.delete(mentions.id) and not store.sources.delete(mentions.id)


def test_drafts_crud(store: Store) -> None:
    media = (DraftMedia("/tmp/a.png", "image/png", "chart"), DraftMedia("/tmp/b.mp4", "video/mp4"))
    draft = store.drafts.create(ACCOUNT, "Hello", T0, parts=("2/2",), media=media, reply_to="7")
    assert (draft.text, draft.parts, draft.media, draft.reply_to, draft.quote_of) == (
        "Hello",
        ("2/2",),
        media,
        "7",
        None,
    )
    updated = store.drafts.update(draft.id, LATER, text="Hello!", parts=())
    assert updated is not None
    assert (updated.text, updated.parts, updated.media, updated.created_at, updated.updated_at) == (
        "Hello!",
        (),
        media,
        T0,
        LATER,
    )
    second = store.drafts.create(ACCOUNT, "Other", T0)
    assert [d.id for d in store.drafts.all(ACCOUNT)] == [draft.id, second.id]
    assert store.drafts.delete(draft.id) and store.drafts.get(draft.id) is None
    assert store.drafts.update(draft.id, LATER, text="gone") is None


def test_outbox_lifecycle(store: Store) -> None:
    draft = store.drafts.create(ACCOUNT, "post", T0)
    later = store.outbox.enqueue(
        ACCOUNT, {"op": "retweet", "post_id": "9"}, now=T0, not_before=T0 + timedelta(seconds=8)
    )
    first = store.outbox.enqueue(
        ACCOUNT, {"op": "create_post", "text": "post"}, now=T0, draft_id=draft.id, idempotency_key="k-1"
    )
    assert first.state is OutboxState.SCHEDULED and first.attempts == 0 and first.idempotency_key == "k-1"
    with pytest.raises(sqlite3.IntegrityError):
        store.outbox.enqueue(ACCOUNT, {}, now=T0, idempotency_key="k-1")
    assert store.outbox.next_due_at() == T0

    claimed = store.outbox.claim_due(T0)
    assert claimed is not None and claimed.id == first.id
    assert (claimed.state, claimed.attempts) == (OutboxState.SENDING, 1)
    assert store.outbox.claim_due(T0) is None  # the retweet is not due yet, the post is taken
    assert store.outbox.next_due_at(account=ACCOUNT) == later.not_before

    sent = store.outbox.update(first.id, OutboxState.SENT, now=LATER, remote_id="555")
    assert sent is not None and (sent.state, sent.remote_id, sent.payload.to_json()) == (
        OutboxState.SENT,
        "555",
        {"op": "create_post", "text": "post"},
    )
    assert store.outbox.cancel(first.id) is False  # already sent
    assert store.outbox.cancel(later.id) is True  # undo within the delay
    assert store.outbox.claim_due(LATER) is None
    assert store.outbox.next_due_at() is None


def test_outbox_retry_and_crash_recovery(store: Store) -> None:
    item = store.outbox.enqueue(ACCOUNT, {"op": "retweet", "post_id": "1"}, now=T0)
    store.outbox.claim_due(T0)
    retry_at = T0 + timedelta(minutes=1)
    again = store.outbox.update(item.id, OutboxState.SCHEDULED, now=T0, last_error="503", not_before=retry_at)
    assert again is not None and again.last_error == "503" and again.not_before == retry_at
    assert store.outbox.claim_due(T0) is None
    claimed = store.outbox.claim_due(retry_at, account=ACCOUNT)
    assert claimed is not None and claimed.attempts == 2
    # The app stops while sending: at the next start the item is uncertain, not resent blindly.
    assert store.outbox.recover_interrupted(LATER) == 1
    assert [i.state for i in store.outbox.all(ACCOUNT)] == [OutboxState.UNCERTAIN]
    assert store.outbox.all(ACCOUNT, states=[OutboxState.SENT]) == []
    assert store.outbox.claim_due(LATER) is None


def test_outbox_claim_is_exclusive_across_threads(tmp_path: Path) -> None:
    with Store(tmp_path / "db.sqlite3") as store:
        store.accounts.add(make_account())
        for n in range(40):
            store.outbox.enqueue(ACCOUNT, {"n": n}, now=T0)
        claimed: list[int] = []
        lock = threading.Lock()

        def worker() -> None:
            while (item := store.outbox.claim_due(T0)) is not None:
                with lock:
                    claimed.append(int(item.payload.to_json()["n"]))

        threads = [threading.Thread(target=worker) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(claimed) == list(range(40))


def test_sessions(store: Store) -> None:
    first = store.sessions.start(ACCOUNT, T0, 300)
    assert store.sessions.open_session(ACCOUNT) == first
    store.sessions.add_counts(first.id, read=3, amplified=1)
    store.sessions.add_counts(first.id, read=2, posted=1)
    store.sessions.extend(first.id, 120)
    ended = store.sessions.end(first.id, LATER, cost_micro=25_000)
    assert ended is not None
    assert (ended.read_count, ended.amplified_count, ended.posted_count, ended.planned_seconds) == (5, 1, 1, 420)
    assert (ended.ended_at, ended.cost_micro) == (LATER, 25_000)
    again = store.sessions.end(first.id, LATER + timedelta(hours=1), cost_micro=1)
    assert again == ended  # ending twice changes nothing
    assert store.sessions.open_session(ACCOUNT) is None
    assert store.sessions.last_ended_at(ACCOUNT) == LATER
    second = store.sessions.start(ACCOUNT, LATER, 300)
    assert [s.id for s in store.sessions.recent(ACCOUNT)] == [second.id, first.id]
    assert store.sessions.get(999) is None


def test_transaction_rolls_back_everything_inside(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.drafts.create(ACCOUNT, "a", T0)
        store.reads.mark_read(ACCOUNT, ["1"], T0)
        raise RuntimeError("boom")
    assert store.drafts.all(ACCOUNT) == []
    assert not store.reads.is_read(ACCOUNT, "1")


def test_nested_transaction_rolls_back_only_the_inner_part(store: Store) -> None:
    with store.transaction():
        store.drafts.create(ACCOUNT, "kept", T0)
        with pytest.raises(RuntimeError), store.transaction():
            store.drafts.create(ACCOUNT, "dropped", T0)
            raise RuntimeError("inner")
        store.drafts.create(ACCOUNT, "kept too", T0)
    assert sorted(d.text for d in store.drafts.all(ACCOUNT)) == ["kept", "kept too"]


def test_concurrent_writers_are_serialised(tmp_path: Path) -> None:
    with Store(tmp_path / "db.sqlite3") as store:
        store.accounts.add(make_account())
        errors: list[BaseException] = []

        def writer(n: int) -> None:
            try:
                for i in range(50):
                    with store.transaction():
                        store.reads.mark_read(ACCOUNT, [f"{n}-{i}"], datetime.now(UTC))
                        store.drafts.create(ACCOUNT, f"{n}-{i}", T0)
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

        threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        assert len(store.drafts.all(ACCOUNT)) == 200
        assert store.reads.filter_unread(ACCOUNT, [f"{n}-{i}" for n in range(4) for i in range(50)]) == []
