"""Paints one post of the session timeline: avatar, author, age, linked text, media, quote, reason, metrics, state.

Layout (logical pixels; everything is drawn with vectors or from images scaled to the device pixel ratio, so it
stays crisp at any DPI): an optional "Retweeted by …" line, then the avatar on the left and, in the text column,
the header (name, @username · age, group badge), the text with links, a strip of media thumbnails, the quoted post,
the short "why it is here" and a footer with the metrics on the left and the retweet state on the right. The
footer is always there, so a state change never changes the height. Heights and text layouts are cached per
(post, width, font, link colour).

Signals of PostDelegate:
    repaint_requested(): an avatar or thumbnail arrived; the view should repaint its viewport.
    link_activated(str): a link in a post's text was clicked.
"""

from __future__ import annotations

import html
import zlib
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPixmap,
    QTextDocument,
)
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from exec_desk.core.models import Media
from exec_desk.core.queue import QueueItem
from exec_desk.ui.session.ports import ImageProvider
from exec_desk.ui.style import (
    badge_colors,
    initials,
    linkify,
    paint_row_background,
    rounded_pixmap,
    small_font,
    state_color,
    text_document,
)
from exec_desk.ui.timeline.model import Role

Index = QModelIndex | QPersistentModelIndex
PAD_X, PAD_Y, AVATAR, GAP, LINE_GAP = 16, 12, 40, 12, 6
THUMB_W, THUMB_H, THUMB_GAP, MAX_THUMBS = 104, 72, 6, 4


@dataclass
class _Layout:
    height: int
    doc: QTextDocument
    text_top: int
    rt_line: int | None = None
    media: list[QRect] = field(default_factory=list)
    quote: QRect | None = None
    quote_doc: QTextDocument | None = None
    reason_top: int = 0
    footer_top: int = 0


class PostDelegate(QStyledItemDelegate):
    """Draws a `TimelineModel` row; `images` supplies avatars and thumbnails (placeholders until they arrive)."""

    repaint_requested = Signal()
    link_activated = Signal(str)

    def __init__(
        self,
        images: ImageProvider | None = None,
        parent: QObject | None = None,
        *,
        thumbnails: ImageProvider | None = None,
    ) -> None:
        super().__init__(parent)
        self._images = images
        self._thumbnails = thumbnails or images
        self._layouts: dict[tuple[str, int, str, str], _Layout] = {}
        self._pixmaps: dict[tuple[str, int, int, bool, float], QPixmap] = {}
        for provider in {id(p): p for p in (images, thumbnails) if p is not None}.values():
            provider.ready.connect(self._image_ready)

    # -- geometry -----------------------------------------------------------------------------------------------
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        item = index.data(Role.ITEM)
        if not isinstance(item, QueueItem):
            return super().sizeHint(option, index)
        width = self._width(option)
        return QSize(width, self._layout(item, width, option.font, option.palette).height)

    @staticmethod
    def _width(option: QStyleOptionViewItem) -> int:
        """The width posts are laid out at: in a view, the viewport's less a scroll bar's when none shows, so the bar
        appearing as the queue grows does not lay every post out again (sizes, painting and clicks alike)."""
        widget = option.widget
        if not isinstance(widget, QAbstractItemView):
            return max(240, option.rect.width())
        bar = widget.verticalScrollBar()
        policy, style = widget.verticalScrollBarPolicy(), widget.style()
        transient = style.styleHint(QStyle.StyleHint.SH_ScrollBar_Transient, None, bar)
        hidden = not bar.isVisibleTo(widget) and policy != Qt.ScrollBarPolicy.ScrollBarAlwaysOff and not transient
        return max(240, widget.viewport().width() - (bar.sizeHint().width() if hidden else 0))

    def _layout(self, item: QueueItem, width: int, font: QFont, palette: QPalette) -> _Layout:
        link = palette.color(QPalette.ColorRole.Link).name()
        key = (item.post.id, width, font.key(), link)
        cached = self._layouts.get(key)
        if cached is not None:
            return cached
        if len(self._layouts) > 400:
            self._layouts.clear()
        small = small_font(font)
        line, small_line = QFontMetrics(font).height(), QFontMetrics(small).height()
        text_x = PAD_X + AVATAR + GAP
        text_w = max(80, width - text_x - PAD_X)
        y = PAD_Y
        rt_line = None
        if item.retweeted_by:
            rt_line, y = y, y + small_line + 2
        doc = text_document(linkify(item.post.text), font, text_w, link)
        text_top = y + line + 4
        y = text_top + int(doc.size().height())
        media = []
        for n in range(min(MAX_THUMBS, len(item.media))):
            media.append(QRect(text_x + n * (THUMB_W + THUMB_GAP), y + LINE_GAP + 2, THUMB_W, THUMB_H))
        if media:
            y = media[0].bottom() + 1
        quote = quote_doc = None
        if item.quoted is not None:
            quoted_text = item.quoted.text if len(item.quoted.text) <= 280 else item.quoted.text[:279] + "…"
            quote_doc = text_document(html.escape(quoted_text).replace("\n", "<br>"), small, text_w - 24, link)
            box_h = 10 + small_line + 2 + int(quote_doc.size().height()) + 10
            quote = QRect(text_x, y + LINE_GAP + 2, text_w, box_h)
            y = quote.bottom() + 1
        reason_top = y + LINE_GAP
        footer_top = reason_top + small_line + 2
        height = footer_top + small_line + PAD_Y
        result = _Layout(height, doc, text_top, rt_line, media, quote, quote_doc, reason_top, footer_top)
        self._layouts[key] = result
        return result

    # -- painting -----------------------------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = index.data(Role.ITEM)
        if not isinstance(item, QueueItem):
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect
        palette: QPalette = option.palette
        font: QFont = option.font
        state: QStyle.StateFlag = option.state
        lay_width = self._width(option)
        lay = self._layout(item, lay_width, font, palette)
        painter.save()
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        painter.translate(rect.topLeft())
        width = rect.width()
        paint_row_background(
            painter,
            palette,
            selected=bool(state & QStyle.StateFlag.State_Selected),
            hover=bool(state & QStyle.StateFlag.State_MouseOver),
            size=QSize(width, lay.height),
        )
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        small = small_font(font)
        text_x = PAD_X + AVATAR + GAP
        text_w = max(80, lay_width - text_x - PAD_X)
        if lay.rt_line is not None:
            painter.setFont(small)
            painter.setPen(muted)
            rt_rect = QRect(text_x, lay.rt_line, text_w, QFontMetrics(small).height())
            text = QFontMetrics(small).elidedText(
                str(index.data(Role.RETWEETED_BY)), Qt.TextElideMode.ElideRight, text_w
            )
            painter.drawText(rt_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "⟳ " + text)
        header_top = lay.text_top - QFontMetrics(font).height() - 4
        self._paint_avatar(painter, item, QRect(PAD_X, header_top, AVATAR, AVATAR), font)
        header = QRect(text_x, header_top, text_w, QFontMetrics(font).height())
        self._paint_header(painter, index, item, header, font, palette)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.palette.setColor(QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.Text))
        painter.save()
        painter.translate(text_x, lay.text_top)
        lay.doc.documentLayout().draw(painter, ctx)
        painter.restore()
        for rect_n, media in zip(lay.media, item.media, strict=False):
            self._paint_thumb(painter, rect_n, media, palette, more=len(item.media) - MAX_THUMBS)
        if lay.quote is not None and lay.quote_doc is not None:
            self._paint_quote(painter, str(index.data(Role.QUOTED_BY)), lay.quote, lay.quote_doc, palette, small)
        self._paint_footer(painter, index, item, lay, palette, small, QRect(text_x, 0, text_w, 0))
        painter.restore()

    def _paint_avatar(self, p: QPainter, item: QueueItem, rect: QRect, font: QFont) -> None:
        author = item.author
        url = author.profile_image_url if author else None
        pixmap = self._pixmap(url, rect.size(), p, circle=True) if url else None
        if pixmap is not None:
            p.drawPixmap(rect, pixmap)
            return
        seed = author.id if author else item.post.author_id
        hue = zlib.crc32(seed.encode()) % 360
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor.fromHsl(hue, 120, 110))
        p.drawEllipse(QRectF(rect))
        bold = QFont(font)
        bold.setBold(True)
        bold.setPointSizeF(font.pointSizeF() * 1.05)
        p.setFont(bold)
        p.setPen(QColor("#ffffff"))
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, initials(author.name if author else "?"))

    def _paint_header(
        self, p: QPainter, index: Index, item: QueueItem, rect: QRect, font: QFont, palette: QPalette
    ) -> None:
        small = small_font(font)
        badge_text = str(index.data(Role.GROUP_NAME) or "")
        badge_fm = QFontMetrics(small)
        badge_w = badge_fm.horizontalAdvance(badge_text) + 16 if badge_text else 0
        if badge_text:
            badge = QRectF(rect.right() - badge_w + 1, rect.top() + 1, badge_w, rect.height() - 2)
            bg, fg = badge_colors(palette, item.group_id)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(bg)
            p.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
            p.setFont(small)
            p.setPen(fg)
            p.drawText(badge, Qt.AlignmentFlag.AlignCenter, badge_text)
        bold = QFont(font)
        bold.setBold(True)
        meta = f"@{index.data(Role.USERNAME)} · {index.data(Role.AGE)}"
        available = rect.width() - badge_w - 8
        name_fm = QFontMetrics(bold)
        meta_w = min(QFontMetrics(font).horizontalAdvance(meta) + 6, available // 2)
        name = name_fm.elidedText(str(index.data(Role.AUTHOR_NAME)), Qt.TextElideMode.ElideRight, available - meta_w)
        p.setFont(bold)
        p.setPen(palette.color(QPalette.ColorRole.Text))
        p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        name_w = name_fm.horizontalAdvance(name) + 6
        p.setFont(font)
        p.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        meta_rect = QRect(rect.left() + name_w, rect.top(), available - name_w, rect.height())
        shown = QFontMetrics(font).elidedText(meta, Qt.TextElideMode.ElideRight, meta_rect.width())
        p.drawText(meta_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)

    def _paint_thumb(self, p: QPainter, rect: QRect, media: Media, pal: QPalette, *, more: int) -> None:
        url = media.preview_image_url or media.url
        pixmap = self._pixmap(url, rect.size(), p, circle=False) if url else None
        path = QPainterPath()
        path.addRoundedRect(QRectF(rect), 8, 8)
        if pixmap is not None:
            p.drawPixmap(rect, pixmap)
        else:
            p.fillPath(path, pal.color(QPalette.ColorRole.AlternateBase))
            if media.type not in ("video", "animated_gif"):
                p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
                p.setFont(small_font(p.font()))
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("Photo"))
        if media.type in ("video", "animated_gif"):
            c = QRectF(rect).center()
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(0, 0, 0, 140))
            p.drawEllipse(c, 14, 14)
            tri = QPainterPath(QPointF(c.x() - 5, c.y() - 8))
            tri.lineTo(c.x() + 9, c.y())
            tri.lineTo(c.x() - 5, c.y() + 8)
            tri.closeSubpath()
            p.fillPath(tri, QColor("#ffffff"))
        if more > 0 and rect.left() >= 3 * (THUMB_W + THUMB_GAP):
            p.fillPath(path, QColor(0, 0, 0, 120))
            p.setPen(QColor("#ffffff"))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"+{more}")
        border = QColor(pal.color(QPalette.ColorRole.Mid))
        border.setAlpha(110)
        p.setPen(border)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)

    def _paint_quote(
        self, p: QPainter, label: str, rect: QRect, doc: QTextDocument, pal: QPalette, small: QFont
    ) -> None:
        border = QColor(pal.color(QPalette.ColorRole.Mid))
        border.setAlpha(140)
        p.setPen(border)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        bold = QFont(small)
        bold.setBold(True)
        fm = QFontMetrics(bold)
        p.setFont(bold)
        p.setPen(pal.color(QPalette.ColorRole.Text))
        p.drawText(
            QRect(rect.left() + 12, rect.top() + 10, rect.width() - 24, fm.height()),
            0,
            fm.elidedText(label, Qt.TextElideMode.ElideRight, rect.width() - 24),
        )
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.palette.setColor(QPalette.ColorRole.Text, pal.color(QPalette.ColorRole.Text))
        p.save()
        p.translate(rect.left() + 12, rect.top() + 10 + fm.height() + 2)
        doc.documentLayout().draw(p, ctx)
        p.restore()

    def _paint_footer(
        self, p: QPainter, index: Index, item: QueueItem, lay: _Layout, pal: QPalette, small: QFont, col: QRect
    ) -> None:
        fm = QFontMetrics(small)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        reason_rect = QRect(col.left(), lay.reason_top, col.width(), fm.height())
        signals = str(index.data(Role.SIGNALS) or "")  # what needs the executive, in front of the "Why"
        if signals:
            bold = QFont(small)
            bold.setBold(True)
            p.setFont(bold)
            p.setPen(state_color(pal, "failed" if item.attention.urgent else "none"))
            shown = QFontMetrics(bold).elidedText(signals + "  ", Qt.TextElideMode.ElideRight, col.width())
            p.drawText(reason_rect, Qt.AlignmentFlag.AlignLeft, shown)
            reason_rect.setLeft(reason_rect.left() + QFontMetrics(bold).horizontalAdvance(shown))
        p.setFont(small)
        p.setPen(muted)
        reason = str(index.data(Role.WHY) or "")
        p.drawText(
            reason_rect,
            Qt.AlignmentFlag.AlignLeft,
            fm.elidedText(reason, Qt.TextElideMode.ElideRight, max(0, reason_rect.width())),
        )
        footer = QRect(col.left(), lay.footer_top, col.width(), fm.height())
        status = str(index.data(Role.STATE_TEXT) or "")
        status_w = fm.horizontalAdvance(status) if status else 0
        if status:
            bold = QFont(small)
            bold.setBold(True)
            p.setFont(bold)
            p.setPen(state_color(pal, str(index.data(Role.STATE))))
            status_w = QFontMetrics(bold).horizontalAdvance(status)
            shown = QFontMetrics(bold).elidedText(status, Qt.TextElideMode.ElideLeft, col.width())
            p.drawText(footer, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown)
        p.setFont(small)
        p.setPen(muted)
        room = col.width() - status_w - 12
        if room > 40:
            metrics = fm.elidedText(str(index.data(Role.METRICS_TEXT)), Qt.TextElideMode.ElideRight, room)
            p.drawText(footer, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, metrics)

    # -- images -------------------------------------------------------------------------------------------------
    def _pixmap(self, url: str, size: QSize, p: QPainter, *, circle: bool) -> QPixmap | None:
        provider = self._images if circle else self._thumbnails
        if provider is None:
            return None
        dpr = p.device().devicePixelRatioF() if p.device() is not None else 1.0
        key = (url, size.width(), size.height(), circle, dpr)
        cached = self._pixmaps.get(key)
        if cached is not None:
            return cached
        image = provider.get(url)
        if image is None or image.isNull():
            return None
        pixmap = rounded_pixmap(image, size, dpr, radius=None if circle else 8.0)
        if len(self._pixmaps) > 300:
            self._pixmaps.clear()
        self._pixmaps[key] = pixmap
        return pixmap

    def _image_ready(self, url: str) -> None:
        for key in [k for k in self._pixmaps if k[0] == url]:
            del self._pixmaps[key]
        self.repaint_requested.emit()

    # -- links --------------------------------------------------------------------------------------------------
    def editorEvent(self, event: QEvent, model: object, option: QStyleOptionViewItem, index: Index) -> bool:
        if event.type() != QEvent.Type.MouseButtonRelease or not isinstance(event, QMouseEvent):
            return False
        item = index.data(Role.ITEM)
        if not isinstance(item, QueueItem) or event.button() != Qt.MouseButton.LeftButton:
            return False
        rect: QRect = option.rect
        lay = self._layout(item, self._width(option), option.font, option.palette)
        pos = event.position() - QPointF(rect.left() + PAD_X + AVATAR + GAP, rect.top() + lay.text_top)
        anchor = lay.doc.documentLayout().anchorAt(pos)
        if anchor:
            self.link_activated.emit(anchor)
            return True
        return False
