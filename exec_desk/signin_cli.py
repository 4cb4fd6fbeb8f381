"""`exec-desk signin`: add an X account from the terminal (OAuth 2.0 PKCE in the browser, or OAuth 1.0a keys)."""

from __future__ import annotations

import sys
import webbrowser
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from exec_desk.backends.oauth import PkceSignIn
from exec_desk.core.errors import XError
from exec_desk.services.accounts import sign_in_oauth1, sign_in_oauth2
from exec_desk.storage.credentials import CredentialStore, KeyringCredentialStore, KeyringUnavailableError
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.logs import setup_logging
from exec_desk.storage.paths import Paths
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store

OAUTH1_FIELDS = ("consumer_key", "consumer_secret", "access_token", "access_token_secret")


def _print_url(url: str) -> bool:
    print(f"Open this address in your browser to let Exec Desk use your X account:\n\n  {url}\n", flush=True)
    return True


def sign_in(
    *,
    basedir: Path | None,
    api_url: str | None,
    client_id: str | None,
    oauth1: bool,
    open_browser: bool = True,
    browser: Callable[[str], object] | None = None,
    credentials: CredentialStore | None = None,
    stdin: TextIO = sys.stdin,
    redirect_port: int = 0,
) -> int:
    """Run the sign-in; 0 on success, 1 with a plain message on failure. Nothing is written on failure."""
    paths = Paths.resolve(basedir)
    paths.ensure()
    setup_logging(paths.log_file)
    settings = Settings(paths.settings_file)
    base = api_url or str(settings.get("api_base_url"))
    credentials = credentials if credentials is not None else KeyringCredentialStore()
    if isinstance(credentials, KeyringCredentialStore):
        try:
            credentials.check()
        except KeyringUnavailableError as exc:
            print(f"exec-desk: {exc}", file=sys.stderr)
            return 1
    with Store(paths.database_file) as store:
        ledger = Ledger(store)
        try:
            if oauth1:
                keys = {}
                for name in OAUTH1_FIELDS:
                    if stdin.isatty():
                        print(f"{name.replace('_', ' ')}: ", end="", file=sys.stderr, flush=True)
                    keys[name] = stdin.readline().strip()
                account = sign_in_oauth1(
                    keys, api_base_url=base, credentials=credentials, store=store, settings=settings, recorder=ledger
                )
            else:
                assert client_id is not None
                flow = PkceSignIn(
                    client_id,
                    api_base_url=base,
                    open_browser=browser or (webbrowser.open if open_browser else _print_url),
                    redirect_port=redirect_port,
                )
                if open_browser:
                    print("Your browser opens X's consent page; come back here when it says you are done.", flush=True)
                account = sign_in_oauth2(
                    flow,
                    client_id=client_id,
                    api_base_url=base,
                    credentials=credentials,
                    store=store,
                    settings=settings,
                    recorder=ledger,
                )
        except XError as exc:
            print(f"exec-desk: sign-in failed. {exc.user_message} ({exc})", file=sys.stderr)
            return 1
        except (ValueError, KeyringUnavailableError) as exc:
            print(f"exec-desk: sign-in failed: {exc}", file=sys.stderr)
            return 1
    print(f"Signed in as @{account.username} ({account.name}). Exec Desk will use this account.")
    return 0
