"""Avatars and media thumbnails: fetched once on the runner, kept on disk and in a small in-memory LRU.

`get(url)` answers from memory at once, or returns None and loads the image in the background: from the disk
cache (one file per image, named by the SHA-256 of its `image_key`) or, failing that, over HTTP with `requests`;
`ready(url)` then tells the view to paint again. A URL that failed is not asked again until `forget_failures()`.

An image is cached under its address, except one served by this computer (the demo's fake X, on loopback, whose
port changes at every start): that one is cached under its path — `/avatars/<user id>.png`, `/media/<media
key>.jpg`, i.e. by user and media id — so demo avatars and photos survive a restart. With `local_origin` (the
demo server of this run) such an image is fetched from there, whatever port the cached post still names.

Loads never hold up the GUI thread, not even through the interpreter lock: decoding happens on the worker with
`QImageReader.read()`, which PySide6 runs without the GIL (`QImage.fromData` keeps it: a 1200-pixel photo would
freeze the GUI for tens of milliseconds), and images larger than the cache's `max_side` are decoded smaller
(they are shown as avatars and thumbnails; JPEG decodes smaller for less). Loads start on the next turn of the
event loop, once the paint that asked for them is done, and at most `max_loads` run at once, the latest asked
first (the rows on screen now): a screenful of new avatars neither fills the task runner nor competes with that
paint for the interpreter. (`defer=False` starts them at once, for tests with an immediate runner.)

Signals of ImageCache:
    ready(str): the image of this URL is now in memory: `get(url)` returns it
    failed(str): this URL could not be loaded (it is not asked again)
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import requests
from PySide6.QtCore import QBuffer, QIODevice, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QImageReader

from exec_desk.services.tasks import Runner
from exec_desk.storage.files import atomic_write

log = logging.getLogger(__name__)

MAX_BYTES = 8 * 1024 * 1024
TIMEOUT = (5.0, 20.0)
#: Longest side, in pixels, images are decoded at (thumbnails are 104 × 72 logical pixels, avatars 40).
MAX_SIDE = 640
#: Loads running at once.
MAX_LOADS = 3
Download = Callable[[str], bytes]


class ImageTooLarge(ValueError):
    """The server sent more than `MAX_BYTES`."""


def http_download(url: str) -> bytes:
    """GET an image (http or https only), at most `MAX_BYTES`. Blocking: call it on a worker."""
    if not url.startswith(("https://", "http://")):
        raise ValueError(f"not an image URL: {url!r}")
    with requests.get(url, timeout=TIMEOUT, stream=True) as response:
        response.raise_for_status()
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_content(64 * 1024):
            size += len(chunk)
            if size > MAX_BYTES:
                raise ImageTooLarge(f"{url} is larger than {MAX_BYTES} bytes")
            chunks.append(chunk)
    return b"".join(chunks)


#: Hosts of this computer: an image there is the demo's (or a test's) fake X, whose address changes at each start.
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


def _local_path(url: str) -> str | None:
    """The path (and query) of an image served by this computer, else None."""
    parts = urlsplit(url)
    if parts.hostname not in LOCAL_HOSTS:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def image_key(url: str) -> str:
    """What an image is cached under: its address, or for one served by this computer, its path (by user or media
    id: the port of the demo's fake X changes at every start)."""
    local = _local_path(url)
    return url if local is None else f"local:{local}"


def fetch_url(url: str, local_origin: str | None) -> str:
    """Where to fetch an image: a local one from this run's local server (`local_origin`), when there is one."""
    local = _local_path(url)
    return url if local is None or not local_origin else local_origin.rstrip("/") + local


def cache_path(cache_dir: Path, url: str) -> Path:
    return cache_dir / (hashlib.sha256(image_key(url).encode("utf-8")).hexdigest() + ".img")


def decode(data: bytes, max_side: int | None = MAX_SIDE) -> QImage:
    """Decode an image (a null `QImage` if it is not one), at most `max_side` pixels on its longest side.

    Blocking, but it lets other threads run meanwhile: `QImageReader.read()` releases the GIL.
    """
    buffer = QBuffer()
    buffer.setData(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if max_side and size.isValid() and max(size.width(), size.height()) > max_side:
        reader.setScaledSize(size.scaled(max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def load_image(
    url: str,
    cache_dir: Path,
    download: Download = http_download,
    *,
    max_side: int | None = MAX_SIDE,
    local_origin: str | None = None,
) -> QImage:
    """The image of `url`, from the disk cache or downloaded (and then cached). Blocking. Raises on failure."""
    path = cache_path(cache_dir, url)
    data: bytes | None = None
    with contextlib.suppress(FileNotFoundError):
        data = path.read_bytes()
    image = decode(data, max_side) if data else QImage()
    if not image.isNull():
        return image
    data = download(fetch_url(url, local_origin))
    image = decode(data, max_side)
    if image.isNull():
        raise ValueError(f"{url} is not an image Qt can read")
    _write_atomically(path, data)
    return image


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    atomic_write(path, data, sync=False)  # a cache: losing it in a crash costs a download, not the user's work


class ImageCache(QObject):
    """Images by URL for the views. One instance per cache folder (avatars; media thumbnails).

    Signals: ready(str url), failed(str url).
    """

    ready = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        runner: Runner,
        cache_dir: Path,
        *,
        download: Download = http_download,
        capacity: int = 400,
        max_loads: int = MAX_LOADS,
        max_side: int | None = MAX_SIDE,
        defer: bool = True,
        local_origin: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._local_origin = local_origin  # the demo's fake X of this run: local images are fetched from it
        self._runner = runner
        self._cache_dir = cache_dir
        self._download = download
        self._capacity = max(1, capacity)
        self._max_loads = max(1, max_loads)
        self._max_side = max_side
        self._memory: OrderedDict[str, QImage] = OrderedDict()
        self._loading: set[str] = set()  # asked for: waiting in `_waiting` or running
        self._waiting: list[str] = []  # not started yet, oldest first
        self._running = 0
        self._failures: set[str] = set()
        self._starter: QTimer | None = None
        if defer:
            self._starter = QTimer(self)
            self._starter.setSingleShot(True)
            self._starter.setInterval(0)
            self._starter.timeout.connect(self._start_loads)

    def get(self, url: str) -> QImage | None:
        """The image if it is in memory; otherwise None, and `ready(url)` follows once it is loaded."""
        image = self._memory.get(url)
        if image is not None:
            self._memory.move_to_end(url)
            return image
        if url and url not in self._loading and url not in self._failures:
            self._loading.add(url)
            self._waiting.append(url)
            if self._starter is None:
                self._start_loads()
            elif not self._starter.isActive():
                self._starter.start()
        return None

    def forget_failures(self) -> None:
        self._failures.clear()

    def _start_loads(self) -> None:
        while self._waiting and self._running < self._max_loads:
            self._running += 1
            self._load(self._waiting.pop())  # the latest asked first: what is on screen now

    def _load(self, url: str) -> None:
        cache_dir, download, max_side, origin = self._cache_dir, self._download, self._max_side, self._local_origin
        self._runner.submit(
            lambda: load_image(url, cache_dir, download, max_side=max_side, local_origin=origin),
            lambda loaded: self._loaded(url, loaded),
            lambda error: self._failed(url, error),
            owner=self,  # a session let go while its images load: their callbacks are dropped
        )

    def _loaded(self, url: str, image: QImage) -> None:
        self._loading.discard(url)
        self._running -= 1
        self._memory[url] = image
        self._memory.move_to_end(url)
        while len(self._memory) > self._capacity:
            self._memory.popitem(last=False)
        self.ready.emit(url)
        self._start_loads()

    def _failed(self, url: str, error: BaseException) -> None:
        self._loading.discard(url)
        self._running -= 1
        self._failures.add(url)
        log.info("image %s could not be loaded: %s", url, error)
        self.failed.emit(url)
        self._start_loads()
