"""Open everything the app works with (store, ledger, account, backend) — off the GUI thread — and close it.

`open_context` blocks (disk, and in demo mode a local server start), so the app runs it through the task runner.
It picks the account: demo when asked, or when no account was ever added; otherwise the active (or first) account,
whose secrets come from the credential store. It reads the system-wide deployment file (the company's X app) too,
for the account dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from exec_desk.backends.base import XBackend
from exec_desk.core.i18n import QT_TRANSLATE_NOOP, Message, Phrase
from exec_desk.core.secrets import CredentialStore
from exec_desk.services.sources import SourceBook
from exec_desk.storage.deployment import Deployment, load_deployment
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.paths import Paths
from exec_desk.storage.records import Account, AuthKind
from exec_desk.storage.settings import ACTIVE_ACCOUNT, API_BASE_URL, KEEP_POSTS_DAYS, Settings
from exec_desk.storage.store import Store

if TYPE_CHECKING:
    from exec_desk.services.demo import LaunchedDemo

Clock = Callable[[], datetime]


@dataclass
class AppContext:
    """The opened state of a running app."""

    paths: Paths
    settings: Settings
    store: Store
    ledger: Ledger
    account: Account
    backend: XBackend
    demo: bool
    #: What the user should know once the app is open (the tray shows each, translated).
    notices: list[Message] = field(default_factory=list)
    #: The company's X app, from the system-wide deployment file (empty when there is none).
    deployment: Deployment = field(default_factory=Deployment)
    _closers: list[Callable[[], None]] = field(default_factory=list)

    def prune_cache(self, now: datetime) -> int:
        """Forget the account's cached posts older than the `keep_posts_days` setting (blocking: run it on the
        task runner); how many went. Read marks stay."""
        keep = timedelta(days=int(self.settings.value(KEEP_POSTS_DAYS)))
        return self.store.posts.prune(self.account.key, now - keep)

    @property
    def sources(self) -> SourceBook:
        """The account's groups and sources, as the UI may use them (through the task runner)."""
        return SourceBook(self.store, self.account.key, self.backend)

    def close(self) -> None:
        for closer in reversed(self._closers):
            closer()
        self._closers.clear()
        self.store.close()


def open_context(
    paths: Paths,
    settings: Settings,
    *,
    demo: bool,
    api_url: str | None,
    credentials: Callable[[], CredentialStore],
    clock: Clock = lambda: datetime.now(UTC),
    demo_in_process: bool = False,
) -> AppContext:
    """Open the store and pick the account and its backend. `credentials` is called only for a real account.

    The demo's fake X server runs in a process of its own unless `demo_in_process` (see `backends.demo`).
    """
    paths.ensure()
    launched: LaunchedDemo | None = None
    if demo or not paths.database_file.exists():  # no database yet: no account, the demo for sure
        launched = _launch(clock, demo_in_process)  # its process starts while the store opens
    try:
        store = Store(paths.database_file, clock=clock)
    except BaseException:
        if launched is not None:
            launched.stop()
        raise
    notices = list(settings.problems)
    if store.recovered_from is not None:
        notices.append(damaged_notice(store))
    ledger = Ledger(store)
    deployment = load_deployment(paths)
    notices.extend(deployment.problems)
    try:
        account = pick_account(store, settings)
        if demo or account is None:
            launched = launched or _launch(clock, demo_in_process)
            context = _open_demo(paths, settings, store, ledger, notices, clock, launched)
        else:
            from exec_desk.services.backends import backend_for

            backend = backend_for(
                account,
                credentials=credentials(),
                recorder=ledger,
                api_base_url=api_url or account_base_url(settings, account),
            )
            context = AppContext(paths, settings, store, ledger, account, backend, demo=False, notices=notices)
        context.deployment = deployment
        return context
    except BaseException:
        store.close()
        if launched is not None:
            launched.stop()  # the context was not made: its demo server must not outlive it
        raise


def _launch(clock: Clock, in_process: bool) -> LaunchedDemo:
    from exec_desk.services.demo import launch_demo

    return launch_demo(clock=clock, in_process=in_process)


DAMAGED = QT_TRANSLATE_NOOP("Context", "The local database was damaged; it was set aside as {path}.")
SAVED = QT_TRANSLATE_NOOP(
    "Context", "Saved from it: {accounts} account(s), {queued} queued item(s), {drafts} draft(s), {sources} source(s)."
)
LOST_SOME = QT_TRANSLATE_NOOP("Context", "Some of it could not be read: {what}.")
ACCOUNT_LOST = QT_TRANSLATE_NOOP(
    "Context", "Your X account could not be read from it: sign in again (tray menu, Account…)."
)
NOTHING_SAVED = QT_TRANSLATE_NOOP("Context", "Nothing could be read from it: a new, empty database was started.")
#: The tables of the store, as the notice names those that lost rows.
TABLE_NAMES = {
    "accounts": QT_TRANSLATE_NOOP("Context", "accounts"),
    "outbox": QT_TRANSLATE_NOOP("Context", "outbox"),
    "drafts": QT_TRANSLATE_NOOP("Context", "drafts"),
    "groups": QT_TRANSLATE_NOOP("Context", "groups"),
    "sources": QT_TRANSLATE_NOOP("Context", "sources"),
    "api_calls": QT_TRANSLATE_NOOP("Context", "API calls"),
    "api_charged": QT_TRANSLATE_NOOP("Context", "API charges"),
    "sessions": QT_TRANSLATE_NOOP("Context", "sessions"),
    "read_state": QT_TRANSLATE_NOOP("Context", "read marks"),
    "users": QT_TRANSLATE_NOOP("Context", "users"),
    "posts": QT_TRANSLATE_NOOP("Context", "posts"),
    "media": QT_TRANSLATE_NOOP("Context", "media"),
    "post_sources": QT_TRANSLATE_NOOP("Context", "post sources"),
}


def damaged_notice(store: Store) -> Message:
    """What the user is told after a damaged database was salvaged: where it went, what was saved and lost."""
    report = store.salvage
    parts: list[Phrase | str] = [Phrase.of("Context", DAMAGED, path=str(store.recovered_from))]
    if report is None or not report.saved:
        parts.append(Phrase.of("Context", NOTHING_SAVED))
        return Message(*parts)
    saved = report.saved
    counts = {"accounts": "accounts", "queued": "outbox", "drafts": "drafts", "sources": "sources"}
    parts.append(Phrase.of("Context", SAVED, **{k: saved.get(t, 0) for k, t in counts.items()}))
    lost = sorted({*report.unreadable, *report.lost})
    if lost:
        names = (Phrase.of("Context", TABLE_NAMES[t]) if t in TABLE_NAMES else t for t in lost)
        parts.append(Phrase.of("Context", LOST_SOME, what=Message(*names, separator=", ")))
    if "accounts" in report.important_losses:
        parts.append(Phrase.of("Context", ACCOUNT_LOST))
    return Message(*parts)


def account_base_url(settings: Settings, account: Account) -> str:
    """The setting (or EXEC_DESK_API_URL) when the user changed it, else the URL the account signed in with."""
    configured = settings.value(API_BASE_URL)
    return configured if configured != API_BASE_URL.default else account.api_base_url


def pick_account(store: Store, settings: Settings) -> Account | None:
    accounts = [a for a in store.accounts.all() if a.key != "demo"]
    wanted = settings.value(ACTIVE_ACCOUNT)
    for account in accounts:
        if account.key == wanted:
            return account
    return accounts[0] if accounts else None


def _open_demo(
    paths: Paths,
    settings: Settings,
    store: Store,
    ledger: Ledger,
    notices: list[Message],
    clock: Clock,
    launched: LaunchedDemo,
) -> AppContext:
    from exec_desk.services.demo import DEMO_ACCOUNT

    demo = launched.finish(ledger)  # tweepy is imported while the server's process starts
    user = demo.credentials
    account = Account(
        key=DEMO_ACCOUNT,
        user_id=str(user["user_id"]),
        username=str(user["username"]),
        name=str(user["name"]),
        auth_kind=AuthKind.OAUTH2,
        api_base_url=demo.base_url,
        created_at=clock(),
        app_owner=bool(user.get("app_owner", False)),
    )
    store.accounts.add(account)
    context = AppContext(paths, settings, store, ledger, account, demo.backend, demo=True, notices=notices)
    context._closers.append(demo.stop)
    return context
