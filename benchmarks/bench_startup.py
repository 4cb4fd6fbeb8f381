"""Start to tray ready: Exec Desk vs a bare PySide6 tray app, side by side under Xvfb with a real tray host.

    .venv/bin/python benchmarks/bench_startup.py [--runs 15]

Exec Desk runs with `--exit-when-tray-ready` (quits as soon as its tray icon is shown and the event loop turns);
`--exit-when-ready` (the demo backend opened too) is reported as well. Target (issue 3): tray ≤ 1.5× bare.
"""

from __future__ import annotations

import argparse
import tempfile

from harness import interleave, python, virtual_desktop_module


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home, virtual_desktop_module().VirtualDesktop() as desk:
        env = desk.env()
        commands = {
            "bare PySide6 tray": [python(), "benchmarks/bare_tray.py"],
            "exec-desk tray ready": [python(), "-m", "exec_desk", "--basedir", home, "--exit-when-tray-ready"],
            "exec-desk fully ready": [python(), "-m", "exec_desk", "--basedir", home, "--exit-when-ready"],
        }
        results = interleave(commands, env, args.runs)
    for sample in results:
        print(sample.line())
    bare, tray, full = results
    print(f"ratio tray/bare  {tray.median() / bare.median():.2f}  (target <= 1.5)")
    print(f"ratio ready/bare {full.median() / bare.median():.2f}")


if __name__ == "__main__":
    main()
