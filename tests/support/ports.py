"""Loopback ports for sign-in tests: a free one, registered as a callback URL on a fake X's apps.

The product signs in through a fixed port (17823 by default) that X matches exactly. Tests that do not test that
default use a free port instead, registered on the fake like an IT department registers it on the X app, so that
two test runs on one machine do not compete for the default port.
"""

from __future__ import annotations

import socket

from exec_desk.fakex.server import FakeXServer


def free_port() -> int:
    """A loopback port no one listens on now (the OS's pick)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def registered_port(server: FakeXServer) -> int:
    """A free port whose `http://127.0.0.1:<port>/callback` is registered on `server`'s apps (next to the others)."""
    port = free_port()
    server.auth.callbacks = (*server.auth.callbacks, f"http://127.0.0.1:{port}/callback")
    return port
