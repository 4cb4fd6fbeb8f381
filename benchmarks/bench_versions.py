"""This checkout against an earlier one, side by side in one run: start-up, idle memory and a session's API cost.

    git worktree add --detach /tmp/before 599437d      # e.g. the commit before the renovation (issue 10)
    .venv/bin/python benchmarks/bench_versions.py --before /tmp/before [--after DIR] [--runs 10] [--skip-rss]
        [--skip-cost]

`--after` is this checkout unless another is named. Both trees run on this virtualenv's interpreter and libraries,
each with its own tree first on PYTHONPATH, so only the code differs. Start-up: the time from spawning the process
to its `{"event": "tray_shown"}` line and to its `{"event": "ready"}` line (the demo's fake X up and the backend
open; as `bench_startup.py` times them), and a whole `--exit-when-ready` run (start to exit), interleaved run by run
with a bare PySide6 tray app under the same virtual desktop, so machine noise hits all alike. Idle memory and the
session cost: each tree's own `bench_idle_rss.py` and `bench_session_cost.py` (as they were written at that commit),
run one after the other; their outputs are printed as they come.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path

from bench_startup import tray_and_ready
from harness import ROOT, python, run_once, time_to_line, virtual_desktop_module


def _env(base: Mapping[str, str], tree: Path) -> dict[str, str]:
    # PYTHONSAFEPATH: `python -m` would otherwise put the working directory (this checkout) first on the path,
    # and both sides would run this checkout's code.
    return {**base, "PYTHONPATH": str(tree), "PYTHONSAFEPATH": "1"}


def _line(name: str, values: list[float], reference: list[float] | None = None) -> str:
    q = statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]
    ratio = f"   ×{statistics.median(values) / statistics.median(reference):.2f}" if reference else ""
    return f"{name:<34} median {statistics.median(values):7.1f} ms  p95 {q:7.1f}  (n={len(values)}){ratio}"


def startup(before: Path, after: Path, runs: int) -> None:
    """Tray shown and ready, before and after, interleaved with the bare tray app."""
    for tree in (before, after):
        subprocess.run([python(), "-m", "compileall", "-q", str(tree / "exec_desk")], check=True)
    times: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as home, virtual_desktop_module().VirtualDesktop() as desk:
        base = {**desk.env(), "EXEC_DESK_DEBUG_EVENTS": "1"}
        for i in range(runs + 2):
            sample = {
                "bare PySide6 tray": time_to_line([python(), str(ROOT / "benchmarks/bare_tray.py")], base, "tray_shown")
            }
            # the order alternates: whichever runs second follows a process that has just exited (its demo's fake
            # X winding down), which would otherwise always handicap the same side
            order = (("before", before), ("after", after)) if i % 2 == 0 else (("after", after), ("before", before))
            for label, tree in order:
                app = [python(), "-m", "exec_desk", "--basedir", os.path.join(home, label)]
                tray, ready = tray_and_ready(app, _env(base, tree))
                sample[f"{label}: tray shown"], sample[f"{label}: ready"] = tray, ready
                sample[f"{label}: start to exit"] = run_once([*app, "--exit-when-ready"], _env(base, tree))[0]
            if i >= 2:  # two warm-up rounds
                for name, value in sample.items():
                    times.setdefault(name, []).append(value)
    bare = times["bare PySide6 tray"]
    print(_line("bare PySide6 tray", bare))
    for what in ("tray shown", "ready", "start to exit"):
        print(_line(f"before: {what}", times[f"before: {what}"], bare))
        print(_line(f"after: {what}", times[f"after: {what}"], bare))
        ratio = statistics.median(times[f"after: {what}"]) / statistics.median(times[f"before: {what}"])
        print(f"{'':<34} after/before ×{ratio:.2f}")


def own_script(tree: Path, script: str, *args: str) -> None:
    """Run `tree`'s own benchmark script with `tree` first on the path; print what it prints."""
    print(f"--- {tree}: {script} {' '.join(args)}", flush=True)
    env = _env(os.environ, tree)
    subprocess.run([python(), str(tree / "benchmarks" / script), *args], cwd=tree, env=env, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", type=Path, required=True, help="a checkout of the earlier commit")
    parser.add_argument("--after", type=Path, default=ROOT, help="a checkout of the later commit (default: this one)")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--skip-rss", action="store_true")
    parser.add_argument("--skip-cost", action="store_true")
    args = parser.parse_args()
    before, after = args.before.resolve(), args.after.resolve()
    for tree in (before, after):
        if not (tree / "exec_desk" / "__init__.py").is_file():
            parser.error(f"{tree} is not a checkout of Exec Desk")
    print("== start-up", flush=True)
    startup(before, after, args.runs)
    if not args.skip_rss:
        print("== idle memory", flush=True)
        for tree in (before, after):
            own_script(tree, "bench_idle_rss.py")
    if not args.skip_cost:
        print("== a day of sessions: API cost", flush=True)
        for tree in (before, after):
            own_script(tree, "bench_session_cost.py", "--seeds", "3")


if __name__ == "__main__":
    main()
