"""Signing in with X's OAuth 2.0 in the browser, as the CLI and the account dialog need it (no Qt here).

`sign_in_plan` decides which developer app, port and API address a sign-in uses:
- the client id given (`--client-id`, the dialog's field) — the user's own app, with the `redirect_port` setting;
- else the company's app from the deployment file (`storage.deployment`), with the port registered on it;
- the port given explicitly (`--redirect-port`, the dialog's field) wins over both;
- the API address: `--api-url`, else `EXEC_DESK_API_URL` or a changed `api_base_url` setting, else the deployment
  file's, else the setting's default (X).
`browser_sign_in` makes the flow (`PkceSignIn`) and `complete_sign_in` runs it to an `Account` whose secrets are in
the keyring. `SignInService` is what the account dialog holds: the app's store, settings, ledger, keyring and
deployment behind blocking methods the dialog runs through the task runner. The UI reaches the backends and the
store only through this module.
"""

from __future__ import annotations

import webbrowser
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from exec_desk.backends.oauth.oauth1 import oauth1_user_id
from exec_desk.backends.oauth.pkce import SIGN_IN_TIMEOUT
from exec_desk.backends.oauth.tokens import (
    BadPaste,
    PkceSignIn,
    PortInUse,
    SignInCancelled,
    SignInError,
    SignInTimedOut,
)
from exec_desk.core.callback import callback_url, checked_port
from exec_desk.core.calls import CallRecorder
from exec_desk.core.secrets import CredentialStore
from exec_desk.services.accounts.add import sign_in_oauth1, sign_in_oauth2
from exec_desk.storage.deployment import Deployment
from exec_desk.storage.records import Account
from exec_desk.storage.settings import API_BASE_URL, REDIRECT_PORT, Settings
from exec_desk.storage.store import Store

if TYPE_CHECKING:
    from exec_desk.services.accounts.doctor import DoctorReport

__all__ = [
    "SIGN_IN_TIMEOUT",
    "BadPaste",
    "PkceSignIn",
    "PortInUse",
    "SignInCancelled",
    "SignInError",
    "SignInPlan",
    "SignInService",
    "SignInTimedOut",
    "api_base_url",
    "browser_sign_in",
    "complete_sign_in",
    "oauth1_user_id",
    "sign_in_oauth1",
    "sign_in_plan",
]


@dataclass(frozen=True, slots=True)
class SignInPlan:
    """What a browser sign-in uses. `client_id` None: none given and no deployment file gives one.
    `organisation`: the client id is the company's (deployment file), not the user's own app."""

    client_id: str | None
    redirect_port: int
    api_base_url: str
    organisation: bool = False

    @property
    def callback_url(self) -> str:
        return callback_url(self.redirect_port)


def api_base_url(settings: Settings, deployment: Deployment, api_url: str | None = None) -> str:
    """The X API address a sign-in uses: `api_url`, else the environment or a changed setting, else the deployment
    file's, else the default."""
    if api_url:
        return api_url.rstrip("/")
    configured = str(settings.get(API_BASE_URL.name))
    if settings.overridden_by(API_BASE_URL.name) or configured != API_BASE_URL.default:
        return configured.rstrip("/")
    return (deployment.api_base_url or configured).rstrip("/")


def sign_in_plan(
    settings: Settings,
    deployment: Deployment,
    *,
    client_id: str | None = None,
    redirect_port: int | None = None,
    api_url: str | None = None,
) -> SignInPlan:
    """The plan of a sign-in (see the module docstring); ValueError for a port that cannot be used."""
    own = (client_id or "").strip() or None
    organisation = own is None and deployment.client_id is not None
    if redirect_port is not None:
        port = checked_port(redirect_port)
    elif organisation and deployment.redirect_port is not None:
        port = deployment.redirect_port
    else:
        port = int(settings.value(REDIRECT_PORT))
    return SignInPlan(
        client_id=own or deployment.client_id,
        redirect_port=port,
        api_base_url=api_base_url(settings, deployment, api_url),
        organisation=organisation,
    )


def browser_sign_in(
    plan: SignInPlan,
    *,
    open_browser: Callable[[str], object] | None,
    on_address: Callable[[str, bool], object] | None = None,
    client_secret: str | None = None,
    listen: bool = True,
    timeout: float = SIGN_IN_TIMEOUT,
) -> PkceSignIn:
    """The browser flow of `plan` (not started). ValueError when the plan has no client id."""
    if not plan.client_id:
        raise ValueError("a client id is needed: give the Client ID of your X app, or ask IT for a deployment file")
    return PkceSignIn(
        plan.client_id,
        api_base_url=plan.api_base_url,
        open_browser=open_browser,
        on_address=on_address,
        client_secret=client_secret,
        redirect_port=plan.redirect_port,
        listen=listen,
        timeout=timeout,
    )


def complete_sign_in(
    flow: PkceSignIn,
    plan: SignInPlan,
    *,
    credentials: CredentialStore,
    store: Store,
    settings: Settings,
    recorder: CallRecorder,
    client_secret: str | None = None,
    app_owner: bool = False,
) -> Account:
    """Run `flow` (blocking: call it on a worker) and keep the account. Once signed in, the port is remembered for
    the user's own app (the setting), never for the company's (the deployment file has it)."""
    assert plan.client_id is not None
    account = sign_in_oauth2(
        flow,
        client_id=plan.client_id,
        api_base_url=plan.api_base_url,
        credentials=credentials,
        store=store,
        settings=settings,
        recorder=recorder,
        client_secret=client_secret,
        app_owner=app_owner,
    )
    if not plan.organisation:
        settings.set(REDIRECT_PORT.name, plan.redirect_port)
    return account


def check_keyring(store: CredentialStore) -> CredentialStore:
    """The store, after checking it can keep secrets (`KeyringUnavailableError` says what to install or unlock)."""
    check = getattr(store, "check", None)
    if callable(check):
        check()
    return store


@dataclass(frozen=True)
class SignInService:
    """Signing in from the app: where sign-ins go (its store, settings and ledger) and how the keyring is opened
    (`credentials` is called on a worker: opening it is slow). Every method but `base_url` and `default_port`
    blocks: call them through the task runner.

    `api_url`: the X API address given on the command line (None: the settings' or the deployment file's);
    `redirect_port`: the port to start with (None: the setting's); `sign_in_timeout`: how long a sign-in waits for
    X's answer."""

    store: Store
    settings: Settings
    recorder: CallRecorder
    api_url: str | None
    credentials: Callable[[], CredentialStore]
    open_browser: Callable[[str], object] = field(default=webbrowser.open)
    redirect_port: int | None = None
    deployment: Deployment = field(default_factory=Deployment)
    sign_in_timeout: float = SIGN_IN_TIMEOUT

    def base_url(self) -> str:
        """The X API address sign-ins and tests go to."""
        return api_base_url(self.settings, self.deployment, self.api_url)

    def default_port(self) -> int:
        """The loopback port the dialog starts with."""
        return self.redirect_port or int(self.settings.value(REDIRECT_PORT))

    def check_keyring(self) -> CredentialStore:
        return check_keyring(self.credentials())

    def plan(self, client_id: str | None, redirect_port: int | None) -> SignInPlan:
        return sign_in_plan(
            self.settings, self.deployment, client_id=client_id, redirect_port=redirect_port, api_url=self.api_url
        )

    def oauth2(
        self,
        plan: SignInPlan,
        *,
        client_secret: str | None,
        app_owner: bool,
        on_address: Callable[[str, bool], None],
        attach: Callable[[PkceSignIn], None],
    ) -> Account:
        """The browser sign-in to the end: the new account, its secrets in the keyring. `attach(flow)` hands the
        running flow to the caller (to paste an address, or cancel)."""
        credentials = self.check_keyring()
        flow = browser_sign_in(
            plan,
            open_browser=self.open_browser,
            on_address=on_address,
            client_secret=client_secret,
            timeout=self.sign_in_timeout,
        )
        attach(flow)
        return complete_sign_in(
            flow,
            plan,
            credentials=credentials,
            store=self.store,
            settings=self.settings,
            recorder=self.recorder,
            client_secret=client_secret,
            app_owner=app_owner,
        )

    def oauth1(self, keys: dict[str, str]) -> Account:
        """Check OAuth 1.0a keys with X and keep them: the new account."""
        credentials = self.check_keyring()
        return sign_in_oauth1(
            keys,
            api_base_url=self.base_url(),
            credentials=credentials,
            store=self.store,
            settings=self.settings,
            recorder=self.recorder,
        )

    def doctor(self, client_id: str | None, redirect_port: int | None) -> DoctorReport:
        """The connection test (`services.accounts.doctor`)."""
        from exec_desk.services.accounts.doctor import run_doctor

        return run_doctor(
            store=self.store,
            settings=self.settings,
            recorder=self.recorder,
            credentials=self.credentials,
            deployment=self.deployment,
            api_url=self.api_url,
            client_id=client_id,
            redirect_port=redirect_port,
        )
