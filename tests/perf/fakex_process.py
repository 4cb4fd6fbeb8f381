"""The fake X server in a child process, scripted over a pipe: X as the app really meets it, on another machine.

Timing tests measure the app's GUI thread. An in-process fake server would share the interpreter (its GIL and
its garbage collector) with the app, so the server's own work (rendering pages, generating avatars, importing
`twitter_text` on the first write) would show up as stalls of the app: noise that real X never causes. Here the
server runs in its own interpreter; the parent scripts it with one JSON command per line on the child's stdin and
reads one JSON answer per line from its stdout.

    with FakeXProcess(seed=3) as server:
        server.set_latency(0.5)
        server.add_fault("timeout", r"^/2/users/\\d+/timelines/", hold=3)
        ...
        server.log()  # [{"method", "path", "status", "fault", "op"}, ...]

Run as a script, this module is the child.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from types import TracebackType
from typing import Any

#: How long the parent waits for the child to start (imports, world generation) or to answer.
ANSWER_TIMEOUT = 30.0


class FakeXProcess:
    """The parent's handle on a child `FakeXServer`. Commands block briefly: call them outside timed stretches."""

    def __init__(self, *, seed: int = 3, latency: float = 0.0) -> None:
        self._child = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), str(seed), str(latency)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        self.credentials: dict[str, Any] = self._read()
        self.base_url = str(self.credentials["base_url"])
        self.user: dict[str, str] = self._read()

    def _read(self) -> Any:
        assert self._child.stdout is not None
        line = self._child.stdout.readline()
        if not line:
            raise RuntimeError(f"the fake X process ended (exit code {self._child.poll()})")
        answer = json.loads(line)
        if isinstance(answer, dict) and "error" in answer:
            raise RuntimeError(f"the fake X process failed: {answer['error']}")
        return answer

    def _ask(self, command: str, **args: Any) -> Any:
        assert self._child.stdin is not None
        self._child.stdin.write(json.dumps({"command": command, **args}) + "\n")
        self._child.stdin.flush()
        return self._read()

    def set_latency(self, seconds: float) -> None:
        self._ask("latency", seconds=seconds)

    def add_fault(self, kind: str, path: str, *, method: str | None = None, times: int = 1, hold: float = 10.0) -> None:
        """Script a fault (a `Fault` value) for requests whose path matches the regex `path`."""
        self._ask("fault", kind=kind, path=path, method=method, times=times, hold=hold)

    def log(self) -> list[dict[str, Any]]:
        """Every request so far: method, path, status (0: no answer), fault, op (an `Op` value or None)."""
        return list(self._ask("log"))

    def clear_log(self) -> None:
        self._ask("clear_log")

    def retweeted(self) -> set[str]:
        """Ids of the posts the signed-in user has retweeted on this fake X."""
        return set(self._ask("retweeted"))

    def pending_faults(self) -> int:
        return int(self._ask("pending_faults"))

    def close(self) -> None:
        if self._child.poll() is None:
            assert self._child.stdin is not None
            self._child.stdin.close()  # the child stops at the end of its input
            try:
                self._child.wait(ANSWER_TIMEOUT)
            except subprocess.TimeoutExpired:
                self._child.kill()
                self._child.wait()
        if self._child.stdout is not None:
            self._child.stdout.close()

    def __enter__(self) -> FakeXProcess:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


def _serve(seed: int, latency: float) -> None:
    from exec_desk.fakex import FakeXServer, Fault

    server = FakeXServer(seed=seed, latency=latency).start()

    def answer(value: Any) -> None:
        sys.stdout.write(json.dumps(value) + "\n")
        sys.stdout.flush()

    try:
        answer(server.credentials())
        user = server.world.user
        answer({"id": user.id, "username": user.username, "name": user.name})
        for line in sys.stdin:
            order = json.loads(line)
            command = order["command"]
            if command == "latency":
                server.latency = float(order["seconds"])
                answer(True)
            elif command == "fault":
                path = re.compile(order["path"])
                kind = Fault(order["kind"])
                server.faults.add(kind, path=path, method=order["method"], times=order["times"], hold=order["hold"])
                answer(True)
            elif command == "log":
                answer(
                    [
                        {"method": e.method, "path": e.path, "status": e.status, "fault": e.fault, "op": e.op}
                        for e in server.log
                    ]
                )
            elif command == "clear_log":
                server.log.clear()
                answer(True)
            elif command == "retweeted":
                with server.lock:
                    answer([str(post) for user_id, post in server.world.retweets if user_id == server.user_id])
            elif command == "pending_faults":
                answer(len(server.faults.pending()))
            else:
                answer({"error": f"unknown command {command!r}"})
    finally:
        server.stop()


if __name__ == "__main__":
    _serve(int(sys.argv[1]), float(sys.argv[2]))
