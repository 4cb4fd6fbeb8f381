"""Error bodies in X's problem format, and `ApiError`, which endpoint code raises to answer with one.

X sends two families: typed problems (`https://api.x.com/2/problems/...`, the ones the OpenAPI spec lists) and
plain `about:blank` problems for 401, 403 and 429. Both are served as `application/problem+json`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

PROBLEMS = "https://api.x.com/2/problems/"
Json = dict[str, Any]

#: X's message when a self-serve account replies to a post whose author did not summon it.
REPLY_NOT_ALLOWED = (
    "Reply to this conversation is not allowed because you have not been mentioned or otherwise engaged by the "
    "author of the post you are replying to."
)


class ApiError(Exception):
    """Raised by endpoint code: the server answers `status` with `body` (and `headers`)."""

    def __init__(self, status: int, body: Json, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(str(body.get("detail") or body.get("title") or status))
        self.status = status
        self.body = body
        self.headers = dict(headers or {})


def about_blank(status: int, title: str, detail: str | None = None) -> Json:
    return {"title": title, "detail": detail or title, "type": "about:blank", "status": status}


def unauthorized() -> Json:
    return about_blank(401, "Unauthorized")


def too_many_requests() -> Json:
    return about_blank(429, "Too Many Requests")


def forbidden(detail: str) -> Json:
    return about_blank(403, "Forbidden", detail)


def client_forbidden(client_id: str, what: str) -> Json:
    """The body X sends when the app's access level does not include an endpoint or feature."""
    return {
        "client_id": client_id,
        "detail": (
            f"{what} is not available with your current access level. Your app's usage of this feature is "
            "limited to enterprise customers. You can learn more here: https://developer.x.com/en/portal/product"
        ),
        "registration_url": "https://developer.x.com/en/portal/product",
        "title": "Client Forbidden",
        "required_enrollment": "Appropriate Level of API Access",
        "reason": "client-not-enrolled",
        "type": PROBLEMS + "client-forbidden",
        "status": 403,
    }


def not_enrolled(client_id: str) -> Json:
    """X's 403 for a call made with the tokens of an app not enrolled: its own example (docs.x.com "Response codes
    and errors" before January 2026), with the `status` the fake's other problems carry."""
    return {
        "client_id": client_id,
        "required_enrollment": "Standard Basic",
        "registration_url": "https://developer.twitter.com/en/account",
        "title": "Client Forbidden",
        "detail": "This request must be made using an approved developer account that is enrolled in the requested "
        "endpoint. Learn more by visiting our documentation.",
        "reason": "client-not-enrolled",
        "type": "https://api.x.com/2/problems/client-forbidden",
        "status": 403,
    }


def invalid_request(messages: Sequence[tuple[str, str, str]]) -> Json:
    """A 400 validation error; `messages` are (parameter, value, message)."""
    return {
        "errors": [{"parameters": {name: [value]}, "message": message} for name, value, message in messages],
        "title": "Invalid Request",
        "detail": "One or more parameters to your request was invalid.",
        "type": PROBLEMS + "invalid-request",
        "status": 400,
    }


def bad_parameter(name: str, value: str, message: str) -> ApiError:
    return ApiError(400, invalid_request([(name, value, message)]))


def not_found(resource_type: str, resource_id: str, parameter: str) -> Json:
    """A missing resource, as a top-level body (404) or as an item of a 200 body's `errors`."""
    return {
        "value": resource_id,
        "detail": f"Could not find {resource_type} with {parameter}: [{resource_id}].",
        "title": "Not Found Error",
        "resource_type": resource_type,
        "parameter": parameter,
        "resource_id": resource_id,
        "type": PROBLEMS + "resource-not-found",
        "status": 404,
    }


def suspended(user_id: str, parameter: str = "id") -> Json:
    """A suspended account in a 200 body's `errors`, as X sends it (type resource-not-found, title Forbidden)."""
    return {
        "parameter": parameter,
        "resource_id": user_id,
        "value": user_id,
        "detail": f"User has been suspended: [{user_id}].",
        "title": "Forbidden",
        "resource_type": "user",
        "type": PROBLEMS + "resource-not-found",
    }


def no_route(path: str) -> Json:
    return {
        "title": "Not Found Error",
        "detail": f"Sorry, that page does not exist: {path}",
        "type": PROBLEMS + "resource-not-found",
        "resource_type": "endpoint",
        "value": path,
        "status": 404,
    }


def internal_error(detail: str = "Internal error") -> Json:
    return {"title": "Internal Server Error", "detail": detail, "type": PROBLEMS + "internal-error", "status": 500}


def unavailable() -> Json:
    return {
        "title": "Service Unavailable",
        "detail": "Service Unavailable",
        "type": PROBLEMS + "internal-error",
        "status": 503,
    }
