"""`exec-desk signin`: add an X account from the terminal (OAuth 2.0 PKCE in the browser, or OAuth 1.0a keys).

The OAuth 2.0 sign-in uses the client id given, or the company's from the deployment file; the callback is the
fixed `http://127.0.0.1:<port>/callback` registered on that X app. The browser opens X's consent page (or the
address is printed: `--print-url`, or when no browser can be opened), a listener on 127.0.0.1 receives X's
answer; `--paste` takes the address the browser ended on from standard input instead (a machine whose browser
cannot reach this one's loopback). Failures are said once, in words that name what to fix (`services.diagnosis`),
and nothing is written.
"""

from __future__ import annotations

import contextlib
import getpass
import sys
import webbrowser
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from exec_desk.cli.profile import newer_schema_exit, profile_paths
from exec_desk.core.errors import XError
from exec_desk.core.secrets import CredentialStore, KeyringUnavailableError
from exec_desk.services.accounts.diagnosis import CHECKS, diagnose
from exec_desk.services.accounts.signin import (
    BadPaste,
    PkceSignIn,
    SignInPlan,
    browser_sign_in,
    complete_sign_in,
    sign_in_oauth1,
    sign_in_plan,
)
from exec_desk.services.profile import NewerSchemaError, open_profile
from exec_desk.storage.credentials import KeyringCredentialStore
from exec_desk.storage.deployment import load_deployment
from exec_desk.storage.logs import setup_logging
from exec_desk.storage.records import Account
from exec_desk.storage.settings import Settings

OAUTH1_FIELDS = ("consumer_key", "consumer_secret", "access_token", "access_token_secret")


def _say(text: str) -> None:
    print(text, flush=True)


def _fail(text: str) -> int:
    print(f"exec-desk: {text}", file=sys.stderr, flush=True)
    return 1


def _explained(error: BaseException, plan: SignInPlan | None, base: str) -> str:
    """One paragraph: what went wrong, the checklist item it points to, and that nothing was saved."""
    callback = plan.callback_url if plan else ""
    diagnosis = diagnose(error, callback=callback, api_base_url=base)
    if diagnosis is None:
        return "sign-in cancelled; nothing was saved."
    title = next(check for check in CHECKS if check.id == diagnosis.check).title_text(callback)
    return f"sign-in failed: {diagnosis.message}\n  (set-up item: {title})\nNothing was saved."


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
    redirect_port: int | None = None,
    client_secret: bool = False,
    paste: bool = False,
    app_owner: bool = False,
) -> int:
    """Run the sign-in; 0 on success, 1 with a plain message on failure. Nothing is written on failure.

    `client_secret`: read a confidential app's secret from `stdin` (prompted without echo on a terminal).
    `open_browser` False prints the address instead; `paste` reads the address the browser ended on from `stdin`.
    """
    paths = profile_paths(basedir, create=True)  # a newer schema is refused before any browser or secret is asked for
    if isinstance(paths, int):
        return paths
    setup_logging(paths.log_file)
    settings = Settings(paths.settings_file)
    deployment = load_deployment(paths)
    for problem in deployment.problems:
        print(f"exec-desk: {problem}", file=sys.stderr)
    plan: SignInPlan | None = None
    try:
        plan = sign_in_plan(settings, deployment, client_id=client_id, redirect_port=redirect_port, api_url=api_url)
    except ValueError as exc:
        return _fail(str(exc))
    if not oauth1 and not plan.client_id:
        return _fail(
            "give the Client ID of your X app (--client-id ID), or sign in with OAuth 1.0a keys (--oauth1); no "
            "deployment file names a company app (see exec-desk signin --help)."
        )
    credentials = credentials if credentials is not None else KeyringCredentialStore()
    if isinstance(credentials, KeyringCredentialStore):
        try:
            credentials.check()
        except KeyringUnavailableError as exc:
            return _fail(str(exc))
    secret = _read_secret(stdin) if client_secret and not oauth1 else None
    if client_secret and not oauth1 and not secret:
        return _fail("the client secret is empty; nothing was saved.")
    with contextlib.ExitStack() as stack:
        try:
            profile = stack.enter_context(open_profile(paths))
        except NewerSchemaError as exc:
            return newer_schema_exit(exc)
        store, ledger = profile.store, profile.ledger
        try:
            if oauth1:
                keys = _read_oauth1_keys(stdin)
                account = sign_in_oauth1(
                    keys,
                    api_base_url=plan.api_base_url,
                    credentials=credentials,
                    store=store,
                    settings=settings,
                    recorder=ledger,
                    app_owner=app_owner,
                )
            else:
                flow = _flow(plan, browser=browser, open_browser=open_browser, paste=paste, secret=secret)
                if paste:
                    _paste_from(stdin, flow)
                account = complete_sign_in(
                    flow,
                    plan,
                    credentials=credentials,
                    store=store,
                    settings=settings,
                    recorder=ledger,
                    client_secret=secret,
                    app_owner=app_owner,
                )
        except KeyboardInterrupt:
            print("\nexec-desk: sign-in cancelled; nothing was saved.", file=sys.stderr)
            return 130
        except (XError, KeyringUnavailableError) as exc:
            return _fail(_explained(exc, plan, plan.api_base_url))
        except ValueError as exc:
            return _fail(f"sign-in failed: {exc} Nothing was saved.")
    return _signed_in(account)


def _signed_in(account: Account) -> int:
    owner = "you own the X app" if account.app_owner else "you do not own the X app (the default)"
    print(f"Signed in as @{account.username} ({account.name}). Exec Desk will use this account; {owner}.")
    return 0


def _read_secret(stdin: TextIO) -> str:
    if stdin is sys.stdin and stdin.isatty():
        return getpass.getpass("Client secret of your X app (not shown): ").strip()
    return stdin.readline().strip()


def _read_oauth1_keys(stdin: TextIO) -> dict[str, str]:
    keys = {}
    for name in OAUTH1_FIELDS:
        if stdin.isatty():
            print(f"{name.replace('_', ' ')}: ", end="", file=sys.stderr, flush=True)
        keys[name] = stdin.readline().strip()
    return keys


def _flow(
    plan: SignInPlan,
    *,
    browser: Callable[[str], object] | None,
    open_browser: bool,
    paste: bool,
    secret: str | None,
) -> PkceSignIn:
    app = "your company's X app" if plan.organisation else f"the X app {plan.client_id}"
    _say(f"Signing in through {app}. Its callback URL must be registered exactly: {plan.callback_url}")

    def told(url: str, opened: bool) -> None:
        if opened:
            _say("Your browser opens X's consent page; come back here when it says you are done.")
        else:
            _say(f"Could not open a browser. Open this address in a browser on this computer:\n\n  {url}\n")
        _say(
            "If X shows “Something went wrong — You weren't able to give access to the App”, the callback URL "
            f"registered on the app is not exactly {plan.callback_url}."
        )

    if paste or not open_browser:
        flow = browser_sign_in(plan, open_browser=None, client_secret=secret, listen=not paste)
        url = flow.start()
        if paste:
            _say(
                f"Open this address in any browser and approve Exec Desk:\n\n  {url}\n\nX then sends the browser to "
                f"{plan.callback_url}?… — it may show an error page, that is expected. Copy that whole address from "
                "the address bar and paste it here within 30 seconds (X's code expires), then press Enter:"
            )
        else:
            _say(f"Open this address in a browser on this computer:\n\n  {url}\n\nWaiting for X's answer…")
        return flow
    return browser_sign_in(plan, open_browser=browser or webbrowser.open, on_address=told, client_secret=secret)


def _paste_from(stdin: TextIO, flow: PkceSignIn) -> None:
    """Hand the pasted address to `flow`; a line it cannot use is explained and another one read."""
    while True:
        line = stdin.readline()
        if not line:
            flow.cancel()
            return
        try:
            flow.paste(line)
            return
        except BadPaste as exc:
            diagnosis = diagnose(exc, callback=flow.redirect_uri)
            _say(f"{diagnosis.message if diagnosis else exc} Paste it again:")
            if exc.reason == "closed":
                return
