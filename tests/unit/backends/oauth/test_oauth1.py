"""OAuth 1.0a keys: validation, storage, and tweepy's real signing accepted by FakeAuth over HTTP."""

from __future__ import annotations

import pytest
import tweepy

from exec_desk.backends.oauth.tokens import delete_oauth1_keys, load_oauth1_keys, oauth1_user_id, save_oauth1_keys
from exec_desk.backends.routing import route_session
from tests.support.auth_server import USER_ID, AuthServer
from tests.support.credentials import MemoryCredentialStore

KEYS = {
    "consumer_key": "ck123",
    "consumer_secret": "cs456",
    "access_token": "1000-abcDEF",
    "access_token_secret": "ats789",
}


def test_save_load_delete() -> None:
    store = MemoryCredentialStore()
    save_oauth1_keys(store, "ceo", **{**KEYS, "access_token": " 1000-abcDEF\n"})
    assert load_oauth1_keys(store, "ceo") == KEYS
    assert store.get("ceo", "oauth1_access_token_secret") == "ats789"
    assert load_oauth1_keys(store, "other") is None
    store.delete("ceo", "oauth1_consumer_secret")
    assert load_oauth1_keys(store, "ceo") is None
    delete_oauth1_keys(store, "ceo")
    assert store.get("ceo", "oauth1_consumer_key") is None


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("consumer_key", "", "API key \\(consumer key\\) is empty"),
        ("consumer_secret", "   ", "API key secret .* is empty"),
        ("access_token_secret", "abc def", "access token secret contains spaces"),
        ("access_token", "abcdef", "numeric user id"),
        ("access_token", "-abcdef", "numeric user id"),
        ("access_token", "1000-", "numeric user id"),
        ("consumer_key", "clé", "characters"),
    ],
)
def test_invalid_keys_are_refused_with_a_clear_message(field: str, value: str, message: str) -> None:
    store = MemoryCredentialStore()
    with pytest.raises(ValueError, match=message):
        save_oauth1_keys(store, "ceo", **{**KEYS, field: value})
    assert load_oauth1_keys(store, "ceo") is None


def test_user_id_from_access_token() -> None:
    assert oauth1_user_id("1234567890-AbCd") == "1234567890"
    with pytest.raises(ValueError):
        oauth1_user_id("AAAAAAAAAAAAAAAAAAAAAA%2Fbearer")


def tweepy_client(server: AuthServer, **override: str) -> tweepy.Client:
    client = tweepy.Client(**{**server.fake.oauth1, **override}, return_type=dict)
    route_session(client.session, server.base_url)
    return client


def test_tweepy_signed_requests_are_accepted(live_server: AuthServer) -> None:
    store = MemoryCredentialStore()
    save_oauth1_keys(store, "ceo", **live_server.fake.oauth1)
    keys = load_oauth1_keys(store, "ceo")
    assert keys is not None
    assert oauth1_user_id(keys["access_token"]) == USER_ID
    client = tweepy_client(live_server)
    assert client.get_me(user_auth=True, user_fields=["name", "username"])["data"]["id"] == USER_ID
    client.search_recent_tweets("from:ceo café ☕ -is:retweet", user_auth=True, tweet_fields=["created_at"])
    client.create_tweet(text="hello, world", user_auth=True)
    client.delete_tweet("123", user_auth=True)
    assert live_server.hits == [
        ("GET", "/2/users/me"),
        ("GET", "/2/tweets/search/recent"),
        ("POST", "/2/tweets"),
        ("DELETE", "/2/tweets/123"),
    ]


def test_tweepy_with_wrong_secret_is_unauthorized(live_server: AuthServer) -> None:
    client = tweepy_client(live_server, access_token_secret="not-the-secret")
    with pytest.raises(tweepy.Unauthorized) as info:
        client.get_me(user_auth=True)
    assert info.value.response.json()["title"] == "Unauthorized"
