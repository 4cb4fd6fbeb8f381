"""Fixtures for the composer tests: the twitter-text conformance cases, sample media files, a store with an account,
and the app's catalogues compiled from the code (`language("fr")` switches the UI to French for one test)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter
from PySide6.QtWidgets import QApplication

from exec_desk.storage.store import Store
from exec_desk.ui.i18n import install_language
from tests.support.factories import ACCOUNT, make_account

DATA = Path(__file__).resolve().parents[1] / "data"
PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
#: The system locale each language is tried with (English: a 24-hour English locale, as the tests' "C" locale).
SYSTEM = {"en": "en_GB", "fr": "fr_FR"}
CONFORMANCE = DATA / "twitter-text-validate.yml"
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


def _i18n_tool() -> ModuleType:
    """packaging/i18n.py (not a package) as a module."""
    key = "_exec_desk_packaging_i18n"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, PACKAGING / "i18n.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[key] = module
        spec.loader.exec_module(module)
    return sys.modules[key]


@pytest.fixture(scope="session")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """exec_desk_en.qm (plural forms) and exec_desk_fr.qm compiled from the code's marked texts and the
    repository's translations into a temporary folder."""
    tool = _i18n_tool()
    entries, errors = tool.extract()
    assert errors == []
    folder = tmp_path_factory.mktemp("i18n")
    tool.write_ts(folder / "exec_desk_en.ts", "en", tool.merged("en", entries))
    french = tool.merged("fr", entries)
    tool.write_ts(folder / "exec_desk_fr.ts", "fr", french)
    tool.compile_catalogues(folder, folder)
    return folder


@pytest.fixture
def language(qapp: QApplication, catalogues: Path) -> Iterator[Callable[[str], None]]:
    """`language("fr")` installs that catalogue and locale (build the widgets after); undone after the test."""
    saved = QLocale()

    def use(name: str) -> None:
        assert install_language(qapp, name, catalogs=catalogues, system=QLocale(SYSTEM[name])) == name

    yield use
    install_language(qapp, "en", catalogs=catalogues / "none", system=saved)
    QLocale.setDefault(saved)


__all__ = ["ACCOUNT", "GIF_BYTES", "MP4_HEAD", "conformance_cases", "picture", "sized"]
