"""The developer apps the fake X knows (OAuth 2.0 clients), their callback URLs, and client authentication.

As X has them (docs.x.com "Developer apps", "User access token"; see tests/data/X-API-NOTES.md and the research
notes quoted in the tests):
- a **public** client (app type Native App or Single Page App) uses PKCE only and sends its `client_id` in the
  form at the token and revoke endpoints;
- a **confidential** client (Web App, Automated App or Bot) has a client secret and must authenticate with HTTP
  Basic there; without it (or with a wrong secret) X answers 401 `unauthorized_client` "Missing valid
  authorization header";
- an app **not enrolled** (not in the pay-per-use package, or not in Production) still gets tokens, but every API
  call made with them answers 403 `client-not-enrolled`.
Callback URLs are registered on the app and matched exactly ("URLs must match exactly (including trailing
slashes)"); by default the one Exec Desk uses, `http://127.0.0.1:17823/callback`.
"""

from __future__ import annotations

import base64
import hmac
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

#: The callback Exec Desk registers by default (its fixed loopback port); the fake's own copy of that fact.
DEFAULT_CALLBACK = "http://127.0.0.1:17823/callback"
MISSING_AUTHORIZATION = "Missing valid authorization header"

OAuthError = tuple[int, dict[str, object]]


@dataclass
class ClientApp:
    """One developer app: confidential when it has a `secret`; `enrolled` False answers 403 to its tokens."""

    client_id: str
    secret: str | None = None
    enrolled: bool = True

    @property
    def confidential(self) -> bool:
        return self.secret is not None


def oauth_error(error: str, description: str, status: int = 400) -> OAuthError:
    return status, {"error": error, "error_description": description}


def checked_callbacks(urls: Iterable[str]) -> tuple[str, ...]:
    """Callback URLs to register: absolute http(s) URLs without a fragment; ValueError otherwise."""
    checked = []
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname or parts.fragment:
            raise ValueError(f"not a callback URL X would register: {url!r}")
        checked.append(url)
    if not checked:
        raise ValueError("at least one callback URL is needed")
    return tuple(checked)


def registered(callbacks: Iterable[str], redirect_uri: str) -> bool:
    """X's exact match: scheme, host, port, path and query as written (no normalisation at all)."""
    return any(hmac.compare_digest(redirect_uri.encode(), url.encode()) for url in callbacks)


def authenticate_client(
    clients: Mapping[str, ClientApp], form: Mapping[str, str], headers: Mapping[str, str]
) -> ClientApp | OAuthError:
    """The client a token or revoke request comes from, or the OAuth error X answers."""
    scheme, _, credentials = headers.get("authorization", "").strip().partition(" ")
    form_id = form.get("client_id")
    if scheme.lower() == "basic":
        try:
            basic_id, colon, secret = base64.b64decode(credentials.strip(), validate=True).decode().partition(":")
        except ValueError:
            return oauth_error("unauthorized_client", MISSING_AUTHORIZATION, 401)
        client = clients.get(unquote(basic_id)) if colon else None
        if client is None or form_id not in (None, client.client_id):
            return oauth_error("invalid_client", "Client authentication failed", 401)
        if client.secret is None:  # a public client has no secret to show
            return client if not secret else oauth_error("invalid_client", "Client authentication failed", 401)
        if not hmac.compare_digest(unquote(secret).encode(), client.secret.encode()):
            return oauth_error("unauthorized_client", MISSING_AUTHORIZATION, 401)
        return client
    if form_id is None:
        return oauth_error("invalid_request", "Missing required parameter [client_id].")
    client = clients.get(form_id)
    if client is None:
        return oauth_error("invalid_client", "Client authentication failed", 401)
    if client.confidential:
        return oauth_error("unauthorized_client", MISSING_AUTHORIZATION, 401)
    return client
