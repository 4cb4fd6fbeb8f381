"""Server-side authentication of the fake X API: OAuth 2.0 PKCE and OAuth 1.0a signature checks.

STUB (to be replaced by the full implementation): accepts the ready bearer token and the OAuth 1.0a access token
without verifying signatures; authorize/token answer 501.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Mapping


class AuthFailure(Exception):
    """Raised by `FakeAuth.authenticate`; carries the HTTP status and the JSON problem body to send."""

    def __init__(self, status: int, body: dict[str, object]) -> None:
        super().__init__(body.get("detail", "unauthorized"))
        self.status = status
        self.body = body


def _problem(detail: str) -> dict[str, object]:
    return {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": detail}


class FakeAuth:
    """Issues and checks the fake server's credentials."""

    def __init__(self, user_id: str, *, clock: Callable[[], float] = time.time, seed: int = 0) -> None:
        rng = random.Random(seed)
        self.user_id = user_id
        self.clock = clock
        self.client_id = "ZXhlYy1kZXNrLWRlbW8tY2xpZW50"
        self.oauth2_access_token = f"fakex-at-{rng.getrandbits(96):024x}"
        self.oauth1 = {
            "consumer_key": f"fakexck{rng.getrandbits(64):016x}",
            "consumer_secret": f"fakexcs{rng.getrandbits(128):032x}",
            "access_token": f"{user_id}-fakexat{rng.getrandbits(96):024x}",
            "access_token_secret": f"fakexats{rng.getrandbits(128):032x}",
        }

    def authenticate(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        headers: Mapping[str, str],
        form: Mapping[str, str] | None = None,
    ) -> str:
        """Return the authenticated user id, or raise `AuthFailure`. `headers` keys are lower-case."""
        auth = headers.get("authorization", "")
        if auth == f"Bearer {self.oauth2_access_token}":
            return self.user_id
        if auth.startswith("OAuth ") and f'oauth_token="{self.oauth1["access_token"]}"' in auth:
            return self.user_id
        raise AuthFailure(401, _problem("Unauthorized"))

    def authorize(self, query: Mapping[str, str]) -> tuple[int, dict[str, str], bytes]:
        """GET /i/oauth2/authorize: (status, headers, body)."""
        return 501, {"content-type": "text/plain"}, b"not implemented"

    def token(self, form: Mapping[str, str], headers: Mapping[str, str]) -> tuple[int, dict[str, object]]:
        """POST /2/oauth2/token: (status, JSON body)."""
        return 501, {"error": "not_implemented"}

    def revoke(self, form: Mapping[str, str], headers: Mapping[str, str]) -> tuple[int, dict[str, object]]:
        """POST /2/oauth2/revoke: (status, JSON body)."""
        return 501, {"error": "not_implemented"}

    def expire_access_tokens(self) -> None:
        """Test control: every access token issued so far is now expired."""

    def revoke_all(self) -> None:
        """Test control: every credential issued so far is revoked."""
