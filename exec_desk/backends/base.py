"""The X backend protocol: the operations the product needs, in domain terms.

Every implementation raises only `exec_desk.core.errors.XError` subclasses and reports each call it makes to a
`CallRecorder` (the API-cost ledger) with the resources it returned.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Protocol

from exec_desk.core.models import Page, Post, UploadState, User, XList


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
        self,
        query: str,
        *,
        since_id: str | None = None,
        next_token: str | None = None,
        max_results: int = 100,
        start_time: datetime | None = None,
    ) -> Page:
        """Recent search, newest first; `start_time` (within the last seven days) or `since_id`, not both (X)."""
        ...

    def posts(self, post_ids: Sequence[str]) -> Page:
        """Posts by id (at most 100; GET /2/tweets?ids=), without the posts they refer to (only their ids): each
        post returned is one post read, nothing more. Ids X does not have (deleted, protected) are left out."""
        ...

    def conversation(self, conversation_id: str, *, max_results: int = 10) -> Page:
        """The replies of a conversation (recent search `conversation_id:ID`: seven days back; X never returns the
        post that started it), newest first, without the posts they refer to: one post read per reply."""
        ...

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

    # -- media: an image in one request; a GIF or a video in steps, each of which the caller may save ----------
    def upload_media(self, path: Path, *, mime_type: str | None = None, alt_text: str | None = None) -> str:
        """Upload an image (JPEG, PNG, WebP, a still GIF) through the one-shot POST /2/media/upload (+ its alt text
        through /2/media/metadata); return the media id."""
        ...

    def media_initialize(self, *, total_bytes: int, media_type: str, media_category: str) -> UploadState:
        """Start a chunked upload (GIF: `tweet_gif`, video: `tweet_video`); its id and `expires_after_secs`."""
        ...

    def media_append(self, media_id: str, segment_index: int, chunk: bytes) -> None:
        """Send one segment (0 to 999, in order; sending one again replaces it)."""
        ...

    def media_finalize(self, media_id: str) -> UploadState:
        """End the upload: `ready`, or being processed (`state` pending / in_progress: ask `media_status` again
        after `check_after_secs`), or `failed` with X's reason in `error`."""
        ...

    def media_status(self, media_id: str) -> UploadState:
        """How X's processing of a finalized upload is going (GET /2/media/upload?command=STATUS)."""
        ...

    def set_alt_text(self, media_id: str, alt_text: str) -> None:
        """The description of an uploaded image or GIF (at most 1000 characters)."""
        ...
