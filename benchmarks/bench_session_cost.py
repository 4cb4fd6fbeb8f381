"""What a working day of sessions costs in X API reads, with pages fitted to what a session can show, side by side
with the fixed page sizes used before (20 posts on a first fetch, pages of 50 up to 3 per source).

    .venv/bin/python benchmarks/bench_session_cost.py [--seeds 5] [--sessions 5] [--days 1]

For each seed, two fresh fake X servers with the same seed (same world) and clock: an account with the default
groups (`ensure_default_sources`), then a session every two hours from 9:00 (the default reminders), each read
to the end (every post marked seen) and closed, for `--days` working days. The engine is the app's own
(`ReviewSession`, real tweepy over loopback); only the fetcher's `FetchLimits.fit_to_quota` differs. Prints, per
plan, the cost of the first session and of the first day, and the posts shown, as medians over the seeds; then the
ratio fitted / fixed; with more than one day, what a later day costs (authors are cached: not bought again).
"""

from __future__ import annotations

import argparse
import statistics
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the tests' runner that runs at once
from exec_desk.app.builder import build_session
from exec_desk.backends.tweepy.backend import TweepyBackend
from exec_desk.core.queue import SessionSummary
from exec_desk.fakex.server import FakeXServer
from exec_desk.services.clock import ManualClock
from exec_desk.services.demo import StaticTokens
from exec_desk.services.fetcher import FetchLimits
from exec_desk.services.sources import ensure_default_sources
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.records import Account, AuthKind
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store
from tests.support.runners import ImmediateTaskRunner

ACCOUNT = "bench"
MORNING = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # a Monday


@dataclass(frozen=True)
class Day:
    costs_micro: list[int]
    shown: list[int]

    @property
    def total(self) -> int:
        return sum(self.costs_micro)


def one_day(seed: int, fit: bool, sessions: int, settings: Settings) -> Day:
    return working_days(seed, fit, sessions, settings, days=1)[0]


def working_days(seed: int, fit: bool, sessions: int, settings: Settings, *, days: int) -> list[Day]:
    clock = ManualClock(MORNING - timedelta(minutes=5))
    with FakeXServer(seed=seed, clock=clock) as server, Store(":memory:") as store:
        user, creds = server.world.user, server.credentials()
        store.accounts.add(
            Account(ACCOUNT, user.id, user.username, user.name, AuthKind.OAUTH2, server.base_url, clock())
        )
        ledger = Ledger(store)
        backend = TweepyBackend(
            account=ACCOUNT,
            user_id=str(creds["user_id"]),
            recorder=ledger,
            tokens=StaticTokens(str(creds["oauth2_access_token"])),
            clock=clock,
            api_base_url=str(creds["base_url"]),
        )
        ensure_default_sources(store, ACCOUNT, backend)
        runner = ImmediateTaskRunner()
        limits = FetchLimits(fit_to_quota=fit)
        session = build_session(
            store, backend, ledger, runner, settings, ACCOUNT, clock, clock.timer, fetch_limits=limits
        )
        ended: list[SessionSummary] = []
        session.ended.connect(ended.append)
        result = []
        for day in range(days):
            costs, shown = [], []
            for number in range(sessions):
                clock.advance((MORNING + timedelta(days=day, hours=2 * number) - clock()).total_seconds())
                session.start()
                clock.advance(10)  # the fetch has settled; lower groups filled in
                for item in session.items():
                    session.mark_seen(item.post.id)
                shown.append(len(session.items()))
                session.end()
                costs.append(ended[-1].cost_micro)
            result.append(Day(costs, shown))
        assert server.errors == []
        return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--sessions", type=int, default=5)
    parser.add_argument("--days", type=int, default=1)
    args = parser.parse_args()
    if args.seeds < 1 or args.sessions < 2 or args.days < 1:
        parser.error("--seeds and --days need at least 1, --sessions at least 2 (the first and the later ones)")
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(Path(tmp) / "settings.json", env={})
        runs: dict[bool, list[list[Day]]] = {False: [], True: []}
        for seed in range(1, args.seeds + 1):
            for fit in (False, True):  # interleaved, same world
                runs[fit].append(working_days(seed, fit, args.sessions, settings, days=args.days))

    def usd(micro: float) -> str:
        return f"${micro / 1e6:.3f}"

    for fit, name in ((False, "fixed pages (before)"), (True, "fitted to quotas")):
        first_days = [r[0] for r in runs[fit]]
        first = statistics.median(d.costs_micro[0] for d in first_days)
        later = statistics.median(statistics.median(d.costs_micro[1:]) for d in first_days)
        day = statistics.median(d.total for d in first_days)
        shown = statistics.median(statistics.mean(d.shown) for d in first_days)
        print(
            f"{name:<22} first session {usd(first)}   later sessions {usd(later)}   "
            f"day of {args.sessions} {usd(day)}   posts shown per session {shown:.1f}"
        )
        if args.days > 1:
            after = statistics.median(statistics.mean(d.total for d in r[1:]) for r in runs[fit])
            total = statistics.median(sum(d.total for d in r) for r in runs[fit])
            print(f"{'':<22} a later day {usd(after)}   {args.days} days {usd(total)}")
    ratios = [f[0].total / b[0].total for f, b in zip(runs[True], runs[False], strict=True)]
    firsts = [f[0].costs_micro[0] / b[0].costs_micro[0] for f, b in zip(runs[True], runs[False], strict=True)]
    print(
        f"fitted / fixed: day {statistics.median(ratios):.2f} (range {min(ratios):.2f}-{max(ratios):.2f}), "
        f"first session {statistics.median(firsts):.2f}   (seeds={args.seeds})"
    )


if __name__ == "__main__":
    main()
