"""Colours, text and image helpers for painting posts (shared by the timeline delegate and the detail pane)."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPixmap,
    QTextDocument,
)
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from exec_desk.core.queue import ActionState

_LINK = re.compile(r"(https?://[^\s<]+[^\s<.,;:!?)\]'\"])|(?<![\w@])@(\w{1,15})|(?<![\w#&])#(\w+)")


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def state_color(palette: QPalette, state: str) -> QColor:
    dark = is_dark(palette)
    if state == ActionState.FAILED or state == ActionState.FORBIDDEN:
        return QColor("#ff7b72" if dark else "#cf222e")
    if state == ActionState.DONE:
        return QColor("#3fb950" if dark else "#1a7f37")
    return palette.color(QPalette.ColorRole.Link)


def badge_colors(palette: QPalette, group_id: int) -> tuple[QColor, QColor]:
    """Background and text colour of a group badge: one hue per group, tuned to a light or dark palette."""
    hue = (group_id * 67 + 200) % 360
    if is_dark(palette):
        return QColor.fromHsl(hue, 90, 60), QColor.fromHsl(hue, 200, 205)
    return QColor.fromHsl(hue, 160, 232), QColor.fromHsl(hue, 140, 70)


def opaque(color: QColor, background: QColor) -> QColor:
    """`color` blended over `background` (palettes give translucent placeholder colours; HTML wants solid ones)."""
    a = color.alphaF()
    return QColor.fromRgbF(
        color.redF() * a + background.redF() * (1 - a),
        color.greenF() * a + background.greenF() * (1 - a),
        color.blueF() * a + background.blueF() * (1 - a),
    )


def initials(name: str) -> str:
    letters = [w[0] for w in re.findall(r"[^\W\d_]+", name)][:2]
    return "".join(letters).upper() or "?"


def linkify(text: str) -> str:
    """Post text as HTML with URLs, @mentions and #hashtags turned into links."""
    out: list[str] = []
    last = 0
    for match in _LINK.finditer(text):
        out.append(html.escape(text[last : match.start()]))
        url, user, tag = match.groups()
        href = url or (f"https://x.com/{user}" if user else f"https://x.com/hashtag/{tag}")
        out.append(f'<a href="{html.escape(href, quote=True)}">{html.escape(match.group(0))}</a>')
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out).replace("\n", "<br>")


def small_font(font: QFont) -> QFont:
    small = QFont(font)
    size = font.pointSizeF()
    if size > 0:
        small.setPointSizeF(size * 0.88)
    else:
        small.setPixelSize(max(9, int(font.pixelSize() * 0.88)))
    return small


def text_document(body: str, font: QFont, width: int, link: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(f"a {{ color: {link}; text-decoration: none; }}")
    doc.setHtml(body)
    doc.setTextWidth(width)
    return doc


def rounded_pixmap(image: QImage, size: QSize, dpr: float, *, radius: float | None) -> QPixmap:
    """The image cropped to fill `size` (centre), clipped to a circle or a rounded rectangle, at `dpr`."""
    target = QSize(round(size.width() * dpr), round(size.height() * dpr))
    scaled = image.scaled(
        target, Qt.AspectRatioMode.KeepAspectRatioByExpanding, Qt.TransformationMode.SmoothTransformation
    )
    x = (scaled.width() - target.width()) // 2
    y = (scaled.height() - target.height()) // 2
    out = QPixmap(target)
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    if radius is None:
        path.addEllipse(QRectF(0, 0, target.width(), target.height()))
    else:
        path.addRoundedRect(QRectF(0, 0, target.width(), target.height()), radius * dpr, radius * dpr)
    painter.setClipPath(path)
    painter.drawImage(0, 0, scaled, x, y, target.width(), target.height())
    painter.end()
    out.setDevicePixelRatio(dpr)
    return out


def mute(widget: QWidget) -> None:
    """Secondary text: drawn in the palette's placeholder colour, so it follows light and dark palettes."""
    widget.setForegroundRole(QPalette.ColorRole.PlaceholderText)


def note_label(name: str, left: int = 16, top: int = 2, bottom: int = 2, *, size: float = 1.0) -> QLabel:
    """A muted, word-wrapped line of secondary text (reasons, status)."""
    label = QLabel("")
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setContentsMargins(left, top, left, bottom)
    label.setFont(scaled_font(label.font(), size))
    mute(label)
    return label


def scaled_font(font: QFont, factor: float, *, bold: bool | None = None) -> QFont:
    out = QFont(font)
    if font.pointSizeF() > 0:
        out.setPointSizeF(font.pointSizeF() * factor)
    else:
        out.setPixelSize(max(8, round(font.pixelSize() * factor)))
    if bold is not None:
        out.setBold(bold)
    return out


def selected_tint(pal: QPalette, *, hover: bool = False) -> QColor:
    """The translucent tint of a selected row (or, fainter, a hovered one): the timeline's rows and the opened post
    in its thread."""
    tint = QColor(pal.color(QPalette.ColorRole.Highlight))
    tint.setAlpha(14 if hover else 56 if is_dark(pal) else 30)
    return tint


def paint_row_background(p: QPainter, pal: QPalette, *, selected: bool, hover: bool, size: QSize) -> None:
    """A list row: a tint and an accent bar when selected, a faint tint on hover, a hairline at the bottom."""
    width, height = size.width(), size.height()
    highlight = pal.color(QPalette.ColorRole.Highlight)
    if selected or hover:
        p.fillRect(QRect(0, 0, width, height), selected_tint(pal, hover=not selected))
    if selected:
        p.fillRect(QRect(0, 0, 3, height), highlight)
    line = QColor(pal.color(QPalette.ColorRole.Mid))
    line.setAlpha(90)
    p.fillRect(QRect(0, height - 1, width, 1), line)


class Panel(QFrame):
    """A rounded panel painted from the palette, so it follows light and dark themes without a style sheet."""

    def __init__(
        self, parent: QWidget | None = None, *, fill: QPalette.ColorRole = QPalette.ColorRole.Base, radius: float = 10
    ) -> None:
        super().__init__(parent)
        self._fill = fill
        self._radius = radius

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.setBrush(self.palette().color(self._fill))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), self._radius, self._radius)


class KeyCap(QLabel):
    """A key drawn as a small key cap ("Ctrl+Z")."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setContentsMargins(7, 1, 7, 1)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.setBrush(self.palette().color(QPalette.ColorRole.AlternateBase))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5)
        painter.end()
        super().paintEvent(event)


class TimeBar(QWidget):
    """A thin bar: the share of the session's time that is left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedHeight(3)
        self.value, self.total = 0, 1

    def set_value(self, value: int, total: int) -> None:
        self.value, self.total = value, max(1, total)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Midlight))
        width = round(self.width() * min(1.0, self.value / self.total))
        painter.fillRect(QRect(0, 0, width, self.height()), self.palette().color(QPalette.ColorRole.Highlight))
