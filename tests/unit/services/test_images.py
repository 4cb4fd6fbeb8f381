"""The image cache: fetched in the background from the fake server, kept on disk and in a small LRU."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from exec_desk.fakex import FakeXServer
from exec_desk.services.images import ImageCache, cache_path, decode
from exec_desk.services.tasks import TaskRunner
from tests.support.media_files import png_bytes
from tests.support.runners import DeferredRunner, ImmediateTaskRunner


def no_network(url: str) -> bytes:
    raise AssertionError(f"unexpected download of {url}")


def test_avatar_arrives_in_the_background_and_is_cached_on_disk(
    server: FakeXServer, tmp_path: Path, qtbot: QtBot
) -> None:
    url = f"{server.base_url}/avatars/3001.png"
    runner = TaskRunner()
    cache = ImageCache(runner, tmp_path / "avatars")
    with qtbot.waitSignal(cache.ready, timeout=5000) as ready:
        assert cache.get(url) is None
    assert ready.args == [url]
    image = cache.get(url)
    assert image is not None and image.width() == 96 and image.height() == 96
    assert cache_path(tmp_path / "avatars", url).stat().st_size > 0
    assert server.log.paths() == ["GET /avatars/3001.png"]
    runner.shutdown()

    restarted = ImageCache(ImmediateTaskRunner(), tmp_path / "avatars", download=no_network, defer=False)
    assert restarted.get(url) is None  # loading from disk, on the runner
    again = restarted.get(url)
    assert again is not None and again.width() == 96
    assert len(server.log) == 1


def test_memory_is_an_lru_of_fixed_size(server: FakeXServer, tmp_path: Path) -> None:
    cache = ImageCache(ImmediateTaskRunner(), tmp_path, capacity=2, defer=False)
    urls = [f"{server.base_url}/avatars/{uid}.png" for uid in ("3001", "3002", "3003")]
    for url in urls:
        cache.get(url)
    assert cache.get(urls[2]) is not None and cache.get(urls[1]) is not None
    ready: list[str] = []
    cache.ready.connect(ready.append)
    assert cache.get(urls[0]) is None and ready == [urls[0]]  # evicted: reloaded from disk, not the network
    assert len(server.log) == 3


@pytest.mark.parametrize("path", ["/avatars/999999.png", "/nothing-here.png"])
def test_a_missing_image_fails_once_and_is_not_asked_again(server: FakeXServer, tmp_path: Path, path: str) -> None:
    cache = ImageCache(ImmediateTaskRunner(), tmp_path, defer=False)
    failed: list[str] = []
    cache.failed.connect(failed.append)
    url = server.base_url + path
    assert cache.get(url) is None and cache.get(url) is None
    assert failed == [url] and len(server.log) == 1
    cache.forget_failures()
    cache.get(url)
    assert len(server.log) == 2


def test_something_that_is_not_an_image_is_refused(tmp_path: Path) -> None:
    cache = ImageCache(ImmediateTaskRunner(), tmp_path, download=lambda url: b"<html>not an image</html>", defer=False)
    failed: list[str] = []
    cache.failed.connect(failed.append)
    assert cache.get("http://127.0.0.1:9/x.png") is None
    assert failed == ["http://127.0.0.1:9/x.png"] and list(tmp_path.iterdir()) == []
    assert cache.get("file:///etc/passwd") is None and ImageCache(ImmediateTaskRunner(), tmp_path).get("") is None


def test_a_few_loads_run_at_once_the_latest_asked_first(tmp_path: Path) -> None:
    asked: list[str] = []
    runner = DeferredRunner()

    def download(url: str) -> bytes:
        asked.append(url)
        return png_bytes(8, 8)

    cache = ImageCache(runner, tmp_path, download=download, max_loads=2, defer=False)
    urls = [f"http://127.0.0.1:9/{n}.png" for n in range(5)]
    for url in urls:
        assert cache.get(url) is None
    assert len(runner.tasks) == 2  # the other three wait
    runner.run_next(0)
    assert asked == [urls[0]] and cache.get(urls[0]) is not None
    assert len(runner.tasks) == 2  # the latest asked took the free place: it is on screen now
    runner.run_next(1)
    runner.run_next(0)
    runner.run_next(0)
    runner.run_next(0)
    assert asked == [urls[0], urls[4], urls[1], urls[3], urls[2]] and runner.tasks == []


def test_loads_start_after_the_paint_that_asked_for_them(tmp_path: Path, qtbot: QtBot) -> None:
    runner = DeferredRunner()
    cache = ImageCache(runner, tmp_path, download=lambda url: png_bytes(8, 8))
    cache.get("http://127.0.0.1:9/a.png")
    cache.get("http://127.0.0.1:9/b.png")
    assert runner.tasks == []  # nothing competes with the paint going on
    qtbot.waitUntil(lambda: len(runner.tasks) == 2, timeout=1000)


def test_big_images_are_decoded_at_a_bounded_size() -> None:
    big = decode(png_bytes(2000, 1000), 640)
    assert (big.width(), big.height()) == (640, 320)
    small = decode(png_bytes(96, 96), 640)
    assert (small.width(), small.height()) == (96, 96)
    assert decode(b"not an image").isNull()


def test_demo_images_are_cached_by_post_and_survive_a_new_server_port(server: FakeXServer, tmp_path: Path) -> None:
    """Issue 12, point 8: the demo's fake X gets a new port at each start; its avatars and photos are cached by their
    path (user / media id), so a restart finds them on disk, and a post cached under the old port is fetched from the
    server of this run."""
    first = ImageCache(ImmediateTaskRunner(), tmp_path, local_origin=server.base_url, defer=False)
    first.get(f"{server.base_url}/avatars/3001.png")
    assert server.log.paths() == ["GET /avatars/3001.png"]

    moved = "http://127.0.0.1:9"  # the address the cached posts still name after a restart: nothing listens there
    restarted = ImageCache(ImmediateTaskRunner(), tmp_path, download=no_network, defer=False)
    restarted.get(f"{moved}/avatars/3001.png")
    image = restarted.get(f"{moved}/avatars/3001.png")
    assert image is not None and image.width() == 96  # from the disk, not the network

    fresh = ImageCache(ImmediateTaskRunner(), tmp_path / "empty", local_origin=server.base_url, defer=False)
    fresh.get(f"{moved}/avatars/3002.png")
    assert fresh.get(f"{moved}/avatars/3002.png") is not None
    assert server.log.paths()[-1] == "GET /avatars/3002.png"  # fetched from this run's server

    remote = "https://pbs.twimg.com/profile_images/1/a.png"
    assert cache_path(tmp_path, remote) != cache_path(tmp_path, remote.replace("/1/", "/2/"))
