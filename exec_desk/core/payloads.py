"""What an outbox item asks X to do — its payload — as typed values, and their JSON: the one place it is written
(`to_json`) and read (`payload_from_json`).

- `RetweetPayload(post_id)`: `{"op": "retweet", "post_id": "..."}`.
- `PostPayload(parts, media, reply_to, quote_of)`: a post, or a thread part by part, with its media (`MediaRef`,
  for part 1): `{"op": "post", "parts": [...], "media": [{"path", "kind", "mime_type", "alt_text"}], "reply_to",
  "quote_of"}`, as the composer and `exec-desk post` queue it (`core.compose.ComposedPost.payload`). The older form
  `{"op": "post", "text", "reply_to", "quote_of", "media_ids"}` (one part, its media uploaded beforehand) is read
  as a `PostPayload` of that one part with its `media_ids`, which `to_json` then writes beside the parts.
- `OtherPayload(op, data)`: any other kind (a write plugged into the sender), or a post or retweet whose JSON is
  not of those forms, kept whole as it came (`data`) so that it is written back as it was.

Stored payloads stay byte for byte what earlier versions wrote: the store writes `to_json()` with sorted keys, and
the composer's form has the same keys and values as before. Every reader (the sender and its operations, the
duplicate check, the session, the outbox window) gets these values from `storage.records.OutboxItem.payload`,
never the JSON.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

#: The kinds of media X takes (`core.media.checks.MediaKind` values).
MEDIA_KINDS = ("image", "gif", "video")


@dataclass(frozen=True, slots=True)
class MediaRef:
    """A file to upload with a post: its path, kind ("image", "gif", "video"; "" in older payloads), MIME type and
    description."""

    path: str
    kind: str = ""
    mime_type: str = ""
    alt_text: str = ""

    @property
    def category(self) -> str:
        """ "image", "gif" or "video": the kind, or (older payloads carry none) what the MIME type says."""
        if self.kind in MEDIA_KINDS:
            return self.kind
        return "video" if self.mime_type.startswith("video/") else "gif" if self.mime_type == "image/gif" else "image"

    def to_json(self) -> dict[str, str]:
        return {"path": self.path, "kind": self.kind, "mime_type": self.mime_type, "alt_text": self.alt_text}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> MediaRef:
        return cls(
            path=str(data.get("path") or ""),
            kind=str(data.get("kind") or ""),
            mime_type=str(data.get("mime_type") or ""),
            alt_text=str(data.get("alt_text") or ""),
        )


@dataclass(frozen=True, slots=True)
class RetweetPayload:
    """Retweet the post `post_id`."""

    op: ClassVar[str] = "retweet"
    post_id: str

    def to_json(self) -> dict[str, Any]:
        return {"op": self.op, "post_id": self.post_id}


@dataclass(frozen=True, slots=True)
class PostPayload:
    """A post (one part) or a thread (each part a reply to the one before), `media` with part 1, replying to
    `reply_to` or quoting `quote_of`; `media_ids`: media uploaded beforehand (the older form)."""

    op: ClassVar[str] = "post"
    parts: tuple[str, ...]
    media: tuple[MediaRef, ...] = ()
    reply_to: str | None = None
    quote_of: str | None = None
    media_ids: tuple[str, ...] = ()

    @property
    def has_media(self) -> bool:
        return bool(self.media or self.media_ids)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "op": self.op,
            "parts": list(self.parts),
            "media": [m.to_json() for m in self.media],
            "reply_to": self.reply_to,
            "quote_of": self.quote_of,
        }
        if self.media_ids:
            data["media_ids"] = list(self.media_ids)
        return data


@dataclass(frozen=True, slots=True)
class OtherPayload:
    """A payload of another kind (or of no known form): its `op` and its whole JSON object, kept as it came."""

    op: str
    data: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return dict(self.data)


Payload = RetweetPayload | PostPayload | OtherPayload


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def payload_from_json(data: Mapping[str, Any]) -> Payload:
    """The payload a JSON object describes (see the module docstring); never fails: what is not a known form is an
    `OtherPayload`."""
    op = str(data.get("op") or "")
    if op == RetweetPayload.op and data.get("post_id") is not None:
        return RetweetPayload(str(data["post_id"]))
    if op == PostPayload.op:
        parts, media = data.get("parts"), data.get("media")
        media = media if isinstance(media, list | tuple) else ()
        refs = tuple(MediaRef.from_json(m) for m in media if isinstance(m, Mapping))
        if isinstance(parts, Sequence) and not isinstance(parts, str) and parts:
            texts = tuple(str(p) for p in parts)
        elif "text" in data:
            texts = (str(data["text"]),)
        else:
            return OtherPayload(op, dict(data))
        return PostPayload(
            parts=texts,
            media=refs,
            reply_to=_text(data.get("reply_to")),
            quote_of=_text(data.get("quote_of")),
            media_ids=tuple(str(m) for m in data.get("media_ids") or ()),
        )
    return OtherPayload(op, dict(data))


def as_payload(value: Payload | Mapping[str, Any]) -> Payload:
    """`value` as a payload: itself, or the payload its JSON object describes."""
    if isinstance(value, RetweetPayload | PostPayload | OtherPayload):
        return value
    return payload_from_json(value)
