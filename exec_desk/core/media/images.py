"""Whether an image file is whole, read from its own structure in pure Python (the core imports no Qt, and no image
library is needed for this): a PNG, JPEG or WebP header followed by garbage, or a file cut short, is refused
before it is uploaded, not only judged by its first bytes.

- PNG: the signature, then chunks whose every CRC is right, `IHDR` first (with a width, height, bit depth, colour
  type and interlace method PNG allows), `PLTE` where the colour type needs one, the `IDAT` chunks in one run,
  whose data inflates with zlib to exactly the size `IHDR` implies (each row's filter byte included, Adam7 passes
  when interlaced; inflated by pieces, never held whole), and `IEND` last.
- JPEG: the marker segments from SOI to EOI, each of the length it says: a frame header (SOF) with a size and
  1 to 4 components before the first scan, each scan (SOS) with its header and entropy-coded data (byte stuffing
  and restart markers followed) up to the next marker; data after EOI is allowed (cameras append some).
- WebP: the RIFF container (its size no larger than the file), chunks that fit it, and a first chunk that is a
  valid `VP8 ` (a key frame, its start code and size, its first partition inside the chunk), `VP8L` (signature
  0x2f, version 0) or `VP8X` (then a `VP8 `/`VP8L` image or `ANMF` frames follow).

`check_image(head_kind, data)` raises `ProbeError` saying what is wrong (for logs; the user is told in
`core.media`). A PNG whose pixels would take more than `PNG_MAX_RAW` bytes is refused without inflating it.
"""

from __future__ import annotations

import struct
import zlib
from typing import Any

from exec_desk.core.media.probe import ProbeError

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: A PNG whose decoded rows would be larger than this is refused (e.g. 16384×16384 in RGBA): a file of 5 MB cannot
#: hold that much detail, and inflating it would take seconds.
PNG_MAX_RAW = 1 << 30
_INFLATE_STEP = 1 << 20
#: Bits per sample allowed by each PNG colour type, and its samples per pixel.
_PNG_DEPTHS = {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}
_PNG_SAMPLES = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
#: Adam7: (x start, y start, x step, y step) of the seven passes.
_ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2))
#: JPEG frame headers (SOF0–SOF15 but DHT, JPG and DAC).
_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def check_image(mime_type: str, data: bytes) -> tuple[int, int]:
    """The width and height of a whole image; `ProbeError` when its structure is broken."""
    if mime_type == "image/png":
        return check_png(data)
    if mime_type == "image/jpeg":
        return check_jpeg(data)
    if mime_type == "image/webp":
        return check_webp(data)
    raise ProbeError(f"no structural check for {mime_type}")


# -- PNG ----------------------------------------------------------------------------------------------------------
def _png_raw_size(width: int, height: int, depth: int, colour: int, interlace: int) -> int:
    bits = depth * _PNG_SAMPLES[colour]
    passes = _ADAM7 if interlace else ((0, 0, 1, 1),)
    total = 0
    for x0, y0, dx, dy in passes:
        columns, rows = -(-(width - x0) // dx), -(-(height - y0) // dy)
        if columns > 0 and rows > 0:
            total += rows * (1 + -(-(columns * bits) // 8))
    return total


def check_png(data: bytes) -> tuple[int, int]:
    if not data.startswith(PNG_SIGNATURE):
        raise ProbeError("no PNG signature")
    at, header = 8, None
    seen: list[bytes] = []
    inflater, inflated, expected, idat_done = zlib.decompressobj(), 0, 0, False
    while True:
        if at + 12 > len(data):
            raise ProbeError("the file ends before IEND")
        length, kind = struct.unpack_from(">I4s", data, at)
        if length > 0x7FFFFFFF or at + 12 + length > len(data):
            raise ProbeError(f"chunk {kind!r} runs past the end of the file")
        body = data[at + 8 : at + 8 + length]
        (crc,) = struct.unpack_from(">I", data, at + 8 + length)
        if zlib.crc32(kind + body) != crc:
            raise ProbeError(f"chunk {kind!r} at {at} has a wrong CRC")
        at += 12 + length
        if not seen and kind != b"IHDR":
            raise ProbeError("the first chunk is not IHDR")
        if kind == b"IHDR":
            if seen or length != 13:
                raise ProbeError("a misplaced or misshapen IHDR")
            header = struct.unpack(">IIBBBBB", body)
            width, height, depth, colour, compression, filtering, interlace = header
            if not (0 < width <= 0x7FFFFFFF and 0 < height <= 0x7FFFFFFF):
                raise ProbeError(f"a size of {width}×{height}")
            if depth not in _PNG_DEPTHS.get(colour, ()) or compression or filtering or interlace > 1:
                raise ProbeError("an IHDR PNG does not allow")
            expected = _png_raw_size(width, height, depth, colour, interlace)
            if expected > PNG_MAX_RAW:
                raise ProbeError(f"{expected} bytes of pixels")
        elif kind == b"IDAT":
            if idat_done:
                raise ProbeError("IDAT chunks that are not in one run")
            inflated += _inflate(inflater, body, expected - inflated)
        elif seen and seen[-1] == b"IDAT":
            idat_done = True
        if kind == b"IEND":
            break
        seen.append(kind)
    assert header is not None
    if header[3] == 3 and b"PLTE" not in seen:
        raise ProbeError("a palette image without PLTE")
    if b"IDAT" not in seen:
        raise ProbeError("no IDAT")
    if not inflater.eof or inflater.unused_data or inflated != expected:
        raise ProbeError(f"the image data inflates to {inflated} bytes, not {expected}")
    return header[0], header[1]


def _inflate(inflater: Any, chunk: bytes, room: int) -> int:
    """Inflate `chunk` by pieces (nothing kept); how many bytes came out. More than `room` is an error."""
    produced, pending = 0, chunk
    try:
        while pending or inflater.unconsumed_tail:
            out = inflater.decompress(pending or inflater.unconsumed_tail, _INFLATE_STEP)
            pending = b""
            produced += len(out)
            if produced > room:
                raise ProbeError("the image data inflates to more than its size")
            if not out and not inflater.unconsumed_tail:
                break
    except zlib.error as exc:
        raise ProbeError(f"the image data does not inflate: {exc}") from None
    return produced


# -- JPEG ---------------------------------------------------------------------------------------------------------
def _entropy_end(data: bytes, at: int) -> int:
    """Where the entropy-coded data from `at` ends: the next marker that is not stuffing (FF00) or a restart."""
    while True:
        at = data.find(b"\xff", at)
        if at < 0 or at + 1 >= len(data):
            raise ProbeError("a scan runs to the end of the file (no EOI)")
        following = data[at + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
            at += 1 if following == 0xFF else 2
            continue
        return at


def check_jpeg(data: bytes) -> tuple[int, int]:
    if not data.startswith(b"\xff\xd8"):
        raise ProbeError("no SOI")
    at, size, scans = 2, None, 0
    while True:
        if at + 2 > len(data) or data[at] != 0xFF:
            raise ProbeError(f"no marker at {at}")
        while at + 2 < len(data) and data[at + 1] == 0xFF:  # fill bytes
            at += 1
        marker = data[at + 1]
        at += 2
        if marker == 0xD9:
            break
        if 0xD0 <= marker <= 0xD7 or marker in (0x01, 0xD8):
            raise ProbeError(f"a stray marker 0x{marker:02x}")
        if at + 2 > len(data):
            raise ProbeError("the file ends inside a segment")
        (length,) = struct.unpack_from(">H", data, at)
        if length < 2 or at + length > len(data):
            raise ProbeError(f"segment 0x{marker:02x} runs past the end of the file")
        body = data[at + 2 : at + length]
        if marker in _SOF:
            if size is not None or len(body) < 6:
                raise ProbeError("a second or short frame header")
            height, width, components = struct.unpack_from(">HHB", body, 1)
            if not width or not height or not 1 <= components <= 4 or len(body) != 6 + 3 * components:
                raise ProbeError("a frame header JPEG does not allow")
            size = (width, height)
        at += length
        if marker == 0xDA:
            if size is None or not body or not 1 <= body[0] <= 4 or len(body) != 4 + 2 * body[0]:
                raise ProbeError("a scan before the frame header, or a misshapen one")
            end = _entropy_end(data, at)
            if end == at:
                raise ProbeError("a scan without data")
            at, scans = end, scans + 1
    if size is None or not scans:
        raise ProbeError("no frame or no scan")
    return size


# -- WebP ---------------------------------------------------------------------------------------------------------
def _vp8(body: bytes) -> tuple[int, int]:
    if len(body) < 10:
        raise ProbeError("a short VP8 chunk")
    tag = body[0] | body[1] << 8 | body[2] << 16
    key_frame, version, first_partition = not tag & 1, (tag >> 1) & 7, tag >> 5
    if not key_frame or version > 3 or body[3:6] != b"\x9d\x01\x2a" or 10 + first_partition > len(body):
        raise ProbeError("a VP8 frame header WebP does not allow")
    width, height = struct.unpack_from("<HH", body, 6)
    if not width & 0x3FFF or not height & 0x3FFF:
        raise ProbeError("a VP8 frame of no size")
    return width & 0x3FFF, height & 0x3FFF


def _vp8l(body: bytes) -> tuple[int, int]:
    if len(body) < 5 or body[0] != 0x2F:
        raise ProbeError("no VP8L signature")
    (bits,) = struct.unpack_from("<I", body, 1)
    if bits >> 29:
        raise ProbeError("a VP8L version WebP does not allow")
    return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1


def check_webp(data: bytes) -> tuple[int, int]:
    if len(data) < 20 or data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise ProbeError("no RIFF WEBP header")
    (riff,) = struct.unpack_from("<I", data, 4)
    if riff < 12 or riff + 8 > len(data):
        raise ProbeError("a RIFF size that does not fit the file")
    end, at, chunks = 8 + riff, 12, []
    while at < end:
        if at + 8 > end:
            raise ProbeError("a chunk header past the RIFF end")
        kind, length = data[at : at + 4], struct.unpack_from("<I", data, at + 4)[0]
        if at + 8 + length > end:
            raise ProbeError(f"chunk {kind!r} runs past the RIFF end")
        chunks.append((kind, data[at + 8 : at + 8 + length]))
        at += 8 + length + (length & 1)
    kinds = [kind for kind, _body in chunks]
    first, body = chunks[0]
    if first == b"VP8 ":
        return _vp8(body)
    if first == b"VP8L":
        return _vp8l(body)
    if first != b"VP8X" or len(body) != 10 or body[0] & 0xC1 or body[1:4] != b"\0\0\0":
        raise ProbeError("no VP8, VP8L or valid VP8X chunk first")
    for kind, image in chunks[1:]:
        if kind == b"VP8 ":
            _vp8(image)
            break
        if kind == b"VP8L":
            _vp8l(image)
            break
    else:
        if b"ANMF" not in kinds:
            raise ProbeError("an extended WebP without an image or frames")
    width = (body[4] | body[5] << 8 | body[6] << 16) + 1
    height = (body[7] | body[8] << 8 | body[9] << 16) + 1
    return width, height
