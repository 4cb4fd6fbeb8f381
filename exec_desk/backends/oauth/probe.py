"""Ask an authorize page whether it would send a sign-in back to a callback URL, without following its answer.

X's real page (`https://x.com/i/oauth2/authorize`) is a web application: it answers any request with the same
page and shows "Something went wrong" only in the browser, after the user logs in. Against it a probe tells
nothing, so none is made (`None`: checked when you sign in). An authorize page served by the API base URL itself
(the fake X, a gateway) answers like X's does in a browser: a registered callback gets a redirect to it, an
unregistered one (or an unknown client id) an error page with a 4xx status and no redirect.
"""

from __future__ import annotations

import base64
import hashlib
import secrets

import requests

from exec_desk.backends.errors import error_for_exception
from exec_desk.backends.oauth import wire as oauth_wire
from exec_desk.backends.oauth.pkce import authorize_url_for
from exec_desk.backends.routing import DEFAULT_TIMEOUT
from exec_desk.core import errors


def probe_callback(
    api_base_url: str,
    client_id: str,
    redirect_uri: str,
    *,
    timeout: float | tuple[float, float] = DEFAULT_TIMEOUT,
) -> bool | None:
    """True: the page redirects to `redirect_uri`; False: it refuses (4xx, or a redirect elsewhere); None: it
    cannot tell (X's own page, or an answer without either). Raises `errors.Transient` when it cannot be reached."""
    if oauth_wire.is_x_host(api_base_url):
        return None
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
    params = {
        "response_type": "code",
        "client_id": client_id,
        "redirect_uri": redirect_uri,
        "scope": " ".join(oauth_wire.DEFAULT_SCOPES),
        "state": secrets.token_urlsafe(16),
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    }
    with requests.Session() as session:
        try:
            response = session.get(
                authorize_url_for(api_base_url), params=params, allow_redirects=False, timeout=timeout
            )
        except requests.RequestException as exc:
            raise error_for_exception(exc, write=False, oauth2=True) from None
    status = response.status_code
    if 300 <= status < 400:
        location = response.headers.get("location", "")
        return location == redirect_uri or location.startswith(redirect_uri + "?")
    if 400 <= status < 500:
        return False
    if status >= 500:
        raise errors.Transient(f"the authorize page failed: HTTP {status}", status=status)
    return None
