"""Signing in to X: OAuth 2.0 Authorization Code with PKCE from a desktop app, and keeping the tokens fresh.

`PkceSignIn` runs the browser flow once: a one-shot loopback listener on 127.0.0.1, the authorize URL built by
tweepy's `OAuth2UserHandler` (state, PKCE S256 verifier and challenge come from oauthlib), the browser, then the
code exchange. The exchange and refreshes post to the token endpoint through a routed plain `requests.Session`
(`oauth_wire`): the callback URL is never handed to oauthlib, so `OAUTHLIB_INSECURE_TRANSPORT` (process-wide, not
thread-scoped) is never needed, and requests-oauthlib's DEBUG logging of token bodies never runs. The state is
checked by the listener itself (constant-time) before the shot is taken.

`TokenManager` hands out a valid access token, refreshing it ahead of expiry under a lock (refresh tokens are
single-use) and storing the rotated refresh token before anything else. No token is ever logged.
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from collections.abc import Callable, Iterable
from urllib.parse import parse_qs, urlsplit, urlunsplit

import requests
import tweepy

from exec_desk.backends import oauth_wire
from exec_desk.backends.oauth1 import delete_oauth1_keys, load_oauth1_keys, oauth1_user_id, save_oauth1_keys
from exec_desk.backends.oauth_loopback import LoopbackListener
from exec_desk.backends.oauth_wire import DEFAULT_SCOPES, TokenRefused, TokenSet
from exec_desk.backends.routing import DEFAULT_TIMEOUT
from exec_desk.core import errors
from exec_desk.storage.credentials import CredentialStore

__all__ = [
    "DEFAULT_SCOPES",
    "PkceSignIn",
    "SignInCancelled",
    "SignInDenied",
    "SignInError",
    "SignInTimedOut",
    "TokenManager",
    "TokenSet",
    "authorize_url_for",
    "delete_oauth1_keys",
    "load_oauth1_keys",
    "oauth1_user_id",
    "save_oauth1_keys",
]

log = logging.getLogger(__name__)

KEY_ACCESS = "oauth2_access_token"
KEY_REFRESH = "oauth2_refresh_token"
KEY_EXPIRES = "oauth2_expires_at"
KEY_SCOPE = "oauth2_scope"
KEY_CLIENT = "client_id"
_LOOPBACK = ("127.0.0.1", "localhost", "::1")


class SignInError(errors.XError):
    """The browser sign-in did not give tokens."""

    user_message = "Sign-in to X did not complete."


class SignInCancelled(SignInError):
    user_message = "Sign-in was cancelled."


class SignInTimedOut(SignInError):
    user_message = "Sign-in took too long. Try again."


class SignInDenied(SignInError):
    """X (or the user) refused the authorization; `error` is the OAuth error code, e.g. access_denied."""

    user_message = "X did not authorize Exec Desk."

    def __init__(self, message: str = "", *, error: str = "") -> None:
        super().__init__(message)
        self.error = error


def authorize_url_for(api_base_url: str) -> str:
    """Where the browser goes: x.com's authorize page for the real API, else the same path on the base URL."""
    if oauth_wire.is_x_host(api_base_url):
        return oauth_wire.X_AUTHORIZE_URL
    return f"{api_base_url.rstrip('/')}/i/oauth2/authorize"


def _check_endpoint(url: str) -> None:
    parts = urlsplit(url)
    secure = parts.scheme == "https" or (parts.scheme == "http" and parts.hostname in _LOOPBACK)
    if not secure or not parts.netloc or parts.query or parts.fragment:
        raise ValueError(f"the authorize URL must be https (or http on loopback), without query: {url!r}")


class PkceSignIn:
    """One browser sign-in. Call `run()` on a worker thread; `cancel()` from any thread stops the wait.

    `redirect_port` 0 lets the OS pick the port; give a fixed one when the X app registered a fixed callback
    (X matches the callback URL exactly: register `http://127.0.0.1:<port>/callback`).
    """

    def __init__(
        self,
        client_id: str,
        *,
        api_base_url: str,
        authorize_url: str | None = None,
        scopes: Iterable[str] = DEFAULT_SCOPES,
        open_browser: Callable[[str], object],
        clock: Callable[[], float] = time.time,
        timeout: float = 120.0,
        redirect_port: int = 0,
        http_timeout: float | tuple[float, float] = DEFAULT_TIMEOUT,
    ) -> None:
        if not client_id:
            raise ValueError("a client id is required")
        self._client_id = client_id
        self._api_base_url = api_base_url
        self._authorize_url = authorize_url or authorize_url_for(api_base_url)
        _check_endpoint(self._authorize_url)
        self._scopes = tuple(scopes)
        self._open_browser = open_browser
        self._clock = clock
        self._timeout = timeout
        self._port = redirect_port
        self._http_timeout = http_timeout
        self._lock = threading.Lock()
        self._listener: LoopbackListener | None = None
        self._started = False
        self._cancelled = False

    def cancel(self) -> None:
        """Stop waiting for the browser; `run()` raises `SignInCancelled`. No effect once the callback came."""
        with self._lock:
            self._cancelled = True
            listener = self._listener
        if listener is not None:
            listener.cancel()

    def _authorization_url(self, redirect_uri: str, state: str) -> tuple[str, str]:
        """(URL for the browser, PKCE code verifier), built by tweepy's `OAuth2UserHandler`."""
        handler = tweepy.OAuth2UserHandler(client_id=self._client_id, redirect_uri=redirect_uri, scope=self._scopes)
        handler.state = state  # requests-oauthlib re-uses a given state instead of generating one
        built = urlsplit(handler.get_authorization_url())  # https://twitter.com/i/oauth2/authorize?...
        if parse_qs(built.query).get("state") != [state]:
            raise SignInError("the authorization URL does not carry our state")
        target = urlsplit(self._authorize_url)
        url = urlunsplit((target.scheme, target.netloc, target.path, built.query, ""))
        return url, str(handler._client.code_verifier)

    def run(self) -> TokenSet:
        """Open the browser, wait for the callback (bounded), exchange the code; the new tokens.

        Raises `SignInCancelled`, `SignInTimedOut`, `SignInDenied` (refused in the browser or by the token
        endpoint), `SignInError`, or `errors.Transient` / `errors.RateLimited` from the token endpoint.
        """
        state = secrets.token_urlsafe(32)
        with self._lock:
            if self._started:
                raise RuntimeError("a PkceSignIn runs once; make a new one")
            self._started = True
            if self._cancelled:
                raise SignInCancelled()
            try:
                listener = self._listener = LoopbackListener(state, port=self._port)
            except OSError as exc:
                raise SignInError(f"cannot listen on 127.0.0.1:{self._port} for the sign-in callback: {exc}") from exc
        try:
            url, verifier = self._authorization_url(listener.redirect_uri, state)
            try:
                self._open_browser(url)
            except Exception as exc:
                raise SignInError(f"could not open the browser: {exc}") from exc
            params = listener.wait(self._timeout)
        finally:
            listener.close()
        if params is None:
            raise SignInCancelled() if listener.cancelled else SignInTimedOut()
        if "error" in params:
            error = params["error"]
            raise SignInDenied(f"authorization refused: {error}", error=error)
        code = params.get("code")
        if not code:
            raise SignInError("the callback carried no authorization code")
        session = oauth_wire.token_session(self._api_base_url, timeout=self._http_timeout)
        try:
            return oauth_wire.exchange_code(
                session,
                client_id=self._client_id,
                code=code,
                code_verifier=verifier,
                redirect_uri=listener.redirect_uri,
                clock=self._clock,
            )
        except TokenRefused as exc:
            raise SignInDenied(f"the token endpoint refused the code: {exc.error}", error=exc.error) from None
        finally:
            session.close()


class TokenManager:
    """The OAuth 2.0 tokens of one account: stored in `credentials`, refreshed ahead of expiry, thread-safe.

    Implements the backend's `TokenSource` (`access_token()`, `force_refresh()`).
    """

    def __init__(
        self,
        credentials: CredentialStore,
        account: str,
        client_id: str,
        api_base_url: str,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = 300.0,
        *,
        http_timeout: float | tuple[float, float] = DEFAULT_TIMEOUT,
    ) -> None:
        self._credentials = credentials
        self._account = account
        self._client_id = client_id
        self._api_base_url = api_base_url
        self._clock = clock
        self._margin = refresh_margin
        self._http_timeout = http_timeout
        self._lock = threading.Lock()
        self._session: requests.Session | None = None
        self._cached: TokenSet | None = None

    # -- storage -----------------------------------------------------------------------------------------------
    def save(self, tokens: TokenSet) -> None:
        """Store new tokens (after a sign-in)."""
        with self._lock:
            self._store(tokens)

    def _store(self, tokens: TokenSet) -> None:
        creds, account = self._credentials, self._account
        self._cached = tokens  # this session keeps working even if the store fails below (the error propagates)
        # The refresh token first: it is single-use, and the server has already forgotten the previous one.
        if tokens.refresh_token:
            creds.set(account, KEY_REFRESH, tokens.refresh_token)
        else:
            creds.delete(account, KEY_REFRESH)
        creds.set(account, KEY_ACCESS, tokens.access_token)
        creds.set(account, KEY_EXPIRES, repr(float(tokens.expires_at)))
        creds.set(account, KEY_SCOPE, " ".join(tokens.scope))
        creds.set(account, KEY_CLIENT, self._client_id)

    def load(self) -> TokenSet | None:
        """The stored tokens, or None when the account has none."""
        with self._lock:
            return self._load()

    def _load(self) -> TokenSet | None:
        if self._cached is None:
            get = self._credentials.get
            access = get(self._account, KEY_ACCESS)
            if not access:
                return None
            try:
                expires_at = float(get(self._account, KEY_EXPIRES) or "0")
            except ValueError:
                expires_at = 0.0  # unreadable: treat as expired, a refresh fixes it
            scope = tuple((get(self._account, KEY_SCOPE) or "").split())
            self._cached = TokenSet(access, get(self._account, KEY_REFRESH) or None, expires_at, scope)
        return self._cached

    def clear(self) -> None:
        """Forget the account's OAuth 2.0 tokens (local only)."""
        with self._lock:
            for key in (KEY_REFRESH, KEY_ACCESS, KEY_EXPIRES, KEY_SCOPE, KEY_CLIENT):
                self._credentials.delete(self._account, key)
            self._cached = None

    def sign_out(self) -> None:
        """Revoke the tokens at X (best effort: failures are logged, without the token) and forget them."""
        with self._lock:
            tokens = self._load()
            if tokens is not None:
                held = [(tokens.refresh_token, "refresh_token"), (tokens.access_token, "access_token")]
                for token, hint in held:
                    if not token:
                        continue
                    try:
                        oauth_wire.revoke_token(self._http(), client_id=self._client_id, token=token, hint=hint)
                    except (TokenRefused, errors.XError) as exc:
                        log.warning("could not revoke the %s of %s at X: %s", hint, self._account, type(exc).__name__)
        self.clear()

    # -- tokens ------------------------------------------------------------------------------------------------
    def _http(self) -> requests.Session:
        if self._session is None:
            self._session = oauth_wire.token_session(self._api_base_url, timeout=self._http_timeout)
        return self._session

    def _current(self) -> TokenSet:
        tokens = self._load()
        if tokens is None:
            raise errors.AuthExpired("not signed in to X")
        return tokens

    def access_token(self) -> str:
        """A valid access token, refreshed first when it expires within the margin.

        A transient refresh failure while the token is still valid returns the current token.
        """
        with self._lock:
            tokens = self._current()
            if not tokens.expires_within(self._clock(), self._margin):
                return tokens.access_token
            return self._refresh(tokens, fallback=True)

    def force_refresh(self, rejected: str | None = None) -> str:
        """Refresh now (X answered 401). With `rejected` (the token X refused), skip the refresh when another
        worker already replaced that token.
        """
        with self._lock:
            tokens = self._current()
            replaced = rejected is not None and rejected != tokens.access_token
            if replaced and not tokens.expires_within(self._clock(), self._margin):
                return tokens.access_token
            return self._refresh(tokens, fallback=False)

    def _refresh(self, tokens: TokenSet, *, fallback: bool) -> str:
        still_valid = fallback and not tokens.expires_within(self._clock())
        if not tokens.refresh_token:
            if still_valid:
                return tokens.access_token
            raise errors.AuthExpired("the X session expired and cannot be renewed (no offline.access)")
        log.info("refreshing the X access token of %s", self._account)
        try:
            new = oauth_wire.refresh_tokens(
                self._http(), client_id=self._client_id, refresh_token=tokens.refresh_token, clock=self._clock
            )
        except TokenRefused as exc:
            log.warning("X refused to refresh the session of %s: %s", self._account, exc.error)
            raise errors.AuthRevoked(f"X refused the refresh token ({exc.error})", status=exc.status) from None
        except (errors.Transient, errors.RateLimited) as exc:
            if still_valid:
                log.warning("token refresh for %s failed (%s); using the current token", self._account, exc)
                return tokens.access_token
            raise
        self._store(new)
        return new.access_token
