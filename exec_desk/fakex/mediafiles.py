"""How the fake X "processes" an uploaded GIF or video: it reads the file's own structure and fails it as X would.

The fake's own reading (it imports nothing of the product): a GIF's size and frames; an MP4/MOV's top-level boxes
(a `moov` with an `mvhd`, and an `mdat` that is not cut short) and its duration. The limits are X's published ones
("Media best practices": animated GIF at most 1280×1080, 350 frames and 300 million pixels in all; video 0.5 to
140 seconds). The reasons are the fake's words in X's style ("Unsupported video format" is X's own example).
"""

from __future__ import annotations

import struct

GIF_MAX = (1280, 1080)
GIF_MAX_FRAMES = 350
GIF_MAX_PIXELS = 300_000_000
VIDEO_SECONDS = (0.5, 140.0)


def image_type(data: bytes) -> tuple[str, int, int] | None:
    """(mime type, width, height) of an image; width and height 0 when unknown; None if not an image."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return "image/png", width, height
    if data.startswith((b"GIF87a", b"GIF89a")) and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return "image/gif", width, height
    if data.startswith(b"\xff\xd8"):
        return "image/jpeg", 0, 0
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp", 0, 0
    return None


def gif_frames(data: bytes) -> int:
    """How many images a GIF holds (0 if its blocks cannot be walked)."""
    if len(data) < 13:
        return 0
    packed = data[10]
    at, frames = 13 + (3 << ((packed & 7) + 1) if packed & 0x80 else 0), 0
    while at < len(data) and data[at] != 0x3B:
        if data[at] == 0x21:
            at += 2
        elif data[at] == 0x2C and at + 10 <= len(data):
            local = data[at + 9]
            at += 11 + (3 << ((local & 7) + 1) if local & 0x80 else 0)
            frames += 1
        else:
            return frames
        while at < len(data) and data[at]:
            at += data[at] + 1
        at += 1
    return frames


def gif_failure(data: bytes) -> str | None:
    """Why X would fail this animated GIF, or None."""
    found = image_type(data)
    if found is None or found[0] != "image/gif":
        return "Unsupported GIF format"
    width, height = found[1], found[2]
    frames = gif_frames(data)
    if frames == 0:
        return "Unsupported GIF format"
    if width > GIF_MAX[0] or height > GIF_MAX[1]:
        return f"GIF dimensions {width}x{height} exceed {GIF_MAX[0]}x{GIF_MAX[1]}"
    if frames > GIF_MAX_FRAMES:
        return f"GIF has {frames} frames; the maximum is {GIF_MAX_FRAMES}"
    if width * height * frames > GIF_MAX_PIXELS:
        return "GIF exceeds 300 million pixels (width x height x frames)"
    return None


def _top_boxes(data: bytes) -> dict[bytes, tuple[int, int]] | None:
    """Payload (start, end) of each top-level box; None when a box runs past the end of the file."""
    boxes: dict[bytes, tuple[int, int]] = {}
    at = 0
    while at + 8 <= len(data):
        size, kind = struct.unpack_from(">I4s", data, at)
        header = 8
        if size == 1 and at + 16 <= len(data):
            (size,) = struct.unpack_from(">Q", data, at + 8)
            header = 16
        elif size == 0:
            size = len(data) - at
        if size < header or at + size > len(data):
            return None
        boxes.setdefault(kind, (at + header, at + size))
        at += size
    return boxes


def video_seconds(data: bytes) -> float | None:
    """The duration an MP4/MOV's `mvhd` gives, or None when the file is not a complete MP4/MOV."""
    boxes = _top_boxes(data) if data[4:8] == b"ftyp" else None
    if not boxes or b"moov" not in boxes or b"mdat" not in boxes:
        return None
    start, end = boxes[b"moov"]
    at = start
    while at + 8 <= end:
        size, kind = struct.unpack_from(">I4s", data, at)
        if size < 8:
            return None
        if kind == b"mvhd":
            if data[at + 8] == 1:
                timescale, duration = struct.unpack_from(">IQ", data, at + 28)
            else:
                timescale, duration = struct.unpack_from(">II", data, at + 20)
            return float(duration) / timescale if timescale else None
        at += size
    return None


def video_failure(data: bytes) -> str | None:
    """Why X would fail this video, or None."""
    seconds = video_seconds(data)
    if seconds is None:
        return "Unsupported video format"
    low, high = VIDEO_SECONDS
    if not low <= seconds <= high:
        return f"Video duration must be between {low:g} and {high:g} seconds; this one lasts {seconds:.1f} seconds"
    return None
