"""The real X backend: tweepy.Client's own HTTP code, routed to the configured API base URL.

Every call is mapped to the app-level errors and reported, with the resources it returned, to the API-cost ledger.
Each worker thread gets its own `tweepy.Client` (requests sessions are not shared between threads). Media uploads,
which tweepy lacks for v2, are in `media.MediaCalls`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar

import requests
import tweepy

from exec_desk.backends.errors import error_for_exception, problem_name
from exec_desk.backends.routing import DEFAULT_TIMEOUT, route_session
from exec_desk.backends.tweepy import convert
from exec_desk.backends.tweepy.media import MediaCalls
from exec_desk.core import errors
from exec_desk.core.calls import CallRecord, CallRecorder
from exec_desk.core.models import Page, Post, User, XList
from exec_desk.core.pricing import Op, Resource
from exec_desk.core.text import has_url

T = TypeVar("T")
TIMELINE_PARAMS: dict[str, Any] = {
    "expansions": convert.EXPANSIONS,
    "tweet_fields": convert.TWEET_FIELDS,
    "user_fields": convert.USER_FIELDS,
    "media_fields": convert.MEDIA_FIELDS,
}
OWNED_PARAMS: dict[str, Any] = {**TIMELINE_PARAMS, "expansions": convert.OWNED_EXPANSIONS}
#: A thread's reads: the posts asked for and their media, not the posts they refer to (each would be billed).
THREAD_PARAMS: dict[str, Any] = {**TIMELINE_PARAMS, "expansions": "attachments.media_keys"}


class TokenSource(Protocol):
    """Gives a valid OAuth 2.0 access token, refreshing it when needed."""

    def access_token(self) -> str: ...

    def force_refresh(self, rejected: str | None = None) -> str:
        """Refresh now (after a 401); `rejected` is the token X refused, so a concurrent refresh is not repeated."""
        ...


class _Client(tweepy.Client):  # type: ignore[misc]
    """tweepy.Client that knows the user id, so it never spends a paid `users/me` call to learn it."""

    def __init__(self, user_id: str, **kwargs: Any) -> None:
        super().__init__(return_type=requests.Response, **kwargs)
        self._user_id = user_id

    def _get_authenticating_user_id(self, *, oauth_1: bool = False) -> str:
        return self._user_id


class TweepyBackend(MediaCalls):
    """`XBackend` over tweepy. Give it either a `TokenSource` (OAuth 2.0) or OAuth 1.0a keys."""

    def __init__(
        self,
        *,
        account: str,
        user_id: str,
        recorder: CallRecorder,
        api_base_url: str,
        tokens: TokenSource | None = None,
        oauth1: Mapping[str, str] | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        timeout: float | tuple[float, float] = DEFAULT_TIMEOUT,
        app_owner: bool = False,
    ) -> None:
        if (tokens is None) == (oauth1 is None):
            raise ValueError("give exactly one of tokens (OAuth 2.0) or oauth1 keys")
        self.account = account
        self._user_id = user_id
        self._recorder = recorder
        self._base_url = api_base_url
        self._tokens = tokens
        self._oauth1 = dict(oauth1) if oauth1 else None
        self._clock = clock
        self._timeout = timeout
        self._app_owner = app_owner
        self._local = threading.local()

    @property
    def user_id(self) -> str:
        return self._user_id

    # -- plumbing ---------------------------------------------------------------------------------------------
    def _client(self) -> _Client:
        client: _Client | None = getattr(self._local, "client", None)
        if client is None:
            keys = self._oauth1 or {}
            client = _Client(self._user_id, **keys)
            route_session(client.session, self._base_url, timeout=self._timeout)
            self._local.client = client
        if self._tokens is not None:
            client.bearer_token = self._tokens.access_token()
        return client

    @property
    def _user_auth(self) -> bool:
        return self._oauth1 is not None

    def _record(
        self, op: Op, status: int, resources: Mapping[Resource, tuple[str, ...]] | None = None, **kw: Any
    ) -> None:
        self._recorder.record(
            CallRecord(
                account=self.account,
                op=op,
                at=self._clock(),
                status=status,
                resources=resources or {},
                app_owner=self._app_owner,
                **kw,
            )
        )

    def _call(self, op: Op, send: Callable[[_Client], requests.Response], *, write: bool = False, **record: Any) -> Any:
        """Send with one retry after a token refresh on 401 (OAuth 2.0); return the JSON body.

        A failure is recorded with `record` (a write's URL, reply, ref): one that may have reached X is billed."""
        oauth2 = self._tokens is not None
        for attempt in (1, 2):
            client = self._client()
            try:
                response = send(client)
                return response.json()
            except Exception as exc:  # mapped below; anything unknown is re-raised by error_for_exception
                error = error_for_exception(exc, write=write, oauth2=oauth2)
                maybe = isinstance(error, errors.Transient) and error.maybe_applied
                self._record(op, error.status or 0, maybe_applied=maybe, **record)
                if isinstance(error, errors.AuthExpired) and self._tokens is not None and attempt == 1:
                    self._tokens.force_refresh(rejected=client.bearer_token)
                    continue
                if isinstance(error, errors.AuthExpired) and attempt == 2:
                    raise errors.AuthRevoked(str(error), status=error.status) from exc
                raise error from exc
        raise AssertionError("unreachable")

    def _read_page(self, op: Op, send: Callable[[_Client], requests.Response]) -> Page:
        body = self._call(op, send)
        gone = _gone(body)
        if gone is not None:  # a list deleted or made private, an account suspended: X answers 200, no data
            self._record(op, 200)
            raise errors.ResourceGone(reason=gone)
        page = convert.page_from_json(body)
        self._record(op, 200, convert.page_resources(page))
        return page

    # -- reads ------------------------------------------------------------------------------------------------
    def me(self) -> User:
        body = self._call(Op.ME, lambda c: c.get_me(user_auth=self._user_auth, user_fields=convert.USER_FIELDS))
        user = convert.user_from_json(body["data"])
        self._record(Op.ME, 200, {Resource.USER: (user.id,)})
        return user

    def users(self, user_ids: Sequence[str]) -> list[User]:
        """Users by id (at most 100); ids X does not know are left out."""
        ids = list(dict.fromkeys(user_ids))
        if not ids:
            return []
        if len(ids) > 100:
            raise ValueError(f"at most 100 users per request, not {len(ids)}")
        body = self._call(
            Op.USERS, lambda c: c.get_users(ids=ids, user_auth=self._user_auth, user_fields=convert.USER_FIELDS)
        )
        users = [convert.user_from_json(u) for u in body.get("data") or ()]
        self._record(Op.USERS, 200, {Resource.USER: tuple(u.id for u in users)})
        return users

    def home_timeline(
        self, *, since_id: str | None = None, pagination_token: str | None = None, max_results: int = 100
    ) -> Page:
        return self._read_page(
            Op.HOME_TIMELINE,
            lambda c: c.get_home_timeline(
                user_auth=self._user_auth,
                since_id=since_id,
                pagination_token=pagination_token,
                max_results=max_results,
                **TIMELINE_PARAMS,
            ),
        )

    def list_posts(self, list_id: str, *, pagination_token: str | None = None, max_results: int = 100) -> Page:
        return self._read_page(
            Op.LIST_POSTS,
            lambda c: c.get_list_tweets(
                list_id,
                user_auth=self._user_auth,
                pagination_token=pagination_token,
                max_results=max_results,
                **TIMELINE_PARAMS,
            ),
        )

    def mentions(
        self, *, since_id: str | None = None, pagination_token: str | None = None, max_results: int = 100
    ) -> Page:
        return self._read_page(
            Op.MENTIONS,
            lambda c: c.get_users_mentions(
                self._user_id,
                user_auth=self._user_auth,
                since_id=since_id,
                pagination_token=pagination_token,
                max_results=max_results,
                **OWNED_PARAMS,
            ),
        )

    def search_recent(
        self,
        query: str,
        *,
        since_id: str | None = None,
        next_token: str | None = None,
        max_results: int = 100,
        start_time: datetime | None = None,
    ) -> Page:
        return self._read_page(
            Op.SEARCH_RECENT,
            lambda c: c.search_recent_tweets(
                query,
                user_auth=self._user_auth,
                since_id=since_id,
                start_time=start_time,
                next_token=next_token,
                max_results=max(10, max_results),
                **TIMELINE_PARAMS,
            ),
        )

    def posts(self, post_ids: Sequence[str]) -> Page:
        """Posts by id (at most 100), without the posts they refer to; those X does not have come back in `errors`
        and are left out."""
        ids = list(dict.fromkeys(post_ids))
        if not ids:
            return Page()
        if len(ids) > 100:
            raise ValueError(f"at most 100 posts per request, not {len(ids)}")
        body = self._call(Op.POSTS_LOOKUP, lambda c: c.get_tweets(ids, user_auth=self._user_auth, **THREAD_PARAMS))
        page = convert.page_from_json(body)
        self._record(Op.POSTS_LOOKUP, 200, convert.page_resources(page))
        return page

    def conversation(self, conversation_id: str, *, max_results: int = 10) -> Page:
        if not conversation_id.isdigit():
            raise ValueError(f"not a conversation id: {conversation_id!r}")
        query = f"conversation_id:{conversation_id}"
        return self._read_page(
            Op.SEARCH_RECENT,
            lambda c: c.search_recent_tweets(
                query, user_auth=self._user_auth, max_results=max(10, min(100, max_results)), **THREAD_PARAMS
            ),
        )

    def own_posts(self, *, since_id: str | None = None, max_results: int = 100) -> Page:
        return self._read_page(
            Op.OWN_POSTS,
            lambda c: c.get_users_tweets(
                self._user_id,
                user_auth=self._user_auth,
                since_id=since_id,
                max_results=max(5, max_results),
                tweet_fields=convert.TWEET_FIELDS,
            ),
        )

    def _lists(self, op: Op, send: Callable[[_Client], requests.Response]) -> list[XList]:
        body = self._call(op, send)
        lists = [convert.list_from_json(x) for x in body.get("data") or ()]
        self._record(op, 200, {Resource.LIST: tuple(x.id for x in lists)})
        return lists

    def owned_lists(self) -> list[XList]:
        return self._lists(
            Op.OWNED_LISTS,
            lambda c: c.get_owned_lists(self._user_id, user_auth=self._user_auth, list_fields=convert.LIST_FIELDS),
        )

    def followed_lists(self) -> list[XList]:
        return self._lists(
            Op.FOLLOWED_LISTS,
            lambda c: c.get_followed_lists(self._user_id, user_auth=self._user_auth, list_fields=convert.LIST_FIELDS),
        )

    # -- writes -----------------------------------------------------------------------------------------------
    def _write(self, op: Op, send: Callable[[_Client], requests.Response], ref: str | None = None, **kw: Any) -> Any:
        body = self._call(op, send, write=True, ref=ref, **kw)
        self._record(op, 200, ref=ref, **kw)
        return body

    def retweet(self, post_id: str) -> None:
        self._write(Op.RETWEET, lambda c: c.retweet(post_id, user_auth=self._user_auth), ref=post_id)

    def unretweet(self, post_id: str) -> None:
        self._write(Op.UNRETWEET, lambda c: c.unretweet(post_id, user_auth=self._user_auth), ref=post_id)

    def like(self, post_id: str) -> None:
        self._write(Op.LIKE, lambda c: c.like(post_id, user_auth=self._user_auth), ref=post_id)

    def create_post(
        self,
        text: str,
        *,
        reply_to: str | None = None,
        quote_of: str | None = None,
        media_ids: Iterable[str] = (),
    ) -> Post:
        media = list(media_ids) or None
        url, reply = has_url(text), reply_to is not None
        body = self._call(
            Op.CREATE_POST,
            lambda c: c.create_tweet(
                text=text,
                in_reply_to_tweet_id=reply_to,
                quote_tweet_id=quote_of,
                media_ids=media,
                user_auth=self._user_auth,
            ),
            write=True,
            has_url=url,
            is_reply=reply,
        )
        data = body["data"]
        self._record(Op.CREATE_POST, 200, ref=str(data["id"]), has_url=url, is_reply=reply)  # names the post made
        return Post(
            id=str(data["id"]),
            author_id=self._user_id,
            text=str(data.get("text", text)),
            created_at=self._clock(),
            reply_to=reply_to,
            quote_of=quote_of,
            media_keys=(),
        )

    def delete_post(self, post_id: str) -> None:
        self._write(Op.DELETE_POST, lambda c: c.delete_tweet(post_id, user_auth=self._user_auth), ref=post_id)


#: Problems with which X says the list or account asked for cannot be read (any more).
GONE_PROBLEMS = frozenset({"resource-not-found", "not-authorized-for-resource", "resource-unavailable"})


def _gone(body: Any) -> str | None:
    """X's words when a timeline answer has no `data` but `errors` about the resource asked for, else None."""
    if not isinstance(body, dict) or body.get("data") or not isinstance(body.get("errors"), list):
        return None
    for problem in body["errors"]:
        if problem_name(problem) in GONE_PROBLEMS:
            detail = problem.get("detail") or problem.get("title") or ""
            return str(detail)
    return None
