"""What X's media limits need to know about a file, read from its own structure: no decoder, no dependency.

- A GIF: its logical screen size and its number of frames (image descriptors), walking the blocks of the file
  (GIF89a, "Appendix"-free reading: extensions and image data are skipped sub-block by sub-block). A GIF cut short
  still counts the frames it has; only a broken header makes it unreadable.
- An MP4 or MOV (ISO base media / QuickTime): its duration from `moov/mvhd` (timescale and duration, versions 0
  and 1; `moov/mvex/mehd` for a fragmented file whose `mvhd` says 0) and its picture size from the `tkhd` of the
  first track that has one (16.16 fixed-point width and height, the last 8 bytes of the box). Top-level boxes are
  skipped by their sizes (the `mdat` may come before the `moov`), so a 512 MB file costs a few reads.

Pure functions over an open binary file; they raise `ProbeError` when the structure cannot be read.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import BinaryIO

#: A `moov` larger than this is not read (real ones are kilobytes to a few megabytes).
MAX_MOOV = 64 * 1024 * 1024


class ProbeError(ValueError):
    """The file's structure could not be read (the reason is for logs; the user is told in `core.media`)."""


@dataclass(frozen=True, slots=True)
class GifInfo:
    width: int
    height: int
    frames: int


@dataclass(frozen=True, slots=True)
class VideoInfo:
    """`width`/`height` are 0 when no track gives a picture size."""

    duration_ms: int
    width: int
    height: int


def gif_info(data: bytes) -> GifInfo:
    """Size and frame count of a whole GIF file's bytes."""
    if len(data) < 13 or data[:6] not in (b"GIF87a", b"GIF89a"):
        raise ProbeError("not a GIF header")
    width, height, packed = struct.unpack_from("<HHB", data, 6)
    at = 13 + (3 << ((packed & 7) + 1) if packed & 0x80 else 0)
    frames = 0
    while at < len(data):
        block = data[at]
        if block == 0x3B:  # trailer
            break
        if block == 0x21:  # extension: label, then sub-blocks
            at = _skip_sub_blocks(data, at + 2)
        elif block == 0x2C:  # image descriptor, optional local colour table, LZW code size, image data
            if at + 10 > len(data):
                break
            local = data[at + 9]
            at += 10 + (3 << ((local & 7) + 1) if local & 0x80 else 0)
            frames += 1
            at = _skip_sub_blocks(data, at + 1)
        else:
            break  # garbage after the last frame: what was read counts
    if frames == 0:
        raise ProbeError("a GIF without any image")
    return GifInfo(width, height, frames)


def _skip_sub_blocks(data: bytes, at: int) -> int:
    while at < len(data):
        size = data[at]
        at += 1 + size
        if size == 0:
            break
    return at


def _boxes(data: bytes, start: int = 0, end: int | None = None) -> list[tuple[bytes, int, int]]:
    """(type, payload start, payload end) of the boxes in `data[start:end]`."""
    end = len(data) if end is None else end
    found = []
    at = start
    while at + 8 <= end:
        size, kind = struct.unpack_from(">I4s", data, at)
        header = 8
        if size == 1:
            if at + 16 > end:
                break
            (size,) = struct.unpack_from(">Q", data, at + 8)
            header = 16
        elif size == 0:
            size = end - at
        if size < header or at + size > end:
            break
        found.append((kind, at + header, at + size))
        at += size
    return found


def _find_moov(handle: BinaryIO, total: int) -> bytes:
    at = 0
    while at + 8 <= total:
        handle.seek(at)
        head = handle.read(16)
        if len(head) < 8:
            break
        size, kind = struct.unpack_from(">I4s", head)
        header = 8
        if size == 1 and len(head) == 16:
            (size,) = struct.unpack_from(">Q", head, 8)
            header = 16
        elif size == 0:
            size = total - at
        if size < header:
            raise ProbeError(f"a box of {size} bytes at {at}")
        if kind == b"moov":
            if size > MAX_MOOV or at + size > total:
                raise ProbeError("the moov box is cut short or too large")
            handle.seek(at + header)
            return handle.read(size - header)
        at += size
    raise ProbeError("no moov box")


def video_info(handle: BinaryIO, total: int) -> VideoInfo:
    """Duration and picture size of an MP4/MOV file of `total` bytes."""
    moov = _find_moov(handle, total)
    children = _boxes(moov)
    mvhd = next(((s, e) for kind, s, e in children if kind == b"mvhd"), None)
    if mvhd is None or mvhd[1] - mvhd[0] < 20:
        raise ProbeError("no mvhd box")
    start = mvhd[0]
    if moov[start] == 1:
        timescale, duration = struct.unpack_from(">IQ", moov, start + 20)
    else:
        timescale, duration = struct.unpack_from(">II", moov, start + 12)
    if duration in (0, 0xFFFFFFFF, 0xFFFFFFFFFFFFFFFF):
        duration = _fragmented_duration(moov, children)
    if timescale == 0:
        raise ProbeError("a timescale of 0")
    width = height = 0
    for kind, s, e in children:
        if kind != b"trak":
            continue
        tkhd = next(((ts, te) for k, ts, te in _boxes(moov, s, e) if k == b"tkhd"), None)
        if tkhd is not None and tkhd[1] - tkhd[0] >= 8:
            w, h = struct.unpack_from(">II", moov, tkhd[1] - 8)
            if w and h:
                width, height = w >> 16, h >> 16
                break
    return VideoInfo(round(duration * 1000 / timescale), width, height)


def _fragmented_duration(moov: bytes, children: list[tuple[bytes, int, int]]) -> int:
    for kind, s, e in children:
        if kind == b"mvex":
            for inner, ms, _me in _boxes(moov, s, e):
                if inner == b"mehd":
                    version = moov[ms]
                    return int(struct.unpack_from(">Q" if version == 1 else ">I", moov, ms + 4)[0])
    raise ProbeError("no duration in mvhd or mehd")
