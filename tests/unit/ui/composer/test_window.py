"""The composer window: counter, highlight, Send enabled only when valid, price, thread preview, Ctrl+Enter, Esc,
drafts, media with alt text, scheduling, refused replies/quotes, and its remembered place."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt, QUrl
from PySide6.QtGui import QTextCursor
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from exec_desk.core.compose import ComposedPost
from exec_desk.services.drafts import DraftService
from exec_desk.storage.store import Store
from exec_desk.ui.composer.parts import WhenPicker
from exec_desk.ui.composer.window import ComposerWindow
from tests.support.factories import ACCOUNT
from tests.support.media_files import picture, sized
from tests.support.runners import ImmediateTaskRunner

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")
NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
LONG = "Our third quarter closed strong: revenue grew 12% and we hired 40 engineers. " * 5


def make(qtbot: QtBot, **kwargs: object) -> ComposerWindow:
    window = ComposerWindow(clock=lambda: NOW, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    return window


def test_counter_price_and_send_follow_the_text(qtbot: QtBot) -> None:
    window = make(qtbot)
    assert window.counter.text() == "0/280" and not window.send_button.isEnabled()
    window.editor.setPlainText("Hello board.")
    assert window.counter.text() == "12/280" and window.send_button.isEnabled()
    assert window.price.text() == "Est. $0.015"
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    window.editor.insertPlainText(" https://example.com/q3")
    assert window.counter.text() == "36/280" and window.price.text() == "Est. $0.20"


def test_the_part_past_the_limit_is_highlighted_and_send_disabled(
    qtbot: QtBot, language: Callable[[str], None]
) -> None:
    language("en")  # the English plural forms ("10 characters too many")
    window = make(qtbot)
    window.editor.setPlainText("x" * 290)
    assert window.counter.text() == "290/280" and not window.send_button.isEnabled()
    [selection] = window.editor.extraSelections()
    assert (selection.cursor.selectionStart(), selection.cursor.selectionEnd()) == (280, 290)
    assert "10 characters too many" in window.problem.text() and "thread of 2 posts" in window.problem.text()
    window.editor.setPlainText("😷" * 141)  # emoji weigh 2; Qt positions are UTF-16 like the library's
    [selection] = window.editor.extraSelections()
    assert selection.cursor.selectionStart() == 280
    window.editor.setPlainText("fits")
    assert window.editor.extraSelections() == [] and window.send_button.isEnabled()


def test_thread_mode_shows_numbered_parts_with_their_counters(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    window = make(qtbot)
    window.editor.setPlainText(LONG)
    window.problem.linkActivated.emit("thread")  # "send it as a thread of 2 posts"
    assert window.thread_box.isChecked() and window.send_button.isEnabled()
    model = window.preview_model
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and not window.preview.isHidden()
    assert model.index(0).data().endswith(" 1/2") and model.index(1).data().endswith(" 2/2")
    from exec_desk.ui.composer.preview import Role

    assert [model.index(r).data(Role.NUMBER) for r in range(2)] == ["1/2", "2/2"]
    assert all(model.index(r).data(Role.COUNTER).endswith("/280") for r in range(2))
    assert window.counter.text() == "2 posts" and window.send_button.text() == "Send 2 posts"
    assert window.price.text() == "Est. $0.030 for 2 posts"
    window.editor.setPlainText("Short again.")
    assert model.rowCount() == 0 and window.preview.isHidden()


def test_ctrl_enter_sends_a_composed_post_and_clears(qtbot: QtBot) -> None:
    window = make(qtbot, cooloff_minutes=lambda: 10)
    window.show_composer()
    window.editor.setPlainText(LONG)
    window.thread_box.setChecked(True)
    with qtbot.waitSignal(window.send_requested) as sent:
        qtbot.keyClick(window.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert sent.args is not None
    post: ComposedPost = sent.args[0]
    assert len(post.parts) == 2 and post.parts[0].endswith(" 1/2")
    assert post.not_before == NOW + timedelta(minutes=10)  # the cool-off by default
    assert post.estimated_cost_micro == 30_000 and post.payload().op == "post"
    assert window.isHidden() and window.editor.toPlainText() == ""


def test_ctrl_enter_does_nothing_while_invalid(qtbot: QtBot) -> None:
    window = make(qtbot)
    window.editor.setPlainText("x" * 300)
    with qtbot.assertNotEmitted(window.send_requested):
        qtbot.keyClick(window.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.toPlainText() == "x" * 300 and not window.send()


def test_esc_hides_and_keeps_the_draft(qtbot: QtBot, store: Store) -> None:
    drafts = DraftService(store, ImmediateTaskRunner(), account=lambda: ACCOUNT, clock=lambda: NOW, delay_ms=0)
    window = make(qtbot, drafts=drafts)
    window.open_for()
    qtbot.keyClicks(window.editor, "Note to self")
    with qtbot.waitSignal(window.hidden):
        qtbot.keyClick(window.editor, Qt.Key.Key_Escape)
    assert window.isHidden()
    assert [d.text for d in store.drafts.all(ACCOUNT)] == ["Note to self"]
    window.open_for()
    assert window.editor.toPlainText() == "Note to self"  # same context: the same draft goes on
    with qtbot.waitSignal(window.send_requested) as sent:
        window.send()
    assert [d.text for d in store.drafts.all(ACCOUNT)] == ["Note to self"]  # kept until the outbox has it
    assert sent.args is not None
    window.queued(sent.args[0])
    assert store.drafts.all(ACCOUNT) == []  # handed over to the outbox


def test_a_reopened_draft_comes_back_with_its_media(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    drafts = DraftService(store, ImmediateTaskRunner(), account=lambda: ACCOUNT, clock=lambda: NOW, delay_ms=0)
    window = make(qtbot, drafts=drafts)
    window.open_for()
    window.attach_files([str(picture(tmp_path / "chart.png", "#0f766e"))])
    window.media.tiles()[0].alt.setText("Revenue by quarter")
    window.editor.setPlainText(LONG)
    window.hide()
    [draft] = store.drafts.all(ACCOUNT)
    other = make(qtbot, drafts=DraftService(store, ImmediateTaskRunner(), account=lambda: ACCOUNT, clock=lambda: NOW))
    other.open_draft(draft)
    assert other.editor.toPlainText() == LONG and other.thread_box.isChecked()
    assert [a.alt_text for a in other.media.attachments()] == ["Revenue by quarter"]


def test_media_with_alt_text_and_refusals(qtbot: QtBot, tmp_path: Path) -> None:
    window = make(qtbot)
    window.show_composer()
    images = [str(picture(tmp_path / f"{i}.png", "#1d4ed8")) for i in range(5)]
    refusals = window.attach_files(images)
    assert refusals == ["A post holds at most 4 images; 5 are attached. Remove 1."]
    assert len(window.media.tiles()) == 4 and window.focusWidget() is window.media.tiles()[0].alt  # asked at once
    assert window.problem.text() == refusals[0]
    refusals = window.attach_files([str(sized(tmp_path / "big.jpg", b"\xff\xd8\xff", 20 * 1024 * 1024))])
    assert "big.jpg is 20 MB" in refusals[0]
    window.media.tiles()[1].alt.setText("A chart")
    assert [a.alt_text for a in window.media.attachments()][:2] == ["", "A chart"]
    assert window.send_button.isEnabled()  # pictures alone make a post
    window.media.tiles()[0].remove_button.click()
    assert len(window.media.tiles()) == 3


def test_send_in_and_send_at(qtbot: QtBot) -> None:
    window = make(qtbot, cooloff_minutes=lambda: 0)
    window.editor.setPlainText("Later.")
    assert window.when.choice.currentIndex() == WhenPicker.NOW and window.send_button.text() == "Send"
    window.when.choice.setCurrentIndex(WhenPicker.LATER)
    window.when.minutes.setValue(25)
    assert window.send_button.text() == "Send in 25 min"
    assert window.when.not_before(NOW) == NOW + timedelta(minutes=25)
    window.when.choice.setCurrentIndex(WhenPicker.AT)
    moment = window.when.not_before(NOW)
    assert moment is not None and moment > NOW and window.send_button.text().startswith("Send at ")
    window.when.at.setDateTime(window.when.at.dateTime().addDays(-3))
    assert not window.send_button.isEnabled() and "in the past" in window.problem.text()


def test_a_refused_reply_offers_the_link_or_x_com(qtbot: QtBot) -> None:
    opened: list[QUrl] = []

    def opener(url: QUrl) -> bool:
        opened.append(url)
        return True

    window = make(
        qtbot,
        capability=lambda action: (False, "Your X plan can reply only when the author mentioned you."),
        opener=opener,
    )
    window.open_for(reply_to="1234", context_text="@ceo: “Who is coming to the offsite?”")
    window.editor.setPlainText("Count me in.")
    assert not window.send_button.isEnabled()
    assert "mentioned you" in window.context.refusal.text() and not window.context.link_button.isHidden()
    assert window.context.link_button.text() == "Post with the link instead — costs $0.20"
    window.context.open_button.click()
    assert opened and opened[0].toString().startswith("https://x.com/intent/post?")
    assert "in_reply_to=1234" in opened[0].toString()
    window.context.link_button.click()
    assert window.editor.toPlainText() == "Count me in.\n\nhttps://x.com/i/status/1234"
    assert window.send_button.isEnabled() and window.price.text() == "Est. $0.20"
    with qtbot.waitSignal(window.send_requested) as sent:
        window.send()
    assert sent.args is not None and sent.args[0].reply_to is None


def test_an_allowed_quote_keeps_its_context(qtbot: QtBot) -> None:
    window = make(qtbot, capability=lambda action: (True, ""))
    window.open_for(quote_of="99", context_text="@cfo: “Q3 numbers”")
    assert window.context.label.text() == "Quoting @cfo: “Q3 numbers”" and window.context.link_button.isHidden()
    window.editor.setPlainText("Proud of this team.")
    with qtbot.waitSignal(window.send_requested) as sent:
        window.send()
    assert sent.args is not None and sent.args[0].quote_of == "99"


def test_it_remembers_its_place(qtbot: QtBot, tmp_path: Path) -> None:
    state = tmp_path / "config" / "composer.ini"
    first = make(qtbot, state_file=state)
    first.show_composer()
    first.setGeometry(QRect(120, 140, 610, 430))
    first.hide()
    assert state.is_file()
    second = make(qtbot, state_file=state)
    assert (second.width(), second.height()) == (610, 430)


def test_restore_puts_a_post_back_with_the_reason(qtbot: QtBot) -> None:
    window = make(qtbot)
    post = ComposedPost(parts=("First. 1/2", "Second. 2/2"), reply_to=None)
    window.restore(post, "The outbox could not be written (disk full).")
    assert window.editor.toPlainText() == "First.\n\nSecond."
    assert "disk full" in window.problem.text() and window.isVisible()
