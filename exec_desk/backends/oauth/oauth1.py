"""OAuth 1.0a user-context keys (consumer key/secret + access token/secret): validated, kept in the credential store.

The keys never expire; tweepy reads the user id from the access token's prefix (`1000-abc...`), so an access
token that does not start with digits and a dash is refused up front, with a message saying why.
"""

from __future__ import annotations

import re

from exec_desk.core.i18n import QT_TRANSLATE_NOOP
from exec_desk.core.secrets import CredentialStore

#: Credential-store key → `tweepy.Client` keyword (also the keys of the dict `load_oauth1_keys` returns).
STORE_KEYS = {
    "oauth1_consumer_key": "consumer_key",
    "oauth1_consumer_secret": "consumer_secret",
    "oauth1_access_token": "access_token",
    "oauth1_access_token_secret": "access_token_secret",
}
_LABELS = {
    "consumer_key": "API key (consumer key)",
    "consumer_secret": "API key secret (consumer secret)",
    "access_token": "access token",
    "access_token_secret": "access token secret",
}
_ACCESS_TOKEN = re.compile(r"([0-9]+)-\S+")
#: Why an access token was refused (shown by the account dialog, translated there).
ACCESS_TOKEN_SHAPE = QT_TRANSLATE_NOOP(
    "OAuth1",
    "The access token must look like '<your numeric user id>-<letters and digits>', as the X developer portal "
    "shows it (for example 1234567890-AbCd…). Check that you copied the access token, not the bearer token or "
    "the API key.",
)


def oauth1_user_id(access_token: str) -> str:
    """The numeric user id an OAuth 1.0a access token starts with; ValueError if it has none."""
    match = _ACCESS_TOKEN.fullmatch(access_token)
    if match is None:
        raise ValueError(ACCESS_TOKEN_SHAPE)
    return match.group(1)


def _validated(keys: dict[str, str]) -> dict[str, str]:
    cleaned: dict[str, str] = {}
    for name, value in keys.items():
        value = value.strip()  # a pasted key often brings a newline or a space along
        label = _LABELS[name]
        if not value:
            raise ValueError(f"The {label} is empty.")
        if any(ch.isspace() for ch in value):
            raise ValueError(f"The {label} contains spaces or line breaks; paste it again as one word.")
        if not value.isprintable() or not value.isascii():
            raise ValueError(f"The {label} contains characters X never puts in keys; paste it again.")
        cleaned[name] = value
    oauth1_user_id(cleaned["access_token"])
    return cleaned


def save_oauth1_keys(
    credentials: CredentialStore,
    account: str,
    consumer_key: str,
    consumer_secret: str,
    access_token: str,
    access_token_secret: str,
) -> None:
    """Validate the four keys (ValueError with a message for the user) and store them for `account`.

    Surrounding whitespace is stripped; whitespace inside a key is an error.
    """
    keys = _validated(
        {
            "consumer_key": consumer_key,
            "consumer_secret": consumer_secret,
            "access_token": access_token,
            "access_token_secret": access_token_secret,
        }
    )
    for store_key, name in STORE_KEYS.items():
        credentials.set(account, store_key, keys[name])


def load_oauth1_keys(credentials: CredentialStore, account: str) -> dict[str, str] | None:
    """The stored keys as `tweepy.Client` keywords, or None when any of the four is missing."""
    keys: dict[str, str] = {}
    for store_key, name in STORE_KEYS.items():
        value = credentials.get(account, store_key)
        if not value:
            return None
        keys[name] = value
    return keys


def delete_oauth1_keys(credentials: CredentialStore, account: str) -> None:
    """Forget the account's OAuth 1.0a keys."""
    for store_key in STORE_KEYS:
        credentials.delete(account, store_key)
