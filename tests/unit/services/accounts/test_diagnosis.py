"""Every refusal X gives during sign-in and use, as X sends it, points to one item of the set-up checklist with
words a user can act on (the one place the doctor, the dialog and `exec-desk signin` share); and the sign-in plan
(which app, port and address) follows the command line, the settings and the company's deployment file."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import requests

from exec_desk.backends.errors import error_for_exception, error_for_response
from exec_desk.backends.oauth.tokens import BadPaste, PortInUse, SignInCancelled, SignInDenied, SignInTimedOut
from exec_desk.core import errors
from exec_desk.core.secrets import KeyringUnavailableError
from exec_desk.services.accounts.diagnosis import CHECK_IDS, CHECKS, CallbackRefused, NotSignedIn, diagnose
from exec_desk.services.accounts.signin import sign_in_plan
from exec_desk.storage.deployment import Deployment
from exec_desk.storage.settings import Settings

CALLBACK = "http://127.0.0.1:17823/callback"
RESET = 1_900_000_000


def response(status: int, body: Any, **headers: str) -> requests.Response:
    answer = requests.Response()
    answer.status_code = status
    answer._content = json.dumps(body).encode()
    answer.headers.update({"content-type": "application/json", **{k.replace("_", "-"): v for k, v in headers.items()}})
    return answer


def said(error: BaseException) -> tuple[str, str]:
    found = diagnose(error, callback=CALLBACK, api_base_url="https://api.x.com")
    assert found is not None
    return found.check, str(found.message)


def test_the_checklist_is_what_x_requires() -> None:
    assert CHECK_IDS == (
        "developer_account",
        "app_type",
        "callback_url",
        "enrolment",
        "permissions",
        "sign_in",
        "connection",
    )
    titles = {check.id: str(check.title_text(CALLBACK)) for check in CHECKS}
    assert titles["callback_url"] == f"Callback URL registered exactly: {CALLBACK}"
    assert "Native App" in titles["app_type"] and "Pay-per-use" in titles["enrolment"]
    assert "Read and write" in titles["permissions"]
    how = {check.id: str(check.how_text(CALLBACK)) for check in CHECKS}
    assert "127.0.0.1 (not localhost)" in how["callback_url"] and "offline.access" in how["permissions"]


@pytest.mark.parametrize(
    ("error", "check", "words"),
    [
        # the sign-in
        (SignInTimedOut(callback=CALLBACK), "callback_url", f"is not exactly {CALLBACK}"),
        (CallbackRefused(callback=CALLBACK), "callback_url", f"refused the callback URL {CALLBACK}"),
        (
            SignInDenied(error="invalid_grant", description="redirect_uri does not match the authorization request."),
            "callback_url",
            f"X refused the callback URL {CALLBACK}",
        ),
        (
            SignInDenied(error="unauthorized_client", description="Missing valid authorization header"),
            "app_type",
            "Your X app is a Web App or an Automated App or Bot",
        ),
        (SignInDenied(error="invalid_client"), "app_type", "does not accept this Client ID or client secret"),
        (
            SignInDenied(error="invalid_request", description="Missing required parameter [client_id]."),
            "app_type",
            "Client ID",
        ),
        (SignInDenied(error="invalid_grant", description="expired"), "sign_in", "valid for 30 seconds"),
        (SignInDenied(error="access_denied"), "sign_in", "without authorizing Exec Desk"),
        (SignInDenied(error="invalid_scope"), "permissions", "Read and write"),
        (PortInUse("busy", port=17823), "callback_url", "Port 17823 on this computer is used by another program"),
        (BadPaste("state"), "sign_in", "another sign-in attempt"),
        (BadPaste("no_code"), "sign_in", "code="),
        (KeyringUnavailableError("Install gnome-keyring."), "sign_in", "Install gnome-keyring."),
        (NotSignedIn(), "sign_in", "No X account is signed in"),
    ],
)
def test_sign_in_failures(error: BaseException, check: str, words: str) -> None:
    found, text = said(error)
    assert found == check and words in text


def test_a_cancellation_is_no_failure() -> None:
    assert diagnose(SignInCancelled(), callback=CALLBACK) is None


NOT_ENROLLED = {
    "client_id": "101010101",
    "title": "Client Forbidden",
    "detail": "This request must be made using an approved developer account that is enrolled in the requested "
    "endpoint. Learn more by visiting our documentation.",
    "reason": "client-not-enrolled",
    "type": "https://api.twitter.com/2/problems/client-forbidden",
}
UNAUTHORIZED = {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"}
TOO_MANY = {"title": "Too Many Requests", "detail": "Too Many Requests", "type": "about:blank", "status": 429}
CREDITS = {
    "account_id": 1243608864848629761,
    "title": "CreditsDepleted",
    "detail": "Your enrolled account [1243608864848629761] does not have any credits to fulfill this request.",
    "type": "https://api.twitter.com/2/problems/credits",
}


@pytest.mark.parametrize(
    ("answer", "check", "words"),
    [
        (response(403, NOT_ENROLLED), "enrolment", "move the app to the Pay-per-use package"),
        (response(401, UNAUTHORIZED), "sign_in", "X refused your credentials (HTTP 401)"),
        (
            response(403, {"title": "Forbidden", "type": "about:blank", "status": 403, "detail": "Quotes need it"}),
            "enrolment",
            "Your X API plan does not allow this call (HTTP 403: Quotes need it)",
        ),
        (
            response(403, {"title": "Forbidden", "detail": "Your access token lacks the scopes: tweet.write."}),
            "permissions",
            "Read and write",
        ),
        (response(402, CREDITS), "developer_account", "no credits left"),
        (
            response(429, {"title": "UsageCapExceeded", "type": "https://api.x.com/2/problems/usage-capped"}),
            "developer_account",
            "monthly allowance of post reads",
        ),
        (response(500, {"title": "Internal"}), "connection", "HTTP 500"),
    ],
)
def test_api_refusals_as_x_sends_them(answer: requests.Response, check: str, words: str) -> None:
    found, text = said(error_for_response(answer, oauth2=True))
    assert found == check and words in text, text


def test_a_429_says_until_when() -> None:
    answer = response(429, TOO_MANY, x_rate_limit_reset=str(RESET))
    found = diagnose(error_for_response(answer, oauth2=True), callback=CALLBACK)
    assert found is not None and found.check == "connection"
    local = datetime.fromtimestamp(RESET, UTC).astimezone()
    assert str(found.message) == f"X asks to slow down until {local:%H:%M} (15-minute window)."


@pytest.mark.parametrize(("scope", "whom"), [("user", "your account"), ("app", "the X app (shared by everyone")])
def test_the_24_hour_caps_say_to_wait_for_their_own_reset(scope: str, whom: str) -> None:
    answer = response(
        429,
        TOO_MANY,
        **{f"x_{scope}_limit_24hour_remaining": "0", f"x_{scope}_limit_24hour_reset": str(RESET + 86_000)},
        x_rate_limit_reset=str(RESET),
    )
    found, text = said(error_for_response(answer, oauth2=True))
    local = datetime.fromtimestamp(RESET + 86_000, UTC).astimezone()
    assert found == "connection" and whom in text and f"{local:%H:%M}" in text
    assert "trying again sooner does not help" in text


def test_a_network_failure_names_the_address_once_and_promises_nothing() -> None:
    error = error_for_exception(requests.ConnectionError("Connection refused"), write=False, oauth2=True)
    found = diagnose(error, callback=CALLBACK, api_base_url="http://127.0.0.1:9")
    assert found is not None and found.check == "connection"
    assert "X could not be reached at http://127.0.0.1:9" in found.message and "again" not in found.message


def test_a_refresh_refused_for_a_missing_secret_points_at_the_app_type() -> None:
    found, _ = said(errors.AuthRevoked("X refused the refresh token (unauthorized_client)", status=401))
    assert found == "app_type"


# -- the plan of a sign-in ---------------------------------------------------------------------------------------
def _settings(tmp_path: Path, env: dict[str, str] | None = None, **values: object) -> Settings:
    settings = Settings(tmp_path / "settings.json", env=env or {})
    settings.update(values)
    return settings


def test_the_plan_defaults_to_the_fixed_port_and_x(tmp_path: Path) -> None:
    plan = sign_in_plan(_settings(tmp_path), Deployment(), client_id=" mine ")
    assert (plan.client_id, plan.redirect_port, plan.api_base_url) == ("mine", 17823, "https://api.x.com")
    assert plan.callback_url == CALLBACK and not plan.organisation


def test_the_plan_follows_the_setting_and_the_command_line(tmp_path: Path) -> None:
    settings = _settings(tmp_path, redirect_port=18000)
    assert sign_in_plan(settings, Deployment(), client_id="mine").redirect_port == 18000
    assert sign_in_plan(settings, Deployment(), client_id="mine", redirect_port=18001).redirect_port == 18001
    with pytest.raises(ValueError, match="from 1024 to 65535"):
        sign_in_plan(settings, Deployment(), client_id="mine", redirect_port=0)


def test_the_companys_app_brings_its_port_and_address(tmp_path: Path) -> None:
    company = Deployment(client_id="corp", redirect_port=19000, api_base_url="https://gw.corp")
    settings = _settings(tmp_path, redirect_port=18000)
    plan = sign_in_plan(settings, company)
    assert (plan.client_id, plan.redirect_port, plan.api_base_url, plan.organisation) == (
        "corp",
        19000,
        "https://gw.corp",
        True,
    )
    own = sign_in_plan(settings, company, client_id="mine")  # the user's own app: their own port
    assert (own.client_id, own.redirect_port, own.organisation) == ("mine", 18000, False)
    # The address: the command line, then the environment or a changed setting, then the company's, then X.
    assert sign_in_plan(settings, company, api_url="http://127.0.0.1:9").api_base_url == "http://127.0.0.1:9"
    env = _settings(tmp_path / "e", {"EXEC_DESK_API_URL": "http://127.0.0.1:8"})
    assert sign_in_plan(env, company).api_base_url == "http://127.0.0.1:8"
    changed = _settings(tmp_path / "c", api_base_url="https://proxy.example")
    assert sign_in_plan(changed, company).api_base_url == "https://proxy.example"
    assert sign_in_plan(_settings(tmp_path / "n"), Deployment(), client_id="x").api_base_url == "https://api.x.com"
    assert sign_in_plan(_settings(tmp_path / "d"), Deployment()).client_id is None
