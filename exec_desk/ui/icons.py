"""Locate Exec Desk's resources (an installed `exec_desk.resources` package, or `resources/` in a checkout)."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtGui import QIcon


@functools.cache
def resources_dir() -> Path:
    try:
        import exec_desk.resources as installed  # type: ignore[import-not-found,unused-ignore]

        return Path(installed.__file__).parent
    except ImportError:
        return Path(__file__).resolve().parents[2] / "resources"


def icon(name: str) -> QIcon:
    """An icon from resources/icons by base name (SVG, so it stays crisp at any scale)."""
    path = resources_dir() / "icons" / f"{name}.svg"
    if not path.is_file():
        raise FileNotFoundError(f"missing icon {path}")
    return QIcon(str(path))


#: Colours of the countdown icon: the app icon's own (its background, its light stroke, its red hand).
COUNTDOWN_BACKGROUND, COUNTDOWN_LIGHT, COUNTDOWN_LAST_MINUTE = "#1d3557", "#f1faee", "#e63946"


def minutes_left(remaining: int) -> int:
    """The whole minutes the countdown icon shows: rounded up (4:01 left shows 5), 0 once the time is up."""
    return -(-max(0, remaining) // 60)


#: The ring empties in this many steps (a redraw every 12.5 s of a 5-minute session): the icon changes only then.
RING_STEPS = 24


def ring_step(remaining: int, total: int) -> int:
    """How many of the ring's `RING_STEPS` are still lit."""
    return 0 if total <= 0 else round(min(1.0, max(0.0, remaining / total)) * RING_STEPS)


def countdown_icon(remaining: int, total: int, *, size: int = 64) -> QIcon:
    """The tray icon during a session: the minutes left in big figures inside a ring that empties as time goes
    (in `RING_STEPS` steps; red in the last minute), on the app icon's background; drawn as vectors at `size`
    pixels, so it stays legible at a tray's 16 to 24 pixels."""
    from PySide6.QtCore import QRectF, Qt  # not on the start-up path: drawn only once a session runs
    from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap

    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(COUNTDOWN_BACKGROUND))
    painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.22, size * 0.22)
    stroke = size * 0.11
    ring = QRectF(stroke, stroke, size - 2 * stroke, size - 2 * stroke)
    track = QColor(COUNTDOWN_LIGHT)
    track.setAlphaF(0.25)
    painter.setPen(QPen(track, stroke * 0.8))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(ring)
    share = ring_step(remaining, total) / RING_STEPS
    light = QColor(COUNTDOWN_LAST_MINUTE if 0 < remaining <= 60 else COUNTDOWN_LIGHT)
    pen = QPen(light, stroke)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawArc(ring, 90 * 16, -round(share * 360 * 16))  # from twelve o'clock, clockwise
    font = QFont()
    font.setBold(True)
    figures = str(minutes_left(remaining))
    font.setPixelSize(round(size * (0.5 if len(figures) < 2 else 0.4)))
    painter.setFont(font)
    painter.setPen(QColor(COUNTDOWN_LIGHT))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, figures)
    painter.end()
    return QIcon(pixmap)
