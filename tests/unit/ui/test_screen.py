"""Windows fit the screen they open on (a 768-pixel laptop, or the offscreen platform's 800x600)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from exec_desk.ui.screen import MARGIN, fit_to_screen


def test_a_window_taller_than_the_screen_is_shrunk_to_it(qapp: QApplication, qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    fit_to_screen(window, area.width() + 500, area.height() + 500)
    assert window.width() == area.width() - MARGIN and window.height() == area.height() - MARGIN


def test_a_window_that_fits_keeps_its_preferred_size(qapp: QApplication, qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    fit_to_screen(window, 400, 300)
    assert (window.width(), window.height()) == (400, 300)
