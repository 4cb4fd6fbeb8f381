"""The composer's inline step (issue 11, points 5 and 7): a post above the cost threshold is sent only once
confirmed, the estimate shown first, all from the keyboard; a thread above the cap is refused; a duplicate refusal
says where the earlier post is and keeps the text; in English and French."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from exec_desk.core.compose import ComposedPost
from exec_desk.services.outbox.duplicates import Duplicate
from exec_desk.ui.composer.window import ComposerWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")
NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
CHAPTER = (
    "Chapter {n} of the annual report, with the figures, the charts and the notes the board asked for last month, "
    "is now online for every team to read before Thursday: https://example.com/report/{n} ."
)
COSTLY = " ".join(CHAPTER.format(n=n) for n in range(6))  # 6 posts with a link: $1.20


def make(qtbot: QtBot, **kwargs: object) -> tuple[ComposerWindow, list[ComposedPost]]:
    window = ComposerWindow(clock=lambda: NOW, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    sent: list[ComposedPost] = []
    window.send_requested.connect(sent.append)
    window.show_composer()
    return window, sent


def _thread(window: ComposerWindow, text: str) -> None:
    window.editor.setPlainText(text)
    window.thread_box.setChecked(True)


def test_above_the_threshold_the_estimate_is_shown_and_enter_confirms(qtbot: QtBot) -> None:
    window, sent = make(qtbot)
    _thread(window, COSTLY)
    assert window.price.text() == "Est. $1.20 for 6 posts" and window.send_button.isEnabled()
    qtbot.keyClick(window.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert sent == [] and window.isVisible() and window.step.isVisible() and window.step.kind == "cost"
    assert window.step.message.text() == (
        "This thread of 6 posts will cost about $1.20, more than the $1.00 above which Exec Desk asks "
        "(Settings → Posting). Send it?"
    )
    assert window.step.accept_button.text() == "Send for $1.20"
    assert window.focusWidget() is window.step.accept_button  # the keyboard is on the question
    qtbot.keyClick(window.step.accept_button, Qt.Key.Key_Return)
    assert len(sent) == 1 and len(sent[0].parts) == 6 and sent[0].estimated_cost_micro == 1_200_000
    assert not window.isVisible() and not window.step.isVisible()


def test_esc_keeps_editing_and_an_edit_asks_again(qtbot: QtBot) -> None:
    window, sent = make(qtbot)
    _thread(window, COSTLY)
    window.send()
    assert window.step.isVisible()
    qtbot.keyClick(window.step.accept_button, Qt.Key.Key_Escape)  # "Keep editing", the window stays
    assert not window.step.isVisible() and window.isVisible() and window.focusWidget() is window.editor and sent == []
    window.send()
    window.editor.insertPlainText(" One more line.")  # the text changed: the question goes, and comes again
    assert not window.step.isVisible()
    assert window.send() is False and window.step.isVisible() and sent == []
    window.step.back_button.click()
    assert not window.step.isVisible() and sent == []


def test_the_threshold_and_the_cap_come_from_settings(qtbot: QtBot) -> None:
    window, sent = make(qtbot, confirm_above=lambda: 2_000_000, thread_cap=lambda: 5)
    _thread(window, COSTLY)
    assert not window.send_button.isEnabled()  # 6 posts: above the cap of 5
    assert window.problem.text() == (
        "This would be a thread of 6 posts; a thread holds at most 5 (Settings → Posting). Shorten it."
    )
    window, sent = make(qtbot, confirm_above=lambda: 2_000_000, thread_cap=lambda: 25)
    _thread(window, COSTLY)
    assert window.send() is True and len(sent) == 1  # $1.20 is below $2.00: no question
    window, sent = make(qtbot, confirm_above=lambda: 0)
    window.editor.setPlainText("A single post.")
    assert window.send() is False and "This post will cost about $0.015" in window.step.message.text()


def test_a_single_post_that_does_not_fit_still_offers_a_thread_within_the_cap(qtbot: QtBot) -> None:
    window, _sent = make(qtbot, thread_cap=lambda: 3)
    window.editor.setPlainText("We grew. " * 40)  # two posts: the link to send it as a thread
    assert "send it as a thread of 2 posts" in window.problem.text()
    window.editor.setPlainText("We grew. " * 130)  # four posts: above the cap, no such offer
    assert "send it as a thread" not in window.problem.text()
    assert "a thread holds at most 3" in window.problem.text() and not window.send_button.isEnabled()


def test_text_that_shows_nothing_cannot_be_sent(qtbot: QtBot) -> None:
    window, _sent = make(qtbot)
    window.editor.setPlainText("\u200b\u200e\u2060")
    assert not window.send_button.isEnabled() and "only invisible characters" in window.problem.text()
    window.editor.setPlainText("Board\x00 update")
    assert not window.send_button.isEnabled() and "NUL character" in window.problem.text()


def test_a_duplicate_refusal_links_to_the_earlier_post_and_keeps_the_text(qtbot: QtBot) -> None:
    opened: list[QUrl] = []

    def opener(url: QUrl) -> bool:
        opened.append(url)
        return True

    window, sent = make(qtbot, opener=opener)
    window.editor.setPlainText("Proud of the Lyon team.")
    assert window.send() is True
    [post] = sent
    window.restore(post, "")  # the app found it repeats a sent post: the text comes back...
    window.refuse_duplicate(Duplicate(3, 1, 1, "1890", NOW))
    assert window.isVisible() and window.editor.toPlainText() == "Proud of the Lyon team."
    assert window.step.kind == "duplicate" and "You already posted this text" in window.step.message.text()
    assert 'href="https://x.com/i/web/status/1890"' in window.step.message.text()
    assert window.step.accept_button.text() == "Open the earlier post"
    assert window.focusWidget() is window.step.accept_button
    qtbot.keyClick(window.step.accept_button, Qt.Key.Key_Space)
    assert opened == [QUrl("https://x.com/i/web/status/1890")] and not window.step.isVisible()
    window.step.message.linkActivated.emit("https://x.com/i/web/status/1890")  # the link itself, too
    assert opened[-1] == QUrl("https://x.com/i/web/status/1890")


def test_a_duplicate_waiting_in_the_outbox_offers_the_outbox(qtbot: QtBot) -> None:
    window, _sent = make(qtbot)
    shown: list[bool] = []
    window.outbox_requested.connect(lambda: shown.append(True))
    window.editor.setPlainText("Board dinner at 8.")
    window.refuse_duplicate(Duplicate(4, 2, 3, None, NOW + timedelta(minutes=10)))
    text = window.step.message.text()
    assert text.startswith("Part 2 is already in your outbox, to be sent at ") and "Edit it" in text
    assert window.step.accept_button.text() == "Show the outbox"
    qtbot.keyClick(window.step.accept_button, Qt.Key.Key_Return)
    assert shown == [True]
    window.refuse_duplicate(Duplicate(4, 1, 1, None, NOW))
    qtbot.keyClick(window.editor, Qt.Key.Key_X)  # editing the text: the refusal goes
    assert not window.step.isVisible() and window.isVisible()


def test_the_step_in_french(qtbot: QtBot, language: Callable[[str], None]) -> None:
    language("fr")
    window, _sent = make(qtbot)
    _thread(window, COSTLY)
    window.send()
    assert window.step.message.text().startswith("Ce fil de 6 publications coûtera environ 1,20")
    assert window.step.accept_button.text().startswith("Envoyer pour 1,20")
    assert window.step.back_button.text() == "Continuer à écrire"
    window.step.back()
    window.refuse_duplicate(Duplicate(3, 1, 1, "1890", NOW))
    assert window.step.message.text().startswith("Vous avez déjà publié ce texte")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_step_screenshots(qtbot: QtBot, language: Callable[[str], None], lang: str, tmp_path: Path) -> None:
    """The cost confirmation and a duplicate refusal, to look at: in $EXEC_DESK_SHOTS when set, else tmp_path."""
    from PySide6.QtWidgets import QApplication

    language(lang)
    folder = Path(os.environ.get("EXEC_DESK_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    window, _sent = make(qtbot, cooloff_minutes=lambda: 10)
    window.resize(620, 640)
    _thread(window, COSTLY)
    window.send()
    QApplication.processEvents()
    cost = window.grab().toImage()
    window.step.back()
    window.resize(620, 420)
    window.editor.setPlainText("Proud of the Lyon team: the plant opens in March.")
    window.thread_box.setChecked(False)
    window.refuse_duplicate(Duplicate(3, 1, 1, "1861234567890123456", NOW))
    QApplication.processEvents()
    sent = window.grab().toImage()
    window.refuse_duplicate(Duplicate(4, 1, 1, None, NOW + timedelta(minutes=10)))
    QApplication.processEvents()
    queued = window.grab().toImage()
    for name, image in (("cost", cost), ("duplicate-sent", sent), ("duplicate-queued", queued)):
        assert image.width() >= 600 and image.save(str(folder / f"composer-{name}-{lang}.png"))
    assert len({bytes(i.constBits()) for i in (cost, sent, queued)}) == 3
