"""Fixtures for the composer tests: the twitter-text conformance cases, sample media files, a store with an account."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter
from support.factories import ACCOUNT, make_account

from exec_desk.storage.store import Store

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference"
CONFORMANCE = REFERENCE / "twitter-text-validate.yml"
SUITE = "WeightedTweetsWithDiscountedEmojiCounterTest"
#: A minimal valid GIF (1×1, one colour).
GIF_BYTES = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00"
    b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)
MP4_HEAD = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"


def conformance_cases() -> list[dict[str, Any]]:
    """The v3 weighted-length cases (the 280 rule in force); a missing file fails the tests, never skips them."""
    assert CONFORMANCE.is_file(), f"the conformance suite is missing: {CONFORMANCE}"
    data = yaml.safe_load(CONFORMANCE.read_text(encoding="utf-8"))
    cases: list[dict[str, Any]] = data["tests"][SUITE]
    assert len(cases) >= 20, f"only {len(cases)} cases in {SUITE}"
    return cases


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


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "desk.sqlite3") as opened:
        opened.accounts.add(make_account())
        yield opened


__all__ = ["ACCOUNT", "GIF_BYTES", "MP4_HEAD", "conformance_cases", "picture", "sized"]
