"""Interpreter settings that keep the GUI thread responsive while worker threads run Python code.

CPython runs one thread at a time (the GIL), so the GUI thread feels the Python work of every other thread:

- A full garbage collection walks every tracked object while holding the GIL, on whichever thread happened to
  trigger it. With PySide6, tweepy and the app loaded, that is about 30 ms, more as the heap grows: a stall the
  user sees. `gc.freeze()` after start-up moves the objects alive then (modules, classes, long-lived services)
  to a permanent generation that collections skip, so later full collections only walk what came since.
- A thread that wants the GIL asks the running one to let go after the switch interval (5 ms by default), and
  may queue behind several busy workers: the GUI thread then waits 10-20 ms between two of its own slices while
  it paints. At 1 ms those waits stay short; the app's workers mostly wait on the network and barely notice the
  extra switches.

The app calls `keep_gui_responsive()` once its start-up is done (the tray shown and the context opened), and
`release_free_memory()` when it lets go of a large structure (an ended session's window, queue and images).
"""

from __future__ import annotations

import gc
import sys

#: Seconds a thread holding the GIL may run before it is asked to let a waiting thread in (CPython: 0.005).
SWITCH_INTERVAL = 0.001


def keep_gui_responsive(*, switch_interval: float = SWITCH_INTERVAL) -> None:
    """Collect once, freeze what survived, shorten the GIL switch interval. Process-wide; safe to call again.

    The collection itself takes a few tens of milliseconds on the calling thread: call it at start-up, not
    during a session.
    """
    gc.collect()
    gc.freeze()
    sys.setswitchinterval(switch_interval)


def release_free_memory() -> bool:
    """Collect garbage, then hand the C heap's free pages back to the system (glibc's `malloc_trim`).

    Freed memory otherwise stays in the process: an idle tray app would keep the peak of its last session.
    True if memory was returned; False where there is nothing to call (not glibc).
    """
    gc.collect()
    try:
        import ctypes
        import ctypes.util

        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return False
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return bool(trim(0))
