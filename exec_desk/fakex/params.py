"""Query-parameter checking as X does it: unknown parameters, bad values and field names answer 400."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import datetime

from exec_desk.fakex.ids import decode_token
from exec_desk.fakex.problems import bad_parameter

SNOWFLAKE_RE = re.compile(r"^[0-9]{1,19}$")


def words(text: str) -> frozenset[str]:
    """The space-separated names in `text`."""
    return frozenset(text.split())


# Field names: the real API's, plus the OpenAPI spec's renamed ones (post.fields, referenced_posts...).
TWEET_FIELDS = words(
    "article attachments author_id card_uri community_id context_annotations conversation_id created_at "
    "display_text_range edit_controls edit_history_tweet_ids entities geo id in_reply_to_user_id lang "
    "media_metadata non_public_metrics note_tweet organic_metrics possibly_sensitive promoted_metrics "
    "public_metrics referenced_tweets reply_settings scopes source text withheld"
)
USER_FIELDS = words(
    "affiliation confirmed_email connection_status created_at description entities id is_identity_verified "
    "location most_recent_tweet_id name parody pinned_tweet_id profile_banner_url profile_image_url protected "
    "public_metrics receives_your_dm subscribes_to_you subscription subscription_type url username verified "
    "verified_followers_count verified_type withheld"
)
MEDIA_FIELDS = words(
    "alt_text duration_ms height media_key non_public_metrics organic_metrics preview_image_url promoted_metrics "
    "public_metrics type url variants width"
)
LIST_FIELDS = words("created_at description follower_count id member_count name owner_id private")
TWEET_EXPANSIONS = words(
    "attachments.media_keys attachments.poll_ids author_id edit_history_tweet_ids entities.mentions.username "
    "geo.place_id in_reply_to_user_id referenced_tweets.id referenced_tweets.id.author_id"
)
#: The spec's spellings, mapped to the real ones.
ALIASES = {
    "post.fields": "tweet.fields",
    "referenced_posts": "referenced_tweets.id",
    "edit_history_post_ids": "edit_history_tweet_ids",
}
FIELD_SETS: Mapping[str, frozenset[str]] = {
    "tweet.fields": TWEET_FIELDS,
    "user.fields": USER_FIELDS,
    "media.fields": MEDIA_FIELDS,
    "list.fields": LIST_FIELDS,
    "poll.fields": words("duration_minutes end_datetime id options voting_status"),
    "place.fields": words("contained_within country country_code full_name geo id name place_type"),
}


class Params:
    """The query parameters of one request, checked against what the endpoint accepts."""

    def __init__(self, query: Iterable[tuple[str, str]], allowed: Iterable[str]) -> None:
        self.values: dict[str, str] = {}
        allowed_set = set(allowed)
        for raw_name, value in query:
            name = ALIASES.get(raw_name, raw_name)
            if name not in allowed_set:
                names = ",".join(sorted(allowed_set))
                raise bad_parameter(raw_name, value, f"The query parameter [{raw_name}] is not one of [{names}]")
            self.values[name] = value

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def required(self, name: str) -> str:
        value = self.values.get(name, "")
        if not value:
            raise bad_parameter(name, value, f"The `{name}` query parameter can not be empty")
        return value

    def max_results(self, low: int, high: int, default: int) -> int:
        raw = self.values.get("max_results")
        if raw is None:
            return default
        if not raw.isdigit() or not low <= int(raw) <= high:
            raise bad_parameter(
                "max_results", raw, f"The `max_results` query parameter value [{raw}] is not between {low} and {high}"
            )
        return int(raw)

    def snowflake(self, name: str) -> int | None:
        raw = self.values.get(name)
        if raw is None:
            return None
        if not SNOWFLAKE_RE.match(raw):
            raise bad_parameter(name, raw, f"The `{name}` query parameter value [{raw}] does not match ^[0-9]{{1,19}}$")
        return int(raw)

    def time(self, name: str) -> datetime | None:
        raw = self.values.get(name)
        if raw is None:
            return None
        try:
            moment = datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            moment = None
        if moment is None or moment.tzinfo is None:
            raise bad_parameter(name, raw, f"The `{name}` query parameter value [{raw}] is not a valid RFC3339 time")
        return moment

    def token(self, *names: str) -> tuple[str, int] | None:
        for name in names:
            raw = self.values.get(name)
            if raw is None:
                continue
            decoded = decode_token(raw)
            if decoded is None:
                raise bad_parameter(name, raw, f"The `{name}` query parameter value [{raw}] is not valid")
            return decoded
        return None

    def choices(self, name: str, allowed: frozenset[str]) -> set[str]:
        """A comma-separated list whose every item is one of `allowed` (after alias mapping)."""
        raw = self.values.get(name)
        if raw is None:
            return set()
        items = [ALIASES.get(item.strip(), item.strip()) for item in raw.split(",")]
        for item in items:
            if item not in allowed:
                options = ",".join(sorted(allowed))
                raise bad_parameter(name, raw, f"The `{name}` query parameter value [{item}] is not one of [{options}]")
        return set(items)

    def fields(self, name: str) -> set[str]:
        return self.choices(name, FIELD_SETS[name])
