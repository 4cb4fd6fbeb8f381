"""Real media files for tests (tests/data/animated.gif and short.mp4, see tests/data/README.md) and files made from
them or by hand: a video of another duration (its `mvhd` rewritten), a video cut short, GIFs of any size and frames,
PNGs written byte by byte, pictures painted with Qt, files of any size that start like a GIF or an MP4.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter

DATA = Path(__file__).resolve().parents[1] / "data"
#: 96×54 pixels, 6 frames, 4 KB.
ANIMATED_GIF = DATA / "animated.gif"
#: 1.0 s, 128×72 pixels, H.264 and AAC, `moov` before `mdat` (faststart), 7 KB.
SHORT_MP4 = DATA / "short.mp4"
#: A minimal valid GIF (1×1, one colour).
GIF_BYTES = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00"
    b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)
MP4_HEAD = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"


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


def png(path: Path, width: int = 4, height: int = 3) -> Path:
    """A small valid PNG (grey pixels), written without Qt."""
    path.write_bytes(png_bytes(width, height))
    return path


def picture(path: Path, colour: str, label: str = "", size: tuple[int, int] = (320, 200)) -> Path:
    """A small real image (gradient and a label), saved in the format of the file's extension."""
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(0, 0, size[0], size[1])
    gradient.setColorAt(0, QColor(colour))
    gradient.setColorAt(1, QColor(colour).darker(180))
    painter.fillRect(image.rect(), gradient)
    if label:
        painter.setPen(QColor("white"))
        font = QFont()
        font.setPixelSize(size[1] // 6)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRect(0, 0, size[0], size[1]), int(Qt.AlignmentFlag.AlignCenter), label)
    painter.end()
    assert image.save(str(path)), path
    return path


def sized(path: Path, head: bytes, size: int) -> Path:
    """A file that starts with `head` and is `size` bytes long (sparse: instant even for 20 MB)."""
    with path.open("wb") as handle:
        handle.write(head)
        handle.truncate(size)
    return path
