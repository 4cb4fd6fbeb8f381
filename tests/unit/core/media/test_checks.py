"""Media checks before upload: type by content (not name), X's size limits, how many, and plain messages."""

from __future__ import annotations

import os
import re
import struct
import zlib
from pathlib import Path

import pytest

from exec_desk.core.media import checks as media
from exec_desk.core.media.checks import MB, Attachment, MediaError, MediaKind, check_set, inspect, set_problems, sniff
from tests.support.media_files import (
    ANIMATED_GIF,
    GIF_BYTES,
    MP4_HEAD,
    SHORT_MP4,
    copy,
    cut_short,
    gif_bytes,
    picture,
    png_bytes,
    png_chunk,
    sized,
    with_duration,
)


def test_kinds_come_from_the_first_bytes(tmp_path: Path) -> None:
    assert inspect(picture(tmp_path / "a.png", "#0f766e")).mime_type == "image/png"
    assert inspect(picture(tmp_path / "b.jpg", "#c2410c")).mime_type == "image/jpeg"
    gif = tmp_path / "c.gif"
    gif.write_bytes(GIF_BYTES)  # one frame: an image for X (5 MB, may join other images)
    assert (inspect(gif).kind, inspect(gif).mime_type) == (MediaKind.IMAGE, "image/gif")
    assert (inspect(ANIMATED_GIF).kind, inspect(ANIMATED_GIF).mime_type) == (MediaKind.GIF, "image/gif")
    assert inspect(SHORT_MP4).mime_type == "video/mp4"
    assert sniff(b"\x00\x00\x00\x14ftypqt  \x00\x00") == (MediaKind.VIDEO, "video/quicktime")
    assert sniff(b"RIFF\x10\x00\x00\x00WEBPVP8 ") == (MediaKind.IMAGE, "image/webp")


def test_a_misnamed_file_is_judged_by_its_content(tmp_path: Path) -> None:
    jpeg_named_png = tmp_path / "photo.png"
    picture(tmp_path / "real.jpg", "#1d4ed8").rename(jpeg_named_png)
    assert inspect(jpeg_named_png).mime_type == "image/jpeg"
    fake = tmp_path / "holiday.jpg"
    fake.write_bytes(b"%PDF-1.7 not a picture at all")
    with pytest.raises(MediaError, match=r"holiday\.jpg is not an image, a GIF or a video .* looks like a PDF"):
        inspect(fake)


def test_each_bad_file_gets_a_plain_message(tmp_path: Path) -> None:
    with pytest.raises(MediaError, match="does not exist"):
        inspect(tmp_path / "missing.png")
    with pytest.raises(MediaError, match="is a folder"):
        inspect(tmp_path)
    with pytest.raises(MediaError, match=r"empty\.png is empty"):
        inspect(sized(tmp_path / "empty.png", b"", 0))
    with pytest.raises(MediaError, match=r"big\.png is 20 MB; an image may be at most 5 MB on X"):
        inspect(sized(tmp_path / "big.png", b"\x89PNG\r\n\x1a\n", 20 * MB))
    with pytest.raises(MediaError, match=r"at most 15 MB"):
        inspect(sized(tmp_path / "big.gif", GIF_BYTES, 16 * MB))
    with pytest.raises(MediaError, match=r"at most 512 MB"):
        inspect(sized(tmp_path / "big.mp4", MP4_HEAD, 513 * MB))
    with pytest.raises(MediaError, match=r"notes\.txt is not an image"):
        inspect(sized(tmp_path / "notes.txt", b"hello, world", 12))
    with pytest.raises(MediaError, match="X takes at most 1000"):
        inspect(picture(tmp_path / "alt.png", "#334155"), "x" * 1001)


def test_limits_are_inclusive(tmp_path: Path) -> None:
    # A whole PNG of exactly 5 MB (images are now checked to the end: a PNG header followed by zeros is refused).
    edge = tmp_path / "edge.png"
    edge.write_bytes(png_bytes(64, 48, size=5 * MB))
    assert inspect(edge).size == 5 * MB


def _item(kind: MediaKind, name: str) -> Attachment:
    mime = {MediaKind.IMAGE: "image/png", MediaKind.GIF: "image/gif", MediaKind.VIDEO: "video/mp4"}[kind]
    return Attachment(path=f"/tmp/{name}", kind=kind, mime_type=mime, size=1000)


def test_up_to_four_images_or_one_gif_or_one_video() -> None:
    images = [_item(MediaKind.IMAGE, f"{i}.png") for i in range(5)]
    assert set_problems(images[:4]) == []
    assert set_problems(images) == ["A post holds at most 4 images; 5 are attached. Remove 1."]
    gif, video = _item(MediaKind.GIF, "a.gif"), _item(MediaKind.VIDEO, "v.mp4")
    assert set_problems([gif]) == [] and set_problems([video]) == []
    assert "A GIF must be alone in a post: remove a.gif or the other file." in set_problems([gif, images[0]])
    assert "A video must be alone" in set_problems([images[0], video])[0]
    assert media.refusal_to_add(images[:4], images[4]) is not None
    assert media.refusal_to_add([], gif) is None
    with pytest.raises(MediaError, match="at most 4 images"):
        check_set(images)


def test_json_form_for_the_outbox() -> None:
    item = _item(MediaKind.IMAGE, "chart.png").with_alt("Revenue by quarter")
    assert item.as_json() == {
        "path": "/tmp/chart.png",
        "kind": "image",
        "mime_type": "image/png",
        "alt_text": "Revenue by quarter",
    }


def test_gifs_within_xs_size_frames_and_pixels(tmp_path: Path) -> None:
    def gif(name: str, width: int, height: int, frames: int) -> Path:
        path = tmp_path / name
        path.write_bytes(gif_bytes(width, height, frames))
        return path

    found = inspect(gif("edge.gif", 1280, 1080, 217))  # 299,980,800 pixels in all: just within
    assert (found.kind, found.width, found.height) == (MediaKind.GIF, 1280, 1080)
    with pytest.raises(MediaError, match=r"wide\.gif is 1281×100 pixels; a GIF may be at most 1280×1080 on X"):
        inspect(gif("wide.gif", 1281, 100, 2))
    with pytest.raises(MediaError, match=r"tall\.gif is 100×1081 pixels"):
        inspect(gif("tall.gif", 100, 1081, 2))
    with pytest.raises(MediaError, match=r"long\.gif has 351 frames; a GIF may have at most 350 on X"):
        inspect(gif("long.gif", 10, 10, 351))
    with pytest.raises(
        MediaError, match=r"heavy\.gif has 301\.4 million pixels over all its frames; X takes at most 300"
    ):
        inspect(gif("heavy.gif", 1280, 1080, 218))
    still = gif("still.gif", 3000, 3000, 1)  # a still GIF is an image: no GIF limits
    assert inspect(still).kind is MediaKind.IMAGE
    with pytest.raises(MediaError, match=r"still\.gif is 6 MB; an image may be at most 5 MB on X"):
        inspect(sized(tmp_path / "still.gif", gif_bytes(10, 10, 1), 6 * MB))
    broken = tmp_path / "broken.gif"
    broken.write_bytes(b"GIF89a\x01")
    with pytest.raises(MediaError, match=r"broken\.gif looks like a GIF but cannot be read"):
        inspect(broken)


def test_videos_last_half_a_second_to_140_seconds(tmp_path: Path) -> None:
    found = inspect(SHORT_MP4)
    assert (found.duration_ms, found.width, found.height) == (1000, 128, 72)
    assert inspect(with_duration(tmp_path / "edge.mp4", 140)).duration_ms == 140_000
    assert inspect(with_duration(tmp_path / "half.mp4", 0.5)).duration_ms == 500
    with pytest.raises(MediaError, match=r"keynote\.mp4 lasts 3 min 20 s; a video may last at most 2 min 20 s on X"):
        inspect(with_duration(tmp_path / "keynote.mp4", 200))
    with pytest.raises(MediaError, match=r"blink\.mp4 lasts 0\.3 s; a video must last at least 0\.5 s on X"):
        inspect(with_duration(tmp_path / "blink.mp4", 0.3))
    with pytest.raises(MediaError, match=r"2 min 20\.5 s"):
        inspect(with_duration(tmp_path / "just-over.mp4", 140.5))
    with pytest.raises(MediaError, match=r"head\.mp4 looks like a video but its length cannot be read"):
        inspect(sized(tmp_path / "head.mp4", MP4_HEAD, 2 * MB))  # no moov: an interrupted recording
    # The header is whole, the data cut: only X can tell (its processing fails: see the outbox tests).
    assert inspect(cut_short(tmp_path / "cut.mp4")).duration_ms == 1000
    mov = copy(SHORT_MP4, tmp_path / "clip.mov")
    assert inspect(mov).kind is MediaKind.VIDEO


def _with_size(path: Path, width: int, height: int) -> Path:
    data = bytearray(SHORT_MP4.read_bytes())
    at = data.index(b"tkhd") - 4
    size = int.from_bytes(data[at : at + 4], "big")
    data[at + size - 8 : at + size] = (width << 16).to_bytes(4, "big") + (height << 16).to_bytes(4, "big")
    path.write_bytes(bytes(data))
    return path


def test_videos_of_a_shape_x_takes(tmp_path: Path) -> None:
    assert (inspect(_with_size(tmp_path / "tall.mp4", 720, 1280)).width, inspect(tmp_path / "tall.mp4").height) == (
        720,
        1280,
    )  # portrait 720×1280: X's own recommendation (its 1280×1024 bound is not checked)
    assert inspect(_with_size(tmp_path / "hd.mp4", 1920, 1080)).width == 1920
    with pytest.raises(MediaError, match=r"tiny\.mp4 is 16×16 pixels; a video must be at least 32×32 on X"):
        inspect(_with_size(tmp_path / "tiny.mp4", 16, 16))
    with pytest.raises(MediaError, match=r"banner\.mp4 is 1200×300 pixels; X takes videos from 1:3 \(tall\) to 3:1"):
        inspect(_with_size(tmp_path / "banner.mp4", 1200, 300))


def test_a_still_gif_joins_other_images_an_animated_one_goes_alone(tmp_path: Path) -> None:
    still = tmp_path / "logo.gif"
    still.write_bytes(GIF_BYTES)
    images = [inspect(picture(tmp_path / f"{n}.png", "#0f766e")) for n in range(3)]
    assert set_problems([*images, inspect(still)]) == []
    assert set_problems([*images[:1], inspect(ANIMATED_GIF)]) == [
        "A GIF must be alone in a post: remove animated.gif or the other file."
    ]


def test_durations_read_well() -> None:
    assert [media.duration_text(ms) for ms in (300, 500, 12_000, 140_000, 185_500)] == [
        "0.3 s",
        "0.5 s",
        "12 s",
        "2 min 20 s",
        "3 min 5.5 s",
    ]
    assert "0.5 s to 2 min 20 s" in media.accepted_formats()


# -- every image checked to its end (issue 11, point 6) ------------------------------------------------------------
def _qt_image(path: Path, *, alpha: bool = False, progressive: bool = False, quality: int = -1) -> Path:
    from PySide6.QtGui import QColor, QImage, QImageWriter

    image = QImage(120, 80, QImage.Format.Format_ARGB32 if alpha else QImage.Format.Format_RGB32)
    image.fill(QColor(20, 120, 200, 128 if alpha else 255))
    writer = QImageWriter(str(path))
    writer.setQuality(quality)
    writer.setProgressiveScanWrite(progressive)
    assert writer.write(image), writer.errorString()
    return path


def _interlaced_png(width: int, height: int) -> bytes:
    """An Adam7 PNG (8-bit grey), each pass's rows listed pixel by pixel."""
    passes = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2))
    raw = b""
    for x0, y0, dx, dy in passes:
        columns, rows = len(range(x0, width, dx)), len(range(y0, height, dy))
        if columns and rows:
            raw += (b"\x00" + b"\x7f" * columns) * rows
    header = png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 1))
    return b"\x89PNG\r\n\x1a\n" + header + png_chunk(b"IDAT", zlib.compress(raw)) + png_chunk(b"IEND", b"")


def test_whole_images_of_every_kind_are_taken(tmp_path: Path) -> None:
    made = {
        "plain.png": _qt_image(tmp_path / "plain.png"),
        "alpha.png": _qt_image(tmp_path / "alpha.png", alpha=True),
        "photo.jpg": _qt_image(tmp_path / "photo.jpg"),
        "progressive.jpg": _qt_image(tmp_path / "progressive.jpg", progressive=True),
        "lossy.webp": _qt_image(tmp_path / "lossy.webp", quality=80),
        "lossless.webp": _qt_image(tmp_path / "lossless.webp", quality=100),
        "alpha.webp": _qt_image(tmp_path / "alpha.webp", alpha=True, quality=80),
    }
    interlaced = tmp_path / "interlaced.png"
    interlaced.write_bytes(_interlaced_png(13, 11))
    made["interlaced.png"] = interlaced
    for name, path in made.items():
        found = inspect(path)
        assert found.kind is MediaKind.IMAGE, name
        assert (found.width, found.height) == ((13, 11) if name == "interlaced.png" else (120, 80)), name


def _broken(tmp_path: Path) -> dict[str, bytes]:
    png = png_bytes(40, 30)
    jpeg = _qt_image(tmp_path / "source.jpg").read_bytes()
    webp = _qt_image(tmp_path / "source.webp", quality=80).read_bytes()
    idat = png.index(b"IDAT")
    flipped = bytearray(png)
    flipped[idat + 10] ^= 0xFF
    wrong_size = bytearray(png)  # IHDR says 31 rows: the data inflates to 30 (the CRC made right again)
    wrong_size[16:33] = png_chunk(b"IHDR", struct.pack(">IIBBBBB", 40, 31, 8, 2, 0, 0, 0))
    no_iend = png[: png.index(b"IEND") - 4]
    return {
        "garbage-after-header.png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40,
        "flipped-byte.png": bytes(flipped),
        "cut-short.png": png[: len(png) * 2 // 3],
        "wrong-size.png": bytes(wrong_size),
        "no-iend.png": no_iend,
        "no-ihdr.png": b"\x89PNG\r\n\x1a\n" + png_chunk(b"IEND", b""),
        "garbage-after-header.jpg": b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40,
        "cut-short.jpg": jpeg[: len(jpeg) * 2 // 3],
        "no-scan.jpg": jpeg[: jpeg.index(b"\xff\xda")] + b"\xff\xd9",
        "garbage-after-header.webp": b"RIFF\x00\x10\x00\x00WEBPVP8 " + bytes(range(256)) * 16,
        "cut-short.webp": webp[: len(webp) * 2 // 3],
        "bad-start-code.webp": webp[:23] + b"\x00\x00\x00" + webp[26:],
    }


def test_a_header_followed_by_garbage_or_a_file_cut_short_is_refused(tmp_path: Path) -> None:
    for name, data in _broken(tmp_path).items():
        path = tmp_path / name
        path.write_bytes(data)
        kind = {"png": "PNG", "jpg": "JPEG", "webp": "WebP"}[name.rsplit(".", 1)[1]]
        with pytest.raises(MediaError, match=rf"{re.escape(name)} looks like a {kind} image but cannot be read"):
            inspect(path)


def test_a_png_too_large_to_inflate_is_refused_without_inflating_it(tmp_path: Path) -> None:
    header = png_chunk(b"IHDR", struct.pack(">IIBBBBB", 40_000, 40_000, 8, 6, 0, 0, 0))  # 6.4 GB of pixels
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(b"\x89PNG\r\n\x1a\n" + header + png_chunk(b"IDAT", zlib.compress(b"\0" * 100_000)))
    with pytest.raises(MediaError, match="looks like a PNG image but cannot be read"):
        inspect(bomb)


@pytest.mark.timeout(20)
def test_only_regular_files_are_read(tmp_path: Path) -> None:
    """A FIFO is refused without being opened for a blocking read (it used to hang, even with --dry-run); a device
    and a folder too."""
    fifo = tmp_path / "photo.png"
    os.mkfifo(fifo)
    with pytest.raises(MediaError, match=r"photo\.png is not a regular file"):
        inspect(fifo)
    with pytest.raises(MediaError, match=r"zero is not a regular file"):
        inspect("/dev/zero")
    with pytest.raises(MediaError, match=r"is a folder, not a file"):
        inspect(tmp_path)
    link = tmp_path / "link.png"
    link.symlink_to(fifo)
    with pytest.raises(MediaError, match=r"link\.png is not a regular file"):
        inspect(link)
