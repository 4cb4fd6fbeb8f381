"""Screenshots of the session window, the thread, the help and the summary, light and dark, from fake data.

They go to $EXEC_DESK_SHOTS when set (e.g. /tmp/shots, to look at them), else to the test's temporary folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from exec_desk.core.queue import ActionState
from exec_desk.ui.session.window import SessionWindow
from tests.support.session_fakes import FakeImages, FakeSession, clock, dark_palette, sample_items

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def _lightness(image: QImage) -> float:
    points = [(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 17)]
    return sum(image.pixelColor(x, y).lightness() for x, y in points) / len(points)


def _grab(window: SessionWindow) -> QImage:
    QApplication.processEvents()  # let pending layout requests (button labels changed) run first
    return window.grab().toImage()


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_screenshots(qtbot: QtBot, tmp_path: Path, mode: str) -> None:
    folder = Path(os.environ.get("EXEC_DESK_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    session = FakeSession(sample_items(5), seconds=272)
    images = FakeImages()
    window = SessionWindow(session, clock=clock, images=images, opener=lambda _url: QUrl() is None)
    if mode == "dark":
        window.setPalette(dark_palette())
    qtbot.addWidget(window)
    window.resize(760, 860)
    with qtbot.waitExposed(window):
        window.show()
    images.deliver("http://127.0.0.1/avatars/13.png", "#c2410c")
    images.deliver("http://127.0.0.1/media/m1.jpg", "#0f766e")
    window.view.setCurrentIndex(window.proxy.index(1, 0))
    session.retweet("101")
    session.set_state("102", ActionState.FAILED, "X did not answer")
    session.fetch_status.emit("Up to date · 6 sources")
    shots = {"session": _grab(window)}
    window.open_detail()
    shots["thread"] = _grab(window)
    window.close_detail()
    window.help.toggle()
    shots["help"] = _grab(window)
    window.help.dismiss()
    session.count_down(31)
    session.end()
    shots["summary"] = _grab(window)
    for name, image in shots.items():
        path = folder / f"{name}-{mode}.png"
        assert image.save(str(path)), path
        assert image.width() >= 760 and image.height() >= 800
        assert (_lightness(image) > 150) if mode == "light" else (_lightness(image) < 110), (name, _lightness(image))
    assert shots["session"] != shots["thread"] != shots["summary"]
