"""Whole-process time of `exec-desk post --dry-run --json TEXT` against importing twitter-text alone.

The baseline imports the library as the app does (`exec_desk.core.twitter_text_lib`): a bare `import twitter_text`
needs `pkg_resources`, which the app's environment no longer has (setuptools is not installed into it).

Run by hand: `.venv/bin/python benchmarks/bench_post_dry_run.py [--runs 15]`. The two commands alternate (so load
on the machine hits both alike); prints each median and the ratio (target: ≤ 1.3).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXT = (
    "Our third quarter closed strong. Revenue grew 12% year over year, see https://example.com/q3 for details. "
    "We hired 40 engineers. " * 8
)
COMMANDS = {
    "import twitter_text": [
        sys.executable,
        "-c",
        "from exec_desk.core.twitter_text_lib import twitter_text; twitter_text()",
    ],
    "post --dry-run --json": [sys.executable, "-m", "exec_desk.cli.post", "--dry-run", "--json", "--thread", TEXT],
}


def once(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description="exec-desk post --dry-run versus importing twitter_text")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    for command in COMMANDS.values():
        once(command)  # warm the file cache and the .pyc files
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(args.runs):
        for name, command in COMMANDS.items():
            times[name].append(once(command))
    medians = {name: statistics.median(samples) for name, samples in times.items()}
    for name, median in medians.items():
        print(f"{name:<24} median {median:7.1f} ms   min {min(times[name]):7.1f} ms   ({args.runs} runs)")
    ratio = medians["post --dry-run --json"] / medians["import twitter_text"]
    print(f"ratio {ratio:.2f} (target ≤ 1.3)")


if __name__ == "__main__":
    main()
