"""X's ids are snowflakes: the time a post was made is in its id, so a cursor's age is known without a request."""

from __future__ import annotations

from datetime import UTC, datetime

#: X's snowflake epoch (2010-11-04T01:42:54.657Z), in milliseconds since the Unix epoch.
TWEPOCH_MS = 1288834974657


def snowflake_time(post_id: str) -> datetime | None:
    """When the post (or any snowflake-id object) `post_id` was made, or None if the id is not a snowflake."""
    if not post_id.isdigit() or len(post_id) > 19:
        return None
    return datetime.fromtimestamp(((int(post_id) >> 22) + TWEPOCH_MS) / 1000, UTC)


def snowflake_at(moment: datetime) -> str:
    """The smallest snowflake id of `moment` (to ask for what was made since then with `since_id`)."""
    return str(max(0, round(moment.timestamp() * 1000) - TWEPOCH_MS) << 22)
