"""The PKCE sign-in as X's own clients do it: a pasted answer (full address, query or bare code; state checked), no
listener at all, a browser that cannot open, a confidential client's secret as HTTP Basic (sign-in and refresh),
and the strict fake refusing a callback that is not registered (explained by the app as the callback item)."""

from __future__ import annotations

import base64
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from exec_desk.backends.oauth.tokens import (
    BadPaste,
    PkceSignIn,
    SignInDenied,
    SignInError,
    SignInTimedOut,
    TokenManager,
    parse_pasted,
)
from exec_desk.core import errors
from exec_desk.fakex.auth import AuthFailure
from exec_desk.services.accounts.diagnosis import diagnose
from tests.support.auth_server import AuthServer, Browser, free_callback
from tests.support.credentials import MemoryCredentialStore
from tests.support.ports import free_port


def _flow(server: AuthServer, open_browser: Callable[[str], object] | None, **kwargs: Any) -> PkceSignIn:
    kwargs.setdefault("redirect_port", free_callback(server.fake))
    kwargs.setdefault("client_id", server.fake.client_id)
    client_id = kwargs.pop("client_id")
    return PkceSignIn(client_id, api_base_url=server.base_url, open_browser=open_browser, clock=server.clock, **kwargs)


def _consent(url: str) -> str:
    """What the browser's address bar shows after X's consent page: the callback address with state and code."""
    with requests.Session() as session:
        session.trust_env = False
        answer = session.get(url, allow_redirects=False, timeout=5)
    assert answer.status_code == 302, answer.text
    return answer.headers["location"]


def _query(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


@pytest.mark.parametrize("shape", ["address", "query", "bare-query", "code"])
def test_a_pasted_answer_ends_the_wait_without_any_listener(auth_server: AuthServer, shape: str) -> None:
    flow = _flow(auth_server, None, listen=False)
    url = flow.start()
    ended_on = _consent(url)  # the browser (elsewhere) ended on http://127.0.0.1:PORT/callback?state=…&code=…
    query = urlsplit(ended_on).query
    pasted = {
        "address": f"  {ended_on}\n",
        "query": "?" + query,
        "bare-query": query,
        "code": _query(ended_on)["code"],
    }[shape]
    flow.paste(pasted)
    tokens = flow.finish()
    assert tokens.access_token and tokens.refresh_token
    assert auth_server.token_forms[0]["redirect_uri"] == flow.redirect_uri
    with pytest.raises(BadPaste) as info:
        flow.paste(pasted)  # the one shot is taken
    assert info.value.reason == "closed"


def test_a_pasted_address_of_another_attempt_or_without_code_is_refused_and_the_wait_goes_on(
    auth_server: AuthServer,
) -> None:
    flow = _flow(auth_server, None, listen=False, timeout=10)
    url = flow.start()
    ended_on = _consent(url)
    other = ended_on.replace(f"state={_query(ended_on)['state']}", "state=another-attempt")
    refusals = []
    for text in (other, "", "   ", "http://127.0.0.1:17823/callback?state=x", "two words"):
        with pytest.raises(BadPaste) as info:
            flow.paste(text)
        refusals.append(info.value.reason)
    assert refusals == ["state", "empty", "empty", "no_code", "no_code"]
    flow.paste(ended_on)  # still waiting: the right one is taken
    assert flow.finish().access_token


def test_parse_pasted_shapes() -> None:
    assert parse_pasted("http://127.0.0.1:17823/callback?state=s&code=c") == {"state": "s", "code": "c"}
    assert parse_pasted("state=s&code=c") == {"state": "s", "code": "c"}
    assert parse_pasted("?code=c") == {"code": "c"}
    assert parse_pasted(" VGNibzFWSWREZm01bjN1N ") == {"code": "VGNibzFWSWREZm01bjN1N"}
    assert parse_pasted("http://127.0.0.1:17823/callback?error=access_denied&state=s")["error"] == "access_denied"


def test_pasting_while_the_listener_also_waits(auth_server: AuthServer) -> None:
    """In the dialog both ways are open: the pasted address wins when the browser cannot reach the listener."""
    flow: PkceSignIn

    def elsewhere(url: str) -> None:  # a browser on another machine: the redirect never reaches this listener
        ended_on = _consent(url)
        threading.Thread(target=flow.paste, args=(ended_on,), daemon=True).start()

    flow = _flow(auth_server, elsewhere)
    assert flow.run().access_token
    assert [f["grant_type"] for f in auth_server.token_forms] == ["authorization_code"]


@pytest.mark.parametrize("broken", ["raises", "returns False"])
def test_a_browser_that_cannot_open_shows_the_address_and_the_wait_goes_on(
    auth_server: AuthServer, broken: str
) -> None:
    told: list[tuple[str, bool]] = []

    def no_browser(url: str) -> bool:
        if broken == "raises":
            raise OSError("no browser")
        return False  # what webbrowser.open says when it finds none

    def on_address(url: str, opened: bool) -> None:
        told.append((url, opened))
        flow.paste(_consent(url))  # the user copies the address into a browser, then pastes where it ended

    flow: PkceSignIn

    flow = _flow(auth_server, no_browser, on_address=on_address)
    assert flow.run().access_token
    assert len(told) == 1 and told[0][1] is False and told[0][0].startswith(auth_server.base_url)


def test_an_opened_browser_is_told_too(auth_server: AuthServer, browser: Browser) -> None:
    told: list[bool] = []
    _flow(auth_server, browser, on_address=lambda url, opened: told.append(opened)).run()
    assert told == [True]


def test_a_started_flow_runs_without_opening_the_browser_again(auth_server: AuthServer, browser: Browser) -> None:
    flow = _flow(auth_server, browser)
    url = flow.start()  # the CLI's --print-url prints this
    assert flow.authorize_url == url
    threading.Thread(target=browser, args=(url,), daemon=True).start()
    assert flow.run().access_token
    assert browser.urls == [url]


def test_the_strict_fake_refuses_an_unregistered_port_and_the_app_explains_it(
    auth_server: AuthServer, browser: Browser
) -> None:
    port = free_port()  # not registered on the fake's apps
    flow = _flow(auth_server, browser, redirect_port=port, timeout=1)
    with pytest.raises(SignInTimedOut) as info:
        flow.run()
    browser.join()
    (page,) = browser.responses
    assert page.status_code == 400 and "location" not in page.headers and not page.history  # no redirect at all
    assert "You weren't able to give access to the App" in page.text
    assert info.value.callback == f"http://127.0.0.1:{port}/callback"
    diagnosis = diagnose(info.value, callback=flow.redirect_uri)
    assert diagnosis is not None and diagnosis.check == "callback_url"
    assert f"is not exactly http://127.0.0.1:{port}/callback" in diagnosis.message
    assert "Something went wrong — You weren't able to give access to the App" in diagnosis.message


def test_a_confidential_client_signs_in_with_its_secret_as_http_basic(
    auth_server: AuthServer, browser: Browser
) -> None:
    app = auth_server.fake.confidential
    assert app.secret
    tokens = _flow(auth_server, browser, client_id=app.client_id, client_secret=app.secret).run()
    assert tokens.access_token
    store = MemoryCredentialStore()
    manager = TokenManager(
        store, "ceo", app.client_id, auth_server.base_url, auth_server.clock, client_secret=app.secret
    )
    manager.save(tokens)
    assert store.get("ceo", "oauth2_client_secret") == app.secret  # in the keyring, next to the tokens
    # A later run reads the secret from the keyring and refreshes with Basic.
    later = TokenManager(store, "ceo", app.client_id, auth_server.base_url, auth_server.clock)
    auth_server.clock.advance(7200)
    assert later.access_token() != tokens.access_token
    forms = auth_server.token_forms
    assert [f["grant_type"] for f in forms] == ["authorization_code", "refresh_token"]
    basic = "Basic " + base64.b64encode(f"{app.client_id}:{app.secret}".encode()).decode()
    assert auth_server.token_headers == [basic, basic]


def test_a_confidential_client_without_its_secret_is_explained(auth_server: AuthServer, browser: Browser) -> None:
    app = auth_server.fake.confidential
    with pytest.raises(SignInDenied) as info:
        _flow(auth_server, browser, client_id=app.client_id).run()
    assert (info.value.error, info.value.status) == ("unauthorized_client", 401)
    assert info.value.description == "Missing valid authorization header"
    diagnosis = diagnose(info.value, callback="")
    assert diagnosis is not None and diagnosis.check == "app_type"
    assert "give Exec Desk its client secret, or change the app's type to Native App" in diagnosis.message
    with pytest.raises(SignInDenied) as wrong:
        _flow(auth_server, browser, client_id=app.client_id, client_secret="not-the-secret").run()
    assert wrong.value.error == "unauthorized_client"


def test_a_refresh_without_the_secret_is_auth_revoked_pointing_at_the_app_type(
    auth_server: AuthServer, browser: Browser
) -> None:
    app = auth_server.fake.confidential
    tokens = _flow(auth_server, browser, client_id=app.client_id, client_secret=app.secret).run()
    store = MemoryCredentialStore()
    TokenManager(store, "ceo", app.client_id, auth_server.base_url, auth_server.clock).save(tokens)  # secret lost
    auth_server.clock.advance(7200)
    with pytest.raises(errors.AuthRevoked) as info:
        TokenManager(store, "ceo", app.client_id, auth_server.base_url, auth_server.clock).access_token()
    diagnosis = diagnose(info.value, callback="")
    assert diagnosis is not None and diagnosis.check == "app_type"


def test_a_public_client_sends_no_basic_header(auth_server: AuthServer, browser: Browser) -> None:
    _flow(auth_server, browser).run()
    assert auth_server.token_headers == [""]
    assert auth_server.token_forms[0]["client_id"] == auth_server.fake.client_id


def test_an_unknown_client_id_is_refused_on_xs_page(auth_server: AuthServer, browser: Browser) -> None:
    with pytest.raises(SignInError):
        _flow(auth_server, browser, client_id="not-an-app", timeout=0.5).run()
    browser.join()
    assert browser.responses[0].status_code == 400


def test_signing_out_a_confidential_client_revokes_with_basic(auth_server: AuthServer, browser: Browser) -> None:
    app = auth_server.fake.confidential
    tokens = _flow(auth_server, browser, client_id=app.client_id, client_secret=app.secret).run()
    store = MemoryCredentialStore()
    TokenManager(store, "ceo", app.client_id, auth_server.base_url, auth_server.clock, client_secret=app.secret).save(
        tokens
    )
    TokenManager(store, "ceo", app.client_id, auth_server.base_url, auth_server.clock).sign_out()  # secret from store
    assert store._items == {}  # tokens and secret forgotten
    assert ("POST", "/2/oauth2/revoke") in auth_server.hits
    with pytest.raises(AuthFailure) as info:
        auth_server.fake.authenticate("GET", "/2/users/me", [], {"authorization": f"Bearer {tokens.access_token}"})
    assert info.value.reason == "revoked"  # X accepted the revocation: the Basic header was there
