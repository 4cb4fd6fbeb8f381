"""An account signed in through one of a fake X's developer apps, for tests of what comes after the sign-in.

`sign_in_through` runs the real PKCE flow against the fake (a thread stands in for the browser) and keeps the
tokens and the account as the app does, but skips the app's first `users/me` call: so an app that is not enrolled
can have a signed-in account (its enrolment lapsed after the sign-in, say), and no user read is billed yet today.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import requests

from exec_desk.backends.oauth.tokens import PkceSignIn, TokenManager
from exec_desk.core.secrets import CredentialStore
from exec_desk.fakex.server import FakeXServer
from exec_desk.storage.records import Account, AuthKind
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store

from .ports import registered_port


def _follow(url: str) -> None:
    threading.Thread(target=requests.get, args=(url,), kwargs={"timeout": 10}, daemon=True).start()


def sign_in_through(
    server: FakeXServer,
    client_id: str,
    *,
    store: Store,
    settings: Settings,
    credentials: CredentialStore,
    client_secret: str | None = None,
) -> Account:
    """The active account of `store`, signed in through `client_id` of `server`; its secrets in `credentials`."""
    flow = PkceSignIn(
        client_id,
        api_base_url=server.base_url,
        open_browser=_follow,
        client_secret=client_secret,
        redirect_port=registered_port(server),
        timeout=10,
    )
    tokens = flow.run()
    user = server.world.user
    account = Account(
        key=f"x-{server.user_id}",
        user_id=server.user_id,
        username=user.username,
        name=user.name,
        auth_kind=AuthKind.OAUTH2,
        api_base_url=server.base_url,
        created_at=datetime.now(UTC),
    )
    TokenManager(credentials, account.key, client_id, server.base_url, client_secret=client_secret).save(tokens)
    store.accounts.add(account)
    settings.set("active_account", account.key)
    return account
