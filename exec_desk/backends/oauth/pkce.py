"""Signing in to X from a desktop app: OAuth 2.0 Authorization Code with PKCE, once, through a fixed loopback port.

`PkceSignIn` runs the browser flow once: a one-shot loopback listener on 127.0.0.1 at the port registered on the
X app (X matches the callback URL exactly; see `core.callback`), the authorize URL built by tweepy's
`OAuth2UserHandler` (state, PKCE S256 verifier and challenge come from oauthlib), the browser, then the code
exchange. The answer may also be pasted (`paste`): the whole address the browser ended on, its query, or the bare
code, as X's own `xurl --headless` accepts it; a `state` in it must be this sign-in's. With `listen=False` nothing
listens (for a machine whose browser cannot reach this one's loopback) and only a pasted answer ends the wait.

The exchange posts to the token endpoint through a routed plain `requests.Session` (`wire`), with HTTP
Basic when the app is a confidential client (`client_secret`). The callback URL is never handed to oauthlib, so
`OAUTHLIB_INSECURE_TRANSPORT` (process-wide) is never needed, and requests-oauthlib's DEBUG logging of token
bodies never runs. The state is checked (constant-time) before the shot is taken. Nothing here logs a secret.
"""

from __future__ import annotations

import errno
import secrets
import threading
import time
from collections.abc import Callable, Iterable
from urllib.parse import parse_qs, parse_qsl, urlsplit, urlunsplit

import tweepy

from exec_desk.backends.oauth import wire as oauth_wire
from exec_desk.backends.oauth.loopback import LoopbackListener, OneShot
from exec_desk.backends.oauth.wire import DEFAULT_SCOPES, TokenRefused, TokenSet
from exec_desk.backends.routing import DEFAULT_TIMEOUT
from exec_desk.core import errors
from exec_desk.core.callback import DEFAULT_REDIRECT_PORT, callback_url, checked_port
from exec_desk.core.i18n import Message, Phrase

_LOOPBACK = ("127.0.0.1", "localhost", "::1")
#: How long a sign-in waits for the browser by default: X's page may ask for a password and a second factor.
SIGN_IN_TIMEOUT = 300.0


class SignInError(errors.XError):
    """The browser sign-in did not give tokens."""

    user_message = Message(Phrase.of("Errors", "Sign-in to X did not complete."))


class SignInCancelled(SignInError):
    user_message = Message(Phrase.of("Errors", "Sign-in was cancelled."))


class SignInTimedOut(SignInError):
    """No answer came in time; `callback` is the address X should have sent the browser back to."""

    user_message = Message(Phrase.of("Errors", "Sign-in took too long. Try again."))

    def __init__(self, message: str = "", *, callback: str = "") -> None:
        super().__init__(message)
        self.callback = callback


class SignInDenied(SignInError):
    """X (or the user) refused the authorization; `error` is the OAuth error code (access_denied,
    unauthorized_client, invalid_client, invalid_grant...), `description` X's words, `status` the HTTP status."""

    user_message = Message(Phrase.of("Errors", "X did not authorize Exec Desk."))

    def __init__(self, message: str = "", *, error: str = "", description: str = "", status: int | None = None):
        super().__init__(message, status=status)
        self.error = error
        self.description = description


class PortInUse(SignInError):
    """The sign-in port is held by another program: the callback cannot be received there."""

    def __init__(self, message: str = "", *, port: int) -> None:
        super().__init__(message)
        self.port = port


class BadPaste(SignInError):
    """A pasted answer cannot be used; the sign-in goes on waiting. `reason`: empty, no_code or state."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"the pasted text cannot be used ({reason})")
        self.reason = reason


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


def parse_pasted(text: str) -> dict[str, str]:
    """The answer in a pasted text: a whole address (`http://127.0.0.1:17823/callback?state=…&code=…`), its query
    (`state=…&code=…`, with or without `?`) or a bare code. Raises `BadPaste` ("empty", "no_code")."""
    text = text.strip()
    if not text:
        raise BadPaste("empty")
    if "://" in text or "=" in text:
        query = urlsplit(text).query if "://" in text else text.lstrip("?")
        params = dict(parse_qsl(query, keep_blank_values=True))
    else:
        params = {"code": text}
    code = params.get("code", "")
    if "error" not in params and (not code or any(ch.isspace() for ch in code) or not code.isprintable()):
        raise BadPaste("no_code")
    return params


class PkceSignIn:
    """One browser sign-in. Call `run()` (or `start()` then `finish()`) on a worker thread; `cancel()` and
    `paste()` from any thread.

    `open_browser(url)` opens the authorize page; when it raises or returns False, `on_address(url, False)` is
    told (the user opens the address by hand) and the wait goes on; without `on_address` that is a `SignInError`.
    `open_browser=None` opens nothing (the caller shows `start()`'s address). `on_address(url, True)` is told too
    when the browser did open. `redirect_port` is the port of the callback registered on the X app.
    """

    def __init__(
        self,
        client_id: str,
        *,
        api_base_url: str,
        authorize_url: str | None = None,
        scopes: Iterable[str] = DEFAULT_SCOPES,
        open_browser: Callable[[str], object] | None,
        on_address: Callable[[str, bool], object] | None = None,
        client_secret: str | None = None,
        clock: Callable[[], float] = time.time,
        timeout: float = SIGN_IN_TIMEOUT,
        redirect_port: int = DEFAULT_REDIRECT_PORT,
        listen: bool = True,
        http_timeout: float | tuple[float, float] = DEFAULT_TIMEOUT,
    ) -> None:
        if not client_id:
            raise ValueError("a client id is required")
        self._client_id = client_id
        self._client_secret = client_secret or None
        self._api_base_url = api_base_url
        self._authorize_url = authorize_url or authorize_url_for(api_base_url)
        _check_endpoint(self._authorize_url)
        self._scopes = tuple(scopes)
        self._open_browser = open_browser
        self._on_address = on_address
        self._clock = clock
        self._timeout = timeout
        self._port = checked_port(redirect_port)
        self._listen = listen
        self._http_timeout = http_timeout
        self._state = secrets.token_urlsafe(32)
        self._lock = threading.Lock()
        self._answer: OneShot | None = None
        self._url = ""
        self._verifier = ""
        self._started = False
        self._finished = False
        self._cancelled = False

    @property
    def redirect_uri(self) -> str:
        """The callback URL this sign-in uses; it must be registered, exactly, on the X app."""
        return callback_url(self._port)

    @property
    def authorize_url(self) -> str:
        """The address of X's consent page for this sign-in ('' before `start()`)."""
        return self._url

    def cancel(self) -> None:
        """Stop waiting for the browser; the sign-in raises `SignInCancelled`. No effect once the answer came."""
        with self._lock:
            self._cancelled = True
            answer = self._answer
        if answer is not None:
            answer.cancel()

    def paste(self, text: str) -> None:
        """End the wait with a pasted answer (see `parse_pasted`); `BadPaste` when it cannot be used: "state"
        when it belongs to another sign-in, "closed" when this one is over."""
        params = parse_pasted(text)
        params.setdefault("state", self._state)  # a bare code carries no state: X's xurl accepts it so too
        with self._lock:
            answer = self._answer
        if answer is None:
            raise BadPaste("closed")
        outcome = answer.offer(params)
        if outcome != "ok":
            raise BadPaste(outcome)

    def start(self) -> str:
        """Listen for the callback (unless `listen=False`) and build X's consent address; the address.

        Raises `PortInUse` when another program holds the port, `SignInCancelled` after `cancel()`.
        """
        with self._lock:
            if self._started:
                raise RuntimeError("a PkceSignIn runs once; make a new one")
            self._started = True
            if self._cancelled:
                raise SignInCancelled()
            if self._listen:
                try:
                    self._answer = LoopbackListener(self._state, port=self._port)
                except OSError as exc:
                    taken = exc.errno in (errno.EADDRINUSE, errno.EACCES)
                    why = "another program uses this port" if taken else str(exc)
                    raise PortInUse(
                        f"cannot listen on 127.0.0.1:{self._port} for the sign-in callback: {why}", port=self._port
                    ) from exc
            else:
                self._answer = OneShot(self._state)
        try:
            self._url, self._verifier = self._authorization_url()
        except BaseException:
            self._answer.close()
            raise
        return self._url

    def _authorization_url(self) -> tuple[str, str]:
        """(URL for the browser, PKCE code verifier), built by tweepy's `OAuth2UserHandler`."""
        handler = tweepy.OAuth2UserHandler(
            client_id=self._client_id, redirect_uri=self.redirect_uri, scope=self._scopes
        )
        handler.state = self._state  # requests-oauthlib re-uses a given state instead of generating one
        built = urlsplit(handler.get_authorization_url())  # https://twitter.com/i/oauth2/authorize?...
        if parse_qs(built.query).get("state") != [self._state]:
            raise SignInError("the authorization URL does not carry our state")
        target = urlsplit(self._authorize_url)
        url = urlunsplit((target.scheme, target.netloc, target.path, built.query, ""))
        return url, str(handler._client.code_verifier)

    def run(self) -> TokenSet:
        """Start (unless started), open the browser, wait for the answer (bounded) and exchange the code; the new
        tokens.

        Raises `SignInCancelled`, `SignInTimedOut`, `SignInDenied` (refused in the browser or by the token
        endpoint), `PortInUse`, `SignInError`, or `errors.Transient` / `errors.RateLimited` from the token endpoint.
        """
        with self._lock:
            started = self._started
        url = self._url if started else self.start()  # the caller may have started it to show the address
        try:
            if self._open_browser is not None and not started:
                self._open(url)
        except BaseException:
            self._close()
            raise
        return self.finish()

    def _open(self, url: str) -> None:
        assert self._open_browser is not None
        failure: Exception | None = None
        try:
            opened = self._open_browser(url) is not False  # webbrowser.open says False when no browser is there
        except Exception as exc:
            opened, failure = False, exc
        if self._on_address is not None:
            self._on_address(url, opened)
        elif not opened:
            raise SignInError(f"could not open the browser: {failure or 'no browser is available'}") from failure

    def _close(self) -> None:
        answer = self._answer
        if answer is not None:
            answer.close()

    def finish(self) -> TokenSet:
        """Wait for the callback or a pasted answer, then exchange the code (see `run` for what it raises)."""
        answer = self._answer
        if answer is None:
            raise RuntimeError("start() first")
        with self._lock:
            if self._finished:
                raise RuntimeError("a PkceSignIn runs once; make a new one")
            self._finished = True
        try:
            params = answer.wait(self._timeout)
        finally:
            answer.close()
        if params is None:
            if answer.cancelled:
                raise SignInCancelled()
            raise SignInTimedOut(f"no answer from X within {self._timeout:.0f} s", callback=self.redirect_uri)
        if "error" in params:
            error, description = params["error"], params.get("error_description", "")
            raise SignInDenied(f"authorization refused: {error}", error=error, description=description)
        code = params.get("code")
        if not code:
            raise SignInError("the callback carried no authorization code")
        session = oauth_wire.token_session(self._api_base_url, timeout=self._http_timeout)
        try:
            return oauth_wire.exchange_code(
                session,
                client_id=self._client_id,
                code=code,
                code_verifier=self._verifier,
                redirect_uri=self.redirect_uri,
                clock=self._clock,
                client_secret=self._client_secret,
            )
        except TokenRefused as exc:
            raise SignInDenied(
                f"the token endpoint refused the code: {exc}",
                error=exc.error,
                description=exc.description,
                status=exc.status,
            ) from None
        finally:
            session.close()
