"""Server-side authentication of the fake X API: OAuth 2.0 PKCE and OAuth 1.0a signature checks.

Faithful to X where it matters to the app:
- OAuth 2.0 Authorization Code with PKCE, for the developer apps of `oauth_clients`: a public client
  (`client_id`), a confidential one (`confidential`: its id and secret, HTTP Basic required) and one not enrolled
  in pay-per-use (`not_enrolled`). `authorize` redirects only to a callback URL registered exactly (`callbacks`,
  by default `http://127.0.0.1:17823/callback`); any other gets X's "Something went wrong" page (400), no
  redirect. It auto-approves unless `approve` is set to False. Codes live 30 s and are single-use (re-use revokes
  what the code gave) and belong to their client; access tokens live 2 hours; a refresh token is issued only with
  `offline.access`, is single-use and rotates. Token errors are OAuth 2 JSON (`{"error": ...,
  "error_description": ...}`), 400, or 401 for the client.
- Bearer checks: unknown, revoked or expired tokens get X's 401 problem body; the tokens of an app not enrolled
  get X's 403 `client-not-enrolled` body.
- OAuth 1.0a: the HMAC-SHA1 signature is verified for real (RFC 5849 base string over the query, the form body and
  the `oauth_*` parameters) against any of X's real hosts, since the routing adapter hid the host the client
  signed; the timestamp must be within 300 s of the clock and a nonce is accepted once.
All state is behind one lock: a threaded HTTP server may call in from many threads.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import random
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import urlencode

from exec_desk.fakex.oauth1_signature import parse_oauth_header, signature_matches
from exec_desk.fakex.oauth_clients import (
    DEFAULT_CALLBACK,
    ClientApp,
    authenticate_client,
    checked_callbacks,
    oauth_error,
    registered,
)
from exec_desk.fakex.problems import not_enrolled

ACCESS_TOKEN_LIFETIME = 7200
CODE_LIFETIME = 30
TIMESTAMP_WINDOW = 300
_SCOPE_NAMES = (
    "block.read bookmark.read bookmark.write dm.read dm.write follows.read follows.write like.read like.write "
    "list.read list.write media.write mute.read mute.write offline.access space.read tweet.moderate.write "
    "tweet.read tweet.write users.email users.read"
)
KNOWN_SCOPES = frozenset(_SCOPE_NAMES.split())
REQUIRED_SCOPES = ("tweet.read", "users.read")
#: The hosts a client may have signed an OAuth 1.0a request for (a routing proxy hides which one).
X_HOSTS = ("https://api.twitter.com", "https://api.x.com", "https://upload.twitter.com", "https://upload.x.com")
_VERIFIER = re.compile(r"[A-Za-z0-9\-._~]{43,128}")


class AuthFailure(Exception):
    """Raised by `FakeAuth.authenticate`; carries the HTTP status and the JSON problem body to send.

    `reason` is a short word for tests and logs (never sent): missing, unknown, revoked, expired, consumer,
    method, timestamp, signature, nonce.
    """

    content_type = "application/problem+json"

    def __init__(self, status: int, body: dict[str, object], *, reason: str = "") -> None:
        super().__init__(body.get("detail", "unauthorized"))
        self.status = status
        self.body = body
        self.reason = reason


def _problem(detail: str) -> dict[str, object]:
    return {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": detail}


def _unauthorized(reason: str) -> AuthFailure:
    return AuthFailure(401, _problem("Unauthorized"), reason=reason)


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


@dataclass
class _Code:
    client_id: str
    redirect_uri: str
    challenge: str
    method: str
    scopes: tuple[str, ...]
    state: str
    issued_at: float
    family: int
    used: bool = False


@dataclass
class _Token:
    scopes: tuple[str, ...]
    family: int
    client_id: str
    expires_at: float = float("inf")
    used: bool = False
    revoked: bool = False


def _error_page() -> tuple[int, dict[str, str], bytes]:
    """X's authorize page when the client or the callback URL is not registered: it says no more than this."""
    body = (
        b"<!doctype html><title>X</title><h1>Something went wrong</h1>"
        b"<p>You weren't able to give access to the App. Go back and try logging in again.</p>"
    )
    return 400, {"content-type": "text/html; charset=utf-8"}, body


class FakeAuth:
    """Issues and checks the fake server's credentials.

    Ready-made credentials for demos and tests: `oauth2_access_token` (does not expire unless
    `expire_access_tokens()` is called), `oauth2_refresh_token` (its single-use refresh token) and the `oauth1`
    keys. `approve = False` makes the authorize page answer `error=access_denied`. `clients` maps each client id
    to its `ClientApp` (a test may un-enrol one); `callbacks` are the registered callback URLs.
    """

    def __init__(
        self,
        user_id: str,
        *,
        clock: Callable[[], float] = time.time,
        seed: int = 0,
        callbacks: Iterable[str] = (DEFAULT_CALLBACK,),
    ) -> None:
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self.user_id = user_id
        self.clock = clock
        self.approve = True
        self.client_id = "ZXhlYy1kZXNrLWRlbW8tY2xpZW50"
        self._codes: dict[str, _Code] = {}
        self._access: dict[str, _Token] = {}
        self._refresh: dict[str, _Token] = {}
        self._families = 0
        self._nonces: dict[tuple[str, str], float] = {}
        self._oauth1_revoked = False
        rng = self._rng
        self.oauth1 = {
            "consumer_key": f"fakexck{rng.getrandbits(64):016x}",
            "consumer_secret": f"fakexcs{rng.getrandbits(128):032x}",
            "access_token": f"{user_id}-fakexat{rng.getrandbits(96):024x}",
            "access_token_secret": f"fakexats{rng.getrandbits(128):032x}",
        }
        every_scope = tuple(sorted(KNOWN_SCOPES))
        self.oauth2_access_token = self._new_secret()
        self._access[self.oauth2_access_token] = _Token(every_scope, 0, self.client_id)
        self.oauth2_refresh_token = self._new_secret()
        self._refresh[self.oauth2_refresh_token] = _Token(every_scope, 0, self.client_id)
        self.callbacks = checked_callbacks(callbacks)
        self.confidential = ClientApp("ZXhlYy1kZXNrLXdlYi1hcHA", secret=f"fakexsecret{rng.getrandbits(128):032x}")
        self.not_enrolled = ClientApp("ZXhlYy1kZXNrLW5vdC1lbnJvbGxlZA", enrolled=False)
        public = ClientApp(self.client_id)
        self.clients = {app.client_id: app for app in (public, self.confidential, self.not_enrolled)}

    def _new_secret(self) -> str:
        return _b64url(self._rng.getrandbits(512).to_bytes(64, "big"))[:86]

    # -- OAuth 2.0: authorize ------------------------------------------------------------------------------------
    def authorize(self, query: Mapping[str, str]) -> tuple[int, dict[str, str], bytes]:
        """GET /i/oauth2/authorize: (status, headers, body). Redirects only to a verified loopback callback."""
        client_id = query.get("client_id", "")
        redirect_uri = query.get("redirect_uri", "")
        if client_id not in self.clients or not registered(self.callbacks, redirect_uri):
            return _error_page()
        state = query.get("state", "")

        def back(params: list[tuple[str, str]]) -> tuple[int, dict[str, str], bytes]:
            location = f"{redirect_uri}?{urlencode(params)}"
            return 302, {"location": location, "content-type": "text/html; charset=utf-8"}, b"Redirecting"

        def fail(error: str, description: str) -> tuple[int, dict[str, str], bytes]:
            return back([("error", error), ("error_description", description), ("state", state)])

        scopes = tuple(query.get("scope", "").split())
        if query.get("response_type") != "code":
            return fail("unsupported_response_type", "response_type must be code")
        if not state:
            return fail("invalid_request", "state is required")
        challenge, method = query.get("code_challenge", ""), query.get("code_challenge_method", "")
        if not challenge or method not in ("S256", "plain"):
            return fail("invalid_request", "code_challenge with code_challenge_method S256 or plain is required")
        if not scopes or not set(scopes) <= KNOWN_SCOPES or not set(REQUIRED_SCOPES) <= set(scopes):
            return fail("invalid_scope", "scope must list known scopes, including tweet.read and users.read")
        if not self.approve:
            return fail("access_denied", "The user did not authorize the app")
        with self._lock:
            code = self._new_secret()
            self._families += 1
            now = self.clock()
            self._codes[code] = _Code(client_id, redirect_uri, challenge, method, scopes, state, now, self._families)
        return back([("state", state), ("code", code)])

    def pending_code(self, state: str) -> str | None:
        """Test helper: the unused code issued for `state`, if any."""
        with self._lock:
            for code, entry in self._codes.items():
                if entry.state == state and not entry.used:
                    return code
        return None

    # -- OAuth 2.0: token and revoke ---------------------------------------------------------------------------
    def token(self, form: Mapping[str, str], headers: Mapping[str, str]) -> tuple[int, dict[str, object]]:
        """POST /2/oauth2/token: (status, JSON body)."""
        with self._lock:
            client = authenticate_client(self.clients, form, headers)
            if not isinstance(client, ClientApp):
                return client
            grant_type = form.get("grant_type")
            if grant_type == "authorization_code":
                return self._exchange_code(form, client.client_id)
            if grant_type == "refresh_token":
                return self._refresh_grant(form, client.client_id)
            return oauth_error("unsupported_grant_type", "grant_type must be authorization_code or refresh_token")

    def _exchange_code(self, form: Mapping[str, str], client_id: str) -> tuple[int, dict[str, object]]:
        entry = self._codes.get(form.get("code", ""))
        if entry is None or entry.client_id != client_id:
            return oauth_error("invalid_grant", "Value passed for the authorization code was invalid.")
        if entry.used:  # RFC 6749 4.1.2: a re-used code revokes what it gave
            self._revoke_family(entry.family)
            return oauth_error("invalid_grant", "Authorization code was already used.")
        entry.used = True
        if self.clock() - entry.issued_at > CODE_LIFETIME:
            return oauth_error("invalid_grant", "Authorization code expired.")
        if form.get("redirect_uri") != entry.redirect_uri:
            return oauth_error("invalid_grant", "redirect_uri does not match the authorization request.")
        verifier = form.get("code_verifier", "")
        if not _VERIFIER.fullmatch(verifier):
            return oauth_error("invalid_request", "Missing or malformed code_verifier.")
        expected = _b64url(hashlib.sha256(verifier.encode()).digest()) if entry.method == "S256" else verifier
        if not hmac.compare_digest(expected, entry.challenge):
            return oauth_error("invalid_grant", "code_verifier does not match the code_challenge.")
        return 200, self._issue(entry.scopes, entry.family, client_id)

    def _refresh_grant(self, form: Mapping[str, str], client_id: str) -> tuple[int, dict[str, object]]:
        old = self._refresh.get(form.get("refresh_token", ""))
        if old is None or old.used or old.revoked or old.client_id != client_id:
            return oauth_error("invalid_grant", "Value passed for the token was invalid.")
        old.used = True
        scopes = old.scopes
        if "scope" in form:
            asked = tuple(form["scope"].split())
            if not set(asked) <= set(old.scopes):
                return oauth_error("invalid_scope", "scope exceeds the one originally granted")
            scopes = asked
        return 200, self._issue(scopes, old.family, client_id)

    def _issue(self, scopes: tuple[str, ...], family: int, client_id: str) -> dict[str, object]:
        access = self._new_secret()
        self._access[access] = _Token(scopes, family, client_id, expires_at=self.clock() + ACCESS_TOKEN_LIFETIME)
        body: dict[str, object] = {
            "token_type": "bearer",
            "expires_in": ACCESS_TOKEN_LIFETIME,
            "access_token": access,
            "scope": " ".join(scopes),
        }
        if "offline.access" in scopes:
            refresh = self._new_secret()
            self._refresh[refresh] = _Token(scopes, family, client_id)
            body["refresh_token"] = refresh
        return body

    def _revoke_family(self, family: int) -> None:
        for entry in (*self._access.values(), *self._refresh.values()):
            if entry.family == family:
                entry.revoked = True

    def revoke(self, form: Mapping[str, str], headers: Mapping[str, str]) -> tuple[int, dict[str, object]]:
        """POST /2/oauth2/revoke: (status, JSON body). Unknown tokens are 'revoked' too (RFC 7009)."""
        with self._lock:
            client = authenticate_client(self.clients, form, headers)
            if not isinstance(client, ClientApp):
                return client
            token = form.get("token")
            if not token:
                return oauth_error("invalid_request", "Missing required parameter [token].")
            for table in (self._access, self._refresh):
                if token in table:
                    table[token].revoked = True
            return 200, {"revoked": True}

    # -- requests to the API -----------------------------------------------------------------------------------
    def authenticate(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        headers: Mapping[str, str],
        form: Mapping[str, str] | Iterable[tuple[str, str]] | None = None,
    ) -> str:
        """Return the authenticated user id, or raise `AuthFailure`. `headers` keys are lower-case.

        `query` is the decoded query; `form` the decoded urlencoded body (None for other bodies, which are not
        signed).
        """
        scheme, _, credentials = headers.get("authorization", "").strip().partition(" ")
        with self._lock:
            if scheme.lower() == "bearer":
                return self._bearer(credentials.strip())
            if scheme.lower() == "oauth":
                pairs = list(form.items()) if isinstance(form, Mapping) else list(form or ())
                return self._oauth1_check(method, path, query, pairs, parse_oauth_header(credentials))
        raise _unauthorized("missing")

    def granted_scopes(self, headers: Mapping[str, str]) -> frozenset[str]:
        """Scopes of the request's bearer token (all scopes for OAuth 1.0a, none if unknown); call after
        `authenticate` to answer 403 when an endpoint needs a scope the user did not grant."""
        scheme, _, credentials = headers.get("authorization", "").strip().partition(" ")
        if scheme.lower() == "oauth":
            return KNOWN_SCOPES
        with self._lock:
            entry = self._access.get(credentials.strip()) if scheme.lower() == "bearer" else None
            return frozenset(entry.scopes) if entry else frozenset()

    def _bearer(self, token: str) -> str:
        entry = self._access.get(token)
        if entry is None:
            raise _unauthorized("unknown")
        if entry.revoked:
            raise _unauthorized("revoked")
        if self.clock() >= entry.expires_at:
            raise _unauthorized("expired")
        app = self.clients.get(entry.client_id)
        if app is not None and not app.enrolled:
            raise AuthFailure(403, not_enrolled(app.client_id), reason="not-enrolled")
        return self.user_id

    def _oauth1_check(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        form: list[tuple[str, str]],
        oauth: dict[str, str],
    ) -> str:
        keys = self.oauth1
        if oauth.get("oauth_consumer_key") != keys["consumer_key"]:
            raise _unauthorized("consumer")
        if oauth.get("oauth_token") != keys["access_token"] or self._oauth1_revoked:
            raise _unauthorized("revoked" if self._oauth1_revoked else "unknown")
        if oauth.get("oauth_signature_method") != "HMAC-SHA1" or oauth.get("oauth_version", "1.0") != "1.0":
            raise _unauthorized("method")
        nonce, signature = oauth.get("oauth_nonce", ""), oauth.get("oauth_signature", "")
        try:
            timestamp = int(oauth.get("oauth_timestamp", ""))
        except ValueError:
            raise _unauthorized("timestamp") from None
        now = self.clock()
        if abs(now - timestamp) > TIMESTAMP_WINDOW:
            raise _unauthorized("timestamp")
        if not nonce or not signature:
            raise _unauthorized("signature")
        signed = [(k, v) for k, v in oauth.items() if k.startswith("oauth_") and k != "oauth_signature"]
        params = [*query, *form, *signed]
        secrets = keys["consumer_secret"], keys["access_token_secret"]
        if not signature_matches(signature, method, [host + path for host in X_HOSTS], params, *secrets):
            raise _unauthorized("signature")
        self._nonces = {k: t for k, t in self._nonces.items() if t > now - 2 * TIMESTAMP_WINDOW}
        if (str(timestamp), nonce) in self._nonces:
            raise _unauthorized("nonce")
        self._nonces[(str(timestamp), nonce)] = float(timestamp)
        return self.user_id

    # -- test controls -----------------------------------------------------------------------------------------
    def issue_access_token(self) -> str:
        """Test control: a new access token with every scope, as a new sign-in would give (no refresh token)."""
        with self._lock:
            self._families += 1
            scopes = tuple(sorted(KNOWN_SCOPES - {"offline.access"}))
            return str(self._issue(scopes, self._families, self.client_id)["access_token"])

    def expire_access_tokens(self) -> None:
        """Test control: every access token issued so far is now expired."""
        with self._lock:
            now = self.clock()
            for entry in self._access.values():
                entry.expires_at = min(entry.expires_at, now)

    def revoke_all(self) -> None:
        """Test control: every credential issued so far is revoked (tokens, pending codes, OAuth 1.0a keys)."""
        with self._lock:
            for entry in (*self._access.values(), *self._refresh.values()):
                entry.revoked = True
            for code in self._codes.values():
                code.used = True
            self._oauth1_revoked = True
