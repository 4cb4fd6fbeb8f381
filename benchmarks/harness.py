"""Shared benchmark helpers: run commands interleaved, per-process wall time and peak RSS, medians and ratios."""

from __future__ import annotations

import importlib.util
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def virtual_desktop_module() -> ModuleType:
    """packaging/virtual_desktop.py, imported by path (it is a script, not a package module)."""
    spec = importlib.util.spec_from_file_location("virtual_desktop", ROOT / "packaging" / "virtual_desktop.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class Samples:
    """Wall times (ms) and peak RSS (MiB) of one command's runs."""

    name: str
    wall_ms: list[float] = field(default_factory=list)
    rss_mib: list[float] = field(default_factory=list)

    def median(self) -> float:
        return statistics.median(self.wall_ms)

    def line(self) -> str:
        q = statistics.quantiles(self.wall_ms, n=20) if len(self.wall_ms) > 1 else self.wall_ms * 19
        return (
            f"{self.name:<28} median {self.median():7.1f} ms   p95 {q[-1]:7.1f} ms   "
            f"peak RSS median {statistics.median(self.rss_mib):6.1f} MiB   (n={len(self.wall_ms)})"
        )


def run_once(cmd: Sequence[str], env: Mapping[str, str]) -> tuple[float, float, str]:
    """(wall ms, peak RSS MiB, stdout) of one run; raises on a non-zero exit."""
    start = time.perf_counter()
    proc = subprocess.Popen(list(cmd), env=dict(env), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    out = proc.stdout.read().decode() if proc.stdout else ""
    err = proc.stderr.read().decode() if proc.stderr else ""
    proc.returncode = os.waitstatus_to_exitcode(status)
    for stream in (proc.stdout, proc.stderr):
        if stream:
            stream.close()
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd} failed ({proc.returncode}): {err[-2000:]}")
    return wall, usage.ru_maxrss / 1024, out


def time_to_line(cmd: Sequence[str], env: Mapping[str, str], marker: str, timeout: float = 30.0) -> float:
    """Milliseconds from spawning `cmd` to the first stdout line containing `marker`; the process is then ended."""
    start = time.perf_counter()
    proc = subprocess.Popen(list(cmd), env=dict(env), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            if marker in line:
                return (time.perf_counter() - start) * 1000
            if time.perf_counter() - start > timeout:
                break
        raise RuntimeError(f"{cmd} never printed {marker!r}")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stdout.close()


def interleave(
    commands: Mapping[str, Sequence[str]], env: Mapping[str, str], runs: int, warmup: int = 2
) -> list[Samples]:
    """Run each command `runs` times, alternating between them so machine noise hits all alike."""
    samples = {name: Samples(name) for name in commands}
    for i in range(warmup + runs):
        for name, cmd in commands.items():
            wall, rss, _ = run_once(cmd, env)
            if i >= warmup:
                samples[name].wall_ms.append(wall)
                samples[name].rss_mib.append(rss)
    return list(samples.values())


def python() -> str:
    return sys.executable
