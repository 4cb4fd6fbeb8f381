"""Run a command on a virtual X display with a system-tray host (Xvfb + trayer), for machines with no screen.

    python packaging/virtual_desktop.py [--screenshot-dir DIR] -- COMMAND [ARGS...]

Prints the display it uses; everything stops when the command ends. `VirtualDesktop` is also used by the tests.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from types import TracebackType


class VirtualDesktop:
    """An Xvfb server (display chosen by Xvfb itself) and, optionally, a trayer tray host on it."""

    def __init__(self, *, tray: bool = True, size: str = "1280x800x24") -> None:
        self.tray = tray
        self.size = size
        self.display = ""
        self._procs: list[subprocess.Popen[bytes]] = []

    def __enter__(self) -> VirtualDesktop:
        for tool in ("Xvfb",) + (("trayer",) if self.tray else ()):
            if shutil.which(tool) is None:
                raise RuntimeError(f"{tool} is not installed (Debian: apt-get install xvfb trayer)")
        read_fd, write_fd = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", self.size, "-nolisten", "tcp"],
            pass_fds=(write_fd,),
            stderr=subprocess.DEVNULL,
        )
        os.close(write_fd)
        self._procs.append(xvfb)
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            self.__exit__(None, None, None)
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"
        if self.tray:
            self._procs.append(
                subprocess.Popen(
                    [
                        "trayer",
                        "--edge",
                        "top",
                        "--align",
                        "right",
                        "--widthtype",
                        "request",
                        "--height",
                        "32",
                        "--SetDockType",
                        "true",
                        "--transparent",
                        "false",
                        "--tint",
                        "0x202830",
                    ],
                    env={**os.environ, "DISPLAY": self.display},
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        return self

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
        env["DISPLAY"] = self.display
        return env

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        for proc in reversed(self._procs):
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        self._procs.clear()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--no-tray", action="store_true", help="do not start a tray host")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    command = [c for c in args.command if c != "--"] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give a command after --")
    with VirtualDesktop(tray=not args.no_tray) as desk:
        print(f"virtual_desktop: no screen here; running on virtual display {desk.display}", file=sys.stderr)
        rc = subprocess.call(command, env=desk.env())
    return rc


if __name__ == "__main__":
    raise SystemExit(main())
