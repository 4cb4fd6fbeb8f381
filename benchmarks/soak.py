"""Soak: the real app, killed with SIGKILL at random moments while the user types and while it sends, N times.

Run by hand (not a test): `.venv/bin/python benchmarks/soak.py --rounds 100 [--seed S] [--latency 0.15]`.

Set-up: the fake X runs in this process (it outlives every death of the app, and its world and request log are
read directly), with latency on every request and random faults scripted on the write path and on the reads
that check uncertain writes (500, 503, a dropped connection, a timeout before or after the post was applied, a
truncated 200). The app is signed in to it with OAuth 1.0a keys through the real keyring (a private Secret
Service, as the kill tests do: tests/support/secret_service.py) and runs offscreen, as a subprocess
(`python -m exec_desk --basedir D`).

Each round: 1 to 3 posts or threads are queued with `exec-desk post` (unique texts), 0 to 2 faults are scripted,
the app starts and types a draft into its composer (the `EXEC_DESK_AUTOTYPE` hook: one character every 8 to 30 ms,
each reported with a monotonic timestamp) while its sender sends what is due; at a random moment (half the
rounds 0 to 1.2 s after it is ready, while it sends; the others 0.5 to 3.5 s, while it types) it is killed with
SIGKILL. Then the round's draft is read from the database: it must be a prefix of what was typed, no longer than
what was typed at the kill and no shorter than what was typed one second before it. After the last round the app
is started once more, without a kill, until the outbox is empty.

X's rate limits are taken out of the way (they have tests of their own): the rounds pack hours of posting into
minutes, and X allows a user 100 posts per 15 minutes and 300 per 3 hours — runs that kept them ended with items
rightly waiting in the outbox for X's reset time (none lost or doubled). So the fake takes any number of posts per
15 minutes, and its windows (the 3-hour one included) start again every round and before the last start.

At the end it counts every queued part on the fake X (0 lost, 0 sent twice expected: each part once in the
world, one accepted create-post request each) and the characters of drafts kept against typed, and prints the
figures (and one JSON line); the exit status is 0 when nothing was lost or doubled and no draft lost more than
the last second of typing.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from exec_desk.cli import post as post_cli  # noqa: E402
from exec_desk.fakex import Fault  # noqa: E402
from exec_desk.fakex.prices import Op  # noqa: E402
from exec_desk.fakex.server import FakeXServer  # noqa: E402
from exec_desk.storage.paths import Paths  # noqa: E402
from tests.support.app_process import AppProcess, exec_desk, offscreen_env  # noqa: E402
from tests.support.secret_service import running_secret_service  # noqa: E402

OAUTH1 = ("consumer_key", "consumer_secret", "access_token", "access_token_secret")
TYPED = (
    "a short note before Thursday: the Lyon plant opens in March, hiring is on track, and I would like ten "
    "minutes on the pricing review. Thank you all."
)
TWEETS = "/2/tweets"
OWN_POSTS = "/2/users/"
FAULTS = (
    (Fault.SERVER_ERROR, TWEETS, "POST"),
    (Fault.UNAVAILABLE, TWEETS, "POST"),
    (Fault.DROP, TWEETS, "POST"),
    (Fault.TIMEOUT, TWEETS, "POST"),
    (Fault.TIMEOUT_AFTER_WRITE, TWEETS, "POST"),
    (Fault.MALFORMED, TWEETS, "POST"),
    (Fault.SERVER_ERROR, OWN_POSTS, "GET"),
    (Fault.DROP, OWN_POSTS, "GET"),
)


@dataclass
class Figures:
    rounds: int = 0
    kills: int = 0
    kills_while_typing: int = 0
    kills_mid_send: int = 0
    kills_with_writes_waiting: int = 0
    faults: int = 0
    typed: int = 0
    kept: int = 0
    lost_chars_max: int = 0
    lost_seconds_max: float = 0.0
    drafts_over_a_second: list[int] = field(default_factory=list)
    drafts_not_prefix: list[int] = field(default_factory=list)
    queued_parts: list[str] = field(default_factory=list)


def _query(base: Path, sql: str) -> list[tuple[Any, ...]]:
    with contextlib.closing(sqlite3.connect(Paths.resolve(base).database_file, timeout=10)) as conn:
        return list(conn.execute(sql).fetchall())


def _kill(app: AppProcess) -> float:
    at = time.monotonic()
    app.proc.send_signal(signal.SIGKILL)
    app.proc.wait(10)
    with contextlib.suppress(AssertionError):  # read every event it printed before it died
        app.wait_for(lambda e: False, timeout=3.0, what="(draining)")
    with contextlib.suppress(Exception):
        app.stop()
    return at


def _typed_at(app: AppProcess, moment: float) -> tuple[int, float | None]:
    """How many characters were typed at `moment`, and when the last of them was."""
    done = [e for e in app.events if e.get("event") == "typed" and e["t"] <= moment]
    return (done[-1]["count"], done[-1]["t"]) if done else (0, None)


def _queue(base: Path, rng: random.Random, round_: int, figures: Figures) -> None:
    for k in range(rng.randint(1, 3)):
        if rng.random() < 0.3:
            text = " ".join(
                f"Round {round_}, thread {k}, point {n}: the plan explained in a sentence that runs long enough."
                for n in range(rng.randint(4, 9))
            )
            args = [text, "--thread"]
            parts = post_cli.assess(text, thread=True).report["parts"]
        else:
            text = f"Round {round_}, post {k}: the quarter closed well; details for the team at the review."
            args, parts = [text], [text]
        said = io.StringIO()
        code = post_cli.main(
            [*args, "--basedir", str(base), "--in", "0", "--yes"], stdout=said, stderr=said, notify=lambda p: False
        )
        if code != 0:
            raise RuntimeError(f"exec-desk post refused round {round_} post {k} ({code}): {said.getvalue()}")
        figures.queued_parts.extend(parts)


def _round(base: Path, env: dict[str, str], server: FakeXServer, rng: random.Random, r: int, fig: Figures) -> None:
    server.ratelimits.reset()  # a round stands for a quarter of an hour of X's windows (see the module docstring)
    _queue(base, rng, r, fig)
    for _ in range(rng.randint(0, 2)):
        kind, path, method = rng.choice(FAULTS)
        server.faults.add(kind, path=path, method=method, hold=rng.uniform(0.5, 3.0))
        fig.faults += 1
    draft = f"Soak {r}. {TYPED}"
    typing_ms = rng.randint(8, 30)
    app = AppProcess(
        exec_desk("--basedir", str(base)), {**env, "EXEC_DESK_AUTOTYPE": draft, "EXEC_DESK_AUTOTYPE_MS": str(typing_ms)}
    )
    app.wait_for(lambda e: e.get("event") == "ready", timeout=60, what="ready")
    # The random moment of the kill (not a wait for anything): early, while the sender sends what is due, or later,
    # while the draft is typed.
    time.sleep(rng.uniform(0.0, 1.2) if rng.random() < 0.5 else rng.uniform(0.5, 3.5))
    killed = _kill(app)
    states = {row[0] for row in _query(base, "SELECT state FROM outbox")}  # as the dead app left them
    fig.kills += 1
    fig.kills_mid_send += "sending" in states  # a write was on its way: its step was running at the death
    fig.kills_with_writes_waiting += bool({"scheduled", "sending", "uncertain"} & states)
    typed, last = _typed_at(app, killed)
    before, _ = _typed_at(app, killed - 1.0)
    fig.kills_while_typing += 0 < typed < len(draft)
    rows = [str(row[0]) for row in _query(base, f"SELECT text FROM drafts WHERE text LIKE 'Soak {r}.%'")]
    kept = max((len(t) for t in rows), default=0)
    fig.typed += typed
    fig.kept += min(kept, typed)
    if rows and not all(draft.startswith(t) for t in rows):
        fig.drafts_not_prefix.append(r)
    if kept < before:
        fig.drafts_over_a_second.append(r)
    lost = max(0, typed - kept)
    fig.lost_chars_max = max(fig.lost_chars_max, lost)
    if lost and last is not None:
        first_lost = [e["t"] for e in app.events if e.get("event") == "typed" and e["count"] == kept + 1]
        fig.lost_seconds_max = max(fig.lost_seconds_max, killed - (first_lost[0] if first_lost else last))
    fig.rounds += 1


def _finish(base: Path, env: dict[str, str], timeout: float) -> list[str]:
    """Start once more without a kill, until nothing waits; the states left."""
    with AppProcess(exec_desk("--basedir", str(base)), env) as app:
        app.wait_for(lambda e: e.get("event") == "ready", timeout=60, what="ready")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            states = [str(row[0]) for row in _query(base, "SELECT state FROM outbox")]
            if all(s in ("sent", "failed") for s in states):
                break
            time.sleep(0.5)
        app.stop()
    return [str(row[0]) for row in _query(base, "SELECT state FROM outbox")]


def main() -> int:
    parser = argparse.ArgumentParser(description="Kill -9 the app at random while it types and sends; count.")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--seed", type=int, default=20261206)
    parser.add_argument("--latency", type=float, default=0.25, help="seconds the fake X waits before each answer")
    parser.add_argument("--finish", type=float, default=600, help="seconds the last start may take to send it all")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    started = time.monotonic()
    fig = Figures()
    with tempfile.TemporaryDirectory(prefix="exec-desk-soak-") as folder:
        tmp = Path(folder)
        with running_secret_service(tmp / "keyring") as keyring, FakeXServer(seed=5, port=0, latency=args.latency) as x:
            base, home = tmp / "profile", tmp / "home"
            home.mkdir()
            env = {**offscreen_env(), "HOME": str(home), "DBUS_SESSION_BUS_ADDRESS": keyring.address}
            env["EXEC_DESK_API_URL"] = x.base_url
            keys = x.credentials()["oauth1"]
            signin = subprocess.run(
                exec_desk("--basedir", str(base), "--api-url", x.base_url, "signin", "--oauth1"),
                input="\n".join(keys[k] for k in OAUTH1) + "\n", env=env, capture_output=True, text=True, timeout=60,
            )  # fmt: skip
            if signin.returncode != 0:
                raise RuntimeError(signin.stderr)
            x.ratelimits.set_limit("create_post", 1_000_000)
            for r in range(args.rounds):
                _round(base, env, x, rng, r, fig)
                print(f"round {r + 1}/{args.rounds}: typed {fig.typed}, kept {fig.kept}", file=sys.stderr)
            x.faults.clear()
            x.ratelimits.reset()
            states = _finish(base, env, timeout=args.finish)
            waiting = _query(
                base,
                "SELECT id, state, attempts, last_error, not_before, substr(payload, 1, 80) FROM outbox "
                "WHERE state != 'sent' ORDER BY id",
            )
            world = x.world
            mine = [p.source_text for p in world.newest_first() if p.author_id == world.user_id]
            counts = [mine.count(text) for text in fig.queued_parts]
            created = [e.status for e in x.log if e.op == Op.CREATE_POST]
            server_errors = len(x.errors)
    result = {
        "rounds": fig.rounds,
        "seconds": round(time.monotonic() - started, 1),
        "kills": fig.kills,
        "kills_while_typing": fig.kills_while_typing,
        "kills_mid_send": fig.kills_mid_send,
        "kills_with_writes_waiting": fig.kills_with_writes_waiting,
        "faults_scripted": fig.faults,
        "parts_queued": len(fig.queued_parts),
        "parts_on_x": sum(1 for c in counts if c >= 1),
        "lost": sum(1 for c in counts if c == 0),
        "sent_twice": sum(1 for c in counts if c > 1),
        "create_post_201": created.count(201),
        "create_post_403_duplicate": created.count(403),
        "outbox_states": {s: states.count(s) for s in sorted(set(states))},
        "fake_x_errors": server_errors,
        "not_sent": [list(row) for row in waiting],
        "chars_typed_at_kills": fig.typed,
        "chars_kept": fig.kept,
        "most_chars_lost_in_a_round": fig.lost_chars_max,
        "most_typing_lost_seconds": round(fig.lost_seconds_max, 3),
        "drafts_losing_more_than_a_second": fig.drafts_over_a_second,
        "drafts_not_a_prefix": fig.drafts_not_prefix,
    }
    for name, value in result.items():
        print(f"{name:<34} {value}")
    print(json.dumps(result))
    bad = result["lost"] or result["sent_twice"] or fig.drafts_over_a_second or fig.drafts_not_prefix
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
