"""Issue 12, point 9, in one run: "ready" against a bare PySide6 tray app, then the first paint over 100,000 posts.

    .venv/bin/python benchmarks/bench_speed.py [--runs 10] [--paint-runs 6]

Runs `bench_startup.py` (bare tray, Exec Desk's tray and ready, interleaved; target ready ≤ 3× bare) and then
`bench_session_paint.py --sizes 100000` (target p95 ≤ 150 ms), one after the other on the same machine, and
prints both reports.
"""

from __future__ import annotations

import argparse
import subprocess
import sys

from harness import ROOT, python


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--paint-runs", type=int, default=6)
    args = parser.parse_args()
    steps = (
        ["benchmarks/bench_startup.py", "--runs", str(args.runs)],
        ["benchmarks/bench_session_paint.py", "--sizes", "100000", "--runs", str(args.paint_runs)],
    )
    for step in steps:
        print(f"== {' '.join(step)}", flush=True)
        done = subprocess.run([python(), *step], cwd=ROOT, check=False)
        if done.returncode != 0:
            sys.exit(done.returncode)


if __name__ == "__main__":
    main()
