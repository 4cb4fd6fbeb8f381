"""The baseline of the start-up benchmark: a bare PySide6 tray app that quits on the first event-loop turn."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

app = QApplication(sys.argv[:1])
app.setQuitOnLastWindowClosed(False)
pixmap = QPixmap(22, 22)
pixmap.fill()
tray = QSystemTrayIcon(QIcon(pixmap))
tray.show()
hidden = QWidget()


def shown() -> None:
    print('{"event": "tray_shown"}', flush=True)
    app.quit()


QTimer.singleShot(0, shown)
sys.exit(app.exec())
