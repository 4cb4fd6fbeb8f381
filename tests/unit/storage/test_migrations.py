"""Schema versions: fresh databases, upgrades from every earlier version, corrupt files, newer databases."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from exec_desk.core.payloads import PostPayload
from exec_desk.core.signal.radar import WatchMark
from exec_desk.storage import migrations
from exec_desk.storage.migrations import LATEST, MIGRATIONS, Migration, migrate, schema_version
from exec_desk.storage.records import OutboxState, SourceKind, StoreError
from exec_desk.storage.store import Store, iter_schema
from tests.support.factories import ACCOUNT, T0, make_account, make_page, make_post

NOW = datetime(2026, 11, 26, 12, 0, 5, tzinfo=UTC)


def _raw(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


# Rows written by the app at each schema version, with raw SQL as that version's code would have done, and the
# check that they are still there (and still usable) after upgrading. Every migration must have an entry.
def _seed_v1(conn: sqlite3.Connection) -> None:
    ts = T0.isoformat(timespec="microseconds")
    conn.execute(
        "INSERT INTO accounts VALUES ('acct-1', '1000', 'boss', 'The Boss', 'oauth1', 'https://api.x.com', ?)", (ts,)
    )
    conn.execute(
        """INSERT INTO posts (account, id, author_id, text, created_at, urls, metrics, fetched_at)
           VALUES ('acct-1', '77', '2000', 'old post', ?, '["https://example.org"]', '{"like_count":3}', ?)""",
        (ts, ts),
    )
    conn.execute("INSERT INTO groups (account, name, priority) VALUES ('acct-1', 'Board', 3)")
    conn.execute("INSERT INTO sources (account, group_id, kind, ref) VALUES ('acct-1', 1, 'list', '123')")
    conn.execute("INSERT INTO post_sources VALUES ('acct-1', '77', 1, 1)")
    conn.execute("INSERT INTO sessions (account, started_at, planned_seconds) VALUES ('acct-1', ?, 300)", (ts,))
    conn.execute("INSERT INTO read_state VALUES ('acct-1', '77', ?, 1)", (ts,))
    conn.execute(
        "INSERT INTO drafts (account, text, created_at, updated_at) VALUES ('acct-1', 'draft', ?, ?)", (ts, ts)
    )
    conn.execute(
        """INSERT INTO outbox (account, draft_id, payload, not_before, idempotency_key, created_at, updated_at)
           VALUES ('acct-1', 1, '{"op":"create_post"}', ?, 'key-1', ?, ?)""",
        (ts, ts, ts),
    )
    conn.execute(
        "INSERT INTO api_calls (account, at, op, status, price_micro) VALUES ('acct-1', ?, 'home_timeline', 200, 5000)",
        (ts,),
    )


def _check_v1(store: Store) -> None:
    account = store.accounts.get(ACCOUNT)
    assert account is not None and account.username == "boss" and account.auth_kind == "oauth1"
    post = store.posts.get(ACCOUNT, "77")
    assert post is not None and post.urls == ("https://example.org",) and post.metrics.like_count == 3
    assert [g.name for g in store.groups.all(ACCOUNT)] == ["Board"]
    linked = [p.id for p in store.posts.posts_for_sources(ACCOUNT, [1], since=T0)]  # its time: migration 12
    assert linked in (["77"], ["88", "77"])  # 88: a post of version 12, newer
    assert store.reads.is_read(ACCOUNT, "77")
    assert [d.text for d in store.drafts.all(ACCOUNT)] == ["draft"]
    item = store.outbox.claim_due(NOW)
    assert item is not None and item.idempotency_key == "key-1" and item.draft_id == 1
    assert store.sessions.get(1) is not None


def _seed_v2(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT INTO api_charged VALUES ('acct-1', '2026-11-26', 'post', '77')")


def _check_v2(store: Store) -> None:
    from exec_desk.core.calls import CallRecord
    from exec_desk.core.pricing import Op, Resource
    from exec_desk.storage.ledger import Ledger

    # Post 77 was already paid for on 2026-11-26 before the upgrade: reading it again that day is free.
    assert Ledger(store).record(CallRecord(ACCOUNT, Op.HOME_TIMELINE, T0, 200, {Resource.POST: ("77",)})) == 0


def _seed_v3(conn: sqlite3.Connection) -> None:
    ts = T0.isoformat(timespec="microseconds")
    conn.execute(
        """INSERT INTO outbox (account, payload, not_before, idempotency_key, created_at, updated_at, progress)
           VALUES ('acct-1', '{"op":"post","parts":["a 1/2","b 2/2"]}', ?, 'key-3', ?, ?, '{"sent":["501"]}')""",
        (ts, ts, ts),
    )


def _check_v3(store: Store) -> None:
    [item] = [i for i in store.outbox.all(ACCOUNT) if i.idempotency_key == "key-3"]
    assert item.progress == {"sent": ["501"]} and item.payload == PostPayload(("a 1/2", "b 2/2"))
    store.outbox.set_progress(item.id, {"sent": ["501", "502"]}, now=NOW)
    updated = store.outbox.get(item.id)
    assert updated is not None and updated.progress == {"sent": ["501", "502"]}


def _seed_v4(conn: sqlite3.Connection) -> None:
    ts = T0.isoformat(timespec="microseconds")
    conn.execute("INSERT INTO drafts (account, text, created_at, updated_at) VALUES ('acct-1', 'gone', ?, ?)", (ts, ts))
    conn.execute(
        """INSERT INTO outbox (account, payload, not_before, idempotency_key, created_at, updated_at)
           VALUES ('acct-1', '{"op":"retweet","post_id":"77"}', ?, 'key-4', ?, ?)""",
        (ts, ts, ts),
    )
    conn.execute("DELETE FROM drafts WHERE text = 'gone'")
    conn.execute("DELETE FROM outbox WHERE idempotency_key = 'key-4'")


def _check_v4(store: Store) -> None:
    # The newest draft and outbox item were deleted: their ids are not given to the next ones.
    with store.transaction() as conn:
        gone_draft, gone_item = (
            conn.execute(f"SELECT seq FROM sqlite_sequence WHERE name = '{t}'").fetchone()[0]
            for t in ("drafts", "outbox")
        )
    assert store.drafts.create(ACCOUNT, "next", NOW).id == gone_draft + 1
    assert store.outbox.enqueue(ACCOUNT, {"op": "post", "parts": ["y"]}, now=NOW).id == gone_item + 1
    assert all(d.id < gone_draft for d in store.drafts.all(ACCOUNT) if d.text != "next")


def _seed_v5(conn: sqlite3.Connection) -> None:
    ts = T0.isoformat(timespec="microseconds")
    conn.execute("UPDATE accounts SET app_owner = 1 WHERE key = 'acct-1'")
    conn.execute("UPDATE sources SET gone_at = ?, gone_reason = 'Could not find list with id: [123].'", (ts,))
    conn.execute(
        "INSERT INTO api_calls (account, at, op, status, price_micro, maybe) VALUES ('acct-1', ?, 'create_post', 0, "
        "15000, 1)",
        (ts,),
    )


def _check_v5(store: Store) -> None:
    from exec_desk.storage.ledger import Ledger

    account = store.accounts.get(ACCOUNT)
    assert account is not None and account.app_owner is True
    [source] = store.sources.all(ACCOUNT)
    assert source.gone_at == T0 and source.gone_reason == "Could not find list with id: [123]."
    store.sources.mark_gone(source.id, None)
    assert store.sources.all(ACCOUNT)[0].gone_at is None
    assert [(c.op, c.maybe) for c in Ledger(store).calls(ACCOUNT, T0) if c.maybe] == [("create_post", True)]


def _owner(pid: int) -> str:
    """A lease owner on this host and boot: the process `pid` as it started (a pid that cannot exist is dead)."""
    from exec_desk.services.outbox.lease import Owner, this_process

    me = this_process()
    stat = Path(f"/proc/{pid}/stat")
    start = int(stat.read_text().rsplit(")", 1)[1].split()[19]) if stat.exists() else None
    return Owner(me.host, me.boot, pid, start).dumps()


def _seed_v6(conn: sqlite3.Connection) -> None:
    ts = T0.isoformat(timespec="microseconds")
    dead = int(Path("/proc/sys/kernel/pid_max").read_text())  # pids are below it: no such process
    for key, owner in (("key-6-live", _owner(os.getppid())), ("key-6-dead", _owner(dead))):
        conn.execute(
            """INSERT INTO outbox (account, payload, state, not_before, idempotency_key, created_at, updated_at,
                                   lease_owner, lease_heartbeat)
               VALUES ('acct-1', '{"op":"retweet","post_id":"77"}', 'sending', ?, ?, ?, ?, ?, ?)""",
            (ts, key, ts, ts, owner, ts),
        )


def _check_v6(store: Store) -> None:
    from exec_desk.services.outbox.lease import Lease

    leased = {i.idempotency_key: i for i in store.outbox.all(ACCOUNT) if i.idempotency_key.startswith("key-6")}
    assert all(i.lease_heartbeat == T0 and i.lease_owner for i in leased.values())
    uncertain, held = Lease().recover(store, ACCOUNT, NOW)  # the live owner (our parent) keeps its item
    assert "key-6-dead" in {i.idempotency_key for i in uncertain} and held
    states = {i.idempotency_key: (i.state, i.lease_owner) for i in store.outbox.all(ACCOUNT) if i.id in
              {x.id for x in leased.values()}}  # fmt: skip
    assert states["key-6-dead"] == (OutboxState.UNCERTAIN, None)
    assert states["key-6-live"] == (OutboxState.SENDING, leased["key-6-live"].lease_owner)


def _seed_v7(conn: sqlite3.Connection) -> None:
    ts = T0.isoformat(timespec="microseconds")
    conn.execute(
        """INSERT INTO deck (account, origin, proposal, source, first_seen, decision, decided_by, decided_at)
           VALUES ('acct-1', '/srv/deck', 'launch', 'folder', ?, 'approved', '@boss', ?)""",
        (ts, ts),
    )
    conn.execute("INSERT INTO audit_log (at, account, event, proposal, actor) VALUES (?, 'acct-1', 'proposed', "
                 "'launch', 'Claire')", (ts,))  # fmt: skip
    conn.execute("INSERT INTO feeds (url, etag, fetched_at) VALUES ('https://blog.example/feed', '\"v1\"', ?)", (ts,))
    conn.execute("INSERT INTO feed_items VALUES ('https://blog.example/feed', 'post-1', ?)", (ts,))


def _check_v7(store: Store) -> None:
    from exec_desk.storage.repos.deck import AlreadyDecided

    row = store.deck.get(ACCOUNT, "/srv/deck", "launch")
    assert row is not None and row.decision == "approved" and row.decided_by == "@boss"
    with pytest.raises(AlreadyDecided):
        store.deck.decide(ACCOUNT, "/srv/deck", "launch", "rejected", by="@boss", now=NOW)
    [entry] = [e for e in store.audit.entries() if e.proposal == "launch"]
    assert (entry.event, entry.actor, entry.at) == ("proposed", "Claire", T0)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"), store.transaction() as conn:
        conn.execute("DELETE FROM audit_log")
    assert store.feeds.state("https://blog.example/feed").etag == '"v1"'
    assert store.feeds.unseen("https://blog.example/feed", ["post-1", "post-2"]) == ["post-2"]


def _seed_v8(conn: sqlite3.Connection) -> None:
    ts = T0.isoformat(timespec="microseconds")
    conn.execute("INSERT INTO handled VALUES ('acct-1', '77', 'dismissed', ?)", (ts,))
    conn.execute("INSERT INTO radar_spikes VALUES ('acct-1', 'Aldercrest recall', ?, 23, 2.0, 1)", (ts,))


def _check_v8(store: Store) -> None:
    handled = store.signal.handled(ACCOUNT)
    assert [(h.post_id, h.how, h.at) for h in handled.values()] == [("77", "dismissed", T0)]
    assert store.signal.mark_handled(ACCOUNT, "77", "replied", NOW) is False  # the first handling counts
    [spike] = store.signal.spikes_since(ACCOUNT, T0)
    assert (spike.term, spike.last_hour, spike.baseline, spike.notified) == ("Aldercrest recall", 23, 2.0, True)


def _seed_v9(conn: sqlite3.Connection) -> None:
    ts = T0.isoformat(timespec="microseconds")
    conn.execute("INSERT INTO notices VALUES ('acct-1', 'budget:2026-11:80', ?)", (ts,))


def _check_v9(store: Store) -> None:
    # The 80 % notice of November was given before the upgrade: it is not given again; the 100 % one still can be.
    assert store.notices.given(ACCOUNT, "budget:2026-11:80")
    assert not store.notices.claim(ACCOUNT, "budget:2026-11:80", NOW)
    assert store.notices.claim(ACCOUNT, "budget:2026-11:100", NOW)
    assert not store.notices.claim(ACCOUNT, "budget:2026-11:100", NOW)


def _seed_v10(conn: sqlite3.Connection) -> None:
    ts = T0.isoformat(timespec="microseconds")
    conn.execute(
        """INSERT INTO sessions (account, started_at, ended_at, planned_seconds, read_count, cost_micro, shown_count)
           VALUES ('acct-1', ?, ?, 300, 4, 25000, 11)""",
        (ts, ts),
    )


def _check_v10(store: Store) -> None:
    counts = {(r.read_count, r.shown_count) for r in store.sessions.recent(ACCOUNT, ended_only=True)}
    assert (4, 11) in counts  # a session of version 10 keeps how many posts it showed
    assert all(r.shown_count == 0 for r in store.sessions.recent(ACCOUNT) if r.read_count != 4)  # older ones: 0


def _seed_v11(conn: sqlite3.Connection) -> None:
    ts = T0.isoformat(timespec="microseconds")
    conn.execute("INSERT INTO source_members VALUES ('acct-1', 1, '3000', ?)", (ts,))


def _check_v11(store: Store) -> None:
    # 2000 wrote post 77 of the list source (v1): migration 11 made them a member; 3000 was recorded as one
    assert store.signal.author_groups(ACCOUNT) == {"2000": "Board", "3000": "Board"}
    with store.transaction() as conn:
        conn.execute("DELETE FROM posts WHERE account = 'acct-1' AND author_id = '2000'")
    assert store.signal.author_groups(ACCOUNT) == {"2000": "Board", "3000": "Board"}  # kept without the posts


def _seed_v12(conn: sqlite3.Connection) -> None:
    later = (T0 + timedelta(hours=1)).isoformat(timespec="microseconds")
    conn.execute(
        """INSERT INTO posts (account, id, author_id, text, created_at, urls, metrics, fetched_at)
           VALUES ('acct-1', '88', '4000', 'newer post', ?, '[]', '{}', ?)""",
        (later, later),
    )
    conn.execute("INSERT INTO post_sources VALUES ('acct-1', '88', 1, 1, ?)", (later,))


def _check_v12(store: Store) -> None:
    half_past = T0 + timedelta(minutes=30)
    assert [p.id for p in store.posts.posts_for_sources(ACCOUNT, [1], since=half_past, unread_only=True)] == ["88"]


def _seed_v13(conn: sqlite3.Connection) -> None:
    start, end = T0.isoformat(timespec="microseconds"), (T0 + timedelta(hours=13)).isoformat(timespec="microseconds")
    conn.execute("INSERT INTO watch_marks VALUES ('acct-1', 1, ?, '99', ?)", (end, json.dumps([[start, end]])))


def _check_v13(store: Store) -> None:
    mark = store.signal.watch_mark(ACCOUNT)
    assert mark == WatchMark(1, T0 + timedelta(hours=13), "99", ((T0, T0 + timedelta(hours=13)),))
    store.signal.save_watch_mark(ACCOUNT, WatchMark(1, T0 + timedelta(hours=14), None, ()))  # one per account
    assert store.signal.watch_mark(ACCOUNT) == WatchMark(1, T0 + timedelta(hours=14), None, ())
    assert store.signal.watch_mark("acct-other") is None


SEEDS: dict[int, tuple[Callable[[sqlite3.Connection], None], Callable[[Store], None]]] = {
    1: (_seed_v1, _check_v1),
    2: (_seed_v2, _check_v2),
    3: (_seed_v3, _check_v3),
    4: (_seed_v4, _check_v4),
    5: (_seed_v5, _check_v5),
    6: (_seed_v6, _check_v6),
    7: (_seed_v7, _check_v7),
    8: (_seed_v8, _check_v8),
    9: (_seed_v9, _check_v9),
    10: (_seed_v10, _check_v10),
    11: (_seed_v11, _check_v11),
    12: (_seed_v12, _check_v12),
    13: (_seed_v13, _check_v13),
}


def test_every_migration_has_seed_data_and_versions_are_contiguous() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, LATEST + 1))
    assert set(SEEDS) == {m.version for m in MIGRATIONS}
    assert all(m.description for m in MIGRATIONS)


def test_fresh_database_is_at_latest_version(tmp_path: Path) -> None:
    with Store(tmp_path / "fresh.sqlite3") as store:
        assert store.schema_version == LATEST
    with Store(":memory:") as memory:
        assert memory.schema_version == LATEST


def _fresh_schema(tmp_path: Path) -> list[tuple[str, str, str]]:
    with Store(tmp_path / "reference.sqlite3") as store, store.transaction() as conn:
        return list(iter_schema(conn))


@pytest.mark.parametrize("start", range(LATEST + 1))  # LATEST: nothing to upgrade, the last seed is checked too
def test_upgrade_from_every_earlier_version(tmp_path: Path, start: int) -> None:
    path = tmp_path / "old.sqlite3"
    conn = _raw(path)
    for version in range(1, start + 1):
        assert migrate(conn, target=version) == [version]
        SEEDS[version][0](conn)
    assert schema_version(conn) == start
    conn.close()

    with Store(path) as store:
        assert store.schema_version == LATEST
        assert store.recovered_from is None
        with store.transaction() as conn:
            assert list(iter_schema(conn)) == _fresh_schema(tmp_path)
        for version in range(1, start + 1):
            SEEDS[version][1](store)
        # The upgraded database is fully usable.
        store.accounts.add(make_account("acct-new"))
        store.posts.upsert_page("acct-new", make_page([make_post("1")]), T0)
        assert store.posts.get("acct-new", "1") == make_post("1")


def test_failed_migration_leaves_the_previous_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conn = _raw(tmp_path / "db.sqlite3")
    migrate(conn)
    broken = Migration(LATEST + 1, "broken", ("CREATE TABLE half_done (x)", "THIS IS NOT SQL"))
    monkeypatch.setattr(migrations, "MIGRATIONS", (*MIGRATIONS, broken))
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, target=LATEST + 1)
    assert schema_version(conn) == LATEST
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    assert not conn.in_transaction
    conn.close()


def test_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    conn = _raw(path)
    conn.execute("CREATE TABLE from_the_future (x)")
    conn.execute("INSERT INTO from_the_future VALUES (1)")
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version of Exec Desk") as caught:
        Store(path)
    assert f"schema version {LATEST + 1}" in str(caught.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["future.sqlite3"]


def test_file_that_is_not_sqlite_is_moved_aside(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "exec-desk.sqlite3"
    garbage = b"this is not a database, just some text that happens to be long enough" * 100
    path.write_bytes(garbage)
    (tmp_path / "exec-desk.sqlite3-wal").write_bytes(b"stale wal")
    with caplog.at_level(logging.WARNING, logger="exec_desk.storage.store"), Store(path, clock=lambda: NOW) as store:
        aside = tmp_path / "exec-desk.sqlite3.corrupt-20261126T120005Z"
        assert store.recovered_from == aside
        assert store.schema_version == LATEST
        store.accounts.add(make_account())
        assert store.accounts.get(ACCOUNT) is not None
    assert aside.read_bytes() == garbage
    assert (tmp_path / "exec-desk.sqlite3.corrupt-20261126T120005Z-wal").read_bytes() == b"stale wal"
    assert str(aside) in caplog.text and "damaged" in caplog.text


def _damage_an_index(path: Path) -> None:
    """Change one key inside an index page: the file stays SQLite but `integrity_check` reports it."""
    conn = _raw(path)
    conn.execute("CREATE TABLE t (v TEXT)")
    conn.execute("CREATE INDEX t_v ON t (v)")
    conn.executemany("INSERT INTO t VALUES (?)", [(f"value-{i:04d}-QQQQ",) for i in range(10)])
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 't_v'").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    at = data.find(b"value-0003-QQQQ", start, start + page_size)
    assert at > 0
    data[at + 11 : at + 15] = b"ZZZZ"
    path.write_bytes(bytes(data))
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
    check.close()


def test_database_failing_integrity_check_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "exec-desk.sqlite3"
    _damage_an_index(path)
    damaged = path.read_bytes()
    with Store(path, clock=lambda: NOW) as store:
        assert store.recovered_from == tmp_path / "exec-desk.sqlite3.corrupt-20261126T120005Z"
        assert store.recovered_from.read_bytes() == damaged
        with store.transaction() as conn:
            assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 't'").fetchone()[0] == 0


def test_second_recovery_in_the_same_second_keeps_both_files(tmp_path: Path) -> None:
    path = tmp_path / "exec-desk.sqlite3"
    for _ in range(2):
        path.write_bytes(b"garbage" * 200)
        Store(path, clock=lambda: NOW).close()
    names = sorted(p.name for p in tmp_path.iterdir() if "corrupt" in p.name)
    assert names == ["exec-desk.sqlite3.corrupt-20261126T120005Z", "exec-desk.sqlite3.corrupt-20261126T120005Z-1"]


def test_empty_file_is_a_valid_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    with Store(path) as store:
        assert store.recovered_from is None and store.schema_version == LATEST


def test_truncated_database_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "exec-desk.sqlite3"
    with Store(path) as store:
        store.accounts.add(make_account())
    path.write_bytes(path.read_bytes()[:100])  # valid header, pages missing: SQLite raises SQLITE_CORRUPT
    with Store(path, clock=lambda: NOW) as store:
        assert store.recovered_from is not None and store.recovered_from.stat().st_size == 100
        assert store.accounts.all() == []


def test_unopenable_path_raises_without_moving_anything(tmp_path: Path) -> None:
    path = tmp_path / "exec-desk.sqlite3"
    path.mkdir()
    with pytest.raises(StoreError, match="could not be"):
        Store(path)
    assert path.is_dir() and [p.name for p in tmp_path.iterdir()] == ["exec-desk.sqlite3"]


def _filled(path: Path) -> None:
    """A profile as a user has it: the account, two queued posts, a draft, a source, and a post cache."""
    with Store(path, clock=lambda: NOW) as store:
        store.accounts.add(make_account())
        store.outbox.enqueue(ACCOUNT, {"op": "post", "parts": ["Queued one"]}, now=NOW)
        store.outbox.enqueue(ACCOUNT, {"op": "post", "parts": ["Queued two"]}, now=NOW)
        store.drafts.create(ACCOUNT, "A draft the user typed", NOW)
        group = store.groups.create(ACCOUNT, "Journalists", priority=3)
        store.sources.add(ACCOUNT, SourceKind.LIST, "123", label="Press", group_id=group.id)
        page = make_page([make_post(str(n), text=f"cached post {n} " + "x" * 200) for n in range(1, 400)])
        store.posts.upsert_page(ACCOUNT, page, T0)
    conn = _raw(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _garble_page(path: Path, name: str) -> None:
    """Overwrite the root page of table or index `name` with noise: the file is SQLite, that page is not."""
    conn = _raw(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page_size : root * page_size] = bytes((n * 37 + 11) % 256 for n in range(page_size))
    path.write_bytes(bytes(data))


def _kept(store: Store) -> None:
    account = store.accounts.get(ACCOUNT)
    assert account is not None and account.username == make_account().username
    assert [i.payload for i in store.outbox.all(ACCOUNT)] == [
        PostPayload(("Queued one",)),
        PostPayload(("Queued two",)),
    ]
    assert [d.text for d in store.drafts.all(ACCOUNT)] == ["A draft the user typed"]
    assert [(s.label, s.ref) for s in store.sources.all(ACCOUNT)] == [("Press", "123")]


def test_a_damaged_index_page_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "exec-desk.sqlite3"
    _filled(path)
    _garble_page(path, "posts_by_time")
    with Store(path, clock=lambda: NOW) as store:
        assert store.recovered_from == tmp_path / "exec-desk.sqlite3.corrupt-20261126T120005Z"
        assert store.salvage is not None and store.salvage.lost == {} and store.salvage.unreadable == []
        assert store.salvage.saved["posts"] == 399 and store.salvage.important_losses == []
        _kept(store)
        assert store.posts.get(ACCOUNT, "250") is not None
        with store.transaction() as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall()[0][0] == "ok"
            assert list(iter_schema(conn)) == _fresh_schema(tmp_path)
        store.outbox.enqueue(ACCOUNT, {"op": "post", "parts": ["after"]}, now=NOW)  # fully usable


def test_a_damaged_table_page_costs_that_table_only(tmp_path: Path) -> None:
    path = tmp_path / "exec-desk.sqlite3"
    _filled(path)
    _garble_page(path, "posts")  # the post cache's first page: X can give those posts again
    with Store(path, clock=lambda: NOW) as store:
        assert store.salvage is not None and store.salvage.important_losses == []
        assert "posts" in store.salvage.unreadable or store.salvage.lost.get("posts")
        _kept(store)
        from exec_desk.services.context import damaged_notice

        notice = damaged_notice(store)
        assert notice.startswith(f"The local database was damaged; it was set aside as {store.recovered_from}.")
        assert "Saved from it: 1 account(s), 2 queued item(s), 1 draft(s), 1 source(s)." in notice
        assert "Some of it could not be read: posts." in notice and "sign in again" not in notice
