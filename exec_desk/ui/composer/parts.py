"""Pieces of the composer window: the counter ring, the media strip (thumbnails with alt text) and the "when" picker.

Colours come from the palette: `danger` and `warning` are a red and an amber of the palette's own lightness range,
as vivid as they can be while keeping a WCAG contrast of 4.5:1 on the window and on the text field, in light and
dark themes alike.

Signals of MediaStrip:
    changed(): a file was removed or a description (alt text) edited.
    tiles_changed(): a file was attached or removed (the tab order follows).
Signals of WhenPicker:
    changed(): the choice (now / in N minutes / at a time) or its value changed.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QLocale, QRectF, QSize, Qt, QTime, Signal
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPainter, QPaintEvent, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from exec_desk.core.media.checks import ALT_TEXT_MAX, Attachment, MediaKind, duration_text, size_text
from exec_desk.ui.i18n import message_text

THUMB = 88


def is_dark(palette: QPalette) -> bool:
    """Whether the palette is a dark theme's (light text on a dark window)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def luminance(color: QColor) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(hue: int, saturation: int, palette: QPalette, ratio: float = 4.5) -> QColor:
    """The most vivid colour of `hue` that reads on the palette's window and text field (contrast >= `ratio`)."""
    grounds = [palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)]
    steps = range(128, 256, 4) if is_dark(palette) else range(128, -1, -4)
    for lightness in steps:
        color = QColor.fromHsl(hue, saturation, lightness)
        if all(contrast(color, ground) >= ratio for ground in grounds):
            return color
    return palette.color(QPalette.ColorRole.WindowText)


def small_font(font: QFont, factor: float = 0.88) -> QFont:
    out = QFont(font)
    if font.pointSizeF() > 0:
        out.setPointSizeF(font.pointSizeF() * factor)
    else:
        out.setPixelSize(max(9, int(font.pixelSize() * factor)))
    return out


def danger(palette: QPalette) -> QColor:
    """Red for what stops a post (past the limit, a refusal), readable in the palette."""
    return readable(356, 200, palette)


def warning(palette: QPalette) -> QColor:
    """Amber for what needs care (near the limit, a plan's refusal), readable in the palette."""
    return readable(38, 230, palette)


class CountRing(QWidget):
    """X's little ring: fills as the post grows, turns amber near the limit and red past it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._used, self._max = 0, 280
        self.setFixedSize(22, 22)
        self.setAccessibleName(self.tr("Length of the post"))

    def set_counts(self, used: int, maximum: int) -> None:
        if (used, maximum) != (self._used, self._max):
            self._used, self._max = used, maximum
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        pal = self.palette()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(3, 3, self.width() - 6, self.height() - 6)
        p.setPen(QPen(pal.color(QPalette.ColorRole.Midlight), 2.5))
        p.drawEllipse(rect)
        share = min(1.0, self._used / self._max) if self._max else 1.0
        over = self._used > self._max
        near = self._used >= self._max - 20
        color = danger(pal) if over else warning(pal) if near else pal.color(QPalette.ColorRole.Highlight)
        p.setPen(QPen(color, 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawArc(rect, 90 * 16, -round(share * 360 * 16))
        p.end()


def thumbnail(attachment: Attachment, size: int = THUMB, palette: QPalette | None = None) -> QPixmap:
    """A square thumbnail; images are decoded at a reduced size, videos get a play sign (in the palette's colours)."""
    palette = palette or QPalette()
    out = QPixmap(size, size)
    out.fill(Qt.GlobalColor.transparent)
    image = QImage()
    if attachment.kind is not MediaKind.VIDEO:
        reader = QImageReader(attachment.path)
        reader.setAutoTransform(True)
        full = reader.size()
        if full.isValid() and full.width() > 0 and full.height() > 0:
            scale = size / min(full.width(), full.height())
            reader.setScaledSize(QSize(max(1, round(full.width() * scale)), max(1, round(full.height() * scale))))
        image = reader.read()
    p = QPainter(out)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(palette.color(QPalette.ColorRole.Mid))
    p.drawRoundedRect(0, 0, size, size, 8, 8)
    if not image.isNull():
        x, y = (image.width() - size) // 2, (image.height() - size) // 2
        p.setBrush(image.copy(x, y, size, size))
        p.drawRoundedRect(0, 0, size, size, 8, 8)
    else:
        ground, ink = palette.color(QPalette.ColorRole.Mid), palette.color(QPalette.ColorRole.Text)
        p.setPen(ink if contrast(ink, ground) >= 3 else palette.color(QPalette.ColorRole.Base))
        glyph = "▶" if attachment.kind is MediaKind.VIDEO else "?"
        p.drawText(out.rect(), int(Qt.AlignmentFlag.AlignCenter), glyph)
    if attachment.kind is MediaKind.GIF:  # a badge on the picture: dark with white text whatever the theme
        p.setBrush(QColor(0, 0, 0, 160))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRoundedRect(6, size - 22, 30, 16, 4, 4)
        p.setPen(QColor("white"))
        p.drawText(6, size - 22, 30, 16, int(Qt.AlignmentFlag.AlignCenter), "GIF")
    p.end()
    return out


class MediaTile(QFrame):
    """One attached file: its thumbnail, name and size, a remove button, and its description (alt text)."""

    def __init__(self, attachment: Attachment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attachment = attachment
        self.setObjectName("mediaTile")
        self.setFixedWidth(THUMB + 124)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        top = QHBoxLayout()
        top.setSpacing(6)
        picture = QLabel()
        picture.setPixmap(thumbnail(attachment, 56, self.palette()))
        picture.setFixedSize(56, 56)
        top.addWidget(picture)
        size = message_text(size_text(attachment.size)).replace(" ", "\u00a0")
        kinds = {MediaKind.IMAGE: self.tr("IMAGE"), MediaKind.GIF: self.tr("GIF"), MediaKind.VIDEO: self.tr("VIDEO")}
        facts = [kinds[attachment.kind], size]
        if attachment.duration_ms is not None:  # a video: how long it lasts
            facts.insert(1, message_text(duration_text(attachment.duration_ms)).replace(" ", "\u00a0"))
        info = QLabel(f"{attachment.name}\n{' · '.join(facts)}")
        info.setFont(small_font(info.font(), 0.82))
        info.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        info.setWordWrap(True)
        top.addWidget(info, 1)
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(self.tr("Remove {name}").format(name=attachment.name))
        self.remove_button.setAccessibleName(self.remove_button.toolTip())
        top.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.alt = QLineEdit(attachment.alt_text)
        self.alt.setPlaceholderText(self.tr("Describe it (alt text)"))
        self.alt.setMaxLength(ALT_TEXT_MAX)
        self.alt.setToolTip(
            self.tr("A description for people who use screen readers; X shows it as the image's alt text.")
        )
        self.alt.setAccessibleName(self.tr("Description of {name}").format(name=attachment.name))
        self.alt.setAccessibleDescription(self.alt.toolTip())
        layout.addWidget(self.alt)

    def current(self) -> Attachment:
        return self.attachment.with_alt(self.alt.text().strip())


class MediaStrip(QWidget):
    """The attached files, side by side."""

    changed = Signal()
    tiles_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self._layout.addStretch(1)
        self._tiles: list[MediaTile] = []
        self.setVisible(False)

    def attachments(self) -> list[Attachment]:
        return [tile.current() for tile in self._tiles]

    def tiles(self) -> list[MediaTile]:
        return list(self._tiles)

    def add(self, attachment: Attachment) -> MediaTile:
        tile = MediaTile(attachment, self)
        tile.alt.textChanged.connect(self.changed)
        tile.remove_button.clicked.connect(lambda: self.remove(tile))
        self._layout.insertWidget(len(self._tiles), tile)
        self._tiles.append(tile)
        self.setVisible(True)
        self.tiles_changed.emit()
        return tile

    def remove(self, tile: MediaTile) -> None:
        if tile in self._tiles:
            self._tiles.remove(tile)
            tile.deleteLater()
            tile.setParent(None)
            self.setVisible(bool(self._tiles))
            self.tiles_changed.emit()
            self.changed.emit()

    def clear(self) -> None:
        for tile in list(self._tiles):
            self._tiles.remove(tile)
            tile.setParent(None)
            tile.deleteLater()
        self.setVisible(False)
        self.tiles_changed.emit()


class WhenPicker(QWidget):
    """Send now, in N minutes (the cool-off, Undo possible until then) or at a chosen time."""

    changed = Signal()
    NOW, LATER, AT = 0, 1, 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.choice = QComboBox()
        self.choice.addItems([self.tr("Send now"), self.tr("Send in"), self.tr("Send at")])
        self.choice.setToolTip(self.tr("A post waiting in the outbox can be undone until it is sent."))
        self.choice.setAccessibleName(self.tr("When to send"))
        self.choice.setAccessibleDescription(self.choice.toolTip())
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 24 * 60)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes before it is sent"))
        self.at = QDateTimeEdit()
        time_format = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
        self.at.setDisplayFormat(f"ddd d MMM {time_format}")
        self.at.setCalendarPopup(True)
        self.at.setAccessibleName(self.tr("Day and time to send it"))
        for widget in (self.choice, self.minutes, self.at):
            layout.addWidget(widget)
        self.choice.currentIndexChanged.connect(self._shown)
        self.choice.currentIndexChanged.connect(self.changed)
        self.minutes.valueChanged.connect(self.changed)
        self.at.dateTimeChanged.connect(self.changed)
        self._cooloff = 0
        self._shown()

    def reset(self, cooloff_minutes: int, now: datetime) -> None:
        """Back to the default: the cool-off when there is one, else now; "at" proposes the next round hour."""
        self._cooloff = cooloff_minutes
        self.minutes.setValue(max(1, cooloff_minutes or 10))
        next_hour = now.astimezone().replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        self.at.setDateTime(QDateTime.fromSecsSinceEpoch(int(next_hour.timestamp())))
        self.choice.setCurrentIndex(self.LATER if cooloff_minutes > 0 else self.NOW)

    def not_before(self, now: datetime) -> datetime | None:
        """When to send: None for now."""
        if self.choice.currentIndex() == self.LATER:
            return now + timedelta(minutes=self.minutes.value())
        if self.choice.currentIndex() == self.AT:
            return datetime.fromtimestamp(self.at.dateTime().toSecsSinceEpoch(), UTC)
        return None

    def problem(self, now: datetime) -> str | None:
        moment = self.not_before(now)
        if self.choice.currentIndex() == self.AT and moment is not None and moment <= now:
            return self.tr("The time to send is in the past: pick a later one, or send now.")
        return None

    def summary(self, now: datetime) -> str:
        """`""`, `in 10 min` or `at 14:30` (`at Fri 14:30` beyond today), in the user's language and locale."""
        moment = self.not_before(now)
        if moment is None:
            return ""
        if self.choice.currentIndex() == self.LATER:
            return self.tr("in {minutes} min").format(minutes=self.minutes.value())
        local, locale = moment.astimezone(), QLocale()
        time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        if local.date() == now.astimezone().date():
            return self.tr("at {time}").format(time=time)
        day = locale.toString(QDate(local.year, local.month, local.day), "ddd")
        return self.tr("at {day} {time}").format(day=day, time=time)

    def _shown(self) -> None:
        index = self.choice.currentIndex()
        self.minutes.setVisible(index == self.LATER)
        self.at.setVisible(index == self.AT)
