"""The system-tray icon and its menu; a small stand-in window where the desktop has no tray.

The menu is rebuilt just before it shows, from a `TrayState` the app provides (session length, a running
session, the reminders' status). While a session runs, the icon shows the minutes left inside a ring that
empties (`set_session_time`, redrawn only when the figure or the ring's step changes: `ui.icons.countdown_icon`)
and the tooltip says it in words; the usual icon comes back when it ends. A badge on the icon (`set_badge`: a
count in a red dot) says the radar saw a spike; `set_details` adds lines to the tooltip (the response clocks
still running). Left click asks for the session (start
or resume), middle click for the composer.
Without a system tray, a small window stands in (it explains once why, and takes the notifications); if a tray
appears later (an app started at login before the panel), the icon takes over and the window goes away. A
notification may carry a link (a post just sent): clicking the notification opens it, where the desktop reports
clicks on notifications; the stand-in window shows it as a link.

Signals of Tray:
    session_requested(): the user asked for a review session (left click, menu, a clicked reminder).
    compose_requested(): the user asked to write a post (middle click or menu).
    history_requested(): the user asked for the last session's summary and the history (menu, or a clicked
        notification of a session that ended while its window was hidden).
    pause_requested(str): "snooze" (15 minutes), "hour", "today" or "resume" from the Pause reminders menu.
    account_requested(): the user opened the Account entry.
    spend_requested(): the user opened Spend (the menu entry, or a clicked budget notification).
    settings_requested(): the user opened Settings.
    week_requested(): the user opened "Your week".
    quit_requested(): the user chose Quit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QFont, QIcon, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from exec_desk import APP_NAME
from exec_desk.core.i18n import QT_TRANSLATE_NOOP
from exec_desk.ui.i18n import message_text

DEMO_NOTE = QT_TRANSLATE_NOOP("Tray", "Demo — a fake X with made-up accounts; nothing is posted to the real X.")
NO_TRAY_NOTE = QT_TRANSLATE_NOOP(
    "Tray",
    "This desktop shows no system tray, so Exec Desk lives in this small window instead. "
    "Closing it keeps Exec Desk running (run exec-desk again to bring it back); use Menu → Quit to stop it.",
)
#: While no tray is there, look again this often, this many times (a panel that starts after the app).
RECHECK_MS = 2000
RECHECKS = 60
PAUSES = (
    ("snooze", QT_TRANSLATE_NOOP("Tray", "Snooze 15 minutes")),
    ("hour", QT_TRANSLATE_NOOP("Tray", "For 1 hour")),
    ("today", QT_TRANSLATE_NOOP("Tray", "For the rest of today")),
    ("resume", QT_TRANSLATE_NOOP("Tray", "Resume reminders")),
)
Named = TypeVar("Named", bound=QObject)


def named(obj: Named, name: str) -> Named:
    """`obj` with its object name set (tests and the debug probe find widgets by name)."""
    obj.setObjectName(name)
    return obj


def banner(label: QLabel, background: QPalette.ColorRole, text: QPalette.ColorRole, *, bold: bool = False) -> None:
    """A word-wrapped label on a band of the palette's `background` colour (light and dark themes alike)."""
    label.setWordWrap(True)
    label.setMargin(4)
    label.setAutoFillBackground(True)
    label.setBackgroundRole(background)
    label.setForegroundRole(text)
    font = QFont(label.font())
    font.setBold(bold)
    label.setFont(font)


def fit_height(window: QWidget) -> None:
    """Make `window` tall enough for its word-wrapped labels at its width (translations run longer)."""
    if (layout := window.layout()) is not None:
        layout.activate()
    window.resize(window.width(), max(window.height(), window.heightForWidth(window.width())))


@dataclass(frozen=True)
class TrayState:
    """What the menu shows; the app computes it each time the menu opens."""

    session_minutes: int = 5
    session_remaining: int | None = None  # seconds left in the open session, None when none is open
    reminders_status: str = ""
    reminders_enabled: bool = True
    reminders_paused: bool = False
    account: str = ""  # `identity.account_text`: the same words as the tooltip and the account dialog


def badged(icon: QIcon, count: int) -> QIcon:
    """`icon` with `count` in a red dot at its top right (9+ beyond nine)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QPainter

    badged_icon = QIcon()
    for size in (16, 22, 24, 32, 48, 64):
        pixmap = icon.pixmap(size, size)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = pixmap.width() * 0.58
        dot = QRectF(pixmap.width() - side, 0, side, side)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#d1242f"))
        painter.drawEllipse(dot)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(max(6, int(side * 0.72)))
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(dot, Qt.AlignmentFlag.AlignCenter, str(count) if count < 10 else "9+")
        painter.end()
        badged_icon.addPixmap(pixmap)
    return badged_icon


def session_label(state: TrayState) -> str:
    if state.session_remaining is not None:
        minutes, seconds = divmod(max(0, state.session_remaining), 60)
        text = QCoreApplication.translate("Tray", "Back to the session ({time} left)")
        return text.format(time=f"{minutes}:{seconds:02d}")
    text = QCoreApplication.translate("Tray", "Start a {minutes}-minute session")
    return text.format(minutes=state.session_minutes)


class Tray(QObject):
    """Owns the tray icon (or the fallback window) and the menu."""

    session_requested = Signal()
    compose_requested = Signal()
    history_requested = Signal()
    pause_requested = Signal(str)
    account_requested = Signal()
    spend_requested = Signal()
    settings_requested = Signal()
    week_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        icon: QIcon,
        *,
        demo: bool,
        state: Callable[[], TrayState] = TrayState,
        tray_available: bool | None = None,
        tray_check: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        opener: Callable[[QUrl], bool] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__()
        self.demo = demo
        self._opener = opener
        self._message_url = ""
        self.status = self.tr("Starting…")
        self.account = ""  # who Exec Desk uses (`identity.account_text`), once known: tooltip, menu, window
        self.spend = ""  # the tooltip's line about the month's API spend, once known
        self._state = state
        self._tray_check = tray_check
        self._icon_image = icon
        self._message_kind = ""
        self._on_click: Callable[[], None] | None = None
        self.badge = 0
        self.details: list[str] = []
        self._countdown: tuple[int, int] | None = None  # (minutes, ring step) drawn on the icon, None: no session
        self.menu = QMenu()
        self.menu.setObjectName("tray_menu")
        self.menu.aboutToShow.connect(self.rebuild_menu)  # built when it opens (and by `action()`)
        self.pause_menu = QMenu(self.tr("Pause reminders"), self.menu)
        self.pause_menu.setObjectName("pause_menu")
        self.pause_menu.menuAction().setObjectName("action_pause")
        self.available = tray_check() if tray_available is None else tray_available
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self._message_clicked)
        self.fallback: QWidget | None = None
        self._shown = False
        self._rechecks = 0
        self._recheck_timer = QTimer(self)
        self._recheck_timer.setInterval(RECHECK_MS)
        self._recheck_timer.timeout.connect(self.recheck)
        if not self.available:
            self.fallback = self._make_fallback(icon)
        self._refresh_tooltip()

    @property
    def title(self) -> str:
        return self.tr("{app} — Demo").format(app=APP_NAME) if self.demo else APP_NAME

    def show(self) -> None:
        self._shown = True
        if self.available:
            self.icon.show()
        elif self.fallback is not None:
            self.fallback.show()
            self._recheck_timer.start()

    def present(self) -> None:
        """Bring Exec Desk to the user's attention (a second launch asked to be shown)."""
        if self.fallback is not None and not self.available:
            self.fallback.show()
            self.fallback.raise_()
            self.fallback.activateWindow()
        else:
            self.notify(self.tr("Exec Desk is already running: it lives in the system tray."))

    def recheck(self) -> bool:
        """Look again for a system tray; when one appeared, move from the fallback window to the icon."""
        self._rechecks += 1
        if self._rechecks >= RECHECKS:
            self._recheck_timer.stop()
        if self.available or not self._tray_check():
            return self.available
        self.available = True
        self._recheck_timer.stop()
        if self._shown:
            self.icon.show()
        if self.fallback is not None:
            self.fallback.hide()
        return True

    def set_session_time(self, remaining: int | None, total: int = 0) -> None:
        """A session runs with `remaining` of `total` seconds left (the icon shows the minutes left in a ring, the
        tooltip says it); None: no session runs any more (the usual icon comes back)."""
        from exec_desk.ui.icons import countdown_icon, minutes_left, ring_step

        if remaining is None:
            if self._countdown is not None:
                self._countdown = None
                self.icon.setIcon(self._icon_image)
                self._refresh_tooltip()
            return
        drawn = (minutes_left(remaining), ring_step(remaining, total))
        if drawn != self._countdown:
            self._countdown = drawn
            self.icon.setIcon(countdown_icon(remaining, total))
            self._refresh_tooltip()

    def set_demo(self, demo: bool, icon: QIcon) -> None:
        self.demo = demo
        self._icon_image = icon
        if self._countdown is None:
            self.icon.setIcon(icon)
        if self.fallback is not None:
            self.fallback.setWindowTitle(self.title)
            self.fallback.setWindowIcon(icon)
            banner = self.fallback.findChild(QLabel, "demo_banner")
            if banner is not None:
                banner.setVisible(demo)
        self._refresh_tooltip()

    def set_status(self, text: str) -> None:
        self.status = text
        self._refresh_tooltip()

    def set_badge(self, count: int) -> None:
        """Show `count` in a red dot on the icon (0: no badge)."""
        if count == self.badge:
            return
        self.badge = count
        self.icon.setIcon(badged(self._icon_image, count) if count else self._icon_image)

    def set_details(self, lines: list[str]) -> None:
        """Lines added to the tooltip (the response clocks still running)."""
        self.details = list(lines)
        self._refresh_tooltip()

    def set_account(self, text: str) -> None:
        """The account in use, as `identity.account_text` says it (the tooltip's line; the menu's comes from
        `TrayState.account`)."""
        self.account = text
        self._refresh_tooltip()

    def set_spend(self, text: str) -> None:
        """The tooltip's line about the month's X API spend."""
        self.spend = text
        self._refresh_tooltip()

    def notify(
        self, text: str, *, kind: str = "info", url: str = "", on_click: Callable[[], None] | None = None
    ) -> None:
        """Show a notification (a `Message` is shown translated); clicking one of kind "reminder" asks for a
        session, one of kind "spend" the Spend page, one of kind "session" (a session's end) the last session's
        summary, one given `on_click` calls it, one with a `url` opens it."""
        self._message_kind, self._message_url = kind, url
        self._on_click = on_click
        text = message_text(text)
        if self.available:
            clickable = {
                "reminder": " " + self.tr("Click here to start it."),
                "session": " " + self.tr("Click here for the summary."),
            }.get(kind, "")
            if on_click is not None and not clickable:
                clickable = " " + self.tr("Click here to start it.")
            if url:
                clickable = " " + self.tr("Click to open it on x.com: {url}").format(url=url)
            self.icon.showMessage(self.title, text + clickable, self._icon_image, 15000)
        elif self.fallback is not None:
            label = self.fallback.findChild(QLabel, "message")
            if label is not None:
                import html  # here: not among what is imported before the tray shows

                shown = html.escape(text, quote=False).replace("\n", "<br>")
                if url:
                    link = html.escape(self.tr("Open it on x.com"), quote=False)
                    shown += f' <a href="{html.escape(url)}">{link}</a>'
                label.setText(shown)
                label.setToolTip(url)
                label.show()
                fit_height(self.fallback)
            if self._shown:
                self.fallback.show()
                self.fallback.raise_()

    def _message_clicked(self) -> None:
        if self._on_click is not None:
            self._on_click()
        elif self._message_kind == "reminder":
            self.session_requested.emit()
        elif self._message_kind == "spend":
            self.spend_requested.emit()
        elif self._message_kind == "session":
            self.history_requested.emit()
        elif self._message_url:
            self._opener(QUrl(self._message_url))

    def _refresh_tooltip(self) -> None:
        status = message_text(self.status)
        running = self.tr("Session running: %n min left", "", self._countdown[0]) if self._countdown else ""
        lines = [self.title, running, self.account, status, self.spend, *self.details]
        lines += [self.tr(DEMO_NOTE)] if self.demo else []
        self.icon.setToolTip("\n".join(line for line in lines if line))
        if self.fallback is not None:
            label = self.fallback.findChild(QLabel, "status")
            if label is not None:
                label.setText("\n".join(line for line in (self.account, status) if line))
            button = self.fallback.findChild(QPushButton, "fallback_session")
            if button is not None:
                button.setText(session_label(self._state()))

    # -- menu --------------------------------------------------------------------------------------------------
    def rebuild_menu(self) -> None:
        state = self._state()
        self.menu.clear()
        header = self.menu.addAction(self.title)
        header.setEnabled(False)
        if state.account:  # who Exec Desk uses, as the tooltip and the account dialog say it
            who = self.menu.addAction(state.account)
            who.setObjectName("action_account_line")
            who.setEnabled(False)
        self.menu.addSeparator()
        self._add(self.menu, session_label(state), self.session_requested.emit, "session")
        self._add(self.menu, self.tr("Last session…"), self.history_requested.emit, "history")
        self._add(self.menu, self.tr("Quick compose"), self.compose_requested.emit, "compose")
        pause = self.pause_menu
        pause.clear()
        pause.setTitle(self.tr("Pause reminders"))
        self.menu.addMenu(pause)
        status = pause.addAction(message_text(state.reminders_status) or self.tr("Reminders"))
        status.setEnabled(False)
        pause.addSeparator()
        for how, text in PAUSES:
            action = self._add(pause, self.tr(text), self._pause_slot(how), f"pause_{how}")
            action.setEnabled(state.reminders_enabled and (how != "resume" or state.reminders_paused))
            if how == "today":
                pause.addSeparator()
        self._add(self.menu, self.tr("Your week…"), self.week_requested.emit, "week")
        self.menu.addSeparator()
        self._add(self.menu, self.tr("Spend…"), self.spend_requested.emit, "spend")
        self._add(self.menu, self.tr("Settings…"), self.settings_requested.emit, "settings")
        self._add(self.menu, self.tr("Account…"), self.account_requested.emit, "account")
        self.menu.addSeparator()
        self._add(self.menu, self.tr("Quit"), self.quit_requested.emit, "quit")

    def _pause_slot(self, how: str) -> Callable[[], None]:
        return lambda: self.pause_requested.emit(how)

    def _add(self, menu: QMenu, text: str, slot: Callable[[], None], name: str) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(f"action_{name}")
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def action(self, name: str) -> QAction:
        """The menu entry named `name` (session, compose, pause, pause_hour, settings, account, quit...)."""
        if not self.menu.actions():
            self.rebuild_menu()
        for menu in (self.menu, self.pause_menu):
            for action in menu.actions():
                if action.objectName() == f"action_{name}":
                    return action
        raise KeyError(name)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.session_requested.emit()
        elif reason == QSystemTrayIcon.ActivationReason.MiddleClick:
            self.compose_requested.emit()

    # -- no tray -----------------------------------------------------------------------------------------------
    def _make_fallback(self, icon: QIcon) -> QWidget:
        from PySide6.QtCore import Qt  # first use of the Qt namespace costs ~16 ms: not on the tray's path

        window = QWidget()
        window.setObjectName("tray_fallback")
        window.setWindowTitle(self.title)
        window.setWindowIcon(icon)
        layout = QVBoxLayout(window)
        why = named(QWidget(), "why")
        row = QHBoxLayout(why)
        row.setContentsMargins(0, 0, 0, 0)
        note = named(QLabel(self.tr(NO_TRAY_NOTE)), "no_tray_note")
        note.setWordWrap(True)
        got_it = named(QPushButton(self.tr("Got it")), "got_it")
        got_it.setAccessibleDescription(self.tr("Hide this explanation"))
        got_it.clicked.connect(why.hide)  # explained once: it does not come back in this run
        row.addWidget(note, 1)
        row.addWidget(got_it, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(why)
        demo = named(QLabel(self.tr(DEMO_NOTE)), "demo_banner")
        banner(demo, QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText, bold=True)
        demo.setVisible(self.demo)
        layout.addWidget(demo)
        message = named(QLabel(""), "message")
        banner(message, QPalette.ColorRole.AlternateBase, QPalette.ColorRole.Text)
        message.setTextFormat(Qt.TextFormat.RichText)  # escaped; a link to a post just sent
        message.linkActivated.connect(lambda url: self._opener(QUrl(url)))
        message.hide()
        layout.addWidget(message)
        layout.addWidget(named(QLabel(message_text(self.status)), "status"))
        start = named(QPushButton(session_label(self._state())), "fallback_session")
        start.clicked.connect(self.session_requested.emit)
        compose = named(QPushButton(self.tr("Quick compose")), "fallback_compose")
        compose.clicked.connect(self.compose_requested.emit)
        more = named(QPushButton(self.tr("Menu…")), "fallback_menu")
        more.setAccessibleDescription(self.tr("Pause reminders, spend, settings, account, quit"))
        more.setMenu(self.menu)
        for button in (start, compose, more):
            layout.addWidget(button)
        for first, then in ((got_it, start), (start, compose), (compose, more)):
            QWidget.setTabOrder(first, then)
        window.resize(380, window.sizeHint().height())
        fit_height(window)
        return window
