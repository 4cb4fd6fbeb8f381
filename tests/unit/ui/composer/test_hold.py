"""A post held by a quiet period in the composer (issue 14, point 3): a disclosure word during a quiet period asks
for the press release's confirmation in the inline step; without a link first it cannot be confirmed; the post
sent carries the press release; and screenshots in English and French ($EXEC_DESK_SHOTS/office when set)."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from exec_desk.core.compose import ComposedPost
from exec_desk.core.disclosure import Hold, hold_for, parse_period
from exec_desk.ui.composer.window import ComposerWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")
NOW = datetime(2026, 10, 15, 9, 30, tzinfo=UTC)
Q3 = parse_period("2026-10-01..2026-10-28 Q3 results", UTC)
WORDS = ("results", "résultats")
PR = "https://ir.acme.com/q3-2026"


def quiet(parts: tuple[str, ...], when: datetime) -> Hold | None:
    return hold_for(parts, when, [Q3], WORDS)


def make(qtbot: QtBot) -> tuple[ComposerWindow, list[ComposedPost], list[Hold]]:
    window = ComposerWindow(clock=lambda: NOW, hold=quiet)
    qtbot.addWidget(window)
    sent: list[ComposedPost] = []
    held: list[Hold] = []
    window.send_requested.connect(sent.append)
    window.held.connect(held.append)
    window.show_composer()
    return window, sent, held


def test_a_held_post_goes_only_with_the_press_release_first(qtbot: QtBot, language: Callable[[str], None]) -> None:
    language("en")  # a 24-hour English locale, whatever tests ran before
    window, sent, held = make(qtbot)
    window.editor.setPlainText("Our Q3 results are strong.")
    qtbot.keyClick(window.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert sent == [] and window.step.isVisible() and window.step.kind == "hold" and len(held) == 1
    assert window.step.message.text().startswith("“results” during the quiet period Q3 results, until 29 Oct 00:00")
    assert "Put the address of the official press release first" in window.step.message.text()
    assert window.step.accept_button.isHidden() and window.focusWidget() is window.step.back_button
    qtbot.keyClick(window.step.back_button, Qt.Key.Key_Escape)
    assert not window.step.isVisible() and window.focusWidget() is window.editor

    window.editor.setPlainText(f"{PR} Our Q3 results are strong.")
    window.send()
    assert (
        window.step.accept_button.text() == "Send: it is the press release" and not window.step.accept_button.isHidden()
    )
    assert PR in window.step.message.text()
    qtbot.keyClick(window.step.accept_button, Qt.Key.Key_Return)
    assert len(sent) == 1 and sent[0].press_release == PR and sent[0].parts == (f"{PR} Our Q3 results are strong.",)


def test_a_confirmation_is_for_that_text_only(qtbot: QtBot) -> None:
    window, sent, _held = make(qtbot)
    window.editor.setPlainText(f"{PR} Nos résultats du trimestre.")
    window.send()
    window.step.accept_button.click()
    assert len(sent) == 1
    window.editor.setPlainText(f"{PR} Nos résultats, encore.")  # another post: asked again
    assert window.send() is False and window.step.kind == "hold"
    window.editor.setPlainText("A team lunch in Lyon.")  # no disclosure word: it goes
    window.step.back()
    assert window.send() is True and sent[-1].press_release is None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_hold_screenshots(qtbot: QtBot, language: Callable[[str], None], lang: str, tmp_path: Path) -> None:
    language(lang)
    folder = Path(os.environ.get("EXEC_DESK_SHOTS") or tmp_path) / "office"
    folder.mkdir(parents=True, exist_ok=True)
    window, _sent, _held = make(qtbot)
    window.resize(620, 420)
    window.editor.setPlainText(f"{PR}\n\nOur Q3 results: revenue up 12 %, and a strong pipeline for Q4.")
    window.send()
    QApplication.processEvents()
    image = window.grab().toImage()
    assert window.step.kind == "hold" and image.save(str(folder / f"composer-held-{lang}.png"))
