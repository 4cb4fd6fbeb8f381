"""What X requires before Exec Desk can work (the set-up checklist), and which item of it a failure points to.

The one place where an error of a sign-in or of a call to X becomes (checklist item, plain words): the doctor
(`services.doctor`, `exec-desk doctor`), the account dialog and `exec-desk signin` all use `diagnose`. `CHECKS`
is the checklist, in the order a set-up goes. Texts are English `Message`s of `Phrase`s (context "Diagnosis"):
the CLI prints them as they are, the UI shows them translated.

Sources: X's developer-app docs (app types, "URLs must match exactly"), its OAuth 2.0 docs (Basic authentication
of confidential clients, 30-second codes), its error docs (`client-not-enrolled`, 402, `usage-capped`, 429 and the
24-hour caps); see tests/data/X-API-NOTES.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from exec_desk.backends.oauth.tokens import (
    BadPaste,
    PortInUse,
    SignInCancelled,
    SignInDenied,
    SignInError,
    SignInTimedOut,
)
from exec_desk.backends.oauth.wire import DEFAULT_SCOPES
from exec_desk.core import errors
from exec_desk.core.i18n import QT_TRANSLATE_NOOP, Field, Message, Moment, Phrase
from exec_desk.core.secrets import KeyringUnavailableError

CONTEXT = "Diagnosis"
SCOPES = " ".join(DEFAULT_SCOPES)


def say(template: str, **fields: Field | Phrase) -> Message:
    """A message of this module: `template` is marked with `QT_TRANSLATE_NOOP("Diagnosis", ...)` by the caller."""
    return Message(Phrase.of(CONTEXT, template, **fields))


@dataclass(frozen=True, slots=True)
class Check:
    """One item of the checklist: `id` (stable, in `exec-desk doctor --json`), `title` and `how` (what to do).
    Both texts may use {callback} and {scopes}."""

    id: str
    title: str
    how: str

    def title_phrase(self, callback: str) -> Phrase:
        return Phrase.of(CONTEXT, self.title, callback=callback, scopes=SCOPES)

    def title_text(self, callback: str) -> Message:
        return Message(self.title_phrase(callback))

    def how_text(self, callback: str) -> Message:
        return say(self.how, callback=callback, scopes=SCOPES)


CHECKS: tuple[Check, ...] = (
    Check(
        "developer_account",
        QT_TRANSLATE_NOOP("Diagnosis", "An X developer account with credits"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Sign up at console.x.com with the X account that will own the app, and buy credits: X bills every "
            "call made through the app to its owner's developer account (pay-per-use).",
        ),
    ),
    Check(
        "app_type",
        QT_TRANSLATE_NOOP("Diagnosis", "App type: Native App (or a confidential app with its client secret)"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "In the app's User authentication settings choose Native App: Exec Desk then needs only its OAuth 2.0 "
            "Client ID. A Web App or an Automated App or Bot works too if you give Exec Desk its client secret.",
        ),
    ),
    Check(
        "callback_url",
        QT_TRANSLATE_NOOP("Diagnosis", "Callback URL registered exactly: {callback}"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Add {callback} to the app's Callback URI / Redirect URL list. X compares it character for character: "
            "127.0.0.1 (not localhost), the port and /callback must be the same.",
        ),
    ),
    Check(
        "enrolment",
        QT_TRANSLATE_NOOP("Diagnosis", "Pay-per-use package and Production environment"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "In the X Developer Console: Apps → Manage apps → Move to package → Pay-per-use, then move the app to "
            "its Production environment.",
        ),
    ),
    Check(
        "permissions",
        QT_TRANSLATE_NOOP("Diagnosis", "App permissions: Read and write"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Set the app's permissions to Read and write (no direct messages needed). Exec Desk asks for these "
            "scopes: {scopes}.",
        ),
    ),
    Check(
        "sign_in",
        QT_TRANSLATE_NOOP("Diagnosis", "Signed in, secrets in the system keyring"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Sign in with X (Account… in the tray menu, or exec-desk signin). Tokens, keys and a client secret are "
            "kept only in the system keyring.",
        ),
    ),
    Check(
        "connection",
        QT_TRANSLATE_NOOP("Diagnosis", "X answers: who is signed in (GET /2/users/me)"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "One call to X says who is signed in. It is a user read: $0.010, charged once per UTC day.",
        ),
    ),
)
CHECK_IDS = tuple(check.id for check in CHECKS)


class CallbackRefused(SignInError):
    """X's authorize page refused the sign-in request: the callback URL (or the client id) is not registered."""

    def __init__(self, message: str = "", *, callback: str, status: int | None = None) -> None:
        super().__init__(message, status=status)
        self.callback = callback


class NotSignedIn(errors.XError):
    """No X account is signed in (the doctor has nothing to test)."""


@dataclass(frozen=True, slots=True)
class Diagnosis:
    """Which checklist item a failure points to (`check`, an id of `CHECKS`) and what to do about it."""

    check: str
    message: Message


def diagnose(error: BaseException, *, callback: str, api_base_url: str = "") -> Diagnosis | None:
    """What `error` means for the set-up; None when it is no failure (the user cancelled)."""
    if isinstance(error, SignInCancelled):
        return None
    if isinstance(error, SignInError):
        return _sign_in(error, callback)
    if isinstance(error, KeyringUnavailableError):
        text = QT_TRANSLATE_NOOP("Diagnosis", "Signing in needs the system keyring, which is not usable: {help}")
        return Diagnosis("sign_in", say(text, help=str(error)))
    if isinstance(error, NotSignedIn):
        text = QT_TRANSLATE_NOOP(
            "Diagnosis", "No X account is signed in: sign in with X (Account… in the tray menu, or exec-desk signin)."
        )
        return Diagnosis("sign_in", say(text))
    if isinstance(error, errors.XError):
        return _api(error, api_base_url)
    return Diagnosis("connection", say(QT_TRANSLATE_NOOP("Diagnosis", "Something failed: {error}"), error=str(error)))


def _sign_in(error: SignInError, callback: str) -> Diagnosis:
    if isinstance(error, PortInUse):
        text = QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Port {port} on this computer is used by another program, so X's answer cannot be received there. "
            "Close that program, or choose another sign-in port (in the Account window, Settings → Connection, or "
            "exec-desk signin --redirect-port N) and register http://127.0.0.1:N/callback on your X app.",
        )
        return Diagnosis("callback_url", say(text, port=str(error.port)))
    if isinstance(error, SignInTimedOut):
        text = QT_TRANSLATE_NOOP(
            "Diagnosis",
            "X did not send your browser back to Exec Desk in time. If X showed “Something went wrong — You weren't "
            "able to give access to the App”, the callback URL registered on your X app is not exactly {callback} "
            "(or the Client ID is wrong): register that exact address, then sign in again.",
        )
        return Diagnosis("callback_url", say(text, callback=error.callback or callback))
    if isinstance(error, CallbackRefused):
        text = QT_TRANSLATE_NOOP(
            "Diagnosis",
            "X's sign-in page refused the callback URL {callback} for this Client ID: register that exact address "
            "on the X app (and check the Client ID).",
        )
        return Diagnosis("callback_url", say(text, callback=error.callback))
    if isinstance(error, BadPaste):
        return Diagnosis("sign_in", _paste(error.reason))
    if isinstance(error, SignInDenied):
        return _denied(error, callback)
    text = QT_TRANSLATE_NOOP("Diagnosis", "The sign-in did not complete: {detail}")
    return Diagnosis("sign_in", say(text, detail=str(error)))


def _paste(reason: str) -> Message:
    if reason == "state":
        return say(
            QT_TRANSLATE_NOOP(
                "Diagnosis", "This address belongs to another sign-in attempt: paste the address of the latest one."
            )
        )
    if reason == "closed":
        return say(QT_TRANSLATE_NOOP("Diagnosis", "This sign-in is already over: start a new one."))
    return say(
        QT_TRANSLATE_NOOP(
            "Diagnosis", "Paste the whole address your browser ended on (it contains code=…), or only the code."
        )
    )


def _denied(error: SignInDenied, callback: str) -> Diagnosis:
    code, description = error.error, error.description
    if code == "unauthorized_client":
        text = QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Your X app is a Web App or an Automated App or Bot (a confidential client): give Exec Desk its client "
            "secret, or change the app's type to Native App in its User authentication settings.",
        )
        return Diagnosis("app_type", say(text))
    if code == "invalid_client" or (code == "invalid_request" and "client_id" in description):
        text = QT_TRANSLATE_NOOP(
            "Diagnosis",
            "X does not accept this Client ID or client secret: copy the OAuth 2.0 Client ID (and the client "
            "secret, if the app has one) again from the app's Keys and tokens page.",
        )
        return Diagnosis("app_type", say(text))
    if code == "invalid_grant" and "redirect_uri" in description:
        text = QT_TRANSLATE_NOOP(
            "Diagnosis", "X refused the callback URL {callback}: register that exact address on the X app."
        )
        return Diagnosis("callback_url", say(text, callback=callback))
    if code == "invalid_grant":
        text = QT_TRANSLATE_NOOP(
            "Diagnosis",
            "X's sign-in code expired or was already used (it is valid for 30 seconds): sign in again, and paste "
            "the address promptly if you paste it.",
        )
        return Diagnosis("sign_in", say(text))
    if code == "access_denied":
        text = QT_TRANSLATE_NOOP(
            "Diagnosis", "X's page was left without authorizing Exec Desk: sign in again and choose “Authorize app”."
        )
        return Diagnosis("sign_in", say(text))
    if code == "invalid_scope":
        text = QT_TRANSLATE_NOOP(
            "Diagnosis",
            "X refused the permissions Exec Desk asks for ({scopes}): set the app's permissions to Read and write, "
            "then sign in again.",
        )
        return Diagnosis("permissions", say(text, scopes=SCOPES))
    text = QT_TRANSLATE_NOOP("Diagnosis", "X refused the sign-in ({error}): {description}")
    return Diagnosis("sign_in", say(text, error=code or "?", description=description or str(error)))


def _api(error: errors.XError, api_base_url: str) -> Diagnosis:
    """A refusal of X's API (or a failure to reach it)."""
    detail = str(error)
    if isinstance(error, errors.AppNotEnrolled):
        text = QT_TRANSLATE_NOOP(
            "Diagnosis",
            "X refuses every call of this app: it is not enrolled (client-not-enrolled). In the X Developer "
            "Console, move the app to the Pay-per-use package and its Production environment, then test again.",
        )
        return Diagnosis("enrolment", say(text))
    if isinstance(error, errors.CreditsDepleted):
        text = QT_TRANSLATE_NOOP(
            "Diagnosis",
            "The X developer account has no credits left, so X refuses every call (HTTP 402): its owner adds "
            "credits in the X Developer Console.",
        )
        return Diagnosis("developer_account", say(text))
    if isinstance(error, errors.UsageCapped):
        text = QT_TRANSLATE_NOOP(
            "Diagnosis",
            "The X developer account has used its monthly allowance of post reads; it renews with the next billing "
            "cycle.",
        )
        return Diagnosis("developer_account", say(text))
    if isinstance(error, errors.DailyCapReached):
        return Diagnosis("connection", _daily(error))
    if isinstance(error, errors.RateLimited):
        if error.reset_at is None:
            return Diagnosis("connection", say(QT_TRANSLATE_NOOP("Diagnosis", "X asks to slow down; wait a minute.")))
        text = QT_TRANSLATE_NOOP("Diagnosis", "X asks to slow down until {time} (15-minute window).")
        return Diagnosis("connection", say(text, time=Moment(error.reset_at.astimezone())))
    if isinstance(error, errors.ForbiddenByTier):
        if "scope" in detail.lower():
            text = QT_TRANSLATE_NOOP(
                "Diagnosis",
                "X refused the call: the sign-in lacks a permission ({detail}). Set the app's permissions to Read "
                "and write, then sign in again.",
            )
            return Diagnosis("permissions", say(text, detail=detail))
        text = QT_TRANSLATE_NOOP("Diagnosis", "Your X API plan does not allow this call ({detail}).")
        return Diagnosis("enrolment", say(text, detail=detail))
    if isinstance(error, errors.AuthRevoked) and "unauthorized_client" in detail:  # a refresh without the secret
        return _denied(SignInDenied(detail, error="unauthorized_client"), "")
    if isinstance(error, errors.AuthExpired | errors.AuthRevoked):
        text = QT_TRANSLATE_NOOP(
            "Diagnosis",
            "X refused your credentials (HTTP 401): the sign-in expired or was revoked in your X settings, the "
            "app's keys were regenerated, or keys were not copied whole. Sign in again.",
        )
        return Diagnosis("sign_in", say(text))
    if isinstance(error, errors.Transient):
        if error.status is not None and error.status >= 500:
            text = QT_TRANSLATE_NOOP("Diagnosis", "X answered with an error (HTTP {status}); try again in a while.")
            return Diagnosis("connection", say(text, status=str(error.status)))
        text = QT_TRANSLATE_NOOP(
            "Diagnosis",
            "X could not be reached at {url}: check the network connection (and the proxy, if you use one) and the "
            "X API address (Settings → Connection).",
        )
        return Diagnosis("connection", say(text, url=api_base_url or "https://api.x.com"))
    text = QT_TRANSLATE_NOOP("Diagnosis", "X refused the call: {detail}")
    return Diagnosis("connection", say(text, detail=detail))


def _daily(error: errors.DailyCapReached) -> Message:
    whom = (
        Phrase.of("Diagnosis", "the X app (shared by everyone who signs in through it)")
        if error.scope == "app"
        else Phrase.of("Diagnosis", "your account")
    )
    if error.reset_at is None:
        text = QT_TRANSLATE_NOOP(
            "Diagnosis", "X's 24-hour limit for {whom} is reached; trying again sooner does not help."
        )
        return say(text, whom=whom)
    text = QT_TRANSLATE_NOOP(
        "Diagnosis", "X's 24-hour limit for {whom} is reached until {time}; trying again sooner does not help."
    )
    return say(text, whom=whom, time=Moment(error.reset_at.astimezone(), "datetime"))
