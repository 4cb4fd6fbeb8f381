"""Add an X account: sign in (OAuth 2.0 PKCE or OAuth 1.0a keys), learn who it is, keep its secrets in the keyring.

No Qt here: the CLI calls these functions directly and the UI runs them through the task runner. The first
`users/me` call is recorded in the ledger under the new account once its key is known. `app_owner` is the user's
answer to "do you own the X developer app you sign in through?" (default no): X bills the owner's reads of their
own data (mentions, own posts, lists) at the owned-read price.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime

from exec_desk.backends.oauth.oauth1 import delete_oauth1_keys, load_oauth1_keys, oauth1_user_id, save_oauth1_keys
from exec_desk.backends.oauth.tokens import PkceSignIn, TokenManager, TokenSet
from exec_desk.backends.tweepy.backend import TweepyBackend
from exec_desk.core.calls import CallRecord, CallRecorder
from exec_desk.core.models import User
from exec_desk.core.secrets import CredentialStore
from exec_desk.services.demo import StaticTokens
from exec_desk.storage.records import Account, AuthKind
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store


def account_key(user_id: str) -> str:
    """The key that names an account everywhere (rows, keyring entries, settings)."""
    return f"x-{user_id}"


class _Buffer:
    """Holds the calls made before the account key is known, then hands them to the real recorder."""

    def __init__(self) -> None:
        self.calls: list[CallRecord] = []

    def record(self, call: CallRecord) -> int:
        self.calls.append(call)
        return 0

    def flush(self, recorder: CallRecorder, account: str) -> None:
        for call in self.calls:
            recorder.record(dataclasses.replace(call, account=account))
        self.calls.clear()


def _remember(
    store: Store,
    settings: Settings,
    user: User,
    kind: AuthKind,
    api_base_url: str,
    now: datetime,
    *,
    app_owner: bool = False,
) -> Account:
    account = Account(
        key=account_key(user.id),
        user_id=user.id,
        username=user.username,
        name=user.name,
        auth_kind=kind,
        api_base_url=api_base_url,
        created_at=now,
        app_owner=app_owner,
    )
    store.accounts.add(account)
    settings.set("active_account", account.key)
    return account


def sign_in_oauth2(
    sign_in: PkceSignIn,
    *,
    client_id: str,
    api_base_url: str,
    credentials: CredentialStore,
    store: Store,
    settings: Settings,
    recorder: CallRecorder,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    client_secret: str | None = None,
    app_owner: bool = False,
) -> Account:
    """Run the browser sign-in (blocking), then store tokens (and a confidential client's secret) in the keyring and
    the account in the store."""
    tokens: TokenSet = sign_in.run()
    buffer = _Buffer()
    probe = TweepyBackend(
        account="", user_id="", recorder=buffer, api_base_url=api_base_url, tokens=StaticTokens(tokens.access_token)
    )
    user = probe.me()
    key = account_key(user.id)
    TokenManager(credentials, key, client_id, api_base_url, client_secret=client_secret).save(tokens)
    account = _remember(store, settings, user, AuthKind.OAUTH2, api_base_url, clock(), app_owner=app_owner)
    buffer.flush(recorder, key)
    return account


def sign_in_oauth1(
    keys: dict[str, str],
    *,
    api_base_url: str,
    credentials: CredentialStore,
    store: Store,
    settings: Settings,
    recorder: CallRecorder,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    app_owner: bool = False,
) -> Account:
    """Check OAuth 1.0a keys against X (`users/me`), then keep them in the keyring. Raises ValueError on bad keys."""
    user_id = oauth1_user_id(keys.get("access_token", "").strip())
    key = account_key(user_id)
    save_oauth1_keys(credentials, key, **keys)
    try:
        stored = load_oauth1_keys(credentials, key) or {}
        user = TweepyBackend(
            account=key, user_id=user_id, recorder=recorder, api_base_url=api_base_url, oauth1=stored
        ).me()
    except BaseException:
        delete_oauth1_keys(credentials, key)
        raise
    return _remember(store, settings, user, AuthKind.OAUTH1, api_base_url, clock(), app_owner=app_owner)
