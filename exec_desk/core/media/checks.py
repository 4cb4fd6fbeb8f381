"""Media a post may carry, checked before anything is uploaded: up to 4 images, or one GIF, or one video.

The type comes from the file's first bytes (JPEG, PNG, WebP, GIF, MP4/MOV), not from its name. The limits are X's
(docs.x.com, "Media best practices"): an image (JPEG, PNG, WebP, a GIF of one frame) at most 5 MB; an animated GIF
at most 15 MB, 1280×1080 pixels, 350 frames and 300 million pixels over all its frames; a video (MP4/MOV) at most
512 MB, lasting 0.5 to 140 seconds, at least 32×32 pixels and between 1:3 and 3:1. X's page also gives 1280×1024 as
a video's largest size, but the same page recommends 720×1280 for portrait video and lets subscribers upload 1080p:
that bound is not checked. A GIF's frames and a video's length and size are read from the file's own structure
(`core.media_probe`); a PNG, JPEG or WebP is checked whole, its structure walked to the end (`core.image_probe`:
every PNG chunk's CRC and its pixel data inflated, a JPEG's segments and scans to EOI, a WebP's RIFF chunks and
bitstream header). Only a regular file is read: a folder, a device or a pipe is refused before anything is read
(a FIFO would block). Every refusal is a `MediaError` whose message names the file and says what to do, in plain
words. Pure: reads the file, nothing else.

What it says is a `core.i18n.Message` of templates marked with `QT_TRANSLATE_NOOP("Media", ...)`, its fields kept
(a size is a nested phrase: "{size} MB" with a decimal `Quantity`), so that the UI shows it in the user's language;
`str()` of it, and of a `MediaError`, is the English.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from exec_desk.core.i18n import QT_TRANSLATE_NOOP, Field, Message, Phrase, Quantity
from exec_desk.core.media.images import check_image
from exec_desk.core.media.probe import ProbeError, gif_info, video_info
from exec_desk.core.payloads import MediaRef

MB = 1024 * 1024
MAX_IMAGES = 4
#: X's limit for the description of an image or a GIF.
ALT_TEXT_MAX = 1000
_HEAD = 32
#: An animated GIF: largest width and height, most frames, most pixels over all frames (width × height × frames).
GIF_MAX_SIZE = (1280, 1080)
GIF_MAX_FRAMES = 350
GIF_MAX_PIXELS = 300_000_000
#: A video: shortest and longest duration (milliseconds), smallest side (pixels), widest and tallest shape.
VIDEO_MIN_MS = 500
VIDEO_MAX_MS = 140_000
VIDEO_MIN_SIDE = 32
VIDEO_MAX_RATIO = 3


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
GIF_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Media",
    "{name} is {width}×{height} pixels; a GIF may be at most {max_width}×{max_height} on X. Use a smaller copy.",
)
GIF_TOO_MANY_FRAMES = QT_TRANSLATE_NOOP(
    "Media", "{name} has {frames} frames; a GIF may have at most {max} on X. Use a shorter copy."
)
GIF_TOO_MANY_PIXELS = QT_TRANSLATE_NOOP(
    "Media",
    "{name} has {pixels} million pixels over all its frames; X takes at most {max} million. Use a smaller or "
    "shorter copy.",
)
GIF_DAMAGED = QT_TRANSLATE_NOOP("Media", "{name} looks like a GIF but cannot be read; it may be damaged.")
IMAGE_DAMAGED = QT_TRANSLATE_NOOP(
    "Media", "{name} looks like a {format} image but cannot be read; it may be damaged or incomplete. Save it again."
)
NOT_A_FILE = QT_TRANSLATE_NOOP(
    "Media", "{name} is not a regular file (a device, a pipe or a socket); attach a saved image or video."
)
_FORMAT_NAMES = {"image/png": "PNG", "image/jpeg": "JPEG", "image/webp": "WebP"}
VIDEO_DAMAGED = QT_TRANSLATE_NOOP(
    "Media", "{name} looks like a video but its length cannot be read; it may be incomplete. Export it again."
)
VIDEO_TOO_SHORT = QT_TRANSLATE_NOOP("Media", "{name} lasts {duration}; a video must last at least {min} on X.")
VIDEO_TOO_LONG = QT_TRANSLATE_NOOP("Media", "{name} lasts {duration}; a video may last at most {max} on X. Trim it.")
VIDEO_TOO_SMALL = QT_TRANSLATE_NOOP(
    "Media", "{name} is {width}×{height} pixels; a video must be at least {min}×{min} on X."
)
VIDEO_SHAPE = QT_TRANSLATE_NOOP(
    "Media", "{name} is {width}×{height} pixels; X takes videos from 1:3 (tall) to 3:1 (wide). Crop it."
)
SECONDS = QT_TRANSLATE_NOOP("Media", "{seconds} s")
MINUTES_SECONDS = QT_TRANSLATE_NOOP("Media", "{minutes} min {seconds} s")
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
    "X takes up to {max} images (JPEG, PNG, WebP, a still GIF; {image} each), or one animated GIF ({gif}), or one "
    "MP4/MOV video ({video}, {shortest} to {longest}).",
)
MEGABYTES = QT_TRANSLATE_NOOP("Media", "{size} MB")
KILOBYTES = QT_TRANSLATE_NOOP("Media", "{size} KB")


class MediaError(ValueError):
    """A file that cannot be attached, or a set of files X would refuse; `message` says why, for the user."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def _said(template: str, **fields: Field | Phrase) -> Message:
    """A message of this module (`template` is one of the marked templates above)."""
    return Message(Phrase.of("Media", template, **fields))


@dataclass(frozen=True, slots=True)
class Attachment:
    """A checked file: its kind and MIME type come from its content (a GIF of one frame is an image); a video's
    duration and a GIF's or video's size in pixels are read from it (0 / None when not read)."""

    path: str
    kind: MediaKind
    mime_type: str
    size: int
    alt_text: str = ""
    duration_ms: int | None = None
    width: int = 0
    height: int = 0

    @property
    def name(self) -> str:
        return Path(self.path).name

    def with_alt(self, alt_text: str) -> Attachment:
        return replace(self, alt_text=alt_text)

    def ref(self) -> MediaRef:
        """What an outbox payload says of this file (`core.payloads`)."""
        return MediaRef(self.path, self.kind.value, self.mime_type, self.alt_text)

    def as_json(self) -> dict[str, str]:
        return self.ref().to_json()


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


def _open_regular(file: Path, name: str) -> BinaryIO:
    """The file, opened for reading only if it is a regular file: a folder, a device (/dev/zero), a pipe (a FIFO
    would block until someone writes to it) or a socket is refused without reading anything."""
    fd = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise MediaError(_said(FOLDER, name=name))
        if not stat.S_ISREG(mode):
            raise MediaError(_said(NOT_A_FILE, name=name))
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def inspect(path: Path | str, alt_text: str = "") -> Attachment:
    """Check one file; raise `MediaError` saying what is wrong with it."""
    file = Path(path).expanduser()
    name = file.name or str(file)
    try:
        with _open_regular(file, name) as handle:
            size = os.fstat(handle.fileno()).st_size
            head = handle.read(_HEAD)
            found = sniff(head) if size else None
            within = found is not None and size <= SIZE_LIMIT[found[0]]
            checked = _measure(handle, name, size, *found) if found is not None and within else None
    except FileNotFoundError:
        raise MediaError(_said(MISSING, name=str(file))) from None
    except IsADirectoryError:
        raise MediaError(_said(FOLDER, name=name)) from None
    except PermissionError:
        raise MediaError(_said(DENIED, name=name)) from None
    except OSError as exc:
        raise MediaError(_said(UNREADABLE, name=name, reason=str(exc.strerror or exc))) from None
    if size == 0:
        raise MediaError(_said(EMPTY, name=name))
    if found is None:
        what = next((label for magic, label in _OTHER_KINDS if head.startswith(magic)), None)
        formats = _formats()
        if what is None:
            raise MediaError(_said(NOT_MEDIA, name=name, formats=formats))
        raise MediaError(_said(NOT_MEDIA_BUT, name=name, what=Phrase.of("Media", what), formats=formats))
    kind = found[0] if checked is None else checked.kind
    limit = SIZE_LIMIT[kind]
    if size > limit:
        raise MediaError(_said(TOO_BIG[kind], name=name, size=_size(size), limit=_size(limit)))
    check_alt_text(name, alt_text)
    assert checked is not None
    return replace(checked, path=str(file.absolute()), alt_text=alt_text)


def _measure(handle: BinaryIO, name: str, size: int, kind: MediaKind, mime: str) -> Attachment:
    """The file's frames, length or size in pixels, checked against X's limits (its byte size is within them)."""
    if kind is MediaKind.GIF:
        handle.seek(0)
        try:
            gif = gif_info(handle.read())
        except ProbeError:
            raise MediaError(_said(GIF_DAMAGED, name=name)) from None
        if gif.frames == 1:  # a still GIF is an image for X: 5 MB, and it may join other images
            return Attachment("", MediaKind.IMAGE, mime, size, width=gif.width, height=gif.height)
        _check_gif(name, gif.width, gif.height, gif.frames)
        return Attachment("", kind, mime, size, width=gif.width, height=gif.height)
    if kind is MediaKind.VIDEO:
        try:
            video = video_info(handle, size)
        except ProbeError:
            raise MediaError(_said(VIDEO_DAMAGED, name=name)) from None
        _check_video(name, video.duration_ms, video.width, video.height)
        return Attachment("", kind, mime, size, duration_ms=video.duration_ms, width=video.width, height=video.height)
    handle.seek(0)
    try:  # decoded as far as its structure goes: a header followed by garbage, or a file cut short, is refused
        width, height = check_image(mime, handle.read())
    except ProbeError:
        raise MediaError(_said(IMAGE_DAMAGED, name=name, format=_FORMAT_NAMES[mime])) from None
    return Attachment("", kind, mime, size, width=width, height=height)


def _check_gif(name: str, width: int, height: int, frames: int) -> None:
    max_width, max_height = GIF_MAX_SIZE
    if width > max_width or height > max_height:
        raise MediaError(
            _said(GIF_TOO_LARGE, name=name, width=width, height=height, max_width=max_width, max_height=max_height)
        )
    if frames > GIF_MAX_FRAMES:
        raise MediaError(_said(GIF_TOO_MANY_FRAMES, name=name, frames=frames, max=GIF_MAX_FRAMES))
    if width * height * frames > GIF_MAX_PIXELS:
        pixels = Quantity(width * height * frames / 1_000_000, 1)
        raise MediaError(_said(GIF_TOO_MANY_PIXELS, name=name, pixels=pixels, max=GIF_MAX_PIXELS // 1_000_000))


def _check_video(name: str, duration_ms: int, width: int, height: int) -> None:
    if duration_ms < VIDEO_MIN_MS:
        shortest = _duration(VIDEO_MIN_MS)
        raise MediaError(_said(VIDEO_TOO_SHORT, name=name, duration=_duration(duration_ms), min=shortest))
    if duration_ms > VIDEO_MAX_MS:
        longest = _duration(VIDEO_MAX_MS)
        raise MediaError(_said(VIDEO_TOO_LONG, name=name, duration=_duration(duration_ms), max=longest))
    if not width or not height:
        return  # no track gives a size (audio only?): X judges it
    if min(width, height) < VIDEO_MIN_SIDE:
        raise MediaError(_said(VIDEO_TOO_SMALL, name=name, width=width, height=height, min=VIDEO_MIN_SIDE))
    if max(width, height) > VIDEO_MAX_RATIO * min(width, height):
        raise MediaError(_said(VIDEO_SHAPE, name=name, width=width, height=height))


def check_alt_text(name: str, alt_text: str) -> None:
    if len(alt_text) > ALT_TEXT_MAX:
        raise MediaError(_said(LONG_ALT, name=name, length=len(alt_text), limit=ALT_TEXT_MAX))


def set_problems(attachments: Sequence[Attachment]) -> list[Message]:
    """What is wrong with attaching these files to one post (empty when X takes them)."""
    if not attachments:
        return []
    problems = []
    moving = [a for a in attachments if a.kind is not MediaKind.IMAGE]
    if moving and len(attachments) > 1:
        first, others = moving[0], len(attachments) - 1
        problems.append(_said(ALONE[first.kind, min(others, 2)], name=first.name, others=others))
    elif len(attachments) > MAX_IMAGES:
        count = len(attachments)
        problems.append(_said(TOO_MANY, max=MAX_IMAGES, count=count, extra=count - MAX_IMAGES))
    for a in attachments:
        try:
            check_alt_text(a.name, a.alt_text)
        except MediaError as exc:
            problems.append(exc.message)
    return problems


def check_set(attachments: Sequence[Attachment]) -> None:
    """Raise `MediaError` with every problem of `set_problems` (one after the other)."""
    problems = set_problems(attachments)
    if problems:
        raise MediaError(Message(*(part for problem in problems for part in problem.parts), separator=" "))


def refusal_to_add(current: Sequence[Attachment], new: Attachment) -> Message | None:
    """Why `new` cannot join `current`, or None if it can."""
    problems = set_problems([*current, new])
    return problems[0] if problems else None


def _formats() -> Phrase:
    image, gif, video = (_size(SIZE_LIMIT[kind]) for kind in (MediaKind.IMAGE, MediaKind.GIF, MediaKind.VIDEO))
    shortest, longest = _duration(VIDEO_MIN_MS), _duration(VIDEO_MAX_MS)
    return Phrase.of(
        "Media", FORMATS, max=MAX_IMAGES, image=image, gif=gif, video=video, shortest=shortest, longest=longest
    )


def accepted_formats() -> Message:
    """What X takes, in one sentence (the attach button's tooltip, and the end of a refusal)."""
    return Message(_formats())


def _duration(milliseconds: int) -> Phrase:
    minutes, rest = divmod(max(0, milliseconds), 60_000)
    seconds: int | Quantity = rest // 1000
    if rest % 1000:
        tenths = f"{rest / 1000:.1f}"  # 12.04 s is said "12 s"
        seconds = int(float(tenths)) if tenths.endswith(".0") else Quantity(rest / 1000, 1)
    if minutes:
        return Phrase.of("Media", MINUTES_SECONDS, minutes=minutes, seconds=seconds)
    return Phrase.of("Media", SECONDS, seconds=seconds)


def duration_text(milliseconds: int) -> Message:
    """`0.5 s`, `12 s`, `2 min 20 s`, `3 min 5.5 s`."""
    return Message(_duration(milliseconds))


def _size(size: int) -> Phrase:
    if size >= MB:
        value = size / MB
        shown: int | Quantity = int(value) if value == int(value) else Quantity(value, 1)
        return Phrase.of("Media", MEGABYTES, size=shown)
    return Phrase.of("Media", KILOBYTES, size=max(1, round(size / 1024)))


def size_text(size: int) -> Message:
    """`5 MB`, `20.3 MB`, `812 KB`."""
    return Message(_size(size))
