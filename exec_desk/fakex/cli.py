"""Command line of the standalone fake X server: one JSON line of credentials on stdout, then serve.

The first line is a contract: its fields (`base_url`, `user_id`, `client_id`, `oauth2_access_token`, `oauth1`,
...) are only ever added to, never renamed.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from exec_desk.fakex.oauth_clients import DEFAULT_CALLBACK, checked_callbacks
from exec_desk.fakex.policy import Policy
from exec_desk.fakex.server import FakeXServer


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m exec_desk.fakex", description="Fake X API v2 on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=0, help="port to listen on (0: any free port)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated world")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every response")
    parser.add_argument("--enterprise", action="store_true", help="lift the 2026 self-serve restrictions")
    parser.add_argument(
        "--callback",
        action="append",
        metavar="URL",
        help=f"a callback URL registered on the fake's apps, matched exactly (repeat for more; replaces the "
        f"default {DEFAULT_CALLBACK})",
    )
    parser.add_argument(
        "--exit-on-stdin-eof", action="store_true", help="stop when standard input closes (the parent went away)"
    )
    args = parser.parse_args(argv)
    done = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        done.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    policy = Policy.enterprise() if args.enterprise else Policy()
    try:
        callbacks = checked_callbacks(args.callback or (DEFAULT_CALLBACK,))
    except ValueError as exc:
        parser.error(str(exc))
    server = FakeXServer(
        seed=args.seed, port=args.port, policy=policy, latency=args.latency, callbacks=callbacks, grow_later=True
    )
    try:
        server.start()
        sys.stdout.write(json.dumps(server.credentials()) + "\n")
        sys.stdout.flush()
        # The credentials go out at once; the world's history (a few hundred ms) grows meanwhile, and requests that
        # come first wait for it (`FakeXApp.handle`).
        threading.Thread(target=server.grow, name="fakex-grow", daemon=True).start()
        if args.exit_on_stdin_eof:
            threading.Thread(target=_wait_for_eof, args=(done,), name="stdin-eof", daemon=True).start()
        while not done.wait(0.5):
            pass
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0


def _wait_for_eof(done: threading.Event) -> None:
    """Set `done` once standard input is closed (or the parent holding it is gone)."""
    while sys.stdin.buffer.read(1):
        pass
    done.set()
