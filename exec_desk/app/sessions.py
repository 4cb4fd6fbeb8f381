"""The review sessions of the running app, for one opened account (`AppContext`): first run, engine and window.

`SessionDesk.open()` brings back the session that is running, or starts one; before the first session of an
account it offers to map the account's X Lists to groups (`ui.first_run`), once. A session that ends while its
window is hidden (or minimised) is not lost: `ended_unseen(summary)` is called (the app posts a notification with
its summary line; the summary stays in tray → Last session), and its window goes at once. The engine
(`ReviewSession`), its image cache and its window live while a session runs and until its ended window is put
away; then they go, and
the memory they held is handed back (`services.interpreter.release_free_memory`): an idle tray app keeps nothing
of its last session but the session log.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from exec_desk.services.context import AppContext
from exec_desk.services.tasks import TaskRunner
from exec_desk.storage.settings import SESSION_EXTEND_MINUTES, Settings

if TYPE_CHECKING:
    from exec_desk.app.deck import DeckDesk
    from exec_desk.core.queue import SessionSummary
    from exec_desk.services.clock import TimerFactory
    from exec_desk.services.images import ImageCache
    from exec_desk.services.outbox.sender import OutboxSender
    from exec_desk.services.session.engine import ReviewSession
    from exec_desk.ui.session.window import SessionWindow


class SessionDesk:
    """Sessions of one account. `on_ended()` follows each session's end; `compose(reply_to, quote_of)` is asked
    for a post from the session window; `show(window)` raises a window."""

    def __init__(
        self,
        context: AppContext,
        runner: TaskRunner,
        settings: Settings,
        clock: Callable[[], datetime],
        *,
        avatar_dir: Path,
        icon: Callable[[], QIcon],
        outbox: Callable[[], OutboxSender | None],
        on_ended: Callable[[], None],
        ended_unseen: Callable[[SessionSummary], None],
        compose: Callable[[str | None, str | None], None],
        notify: Callable[[str], None],
        show: Callable[[QWidget], None],
        deck: Callable[[], DeckDesk | None] = lambda: None,
        timers: TimerFactory | None = None,
        ticking: Callable[[int | None, int], None] = lambda _left, _total: None,
    ) -> None:
        self.context, self.runner, self.settings, self._clock = context, runner, settings, clock
        self._deck = deck
        self._avatar_dir, self._icon, self._outbox = avatar_dir, icon, outbox
        self._on_ended, self._compose, self._notify, self._show = on_ended, compose, notify, show
        self._ended_unseen, self._timers, self._ticking = ended_unseen, timers, ticking
        self._total = 0  # the longest time left seen in the running session: its length, extensions included
        self.session: ReviewSession | None = None
        self.window: SessionWindow | None = None
        self._images: ImageCache | None = None
        self._sources = "unknown"  # "checking" while the first run (lists → groups) is offered, then "ready"
        self._closed = False

    def is_open(self) -> bool:
        return self.session is not None and self.session.is_active

    def open(self, focus: str | None = None) -> None:
        """Start a review session, or bring back the one that is running; `focus`: a spike term first."""
        if self.window is not None and self.is_open():
            self._show(self.window)
        elif self._sources == "ready":
            self.start(focus=focus)
        elif self._sources == "unknown":  # "checking": the first-run dialog is up already
            self._first_run(focus)

    def _first_run(self, focus: str | None = None) -> None:
        from exec_desk.ui.account.first_run import maybe_run_first_run

        def finished() -> None:
            if not self._closed:
                self._sources = "ready"
                self.start(focus=focus)

        self._sources = "checking"
        context = self.context
        maybe_run_first_run(None, context.sources, self.runner, on_finished=finished)

    def start(self, minutes: int | None = None, *, focus: str | None = None) -> None:
        """A new session now (`minutes`, else the session length setting), in a new window; `focus`: a spike term
        whose posts come first."""
        from exec_desk.ui.session.window import SessionWindow

        session = self._engine()
        if self.window is not None:
            self.window.deleteLater()
        deck = self._deck()
        window = self.window = SessionWindow(
            session,
            clock=self._clock,
            images=self._images,
            thumbnails=self._images,
            settings=self.settings,
            deck=None if deck is None else deck.service,
            timers=self._timers,
            threads=session.threads,
        )
        if deck is not None:  # the team's proposals first: read now, an edited one opens in the composer
            window.deck_page.edit_requested.connect(deck.edit)
            deck.service.refresh()
        window.setWindowIcon(self._icon())
        window.compose_requested.connect(self._compose)
        window.hidden.connect(self._on_window_hidden)
        window.continue_requested.connect(lambda: self.start(self.settings.value(SESSION_EXTEND_MINUTES)))
        window.like_requested.connect(
            lambda _id: self._notify(
                QCoreApplication.translate("SessionDesk", "Liking from Exec Desk comes with a later release.")
            )
        )
        session.start(minutes, focus=focus)
        self._show(window)

    def _engine(self) -> ReviewSession:
        from exec_desk.app.builder import build_session
        from exec_desk.services.images import ImageCache

        if self.session is None:
            context = self.context
            self.session = build_session(
                context.store,
                context.backend,
                context.ledger,
                self.runner,
                self.settings,
                context.account.key,
                self._clock,
                self._timers,
                outbox=self._outbox(),
            )
            self.session.ended.connect(self._session_ended)
            self.session.tick.connect(self._tick)
            origin = context.account.api_base_url if context.demo else None  # the demo's fake X of this run
            self._images = ImageCache(self.runner, self._avatar_dir, local_origin=origin, parent=self.session)
        return self.session

    def _tick(self, remaining: int) -> None:
        """Time left in the running session, for the tray's icon: (seconds left, the session's length), or None
        once it is over."""
        if remaining <= 0 or self.session is None or not self.session.is_active:
            self._total = 0
            self._ticking(None, 0)
        else:
            self._total = max(self._total, remaining)
            self._ticking(remaining, self._total)

    def _session_ended(self, summary: object) -> None:
        self._total = 0
        self._ticking(None, 0)
        self._on_ended()
        from exec_desk.core.queue import SessionSummary  # a session ran: it is imported

        window = self.window
        if not isinstance(summary, SessionSummary) or self._closed:
            return
        if window is None or not window.isVisible() or window.isMinimized():
            self._ended_unseen(summary)
            self._on_window_hidden()  # nobody will put its window away: it goes now (the log keeps the summary)

    def _on_window_hidden(self) -> None:
        """Once an ended session's window is put away, the window, the queue and the images go until next time."""
        if self.session is not None and not self.session.is_active:
            self.drop()
            from exec_desk.services.interpreter import release_free_memory

            QTimer.singleShot(0, release_free_memory)  # after the deferred deletes have run

    def drop(self) -> None:
        """End the session if it runs; let go of the engine, its images and the window."""
        if self.session is not None:
            if self.session.is_active:
                self.session.end()
            self.session.deleteLater()  # and its image cache with it
            self.session = None
            self._images = None
        if self.window is not None:
            self.window.hide()
            self.window.deleteLater()
            self.window = None

    def close(self) -> None:
        """The app quits or changes account: end what runs (its store work is in the app runner's STORE lane)."""
        self._closed = True
        if self.session is not None and self.session.is_active:
            self.session.end()
