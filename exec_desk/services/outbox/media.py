"""The media steps of a post in the outbox: images by the one-shot upload; a GIF or a video by X's chunked upload,
each step saved in the item's progress, then X's processing waited for without holding a thread.

Progress keys (in the outbox item's `progress`, saved after every step by `Progress.record`):
- `media_ids`: the ids of the media ready on X, in order; `media_at`: when the first of them was uploaded (X keeps
  an upload about a day: older ones are uploaded again, see `MEDIA_KEPT`).
- `upload`: the chunked upload under way, `{"index", "id", "size", "mtime", "next", "percent", "expires_at",
  "restarts"}`, then `"finalized_at"`, `"state"` (X's pending / in_progress) and `"check_at"` once finalized.

A chunked upload resumes where it stopped: after a crash following segment 3, segment 4 is sent next (a segment
that may have reached X is sent again: X replaces a segment sent twice). It starts over, cleanly, when it expired
(`expires_after_secs`), when the file changed on disk, or when X no longer knows it (at most `MAX_RESTARTS` times).
Once finalized, X's STATUS is asked when X says (`check_after_secs`, 1 s when X gives none, as xurl does): the step
raises `operations.Later`, the sender schedules the item for that moment, and the post waits in the outbox until
processing has succeeded. A processing that fails ends the post with X's reason (`Refused`: it goes back to the
drafts with its text, media and alt text); one that takes longer than `PROCESSING_LIMIT` too. Alt text goes through
`set_alt_text` once the media is ready. An upload that may have landed (a timeout) is simply made again.

`media_stage` tells the outbox window and the composer where an item's media stand ("uploading the video, 40 %",
"X is processing it, 70 %", "waiting for X"), from the item's payload and progress alone.
"""

from __future__ import annotations

import errno
import math
import stat
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from exec_desk.backends.base import XBackend
from exec_desk.core import errors
from exec_desk.core.i18n import QT_TRANSLATE_NOOP
from exec_desk.core.models import UploadState
from exec_desk.core.payloads import MediaRef, Payload, PostPayload
from exec_desk.services.outbox.operations import Later, Progress, Refused, said

#: X's and xurl's chunk size (X's docs give no maximum; their sample and xurl use 4 MB).
CHUNK_SIZE = 4 * 1024 * 1024
#: X keeps an uploaded file for a day; older uploads are made again before part 1 goes.
MEDIA_KEPT = timedelta(hours=23)
#: An upload this close to its expiry is made again rather than finished.
EXPIRY_MARGIN = timedelta(minutes=10)
#: How long X may take to process a GIF or a video before the post is given back.
PROCESSING_LIMIT = timedelta(minutes=30)
#: How often an upload X lost is started again before the post is given back.
MAX_RESTARTS = 2
CATEGORY = {"image": "tweet_image", "gif": "tweet_gif", "video": "tweet_video"}

UNREADABLE = QT_TRANSLATE_NOOP("Outbox", "{name} can no longer be read ({reason}); attach it again.")
PROCESSING_FAILED = QT_TRANSLATE_NOOP("Outbox", "X could not process {name}: {reason}")
PROCESSING_FAILED_PLAIN = QT_TRANSLATE_NOOP("Outbox", "X could not process {name}.")
PROCESSING_TOO_LONG = QT_TRANSLATE_NOOP("Outbox", "X took more than {minutes} minutes to process {name}.")


@dataclass(frozen=True, slots=True)
class MediaStage:
    """Where a post's GIF or video stands: `step` is "uploading", "processing" (X gave a percentage) or "waiting"
    (X has not started, or gave none); `number` of `count` media."""

    kind: str
    step: str
    percent: int | None
    number: int
    count: int


def media_stage(payload: Payload, progress: Mapping[str, Any]) -> MediaStage | None:
    """The stage of the chunked upload under way in an item, or None when there is none."""
    upload = progress.get("upload")
    if not isinstance(upload, Mapping) or not isinstance(payload, PostPayload):
        return None
    media = payload.media
    index = int(upload.get("index", 0))
    kind = media[index].category if 0 <= index < len(media) else "video"
    percent = upload.get("percent")
    percent = int(percent) if isinstance(percent, int | float) else None
    if "finalized_at" not in upload:
        return MediaStage(kind, "uploading", percent or 0, index + 1, len(media))
    step = "processing" if upload.get("state") == "in_progress" and percent is not None else "waiting"
    return MediaStage(kind, step, percent if step == "processing" else None, index + 1, len(media))


def _time(value: Any) -> datetime | None:
    return datetime.fromisoformat(str(value)) if value else None


class MediaSteps:
    """Uploads a post's media, step by step, into `progress` (see the module docstring)."""

    def __init__(self, chunk_size: int = CHUNK_SIZE) -> None:
        self.chunk_size = chunk_size

    def upload(self, backend: XBackend, media: Sequence[MediaRef], progress: Progress) -> list[str]:
        """The ids of all of `media`, uploading those not uploaded yet (or too long ago). Raises `Later` while X
        processes one, `Refused` when it cannot go, an `XError` from X."""
        now = self._now(progress)
        uploaded = [str(m) for m in progress.data.get("media_ids") or ()]
        since = _time(progress.data.get("media_at"))
        if uploaded and now is not None and (since is None or now - since > MEDIA_KEPT):
            uploaded = []
            progress.data.pop("media_at", None)
        for index in range(len(uploaded), len(media)):
            item = media[index]
            path = Path(item.path)
            try:
                if not stat.S_ISREG(path.stat().st_mode):  # replaced by a pipe or a device since: never read it
                    raise OSError(errno.EINVAL, "not a regular file")
                if item.category == "image":
                    media_id = self._one_shot(backend, path, item)
                else:
                    media_id = self._chunked(backend, index, path, item, progress)
            except errors.Transient as exc:
                # An upload that may have landed is simply made again: an unused upload is never shown to anyone.
                raise errors.Transient(str(exc), status=exc.status) from exc
            except OSError as exc:
                raise Refused(said(UNREADABLE, name=path.name, reason=str(exc.strerror or exc))) from exc
            if not uploaded:  # X's day runs from the first of them
                progress.data["media_at"] = None if now is None else now.isoformat()
            uploaded.append(media_id)
            progress.data.pop("upload", None)
            progress.record(media_ids=list(uploaded))
        return uploaded

    @staticmethod
    def _now(progress: Progress) -> datetime | None:
        return progress.clock() if progress.clock is not None else None

    @staticmethod
    def _one_shot(backend: XBackend, path: Path, item: MediaRef) -> str:
        return backend.upload_media(path, mime_type=item.mime_type or None, alt_text=item.alt_text or None)

    def _chunked(self, backend: XBackend, index: int, path: Path, item: MediaRef, progress: Progress) -> str:
        now = self._now(progress) or datetime.now().astimezone()
        stat = path.stat()
        upload = progress.data.get("upload")
        if not self._resumable(upload, index, stat.st_size, stat.st_mtime_ns, now):
            again = isinstance(upload, Mapping) and upload.get("index") == index
            restarts = int(upload.get("restarts", 0)) + 1 if again and isinstance(upload, Mapping) else 0
            upload = self._initialize(backend, index, path, item, stat.st_size, stat.st_mtime_ns, now, restarts)
            progress.record(upload=upload)
        assert isinstance(upload, dict)
        upload = dict(upload)
        try:
            if "finalized_at" in upload:
                state = backend.media_status(str(upload["id"]))
            else:
                state = self._send(backend, path, upload, progress)
        except (errors.InvalidRequest, errors.NotFound):
            if int(upload.get("restarts", 0)) >= MAX_RESTARTS:
                raise
            progress.record(upload={**upload, "expires_at": now.isoformat()})  # X lost it: start again
            return self._chunked(backend, index, path, item, progress)
        return self._settle(backend, path, item, upload, state, progress, now)

    @staticmethod
    def _resumable(upload: Any, index: int, size: int, mtime: int, now: datetime) -> bool:
        if not isinstance(upload, dict) or upload.get("index") != index:
            return False
        if upload.get("size") != size or upload.get("mtime") != mtime:
            return False  # the file changed since: its segments would not fit together
        expires = _time(upload.get("expires_at"))
        return expires is not None and expires - EXPIRY_MARGIN > now

    @staticmethod
    def _initialize(
        backend: XBackend,
        index: int,
        path: Path,
        item: MediaRef,
        size: int,
        mtime: int,
        now: datetime,
        restarts: int,
    ) -> dict[str, Any]:
        kind = item.category
        mime = item.mime_type or ("image/gif" if kind == "gif" else "video/mp4")
        started = backend.media_initialize(total_bytes=size, media_type=mime, media_category=CATEGORY[kind])
        kept = timedelta(seconds=started.expires_after_secs or 86400)
        return {
            "index": index,
            "id": started.media_id,
            "size": size,
            "mtime": mtime,
            "next": 0,
            "percent": 0,
            "expires_at": (now + kept).isoformat(),
            "restarts": restarts,
        }

    def _send(self, backend: XBackend, path: Path, upload: dict[str, Any], progress: Progress) -> UploadState:
        """Append the segments not sent yet (`upload` follows, saved after each), then finalize."""
        size, chunk = int(upload["size"]), self.chunk_size
        segments = max(1, math.ceil(size / chunk))
        with path.open("rb") as handle:
            for segment in range(int(upload.get("next", 0)), segments):
                handle.seek(segment * chunk)
                backend.media_append(str(upload["id"]), segment, handle.read(chunk))
                upload.update(next=segment + 1, percent=min(100, (segment + 1) * chunk * 100 // size))
                progress.record(upload=dict(upload))
        state = backend.media_finalize(str(upload["id"]))
        upload["finalized_at"] = (self._now(progress) or datetime.now().astimezone()).isoformat()
        return state

    @staticmethod
    def _settle(
        backend: XBackend,
        path: Path,
        item: MediaRef,
        upload: dict[str, Any],
        state: UploadState,
        progress: Progress,
        now: datetime,
    ) -> str:
        """Ready: its alt text, then its id. Failed: X's reason. Still processing: `Later`."""
        if state.failed:
            reason = (state.error or "").strip()
            if reason:
                raise Refused(said(PROCESSING_FAILED, name=path.name, reason=reason))
            raise Refused(said(PROCESSING_FAILED_PLAIN, name=path.name))
        if state.ready:
            if item.alt_text:
                backend.set_alt_text(state.media_id, item.alt_text)
            return str(upload["id"])
        finalized = _time(upload.get("finalized_at")) or now
        if now - finalized > PROCESSING_LIMIT:
            minutes = int(PROCESSING_LIMIT.total_seconds() // 60)
            raise Refused(said(PROCESSING_TOO_LONG, minutes=minutes, name=path.name))
        wait = timedelta(seconds=max(1, state.check_after_secs or 1))
        percent = state.progress_percent if state.state == "in_progress" else None
        upload.update(state=state.state, percent=percent, check_at=(now + wait).isoformat())
        progress.record(upload=dict(upload))
        raise Later(now + wait)
