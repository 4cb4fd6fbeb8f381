"""X's refusals, as X sends them (bodies recorded from the live API and X's docs), map to errors a user can act on."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
import requests

from exec_desk.backends.errors import error_for_response, problem_name
from exec_desk.core import errors

RESET = 1_900_000_000
DAY_RESET = 1_900_050_000


def response(status: int, body: Any, **headers: str) -> requests.Response:
    answer = requests.Response()
    answer.status_code = status
    answer._content = json.dumps(body).encode()
    answer.headers.update({"content-type": "application/json", **{k.replace("_", "-"): v for k, v in headers.items()}})
    return answer


#: X's `client-not-enrolled` answer (xdevplatform/docs response-codes-and-errors.mdx, before January 2026).
NOT_ENROLLED = {
    "client_id": "101010101",
    "required_enrollment": "Standard Basic",
    "registration_url": "https://developer.twitter.com/en/account",
    "title": "Client Forbidden",
    "detail": "This request must be made using an approved developer account that is enrolled in the requested "
    "endpoint. Learn more by visiting our documentation.",
    "reason": "client-not-enrolled",
    "type": "https://api.twitter.com/2/problems/client-forbidden",
}
#: Recent search with a `since_id` older than seven days (the form X's search-tweets tool matches on).
STALE_SINCE_ID = {
    "errors": [
        {
            "parameters": {"since_id": ["100"]},
            "message": "'since_id' must be a tweet id created after 2026-06-23T10:50Z. Please use a 'since_id' that "
            "is larger than 150",
        }
    ],
    "title": "Invalid Request",
    "detail": "One or more parameters to your request was invalid.",
    "type": "https://api.twitter.com/2/problems/invalid-request",
}


def test_problem_types_are_matched_on_their_suffix_whatever_the_host() -> None:
    assert problem_name({"type": "https://api.x.com/2/problems/resource-not-found"}) == "resource-not-found"
    assert problem_name({"type": "https://api.twitter.com/2/problems/resource-not-found"}) == "resource-not-found"
    assert problem_name({"type": "about:blank"}) == "" and problem_name("nonsense") == ""


def test_an_app_not_enrolled_is_not_a_plan_restriction() -> None:
    error = error_for_response(response(403, NOT_ENROLLED), oauth2=True)
    assert type(error) is errors.AppNotEnrolled and "Pay-per-use" in error.user_message
    by_type = {**NOT_ENROLLED, "reason": "", "type": "https://api.x.com/2/problems/client-forbidden"}
    assert type(error_for_response(response(403, by_type), oauth2=True)) is errors.AppNotEnrolled
    tier = {"title": "Forbidden", "type": "about:blank", "status": 403, "detail": "You are not permitted."}
    assert type(error_for_response(response(403, tier), oauth2=True)) is errors.ForbiddenByTier
    # A like on a self-serve plan: the same reason, but the feature is kept for enterprise customers.
    enterprise = {
        **NOT_ENROLLED,
        "detail": "Liking posts is not available with your current access level. Your app's usage of this feature "
        "is limited to enterprise customers. You can learn more here: https://developer.x.com/en/portal/product",
    }
    assert type(error_for_response(response(403, enterprise), oauth2=True)) is errors.ForbiddenByTier


def test_a_stale_since_id_names_the_parameter() -> None:
    error = error_for_response(response(400, STALE_SINCE_ID), oauth2=True)
    assert isinstance(error, errors.InvalidRequest) and error.parameters == ("since_id",) and error.stale_cursor
    worded = {"errors": [{"message": "Invalid 'since_id':'1'. 'since_id' must be a tweet id created after ..."}]}
    assert error_for_response(response(400, worded), oauth2=True).stale_cursor  # type: ignore[attr-defined]
    token = {"errors": [{"parameters": {"pagination_token": ["x"]}, "message": "The pagination token is invalid"}]}
    assert error_for_response(response(400, token), oauth2=True).stale_cursor  # type: ignore[attr-defined]
    query = {"errors": [{"parameters": {"query": [""]}, "message": "Invalid query"}], "title": "Invalid Request"}
    other = error_for_response(response(400, query), oauth2=True)
    assert isinstance(other, errors.InvalidRequest) and other.parameters == ("query",) and not other.stale_cursor


def test_a_24_hour_cap_waits_for_its_own_reset_not_the_15_minute_window() -> None:
    body = {"title": "Too Many Requests", "detail": "Too Many Requests", "type": "about:blank", "status": 429}
    limits = {"x_rate_limit_reset": str(RESET), "x_rate_limit_remaining": "45"}
    user_cap = error_for_response(
        response(429, body, **limits, x_user_limit_24hour_remaining="0", x_user_limit_24hour_reset=str(DAY_RESET)),
        oauth2=True,
    )
    assert isinstance(user_cap, errors.DailyCapReached) and user_cap.daily and user_cap.scope == "user"
    assert user_cap.reset_at == datetime.fromtimestamp(DAY_RESET, UTC)
    app_cap = error_for_response(
        response(
            429,
            body,
            **limits,
            x_user_limit_24hour_remaining="3",
            x_app_limit_24hour_remaining="0",
            x_app_limit_24hour_reset=str(DAY_RESET),
        ),
        oauth2=True,
    )
    assert isinstance(app_cap, errors.DailyCapReached) and app_cap.scope == "app"
    window = error_for_response(response(429, body, x_rate_limit_reset=str(RESET)), oauth2=True)
    assert type(window) is errors.RateLimited and not window.daily
    assert window.reset_at == datetime.fromtimestamp(RESET, UTC)


@pytest.mark.parametrize(
    ("status", "body", "kind"),
    [
        (
            429,
            {
                "title": "UsageCapExceeded",
                "detail": "Usage cap exceeded: Monthly product cap",
                "type": "https://api.twitter.com/2/problems/usage-capped",
                "period": "Monthly",
                "scope": "Product",
            },
            errors.UsageCapped,
        ),
        (
            402,
            {
                "account_id": 1243608864848629761,
                "title": "CreditsDepleted",
                "detail": "Your enrolled account [1243608864848629761] does not have any credits to fulfill this "
                "request.",
                "type": "https://api.twitter.com/2/problems/credits",
            },
            errors.CreditsDepleted,
        ),
    ],
)
def test_the_money_refusals(status: int, body: dict[str, Any], kind: type[errors.XError]) -> None:
    error = error_for_response(response(status, body), oauth2=True)
    assert type(error) is kind and error.status == status
    assert error.user_message in errors.MESSAGES
