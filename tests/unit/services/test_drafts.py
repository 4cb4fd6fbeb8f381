"""Draft autosave (DraftService): written within the save delay even while typing, through the task runner, kept
across a new Store on the same file; emptied drafts go away; switching, releasing and deleting."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from exec_desk.services.drafts import DraftContent, DraftService
from exec_desk.services.tasks import TaskRunner
from exec_desk.storage.records import DraftMedia
from exec_desk.storage.store import Store
from tests.support.factories import ACCOUNT, account_store, make_account
from tests.support.runners import DeferredRunner, ImmediateTaskRunner

T0 = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    yield from account_store(tmp_path / "desk.sqlite3")


def texts(store: Store) -> list[str]:
    return [d.text for d in store.drafts.all(ACCOUNT)]


def test_autosave_through_the_runner_survives_a_new_store(qtbot: QtBot, tmp_path: Path, runner: TaskRunner) -> None:
    path = tmp_path / "desk.sqlite3"
    store = Store(path)
    store.accounts.add(make_account())
    drafts = DraftService(store, runner, account=lambda: ACCOUNT, clock=lambda: T0)
    for text in ("D", "De", "Dear board,"):
        drafts.edit(DraftContent(text, (DraftMedia("/tmp/q3.png", "image/png", "Q3 chart"),), reply_to="77"))
    assert texts(store) == []  # not yet: the save waits for the delay
    with qtbot.waitSignal(drafts.saved, timeout=2000) as saved:
        pass
    assert saved.args is not None and saved.args[0].text == "Dear board,"
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert drafts.current_id == saved.args[0].id
    store.close()
    with Store(path) as reopened:  # as after a crash: only what reached the file counts
        [draft] = reopened.drafts.all(ACCOUNT)
        assert (draft.text, draft.reply_to, draft.media[0].alt_text) == ("Dear board,", "77", "Q3 chart")


def test_continuous_typing_is_saved_while_it_goes_on(qtbot: QtBot, store: Store, runner: TaskRunner) -> None:
    """The save delay is not restarted by each keystroke: a pure debounce would save nothing until typing stops."""
    drafts = DraftService(store, runner, account=lambda: ACCOUNT, clock=lambda: T0, delay_ms=300)
    typed: list[str] = []
    keys = QTimer()
    keys.setInterval(20)

    def key() -> None:
        typed.append("x")
        drafts.edit(DraftContent("".join(typed)))

    keys.timeout.connect(key)
    keys.start()
    try:
        qtbot.waitUntil(lambda: len(texts(store)) == 1, timeout=2500)
        assert 0 < len(texts(store)[0]) <= len(typed)
        qtbot.waitUntil(lambda: len(texts(store)[0]) > 30, timeout=2500)  # and again, still while typing
    finally:
        keys.stop()
    drafts.flush()
    qtbot.waitUntil(lambda: not drafts.pending and texts(store) == ["x" * len(typed)])


def test_an_emptied_draft_is_deleted(qtbot: QtBot, store: Store) -> None:
    drafts = DraftService(store, ImmediateTaskRunner(), account=lambda: ACCOUNT, clock=lambda: T0, delay_ms=0)
    drafts.edit(DraftContent("Draft one"))
    drafts.flush()
    assert texts(store) == ["Draft one"]
    first = drafts.current_id
    with qtbot.waitSignal(drafts.removed) as removed:
        drafts.edit(DraftContent("   "))
        drafts.flush()
    assert removed.args == [first] and texts(store) == [] and drafts.current_id is None


def test_begin_switches_drafts_and_release_deletes(qtbot: QtBot, store: Store) -> None:
    drafts = DraftService(store, ImmediateTaskRunner(), account=lambda: ACCOUNT, clock=lambda: T0)
    drafts.edit(DraftContent("First"))
    drafts.begin(None)  # pending change of the first draft written before switching
    drafts.edit(DraftContent("Second"))
    drafts.flush()
    assert sorted(texts(store)) == ["First", "Second"]
    first = next(d for d in drafts.drafts() if d.text == "First")
    assert drafts.begin(first.id) == first
    drafts.edit(DraftContent("First, edited"))
    drafts.flush()
    assert sorted(texts(store)) == ["First, edited", "Second"]
    with qtbot.waitSignal(drafts.removed):
        drafts.release()  # handed over to the outbox
    assert texts(store) == ["Second"] and drafts.current_id is None


def test_release_while_the_first_write_runs_deletes_it_when_it_lands(
    qtbot: QtBot, store: Store, runner: TaskRunner
) -> None:
    drafts = DraftService(store, runner, account=lambda: ACCOUNT, clock=lambda: T0)
    drafts.edit(DraftContent("Sent at once"))
    drafts.flush()
    drafts.release()
    qtbot.waitUntil(lambda: runner.pending == 0 and texts(store) == [])


def test_a_write_landing_after_its_hand_over_deletes_nothing_later(store: Store) -> None:
    """The composer sends while the draft's first write is still on the worker: the write lands, then the
    hand-over deletes the row in the outbox's transaction. When the write's callback comes back on the GUI thread
    it must not bring the old id back and delete it once more: by then Undo may have put the post back in the
    drafts, and a late delete would lose it (the CI flake of test_a_send_is_queued_..._undo_brings_it_back)."""
    runner = DeferredRunner()
    drafts = DraftService(store, runner, account=lambda: ACCOUNT, clock=lambda: T0)
    drafts.edit(DraftContent("Proud of the Lyon team."))
    drafts.flush()
    write, written = runner.tasks.pop(0)
    landed = write()  # the first write lands on the worker; its callback has not run yet
    handle = drafts.detach()
    with drafts.handing_over(handle) as draft_id:  # the outbox's transaction, on the worker
        assert draft_id is not None and store.drafts.delete(draft_id)
    drafts.forget(draft_id)
    deletes: list[int] = []
    real_delete = store.drafts.delete

    def delete(draft_id: int) -> bool:
        deletes.append(draft_id)
        return real_delete(draft_id)

    store.drafts.delete = delete  # type: ignore[method-assign]  # a spy on the store's method, for this test
    assert written is not None
    written(landed)  # the write's callback, late, on the GUI thread
    runner.run_all()
    assert deletes == [] and runner.tasks == []


def test_deleting_the_open_draft_resets_it(qtbot: QtBot, store: Store) -> None:
    drafts = DraftService(store, ImmediateTaskRunner(), account=lambda: ACCOUNT, clock=lambda: T0)
    drafts.edit(DraftContent("Doomed"))
    drafts.flush()
    doomed = drafts.current_id
    assert doomed is not None
    with qtbot.waitSignals([drafts.removed, drafts.changed]):
        drafts.delete(doomed)
    assert drafts.current_id is None and drafts.drafts() == []


def test_without_an_account_drafts_are_not_kept_and_it_says_so(qtbot: QtBot, store: Store) -> None:
    drafts = DraftService(store, ImmediateTaskRunner(), account=lambda: "", clock=lambda: T0)
    with qtbot.waitSignal(drafts.failed) as failed:
        drafts.edit(DraftContent("Hello"))
        drafts.flush()
    assert failed.args is not None and "signed in" in failed.args[0]
    assert drafts.drafts() == []
