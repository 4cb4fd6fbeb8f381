"""Keeping an X account's OAuth 2.0 tokens fresh, and the names of the sign-in pieces (`pkce`, `oauth1`).

`TokenManager` hands out a valid access token, refreshing it ahead of expiry under a lock (refresh tokens are
single-use) and storing the rotated refresh token before anything else. A confidential client's secret (apps of
type Web App or Automated App or Bot) is kept in the keyring next to the tokens and sent as HTTP Basic at every
refresh and revocation. No token or secret is ever logged.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import requests

from exec_desk.backends.oauth import wire as oauth_wire
from exec_desk.backends.oauth.oauth1 import delete_oauth1_keys, load_oauth1_keys, oauth1_user_id, save_oauth1_keys
from exec_desk.backends.oauth.pkce import (
    BadPaste,
    PkceSignIn,
    PortInUse,
    SignInCancelled,
    SignInDenied,
    SignInError,
    SignInTimedOut,
    authorize_url_for,
    parse_pasted,
)
from exec_desk.backends.oauth.wire import DEFAULT_SCOPES, TokenRefused, TokenSet
from exec_desk.backends.routing import DEFAULT_TIMEOUT
from exec_desk.core import errors
from exec_desk.core.secrets import CredentialStore

__all__ = [
    "DEFAULT_SCOPES",
    "BadPaste",
    "PkceSignIn",
    "PortInUse",
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
    "parse_pasted",
    "save_oauth1_keys",
]

log = logging.getLogger(__name__)

KEY_ACCESS = "oauth2_access_token"
KEY_REFRESH = "oauth2_refresh_token"
KEY_EXPIRES = "oauth2_expires_at"
KEY_SCOPE = "oauth2_scope"
KEY_CLIENT = "client_id"
#: A confidential client's secret, next to the tokens it refreshes (absent for a public client).
KEY_CLIENT_SECRET = "oauth2_client_secret"


class TokenManager:
    """The OAuth 2.0 tokens of one account: stored in `credentials`, refreshed ahead of expiry, thread-safe.

    Implements the backend's `TokenSource` (`access_token()`, `force_refresh()`). `client_secret`: the secret of
    a confidential client, stored by `save`; when not given, the stored one (if any) is used.
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
        client_secret: str | None = None,
    ) -> None:
        self._credentials = credentials
        self._account = account
        self._client_id = client_id
        self._client_secret = client_secret or None
        self._api_base_url = api_base_url
        self._clock = clock
        self._margin = refresh_margin
        self._http_timeout = http_timeout
        self._lock = threading.Lock()
        self._session: requests.Session | None = None
        self._cached: TokenSet | None = None

    # -- storage -----------------------------------------------------------------------------------------------
    def save(self, tokens: TokenSet) -> None:
        """Store new tokens after a sign-in, and the client secret given (or forget one a previous sign-in left)."""
        with self._lock:
            self._store(tokens)
            if self._client_secret:
                self._credentials.set(self._account, KEY_CLIENT_SECRET, self._client_secret)
            else:
                self._credentials.delete(self._account, KEY_CLIENT_SECRET)

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

    def _secret(self) -> str | None:
        """The confidential client's secret: the one given, else the one in the keyring; None for a public one."""
        if self._client_secret is None:
            self._client_secret = self._credentials.get(self._account, KEY_CLIENT_SECRET) or None
        return self._client_secret

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
            for key in (KEY_REFRESH, KEY_ACCESS, KEY_EXPIRES, KEY_SCOPE, KEY_CLIENT, KEY_CLIENT_SECRET):
                self._credentials.delete(self._account, key)
            self._cached = None
            self._client_secret = None

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
                        oauth_wire.revoke_token(
                            self._http(),
                            client_id=self._client_id,
                            token=token,
                            hint=hint,
                            client_secret=self._secret(),
                        )
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
                self._http(),
                client_id=self._client_id,
                refresh_token=tokens.refresh_token,
                clock=self._clock,
                client_secret=self._secret(),
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
