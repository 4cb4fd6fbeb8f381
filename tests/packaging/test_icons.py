"""The hicolor icons: every size present, decodable at its size, and what make_icons.py renders from the SVG today."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "packaging" / "icons"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def _image(path: Path) -> QImage:
    image = QImage(str(path))
    assert not image.isNull(), f"{path} does not decode"
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def _bytes(image: QImage) -> bytes:
    return bytes(image.constBits())[: image.sizeInBytes()]


@pytest.mark.parametrize("size", SIZES)
def test_png_exists_and_decodes_at_its_size(make_icons: ModuleType, qapp: QApplication, size: int) -> None:
    path = make_icons.png_path(ICONS, size)
    assert path == ICONS / "hicolor" / f"{size}x{size}" / "apps" / "io.github.execdesk.ExecDesk.png"
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = _image(path)
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0, "the rounded corner is transparent"
    assert image.pixelColor(size // 2, size // 2).alpha() == 255, "the middle is painted"


def test_scalable_svg_is_the_app_icon(make_icons: ModuleType) -> None:
    assert make_icons.SIZES == SIZES
    scalable = make_icons.svg_path(ICONS)
    assert scalable.read_bytes() == (ROOT / "resources" / "icons" / "exec-desk.svg").read_bytes()


def test_committed_pngs_match_a_fresh_rendering(make_icons: ModuleType, qapp: QApplication, tmp_path: Path) -> None:
    """Run packaging/make_icons.py after changing resources/icons/exec-desk.svg, and commit its output."""
    written = make_icons.render(make_icons.SOURCE_SVG, tmp_path)
    assert len(written) == len(SIZES) + 1
    for size in SIZES:
        fresh, committed = _image(make_icons.png_path(tmp_path, size)), _image(make_icons.png_path(ICONS, size))
        worst = max(abs(a - b) for a, b in zip(_bytes(fresh), _bytes(committed), strict=True))
        assert worst <= 8, f"{size}x{size} differs from a fresh rendering by {worst} (anti-aliasing allows 8)"
