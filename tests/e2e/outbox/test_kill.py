"""Kill -9 the real app while the user types and while it sends, many times at random (seeded) points.

The app runs as a subprocess (`python -m exec_desk --basedir D`) with a real account: OAuth 1.0a keys stored by
`exec-desk signin --oauth1` through the real keyring, in a private Secret Service. The fake X server runs in this
test process (so it outlives every death of the app, and its request log and world can be read directly), with
some latency so that kills land in the middle of requests.

- Typing: the app types a text into its composer (the `EXEC_DESK_AUTOTYPE` test hook, one character every few
  milliseconds, each one reported with a monotonic timestamp); it is killed at a random character. The draft in
  the database must hold at least what was typed one second before the kill, and still be there after a restart,
  whose composer opens on it (then the typist starts a new post).
- Sending: posts and a thread are queued (through `exec-desk post`, in-process and as a command while the app
  runs); the app is killed at random moments while it sends, and started again until the outbox is empty. Then
  every part is on the fake X exactly once: once in its world, one accepted create-post request each in its log,
  and no request refused as a duplicate (which would mean a landed post had been sent again).
- Uploading: a post with a 13 MB video (four segments, then X's processing) is killed at random moments of its
  upload and started again until it is out: it is on X once, with every byte of its video and its alt text.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import random
import signal
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pytest

from exec_desk.cli import post as post_cli
from exec_desk.fakex.prices import Op
from exec_desk.fakex.server import FakeXServer
from exec_desk.storage.paths import Paths
from tests.support.app_process import AppProcess, Event, exec_desk, offscreen_env
from tests.support.media_files import padded
from tests.support.secret_service import SecretServiceUnavailable, collect_leaked_connections, running_secret_service

pytestmark = [pytest.mark.keyring, pytest.mark.timeout(90)]
OAUTH1 = ("consumer_key", "consumer_secret", "access_token", "access_token_secret")
TYPED = (
    "Dear board, a short note before Thursday: the Lyon plant opens in March, hiring is on track, "
    "and I would like ten minutes on the pricing review. Thank you all."
)
TYPE_MS = 12


@dataclass
class Desk:
    """A signed-in profile, the environment to run the app in, and the fake X it talks to."""

    base: Path
    env: dict[str, str]
    server: FakeXServer

    def start(self, **extra: str) -> AppProcess:
        return AppProcess(exec_desk("--basedir", str(self.base)), {**self.env, **extra})

    def query(self, sql: str) -> list[tuple[object, ...]]:
        """Read the app's database (WAL: safe while the app runs, and after it was killed)."""
        with contextlib.closing(sqlite3.connect(Paths.resolve(self.base).database_file, timeout=10)) as conn:
            return list(conn.execute(sql).fetchall())


def _kill(app: AppProcess) -> float:
    """SIGKILL now; the moment it was sent (monotonic). The output read so far stays in `app.events`."""
    at = time.monotonic()
    app.proc.send_signal(signal.SIGKILL)
    app.proc.wait(10)
    return at


def _drain(app: AppProcess) -> int:
    """Read every event the ended process printed; its exit code."""
    with contextlib.suppress(AssertionError):
        app.wait_for(lambda e: False, timeout=5.0, what="(draining)")
    return app.stop()


@pytest.fixture(scope="module")
def keyring_bus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    try:
        with running_secret_service(tmp_path_factory.mktemp("keyring") / "home") as session:
            yield session.address
            collect_leaked_connections()
    except SecretServiceUnavailable as exc:
        pytest.fail(f"cannot run keyring tests: {exc}", pytrace=False)


def _desk(tmp_path: Path, bus: str, latency: float) -> Iterator[Desk]:
    with FakeXServer(seed=21, port=0, latency=latency) as server:
        base = tmp_path / "profile"
        home = tmp_path / "home"
        home.mkdir()
        env = {**offscreen_env(), "HOME": str(home), "DBUS_SESSION_BUS_ADDRESS": bus}
        env["EXEC_DESK_API_URL"] = server.base_url
        keys = server.credentials()["oauth1"]
        signin = subprocess.run(
            exec_desk("--basedir", str(base), "--api-url", server.base_url, "signin", "--oauth1"),
            input="\n".join(keys[k] for k in OAUTH1) + "\n",
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert signin.returncode == 0, signin.stderr
        yield Desk(base, env, server)
        assert server.errors == []


@pytest.fixture
def desk(tmp_path: Path, keyring_bus: str) -> Iterator[Desk]:
    yield from _desk(tmp_path, keyring_bus, latency=0.25)


def _typed_at_least(count: int, event: Event) -> bool:
    return event.get("event") == "typed" and bool(event["count"] >= count)


def _typed_at(app: AppProcess, moment: float) -> int:
    """How many characters the app had typed at `moment` (its own monotonic timestamps)."""
    return max((e["count"] for e in app.events if e.get("event") == "typed" and e["t"] <= moment), default=0)


def test_a_kill_while_typing_loses_at_most_a_second(desk: Desk) -> None:
    rng = random.Random(20261126)
    texts = [f"Draft {cycle}. {TYPED}" for cycle in range(4)]
    previous = ""
    for cycle, text in enumerate(texts):
        app = desk.start(EXEC_DESK_AUTOTYPE=text, EXEC_DESK_AUTOTYPE_MS=str(TYPE_MS))
        stop_at = rng.randint(len(text) // 2, len(text) - 2)  # at least ~1 s of typing before the kill
        app.wait_for(partial(_typed_at_least, stop_at), what=f"{stop_at} typed")
        killed = _kill(app)
        _drain(app)
        saved = [str(row[0]) for row in desk.query(f"SELECT text FROM drafts WHERE text LIKE 'Draft {cycle}.%'")]
        assert len(saved) == 1, saved
        # The composer of this run opened on the draft the previous death left (issue 12, point 6).
        recovered = [e["text"] for e in app.events if e.get("event") == "recovered"]
        assert recovered == ([] if cycle == 0 else [previous]), recovered
        previous = saved[0]
        typed_before = _typed_at(app, killed)
        assert text.startswith(saved[0]) and len(saved[0]) <= typed_before
        assert len(saved[0]) >= _typed_at(app, killed - 1.0), (len(saved[0]), typed_before)
        # The drafts of the earlier deaths are all still there.
        earlier = {str(row[0]).split(".")[0] for row in desk.query("SELECT text FROM drafts")}
        assert earlier == {f"Draft {n}" for n in range(cycle + 1)}
    text = f"Draft {len(texts)}. {TYPED}"
    with desk.start(EXEC_DESK_AUTOTYPE=text, EXEC_DESK_AUTOTYPE_MS=str(TYPE_MS)) as app:
        # A restart keeps the earlier drafts; a clean quit (SIGTERM, e.g. logging out) while typing loses nothing.
        app.wait_for(lambda e: e.get("event") == "typed" and e["count"] >= 20, what="typing")
        assert len(desk.query("SELECT id FROM drafts")) >= len(texts)
        app.proc.send_signal(signal.SIGTERM)
        app.proc.wait(15)
        assert _drain(app) == 0
    typed = max(e["count"] for e in app.events if e.get("event") == "typed")
    assert sorted(str(row[0]) for row in desk.query("SELECT text FROM drafts"))[-1] == text[:typed]
    assert len(desk.query("SELECT id FROM drafts")) == len(texts) + 1


def _queue(desk: Desk, text: str, *extra: str) -> None:
    code = post_cli.main([text, "--basedir", str(desk.base), "--in", "0", *extra], notify=lambda paths: False)
    assert code == 0


def _states(desk: Desk) -> list[str]:
    return [str(row[0]) for row in desk.query("SELECT state FROM outbox ORDER BY id")]


def test_kills_while_sending_never_lose_or_double_a_post(desk: Desk) -> None:
    rng = random.Random(7)
    singles = [
        f"Update {n}: the quarter closed well; details at https://example.com/q{n} for the team." for n in range(6)
    ]
    thread = " ".join(
        f"Point {n} of the plan, explained in one sentence that runs long enough to matter." for n in range(9)
    )
    for text in singles:
        _queue(desk, text)
    _queue(desk, thread, "--thread")
    late = [f"Late note {n}, queued while the app runs." for n in range(2)]
    parts_of_thread = post_cli.assess(thread, thread=True).report["parts"]
    assert len(parts_of_thread) >= 3
    kills_mid_send = 0
    for cycle in range(12):
        if all(state == "sent" for state in _states(desk)) and cycle > 0:
            break
        app = desk.start()
        app.wait_for(lambda e: e.get("event") == "ready", what="ready")
        if cycle == 0:  # `exec-desk post` while the app runs: queued into the store, the app is nudged
            for text in late:
                done = subprocess.run(
                    exec_desk("--basedir", str(desk.base), "post", text, "--in", "0"),
                    env=desk.env, capture_output=True, text=True, timeout=30,
                )  # fmt: skip
                assert done.returncode == 0 and "Exec Desk sends it;" in done.stdout, done.stdout + done.stderr
        sends = rng.randint(0, 3)  # kill after this many changes of the outbox, plus a random moment

        def seen(_event: object, n: int = sends, app: AppProcess = app) -> bool:
            changes = sum(1 for x in app.events if x.get("event") == "outbox")
            return changes >= n or set(_states(desk)) == {"sent"}

        app.wait_for(seen, what=f"{sends} outbox changes")
        time.sleep(rng.uniform(0.0, 0.3))  # the random point of the kill (not a wait for anything)
        _kill(app)
        _drain(app)
        kills_mid_send += bool({"sending", "uncertain"} & set(_states(desk)))  # a write was on its way
    with desk.start() as app:  # the last start: it finishes the outbox
        app.wait_for(lambda e: all(state == "sent" for state in _states(desk)), timeout=30, what="an empty outbox")
        assert app.stop() == 0

    world = desk.server.world
    mine = [p for p in world.newest_first() if p.author_id == world.user_id][::-1]
    expected = [*singles, *late, *parts_of_thread]
    for text in expected:
        assert [p.source_text for p in mine].count(text) == 1, text
    posted = {p.source_text: p for p in mine}
    for earlier, later in itertools.pairwise(parts_of_thread):
        assert posted[later].reply_to == posted[earlier].id
    created = [e.status for e in desk.server.log if e.op == Op.CREATE_POST]
    assert created.count(201) == len(expected)  # the log: each accepted exactly once...
    assert 403 not in created  # ...and none refused as a duplicate of one that had landed
    assert kills_mid_send >= 1  # the kills did land while posts were on their way
    assert set(_states(desk)) == {"sent"}


def _upload_state(desk: Desk) -> dict[str, object] | None:
    [(progress,)] = desk.query("SELECT progress FROM outbox")
    upload = json.loads(str(progress)).get("upload")
    return upload if isinstance(upload, dict) else None


def test_kills_while_uploading_a_video_never_lose_or_double_it(desk: Desk, tmp_path: Path) -> None:
    """A 13 MB video goes in four 4 MB segments, then X processes it for 3 s: the app is killed at random moments
    of that, and started again until the post is out. It is on X once, with every byte and its alt text."""
    rng = random.Random(11)
    video = padded(tmp_path / "keynote.mp4", 13 * 1024 * 1024)
    _queue(desk, "The keynote, in full.", "--media", str(video), "--alt", "The keynote on stage")
    caught_mid_upload = 0
    for _cycle in range(6):
        if _states(desk) == ["sent"]:
            break
        app = desk.start()
        app.wait_for(lambda e: e.get("event") == "ready", what="ready")
        time.sleep(rng.uniform(0.2, 1.2))  # the random point of the kill (not a wait for anything)
        _kill(app)
        _drain(app)
        upload = _upload_state(desk)
        caught_mid_upload += upload is not None and 0 < int(str(upload.get("next", 0))) < 4
    with desk.start() as app:  # the last start: it finishes the outbox
        app.wait_for(lambda e: _states(desk) == ["sent"], timeout=30, what="the video post sent")
        assert app.stop() == 0

    world = desk.server.world
    [post] = [p for p in world.newest_first() if p.source_text == "The keynote, in full."]
    [key] = post.media_keys
    sent = world.media[key]
    assert sent.type == "video" and sent.data == video.read_bytes() and sent.alt_text == "The keynote on stage"
    created = [e.status for e in desk.server.log if e.op == Op.CREATE_POST]
    assert created == [201]  # the post went once, and only once its video was processed
    finalized = [e for e in desk.server.log if e.op == Op.MEDIA_FINALIZE and e.status == 200]
    assert finalized and all(e.path.endswith(f"/{sent.id}/finalize") for e in finalized[-1:])
    assert caught_mid_upload >= 1  # the kills did land between two segments
