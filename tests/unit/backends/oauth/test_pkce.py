"""End to end: the app's PKCE sign-in against FakeAuth behind a real loopback HTTP server and a real redirect."""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from exec_desk.backends.oauth.loopback import LoopbackListener
from exec_desk.backends.oauth.tokens import (
    DEFAULT_SCOPES,
    PkceSignIn,
    PortInUse,
    SignInCancelled,
    SignInDenied,
    SignInError,
    SignInTimedOut,
    TokenSet,
    authorize_url_for,
)
from exec_desk.core import errors
from tests.support.auth_server import AuthServer, Browser, free_callback
from tests.support.ports import free_port


def sign_in(server: AuthServer, open_browser: Callable[[str], object], **kwargs: Any) -> PkceSignIn:
    """A sign-in through a free port registered on the fake (unless the test gives the port)."""
    kwargs.setdefault("redirect_port", free_callback(server.fake))
    return PkceSignIn(
        server.fake.client_id, api_base_url=server.base_url, open_browser=open_browser, clock=server.clock, **kwargs
    )


def query_of(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def refused(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) != 0


def bare_get(url: str) -> requests.Response:
    with requests.Session() as session:
        session.trust_env = False
        return session.get(url, allow_redirects=False, timeout=5)


def test_sign_in_end_to_end(auth_server: AuthServer, browser: Browser) -> None:
    tokens = sign_in(auth_server, browser).run()
    browser.join()
    assert isinstance(tokens, TokenSet)
    assert auth_server.fake.authenticate("GET", "/2/users/me", [], {"authorization": f"Bearer {tokens.access_token}"})
    assert tokens.refresh_token
    assert tokens.expires_at == auth_server.clock() + 7200
    assert set(tokens.scope) == set(DEFAULT_SCOPES)
    # What the browser was sent to, and what it saw at the end of the redirect.
    (url,) = browser.urls
    assert url.startswith(f"{auth_server.base_url}/i/oauth2/authorize?")
    query = query_of(url)
    assert query["code_challenge_method"] == "S256"
    assert query["response_type"] == "code"
    assert query["client_id"] == auth_server.fake.client_id
    redirect = urlsplit(query["redirect_uri"])
    assert (redirect.scheme, redirect.hostname, redirect.path) == ("http", "127.0.0.1", "/callback")
    (page,) = browser.responses
    assert page.status_code == 200
    assert "You can close this tab" in page.text
    assert page.url.startswith(query["redirect_uri"] + "?")
    # The exchange sent the PKCE verifier and the same redirect URI; the listener is gone.
    (form,) = auth_server.token_forms
    assert form["grant_type"] == "authorization_code"
    assert form["redirect_uri"] == query["redirect_uri"]
    assert len(form["code_verifier"]) == 128
    assert refused(redirect.port or 0)
    assert "access_token=" not in repr(tokens)
    assert tokens.access_token not in repr(tokens)


def test_authorize_url_defaults() -> None:
    assert authorize_url_for("https://api.x.com") == "https://x.com/i/oauth2/authorize"
    assert authorize_url_for("https://api.twitter.com/") == "https://x.com/i/oauth2/authorize"
    assert authorize_url_for("http://127.0.0.1:8000/") == "http://127.0.0.1:8000/i/oauth2/authorize"
    with pytest.raises(ValueError, match="https"):
        PkceSignIn("id", api_base_url="http://example.com", open_browser=print)
    with pytest.raises(ValueError, match="https"):
        PkceSignIn("id", api_base_url="https://api.x.com", authorize_url="http://x.com/a", open_browser=print)


def test_real_x_authorize_url_is_built_for_the_x_host() -> None:
    seen: list[str] = []
    port = free_port()
    flow = PkceSignIn(
        "cid", api_base_url="https://api.x.com", open_browser=seen.append, timeout=0.01, redirect_port=port
    )
    with pytest.raises(SignInTimedOut):
        flow.run()
    (url,) = seen
    assert url.startswith("https://x.com/i/oauth2/authorize?")
    assert query_of(url)["scope"] == " ".join(DEFAULT_SCOPES)
    assert query_of(url)["redirect_uri"] == f"http://127.0.0.1:{port}/callback"


def test_probes_and_wrong_state_do_not_use_up_the_listener(auth_server: AuthServer, browser: Browser) -> None:
    probes: list[int] = []

    def open_browser(url: str) -> None:
        callback = query_of(url)["redirect_uri"]
        root = callback.rsplit("/", 1)[0]
        probes.append(bare_get(root + "/favicon.ico").status_code)
        probes.append(bare_get(callback + "?state=forged&code=attacker-code").status_code)
        probes.append(bare_get(callback).status_code)
        browser(url)

    tokens = sign_in(auth_server, open_browser).run()
    assert probes == [404, 400, 400]
    assert tokens.access_token
    assert [f["grant_type"] for f in auth_server.token_forms] == ["authorization_code"]


def test_denied_in_the_browser(auth_server: AuthServer, browser: Browser) -> None:
    auth_server.fake.approve = False
    with pytest.raises(SignInDenied) as info:
        sign_in(auth_server, browser).run()
    assert info.value.error == "access_denied"
    browser.join()
    assert "Sign-in not completed" in browser.responses[0].text
    assert auth_server.token_forms == []


def test_code_refused_by_the_token_endpoint(auth_server: AuthServer) -> None:
    def slow_user(url: str) -> None:
        with requests.Session() as session:
            session.trust_env = False
            assert session.get(url, timeout=5).status_code == 200  # synchronous: the listener has its own thread
        auth_server.clock.advance(31)  # the code is now expired

    with pytest.raises(SignInDenied) as info:
        sign_in(auth_server, slow_user).run()
    assert info.value.error == "invalid_grant"


def test_token_endpoint_failure_is_transient(auth_server: AuthServer, browser: Browser) -> None:
    auth_server.override_token(lambda form: (503, {"title": "Service Unavailable"}))
    with pytest.raises(errors.Transient):
        sign_in(auth_server, browser).run()


def test_cancel_while_waiting(auth_server: AuthServer) -> None:
    flow: PkceSignIn

    def open_browser(url: str) -> None:
        threading.Thread(target=flow.cancel).start()

    flow = sign_in(auth_server, open_browser)
    with pytest.raises(SignInCancelled):
        flow.run()
    assert auth_server.token_forms == []


def test_cancel_before_run_and_single_use(auth_server: AuthServer) -> None:
    flow = sign_in(auth_server, print)
    flow.cancel()
    with pytest.raises(SignInCancelled):
        flow.run()
    with pytest.raises(RuntimeError):
        flow.run()


def test_timeout(auth_server: AuthServer) -> None:
    opened: list[str] = []
    with pytest.raises(SignInTimedOut):
        sign_in(auth_server, opened.append, timeout=0.01).run()
    assert len(opened) == 1
    assert refused(int(urlsplit(query_of(opened[0])["redirect_uri"]).port or 0))


def test_browser_that_cannot_open(auth_server: AuthServer) -> None:
    def broken(url: str) -> None:
        raise OSError("no browser")

    with pytest.raises(SignInError, match="no browser"):
        sign_in(auth_server, broken).run()


def test_fixed_redirect_port(auth_server: AuthServer, browser: Browser) -> None:
    port = free_callback(auth_server.fake)
    flow = sign_in(auth_server, browser, redirect_port=port)
    assert flow.redirect_uri == f"http://127.0.0.1:{port}/callback"  # known before anything listens
    flow.run()
    assert query_of(browser.urls[0])["redirect_uri"] == f"http://127.0.0.1:{port}/callback"


def test_listener_takes_one_shot_only() -> None:
    with LoopbackListener("s3", port=free_port()) as listener:
        first = bare_get(listener.redirect_uri + "?state=s3&code=abc")
        second = bare_get(listener.redirect_uri + "?state=s3&code=def")
        assert (first.status_code, second.status_code) == (200, 410)
        assert first.headers["Cache-Control"] == "no-store"
        assert listener.wait(0) == {"state": "s3", "code": "abc"}
    assert refused(listener.port)


def test_listener_refuses_after_timeout_and_cancel() -> None:
    with LoopbackListener("s3", port=free_port()) as listener:
        assert listener.wait(0) is None
        assert not listener.cancelled
        assert bare_get(listener.redirect_uri + "?state=s3&code=late").status_code == 410
    with LoopbackListener("s3", port=free_port()) as listener:
        listener.cancel()
        assert bare_get(listener.redirect_uri + "?state=s3&code=late").status_code == 410
        assert listener.wait(5) is None
        assert listener.cancelled


def test_no_secret_reaches_the_logs(
    auth_server: AuthServer, browser: Browser, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    tokens = sign_in(auth_server, browser).run()
    browser.join()
    code = query_of(browser.responses[0].url)["code"]
    verifier = auth_server.token_forms[0]["code_verifier"]
    # The test browser's own request line (urllib3) carries the code; a real browser does not log to us.
    app_logs = "\n".join(r.getMessage() for r in caplog.records if "GET /callback?" not in r.getMessage())
    assert "POST /2/oauth2/token" in app_logs  # DEBUG logging really was on
    for secret in (tokens.access_token, tokens.refresh_token or "missing", code, verifier):
        assert secret not in app_logs


def test_fixed_port_in_use(auth_server: AuthServer) -> None:
    opened: list[str] = []
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(SignInError, match="cannot listen") as info:
            sign_in(auth_server, opened.append, redirect_port=port).run()
    assert isinstance(info.value, PortInUse) and info.value.port == port
    assert f"127.0.0.1:{port}" in str(info.value) and "another program uses this port" in str(info.value)
    assert opened == []  # never a silent fallback to another port: nothing was opened


def test_no_random_port_any_more() -> None:
    """Port 0 (any port the OS picks) can never match the callback registered on the X app: refused."""
    for port in (0, 80, 65536):
        with pytest.raises(ValueError, match="from 1024 to 65535"):
            PkceSignIn("cid", api_base_url="https://api.x.com", open_browser=print, redirect_port=port)
    default = PkceSignIn("cid", api_base_url="https://api.x.com", open_browser=print)
    assert default.redirect_uri == "http://127.0.0.1:17823/callback"  # the fixed default, nothing bound yet
