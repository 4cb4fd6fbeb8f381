"""`ExecDesk`: the running app as the tray shows it — the tray, the windows, the requests of a second launch, and
the desks of the account that is open. It receives finished objects from `app.run.run_app` (the one builder).

Start-up stays lean: the tray shows first; the single-instance server, the store, tweepy and the keyring come after
it (the context opens on a worker). Requests that need the context ("session") wait for it. Once the context is
open, the account's desks are made: `app.compose.ComposeDesk` (the composer, drafts, outbox sender and outbox
window; the composer is built a moment later, so that opening it is a show()), `app.deck.DeckDesk` (the team's
approval deck, with the quiet periods), `app.sessions.SessionDesk` (review sessions) and `app.radar.RadarDesk` (the
radar, response clocks and the week).

`EXEC_DESK_DEBUG_EVENTS=1` makes the app print one JSON line per event on stdout (tray shown, ready, requests,
outbox changes), for the tests that drive it; the tests' probes (`tests/support/probes.py`) add windows and menus.

Why one module: it is the one object every request of the tray and of a second launch goes through (open a
session, the composer, the settings, the account, switch accounts, quit), and what each request needs is the state
kept here (the open context, its desks, the windows shown); each desk's own work lives in its module.
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
from exec_desk.ui.i18n import message_text
from exec_desk.ui.icons import icon
from exec_desk.ui.tray import Tray, TrayState

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from exec_desk.app.compose import ComposeDesk
    from exec_desk.app.deck import DeckDesk
    from exec_desk.app.gaps import GapDesk
    from exec_desk.app.radar import RadarDesk
    from exec_desk.app.sessions import SessionDesk
    from exec_desk.app.spend import SpendDesk
    from exec_desk.core.disclosure import Hold
    from exec_desk.core.queue import SessionSummary
    from exec_desk.core.secrets import CredentialStore
    from exec_desk.services.clock import Clock, Timer, TimerFactory
    from exec_desk.services.context import AppContext
    from exec_desk.services.quiet import QuietWatch
    from exec_desk.services.session.engine import ReviewSession
    from exec_desk.services.spend.watch import SpendWatch
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


def _import_desks() -> None:
    """Import what `ExecDesk._opened` builds (the composer's and the sessions' desks), on the worker that opened
    the context: the GUI thread stays free meanwhile, and `_opened` then only builds them."""
    import exec_desk.app.compose
    import exec_desk.app.sessions  # noqa: F401


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
        self.spending: SpendDesk | None = None  # the month's API spend, once the context is open
        self.gaps: GapDesk | None = None  # the calendar's gaps, once the context is open (or failed)
        self.quiet: QuietWatch | None = None  # the quiet periods, once the context is open (or failed to)
        self.deck: DeckDesk | None = None  # the team's approval deck, once the context is open
        self.radar: RadarDesk | None = None  # the radar, clocks and week of the account, once the context is open
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
        self.tray.spend_requested.connect(self.open_spend)
        self.tray.settings_requested.connect(self.open_settings)
        self.tray.week_requested.connect(self.open_week)
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
        if self.gaps is not None or self._quitting:
            return
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

    def _settle(self) -> None:
        """What a first click does not need, started once the context is open (on the turn after "ready") or could
        not be: the quiet periods' watch, the login entry and the calendar's gap reminders. Their imports and reads
        would otherwise slow the opening down, or a click that came meanwhile."""
        if self.quiet is not None or self._quitting:
            return
        from exec_desk.services.quiet import QuietWatch

        self.quiet = QuietWatch(self.settings, self.runner, self._timers, self.paths.cache_dir, clock=self._clock)
        self.quiet.notice.connect(lambda text: self.tray.notify(message_text(text)))
        self.quiet.start()
        self._follow_open_at_login()
        self._start_gaps()

    def _hold(self, parts: tuple[str, ...], when: datetime) -> Hold | None:
        """The quiet periods' hold of a post sent at `when` (none until their watch has started)."""
        return None if self.quiet is None else self.quiet.hold(parts, when)

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
            _import_desks()
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
        from exec_desk.ui.account.identity import account_text

        self.tray.set_account(account_text(context.account.username, demo=context.demo))
        self.tray.set_status("")
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
            hold=self._hold,
            confirm=lambda text, url: self.tray.notify(text, url=url),
            in_session=self.session_is_open,
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
            on_ended=self._session_ended,
            ended_unseen=self._ended_unseen,
            compose=self.compose_for_session,
            notify=self.tray.notify,
            show=self._raise,
            deck=lambda: self.deck,
            timers=self._session_timers,
            ticking=self.tray.set_session_time,
        )
        self._emit({"event": "ready", "account": context.account.key, "demo": context.demo})
        QTimer.singleShot(0, lambda: self._watch(context))
        from exec_desk.services.interpreter import keep_gui_responsive

        keep_gui_responsive()  # no long GC pauses once start-up's objects are frozen (before a session's come)
        pending, self._pending = self._pending, []
        for request in pending:
            self.handle_request(request)

    def _watch(self, context: AppContext) -> None:
        """What runs between sessions, started on the turn after "ready" (a first click does not need it): the
        quiet periods, the login entry and the gap reminders (`_settle`), the spend in the tooltip, the approval
        deck, the radar and the response clocks."""
        self._settle()
        compose = self.compose
        if self._quitting or self.context is not context or compose is None:
            return
        self._watch_spend(context)
        if self.quiet is not None:
            from exec_desk.app.deck import DeckDesk

            self.deck = DeckDesk(
                context,
                self.runner,
                self._timers,
                clock=self._clock,
                quiet=self.quiet,
                compose=compose,
                notify=self.tray.notify,
            )
        from exec_desk.app.radar import RadarDesk

        self.radar = RadarDesk(
            context,
            self.runner,
            self.settings,
            self._clock,
            self._timers,
            tray=self.tray,
            outbox=compose.outbox,
            session_open=self.session_is_open,
            open_session=lambda focus: self.open_session(focus),
            icon=self._icon(context.demo),
        )
        self.radar.start()

    def _watch_spend(self, context: AppContext) -> None:
        """The month's API spend in the tray's tooltip, and the budget's 80 % and 100 % notices (once a month)."""
        from exec_desk.app.spend import SpendDesk

        self.spending = SpendDesk(
            context,
            self.settings,
            self.runner,
            self._clock,
            self.tray,
            self.windows,
            icon=lambda: self._icon(self.tray.demo),
            show=self._raise,
            emit=self._emit,
        )

    @property
    def spend(self) -> SpendWatch | None:
        """The watch of the month's spend, once the context is open."""
        return None if self.spending is None else self.spending.watch

    def _close_spend(self) -> None:
        if self.spending is not None:
            self.spending.close()
            self.spending = None

    def open_spend(self) -> None:
        """The Spend page of the account in use (tray → Spend…, or a clicked budget notice)."""
        if self.context is None or self.spending is None:
            self.tray.notify(translate("ExecDesk", "Exec Desk is still starting; open Spend again in a moment."))
            return
        self.spending.open()

    def _failed(self, error: BaseException) -> None:
        log.error("start-up failed: %s", error)
        self.tray.set_status(translate("ExecDesk", "Could not start: {error}").format(error=error))
        self.tray.notify(str(error))
        self._emit({"event": "failed", "error": str(error)})
        self._settle()

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
        if self.quiet is not None:
            self.quiet.close()
        if self.deck is not None:
            self.deck.close()
        self._stop_autostart()
        if self.account_dialog is not None:
            self.account_dialog.cancel()  # a sign-in waiting for the browser would hold the worker for minutes
        if self.radar is not None:
            self.radar.close()
            self.radar = None
        if self.sessions is not None:
            self.sessions.close()
        if self.compose is not None:
            self.compose.outbox.stop()
            self.compose.close()  # the draft being typed is written now, on this thread
        self._close_spend()
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
                self.compose.queued_elsewhere()
        elif request == "settings":  # `exec-desk config` saved the settings file: its subscribers follow
            self._emit({"event": "settings", "changed": self.settings.reload()})
        else:
            self.tray.present()

    def tray_state(self) -> TrayState:
        open_session = self.session if self.session_is_open() else None
        context = self.context
        account = self.tray.account if context is not None else ""  # the tooltip's words, and the dialog's
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

    def open_session(self, focus: str | None = None) -> None:
        """Start a review session, or bring back the one that is running (once the app is ready); `focus`: a
        spike term whose posts come first (the radar's notification)."""
        if self.sessions is None:
            if "session" not in self._pending:
                self._pending.append("session")
            self.tray.set_status(translate("ExecDesk", "Starting… the session opens in a moment."))
            return
        self.sessions.open(focus)
        if self.radar is not None:
            self.radar.session_started()

    def _session_ended(self) -> None:
        self.reminders.session_finished()
        if self.radar is not None:
            self.radar.session_ended(self.reminders.next_due)

    def open_week(self) -> None:
        """ "Your week" (tray), once the app is ready."""
        if self.radar is None:
            self.tray.notify(translate("ExecDesk", "Exec Desk is still starting; open Your week again in a moment."))
            return
        self.radar.show_week()

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
        from exec_desk.app.compose import author_name, context_text, plan_capability

        session, target = self.session, reply_to or quote_of
        if self.compose is None or session is None or target is None:
            self.open_composer()
            return
        items = session.items()
        about, author = context_text(items, target), author_name(items, target)
        self.compose.open(reply_to, quote_of, about, plan_capability(session.capability, target), author)

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
        if self.radar is not None:
            self.radar.close()
            self.radar = None
        if self.sessions is not None:
            self.sessions.drop()
            self.sessions.close()
            self.sessions = None
        if self.deck is not None:
            self.deck.close()
            self.deck = None
        if self.compose is not None:
            self.compose.outbox.stop()
            self.compose.close()
            self.compose = None
        self._close_spend()
        previous, self.context = self.context, None
        self._demo = False
        self.tray.set_account("")
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
