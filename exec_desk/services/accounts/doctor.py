"""The connection test: the set-up checklist of `services.diagnosis`, checked (`exec-desk doctor`, the account
dialog's "Test connection"). Blocking: the dialog runs it through the task runner.

1. the account in use (the active one; none in demo mode) and its secrets in the keyring (`sign_in`);
2. what its sign-in tells of the app: its type (a client secret kept: a confidential client) and the scopes X
   granted (`permissions`);
3. the callback probe (`backends.oauth_probe`) for its client id and port (`callback_url`): a fake X or a gateway
   answers it, X's own page cannot tell ("checked when you sign in");
4. one cheap call, `GET /2/users/me`: who is signed in and what the call cost (the ledger's price of it: a user
   read, $0.010, or nothing when X already billed that read today), or which item a refusal points to.

`DoctorReport.to_json()` is the `--json` contract (documented in README.md):
`{"ok", "account": {"username", "user_id"} | null, "api_base_url", "callback_url", "cost_usd": number | null,
"checks": [{"id", "title", "status": "ok" | "failed" | "unknown", "detail"}], "failed": check id | null}`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from exec_desk.backends.oauth.probe import probe_callback
from exec_desk.backends.oauth.tokens import KEY_CLIENT, KEY_CLIENT_SECRET, KEY_SCOPE
from exec_desk.backends.oauth.wire import DEFAULT_SCOPES
from exec_desk.core import errors
from exec_desk.core.calls import CallRecord, CallRecorder
from exec_desk.core.i18n import QT_TRANSLATE_NOOP, Amount, Message
from exec_desk.core.pricing import MICRO, Op
from exec_desk.core.secrets import CredentialStore, KeyringUnavailableError
from exec_desk.services.accounts.diagnosis import CHECKS, CallbackRefused, NotSignedIn, diagnose, say
from exec_desk.services.accounts.signin import SignInPlan, api_base_url, sign_in_plan
from exec_desk.services.backends import backend_for
from exec_desk.services.context import account_base_url, pick_account
from exec_desk.storage.deployment import Deployment
from exec_desk.storage.records import Account, AuthKind
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store

OK, FAILED, UNKNOWN = "ok", "failed", "unknown"
#: The scopes Exec Desk cannot work without (liking is for enterprise plans only: not required).
NEEDED_SCOPES = tuple(scope for scope in DEFAULT_SCOPES if scope != "like.write")


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One checked item: its `id` (of `diagnosis.CHECKS`), title, status (ok, failed, unknown) and detail."""

    id: str
    title: Message
    status: str
    detail: Message


@dataclass(frozen=True, slots=True)
class DoctorReport:
    """What the connection test found. `cost_micro`: what the users/me call cost (None: no call was made)."""

    checks: tuple[CheckResult, ...]
    api_base_url: str
    callback_url: str
    account: tuple[str, str] | None = None
    cost_micro: int | None = None

    @property
    def failed(self) -> str | None:
        """The first failed item of the checklist (the one to fix first), or None."""
        return next((check.id for check in self.checks if check.status == FAILED), None)

    @property
    def ok(self) -> bool:
        return self.failed is None

    def check(self, check_id: str) -> CheckResult:
        return next(check for check in self.checks if check.id == check_id)

    def to_json(self) -> dict[str, Any]:
        username, user_id = self.account or (None, None)
        return {
            "ok": self.ok,
            "account": None if self.account is None else {"username": username, "user_id": user_id},
            "api_base_url": self.api_base_url,
            "callback_url": self.callback_url,
            "cost_usd": None if self.cost_micro is None else self.cost_micro / MICRO,
            "checks": [
                {"id": c.id, "title": str(c.title), "status": c.status, "detail": str(c.detail)} for c in self.checks
            ],
            "failed": self.failed,
        }


class _Priced:
    """A recorder that passes calls on and remembers what the users/me call cost."""

    def __init__(self, recorder: CallRecorder) -> None:
        self._recorder = recorder
        self.micro: int | None = None

    def record(self, call: CallRecord) -> int:
        price = self._recorder.record(call)
        if call.op is Op.ME:
            self.micro = price
        return price


class _Checklist:
    def __init__(self, callback: str, base: str) -> None:
        self.callback, self.base = callback, base
        waiting = say(QT_TRANSLATE_NOOP("Diagnosis", "Not checked: the test did not get that far."))
        self.results: dict[str, tuple[str, Message]] = {check.id: (UNKNOWN, waiting) for check in CHECKS}

    def mark(self, check_id: str, status: str, detail: Message) -> None:
        self.results[check_id] = (status, detail)

    def fail(self, error: BaseException) -> str | None:
        diagnosis = diagnose(error, callback=self.callback, api_base_url=self.base)
        if diagnosis is None:
            return None
        self.mark(diagnosis.check, FAILED, diagnosis.message)
        return diagnosis.check

    def report(self, **kwargs: Any) -> DoctorReport:
        checks = tuple(
            CheckResult(check.id, check.title_text(self.callback), *self.results[check.id]) for check in CHECKS
        )
        return DoctorReport(checks, self.base, self.callback, **kwargs)


def run_doctor(
    *,
    store: Store,
    settings: Settings,
    recorder: CallRecorder,
    credentials: Callable[[], CredentialStore],
    deployment: Deployment,
    api_url: str | None = None,
    client_id: str | None = None,
    redirect_port: int | None = None,
) -> DoctorReport:
    """Check the set-up (see the module docstring). Raises only on a port that cannot be used (ValueError)."""
    account = pick_account(store, settings)
    keyring = None if account is None else _open_keyring(credentials)
    stored_client = None
    if keyring is not None and not isinstance(keyring, KeyringUnavailableError):
        stored_client = (
            keyring.get(account.key, KEY_CLIENT) if account and account.auth_kind is AuthKind.OAUTH2 else None
        )
    own = client_id or (stored_client if stored_client != deployment.client_id else None)
    plan = sign_in_plan(settings, deployment, client_id=own, redirect_port=redirect_port, api_url=api_url)
    base = api_url or (account_base_url(settings, account) if account else api_base_url(settings, deployment))
    checks = _Checklist(plan.callback_url, base)
    _probe(checks, plan, base, oauth1=account is not None and account.auth_kind is AuthKind.OAUTH1)
    if account is None:
        checks.fail(NotSignedIn())
        return checks.report()
    if isinstance(keyring, KeyringUnavailableError):
        checks.fail(keyring)
        return checks.report(account=(account.username, account.user_id))
    assert keyring is not None
    _sign_in_details(checks, account, keyring)
    priced = _Priced(recorder)
    try:
        backend = backend_for(account, credentials=keyring, recorder=priced, api_base_url=base)
    except errors.AuthRevoked:
        text = QT_TRANSLATE_NOOP(
            "Diagnosis", "The secrets of @{username} are not in the keyring any more: sign in again."
        )
        checks.mark("sign_in", FAILED, say(text, username=account.username))
        return checks.report(account=(account.username, account.user_id))
    text = QT_TRANSLATE_NOOP("Diagnosis", "The secrets of @{username} are in the keyring.")
    checks.mark("sign_in", OK, say(text, username=account.username))
    try:
        user = backend.me()
    except errors.XError as exc:
        pointed = checks.fail(exc)
        if pointed != "connection":
            text = QT_TRANSLATE_NOOP("Diagnosis", "X refused the call: see “{title}”.")
            title = next(c for c in CHECKS if c.id == pointed).title_phrase(plan.callback_url)
            checks.mark("connection", FAILED, say(text, title=title))
        return checks.report(account=(account.username, account.user_id), cost_micro=priced.micro)
    cost = priced.micro or 0
    fine = say(QT_TRANSLATE_NOOP("Diagnosis", "X accepted a call made through the app."))
    checks.mark("developer_account", OK, fine)
    checks.mark("enrolment", OK, fine)
    text = QT_TRANSLATE_NOOP("Diagnosis", "@{username} is signed in; the secrets are in the keyring.")
    checks.mark("sign_in", OK, say(text, username=user.username))
    text = QT_TRANSLATE_NOOP(
        "Diagnosis",
        "X says @{username} ({name}) is signed in. This call cost {cost}: a user read is $0.010, charged once per "
        "UTC day.",
    )
    checks.mark("connection", OK, say(text, username=user.username, name=user.name, cost=Amount(cost)))
    return checks.report(account=(user.username, user.id), cost_micro=cost)


def _open_keyring(credentials: Callable[[], CredentialStore]) -> CredentialStore | KeyringUnavailableError:
    try:
        store = credentials()
        check = getattr(store, "check", None)
        if callable(check):
            check()
    except KeyringUnavailableError as exc:
        return exc
    return store


def _probe(checks: _Checklist, plan: SignInPlan, base: str, *, oauth1: bool) -> None:
    """The callback item: probed against an authorize page that can tell, else said how it is checked."""
    if oauth1:
        text = QT_TRANSLATE_NOOP("Diagnosis", "Not used: this account signed in with OAuth 1.0a keys.")
        checks.mark("callback_url", UNKNOWN, say(text))
        return
    if not plan.client_id:
        text = QT_TRANSLATE_NOOP("Diagnosis", "Not checked: no Client ID is known to check it with.")
        checks.mark("callback_url", UNKNOWN, say(text))
        return
    try:
        verdict = probe_callback(base, plan.client_id, plan.callback_url)
    except errors.XError as exc:
        text = QT_TRANSLATE_NOOP("Diagnosis", "Not checked: the sign-in page could not be reached ({error}).")
        checks.mark("callback_url", UNKNOWN, say(text, error=str(exc)))
        return
    if verdict is True:
        text = QT_TRANSLATE_NOOP("Diagnosis", "The sign-in page sends the browser back to {callback}.")
        checks.mark("callback_url", OK, say(text, callback=plan.callback_url))
    elif verdict is False:
        checks.fail(CallbackRefused(callback=plan.callback_url))
    else:
        text = QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Checked when you sign in: X's own page cannot be asked beforehand. If it shows “Something went wrong — "
            "You weren't able to give access to the App”, {callback} is not registered exactly.",
        )
        checks.mark("callback_url", UNKNOWN, say(text, callback=plan.callback_url))


def _sign_in_details(checks: _Checklist, account: Account, credentials: CredentialStore) -> None:
    """What the stored sign-in tells of the app type and of the permissions X granted."""
    if account.auth_kind is AuthKind.OAUTH1:
        text = QT_TRANSLATE_NOOP("Diagnosis", "Not used: this account signed in with OAuth 1.0a keys.")
        checks.mark("app_type", UNKNOWN, say(text))
        text = QT_TRANSLATE_NOOP(
            "Diagnosis", "Not checked: OAuth 1.0a keys carry the app's permissions; X refuses a post if they do not."
        )
        checks.mark("permissions", UNKNOWN, say(text))
        return
    if credentials.get(account.key, KEY_CLIENT_SECRET):
        text = QT_TRANSLATE_NOOP("Diagnosis", "A confidential client: its client secret is in the keyring.")
    else:
        text = QT_TRANSLATE_NOOP("Diagnosis", "A public client (Native App): the Client ID is enough.")
    checks.mark("app_type", OK, say(text))
    granted = set((credentials.get(account.key, KEY_SCOPE) or "").split())
    missing = [scope for scope in NEEDED_SCOPES if scope not in granted]
    if missing:
        text = QT_TRANSLATE_NOOP(
            "Diagnosis",
            "X did not grant {missing}: set the app's permissions to Read and write, then sign in again.",
        )
        checks.mark("permissions", FAILED, say(text, missing=" ".join(missing)))
    else:
        text = QT_TRANSLATE_NOOP("Diagnosis", "X granted what Exec Desk needs: {granted}.")
        checks.mark("permissions", OK, say(text, granted=" ".join(s for s in DEFAULT_SCOPES if s in granted)))
