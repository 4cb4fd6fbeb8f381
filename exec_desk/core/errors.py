"""App-level errors raised by every X backend, whatever the transport underneath.

`user_message` is a `core.i18n.Message` (a phrase of context "Errors"): English as a `str`, and the UI shows it
translated (`ui.i18n.message_text`).
"""

from __future__ import annotations

from datetime import datetime

from exec_desk.core.i18n import Message, Phrase


class XError(Exception):
    """Base of every error a backend raises. `user_message` is plain words for the user (`str(error)` is the
    developer's: what X answered)."""

    user_message: Message = Message(Phrase.of("Errors", "X could not be reached."))

    def __init__(self, message: str = "", *, status: int | None = None, api_codes: tuple[int, ...] = ()):
        super().__init__(message or str(self.user_message))
        self.status = status
        self.api_codes = api_codes


class AuthExpired(XError):
    """The access token expired; a refresh (or a new sign-in) is needed."""

    user_message: Message = Message(Phrase.of("Errors", "Your X session expired. Sign in again."))


class AuthRevoked(XError):
    """The credentials were revoked or are wrong; only a new sign-in helps."""

    user_message: Message = Message(Phrase.of("Errors", "X refused your credentials. Sign in again."))


class RateLimited(XError):
    """Too many requests; `reset_at` tells when the window resets (UTC), if X said so.

    `daily`: a 24-hour cap was reached (X's `x-user-limit-24hour-*` or `x-app-limit-24hour-*` headers), not the
    15-minute window: waiting for `reset_at` is the only way, trying every 15 minutes is not.
    """

    user_message: Message = Message(Phrase.of("Errors", "X asks us to slow down."))

    def __init__(
        self, message: str = "", *, reset_at: datetime | None = None, status: int | None = 429, daily: bool = False
    ):
        super().__init__(message, status=status)
        self.reset_at = reset_at
        self.daily = daily


class DailyCapReached(RateLimited):
    """A 24-hour cap of X (the user's or the developer app's) is reached until `reset_at`."""

    user_message: Message = Message(Phrase.of("Errors", "X's daily limit is reached; it resets within 24 hours."))

    def __init__(self, message: str = "", *, reset_at: datetime | None = None, scope: str = "user"):
        super().__init__(message, reset_at=reset_at, daily=True)
        #: "user" (this account's cap) or "app" (the developer app's, shared by everyone who signed in through it).
        self.scope = scope


class UsageCapped(XError):
    """The developer account's monthly cap of post reads is used up (X's `usage-capped` problem)."""

    user_message: Message = Message(
        Phrase.of(
            "Errors", "Your X developer account has used its monthly allowance of post reads; it renews next month."
        )
    )


class CreditsDepleted(XError):
    """HTTP 402: the developer account has no credits left, so X refuses every paid request."""

    user_message: Message = Message(
        Phrase.of("Errors", "Your X developer account has no credits left: add credits in the X Developer Console.")
    )


class AppNotEnrolled(XError):
    """HTTP 403 `client-not-enrolled`: the developer app is not in the pay-per-use package, or not in Production."""

    user_message: Message = Message(
        Phrase.of(
            "Errors",
            "Your X developer app is not enrolled for this API: in the X Developer Console, move the app to the "
            "Pay-per-use package and its Production environment.",
        )
    )


class ForbiddenByTier(XError):
    """The account's API tier does not allow this action (likes, quotes, unsummoned replies)."""

    user_message: Message = Message(Phrase.of("Errors", "Your X API plan does not allow this action."))


class NotFound(XError):
    """The post, user or list does not exist (any more)."""

    user_message: Message = Message(Phrase.of("Errors", "That post or account no longer exists."))


class ResourceGone(NotFound):
    """X answered with only `errors` about the thing asked for: a list deleted or made private, an account
    suspended or protected. `reason` is X's own detail ("Could not find list with id: [123].")."""

    user_message: Message = Message(Phrase.of("Errors", "That list or account no longer exists on X, or is private."))

    def __init__(self, message: str = "", *, reason: str = "", status: int | None = 200):
        super().__init__(message or reason, status=status)
        self.reason = reason


class Transient(XError):
    """A failure that may succeed if tried again: 5xx, timeout, dropped connection, garbled reply."""

    user_message: Message = Message(Phrase.of("Errors", "X did not answer properly. We will try again."))

    def __init__(self, message: str = "", *, status: int | None = None, maybe_applied: bool = False):
        super().__init__(message, status=status)
        #: True when the request may have reached X before failing (timeout after sending a write).
        self.maybe_applied = maybe_applied


class InvalidRequest(XError):
    """X rejected the request as malformed (400); retrying the same request will not help.

    `parameters`: the request parameters X named as invalid (`since_id`, `pagination_token`, ...), when it did.
    """

    user_message: Message = Message(Phrase.of("Errors", "X rejected the request."))

    def __init__(self, message: str = "", *, status: int | None = None, parameters: tuple[str, ...] = ()):
        super().__init__(message, status=status)
        self.parameters = parameters

    @property
    def stale_cursor(self) -> bool:
        """X refused a cursor (a `since_id` older than it accepts, an expired pagination token)."""
        return bool({"since_id", "pagination_token", "next_token"} & set(self.parameters))


#: Every `user_message` above.
MESSAGES: tuple[Message, ...] = tuple(
    cls.user_message
    for cls in (
        XError,
        AuthExpired,
        AuthRevoked,
        RateLimited,
        DailyCapReached,
        UsageCapped,
        CreditsDepleted,
        AppNotEnrolled,
        ForbiddenByTier,
        NotFound,
        ResourceGone,
        Transient,
        InvalidRequest,
    )
)
