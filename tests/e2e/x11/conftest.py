"""Real X11: a virtual display (Xvfb) with or without a tray host (trayer), from packaging/virtual_desktop.py.

The app runs in a subprocess on that display (this test process stays offscreen); it reports what it shows
through EXEC_DESK_DEBUG_EVENTS; clicks are real X11 input (xdotool); screenshots go to /tmp/shots/.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage

from tests.support.scripts import load_script

SHOTS = Path("/tmp/shots")
TOOLS = ("Xvfb", "trayer", "xdotool")
_GRAB = (
    "import sys\nfrom PySide6.QtGui import QGuiApplication\napp = QGuiApplication(sys.argv[:1])\n"
    "raise SystemExit(0 if app.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)\n"
)


class Display:
    """A running virtual desktop: its environment for subprocesses, real clicks and screenshots."""

    def __init__(self, desk: object) -> None:
        self.desk = desk
        env = desk.env()  # type: ignore[attr-defined]
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # XEmbed tray, not StatusNotifierItem over D-Bus
        env["QT_QPA_PLATFORM"] = "xcb"
        self.env: dict[str, str] = env

    def click(self, x: int, y: int, button: int = 1) -> None:
        subprocess.run(
            ["xdotool", "mousemove", str(x), str(y), "click", str(button)], env=self.env, check=True, timeout=10
        )

    def key(self, name: str, at: QPoint) -> None:
        """A real key press, with the pointer over `at` (no window manager: X's focus follows the pointer)."""
        subprocess.run(
            ["xdotool", "mousemove", str(at.x()), str(at.y()), "key", name],
            env=self.env,
            check=True,
            timeout=10,
        )

    def screenshot(self, name: str, crop: QRect | None = None, painted: QRect | None = None) -> Path:
        """Save the screen (and a crop of it) to /tmp/shots/; retried (bounded) until `painted` is not blank."""
        SHOTS.mkdir(parents=True, exist_ok=True)
        path = SHOTS / f"{name}.png"
        deadline = time.monotonic() + 10
        while True:
            subprocess.run([sys.executable, "-c", _GRAB, str(path)], env=self.env, check=True, timeout=30)
            image = QImage(str(path))
            assert not image.isNull()
            if painted is None or _has_content(image, painted) or time.monotonic() > deadline:
                break
        if crop is not None:
            image.copy(crop.intersected(image.rect())).save(str(SHOTS / f"{name}-crop.png"))
        return path


def _has_content(image: QImage, area: QRect) -> bool:
    """More than one colour inside `area`: something was drawn there."""
    area = area.intersected(image.rect())
    colours = {
        image.pixel(x, y) for x in range(area.left(), area.right(), 3) for y in range(area.top(), area.bottom(), 3)
    }
    return len(colours) > 1


@pytest.fixture(scope="module")
def virtual_desktop() -> ModuleType:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"needs {', '.join(missing)} (Debian: apt-get install xvfb trayer xdotool)", pytrace=False)
    return load_script("virtual_desktop")


@pytest.fixture
def display(virtual_desktop: ModuleType) -> Callable[..., Iterator[Display]]:
    def open_display(*, tray: bool = True) -> Iterator[Display]:
        with virtual_desktop.VirtualDesktop(tray=tray) as desk:
            yield Display(desk)

    return open_display


@pytest.fixture
def with_tray(display: Callable[..., Iterator[Display]]) -> Iterator[Display]:
    yield from display(tray=True)


@pytest.fixture
def without_tray(display: Callable[..., Iterator[Display]]) -> Iterator[Display]:
    yield from display(tray=False)
