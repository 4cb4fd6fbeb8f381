"""X's OAuth 2.0 token endpoint on the wire: the token set, code exchange, refresh and revocation requests.

Requests go through a plain `requests.Session` routed to the API base URL (`routing.route_session`), not through
requests-oauthlib's `fetch_token`/`refresh_token`: those log request bodies and token responses at DEBUG level,
and silently keep the old refresh token when the server sends none. Nothing here logs a token.

Client authentication follows X's two kinds of app (docs.x.com "Developer apps" and "User access token"): a
public client (app type Native App or Single Page App) sends its `client_id` in the form; a confidential client
(Web App, Automated App or Bot) must also authenticate with HTTP Basic (client id and client secret, RFC 6749
2.3.1) at the token, refresh and revoke endpoints, else X answers 401 `unauthorized_client` "Missing valid
authorization header". The style is chosen from whether a secret is given, never guessed (X's own `xurl` does the
same after auto-detection failed against X). The `client_id` stays in the form for both: X's docs say a
confidential client does not need it there, and it is harmless.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import requests

from exec_desk.backends.errors import error_for_exception, reset_time
from exec_desk.backends.routing import DEFAULT_TIMEOUT, X_HOSTS, route_session
from exec_desk.core import errors

TOKEN_URL = "https://api.x.com/2/oauth2/token"
REVOKE_URL = "https://api.x.com/2/oauth2/revoke"
X_AUTHORIZE_URL = "https://x.com/i/oauth2/authorize"
DEFAULT_SCOPES: tuple[str, ...] = (
    "tweet.read",
    "users.read",
    "list.read",
    "tweet.write",
    "like.write",
    "media.write",
    "offline.access",
)
_FORM_HEADERS = {"Accept": "application/json", "Content-Type": "application/x-www-form-urlencoded"}


@dataclass(frozen=True, slots=True)
class TokenSet:
    """OAuth 2.0 user tokens. `expires_at` is in clock seconds (Unix time); the repr hides the secrets."""

    access_token: str = field(repr=False)
    refresh_token: str | None = field(repr=False)
    expires_at: float
    scope: tuple[str, ...] = ()

    def expires_within(self, now: float, margin: float = 0.0) -> bool:
        """True when the access token is expired, or will be within `margin` seconds."""
        return now >= self.expires_at - margin


class TokenRefused(Exception):
    """The token endpoint answered with an OAuth 2.0 error (`error` is its code, e.g. invalid_grant)."""

    def __init__(self, error: str, description: str, status: int) -> None:
        super().__init__(f"{error}: {description}" if description else error)
        self.error = error
        self.description = description
        self.status = status


def is_x_host(base_url: str) -> bool:
    """True when `base_url` is one of X's real API hosts (no rerouting)."""
    return base_url.rstrip("/") in X_HOSTS


def token_session(api_base_url: str, *, timeout: float | tuple[float, float] = DEFAULT_TIMEOUT) -> requests.Session:
    """A session whose requests to X's hosts go to `api_base_url`."""
    return route_session(requests.Session(), api_base_url, timeout=timeout)


def parse_token_response(body: Any, started_at: float) -> TokenSet:
    """A `TokenSet` from a 200 token response; ValueError if it is not one."""
    if not isinstance(body, Mapping):
        raise ValueError("token response is not a JSON object")
    access, refresh = body.get("access_token"), body.get("refresh_token")
    expires_in, scope = body.get("expires_in"), body.get("scope", "")
    if str(body.get("token_type", "")).lower() != "bearer" or not isinstance(access, str) or not access:
        raise ValueError("token response has no bearer access token")
    if not isinstance(expires_in, int | float) or isinstance(expires_in, bool) or expires_in <= 0:
        raise ValueError("token response has no valid expires_in")
    if refresh is not None and (not isinstance(refresh, str) or not refresh):
        raise ValueError("token response has a malformed refresh_token")
    if not isinstance(scope, str):
        raise ValueError("token response has a malformed scope")
    return TokenSet(access, refresh, started_at + float(expires_in), tuple(scope.split()))


def basic_authorization(client_id: str, client_secret: str) -> str:
    """The `Authorization` header of a confidential client: Basic with the form-encoded id and secret."""
    pair = f"{quote(client_id, safe='')}:{quote(client_secret, safe='')}"
    return "Basic " + base64.b64encode(pair.encode()).decode("ascii")


def _post(
    session: requests.Session, url: str, form: Mapping[str, str], client_secret: str | None = None
) -> requests.Response:
    headers = dict(_FORM_HEADERS)
    if client_secret:
        headers["Authorization"] = basic_authorization(form["client_id"], client_secret)
    try:
        return session.post(url, data=dict(form), headers=headers, allow_redirects=False)
    except requests.RequestException as exc:
        raise error_for_exception(exc, write=True, oauth2=True) from None


def _raise_for_error(response: requests.Response) -> None:
    status = response.status_code
    if status == 429:
        raise errors.RateLimited("the token endpoint asks us to slow down", reset_at=reset_time(response))
    if status >= 500:
        raise errors.Transient(f"the token endpoint failed: HTTP {status}", status=status, maybe_applied=True)
    if 400 <= status < 500:
        try:
            body = response.json()
        except ValueError:
            body = {}
        body = body if isinstance(body, dict) else {}
        error = body.get("error") if isinstance(body.get("error"), str) else f"http_{status}"
        description = body.get("error_description")
        raise TokenRefused(str(error), description if isinstance(description, str) else "", status)
    if status != 200:
        raise errors.Transient(f"unexpected answer from the token endpoint: HTTP {status}", status=status)


def request_tokens(
    session: requests.Session,
    form: Mapping[str, str],
    clock: Callable[[], float],
    client_secret: str | None = None,
) -> TokenSet:
    """POST `form` to the token endpoint (with Basic authentication when `client_secret`); the new `TokenSet`.

    Raises `TokenRefused` (4xx OAuth error), `errors.RateLimited` (429) or `errors.Transient` (network, 5xx,
    garbled reply; `maybe_applied` when the server may have issued tokens we did not get).
    """
    started_at = clock()
    response = _post(session, TOKEN_URL, form, client_secret)
    _raise_for_error(response)
    try:
        return parse_token_response(response.json(), started_at)
    except ValueError as exc:
        raise errors.Transient(f"the token endpoint sent a garbled reply: {exc}", maybe_applied=True) from None


def exchange_code(
    session: requests.Session,
    *,
    client_id: str,
    code: str,
    code_verifier: str,
    redirect_uri: str,
    clock: Callable[[], float] = time.time,
    client_secret: str | None = None,
) -> TokenSet:
    """Authorization code + PKCE verifier → tokens (RFC 6749 4.1.3, RFC 7636 4.5)."""
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": redirect_uri,
        "code_verifier": code_verifier,
        "client_id": client_id,
    }
    return request_tokens(session, form, clock, client_secret)


def refresh_tokens(
    session: requests.Session,
    *,
    client_id: str,
    refresh_token: str,
    clock: Callable[[], float] = time.time,
    client_secret: str | None = None,
) -> TokenSet:
    """A single-use refresh token → a new access token and a new refresh token (RFC 6749 section 6)."""
    form = {"grant_type": "refresh_token", "refresh_token": refresh_token, "client_id": client_id}
    return request_tokens(session, form, clock, client_secret)


def revoke_token(
    session: requests.Session, *, client_id: str, token: str, hint: str, client_secret: str | None = None
) -> None:
    """Ask X to revoke `token` (`hint`: access_token or refresh_token). Raises like `request_tokens`."""
    form = {"token": token, "token_type_hint": hint, "client_id": client_id}
    _raise_for_error(_post(session, REVOKE_URL, form, client_secret))
