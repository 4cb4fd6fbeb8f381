"""A one-shot loopback listener for the OAuth 2.0 redirect of a native app (RFC 8252 section 7.3).

`OneShot` holds the one answer a sign-in waits for, whichever way it comes: the browser's redirect to the
listener, or the address the user pasted (`offer`). `LoopbackListener` listens on 127.0.0.1 at a given port (the
one registered on the X app: X matches the callback exactly) and accepts exactly one `GET /callback` whose
`state` matches; it answers a small "you can close this tab" page. Other paths (`/favicon.ico`, probes) get 404
and a callback with the wrong state gets 400: neither uses up the one shot. Nothing is logged (the query holds the
code).
"""

from __future__ import annotations

import hmac
import socketserver
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

CALLBACK_PATH = "/callback"
_PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Exec Desk</title></head>"
    "<body style='font-family:sans-serif;margin:3em'><h1>{title}</h1><p>{text}</p></body></html>"
)
DONE_PAGE = _PAGE.format(title="You are signed in", text="You can close this tab and return to Exec Desk.")
DENIED_PAGE = _PAGE.format(title="Sign-in not completed", text="You can close this tab and return to Exec Desk.")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    listener: LoopbackListener

    def server_bind(self) -> None:
        # HTTPServer.server_bind would resolve the host name (socket.getfqdn): slow and useless here.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    timeout = 10  # an idle connection (browser pre-connect) does not hold a thread for long
    server_version = "ExecDesk"
    sys_version = ""

    def log_message(self, format: str, *args: object) -> None:
        """Silenced: the request line carries the authorization code."""

    def _send(self, status: int, text: str, content_type: str = "text/plain; charset=utf-8") -> None:
        body = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)
        self.close_connection = True

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if parts.path != CALLBACK_PATH:
            self._send(404, "Not found")
            return
        params = dict(parse_qsl(parts.query, keep_blank_values=True))
        listener = self.server.listener
        outcome = listener.offer(params, wake=False)
        if outcome == "state":
            self._send(400, "This sign-in link is not the one Exec Desk is waiting for.")
            return
        if outcome == "closed":
            self._send(410, "This sign-in is already finished. You can close this tab.")
            return
        try:
            self._send(200, DENIED_PAGE if "error" in params else DONE_PAGE, "text/html; charset=utf-8")
        finally:
            listener.wake()  # after the page is out: the sign-in then closes the listener


class OneShot:
    """The one answer of a sign-in (the callback's query parameters), offered once by any thread."""

    def __init__(self, state: str) -> None:
        if not state:
            raise ValueError("a state is required")
        self._state = state
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._params: dict[str, str] | None = None
        self._cancelled = False
        self._closed = False

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def offer(self, params: dict[str, str], *, wake: bool = True) -> str:
        """Hand over the answer: 'ok' (the shot is taken), 'state' (not this sign-in's state) or 'closed'.

        `wake=False` leaves the waiter asleep until `wake()` (the listener first sends its page).
        """
        with self._lock:
            if self._params is not None or self._cancelled or self._closed:
                return "closed"
            if not hmac.compare_digest(params.get("state", ""), self._state):
                return "state"
            self._params = params
        if wake:
            self.wake()
        return "ok"

    def wake(self) -> None:
        """Let `wait` return."""
        self._done.set()

    def wait(self, timeout: float) -> dict[str, str] | None:
        """The callback's query parameters, or None on timeout or `cancel()`."""
        self._done.wait(timeout)
        with self._lock:
            self._closed = True  # a callback arriving after this is refused
            return self._params

    def cancel(self) -> None:
        """Stop waiting (from any thread); a callback arriving later is refused."""
        with self._lock:
            if self._params is None:
                self._cancelled = True
        self._done.set()

    def close(self) -> None:
        """Nothing to free (a listener frees its port)."""

    def __enter__(self) -> OneShot:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class LoopbackListener(OneShot):
    """Receives one OAuth redirect on `redirect_uri`. Use as a context manager, or call `close()`.

    Raises `OSError` when the port cannot be listened on (another program holds it).
    """

    def __init__(self, state: str, *, port: int, host: str = "127.0.0.1") -> None:
        super().__init__(state)
        self._server = _Server((host, port), _Handler)
        self._server.listener = self
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="oauth-loopback", daemon=True
        )
        self._thread.start()

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.port}{CALLBACK_PATH}"

    def close(self) -> None:
        """Stop listening and free the port (idempotent)."""
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join()
        self._server.server_close()

    def __enter__(self) -> LoopbackListener:
        return self
