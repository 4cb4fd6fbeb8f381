"""Media a post may carry, checked before anything is uploaded: up to 4 images, or one GIF, or one video.

The type comes from the file's first bytes (JPEG, PNG, WebP, GIF, MP4/MOV), not from its name; sizes follow X's
limits (image 5 MB, GIF 15 MB, video 512 MB). Every refusal is a `MediaError` whose message names the file and says
what to do, in plain words. Pure: reads a file's size and first bytes, nothing else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

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
_KIND_WORDS = {MediaKind.IMAGE: "An image", MediaKind.GIF: "A GIF", MediaKind.VIDEO: "A video"}
#: Files people attach by mistake, recognised to say what they are.
_OTHER_KINDS = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or an Office document"),
    (b"\xd0\xcf\x11\xe0", "an Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"BM", "a BMP image, which X does not take"),
    (b"II*\x00", "a TIFF image, which X does not take"),
    (b"MM\x00*", "a TIFF image, which X does not take"),
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
            raise MediaError(f"{name} is a folder, not a file.")
        size = file.stat().st_size
        with file.open("rb") as handle:
            head = handle.read(_HEAD)
    except FileNotFoundError:
        raise MediaError(f"{file} does not exist.") from None
    except PermissionError:
        raise MediaError(f"{name} cannot be read (permission denied).") from None
    except OSError as exc:
        raise MediaError(f"{name} cannot be read ({exc.strerror or exc}).") from None
    if size == 0:
        raise MediaError(f"{name} is empty.")
    found = sniff(head)
    if found is None:
        what = next((label for magic, label in _OTHER_KINDS if head.startswith(magic)), None)
        seems = f" (it looks like {what})" if what else ""
        raise MediaError(f"{name} is not an image, a GIF or a video that X accepts{seems}. {accepted_formats()}")
    kind, mime = found
    limit = SIZE_LIMIT[kind]
    if size > limit:
        raise MediaError(
            f"{name} is {size_text(size)}; {_KIND_WORDS[kind].lower()} may be at most {size_text(limit)} on X. "
            "Use a smaller or compressed copy."
        )
    check_alt_text(name, alt_text)
    return Attachment(path=str(file.absolute()), kind=kind, mime_type=mime, size=size, alt_text=alt_text)


def check_alt_text(name: str, alt_text: str) -> None:
    if len(alt_text) > ALT_TEXT_MAX:
        raise MediaError(
            f"The description of {name} is {len(alt_text)} characters; X takes at most {ALT_TEXT_MAX}. Shorten it."
        )


def set_problems(attachments: Sequence[Attachment]) -> list[str]:
    """What is wrong with attaching these files to one post (empty when X takes them)."""
    if not attachments:
        return []
    problems = []
    moving = [a for a in attachments if a.kind is not MediaKind.IMAGE]
    if moving and len(attachments) > 1:
        first, others = moving[0], len(attachments) - 1
        rest = "the other file" if others == 1 else f"the {others} other files"
        problems.append(f"{_KIND_WORDS[first.kind]} must be alone in a post: remove {first.name} or {rest}.")
    elif len(attachments) > MAX_IMAGES:
        problems.append(
            f"A post holds at most {MAX_IMAGES} images; {len(attachments)} are attached. "
            f"Remove {len(attachments) - MAX_IMAGES}."
        )
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
    return (
        f"X takes up to {MAX_IMAGES} images (JPEG, PNG, WebP; {size_text(SIZE_LIMIT[MediaKind.IMAGE])} each), "
        f"or one GIF ({size_text(SIZE_LIMIT[MediaKind.GIF])}), or one MP4/MOV video "
        f"({size_text(SIZE_LIMIT[MediaKind.VIDEO])})."
    )


def size_text(size: int) -> str:
    """`5 MB`, `20.3 MB`, `812 KB`."""
    if size >= MB:
        value = size / MB
        return f"{value:.0f} MB" if value == int(value) else f"{value:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"
