"""A proposal of the team, read from its file: no I/O here (the bytes come from `services.deck.folder`), no Qt.

Two forms, the same fields. Markdown (`NAME.md`): a header between two lines of `---`, then the text:

    ---
    kind: thread
    by: Claire Martin
    for: 2026-11-20 09:30
    media: stage.jpg | The team on stage at the launch
    media: chart.png
    ---
    First post of the thread.
    ---
    Second post.

- Header lines are `key: value` (keys in any case; a value may be quoted; blank lines and `#` comments are
  skipped; unknown keys are ignored, so a team may add its own). Not YAML: no types guessed (`09:30` stays a time,
  `no` stays a word), no nesting, nothing to install.
- `kind`: `post`, `thread` or `retweet` (required). `by`: who proposes it. `for`: the wished time, ISO-8601
  (`2026-11-20 09:30`, `2026-11-20T09:30+01:00`; without an offset it is the executive's local time).
- `media`: a file beside the proposal; one line each, `FILE | ALT TEXT`, or several files on one line separated by
  commas (no alt text then). Names only: no folder, no `..`.
- `url`: for a retweet, the post's address (`https://x.com/NAME/status/ID`); the text is then a note for the
  executive, not sent. `title`: an optional headline shown in the deck.
- A thread's posts are separated by lines of `---`; without them the text is split as the composer splits a long
  text (numbered posts at sentence ends). A post's `---` lines are text.

JSON (`NAME.json`): `{"kind", "by", "for", "text" or "parts": [...], "media": ["a.jpg", {"file", "alt"}], "url",
"title"}`.

`parse_proposal(name, data, tz)` returns a `Proposal`, or raises `ProposalError` (a `Message` saying why: a file
cut short by a sync tool still writing it fails here, and is read again later, never taken half).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any

from exec_desk.core.i18n import QT_TRANSLATE_NOOP, Message, Phrase

KINDS = ("post", "thread", "retweet")
_POST_URL = re.compile(
    r"https?://(?:www\.|mobile\.)?(?:x|twitter)\.com/(?:[A-Za-z0-9_]{1,15}|i(?:/web)?)/status(?:es)?/(\d{1,20})"
    r"(?:[/?#].*)?",
    re.IGNORECASE,
)
_SEPARATOR = "---"


class ProposalError(ValueError):
    """A file that is not (yet) a whole proposal; `message` says why, in words the UI translates."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def _error(template: str, **fields: str | int) -> ProposalError:
    return ProposalError(Message(Phrase.of("Deck", template, **fields)))


@dataclass(frozen=True, slots=True)
class MediaRef:
    """A file named by a proposal, beside it, with its alt text."""

    file: str
    alt: str = ""


@dataclass(frozen=True, slots=True)
class Proposal:
    """What the team proposes. `parts` are a thread's posts as the team separated them (empty: the text is split
    as the composer splits it); `post_id` is the post a retweet is of."""

    id: str
    kind: str
    text: str
    by: str = ""
    wished: datetime | None = None
    parts: tuple[str, ...] = ()
    media: tuple[MediaRef, ...] = ()
    url: str | None = None
    post_id: str | None = None
    title: str = ""
    link: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The proposal as `exec-desk deck --json` and a feed's stored proposal write it."""
        return {
            "kind": self.kind,
            "by": self.by,
            "for": None if self.wished is None else self.wished.isoformat(),
            "title": self.title,
            "text": self.text,
            "parts": list(self.parts),
            "media": [{"file": m.file, "alt": m.alt} for m in self.media],
            "url": self.url,
            "link": self.link or None,
        }


def post_id_of(url: str) -> str | None:
    """The id of the post at an x.com (or twitter.com) address, or None."""
    match = _POST_URL.fullmatch(url.strip())
    return match.group(1) if match else None


def parse_proposal(name: str, data: bytes, tz: tzinfo | None = None) -> Proposal:
    """The proposal in the file `name` (`ID.md`, `ID.markdown` or `ID.json`) holding `data`."""
    stem, _dot, suffix = name.rpartition(".")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _error(QT_TRANSLATE_NOOP("Deck", "The file is not UTF-8 text.")) from None
    if suffix.lower() == "json":
        return from_json(stem, text, tz)
    return from_markdown(stem, text, tz)


def from_markdown(proposal_id: str, text: str, tz: tzinfo | None = None) -> Proposal:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not lines or lines[0].strip() != _SEPARATOR:
        raise _error(QT_TRANSLATE_NOOP("Deck", "The file does not start with its header (a line of ---)."))
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == _SEPARATOR)
    except StopIteration:
        raise _error(
            QT_TRANSLATE_NOOP("Deck", "The header is not closed by a line of --- (the file may still be arriving).")
        ) from None
    fields: dict[str, str] = {}
    media: list[MediaRef] = []
    for number, line in enumerate(lines[1:end], 2):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        key, colon, value = stripped.partition(":")
        if not colon or not key.strip():
            raise _error(QT_TRANSLATE_NOOP("Deck", "Line {line} of the header is not “key: value”."), line=number)
        key, value = key.strip().lower(), _unquote(value.strip())
        if key == "media":
            media.extend(_media_line(value))
        else:
            fields[key] = value
    body = lines[end + 1 :]
    kind = fields.get("kind", "").lower()
    parts: tuple[str, ...] = ()
    if kind == "thread":
        chunks: list[list[str]] = []
        current: list[str] = []
        for line in body:
            if line.strip() == _SEPARATOR:
                chunks.append(current)
                current = []
            else:
                current.append(line)
        chunks.append(current)
        if len(chunks) > 1:
            parts = tuple(p for p in ("\n".join(c).strip() for c in chunks) if p)
    return _make(proposal_id, fields, "\n".join(body).strip(), parts, tuple(media), tz)


def from_json(proposal_id: str, text: str, tz: tzinfo | None = None) -> Proposal:
    try:
        data = json.loads(text)
    except ValueError:
        raise _error(QT_TRANSLATE_NOOP("Deck", "The file is not whole JSON (it may still be arriving).")) from None
    if not isinstance(data, dict):
        raise _error(QT_TRANSLATE_NOOP("Deck", "The file holds no JSON object."))
    fields = {str(k).lower(): v for k, v in data.items()}
    media: list[MediaRef] = []
    for item in fields.pop("media", None) or []:
        if isinstance(item, str):
            media.append(_media_ref(item))
        elif isinstance(item, dict) and isinstance(item.get("file"), str):
            media.append(_media_ref(item["file"], str(item.get("alt") or "")))
        else:
            raise _error(QT_TRANSLATE_NOOP("Deck", "“media” lists file names, or objects with “file” and “alt”."))
    raw_parts = fields.pop("parts", None) or []
    if not isinstance(raw_parts, list) or not all(isinstance(p, str) for p in raw_parts):
        raise _error(QT_TRANSLATE_NOOP("Deck", "“parts” is a list of texts."))
    parts = tuple(p.strip() for p in raw_parts if p.strip())
    body = str(fields.pop("text", "") or "").strip() or "\n\n".join(parts)
    scalars = {k: "" if v is None else str(v) for k, v in fields.items() if not isinstance(v, dict | list)}
    return _make(proposal_id, scalars, body, parts, tuple(media), tz)


def _make(
    proposal_id: str,
    fields: dict[str, str],
    body: str,
    parts: tuple[str, ...],
    media: tuple[MediaRef, ...],
    tz: tzinfo | None,
) -> Proposal:
    kind = fields.pop("kind", "").strip().lower()
    if kind not in KINDS:
        if not kind:
            raise _error(QT_TRANSLATE_NOOP("Deck", "The header has no “kind:” (post, thread or retweet)."))
        raise _error(QT_TRANSLATE_NOOP("Deck", "“kind: {kind}” is not post, thread or retweet."), kind=kind)
    wished = _moment(fields.pop("for", "").strip(), tz)
    url = fields.pop("url", "").strip() or None
    post_id = None
    if kind == "retweet":
        if url is None:
            raise _error(QT_TRANSLATE_NOOP("Deck", "A retweet needs the post's address (url:)."))
        post_id = post_id_of(url)
        if post_id is None:
            raise _error(QT_TRANSLATE_NOOP("Deck", "“url: {url}” is not the address of a post on x.com."), url=url)
    elif not body and not media:
        raise _error(QT_TRANSLATE_NOOP("Deck", "The proposal has no text."))
    if kind != "thread":
        parts = ()
    by, title, link = (fields.pop(k, "").strip() for k in ("by", "title", "link"))
    return Proposal(proposal_id, kind, body, by, wished, parts, media, url, post_id, title, link, extra=dict(fields))


def _moment(text: str, tz: tzinfo | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise _error(
            QT_TRANSLATE_NOOP("Deck", "“for: {value}” is not a date and time such as 2026-11-20 09:30."), value=text
        ) from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=tz) if tz else moment.astimezone()


def _media_line(value: str) -> list[MediaRef]:
    if "|" in value:
        file, _bar, alt = value.partition("|")
        return [_media_ref(file.strip(), alt.strip())]
    return [_media_ref(name.strip()) for name in value.split(",") if name.strip()]


def _media_ref(file: str, alt: str = "") -> MediaRef:
    name = file.strip()
    if not name or "/" in name or "\\" in name or name in (".", ".."):
        raise _error(
            QT_TRANSLATE_NOOP("Deck", "“media: {file}” must be the name of a file beside the proposal."), file=name
        )
    return MediaRef(name, alt)


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value
