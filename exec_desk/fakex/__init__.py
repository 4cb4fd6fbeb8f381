"""Short import path of the fake X server: `exec_desk.fakex.FakeXServer`, `python -m exec_desk.fakex`."""

from exec_desk.backends.fakex import FakeXServer, Fault, Policy

__all__ = ["FakeXServer", "Fault", "Policy"]
