"""The one builder: every long-lived object of the app is made here, and handed finished to what uses it.

`build_app` makes the QApplication, the paths, the settings (with the command line's API address as an override,
never by writing the environment), the task runners and the `ExecDesk`. Per opened account, `account_parts` makes
the outbox sender and the drafts service (`ComposeDesk` receives them), and `build_session` a review session with
its fetcher, given that account's outbox (`SessionDesk` asks for one per session). Services make no collaborator
of their own; the benchmarks and tests build sessions through `build_session` too.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from exec_desk import APP_ID, APP_NAME, DESKTOP_ID, __version__
from exec_desk.storage.paths import Paths
from exec_desk.storage.settings import API_URL_ENV, LANGUAGE, SESSION_CAP, Settings

if TYPE_CHECKING:
    from exec_desk.backends.base import XBackend
    from exec_desk.services.clock import Clock, TimerFactory
    from exec_desk.services.context import AppContext
    from exec_desk.services.drafts import DraftService
    from exec_desk.services.fetcher import FetchLimits
    from exec_desk.services.outbox.sender import OutboxSender
    from exec_desk.services.session.engine import ReviewSession
    from exec_desk.services.tasks import Runner
    from exec_desk.storage.ledger import Ledger
    from exec_desk.storage.store import Store


def app_settings(paths: Paths, api_url: str | None, env: Mapping[str, str] = os.environ) -> Settings:
    """The settings of the profile; an API address given on the command line overrides the file, as the
    environment's `EXEC_DESK_API_URL` does (passed in, not written to the process environment)."""
    return Settings(paths.settings_file, env={**env, API_URL_ENV: api_url} if api_url else env)


def qt_application(settings: Settings) -> QApplication:
    """The QApplication, named, living in the tray (closing the last window does not quit), in the user's
    language (installed before any widget: texts are set as they are built)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)  # the window class stays APP_ID (StartupWMClass of the .desktop entry)
    app.setQuitOnLastWindowClosed(False)
    from exec_desk.ui.i18n import install_language

    install_language(app, settings.value(LANGUAGE))
    return app


@dataclass(frozen=True)
class AccountParts:
    """What one opened account sends and drafts with: its one outbox sender (started) and its drafts service."""

    outbox: OutboxSender
    drafts: DraftService


def account_parts(
    context: AppContext, runner: Runner, clock: Callable[[], datetime], parent: QObject | None = None
) -> AccountParts:
    """The account's outbox sender and drafts service (the sender is started: crash recovery, then what is due)."""
    from exec_desk.services.drafts import DraftService
    from exec_desk.services.outbox.sender import OutboxSender

    key = context.account.key
    outbox = OutboxSender(context.store, context.backend, runner, key, clock, parent=parent)
    drafts = DraftService(context.store, runner, account=lambda: key, clock=clock, parent=parent)
    return AccountParts(outbox, drafts)


def build_session(
    store: Store,
    backend: XBackend,
    ledger: Ledger,
    runner: Runner,
    settings: Settings,
    account: str,
    clock: Clock,
    timers: TimerFactory | None = None,
    *,
    outbox: OutboxSender | None = None,
    tier: str | None = None,
    auto_setup: bool = True,
    fetch_limits: FetchLimits | None = None,
    parent: QObject | None = None,
) -> ReviewSession:
    """A review session of `account` with its fetcher (pages fitted to what a session can show). `outbox`: the
    account's sender; without one (a session on its own: tests, benchmarks) one is made, started, and owned by the
    session. `tier`: what the account's X plan allows (default self-serve); `fetch_limits`: page sizes (the
    benchmarks compare some)."""
    from exec_desk.services.fetcher import Fetcher, FetchLimits
    from exec_desk.services.outbox.sender import OutboxSender
    from exec_desk.services.session.actions import SELF_SERVE
    from exec_desk.services.session.engine import ReviewSession

    own_outbox = outbox is None
    if outbox is None:
        outbox = OutboxSender(store, backend, runner, account, clock, timers)
        outbox.start()
    cap: Callable[[], int] = lambda: settings.value(SESSION_CAP)  # noqa: E731
    fetcher = Fetcher(
        store, backend, runner, account, clock, timers, session_cap=cap, limits=fetch_limits or FetchLimits()
    )
    session = ReviewSession(
        store,
        backend,
        ledger,
        runner,
        settings,
        account,
        clock,
        timers,
        parent,
        outbox=outbox,
        fetcher=fetcher,
        auto_setup=auto_setup,
        tier=tier or SELF_SERVE,
    )
    fetcher.setParent(session)
    if own_outbox:
        outbox.setParent(session)
    return session
