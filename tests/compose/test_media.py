"""Media checks before upload: type by content (not name), X's size limits, how many, and plain messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from exec_desk.core import media
from exec_desk.core.media import MB, Attachment, MediaError, MediaKind, check_set, inspect, set_problems, sniff

from .conftest import GIF_BYTES, MP4_HEAD, picture, sized


def test_kinds_come_from_the_first_bytes(tmp_path: Path) -> None:
    assert inspect(picture(tmp_path / "a.png", "#0f766e")).mime_type == "image/png"
    assert inspect(picture(tmp_path / "b.jpg", "#c2410c")).mime_type == "image/jpeg"
    gif = tmp_path / "c.gif"
    gif.write_bytes(GIF_BYTES)
    assert (inspect(gif).kind, inspect(gif).mime_type) == (MediaKind.GIF, "image/gif")
    assert inspect(sized(tmp_path / "d.mp4", MP4_HEAD, 2 * MB)).mime_type == "video/mp4"
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
    assert inspect(sized(tmp_path / "edge.png", b"\x89PNG\r\n\x1a\n", 5 * MB)).size == 5 * MB


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
