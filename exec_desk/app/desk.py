"""Build the QApplication and the services, wire them, run the event loop. Nothing else lives here.

Start-up stays lean: the tray shows first; the single-instance server, the store, tweepy and the
keyring come after it (the context opens on a worker). Requests that need the context ("session") wait for it.

Once the context is open, `ui.app_compose.ComposeDesk` holds the composer, drafts, outbox sender and outbox window
of the account (the composer is built in the background a moment later, so that opening it is a show()).

`EXEC_DESK_DEBUG_EVENTS=1` makes the app print one JSON line per event on stdout (tray shown, ready, requests,
outbox changes; and, from `ui.tray.DebugProbe`, windows and menus shown with their geometry and the tray icon once
placed), for the tests that drive it. With it, `EXEC_DESK_AUTOTYPE` types a text into the composer (see
`ui.app_autotype`), for the tests that kill the app while the user types.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from exec_desk.services.instance import InstanceError, SingleInstance
from exec_desk.services.reminders import Reminders
from exec_desk.services.tasks import STORE, TaskRunner
from exec_desk.storage.paths import Paths
from exec_desk.storage.settings import MONTHLY_BUDGET_USD, SESSION_MINUTES, Settings
from exec_desk.ui.icons import icon
from exec_desk.ui.tray import Tray, TrayState

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from exec_desk.app.compose import ComposeDesk
    from exec_desk.app.gaps import GapDesk
    from exec_desk.app.sessions import SessionDesk
    from exec_desk.core.queue import SessionSummary
    from exec_desk.core.secrets import CredentialStore
    from exec_desk.services.clock import Clock, Timer, TimerFactory
    from exec_desk.services.context import AppContext
    from exec_desk.services.session.engine import ReviewSession
    from exec_desk.storage.records import Account
    from exec_desk.ui.account.dialog import AccountDialog
    from exec_desk.ui.session.window import SessionWindow

log = logging.getLogger(__name__)
DEBUG_EVENTS_ENV = "EXEC_DESK_DEBUG_EVENTS"
#: The post cache is pruned when an account opens, then once a day.
PRUNE_EVERY_MS = 24 * 3600 * 1000


def _now() -> datetime:
    return datetime.now(UTC)


def _keyring_store() -> CredentialStore:
    from exec_desk.storage.credentials import KeyringCredentialStore

    return KeyringCredentialStore()


class ExecDesk:
    """The running app: owns the tray, reminders, the task runner and, once opened, the `AppContext`."""

    def __init__(
        self,
        app: QApplication,
        paths: Paths,
        settings: Settings,
        *,
        demo: bool,
        api_url: str | None,
        instance: SingleInstance | None = None,
        clock: Clock = _now,
        timers: TimerFactory | None = None,
        credentials: Callable[[], CredentialStore] = _keyring_store,
        open_browser: Callable[[str], object] | None = None,
        tray_available: bool | None = None,
        events: Callable[[dict[str, Any]], None] | None = None,
        exit_app: Callable[[], None] | None = None,
        log_file: Path | None = None,
    ) -> None:
        self.app, self.paths, self.settings = app, paths, settings
        self.runner = TaskRunner(isolated=(STORE,))  # a session's store work never waits behind X
        self.context: AppContext | None = None
        self.instance = instance
        self._demo, self._api_url, self._clock = demo, api_url, clock
        self._credentials, self._open_browser = credentials, open_browser
        self._events = events
        self._log_file = log_file  # logging starts once the tray is up (logging.handlers is not free)
        # Not QApplication.quit(): that asks every window to close first, and the session window refuses.
        self._exit_app = exit_app or (lambda: app.exit(0))
        self.sessions: SessionDesk | None = None  # once the context is open
        self._stop_autostart: Callable[[], None] = lambda: None
        self.account_dialog: AccountDialog | None = None
        self.compose: ComposeDesk | None = None
        self.gaps: GapDesk | None = None  # the calendar's gaps, once the tray shows
        self.windows: dict[str, QWidget] = {}
        self._pending: list[str] = []
        self._quitting = False
        self._unclaimed: list[AppContext] = []  # opened on a worker, not yet handed to `_opened`
        self._unclaimed_lock = threading.Lock()
        self._timers = timers or self._qt_timer
        #: The sessions' timers: the factory given (tests move time by hand), else each session's own Qt timers,
        #: which go with the session (not with the app's runner, which outlives them).
        self._session_timers = timers
        self.reminders = Reminders(settings, clock, self._timers, self.session_is_open)
        self._prune_timer = QTimer(self.runner)
        self._prune_timer.setSingleShot(True)
        self._prune_timer.timeout.connect(self._prune_cache)
        self.tray = Tray(self._icon(demo), demo=demo, state=self.tray_state, tray_available=tray_available)
        self.tray.session_requested.connect(self.open_session)
        self.tray.compose_requested.connect(self.open_composer)
        self.tray.history_requested.connect(self.open_history)
        self.tray.account_requested.connect(self.open_account)
        self.tray.settings_requested.connect(self.open_settings)
        self.tray.pause_requested.connect(self.pause)
        self.tray.quit_requested.connect(self.quit)
        self.reminders.remind.connect(lambda text: self.tray.notify(text, kind="reminder"))
        self.tray.menu.aboutToShow.connect(self._menu_entries)  # after the tray's own rebuild of the menu

    def _qt_timer(self, callback: Callable[[], None]) -> Timer:
        from exec_desk.services.clock import qt_timers  # imports the Qt namespace: after the tray shows

        return qt_timers(self.runner)(callback)

    @staticmethod
    def _icon(demo: bool) -> Any:
        return icon("exec-desk-demo" if demo else "exec-desk")

    # -- life cycle --------------------------------------------------------------------------------------------
    def start(self) -> None:
        """Show the tray; everything else starts on the first event-loop turn, once the tray is up."""
        self.tray.show()
        QTimer.singleShot(0, self._after_shown)

    def _after_shown(self) -> None:
        if self._quitting:
            return
        self._emit({"event": "tray_shown", "tray": self.tray.available})
        if self._log_file is not None:
            from exec_desk.storage.logs import setup_logging

            setup_logging(self._log_file)
        self._open_context()
        self.reminders.start()
        self._start_gaps()
        self._follow_open_at_login()
        if self.instance is not None and self.instance.owner:
            try:
                self.instance.listen(self.handle_request)
            except InstanceError as exc:  # runs on without it: a second launch then says it cannot reach us
                log.error("single instance: %s", exc)
                self.tray.notify(
                    translate("ExecDesk", "Other launches of Exec Desk cannot reach this one: {error}").format(
                        error=exc
                    )
                )

    def _start_gaps(self) -> None:
        """The calendar (if one is set) and its gap reminders: read on the runner, shown by `app.gaps`."""
        from exec_desk.app.gaps import GapDesk

        self.gaps = GapDesk(
            self.settings,
            self.runner,
            self.reminders,
            self._clock,
            self._timers,
            self.paths.cache_dir,
            credentials=self._credentials,
            start_session=self.open_session,
            notify=self.tray.notify,
            icon=lambda: self._icon(self.tray.demo),
            events=self._events,
        )
        self.gaps.start()

    def _follow_open_at_login(self) -> None:
        """The "open at login" setting writes or removes the XDG autostart entry (now, and on every change)."""
        from exec_desk.storage.autostart import Autostart, supports_xdg_autostart

        if supports_xdg_autostart():
            from exec_desk.services.autostart import follow_setting

            self._stop_autostart = follow_setting(
                self.settings,
                Autostart(self.paths.autostart_dir),
                on_error=lambda exc: self.tray.notify(
                    translate("ExecDesk", "Could not change opening at login: {error}").format(error=exc)
                ),
            )

    def _open_context(self, previous: AppContext | None = None) -> None:
        def work() -> AppContext:  # on a worker: disk, keyring, tweepy, the demo server
            from exec_desk.services.context import open_context

            if previous is not None:
                previous.close()
            context = open_context(
                self.paths, self.settings, demo=self._demo, api_url=self._api_url, credentials=self._credentials
            )
            with self._unclaimed_lock:
                if not self._quitting:  # quit() closes it if its result never reaches `_opened`
                    self._unclaimed.append(context)
                    return context
            context.close()  # the app quit meanwhile: its demo server and store must not outlive it
            raise RuntimeError("the app quit while starting")

        self.runner.submit(work, self._opened, self._failed)

    def _opened(self, context: AppContext) -> None:
        with self._unclaimed_lock:
            self._unclaimed.remove(context)
        if self._quitting:
            context.close()
            return
        self.context = context
        if context.demo != self.tray.demo:
            self.tray.set_demo(context.demo, self._icon(context.demo))
        signed_in = (
            translate("ExecDesk", "Signed in as @{name} on the demo X")
            if context.demo
            else translate("ExecDesk", "Signed in as @{name}")
        )
        self.tray.set_status(signed_in.format(name=context.account.username))
        from exec_desk.ui.i18n import message_text

        for notice in context.notices:
            log.warning("%s", notice)
            self.tray.notify(message_text(notice))
        from exec_desk.app.compose import ComposeDesk

        self.compose = ComposeDesk(
            context,
            self.runner,
            clock=self._clock,
            icon=self._icon(context.demo),
            notify=self.tray.notify,
            events=self._events,
        )
        self.compose.prepare_soon()  # a moment after start-up: the first Quick compose is then a show()
        self._prune_cache()
        from exec_desk.app.sessions import SessionDesk

        self.sessions = SessionDesk(
            context,
            self.runner,
            self.settings,
            self._clock,
            avatar_dir=self.paths.avatar_cache_dir,
            icon=lambda: self._icon(self.tray.demo),
            outbox=lambda: None if self.compose is None else self.compose.outbox,
            on_ended=self.reminders.session_finished,
            ended_unseen=self._ended_unseen,
            compose=self.compose_for_session,
            notify=self.tray.notify,
            show=self._raise,
            timers=self._session_timers,
            ticking=self.tray.set_session_time,
        )
        from exec_desk.services.interpreter import keep_gui_responsive

        keep_gui_responsive()  # no long GC pauses once start-up's objects are frozen
        self._emit({"event": "ready", "account": context.account.key, "demo": context.demo})
        pending, self._pending = self._pending, []
        for request in pending:
            self.handle_request(request)

    def _failed(self, error: BaseException) -> None:
        log.error("start-up failed: %s", error)
        self.tray.set_status(translate("ExecDesk", "Could not start: {error}").format(error=error))
        self.tray.notify(str(error))
        self._emit({"event": "failed", "error": str(error)})

    def _prune_cache(self) -> None:
        """Forget cached posts past the `keep_posts_days` setting, on a worker; again a day later."""
        context = self.context
        if context is None or self._quitting:
            return
        now = self._clock()
        self.runner.submit(
            lambda: context.prune_cache(now),
            lambda gone: log.info("cache: %d old posts forgotten", gone),
            lambda error: log.warning("cache: old posts could not be forgotten: %s", error),
        )
        self._prune_timer.start(PRUNE_EVERY_MS)

    def quit(self) -> None:
        self._prune_timer.stop()
        with self._unclaimed_lock:  # from now on, a context still opening closes itself
            self._quitting = True
        self.reminders.close()
        if self.gaps is not None:
            self.gaps.close()
        self._stop_autostart()
        if self.account_dialog is not None:
            self.account_dialog.cancel()  # a sign-in waiting for the browser would hold the worker for minutes
        if self.sessions is not None:
            self.sessions.close()
        if self.compose is not None:
            self.compose.outbox.stop()
            self.compose.close()  # the draft being typed is written now, on this thread
        if self.instance is not None:
            self.instance.close()
        self.runner.shutdown(2000)
        for opened in self._unclaimed:  # opened, but its result was dropped by the shutdown
            opened.close()
        self._unclaimed.clear()
        if self.context is not None:
            self.context.close()
            self.context = None
        self._exit_app()

    # -- requests ----------------------------------------------------------------------------------------------
    def handle_request(self, request: str) -> None:
        """A request from another launch (`exec-desk`, `exec-desk session`, `exec-desk compose`)."""
        self._emit({"event": "request", "request": request})
        if request == "session":
            self.open_session()
        elif request == "compose":
            self.open_composer()
        elif request == "outbox":  # `exec-desk post` queued something into the store
            if self.compose is not None:
                self.compose.outbox.wake()
        elif request == "settings":  # `exec-desk config` saved the settings file: its subscribers follow
            self._emit({"event": "settings", "changed": self.settings.reload()})
        else:
            self.tray.present()

    def tray_state(self) -> TrayState:
        open_session = self.session if self.session_is_open() else None
        context = self.context
        account = "" if context is None else f"@{context.account.username}"  # the title already says Demo
        return TrayState(
            session_minutes=self.settings.value(SESSION_MINUTES),
            session_remaining=open_session.remaining_seconds if open_session is not None else None,
            reminders_status=self.reminders.status_text(),
            reminders_enabled=self.reminders.enabled,
            reminders_paused=self.reminders.paused_until is not None,
            account=account,
        )

    def pause(self, how: str) -> None:
        methods = {"snooze": "snooze", "hour": "pause_hour", "today": "pause_rest_of_today", "resume": "resume"}
        getattr(self.reminders, methods[how])()
        self.tray.set_status(self.reminders.status_text())

    # -- the session -------------------------------------------------------------------------------------------
    @property
    def session(self) -> ReviewSession | None:
        return None if self.sessions is None else self.sessions.session

    @property
    def session_window(self) -> SessionWindow | None:
        return None if self.sessions is None else self.sessions.window

    def session_is_open(self) -> bool:
        return self.sessions is not None and self.sessions.is_open()

    def open_session(self) -> None:
        """Start a review session, or bring back the one that is running (once the app is ready)."""
        if self.sessions is None:
            if "session" not in self._pending:
                self._pending.append("session")
            self.tray.set_status(translate("ExecDesk", "Starting… the session opens in a moment."))
            return
        self.sessions.open()

    def _ended_unseen(self, summary: SessionSummary) -> None:
        """A session ended while its window was hidden: say so, with its summary line (a click shows it all)."""
        from exec_desk.ui.session.history import summary_line

        line = summary_line(summary)
        self.tray.notify(line, kind="session")
        self._emit({"event": "session_ended_unseen", "summary": line})

    def open_history(self) -> None:
        """Tray → Last session…: the last session's summary and the history, read from the session log."""
        from exec_desk.services.session.history import load_history
        from exec_desk.ui.session.history import SessionHistoryWindow

        context = self.context
        if context is None:
            self.tray.notify(translate("ExecDesk", "Exec Desk is still starting; open Last session again in a moment."))
            return
        window = self.windows.get("history")
        if not isinstance(window, SessionHistoryWindow):
            window = SessionHistoryWindow()
            window.setWindowIcon(self._icon(self.tray.demo))
            window.new_session_requested.connect(window.close)
            window.new_session_requested.connect(self.open_session)
            self.windows["history"] = window
        window.show_loading()
        self._raise(window)
        store, ledger, account = context.store, context.ledger, context.account.key
        budget = round(self.settings.value(MONTHLY_BUDGET_USD) * 1_000_000)
        self.runner.submit(
            lambda: load_history(store, ledger, account, budget_micro=budget),
            window.show_history,
            lambda error: window.show_error(str(error)),
            lane=STORE,
            owner=window,
        )

    # -- other windows -----------------------------------------------------------------------------------------
    def open_composer(self) -> None:
        """Show the composer (tray, middle click, `exec-desk compose`); once the app is ready if it is starting."""
        if self.compose is None:
            if "compose" not in self._pending:
                self._pending.append("compose")
            self.tray.set_status(translate("ExecDesk", "Starting… the composer opens in a moment."))
            return
        self.compose.open()

    def compose_for_session(self, reply_to: str | None, quote_of: str | None) -> None:
        """The session asked for a post, a reply or a quote: what the account's plan allows comes from it."""
        from exec_desk.app.compose import context_text, plan_capability

        session, target = self.session, reply_to or quote_of
        if self.compose is None or session is None or target is None:
            self.open_composer()
            return
        about = context_text(session.items(), target)
        self.compose.open(reply_to, quote_of, about, plan_capability(session.capability, target))

    def _menu_entries(self) -> None:
        if self.compose is not None:  # Outbox and Drafts, right after Quick compose
            self.compose.add_menu_entries(self.tray.menu, self.tray.action("pause"))

    def open_settings(self) -> None:
        """The settings dialog: a new one each time (it shows the values of now); its Sources page once ready."""
        from exec_desk.ui.settings.dialog import SettingsDialog

        old = self.windows.pop("settings", None)
        if old is not None and old.isVisible():
            self.windows["settings"] = old
            self._raise(old)
            return
        context = self.context
        dialog = SettingsDialog(
            self.settings,
            self.runner,
            sources=None if context is None else context.sources,
        )
        dialog.setWindowIcon(self._icon(self.tray.demo))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.finished.connect(lambda _result: self.windows.pop("settings", None))
        self.windows["settings"] = dialog
        self._raise(dialog)

    def open_account(self) -> None:
        from exec_desk.ui.account.dialog import AccountDialog

        if self.context is None:
            self.tray.notify(translate("ExecDesk", "Exec Desk is still starting; open Account again in a moment."))
            return
        if self.account_dialog is None:
            self.account_dialog = AccountDialog.for_context(
                self.context, self.runner, self._api_url, self._credentials, self._open_browser
            )
            self.account_dialog.signed_in.connect(self.switch_account)
        self._raise(self.account_dialog)

    def switch_account(self, account: Account) -> None:
        """After a sign-in: close what belongs to the old account and open the context of the new one."""
        dialog, self.account_dialog = self.account_dialog, None
        if dialog is not None:
            dialog.accept()
            dialog.deleteLater()
        if self.sessions is not None:
            self.sessions.drop()
            self.sessions.close()
            self.sessions = None
        if self.compose is not None:
            self.compose.outbox.stop()
            self.compose.close()
            self.compose = None
        previous, self.context = self.context, None
        self._demo = False
        self.tray.set_status(translate("ExecDesk", "Switching to @{name}…").format(name=account.username))
        self.tray.notify(
            translate("ExecDesk", "Signed in as @{name}. Exec Desk now uses this account.").format(
                name=account.username
            )
        )
        self._open_context(previous)

    def _raise(self, window: QWidget) -> None:
        window.show()
        window.raise_()
        window.activateWindow()

    def _emit(self, event: dict[str, Any]) -> None:
        if self._events is not None:
            self._events(event)
