"""Media endpoints, as strict as X: the one-shot upload (images only), the chunked upload with asynchronous
processing, its STATUS, and alt text.

- `POST /2/media/upload`: `media` and `media_category` (required); GIF and video categories are refused (X's docs:
  the simple upload is for images only; its spec v2.166 allowed only `tweet_image`, `dm_image`, `subtitles`).
- `POST /2/media/upload/initialize` (JSON `media_type`, `total_bytes`, `media_category`; no other field) →
  `POST /2/media/upload/{id}/append` (`media` and `segment_index` 0..999; the same index again replaces it) →
  `POST /2/media/upload/{id}/finalize`: the segments must run from 0 without a gap and add up to `total_bytes`.
  A GIF or video then answers `processing_info {state: pending, check_after_secs: 1}`; `GET /2/media/upload?
  command=STATUS&media_id=ID` moves, on the server's clock, pending → in_progress (`progress_percent`) → succeeded
  or failed (`mediafiles` decides, at FINALIZE). The spec forbids more fields in `processing_info`, so a failure's
  reason is a Problem in the answer's top-level `errors`.
- `POST /2/tweets` takes only media that are ready (`ready`): X answers "Your media IDs are invalid." otherwise.
- An upload is forgotten once it expires (`expires_after_secs`): its id is then unknown (404).
"""

from __future__ import annotations

import base64
import binascii
import math
from datetime import datetime, timedelta
from typing import Any

from exec_desk.fakex import mediafiles
from exec_desk.fakex.model import FakeMedia, FakeUpload
from exec_desk.fakex.params import SNOWFLAKE_RE, Params, words
from exec_desk.fakex.prices import Op
from exec_desk.fakex.problems import PROBLEMS, ApiError, invalid_request, not_found
from exec_desk.fakex.routes import Context, Outcome, Request

MB = 1024 * 1024
ONE_SHOT_CATEGORIES = frozenset({"tweet_image", "dm_image", "subtitles"})
ALL_CATEGORIES = frozenset({"tweet_image", "tweet_video", "tweet_gif", "dm_image", "dm_video", "dm_gif", "subtitles"})
CHUNKED_CATEGORIES = ALL_CATEGORIES | {"amplify_video"}
MEDIA_TYPES = words(
    "video/mp4 video/webm video/mp2t video/quicktime text/srt text/vtt image/jpeg image/gif image/bmp image/png "
    "image/webp image/pjpeg image/tiff model/gltf-binary model/vnd.usdz+zip"
)
INIT_KEYS = words("additional_owners media_category media_type shared total_bytes")
#: X's size limits by category (docs.x.com "Media": image 5 MB, GIF 15 MB, video 512 MB).
SIZE_LIMIT = {"image": 5 * MB, "gif": 15 * MB, "video": 512 * MB}
#: How long X keeps an upload: the one-shot's answer (a day), a chunked session's (xurl's live output: 15 days).
ONE_SHOT_KEPT = 86400
SESSION_KEPT = 1296000
MAX_ALT_TEXT = 1000
INVALID_MEDIA_IDS = "Your media IDs are invalid."


def _invalid(parameter: str, value: object, message: str) -> ApiError:
    return ApiError(400, invalid_request([(parameter, str(value), message)]))


def _family(category: str) -> str:
    return "video" if category.endswith("video") else "gif" if category.endswith("gif") else "image"


def processing_secs(size: int) -> float:
    """How long the fake takes to process a GIF or video: 2 seconds, plus one for every 8 MB."""
    return 2.0 + size // (8 * MB)


def state_at(media: FakeMedia, now: datetime) -> tuple[str | None, int | None, int | None]:
    """(state, progress_percent, check_after_secs) of an upload at `now`; state None: needs no processing."""
    upload = media.upload
    if upload is None or upload.finalized_at is None:
        return (None, None, None) if upload is None else ("uploading", None, None)
    if upload.processing_secs <= 0:
        return None, None, None
    elapsed = (now - upload.finalized_at).total_seconds()
    if elapsed < 1:
        return "pending", None, 1
    if upload.failure is not None:
        return "failed", 0, None
    if elapsed < upload.processing_secs:
        return "in_progress", int(100 * (elapsed - 1) / (upload.processing_secs - 1)), 1
    return "succeeded", 100, None


def ready(media: FakeMedia, now: datetime) -> bool:
    """Whether a post may carry this media now."""
    expired = media.expires_at is not None and now >= media.expires_at
    return not expired and state_at(media, now)[0] in (None, "succeeded")


def _owned(ctx: Context, req: Request, raw: str, parameter: str) -> FakeMedia:
    if not SNOWFLAKE_RE.match(raw):
        raise _invalid(parameter, raw, f"`{parameter}` must be a string of 1 to 19 digits")
    media = ctx.world.media_by_id(raw)
    if media is None or media.owner_id != req.user_id or (media.expires_at and req.now >= media.expires_at):
        raise ApiError(404, not_found("media", raw, parameter))
    return media


def _data(media: FakeMedia, now: datetime) -> dict[str, Any]:
    out: dict[str, Any] = {"id": str(media.id), "media_key": media.media_key, "size": len(media.data or b"")}
    if media.expires_at is not None:
        out["expires_after_secs"] = max(0, math.floor((media.expires_at - now).total_seconds()))
    state, percent, check_after = state_at(media, now)
    if state is not None:
        info: dict[str, Any] = {"state": state}
        if check_after is not None:
            info["check_after_secs"] = check_after
        if percent is not None:
            info["progress_percent"] = percent
        out["processing_info"] = info
    if media.type == "video":
        out["video"] = {"video_type": media.content_type}
    elif state is None and media.type == "photo":
        out["image"] = {"image_type": media.content_type, "w": media.width, "h": media.height}
    return out


def _answer(media: FakeMedia, now: datetime, op: Op) -> Outcome:
    body: dict[str, Any] = {"data": _data(media, now)}
    if body["data"].get("processing_info", {}).get("state") == "failed" and media.upload is not None:
        detail = media.upload.failure or "Invalid media"
        problem = {"type": PROBLEMS + "invalid-request", "title": "Invalid Request", "detail": detail}
        body["errors"] = [{**problem, "parameter": "media_id", "value": str(media.id)}]
    return Outcome(200, body, op=op)


# -- the one-shot upload --------------------------------------------------------------------------------------
def upload_media(ctx: Context, req: Request, args: dict[str, str]) -> Outcome:
    parts = req.multipart()
    if parts:
        data = parts["media"].data if "media" in parts else b""
        category = parts["media_category"].data.decode("utf-8", "replace") if "media_category" in parts else ""
    else:
        body = req.json()
        category = str(body.get("media_category", ""))
        try:
            data = base64.b64decode(str(body.get("media", "")), validate=True)
        except binascii.Error as exc:
            raise _invalid("media", "", "`media` must be base64 in a JSON body") from exc
    if not data:
        raise _invalid("media", "", "The `media` field is required")
    if category not in ALL_CATEGORIES:
        raise _invalid("media_category", category, f"`media_category` must be one of {sorted(ALL_CATEGORIES)}")
    if category not in ONE_SHOT_CATEGORIES:
        raise _invalid(
            "media_category",
            category,
            f"`media_category` {category} needs the chunked upload (/2/media/upload/initialize); the one-shot "
            f"upload takes {', '.join(sorted(ONE_SHOT_CATEGORIES))}",
        )
    image = mediafiles.image_type(data)
    if image is None:
        raise _invalid("media", "", "The media type is unrecognized or does not match media_category.")
    if len(data) > SIZE_LIMIT["image"]:
        raise _invalid("media", "", "File size exceeds 5242880 bytes.")
    media = ctx.world.add_media(
        req.user_id, at=req.now, media_type="photo", content_type=image[0], data=data, category=category
    )
    media.width, media.height = image[1] or media.width, image[2] or media.height
    media.expires_at = req.now + timedelta(seconds=ONE_SHOT_KEPT)
    return _answer(media, req.now, Op.MEDIA_UPLOAD)


# -- the chunked upload ---------------------------------------------------------------------------------------
def initialize(ctx: Context, req: Request, args: dict[str, str]) -> Outcome:
    body = req.json()
    for key in body:
        if key not in INIT_KEYS:
            raise _invalid(key, body[key], f"[{key}] is not one of [{','.join(sorted(INIT_KEYS))}]")
    mime, total = body.get("media_type"), body.get("total_bytes")
    if mime not in MEDIA_TYPES:
        raise _invalid("media_type", mime, f"`media_type` must be one of [{','.join(sorted(MEDIA_TYPES))}]")
    if not isinstance(total, int) or isinstance(total, bool) or total <= 0:
        raise _invalid("total_bytes", total, "`total_bytes` must be a positive integer")
    default = "tweet_video" if str(mime).startswith("video/") else "tweet_gif" if mime == "image/gif" else "tweet_image"
    category = body.get("media_category", default)
    if category not in CHUNKED_CATEGORIES:
        raise _invalid("media_category", category, f"`media_category` must be one of {sorted(CHUNKED_CATEGORIES)}")
    family = _family(str(category))
    if total > SIZE_LIMIT[family]:
        raise _invalid("total_bytes", total, f"File size exceeds {SIZE_LIMIT[family]} bytes.")
    kind = {"video": "video", "gif": "animated_gif", "image": "photo"}[family]
    media = ctx.world.add_media(
        req.user_id, at=req.now, media_type=kind, content_type=str(mime), data=b"", category=str(category)
    )
    media.expires_at = req.now + timedelta(seconds=SESSION_KEPT)
    media.upload = FakeUpload(total_bytes=total, mime_type=str(mime), expires_at=media.expires_at)
    data = {"id": str(media.id), "media_key": media.media_key, "expires_after_secs": SESSION_KEPT - 1}
    return Outcome(200, {"data": data}, op=Op.MEDIA_INITIALIZE)


def _session(ctx: Context, req: Request, args: dict[str, str]) -> tuple[FakeMedia, FakeUpload]:
    media = _owned(ctx, req, args["id"], "id")
    if media.upload is None:
        raise _invalid("id", args["id"], "This media was not uploaded in chunks")
    return media, media.upload


def append(ctx: Context, req: Request, args: dict[str, str]) -> Outcome:
    _media, upload = _session(ctx, req, args)
    if upload.finalized_at is not None:
        raise _invalid("id", args["id"], "This upload is finalized: no more segments can be appended")
    parts = req.multipart()
    if parts:
        unknown = sorted(set(parts) - {"media", "segment_index"})
        chunk = parts["media"].data if "media" in parts else b""
        raw_index: object = parts["segment_index"].data.decode("ascii", "replace") if "segment_index" in parts else None
    else:
        body = req.json()
        unknown = sorted(set(body) - {"media", "segment_index"})
        try:
            chunk = base64.b64decode(str(body.get("media", "")), validate=True)
        except binascii.Error as exc:
            raise _invalid("media", "", "`media` must be base64 in a JSON body") from exc
        raw_index = body.get("segment_index")
    if unknown:
        raise _invalid(unknown[0], "", f"[{unknown[0]}] is not one of [media,segment_index]")
    text = str(raw_index) if raw_index is not None and not isinstance(raw_index, bool) else ""
    if not text.isdigit() or not 0 <= int(text) <= 999:
        raise _invalid("segment_index", raw_index, "`segment_index` must be an integer from 0 to 999")
    if not chunk:
        raise _invalid("media", "", "The `media` field is required")
    index = int(text)
    received = sum(len(v) for k, v in upload.segments.items() if k != index) + len(chunk)
    if received > upload.total_bytes:
        raise _invalid("media", "", f"The segments add up to more than total_bytes ({upload.total_bytes})")
    upload.segments[index] = chunk
    return Outcome(200, {"data": {"expires_at": int(upload.expires_at.timestamp())}}, op=Op.MEDIA_APPEND)


def finalize(ctx: Context, req: Request, args: dict[str, str]) -> Outcome:
    media, upload = _session(ctx, req, args)
    if upload.finalized_at is None:
        indexes = sorted(upload.segments)
        if not indexes:
            raise _invalid("segment_index", "", "No segment was appended")
        missing = next((i for i, found in enumerate(indexes) if i != found), None)
        if missing is not None:
            raise _invalid("segment_index", missing, f"Segment {missing} is missing: segments must run from 0")
        data = b"".join(upload.segments[i] for i in indexes)
        if len(data) != upload.total_bytes:
            raise _invalid("total_bytes", upload.total_bytes, f"Received {len(data)} bytes, not total_bytes")
        _process(media, upload, data, req.now)
    return _answer(media, req.now, Op.MEDIA_FINALIZE)


def _process(media: FakeMedia, upload: FakeUpload, data: bytes, now: datetime) -> None:
    """Decide now what processing will end in; the clock reveals it."""
    media.data, upload.finalized_at = data, now
    upload.segments = {}
    family = _family(media.category)
    if family == "image":
        found = mediafiles.image_type(data)
        if found is None:
            raise _invalid("media", "", "The media type is unrecognized or does not match media_category.")
        media.content_type = found[0]
        media.width, media.height = found[1] or media.width, found[2] or media.height
        return
    upload.processing_secs = processing_secs(len(data))
    upload.failure = mediafiles.video_failure(data) if family == "video" else mediafiles.gif_failure(data)
    found = mediafiles.image_type(data)
    if family == "gif" and found is not None:
        media.width, media.height = found[1], found[2]
    seconds = mediafiles.video_seconds(data) if family == "video" else None
    if seconds is not None:
        media.duration_ms = round(seconds * 1000)
    if family == "video":
        media.content_type = "video/mp4"


def status(ctx: Context, req: Request, args: dict[str, str]) -> Outcome:
    params = Params(req.query, ("media_id", "command"))
    command = params.get("command")
    if command is not None and command != "STATUS":
        raise _invalid("command", command, "`command` must be STATUS")
    media = _owned(ctx, req, params.required("media_id"), "media_id")
    if media.upload is not None and media.upload.finalized_at is None:
        raise _invalid("media_id", str(media.id), "This upload is not finalized")
    return _answer(media, req.now, Op.MEDIA_STATUS)


# -- alt text -------------------------------------------------------------------------------------------------
def media_metadata(ctx: Context, req: Request, args: dict[str, str]) -> Outcome:
    body = req.json()
    media_id = body.get("id")
    if not isinstance(media_id, str) or not SNOWFLAKE_RE.match(media_id):
        raise _invalid("id", media_id, "`id` must be a string of 1 to 19 digits")
    media = ctx.world.media_by_id(media_id)
    if media is None or media.owner_id != req.user_id:
        raise ApiError(404, not_found("media", media_id, "id"))
    metadata = body.get("metadata") or {}
    alt = metadata.get("alt_text") if isinstance(metadata, dict) else None
    text = alt.get("text") if isinstance(alt, dict) else None
    if alt is not None and (not isinstance(text, str) or len(text) > MAX_ALT_TEXT):
        raise _invalid("metadata.alt_text.text", text, f"Alt text must be a string of at most {MAX_ALT_TEXT} chars")
    associated: dict[str, Any] = {}
    if isinstance(text, str):
        media.alt_text = text
        associated["alt_text"] = {"text": text}
    return Outcome(200, {"data": {"id": media_id, "associated_metadata": associated}}, op=Op.MEDIA_METADATA)


def check_post_media(ctx: Context, req: Request, media_ids: list[str]) -> list[str]:
    """The media keys of the media a post names, as `POST /2/tweets` checks them (a 400 as X sends otherwise)."""
    found = []
    for media_id in media_ids:
        media = ctx.world.media_by_id(media_id)
        if media is None or media.owner_id != req.user_id or not ready(media, req.now):
            raise _invalid("media.media_ids", media_id, INVALID_MEDIA_IDS)
        found.append(media)
    if len(found) > 1 and any(m.type != "photo" for m in found):  # 4 photos, or 1 GIF, or 1 video
        raise _invalid("media.media_ids", ",".join(media_ids), INVALID_MEDIA_IDS)
    return [m.media_key for m in found]
