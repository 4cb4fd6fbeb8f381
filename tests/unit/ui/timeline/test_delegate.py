"""The post delegate: paints every kind of post into an image (1x and 2x), stable cached sizes, images, links."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from exec_desk.core.queue import ActionState
from exec_desk.ui.style import initials, linkify
from exec_desk.ui.timeline.delegate import AVATAR, PAD_X, PostDelegate
from exec_desk.ui.timeline.model import TimelineModel
from tests.support.session_fakes import FakeImages, FakeSession, clock, make_item, sample_items


def _option(width: int, height: int = 0, *, selected: bool = False) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, width, height)
    option.palette = QApplication.palette()
    option.font = QApplication.font()
    option.state = QStyle.StateFlag.State_Enabled
    if selected:
        option.state |= QStyle.StateFlag.State_Selected
    return option


def _render(delegate: PostDelegate, model: TimelineModel, row: int, *, width: int = 640, dpr: float = 1.0) -> QImage:
    index = model.index(row)
    height = delegate.sizeHint(_option(width), index).height()
    image = QImage(round(width * dpr), round(height * dpr), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(dpr)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    delegate.paint(painter, _option(width, height, selected=row == 1), index)
    painter.end()
    return image


def test_paints_every_kind_of_post_at_1x_and_2x(qtbot: QtBot) -> None:
    session = FakeSession(sample_items(5))
    session.set_state("101", ActionState.PENDING)
    session.set_state("102", ActionState.FAILED, "X did not answer")
    model = TimelineModel(session, clock)
    delegate = PostDelegate(FakeImages())
    for row in range(model.rowCount()):
        for dpr in (1.0, 2.0):
            image = _render(delegate, model, row, dpr=dpr)
            assert image.width() == round(640 * dpr)
            # the placeholder avatar: a coloured disc where the avatar goes (not the white background)
            top = image.height() / dpr
            centre = image.pixelColor(round((PAD_X + AVATAR / 2) * dpr), round(min(top - 1, 40) * dpr))
            assert centre != QColor("#ffffff"), (row, dpr)


def test_size_hint_is_stable_cached_and_does_not_depend_on_the_state() -> None:
    session = FakeSession(sample_items(5))
    model = TimelineModel(session, clock)
    delegate = PostDelegate()
    plain = model.index(3)
    first = delegate.sizeHint(_option(640), plain)
    assert delegate.sizeHint(_option(640), plain) == first
    session.set_state("103", ActionState.FAILED, "a long error message that would not fit anywhere at all")
    assert delegate.sizeHint(_option(640), plain) == first
    assert delegate.sizeHint(_option(300), plain).height() > first.height()  # narrower: the text wraps
    assert delegate.sizeHint(_option(640), model.index(2)).height() > first.height() + 60  # media strip
    assert delegate.sizeHint(_option(640), model.index(4)).height() > first.height() + 30  # quoted post


def test_avatars_and_thumbnails_arrive_later(qtbot: QtBot) -> None:
    images = FakeImages()
    session = FakeSession([make_item(2)])
    model = TimelineModel(session, clock)
    delegate = PostDelegate(images)
    _render(delegate, model, 0)
    assert "http://127.0.0.1/avatars/13.png" in images.asked
    assert "http://127.0.0.1/media/m1.jpg" in images.asked
    with qtbot.waitSignal(delegate.repaint_requested, timeout=0):
        images.deliver("http://127.0.0.1/avatars/13.png", "#ff0000")
    image = _render(delegate, model, 0, dpr=2.0)
    assert image.pixelColor(round((PAD_X + AVATAR / 2) * 2), 32 * 2) == QColor("#ff0000")


def test_clicking_a_link_in_the_text_reports_it(qtbot: QtBot) -> None:
    model = TimelineModel(FakeSession([make_item(0)]), clock)
    delegate = PostDelegate()
    index = model.index(0)
    height = delegate.sizeHint(_option(640), index).height()
    found: list[str] = []
    delegate.link_activated.connect(found.append)
    for y in range(0, height, 3):
        for x in range(0, 640, 6):
            event = QMouseEvent(
                QEvent.Type.MouseButtonRelease,
                QPointF(QPoint(x, y)),
                QPointF(QPoint(x, y)),
                Qt.MouseButton.LeftButton,
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
            )
            if delegate.editorEvent(event, model, _option(640, height), index):
                break
        if found:
            break
    assert found[0] == "https://example.com/ai-act-guidance"


def test_linkify_and_initials() -> None:
    html = linkify("See https://a.example/x?y=1, ask @maya about #AI & more <b>")
    assert '<a href="https://a.example/x?y=1">https://a.example/x?y=1</a>,' in html
    assert '<a href="https://x.com/maya">@maya</a>' in html
    assert '<a href="https://x.com/hashtag/AI">#AI</a> &amp; more &lt;b&gt;' in html
    assert initials("Maya Chen") == "MC" and initials("acme") == "A" and initials("42") == "?"


def test_dark_palette_paints_light_text(qtbot: QtBot) -> None:
    model = TimelineModel(FakeSession([make_item(3)]), clock)
    delegate = PostDelegate()
    option = _option(640)
    palette = QPalette(QApplication.palette())
    palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    option.palette = palette
    height = delegate.sizeHint(option, model.index(0)).height()
    image = QImage(640, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#202020"))
    painter = QPainter(image)
    option.rect = QRect(0, 0, 640, height)
    delegate.paint(painter, option, model.index(0))
    painter.end()
    lightest = max(image.pixelColor(x, y).lightness() for x in range(70, 400, 2) for y in range(10, height - 10, 2))
    assert lightest > 200  # the text is drawn in the palette's light text colour
