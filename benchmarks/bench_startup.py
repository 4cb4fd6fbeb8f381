"""Start to tray ready: Exec Desk vs a bare PySide6 tray app, side by side under Xvfb with a real tray host.

    .venv/bin/python benchmarks/bench_startup.py [--runs 15]

Both print `{"event": "tray_shown"}` on their first event-loop turn with the tray icon shown (Exec Desk through
EXEC_DESK_DEBUG_EVENTS=1); the time is from spawning the process to that line, runs interleaved. Also reported:
`--exit-when-ready` (demo backend opened too) as a whole process. Target (issue 3): tray ≤ 1.5× bare.

The package is byte-compiled first, as an installed wheel (or the README's `app` command) has it: with no
`__pycache__` (and PYTHONDONTWRITEBYTECODE set, as on some machines) each start would compile ~20 modules again.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import tempfile

from harness import ROOT, python, run_once, time_to_line, virtual_desktop_module


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    subprocess.run([python(), "-m", "compileall", "-q", str(ROOT / "exec_desk")], check=True, stdout=subprocess.DEVNULL)
    bare: list[float] = []
    ours: list[float] = []
    full: list[float] = []
    with tempfile.TemporaryDirectory() as home, virtual_desktop_module().VirtualDesktop() as desk:
        env = {**desk.env(), "EXEC_DESK_DEBUG_EVENTS": "1"}
        app = [python(), "-m", "exec_desk", "--basedir", home]
        for i in range(args.runs + 2):
            b = time_to_line([python(), "benchmarks/bare_tray.py"], env, "tray_shown")
            o = time_to_line(app, env, "tray_shown")
            f = run_once([*app, "--exit-when-ready"], env)[0]
            if i >= 2:
                bare.append(b)
                ours.append(o)
                full.append(f)
    for name, values in (("bare PySide6 tray", bare), ("exec-desk tray shown", ours), ("exec-desk ready", full)):
        print(f"{name:<22} median {statistics.median(values):7.1f} ms  min {min(values):7.1f}  max {max(values):7.1f}")
    print(f"ratio tray/bare {statistics.median(ours) / statistics.median(bare):.2f} (target <= 1.5)")


if __name__ == "__main__":
    main()
