"""Screenshots of the composer: empty, over the limit, a thread preview, media with alt text, a refused reply.

They go to $EXEC_DESK_SHOTS when set (e.g. /tmp/shots, to look at them), else to the test's temporary folder.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from exec_desk.ui.composer.window import ComposerWindow
from tests.support.media_files import picture

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")
NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
UPDATE = (
    "Our third quarter closed strong. Revenue grew 12% year over year, and margins held despite the new plant. "
    "We hired 40 engineers, most of them in Lisbon and Nairobi. Customer churn fell to its lowest level in five "
    "years! What comes next? A focus on the mid-market, where our product wins on service. Thank you to every team "
    "that made this happen. Full results: https://example.com/q3"
)


def _grab(window: ComposerWindow) -> QImage:
    QApplication.processEvents()
    return window.grab().toImage()


def test_composer_screenshots(qtbot: QtBot, tmp_path: Path) -> None:
    folder = Path(os.environ.get("EXEC_DESK_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    window = ComposerWindow(clock=lambda: NOW, cooloff_minutes=lambda: 10)
    qtbot.addWidget(window)
    window.resize(620, 420)
    with qtbot.waitExposed(window):
        window.show_composer()
    shots = {"empty": _grab(window)}
    window.editor.setPlainText(UPDATE)
    shots["over-limit"] = _grab(window)
    window.thread_box.setChecked(True)
    window.resize(620, 700)
    shots["thread"] = _grab(window)
    window.thread_box.setChecked(False)
    window.editor.setPlainText("Proud of the teams who opened our Lisbon and Nairobi offices this quarter.")
    window.attach_files([
        str(picture(tmp_path / "lisbon.jpg", "#0f766e", "Lisbon", (640, 420))),
        str(picture(tmp_path / "nairobi.png", "#c2410c", "Nairobi", (640, 420))),
    ])  # fmt: skip
    window.media.tiles()[0].alt.setText("The Lisbon team on the office terrace")
    window.media.tiles()[1].alt.setText("Opening day in Nairobi")
    window.resize(620, 470)
    shots["media"] = _grab(window)
    refusing = ComposerWindow(
        clock=lambda: NOW, capability=lambda _a: (False, "Your X plan can reply only when the author mentioned you.")
    )
    qtbot.addWidget(refusing)
    refusing.resize(620, 420)
    refusing.open_for(reply_to="1234", context_text="@ceo: “Who is coming to the offsite in March?”")
    refusing.editor.setPlainText("Count me in, and I will bring the product roadmap.")
    shots["refused-reply"] = _grab(refusing)
    for name, image in shots.items():
        path = folder / f"composer-{name}.png"
        assert image.save(str(path)), path
        assert image.width() >= 600
    assert len({bytes(image.constBits()) for image in shots.values()}) == len(shots)  # five different states
    assert window.send_button.isEnabled() and refusing.context.link_button.isVisible()
