"""Accessibility of the session window, the summary, the tray's stand-in window and the first-run dialog: every
control that takes focus has an accessible name, Tab visits the controls in reading order, and the timeline follows
a dark palette (light text on dark rows)."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QIcon, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot

from exec_desk.core.models import XList
from exec_desk.services.sources import FirstRunPlan
from exec_desk.ui.account.first_run import FirstRunDialog
from exec_desk.ui.session.detail import current_post_color
from exec_desk.ui.session.summary import SummaryView
from exec_desk.ui.session.window import SessionWindow
from exec_desk.ui.style import opaque
from exec_desk.ui.timeline.delegate import PostDelegate
from exec_desk.ui.tray import Tray
from tests.support.session_fakes import FakeImages, FakeSession, clock, dark_palette, sample_items

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def focusable(root: QWidget) -> list[QWidget]:
    """The widgets of `root` that Tab can reach (shown, enabled, tab focus)."""
    return [
        w
        for w in [root, *root.findChildren(QWidget)]
        if w.isVisibleTo(root) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget
    return str(interface.text(QAccessible.Text.Name)).strip()


def assert_named(root: QWidget) -> None:
    found = focusable(root)
    assert found, f"nothing focusable in {root.objectName()}"
    unnamed = [f"{type(w).__name__}#{w.objectName()}" for w in found if not accessible_name(w)]
    assert unnamed == []


def tab_order(root: QWidget, start: QWidget) -> list[QWidget]:
    """The focusable widgets of `root` in the order Tab visits them, from `start`."""
    reachable = set(focusable(root))
    order, widget = [start], start.nextInFocusChain()
    while widget is not start and len(order) < 200:
        assert widget is not None  # a focus chain is a ring
        if widget in reachable:
            order.append(widget)
        widget = widget.nextInFocusChain()
    return order


def assert_visits_in_order(order: list[QWidget], expected: Iterable[QWidget]) -> None:
    positions = [order.index(w) for w in expected]
    assert positions == sorted(positions), [w.objectName() for w in order]


def test_session_window_controls_are_named_and_tab_in_order(qtbot: QtBot) -> None:
    window = SessionWindow(FakeSession(sample_items(3)), clock=clock, images=FakeImages())
    qtbot.addWidget(window)
    assert_named(window)
    assert accessible_name(window.view) == "Posts of this session"
    assert accessible_name(window.search) == "Search these posts"
    assert_visits_in_order(tab_order(window, window.search), [window.search, window.view])
    assert window.countdown.accessibleName() == "Time left"


def test_summary_controls_are_named_and_tab_in_order(qtbot: QtBot) -> None:
    session = FakeSession(sample_items(2))
    view = SummaryView(session.summary(200))
    qtbot.addWidget(view)
    assert_named(view)
    assert_visits_in_order(tab_order(view, view.extend_button), [view.extend_button, view.close_button])


def test_tray_stand_in_window_controls_are_named_and_tab_in_order(qtbot: QtBot) -> None:
    tray = Tray(QIcon(), demo=True, tray_available=False, tray_check=lambda: False)
    assert tray.fallback is not None
    qtbot.addWidget(tray.fallback)
    assert_named(tray.fallback)
    names = ["got_it", "fallback_session", "fallback_compose", "fallback_menu"]
    widgets = [tray.fallback.findChild(QWidget, n) for n in names]
    assert all(w is not None for w in widgets)
    assert_visits_in_order(tab_order(tray.fallback, widgets[0]), widgets)  # type: ignore[arg-type]


def test_tray_stand_in_window_banners_follow_a_dark_palette(qtbot: QtBot) -> None:
    tray = Tray(QIcon(), demo=True, tray_available=False, tray_check=lambda: False)
    assert tray.fallback is not None
    qtbot.addWidget(tray.fallback)
    tray.fallback.setPalette(dark_palette())
    tray.notify("Bonjour")
    for name in ("message", "demo_banner"):
        label = tray.fallback.findChild(QWidget, name)
        assert label is not None and label.styleSheet() == ""  # colours come from the palette, not a style sheet
        palette = label.palette()
        ratio = contrast(palette.color(label.foregroundRole()), palette.color(label.backgroundRole()))
        assert ratio >= 3.0, name  # WCAG AA for bold or large text; the message is plain text and gets more
        if name == "message":
            assert ratio >= 4.5


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(color: QColor) -> float:
        def channel(c: float) -> float:
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())

    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_first_run_dialog_controls_are_named_and_tab_in_order(qtbot: QtBot) -> None:
    lists = (XList("1", "Tech press", "", "me"), XList("2", "Rivals", "", "other"))
    dialog = FirstRunDialog(FirstRunPlan(lists, {"1": "Journalists"}), user_id="me")
    qtbot.addWidget(dialog)
    assert_named(dialog)
    combos = [dialog.combo("1"), dialog.combo("2")]
    assert combos[0].accessibleName() == "Group for the list Tech press"  # Qt says a combo box's value as its name
    use, later = dialog.findChild(QWidget, "use_groups"), dialog.findChild(QWidget, "later")
    assert use is not None and later is not None
    assert_visits_in_order(tab_order(dialog, combos[0]), [*combos, use, later])


def _ink(image: QImage, background: QColor) -> list[QColor]:
    """The pixels that differ clearly from the row's background (text, avatar, badge)."""
    found = []
    for y in range(0, image.height(), 2):
        for x in range(60, image.width(), 2):  # right of the avatar
            color = image.pixelColor(x, y)
            if abs(color.lightness() - background.lightness()) > 60:
                found.append(color)
    return found


@pytest.mark.parametrize("dark", [False, True])
def test_the_timeline_paints_text_from_the_palette(qtbot: QtBot, dark: bool) -> None:
    window = SessionWindow(FakeSession(sample_items(1)), clock=clock)
    qtbot.addWidget(window)
    palette = dark_palette() if dark else QApplication.palette()
    window.setPalette(palette)
    delegate: PostDelegate = window.delegate
    index: QModelIndex = window.proxy.index(0, 0)
    option = QStyleOptionViewItem()
    option.palette = palette
    option.font = window.view.font()
    option.rect = QRect(0, 0, 600, delegate.sizeHint(option, index).height())
    image = QImage(option.rect.size(), QImage.Format.Format_RGB32)
    background = palette.color(QPalette.ColorRole.Base)
    image.fill(background)
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    ink = _ink(image, background)
    assert len(ink) > 200  # the text was painted
    lighter = sum(c.lightness() > background.lightness() for c in ink) / len(ink)
    assert lighter > 0.8 if dark else lighter < 0.2  # light text on dark rows, dark text on light rows


@pytest.mark.parametrize("dark", [False, True])
def test_the_opened_post_in_its_thread_keeps_its_grey_time_readable(qapp: QApplication, dark: bool) -> None:
    """The thread marks the opened post with a background; its grey time had half the contrast it has elsewhere
    on the palette's Mid grey (2.0:1 in the light palette)."""
    palette = dark_palette() if dark else QApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    muted = opaque(palette.color(QPalette.ColorRole.PlaceholderText), base)
    current = current_post_color(palette)
    assert current != base  # it is still marked
    # WCAG AA for small text (4.5:1), or, where the palette's own grey is below that on the plain base (the light
    # palette: 4.0:1), no less than 80 % of it; and never under 3:1. The timeline's selected row uses this tint too.
    ratio = contrast(muted, current)
    assert ratio >= 3.0 and ratio >= min(4.5, 0.8 * contrast(muted, base))
