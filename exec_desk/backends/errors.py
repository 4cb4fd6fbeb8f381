"""Map HTTP and transport failures (tweepy, requests) to the app-level errors of `exec_desk.core.errors`.

X's answers are recognised as X sends them, not only as its spec writes them: problem types are matched on their
`/2/problems/<name>` suffix (the spec says `https://api.x.com/2/problems/...`, the live API still sends
`https://api.twitter.com/2/problems/...`); a 403 with `reason: client-not-enrolled` (or a `client-forbidden`
problem) is an app not enrolled in pay-per-use, unless it says the feature is kept for enterprise customers (likes,
quotes: the plan's restriction); a 429 is a 24-hour cap when X's
`x-user-limit-24hour-remaining` or `x-app-limit-24hour-remaining` header says 0 (then its reset is the one to wait
for), the monthly post cap when the problem is `usage-capped`, else the 15-minute window; a 402 is an empty credit
balance; a 400 names the parameters X refused (`errors[].parameters`, or "'since_id' must be a tweet id created
after ..." in a message).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import requests
import tweepy

from exec_desk.core import errors


def _body(response: requests.Response | None) -> dict[str, Any]:
    if response is None:
        return {}
    try:
        body: Any = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def problem_name(problem: Any) -> str:
    """`resource-not-found` for a problem of type `https://api.x.com/2/problems/resource-not-found` (or of X's
    older host); '' when there is no such type."""
    kind = problem.get("type") if isinstance(problem, dict) else None
    if not isinstance(kind, str) or "/2/problems/" not in kind:
        return ""
    return kind.rsplit("/2/problems/", 1)[1].strip("/")


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


def reset_time(response: requests.Response | None, header: str = "x-rate-limit-reset") -> datetime | None:
    """The UTC time in a reset header (Unix seconds), or None."""
    if response is None:
        return None
    raw = response.headers.get(header)
    try:
        return datetime.fromtimestamp(int(raw), UTC) if raw else None
    except (ValueError, OverflowError, OSError):
        return None


#: A refused cursor in X's words: "'since_id' must be a tweet id created after 2026-06-23T10:50Z. ..."
_STALE_CURSOR = re.compile(r"'(since_id|until_id|pagination_token|next_token)'")


def _parameters(body: dict[str, Any]) -> tuple[str, ...]:
    """The request parameters a 400 names as invalid."""
    names: list[str] = []
    listed = body.get("errors")
    entries: list[Any] = listed if isinstance(listed, list) else []
    for entry in [body, *entries]:
        if not isinstance(entry, dict):
            continue
        if isinstance(entry.get("parameters"), dict):
            names.extend(str(name) for name in entry["parameters"])
        if isinstance(entry.get("parameter"), str):
            names.append(entry["parameter"])
        for text in (entry.get("message"), entry.get("detail")):
            if isinstance(text, str):
                names.extend(_STALE_CURSOR.findall(text))
    return tuple(dict.fromkeys(names))


def _rate_limited(response: requests.Response, body: dict[str, Any], message: str) -> errors.XError:
    if problem_name(body) == "usage-capped" or body.get("title") == "UsageCapExceeded":
        return errors.UsageCapped(message, status=429)
    for scope in ("user", "app"):
        if response.headers.get(f"x-{scope}-limit-24hour-remaining") == "0":
            reset = reset_time(response, f"x-{scope}-limit-24hour-reset")
            return errors.DailyCapReached(message, reset_at=reset, scope=scope)
    return errors.RateLimited(message, reset_at=reset_time(response))


def error_for_response(response: requests.Response, *, oauth2: bool) -> errors.XError:
    """The app-level error for a non-2xx HTTP response."""
    status = response.status_code
    detail = _detail(response)
    body = _body(response)
    message = f"HTTP {status}: {detail}" if detail else f"HTTP {status}"
    if status == 400:
        return errors.InvalidRequest(message, status=status, parameters=_parameters(body))
    if status == 401:
        cls = errors.AuthExpired if oauth2 else errors.AuthRevoked
        return cls(message, status=status)
    if status == 402:
        return errors.CreditsDepleted(message, status=status)
    if status == 403:
        enrolment = body.get("reason") == "client-not-enrolled" or problem_name(body) == "client-forbidden"
        # X answers a feature kept for enterprise customers (likes, quotes) with the same reason: that one is the
        # plan's limit, not a missing enrolment.
        if enrolment and "enterprise" not in detail.lower():
            return errors.AppNotEnrolled(message, status=status)
        return errors.ForbiddenByTier(message, status=status)
    if status == 404:
        return errors.NotFound(message, status=status)
    if status == 429:
        return _rate_limited(response, body, message)
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
