"""A fake X API v2 server on loopback: the test double and the demo backend.

    from exec_desk.fakex import FakeXServer, Fault, Policy
    with FakeXServer(seed=0) as server:
        server.faults.add(Fault.SERVER_ERROR, path="/2/tweets", method="POST")
        ...

Standalone: `python -m exec_desk.fakex --port 8765` (or `python -m exec_desk.fakex`) prints one JSON
line with the base URL and credentials, then serves until SIGTERM or SIGINT.
"""

from exec_desk.fakex.faults import Fault, Faults
from exec_desk.fakex.log import LogEntry, RequestLog
from exec_desk.fakex.policy import Policy
from exec_desk.fakex.server import FakeXServer
from exec_desk.fakex.world import World

__all__ = ["FakeXServer", "Fault", "Faults", "LogEntry", "Policy", "RequestLog", "World"]
