"""Start to tray ready: Exec Desk vs a bare PySide6 tray app, side by side under Xvfb with a real tray host.

    .venv/bin/python benchmarks/bench_startup.py [--runs 15]

Both print `{"event": "tray_shown"}` on their first event-loop turn with the tray icon shown (Exec Desk through
EXEC_DESK_DEBUG_EVENTS=1); the time is from spawning the process to that line, runs interleaved. Exec Desk's
`{"event": "ready"}` (the demo's fake X process up and the backend open: a first click no longer waits) is timed
in the same process, from its spawn. Also reported: `--exit-when-ready` as a whole process (start to exit).
Targets: tray ≤ 1.5× bare (issue 3), ready ≤ 3× bare (issue 12).

The package is byte-compiled first, as an installed wheel (or the README's `app` command) has it: with no
`__pycache__` (and PYTHONDONTWRITEBYTECODE set, as on some machines) each start would compile ~20 modules again.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import tempfile
import time
from collections.abc import Mapping, Sequence

from harness import ROOT, python, run_once, time_to_line, virtual_desktop_module

TRAY, READY = '"tray_shown"', '"ready"'


def tray_and_ready(cmd: Sequence[str], env: Mapping[str, str], timeout: float = 30.0) -> tuple[float, float]:
    """Milliseconds from spawning `cmd` to its tray_shown and its ready lines; the process is then ended."""
    start = time.perf_counter()
    seen: dict[str, float] = {}
    proc = subprocess.Popen(list(cmd), env=dict(env), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            for marker in (TRAY, READY):
                if marker in line:
                    seen.setdefault(marker, (time.perf_counter() - start) * 1000)
            if READY in seen or time.perf_counter() - start > timeout:
                break
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        proc.stdout.close()
    if TRAY not in seen or READY not in seen:
        raise RuntimeError(f"{cmd} never printed both {TRAY} and {READY}")
    return seen[TRAY], seen[READY]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    subprocess.run([python(), "-m", "compileall", "-q", str(ROOT / "exec_desk")], check=True, stdout=subprocess.DEVNULL)
    bare: list[float] = []
    ours: list[float] = []
    ready: list[float] = []
    full: list[float] = []
    with tempfile.TemporaryDirectory() as home, virtual_desktop_module().VirtualDesktop() as desk:
        env = {**desk.env(), "EXEC_DESK_DEBUG_EVENTS": "1"}
        app = [python(), "-m", "exec_desk", "--basedir", home]
        for i in range(args.runs + 2):
            b = time_to_line([python(), "benchmarks/bare_tray.py"], env, "tray_shown")
            o, r = tray_and_ready(app, env)
            f = run_once([*app, "--exit-when-ready"], env)[0]
            if i >= 2:
                bare.append(b)
                ours.append(o)
                ready.append(r)
                full.append(f)
    rows = (
        ("bare PySide6 tray", bare),
        ("exec-desk tray shown", ours),
        ("exec-desk ready", ready),
        ("exec-desk start to exit", full),
    )
    for name, values in rows:
        print(f"{name:<24} median {statistics.median(values):7.1f} ms  min {min(values):7.1f}  max {max(values):7.1f}")
    m = statistics.median
    print(f"ratio tray/bare {m(ours) / m(bare):.2f} (target <= 1.5)")
    print(f"ratio ready/bare {m(ready) / m(bare):.2f} (target <= 3)")


if __name__ == "__main__":
    main()
