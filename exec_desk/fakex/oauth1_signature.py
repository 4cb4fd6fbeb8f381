"""OAuth 1.0a HMAC-SHA1 signatures (RFC 5849 section 3.4), computed independently of oauthlib.

The fake server uses these to verify what tweepy / requests-oauthlib signed; an independent implementation means
a signer bug is not hidden by the same bug in the checker.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Iterable
from urllib.parse import quote, unquote

_OAUTH_PARAM = re.compile(r'([A-Za-z0-9_%.~-]+)="([^"]*)"')


def percent_encode(value: str) -> str:
    """RFC 5849 section 3.6: UTF-8, then every byte but the unreserved characters percent-encoded."""
    return quote(value, safe="~")


def signature_base_string(method: str, base_uri: str, params: Iterable[tuple[str, str]]) -> str:
    """RFC 5849 section 3.4.1: METHOD & encoded base URI & encoded normalized parameters.

    `base_uri` is scheme://host/path (lower-case scheme and host, no default port, no query); `params` are the
    decoded query, form body and `oauth_*` parameters, without `oauth_signature` and `realm`.
    """
    pairs = sorted((percent_encode(k), percent_encode(v)) for k, v in params)
    normalized = "&".join(f"{k}={v}" for k, v in pairs)
    return "&".join((percent_encode(method.upper()), percent_encode(base_uri), percent_encode(normalized)))


def hmac_sha1_signature(base_string: str, consumer_secret: str, token_secret: str) -> str:
    """RFC 5849 section 3.4.2: base64 HMAC-SHA1 keyed by the encoded consumer and token secrets."""
    key = f"{percent_encode(consumer_secret)}&{percent_encode(token_secret)}".encode()
    return base64.b64encode(hmac.new(key, base_string.encode(), hashlib.sha1).digest()).decode("ascii")


def parse_oauth_header(value: str) -> dict[str, str]:
    """The parameters of an `Authorization: OAuth k="v", ...` header value (scheme removed), decoded."""
    return {unquote(k): unquote(v) for k, v in _OAUTH_PARAM.findall(value)}


def signature_matches(
    signature: str,
    method: str,
    base_uris: Iterable[str],
    params: Iterable[tuple[str, str]],
    consumer_secret: str,
    token_secret: str,
) -> bool:
    """True when `signature` is the HMAC-SHA1 signature of the request for any of `base_uris`."""
    pairs = list(params)
    return any(
        hmac.compare_digest(
            signature,
            hmac_sha1_signature(signature_base_string(method, uri, pairs), consumer_secret, token_secret),
        )
        for uri in base_uris
    )
