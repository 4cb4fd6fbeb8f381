"""Pages fitted to what a session can show: a working day of sessions (benchmarks/bench_session_cost.py, one seed)
costs at most two thirds of the fixed page sizes, and shows as many posts."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from exec_desk.storage.settings import Settings

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_session_cost.py"


pytestmark = pytest.mark.slow


def test_a_day_of_sessions_costs_less_and_shows_as_much(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = importlib.util.spec_from_file_location("bench_session_cost", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, bench)  # its dataclass looks itself up there
    spec.loader.exec_module(bench)
    settings = Settings(tmp_path / "settings.json", env={})
    fixed, fitted = (bench.one_day(3, fit, 3, settings) for fit in (False, True))
    assert all(cost > 0 for cost in fixed.costs_micro + fitted.costs_micro)
    assert fitted.total <= fixed.total * 2 / 3, (fitted.costs_micro, fixed.costs_micro)
    assert fitted.costs_micro[0] < fixed.costs_micro[0]  # the first session of the day too
    assert sum(fitted.shown) >= sum(fixed.shown) and min(fitted.shown) >= 20
