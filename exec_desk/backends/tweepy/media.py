"""Media uploads for `TweepyBackend`: tweepy has no v2 media methods, so these requests go through the client's own
routed session and auth (`_raw`), mapped to app-level errors and reported to the ledger like every other call.

- Images: the one-shot `POST /2/media/upload` (multipart `media`, `media_category=tweet_image`, required by X).
- GIFs and videos, in steps the caller can save one by one (the outbox does): `POST /2/media/upload/initialize`
  (JSON `media_type`, `total_bytes`, `media_category`), `POST /2/media/upload/{id}/append` (multipart `media` and
  `segment_index`), `POST /2/media/upload/{id}/finalize`, then `GET /2/media/upload?command=STATUS&media_id=ID`
  while X processes the file. Each answer becomes an `UploadState`; a failed processing's reason is read from
  `processing_info.error.message` (X's live form) or, failing that, from the answer's `errors` (where a body that
  follows X's OpenAPI spec has to put it).
- Alt text: `POST /2/media/metadata` (at most 1000 characters), for images and GIFs.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from pathlib import Path
from typing import Any

import requests
import tweepy

from exec_desk.core import errors
from exec_desk.core.models import UploadState
from exec_desk.core.pricing import Op

#: X's categories for a post's media, by the kind of upload.
CATEGORY = {"image": "tweet_image", "gif": "tweet_gif", "video": "tweet_video"}


def upload_state(body: Any) -> UploadState:
    """An answer of the one-shot upload, INIT, FINALIZE or STATUS as an `UploadState`."""
    data = body.get("data") if isinstance(body, dict) else None
    if not isinstance(data, dict) or "id" not in data:
        raise errors.Transient(f"X's answer has no media id: {str(body)[:200]}")
    info = data.get("processing_info")
    info = info if isinstance(info, dict) else {}
    state = info.get("state")
    error = None
    if state == "failed":
        error = _reason(info, body)
    return UploadState(
        media_id=str(data["id"]),
        state=str(state) if state else None,
        check_after_secs=_int(info.get("check_after_secs")),
        progress_percent=_int(info.get("progress_percent")),
        expires_after_secs=_int(data.get("expires_after_secs")),
        error=error,
    )


def _reason(info: dict[str, Any], body: dict[str, Any]) -> str:
    error = info.get("error")
    if isinstance(error, dict) and isinstance(error.get("message"), str) and error["message"].strip():
        return str(error["message"]).strip()
    for problem in body.get("errors") or ():
        if isinstance(problem, dict):
            for key in ("detail", "message", "title"):
                if isinstance(problem.get(key), str) and problem[key].strip():
                    return str(problem[key]).strip()
    return ""


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class HTTPFailure(tweepy.HTTPException):  # type: ignore[misc]
    """A non-2xx answer to a raw request, shaped like tweepy's own exceptions so one mapping serves both."""


class MediaCalls:
    """The media methods of `TweepyBackend` (it provides `_call`, `_write`, `_record` and `_oauth1`)."""

    _oauth1: dict[str, str] | None

    def _call(self, op: Op, send: Callable[[Any], requests.Response], *, write: bool = False, **record: Any) -> Any:
        raise NotImplementedError

    def _write(self, op: Op, send: Callable[[Any], requests.Response], ref: str | None = None, **kw: Any) -> Any:
        raise NotImplementedError

    def _record(self, op: Op, status: int, resources: Any = None, **kw: Any) -> None:
        raise NotImplementedError

    def _raw(self, client: Any, method: str, path: str, **kwargs: Any) -> requests.Response:
        """A request tweepy has no method for (v2 media), through the client's own routed session and auth."""
        headers = {"User-Agent": client.user_agent}
        auth = None
        if self._oauth1 is not None:
            auth = tweepy.OAuth1UserHandler(**self._oauth1).apply_auth()
        else:
            headers["Authorization"] = f"Bearer {client.bearer_token}"
        response: requests.Response = client.session.request(
            method, "https://api.twitter.com" + path, headers=headers, auth=auth, **kwargs
        )
        if not 200 <= response.status_code < 300:
            raise HTTPFailure(response)
        return response

    def upload_media(self, path: Path, *, mime_type: str | None = None, alt_text: str | None = None) -> str:
        """Upload an image (JPEG, PNG, WebP, a still GIF) in one request, then its alt text; its media id."""
        mime = mime_type or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if mime.startswith("video/"):
            raise ValueError("X takes videos only through the chunked upload (media_initialize ...)")
        data = path.read_bytes()
        body = self._write(
            Op.MEDIA_UPLOAD,
            lambda c: self._raw(
                c,
                "POST",
                "/2/media/upload",
                files={"media": (path.name, data, mime)},
                data={"media_category": CATEGORY["image"]},
            ),
        )
        media_id = upload_state(body).media_id
        if alt_text:
            self.set_alt_text(media_id, alt_text)
        return media_id

    def media_initialize(self, *, total_bytes: int, media_type: str, media_category: str) -> UploadState:
        """Start a chunked upload of `total_bytes`; the state holds its media id and how long X keeps it."""
        payload = {"media_type": media_type, "total_bytes": total_bytes, "media_category": media_category}
        body = self._write(
            Op.MEDIA_INITIALIZE, lambda c: self._raw(c, "POST", "/2/media/upload/initialize", json=payload)
        )
        return upload_state(body)

    def media_append(self, media_id: str, segment_index: int, chunk: bytes) -> None:
        """Send segment `segment_index` (0 to 999) of a chunked upload; sending the same segment again replaces it."""
        files = {"media": ("blob", chunk, "application/octet-stream")}
        self._write(
            Op.MEDIA_APPEND,
            lambda c: self._raw(
                c,
                "POST",
                f"/2/media/upload/{media_id}/append",
                files=files,
                data={"segment_index": str(segment_index)},
            ),
            ref=media_id,
        )

    def media_finalize(self, media_id: str) -> UploadState:
        """End a chunked upload: ready, or being processed (poll `media_status`)."""
        body = self._write(
            Op.MEDIA_FINALIZE, lambda c: self._raw(c, "POST", f"/2/media/upload/{media_id}/finalize"), ref=media_id
        )
        return upload_state(body)

    def media_status(self, media_id: str) -> UploadState:
        """How X's processing of an upload is going."""
        params = {"command": "STATUS", "media_id": media_id}
        body = self._call(Op.MEDIA_STATUS, lambda c: self._raw(c, "GET", "/2/media/upload", params=params))
        self._record(Op.MEDIA_STATUS, 200, ref=media_id)
        return upload_state(body)

    def set_alt_text(self, media_id: str, alt_text: str) -> None:
        """The description of an uploaded image or GIF (X takes at most 1000 characters)."""
        payload = {"id": media_id, "metadata": {"alt_text": {"text": alt_text}}}
        self._write(Op.MEDIA_METADATA, lambda c: self._raw(c, "POST", "/2/media/metadata", json=payload), ref=media_id)
