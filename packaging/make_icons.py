"""Render Exec Desk's icon into the freedesktop hicolor theme layout (run it after changing the SVG).

    .venv/bin/python packaging/make_icons.py [--out DIR]

Reads `resources/icons/exec-desk.svg` and writes, under `packaging/icons/hicolor/` (or `DIR/hicolor/`):
`scalable/apps/<ID>.svg` (a copy) and `<N>x<N>/apps/<ID>.png` for every size in `SIZES`, where `<ID>` is the
application id `io.github.execdesk.ExecDesk`. Uses Qt's SVG renderer on the offscreen platform, so it needs no
display. The PNGs are committed; tests/packaging checks that they exist, decode at the right size and match a
fresh rendering.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "io.github.execdesk.ExecDesk"
SOURCE_SVG = ROOT / "resources" / "icons" / "exec-desk.svg"
DEFAULT_OUT = ROOT / "packaging" / "icons"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def png_path(out: Path, size: int) -> Path:
    """Where the PNG of `size` pixels goes under `out` (the folder holding `hicolor/`)."""
    return out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def svg_path(out: Path) -> Path:
    """Where the scalable SVG goes under `out`."""
    return out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


def render(svg: Path, out: Path, sizes: Sequence[int] = SIZES) -> list[Path]:
    """Copy `svg` and render it at each size into the hicolor layout under `out`; the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # QImage text/font paths want an app
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    written = []
    scalable = svg_path(out)
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        target = png_path(out, size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.convertToFormat(QImage.Format.Format_ARGB32).save(str(target)):
            raise OSError(f"could not write {target}")
        written.append(target)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: render into `--out` (default packaging/icons) and list the files written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--svg", type=Path, default=SOURCE_SVG, help="source SVG (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder that holds hicolor/")
    args = parser.parse_args(argv)
    for path in render(args.svg, args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
