"""The composer inside the app: built once in the background, a send queued in one transaction with its draft's
removal, the outbox window with Undo back to the drafts, a hand-over that fails bringing the same draft back, a
reply from the session with what the plan allows, the tray's Outbox and Drafts entries; and the composer-side
checks that an invalid send keeps the draft."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from exec_desk.app.compose import ComposeDesk
from exec_desk.app.desk import ExecDesk
from exec_desk.core.payloads import PostPayload
from exec_desk.services.drafts import DraftContent, DraftService
from exec_desk.storage.records import OutboxState
from exec_desk.storage.store import Store
from exec_desk.ui.composer.window import ComposerWindow
from tests.support.demo_desk import running_demo_desk
from tests.support.factories import ACCOUNT, account_store
from tests.support.media_files import SHORT_MP4, png
from tests.support.runners import DeferredRunner, ImmediateTaskRunner
from tests.support.session_fakes import FakeSession, sample_items

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")
NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


@pytest.fixture
def desk(qapp: QApplication, tmp_path: Path, qtbot: QtBot) -> Iterator[ExecDesk]:
    with running_demo_desk(qapp, qtbot, tmp_path / "home") as made:
        assert made.compose is not None
        made.compose.prepare()  # built ahead, as when the tray menu first opens
        yield made


def _compose(desk: ExecDesk) -> ComposeDesk:
    assert desk.compose is not None
    return desk.compose


def _drafts(compose: ComposeDesk) -> list[str]:
    return [d.text for d in compose.drafts.drafts()]


def test_a_send_is_queued_with_its_draft_removed_and_undo_brings_it_back(desk: ExecDesk, qtbot: QtBot) -> None:
    compose = _compose(desk)
    built = compose.composer
    desk.open_composer()  # the tray's Quick compose: the window built in the background, shown
    composer = compose.composer
    assert composer is built and composer is not None and composer.isVisible()
    qtbot.keyClicks(composer.editor, "Proud of the Lyon team.")
    qtbot.waitUntil(lambda: _drafts(compose) == ["Proud of the Lyon team."], timeout=3000)  # autosaved
    assert composer.send_button.text() == "Send in 10 min"  # the cool-off by default
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    store = compose.context.store
    qtbot.waitUntil(lambda: len(store.outbox.all(compose.context.account.key)) == 1, timeout=3000)
    qtbot.waitUntil(lambda: _drafts(compose) == [], timeout=3000)
    [item] = store.outbox.all(compose.context.account.key)
    assert item.state is OutboxState.SCHEDULED and item.payload == PostPayload(("Proud of the Lyon team.",))

    window = compose.show_outbox()
    assert window.view.topLevelItemCount() == 1
    row = window.view.topLevelItem(0)
    assert row is not None and row.text(0).startswith("Sends at ") and "in 10 min" in row.text(0)
    assert row.text(1) == "Proud of the Lyon team." and window.undo_button.isEnabled()
    window.undo_selected()
    qtbot.waitUntil(lambda: window.view.topLevelItemCount() == 0, timeout=3000)
    assert _drafts(compose) == ["Proud of the Lyon team."] and window.message.text() == "Back in your drafts."
    assert window.summary.text() == "Nothing waits to be sent."


def test_a_draft_that_cannot_be_saved_is_said_in_the_composer_and_kept(
    desk: ExecDesk, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    compose = _compose(desk)
    composer = compose.open()

    def full(*args: Any, **kwargs: Any) -> Any:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(compose.context.store.drafts, "create", full)
    composer.editor.setPlainText("Quarterly numbers at 9.")
    qtbot.waitUntil(lambda: "could not be saved" in composer.problem.text(), timeout=3000)
    assert "database or disk is full" in composer.problem.text() and "still in the composer" in composer.problem.text()
    assert composer.editor.toPlainText() == "Quarterly numbers at 9."  # nothing lost


def test_a_hand_over_that_fails_brings_the_same_draft_back(
    desk: ExecDesk, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    compose = _compose(desk)
    composer = compose.open()
    composer.editor.setPlainText("Board dinner moved to 8 pm.")
    qtbot.waitUntil(lambda: _drafts(compose) == ["Board dinner moved to 8 pm."], timeout=3000)
    [before] = compose.drafts.drafts()

    def full(*args: Any, **kwargs: Any) -> Any:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(compose.context.store.outbox, "enqueue", full)
    assert composer.send()
    qtbot.waitUntil(composer.isVisible, timeout=3000)
    assert "disk is full" in composer.problem.text() and "nothing was sent" in composer.problem.text()
    assert composer.editor.toPlainText() == "Board dinner moved to 8 pm."
    [after] = compose.drafts.drafts()
    assert after.id == before.id  # the same draft, not a copy
    composer.editor.insertPlainText(" Thanks.")
    qtbot.waitUntil(lambda: _drafts(compose) == ["Board dinner moved to 8 pm. Thanks."], timeout=3000)


def test_the_session_asks_for_a_reply_the_plan_refuses(desk: ExecDesk, qtbot: QtBot) -> None:
    session = FakeSession(sample_items(3))
    sessions = desk.sessions  # the app's session lives in its SessionDesk
    assert sessions is not None
    sessions.session = session  # type: ignore[assignment]  # a scripted session stands in for the engine
    target = next(i for i in session.items() if not session.capability("reply", i.post.id)[0])
    desk.compose_for_session(target.post.id, None)
    composer = _compose(desk).composer
    assert composer is not None and composer.isVisible()
    assert composer.context.label.text().startswith(f"Replying to @{target.author.username}: “")  # type: ignore[union-attr]
    assert "reply only when the author mentioned you" in composer.context.refusal.text()
    composer.editor.setPlainText("Congratulations to the team.")
    assert not composer.send_button.isEnabled()  # until the user picks what works
    composer.context.link_button.click()
    assert composer.send_button.isEnabled() and composer.price.text() == "Est. $0.20"


def test_the_tray_menu_has_the_outbox_and_the_drafts(desk: ExecDesk, qtbot: QtBot) -> None:
    compose = _compose(desk)
    store, key = compose.context.store, compose.context.account.key
    store.outbox.enqueue(key, {"op": "post", "parts": ["Later."], "media": []}, now=datetime.now(UTC))
    desk.tray.menu.aboutToShow.emit()
    names = [a.objectName() for a in desk.tray.menu.actions()]
    assert names.index("action_compose") + 1 == names.index("action_outbox")
    assert desk.tray.action("outbox").text() == "Outbox (1 waiting)…"
    desk.tray.action("drafts").trigger()
    assert compose.drafts_window is not None and compose.drafts_window.isVisible()


def test_exec_desk_post_nudges_the_running_sender(desk: ExecDesk, qtbot: QtBot) -> None:
    compose = _compose(desk)
    store, key = compose.context.store, compose.context.account.key
    item = store.outbox.enqueue(key, {"op": "post", "parts": ["Nudged."], "media": []}, now=datetime.now(UTC))
    desk.handle_request("outbox")
    qtbot.waitUntil(lambda: (store.outbox.get(item.id) or item).state is OutboxState.SENT, timeout=5000)


def test_a_video_on_its_way_shows_in_the_open_composer_and_the_outbox(desk: ExecDesk, qtbot: QtBot) -> None:
    """The real app on its demo X: the video is uploaded, X processes it (two seconds of its clock), then it goes."""
    compose = _compose(desk)
    composer = compose.open()
    window = compose.show_outbox()
    store, key = compose.context.store, compose.context.account.key
    clip = {"path": str(SHORT_MP4), "kind": "video", "mime_type": "video/mp4", "alt_text": "The Lyon line"}
    item = store.outbox.enqueue(
        key, {"op": "post", "parts": ["The line, running."], "media": [clip]}, now=datetime.now(UTC)
    )
    desk.handle_request("outbox")
    qtbot.waitUntil(lambda: composer.upload.isVisible(), timeout=5000)
    assert composer.upload_bar.format().startswith(("Uploading the video", "Waiting for X", "X is processing"))
    qtbot.waitUntil(lambda: window.view.itemWidget(window.view.topLevelItem(0), 0) is not None, timeout=5000)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: (store.outbox.get(item.id) or item).state is OutboxState.SENT, timeout=10000)
    qtbot.waitUntil(lambda: not composer.upload.isVisible(), timeout=3000)
    assert window.summary.text() == "Nothing waits to be sent."


# -- the composer alone ------------------------------------------------------------------------------------------
@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    yield from account_store(tmp_path / "desk.sqlite3")


def _composer(qtbot: QtBot, store: Store) -> ComposerWindow:
    drafts = DraftService(store, ImmediateTaskRunner(), account=lambda: ACCOUNT, clock=lambda: NOW, delay_ms=0)
    window = ComposerWindow(clock=lambda: NOW, drafts=drafts)
    qtbot.addWidget(window)
    window.open_for()
    return window


@pytest.mark.parametrize(
    ("text", "files"),
    [("x" * 300, 0), ("", 0), ("Five pictures of the plant.", 5), ("Pictures of the plant.", -1)],
    ids=["over-long", "empty", "five-images", "not-an-image"],
)
def test_an_invalid_send_keeps_the_draft(qtbot: QtBot, store: Store, tmp_path: Path, text: str, files: int) -> None:
    window = _composer(qtbot, store)
    qtbot.keyClicks(window.editor, text[:5])
    window.editor.insertPlainText(text[5:])
    if files > 0:
        refusals = window.attach_files([str(png(tmp_path / f"{n}.png")) for n in range(files)])
        assert refusals == ["A post holds at most 4 images; 5 are attached. Remove 1."]
        window.editor.insertPlainText("x" * 300)  # and too long to send
    elif files < 0:
        (tmp_path / "notes.txt").write_text("not a picture")
        assert "is not an image" in window.attach_files([str(tmp_path / "notes.txt")])[0]
        window.attach_files([str(tmp_path / "missing.png")])
        window.editor.insertPlainText("x" * 300)
    sent: list[object] = []
    window.send_requested.connect(sent.append)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    ok = window.send()
    assert not ok and sent == [] and window.isVisible() and not window.send_button.isEnabled()
    assert window.problem.text()  # why, in plain words
    expected = [window.editor.toPlainText()] if text else []
    qtbot.waitUntil(lambda: [d.text for d in store.drafts.all(ACCOUNT)] == expected, timeout=3000)
    if files > 0:
        [draft] = store.drafts.all(ACCOUNT)
        assert len(draft.media) == 4  # the fifth picture was refused; the four stay with the draft


def test_saving_at_exit_writes_the_latest_text_and_a_late_older_write_cannot_undo_it(
    qtbot: QtBot, store: Store
) -> None:
    runner = DeferredRunner()
    drafts = DraftService(store, runner, account=lambda: ACCOUNT, clock=lambda: NOW)
    drafts.edit(DraftContent("Dear board"))
    drafts.flush()  # handed to a worker that has not run it yet
    drafts.edit(DraftContent("Dear board, thank you"))
    drafts.save_now()  # quitting: written on this thread
    assert [d.text for d in store.drafts.all(ACCOUNT)] == ["Dear board, thank you"]
    runner.run_all()  # the older write comes late: dropped
    assert [d.text for d in store.drafts.all(ACCOUNT)] == ["Dear board, thank you"]


def test_a_handed_over_draft_is_not_written_again(qtbot: QtBot, store: Store) -> None:
    runner = DeferredRunner()
    drafts = DraftService(store, runner, account=lambda: ACCOUNT, clock=lambda: NOW)
    drafts.edit(DraftContent("Queued post"))
    handle = drafts.detach()  # its first write is still waiting for a worker
    with drafts.handing_over(handle) as draft_id:
        assert draft_id is None
    runner.run_all()
    assert store.drafts.all(ACCOUNT) == []  # the post is in the outbox; no draft comes back


def test_a_held_outbox_says_once_what_to_do(desk: ExecDesk, monkeypatch: pytest.MonkeyPatch) -> None:
    from exec_desk.core import errors

    compose = _compose(desk)
    said: list[str] = []
    monkeypatch.setattr(compose, "_notify", said.append)
    compose.outbox.held.emit(errors.AuthRevoked("X refused the refresh token (invalid_grant)"))
    assert said == [
        "X refused your sign-in: sign in again from the tray (Account…). Your waiting posts and retweets are kept "
        "and sent then."
    ]
    compose.outbox.held.emit(errors.CreditsDepleted("HTTP 402"))
    assert said[1] == (
        "Your X developer account has no credits left: add credits in the X Developer Console. Your waiting posts "
        "and retweets are kept."
    )


def test_a_repeat_of_a_queued_post_comes_back_with_where_the_earlier_one_is(desk: ExecDesk, qtbot: QtBot) -> None:
    """Refused in the same transaction that would have queued it (issue 11, point 7): the composer comes back
    with the text, its draft kept, and the step says when the earlier one goes."""
    compose = _compose(desk)
    store, key = compose.context.store, compose.context.account.key
    composer = compose.open()
    composer.editor.setPlainText("Proud of the Lyon team.")
    assert composer.send()
    qtbot.waitUntil(lambda: len(store.outbox.all(key)) == 1, timeout=3000)
    composer = compose.open()
    composer.editor.setPlainText("Proud of the  Lyon team.")
    qtbot.waitUntil(lambda: _drafts(compose) == ["Proud of the  Lyon team."], timeout=3000)
    assert composer.send()
    qtbot.waitUntil(lambda: composer.isVisible() and composer.step.isVisible(), timeout=3000)
    assert composer.step.kind == "duplicate" and "already in your outbox, to be sent at" in composer.step.message.text()
    assert composer.editor.toPlainText() == "Proud of the  Lyon team." and len(store.outbox.all(key)) == 1
    assert _drafts(compose) == ["Proud of the  Lyon team."]  # the same draft, kept
    composer.step.accept_button.click()  # "Show the outbox"
    assert compose.outbox_window is not None and compose.outbox_window.isVisible()
