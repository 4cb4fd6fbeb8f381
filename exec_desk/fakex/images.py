"""Small generated PNG images: avatars and media stills the fake server serves without authentication."""

from __future__ import annotations

import hashlib
import struct
import zlib
from functools import lru_cache

AVATAR_SIZE = 96
STILL_SIZE = (480, 270)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png(width: int, height: int, rows: list[bytes]) -> bytes:
    """An 8-bit RGB PNG from `rows` of width*3 bytes."""
    raw = b"".join(b"\x00" + row for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(raw, 6)) + _chunk(b"IEND", b"")
    )


def _colour(seed: str) -> tuple[int, int, int]:
    digest = hashlib.sha256(seed.encode()).digest()
    return 60 + digest[0] % 150, 60 + digest[1] % 150, 60 + digest[2] % 150


@lru_cache(maxsize=256)
def avatar(key: str) -> bytes:
    """A round badge on a tinted square, coloured from `key`."""
    r, g, b = _colour(key)
    size = AVATAR_SIZE
    light = bytes((min(255, r + 80), min(255, g + 80), min(255, b + 80)))
    dark = bytes((r, g, b))
    centre, radius = size / 2, size * 0.32
    rows = []
    for y in range(size):
        row = bytearray()
        for x in range(size):
            inside = (x - centre + 0.5) ** 2 + (y - centre * 0.9) ** 2 < radius**2
            shoulders = y > size * 0.68 and abs(x - centre) < size * 0.36
            row += light if inside or shoulders else dark
        rows.append(bytes(row))
    return png(size, size, rows)


@lru_cache(maxsize=256)
def still(key: str) -> bytes:
    """A soft diagonal gradient coloured from `key`: a stand-in photo or video preview."""
    r, g, b = _colour(key)
    width, height = STILL_SIZE
    rows = []
    for y in range(height):
        row = bytearray()
        for x in range(0, width, 8):
            t = (x + y) / (width + height)
            pixel = bytes((int(r + (255 - r) * t), int(g + (255 - g) * t * 0.6), int(b * (1 - t * 0.5))))
            row += pixel * 8
        rows.append(bytes(row[: width * 3]))
    return png(width, height, rows)
