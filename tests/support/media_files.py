"""Real media files for tests (tests/data/animated.gif and short.mp4, see tests/data/README.md) and files made from
them or by hand: a video of another duration (its `mvhd` rewritten), a video cut short, GIFs of any size and frames.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"
#: 96×54 pixels, 6 frames, 4 KB.
ANIMATED_GIF = DATA / "animated.gif"
#: 1.0 s, 128×72 pixels, H.264 and AAC, `moov` before `mdat` (faststart), 7 KB.
SHORT_MP4 = DATA / "short.mp4"


def copy(source: Path, target: Path) -> Path:
    target.write_bytes(source.read_bytes())
    return target


def _mvhd(data: bytes) -> int:
    at = data.index(b"mvhd") - 4
    assert data[at + 8] == 0, "short.mp4 has a version 0 mvhd"
    return at


def with_duration(target: Path, seconds: float, source: Path = SHORT_MP4) -> Path:
    """`source` with its `mvhd` saying it lasts `seconds` (what core.media and the fake read); the rest untouched."""
    data = bytearray(source.read_bytes())
    at = _mvhd(bytes(data))
    timescale = struct.unpack_from(">I", data, at + 20)[0]
    struct.pack_into(">I", data, at + 24, round(seconds * timescale))
    target.write_bytes(bytes(data))
    return target


def cut_short(target: Path, keep: float = 0.7, source: Path = SHORT_MP4) -> Path:
    """The first part of `source` only (a copy that stopped half-way): its header is whole, its data is not."""
    data = source.read_bytes()
    target.write_bytes(data[: int(len(data) * keep)])
    return target


def padded(target: Path, size: int, source: Path = SHORT_MP4) -> Path:
    """`source` followed by a `free` box, `size` bytes in all: a valid video big enough for several 4 MB chunks."""
    data = source.read_bytes()
    pad = size - len(data)
    assert pad >= 8
    target.write_bytes(data + struct.pack(">I4s", pad, b"free") + b"\0" * (pad - 8))
    return target


def gif_bytes(width: int, height: int, frames: int) -> bytes:
    """A GIF of `frames` one-pixel images on a `width`×`height` screen (what the limits look at)."""
    screen = struct.pack("<HHBBB", width, height, 0x80, 0, 0) + b"\0\0\0\xff\xff\xff"
    loop = b"!\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"
    frame = b"!\xf9\x04\x04\x0a\x00\x00\x00" + b",\0\0\0\0\x01\0\x01\0\0" + b"\x02\x02D\x01\x00"
    return b"GIF89a" + screen + loop + frame * frames + b";"


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_bytes(width: int, height: int, *, size: int | None = None) -> bytes:
    """A whole PNG (8-bit RGB, grey), padded with a private ancillary chunk to `size` bytes when given."""
    rows = (b"\x00" + b"\x80" * width * 3) * height
    header = png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    data, end = png_chunk(b"IDAT", zlib.compress(rows)), png_chunk(b"IEND", b"")
    pad = b""
    if size is not None:
        pad = png_chunk(b"prVt", b"\0" * (size - 8 - len(header) - len(data) - len(end) - 12))
    return b"\x89PNG\r\n\x1a\n" + header + data + pad + end
