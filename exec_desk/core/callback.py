"""Where X sends the browser back after a sign-in: a fixed loopback port and the exact URL to register on the X app.

X compares the `redirect_uri` of a sign-in with the callback URLs registered on the developer app character for
character, port included ("URLs must match exactly", X's developer-app docs). A port the OS picks at random can
never match, so the sign-in listens on a fixed port, 17823 unless the user, the deployment file or a command-line
option says otherwise.

Why 17823: it lies below every range an OS hands out for outgoing connections (Linux's ephemeral range is
32768–60999; IANA's dynamic range 49152–65535 is the one Windows and macOS use), so it is never taken at random by
a connection of another program; it is no well-known service's port (none in /etc/services) and no common
development server's (3000, 5000, 5173, 8000, 8080, 8888...). It is above 1023, so no privilege is needed.
"""

from __future__ import annotations

DEFAULT_REDIRECT_PORT = 17823
CALLBACK_HOST = "127.0.0.1"
CALLBACK_PATH = "/callback"
#: Ports a user may choose: unprivileged ones.
PORT_MINIMUM = 1024
PORT_MAXIMUM = 65535


def callback_url(port: int) -> str:
    """The exact callback URL to register on the X app for `port`: `http://127.0.0.1:<port>/callback`."""
    return f"http://{CALLBACK_HOST}:{checked_port(port)}{CALLBACK_PATH}"


def checked_port(port: int) -> int:
    """`port` when a sign-in may listen on it; ValueError (plain words) otherwise, 0 ("any port") included."""
    if isinstance(port, bool) or not isinstance(port, int) or not PORT_MINIMUM <= port <= PORT_MAXIMUM:
        raise ValueError(
            f"The sign-in port must be a whole number from {PORT_MINIMUM} to {PORT_MAXIMUM} (got {port!r}): X "
            "matches the callback URL exactly, so the port is fixed and registered on the X app."
        )
    return port
