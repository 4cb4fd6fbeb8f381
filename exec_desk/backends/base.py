"""The X backend protocol: the operations the product needs, in domain terms.

Every implementation raises only `exec_desk.core.errors.XError` subclasses and reports each call it makes to a
`CallRecorder` (the API-cost ledger) with the resources it returned.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Protocol

from exec_desk.core.models import Page, Post, User, XList


class XBackend(Protocol):
    """What Exec Desk asks of X. Methods block: call them from a worker, never the GUI thread."""

    @property
    def user_id(self) -> str: ...

    def me(self) -> User: ...

    def users(self, user_ids: Sequence[str]) -> list[User]:
        """Users by id (at most 100 per call); ids X does not know are left out."""
        ...

    def home_timeline(
        self, *, since_id: str | None = None, pagination_token: str | None = None, max_results: int = 100
    ) -> Page: ...

    def list_posts(self, list_id: str, *, pagination_token: str | None = None, max_results: int = 100) -> Page: ...

    def mentions(
        self, *, since_id: str | None = None, pagination_token: str | None = None, max_results: int = 100
    ) -> Page: ...

    def search_recent(
        self, query: str, *, since_id: str | None = None, next_token: str | None = None, max_results: int = 100
    ) -> Page: ...

    def own_posts(self, *, since_id: str | None = None, max_results: int = 100) -> Page:
        """The user's own recent posts (an owned read): used to check whether a timed-out post landed."""
        ...

    def owned_lists(self) -> list[XList]: ...

    def followed_lists(self) -> list[XList]: ...

    def retweet(self, post_id: str) -> None: ...

    def unretweet(self, post_id: str) -> None: ...

    def like(self, post_id: str) -> None: ...

    def create_post(
        self,
        text: str,
        *,
        reply_to: str | None = None,
        quote_of: str | None = None,
        media_ids: Iterable[str] = (),
    ) -> Post: ...

    def delete_post(self, post_id: str) -> None: ...

    def upload_media(self, path: Path, *, mime_type: str | None = None, alt_text: str | None = None) -> str:
        """Upload a file through POST /2/media/upload (+ /2/media/metadata for alt text); return the media id."""
        ...
