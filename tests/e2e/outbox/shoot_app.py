"""Screenshots of the composer and the outbox inside the running app, on a virtual X display with a tray (by hand):

    .venv/bin/python packaging/virtual_desktop.py -- .venv/bin/python tests/e2e/outbox/shoot_app.py [/tmp/shots]

Runs `ExecDesk` in this process on the demo account, drives it as a user would (the tray's Quick compose, typing,
attaching pictures with descriptions, a reply the plan refuses from a real session, sending with the cool-off,
the outbox window, the tray menu) and saves the whole screen and a crop of each window as `app-*.png`.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from exec_desk.app.desk import ExecDesk
from exec_desk.storage.paths import Paths
from exec_desk.storage.settings import Settings
from exec_desk.ui.composer.parts import WhenPicker

UPDATE = (
    "Our third quarter closed strong. Revenue grew 12% year over year, and margins held despite the new plant. "
    "We hired 40 engineers, most of them in Lisbon and Nairobi. Customer churn fell to its lowest level in five "
    "years! What comes next? A focus on the mid-market, where our product wins on service. Thank you to every team "
    "that made this happen. Full results: https://example.com/q3"
)


def _wait(app: QApplication, done: Callable[[], bool], seconds: float = 15.0) -> None:
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise RuntimeError("timed out")
        app.processEvents()
    for _ in range(20):  # let the window manager-less X server map and paint
        app.processEvents()
        time.sleep(0.01)


def _picture(path: Path, colour: str, label: str) -> str:
    image = QImage(640, 420, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(0, 0, 640, 420)
    gradient.setColorAt(0, QColor(colour))
    gradient.setColorAt(1, QColor(colour).darker(180))
    painter.fillRect(image.rect(), gradient)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setPixelSize(64)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(image.rect(), int(Qt.AlignmentFlag.AlignCenter), label)
    painter.end()
    image.save(str(path))
    return str(path)


class Shooter:
    def __init__(self, app: QApplication, folder: Path) -> None:
        self.app, self.folder = app, folder
        folder.mkdir(parents=True, exist_ok=True)

    def __call__(self, name: str, window: QWidget | None = None, rect: QRect | None = None) -> None:
        for _ in range(10):
            self.app.processEvents()
            time.sleep(0.02)
        screen = self.app.primaryScreen().grabWindow(0)
        screen.save(str(self.folder / f"app-{name}-screen.png"))
        area = rect or (window.frameGeometry() if window is not None else None)
        if area is not None:
            screen.copy(area.adjusted(-4, -4, 4, 4)).save(str(self.folder / f"app-{name}.png"))
        print(f"saved app-{name}.png")


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots")
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    base = Path(tempfile.mkdtemp(prefix="shots-"))
    paths = Paths.resolve(base)
    paths.ensure()
    settings = Settings(paths.settings_file)
    desk = ExecDesk(app, paths, settings, demo=True, api_url=None)
    desk.start()
    shoot = Shooter(app, folder)
    _wait(app, lambda: desk.compose is not None and desk.compose.composer is not None, 30)
    compose = desk.compose
    assert compose is not None and compose.composer is not None
    composer = compose.composer
    composer.setGeometry(300, 120, 640, 440)

    desk.tray.compose_requested.emit()  # Quick compose from the tray
    _wait(app, composer.isVisible)
    shoot("composer-empty", composer)
    composer.editor.setPlainText(UPDATE)
    shoot("composer-over-limit", composer)
    composer.thread_box.setChecked(True)
    composer.resize(640, 700)
    shoot("composer-thread", composer)
    composer.send()  # with the cool-off: "Send 2 posts in 10 min"
    _wait(app, lambda: not composer.isVisible())

    desk.open_composer()
    composer.resize(640, 500)
    composer.editor.setPlainText("Proud of the teams who opened our Lisbon and Nairobi offices this quarter.")
    composer.attach_files([
        _picture(base / "lisbon.jpg", "#0f766e", "Lisbon"),
        _picture(base / "nairobi.png", "#c2410c", "Nairobi"),
    ])  # fmt: skip
    composer.media.tiles()[0].alt.setText("The Lisbon team on the office terrace")
    composer.media.tiles()[1].alt.setText("Opening day in Nairobi")
    shoot("composer-media", composer)
    composer.when.choice.setCurrentIndex(WhenPicker.AT)
    composer.send()
    _wait(app, lambda: not composer.isVisible())

    desk.open_session()
    _wait(app, lambda: desk.session is not None and len(desk.session.items()) > 3, 30)
    session = desk.session
    assert session is not None
    target = next(i for i in session.items() if not session.capability("reply", i.post.id)[0])
    desk.compose_for_session(target.post.id, None)
    composer.resize(640, 480)
    composer.move(340, 160)
    composer.editor.setPlainText("Congratulations to the whole team.")
    _wait(app, composer.isVisible)
    shoot("composer-reply-refused", composer)
    composer.hide()
    if desk.session_window is not None:
        desk.session_window.hide()
    quoted = {
        "op": "post",
        "parts": ["Worth reading, on energy in warehouses."],
        "media": [],
        "quote_of": target.post.id,
    }
    compose.outbox.enqueue(quoted)  # queued as a quote, which the demo account's plan refuses: back to the drafts

    window = compose.show_outbox()
    window.setGeometry(260, 200, 760, 300)
    _wait(app, lambda: window.view.topLevelItemCount() >= 3)
    failed = window.view.topLevelItem(window.view.topLevelItemCount() - 1)
    assert failed is not None
    window.view.setCurrentItem(failed)  # the failed one
    shoot("outbox", window)

    desk.tray.menu.popup(QPoint(1000, 40))
    _wait(app, desk.tray.menu.isVisible)
    shoot("tray-menu", desk.tray.menu)
    desk.tray.menu.hide()
    desk.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
