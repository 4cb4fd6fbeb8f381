"""Media a post may carry, checked before anything is uploaded: up to 4 images, or one GIF, or one video.

The type comes from the file's first bytes (JPEG, PNG, WebP, GIF, MP4/MOV), not from its name; sizes follow X's
limits (image 5 MB, GIF 15 MB, video 512 MB). Every refusal is a `MediaError` whose message names the file and says
what to do, in plain words. Pure: reads a file's size and first bytes, nothing else.

Messages are English templates marked with `QT_TRANSLATE_NOOP("Media", ...)` and filled in with `str.format`;
`MESSAGES` lists them all, so that the UI can show them translated (see `exec_desk.ui.compose_messages`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from exec_desk.core.i18n import QT_TRANSLATE_NOOP

MB = 1024 * 1024
MAX_IMAGES = 4
#: X's limit for the description of an image or a GIF.
ALT_TEXT_MAX = 1000
_HEAD = 32


class MediaKind(StrEnum):
    IMAGE = "image"
    GIF = "gif"
    VIDEO = "video"


SIZE_LIMIT = {MediaKind.IMAGE: 5 * MB, MediaKind.GIF: 15 * MB, MediaKind.VIDEO: 512 * MB}
#: Files people attach by mistake, recognised to say what they are.
_OTHER_KINDS = (
    (b"%PDF", QT_TRANSLATE_NOOP("Media", "a PDF document")),
    (b"PK\x03\x04", QT_TRANSLATE_NOOP("Media", "a ZIP archive or an Office document")),
    (b"\xd0\xcf\x11\xe0", QT_TRANSLATE_NOOP("Media", "an Office document")),
    (b"{\\rtf", QT_TRANSLATE_NOOP("Media", "an RTF document")),
    (b"BM", QT_TRANSLATE_NOOP("Media", "a BMP image, which X does not take")),
    (b"II*\x00", QT_TRANSLATE_NOOP("Media", "a TIFF image, which X does not take")),
    (b"MM\x00*", QT_TRANSLATE_NOOP("Media", "a TIFF image, which X does not take")),
)
FOLDER = QT_TRANSLATE_NOOP("Media", "{name} is a folder, not a file.")
MISSING = QT_TRANSLATE_NOOP("Media", "{name} does not exist.")
DENIED = QT_TRANSLATE_NOOP("Media", "{name} cannot be read (permission denied).")
UNREADABLE = QT_TRANSLATE_NOOP("Media", "{name} cannot be read ({reason}).")
EMPTY = QT_TRANSLATE_NOOP("Media", "{name} is empty.")
NOT_MEDIA = QT_TRANSLATE_NOOP("Media", "{name} is not an image, a GIF or a video that X accepts. {formats}")
NOT_MEDIA_BUT = QT_TRANSLATE_NOOP(
    "Media", "{name} is not an image, a GIF or a video that X accepts (it looks like {what}). {formats}"
)
TOO_BIG = {
    MediaKind.IMAGE: QT_TRANSLATE_NOOP(
        "Media", "{name} is {size}; an image may be at most {limit} on X. Use a smaller or compressed copy."
    ),
    MediaKind.GIF: QT_TRANSLATE_NOOP(
        "Media", "{name} is {size}; a GIF may be at most {limit} on X. Use a smaller or compressed copy."
    ),
    MediaKind.VIDEO: QT_TRANSLATE_NOOP(
        "Media", "{name} is {size}; a video may be at most {limit} on X. Use a smaller or compressed copy."
    ),
}
LONG_ALT = QT_TRANSLATE_NOOP(
    "Media", "The description of {name} is {length} characters; X takes at most {limit}. Shorten it."
)
#: "must be alone", by kind and by whether one or several other files are attached.
ALONE = {
    (MediaKind.GIF, 1): QT_TRANSLATE_NOOP("Media", "A GIF must be alone in a post: remove {name} or the other file."),
    (MediaKind.GIF, 2): QT_TRANSLATE_NOOP(
        "Media", "A GIF must be alone in a post: remove {name} or the {others} other files."
    ),
    (MediaKind.VIDEO, 1): QT_TRANSLATE_NOOP(
        "Media", "A video must be alone in a post: remove {name} or the other file."
    ),
    (MediaKind.VIDEO, 2): QT_TRANSLATE_NOOP(
        "Media", "A video must be alone in a post: remove {name} or the {others} other files."
    ),
}
TOO_MANY = QT_TRANSLATE_NOOP("Media", "A post holds at most {max} images; {count} are attached. Remove {extra}.")
FORMATS = QT_TRANSLATE_NOOP(
    "Media",
    "X takes up to {max} images (JPEG, PNG, WebP; {image} each), or one GIF ({gif}), or one MP4/MOV video ({video}).",
)
MEGABYTES = QT_TRANSLATE_NOOP("Media", "{size} MB")
KILOBYTES = QT_TRANSLATE_NOOP("Media", "{size} KB")
#: Every template above: the UI shows these texts translated.
MESSAGES: tuple[str, ...] = (
    *dict.fromkeys(label for _magic, label in _OTHER_KINDS),
    FOLDER,
    MISSING,
    DENIED,
    UNREADABLE,
    EMPTY,
    NOT_MEDIA,
    NOT_MEDIA_BUT,
    *TOO_BIG.values(),
    LONG_ALT,
    *ALONE.values(),
    TOO_MANY,
    FORMATS,
    MEGABYTES,
    KILOBYTES,
)


class MediaError(ValueError):
    """A file that cannot be attached, or a set of files X would refuse; the message is for the user."""


@dataclass(frozen=True, slots=True)
class Attachment:
    """A checked file: its kind and MIME type come from its content."""

    path: str
    kind: MediaKind
    mime_type: str
    size: int
    alt_text: str = ""

    @property
    def name(self) -> str:
        return Path(self.path).name

    def with_alt(self, alt_text: str) -> Attachment:
        return replace(self, alt_text=alt_text)

    def as_json(self) -> dict[str, str]:
        return {"path": self.path, "kind": self.kind.value, "mime_type": self.mime_type, "alt_text": self.alt_text}


def sniff(head: bytes) -> tuple[MediaKind, str] | None:
    """The kind and MIME type of a file from its first bytes, or None if X does not take it."""
    if head.startswith(b"\xff\xd8\xff"):
        return MediaKind.IMAGE, "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return MediaKind.IMAGE, "image/png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return MediaKind.IMAGE, "image/webp"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return MediaKind.GIF, "image/gif"
    if head[4:8] == b"ftyp":
        return MediaKind.VIDEO, "video/quicktime" if head[8:12] == b"qt  " else "video/mp4"
    return None


def inspect(path: Path | str, alt_text: str = "") -> Attachment:
    """Check one file; raise `MediaError` saying what is wrong with it."""
    file = Path(path).expanduser()
    name = file.name or str(file)
    try:
        if file.is_dir():
            raise MediaError(FOLDER.format(name=name))
        size = file.stat().st_size
        with file.open("rb") as handle:
            head = handle.read(_HEAD)
    except FileNotFoundError:
        raise MediaError(MISSING.format(name=file)) from None
    except PermissionError:
        raise MediaError(DENIED.format(name=name)) from None
    except OSError as exc:
        raise MediaError(UNREADABLE.format(name=name, reason=exc.strerror or exc)) from None
    if size == 0:
        raise MediaError(EMPTY.format(name=name))
    found = sniff(head)
    if found is None:
        what = next((label for magic, label in _OTHER_KINDS if head.startswith(magic)), None)
        template = NOT_MEDIA if what is None else NOT_MEDIA_BUT
        raise MediaError(template.format(name=name, what=what, formats=accepted_formats()))
    kind, mime = found
    limit = SIZE_LIMIT[kind]
    if size > limit:
        raise MediaError(TOO_BIG[kind].format(name=name, size=size_text(size), limit=size_text(limit)))
    check_alt_text(name, alt_text)
    return Attachment(path=str(file.absolute()), kind=kind, mime_type=mime, size=size, alt_text=alt_text)


def check_alt_text(name: str, alt_text: str) -> None:
    if len(alt_text) > ALT_TEXT_MAX:
        raise MediaError(LONG_ALT.format(name=name, length=len(alt_text), limit=ALT_TEXT_MAX))


def set_problems(attachments: Sequence[Attachment]) -> list[str]:
    """What is wrong with attaching these files to one post (empty when X takes them)."""
    if not attachments:
        return []
    problems = []
    moving = [a for a in attachments if a.kind is not MediaKind.IMAGE]
    if moving and len(attachments) > 1:
        first, others = moving[0], len(attachments) - 1
        problems.append(ALONE[first.kind, min(others, 2)].format(name=first.name, others=others))
    elif len(attachments) > MAX_IMAGES:
        count = len(attachments)
        problems.append(TOO_MANY.format(max=MAX_IMAGES, count=count, extra=count - MAX_IMAGES))
    for a in attachments:
        try:
            check_alt_text(a.name, a.alt_text)
        except MediaError as exc:
            problems.append(str(exc))
    return problems


def check_set(attachments: Sequence[Attachment]) -> None:
    """Raise `MediaError` with every problem of `set_problems`."""
    problems = set_problems(attachments)
    if problems:
        raise MediaError(" ".join(problems))


def refusal_to_add(current: Sequence[Attachment], new: Attachment) -> str | None:
    """Why `new` cannot join `current`, or None if it can."""
    problems = set_problems([*current, new])
    return problems[0] if problems else None


def accepted_formats() -> str:
    image, gif, video = (size_text(SIZE_LIMIT[kind]) for kind in (MediaKind.IMAGE, MediaKind.GIF, MediaKind.VIDEO))
    return FORMATS.format(max=MAX_IMAGES, image=image, gif=gif, video=video)


def size_text(size: int) -> str:
    """`5 MB`, `20.3 MB`, `812 KB`."""
    if size >= MB:
        value = size / MB
        return MEGABYTES.format(size=f"{value:.0f}" if value == int(value) else f"{value:.1f}")
    return KILOBYTES.format(size=max(1, round(size / 1024)))
