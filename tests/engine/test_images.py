"""The image cache: fetched in the background from the fake server, kept on disk and in a small LRU."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from exec_desk.backends.fakex import FakeXServer
from exec_desk.services.images import ImageCache, cache_path
from exec_desk.services.tasks import ImmediateTaskRunner, TaskRunner


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

    restarted = ImageCache(ImmediateTaskRunner(), tmp_path / "avatars", download=no_network)
    assert restarted.get(url) is None  # loading from disk, on the runner
    again = restarted.get(url)
    assert again is not None and again.width() == 96
    assert len(server.log) == 1


def test_memory_is_an_lru_of_fixed_size(server: FakeXServer, tmp_path: Path) -> None:
    cache = ImageCache(ImmediateTaskRunner(), tmp_path, capacity=2)
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
    cache = ImageCache(ImmediateTaskRunner(), tmp_path)
    failed: list[str] = []
    cache.failed.connect(failed.append)
    url = server.base_url + path
    assert cache.get(url) is None and cache.get(url) is None
    assert failed == [url] and len(server.log) == 1
    cache.forget_failures()
    cache.get(url)
    assert len(server.log) == 2


def test_something_that_is_not_an_image_is_refused(tmp_path: Path) -> None:
    cache = ImageCache(ImmediateTaskRunner(), tmp_path, download=lambda url: b"<html>not an image</html>")
    failed: list[str] = []
    cache.failed.connect(failed.append)
    assert cache.get("http://127.0.0.1:9/x.png") is None
    assert failed == ["http://127.0.0.1:9/x.png"] and list(tmp_path.iterdir()) == []
    assert cache.get("file:///etc/passwd") is None and ImageCache(ImmediateTaskRunner(), tmp_path).get("") is None
