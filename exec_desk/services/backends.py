"""Build the X backend of a signed-in account from its secrets in the credential store."""

from __future__ import annotations

from exec_desk.backends.oauth.oauth1 import load_oauth1_keys
from exec_desk.backends.oauth.tokens import KEY_CLIENT, TokenManager
from exec_desk.backends.tweepy.backend import TweepyBackend
from exec_desk.core.calls import CallRecorder
from exec_desk.core.errors import AuthRevoked
from exec_desk.core.secrets import CredentialStore
from exec_desk.storage.records import Account, AuthKind


def backend_for(
    account: Account, *, credentials: CredentialStore, recorder: CallRecorder, api_base_url: str
) -> TweepyBackend:
    """The backend for `account`; raises `AuthRevoked` when its secrets are missing from the keyring."""
    if account.auth_kind is AuthKind.OAUTH1:
        keys = load_oauth1_keys(credentials, account.key)
        if keys is None:
            raise AuthRevoked(f"The keys of @{account.username} are not in the keyring any more. Sign in again.")
        return TweepyBackend(
            account=account.key,
            user_id=account.user_id,
            recorder=recorder,
            api_base_url=api_base_url,
            oauth1=keys,
            app_owner=account.app_owner,
        )
    client_id = credentials.get(account.key, KEY_CLIENT)
    if not client_id:
        raise AuthRevoked(f"The sign-in of @{account.username} is not in the keyring any more. Sign in again.")
    tokens = TokenManager(credentials, account.key, client_id, api_base_url)
    return TweepyBackend(
        account=account.key,
        user_id=account.user_id,
        recorder=recorder,
        api_base_url=api_base_url,
        tokens=tokens,
        app_owner=account.app_owner,
    )
