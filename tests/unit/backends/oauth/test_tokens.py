"""TokenManager: storage, refresh ahead of expiry with rotation, thread safety, and error mapping."""

from __future__ import annotations

import socket
import threading

import pytest

from exec_desk.backends.oauth.tokens import PkceSignIn, TokenManager, TokenSet
from exec_desk.core import errors
from exec_desk.fakex.auth import AuthFailure
from tests.support.auth_server import USER_ID, AuthServer, Browser, FakeClock, free_callback
from tests.support.credentials import MemoryCredentialStore

ACCOUNT = "ceo"


class RecordingStore(MemoryCredentialStore):
    def __init__(self) -> None:
        super().__init__()
        self.writes: list[str] = []

    def set(self, account: str, key: str, value: str) -> None:
        self.writes.append(key)
        super().set(account, key, value)


def signed_in(server: AuthServer, browser: Browser, store: MemoryCredentialStore) -> tuple[TokenManager, TokenSet]:
    port = free_callback(server.fake)
    flow = PkceSignIn(
        server.fake.client_id,
        api_base_url=server.base_url,
        open_browser=browser,
        clock=server.clock,
        redirect_port=port,
    )
    tokens = flow.run()
    manager = TokenManager(store, ACCOUNT, server.fake.client_id, server.base_url, server.clock)
    manager.save(tokens)
    return manager, tokens


def accepted(server: AuthServer, token: str) -> bool:
    try:
        return server.fake.authenticate("GET", "/2/users/me", [], {"authorization": f"Bearer {token}"}) == USER_ID
    except AuthFailure:
        return False


def refreshes(server: AuthServer) -> int:
    return sum(form.get("grant_type") == "refresh_token" for form in server.token_forms)


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


def test_save_and_load_use_the_documented_keys() -> None:
    store = MemoryCredentialStore()
    manager = TokenManager(store, ACCOUNT, "client-1", "http://127.0.0.1:9", FakeClock())
    manager.save(TokenSet("at", "rt", 1234.5, ("tweet.read", "offline.access")))
    assert store.get(ACCOUNT, "oauth2_access_token") == "at"
    assert store.get(ACCOUNT, "oauth2_refresh_token") == "rt"
    assert float(store.get(ACCOUNT, "oauth2_expires_at") or "") == 1234.5
    assert store.get(ACCOUNT, "client_id") == "client-1"
    fresh = TokenManager(store, ACCOUNT, "client-1", "http://127.0.0.1:9", FakeClock())
    assert fresh.load() == TokenSet("at", "rt", 1234.5, ("tweet.read", "offline.access"))
    fresh.clear()
    assert fresh.load() is None
    assert store.get(ACCOUNT, "oauth2_refresh_token") is None


def test_fresh_token_is_returned_without_a_request(auth_server: AuthServer, browser: Browser) -> None:
    manager, tokens = signed_in(auth_server, browser, MemoryCredentialStore())
    auth_server.clock.advance(7200 - 301)
    assert manager.access_token() == tokens.access_token
    assert refreshes(auth_server) == 0


def test_refresh_rotation_end_to_end(auth_server: AuthServer, browser: Browser) -> None:
    store = RecordingStore()
    manager, old = signed_in(auth_server, browser, store)
    auth_server.clock.advance(7200 - 299)  # inside the 300 s margin
    store.writes.clear()
    new_access = manager.access_token()
    assert refreshes(auth_server) == 1
    assert new_access != old.access_token
    assert accepted(auth_server, new_access)
    new_refresh = store.get(ACCOUNT, "oauth2_refresh_token")
    assert new_refresh and new_refresh != old.refresh_token
    assert store.writes[0] == "oauth2_refresh_token"  # the single-use token is saved first
    assert store.get(ACCOUNT, "oauth2_access_token") == new_access
    assert float(store.get(ACCOUNT, "oauth2_expires_at") or "") == auth_server.clock() + 7200
    # The server rejects the old refresh token and accepts the stored one.
    form = {"grant_type": "refresh_token", "client_id": auth_server.fake.client_id}
    assert auth_server.fake.token({**form, "refresh_token": old.refresh_token or ""}, {})[1]["error"] == "invalid_grant"
    assert auth_server.fake.token({**form, "refresh_token": new_refresh}, {})[0] == 200


def test_concurrent_workers_refresh_once(auth_server: AuthServer, browser: Browser) -> None:
    manager, _ = signed_in(auth_server, browser, MemoryCredentialStore())
    auth_server.clock.advance(7200)
    barrier = threading.Barrier(8)
    results: list[str] = []

    def worker() -> None:
        barrier.wait()
        results.append(manager.access_token())

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert len(results) == 8
    assert len(set(results)) == 1
    assert refreshes(auth_server) == 1
    assert accepted(auth_server, results[0])


def test_force_refresh_and_stale_rejection(auth_server: AuthServer, browser: Browser) -> None:
    manager, old = signed_in(auth_server, browser, MemoryCredentialStore())
    first = manager.force_refresh()
    assert first != old.access_token
    assert refreshes(auth_server) == 1
    assert manager.force_refresh(rejected=old.access_token) == first  # another worker already replaced it
    assert refreshes(auth_server) == 1
    assert manager.force_refresh(rejected=first) != first
    assert refreshes(auth_server) == 2


def test_refused_refresh_is_auth_revoked(auth_server: AuthServer, browser: Browser) -> None:
    manager, _ = signed_in(auth_server, browser, MemoryCredentialStore())
    auth_server.fake.revoke_all()
    auth_server.clock.advance(7200)
    with pytest.raises(errors.AuthRevoked, match="invalid_grant"):
        manager.access_token()


def test_xs_invalid_request_answer_to_a_dead_refresh_token_is_auth_revoked(
    auth_server: AuthServer, browser: Browser
) -> None:
    manager, _ = signed_in(auth_server, browser, MemoryCredentialStore())
    auth_server.override_token(
        lambda form: (400, {"error": "invalid_request", "error_description": "Value passed for the token was invalid."})
    )
    with pytest.raises(errors.AuthRevoked):
        manager.force_refresh()


def test_server_error_is_transient_when_expired_and_tolerated_when_still_valid(
    auth_server: AuthServer, browser: Browser
) -> None:
    manager, tokens = signed_in(auth_server, browser, MemoryCredentialStore())
    auth_server.override_token(lambda form: (503, {"title": "Service Unavailable"}))
    auth_server.clock.advance(7200 - 100)  # due for refresh, not yet expired
    assert manager.access_token() == tokens.access_token
    auth_server.clock.advance(100)
    with pytest.raises(errors.Transient):
        manager.access_token()
    auth_server.override_token(None)
    assert manager.access_token() != tokens.access_token


def test_network_failure_is_transient() -> None:
    clock = FakeClock()
    manager = TokenManager(MemoryCredentialStore(), ACCOUNT, "cid", closed_port_url(), clock)
    manager.save(TokenSet("at", "rt", clock() + 60, ()))
    assert manager.access_token() == "at"  # still valid: the failed refresh is not fatal
    clock.advance(60)
    with pytest.raises(errors.Transient) as info:
        manager.access_token()
    assert not info.value.maybe_applied  # connection refused: the refresh token was not used


def test_without_refresh_token_expiry_means_sign_in_again() -> None:
    clock = FakeClock()
    manager = TokenManager(MemoryCredentialStore(), ACCOUNT, "cid", closed_port_url(), clock)
    with pytest.raises(errors.AuthExpired):
        manager.access_token()  # not signed in
    manager.save(TokenSet("at", None, clock() + 60, ("tweet.read", "users.read")))
    assert manager.access_token() == "at"
    clock.advance(60)
    with pytest.raises(errors.AuthExpired):
        manager.access_token()
    with pytest.raises(errors.AuthExpired):
        manager.force_refresh()


def test_unreadable_expiry_is_treated_as_expired(auth_server: AuthServer, browser: Browser) -> None:
    store = MemoryCredentialStore()
    _, tokens = signed_in(auth_server, browser, store)
    store.set(ACCOUNT, "oauth2_expires_at", "soon")
    manager = TokenManager(store, ACCOUNT, auth_server.fake.client_id, auth_server.base_url, auth_server.clock)
    assert manager.access_token() != tokens.access_token
    assert refreshes(auth_server) == 1


def test_sign_out_revokes_at_x_and_forgets(auth_server: AuthServer, browser: Browser) -> None:
    store = MemoryCredentialStore()
    manager, tokens = signed_in(auth_server, browser, store)
    manager.sign_out()
    assert not accepted(auth_server, tokens.access_token)
    form = {"grant_type": "refresh_token", "client_id": auth_server.fake.client_id}
    assert auth_server.fake.token({**form, "refresh_token": tokens.refresh_token or ""}, {})[0] == 400
    assert manager.load() is None
    assert store.get(ACCOUNT, "oauth2_access_token") is None
