"""Map HTTP and transport failures (tweepy, requests) to the app-level errors of `exec_desk.core.errors`."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import requests
import tweepy

from exec_desk.core import errors


def _detail(response: requests.Response | None) -> str:
    if response is None:
        return ""
    try:
        body: Any = response.json()
    except ValueError:
        return response.text[:200]
    if isinstance(body, dict):
        for key in ("detail", "title", "error_description", "error"):
            if isinstance(body.get(key), str):
                return str(body[key])
        errs = body.get("errors")
        if isinstance(errs, list) and errs and isinstance(errs[0], dict):
            return str(errs[0].get("message") or errs[0].get("detail") or "")
    return ""


def reset_time(response: requests.Response | None) -> datetime | None:
    if response is None:
        return None
    raw = response.headers.get("x-rate-limit-reset")
    try:
        return datetime.fromtimestamp(int(raw), UTC) if raw else None
    except ValueError:
        return None


def error_for_response(response: requests.Response, *, oauth2: bool) -> errors.XError:
    """The app-level error for a non-2xx HTTP response."""
    status = response.status_code
    detail = _detail(response)
    message = f"HTTP {status}: {detail}" if detail else f"HTTP {status}"
    if status == 400:
        return errors.InvalidRequest(message, status=status)
    if status == 401:
        cls = errors.AuthExpired if oauth2 else errors.AuthRevoked
        return cls(message, status=status)
    if status == 403:
        return errors.ForbiddenByTier(message, status=status)
    if status == 404:
        return errors.NotFound(message, status=status)
    if status == 429:
        return errors.RateLimited(message, reset_at=reset_time(response))
    if status >= 500:
        return errors.Transient(message, status=status)
    return errors.InvalidRequest(message, status=status)


def error_for_exception(exc: BaseException, *, write: bool, oauth2: bool) -> errors.XError:
    """The app-level error for anything a request raised. `write`: the request changes state on X."""
    if isinstance(exc, errors.XError):
        return exc
    if isinstance(exc, tweepy.HTTPException):
        return error_for_response(exc.response, oauth2=oauth2)
    if isinstance(exc, requests.ConnectTimeout | requests.exceptions.InvalidURL):
        return errors.Transient(f"cannot reach X: {exc}")
    if isinstance(exc, requests.Timeout):
        return errors.Transient(f"X did not answer in time: {exc}", maybe_applied=write)
    if isinstance(exc, requests.ConnectionError):
        refused = "NewConnectionError" in repr(exc) or "Connection refused" in str(exc)
        return errors.Transient(f"connection to X failed: {exc}", maybe_applied=write and not refused)
    if isinstance(exc, ValueError):  # JSON decoding (requests' JSONDecodeError is a ValueError)
        return errors.Transient(f"X sent a garbled reply: {exc}", maybe_applied=write)
    if isinstance(exc, requests.RequestException):
        return errors.Transient(f"request to X failed: {exc}", maybe_applied=write)
    raise exc
