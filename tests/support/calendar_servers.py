"""Calendar servers for the tests, on loopback: a real Radicale (CalDAV) in a subprocess, and a small HTTP server
publishing an ICS file with ETag and Last-Modified (answering 304 to a conditional GET), that can go offline."""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .ports import free_port

DATA = Path(__file__).resolve().parents[1] / "data" / "calendar"
WORK_ICS = DATA / "work.ics"


@contextmanager
def radicale(folder: Path, users: dict[str, str] | None = None, timeout: float = 30.0) -> Iterator[str]:
    """A Radicale CalDAV server on 127.0.0.1 (a free port), storing under `folder`: any user name accepted with no
    password, or only `users` (name → password) when given; yields its base URL and stops it afterwards."""
    port = free_port()
    auth = ["--auth-type", "none"]
    if users is not None:
        htpasswd = folder / "users"
        folder.mkdir(parents=True, exist_ok=True)
        htpasswd.write_text("".join(f"{name}:{secret}\n" for name, secret in users.items()), encoding="utf-8")
        auth = ["--auth-type", "htpasswd", "--auth-htpasswd-filename", str(htpasswd)]
        auth += ["--auth-htpasswd-encryption", "plain"]
    command = [
        sys.executable,
        "-m",
        "radicale",
        "--server-hosts",
        f"127.0.0.1:{port}",
        "--storage-filesystem-folder",
        str(folder / "collections"),
        *auth,
        "--logging-level",
        "info",
    ]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            lines.put(line)
        lines.put(None)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    seen: list[str] = []
    try:
        while True:  # bounded: each wait is, and the server says when it listens
            line = lines.get(timeout=timeout)
            if line is None:
                raise RuntimeError(f"Radicale stopped: {''.join(seen)}")
            seen.append(line)
            if "Listening on" in line or "listening on" in line:
                break
        yield f"http://127.0.0.1:{port}/"
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        reader.join(5)
        if proc.stderr is not None:
            proc.stderr.close()


def upload(base_url: str, ics: Path, user: str = "ceo", password: str = "-") -> str:
    """Put every event of `ics` (each UID as its own calendar object, with the time zones) into a new calendar
    "work" of `user`; its CalDAV address."""
    import caldav
    import icalendar

    source = icalendar.Calendar.from_ical(ics.read_bytes())
    zones = [c for c in source.subcomponents if c.name == "VTIMEZONE"]
    by_uid: dict[str, list[icalendar.cal.Component]] = {}
    for event in source.walk("VEVENT"):
        by_uid.setdefault(str(event["UID"]), []).append(event)
    with caldav.DAVClient(url=base_url, username=user, password=password) as client:
        calendar = client.principal().make_calendar(name="Work", cal_id="work")
        for events in by_uid.values():
            one = icalendar.Calendar()
            one.add("prodid", "-//Exec Desk tests//upload//EN")
            one.add("version", "2.0")
            for component in (*zones, *events):
                one.add_component(component)
            calendar.save_event(one.to_ical().decode())
        return str(calendar.url)


class IcsServer:
    """Publishes `body` at http://127.0.0.1:<port>/work.ics with an ETag and a Last-Modified; answers 304 to a
    matching conditional GET. `requests` records each request's conditional headers; `stop()` takes it offline."""

    ETAG = '"v1"'
    LAST_MODIFIED = "Mon, 02 Mar 2026 08:00:00 GMT"

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.requests: list[dict[str, str | None]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                asked = {h: self.headers.get(h) for h in ("If-None-Match", "If-Modified-Since")}
                server.requests.append(asked)
                if asked["If-None-Match"] == server.ETAG:
                    self.send_response(304)
                    self.send_header("ETag", server.ETAG)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/calendar; charset=utf-8")
                self.send_header("ETag", server.ETAG)
                self.send_header("Last-Modified", server.LAST_MODIFIED)
                self.send_header("Content-Length", str(len(server.body)))
                self.end_headers()
                self.wfile.write(server.body)

            def log_message(self, format: str, *args: object) -> None:
                return

        self._http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._http.server_address[1]}/work.ics"
        self._thread = threading.Thread(target=self._http.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Offline from now on (once is enough; again does nothing)."""
        if not self._thread.is_alive():
            return
        self._http.shutdown()
        self._http.server_close()
        self._thread.join(5)
