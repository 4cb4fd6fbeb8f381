"""App-level errors raised by every X backend, whatever the transport underneath.

`user_message` is English, marked with `QT_TRANSLATE_NOOP("Errors", ...)`: the UI shows it translated (`MESSAGES`).
"""

from __future__ import annotations

from datetime import datetime

from exec_desk.core.i18n import QT_TRANSLATE_NOOP


class XError(Exception):
    """Base of every error a backend raises. `user_message` is plain words for the user."""

    user_message = QT_TRANSLATE_NOOP("Errors", "X could not be reached.")
    retryable = False

    def __init__(self, message: str = "", *, status: int | None = None, api_codes: tuple[int, ...] = ()):
        super().__init__(message or self.user_message)
        self.status = status
        self.api_codes = api_codes


class AuthExpired(XError):
    """The access token expired; a refresh (or a new sign-in) is needed."""

    user_message = QT_TRANSLATE_NOOP("Errors", "Your X session expired. Sign in again.")


class AuthRevoked(XError):
    """The credentials were revoked or are wrong; only a new sign-in helps."""

    user_message = QT_TRANSLATE_NOOP("Errors", "X refused your credentials. Sign in again.")


class RateLimited(XError):
    """Too many requests; `reset_at` tells when the window resets (UTC), if X said so."""

    user_message = QT_TRANSLATE_NOOP("Errors", "X asks us to slow down.")
    retryable = True

    def __init__(self, message: str = "", *, reset_at: datetime | None = None, status: int | None = 429):
        super().__init__(message, status=status)
        self.reset_at = reset_at


class ForbiddenByTier(XError):
    """The account's API tier does not allow this action (likes, quotes, unsummoned replies)."""

    user_message = QT_TRANSLATE_NOOP("Errors", "Your X API plan does not allow this action.")


class NotFound(XError):
    """The post, user or list does not exist (any more)."""

    user_message = QT_TRANSLATE_NOOP("Errors", "That post or account no longer exists.")


class Transient(XError):
    """A failure that may succeed if tried again: 5xx, timeout, dropped connection, garbled reply."""

    user_message = QT_TRANSLATE_NOOP("Errors", "X did not answer properly. We will try again.")
    retryable = True

    def __init__(self, message: str = "", *, status: int | None = None, maybe_applied: bool = False):
        super().__init__(message, status=status)
        #: True when the request may have reached X before failing (timeout after sending a write).
        self.maybe_applied = maybe_applied


class InvalidRequest(XError):
    """X rejected the request as malformed (400); retrying the same request will not help."""

    user_message = QT_TRANSLATE_NOOP("Errors", "X rejected the request.")


#: Every `user_message` above, for the UI to translate.
MESSAGES: tuple[str, ...] = tuple(
    cls.user_message
    for cls in (XError, AuthExpired, AuthRevoked, RateLimited, ForbiddenByTier, NotFound, Transient, InvalidRequest)
)
