"""A simulated working week (issue 13): does the app put the executive's five minutes where they matter, at what
API cost? Not a timed test: a simulation, run by hand.

    .venv/bin/python benchmarks/bench_week.py [--seed 7] [--json]

The fake X runs Monday to Friday in fast time (one `ManualClock` shared by the fake and the app, moved a minute
at a time). Scripted events go in through the fake's control API (`POST /fakex/world/posts`, HTTP): two
journalist and two client mentions of the user a day at random working hours, one company announcement a day,
and one crisis spike on Wednesday afternoon (30 posts about "Aldercrest recall" in 45 minutes, from the public).
The seeded world adds its own slow news day around them.

The scripted executive uses only what the app offers, through the real engine on the real tweepy path: the
app's `Reminders` propose sessions (every two hours in working hours, the defaults) and the `Radar` reads
mentions and the watch search between sessions and notifies a spike, which opens a session on it. Each session
lasts at most five minutes; the executive reads the queue in order, 8 seconds a post; amplifies (`t`, through the
outbox after the undo window) company posts and client posts, at most two a session; dismisses (`x`) a mention
with a response clock once read (it would answer it on x.com); and writes one post a day (the outbox sends it).

The user owns the developer app (the self-serve set-up), so mentions are owned reads ($0.001); `--not-owner`
runs the week at the full read price.

It prints, per day: minutes in sessions, API dollars (the ledger), posts shown; then the share of journalist and
client mentions seen within four working hours of being posted, the week's figures (`exec-desk stats --week`),
and the API cost against the floor: the read price of the posts actually shown ($0.005 each) plus the writes.
Goals (issue 13): ≤ 15 minutes and ≤ $1.00 a day, ≥ 95 % of those mentions seen in time, cost ≤ 1.3× the floor.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the tests' runner that runs at once
from exec_desk.app.builder import build_session
from exec_desk.backends.tweepy.backend import TweepyBackend
from exec_desk.core.compose import ComposedPost
from exec_desk.core.pricing import READ_PRICE, Resource
from exec_desk.core.queue import SessionSummary
from exec_desk.core.signal.clocks import deadline
from exec_desk.core.signal.radar import Spike
from exec_desk.core.signal.reasons import Reason
from exec_desk.core.signal.week import week_start
from exec_desk.fakex.server import FakeXServer
from exec_desk.services.clock import ManualClock
from exec_desk.services.demo import StaticTokens
from exec_desk.services.outbox.sender import OutboxSender
from exec_desk.services.radar.handled import HandledLog
from exec_desk.services.radar.poller import Radar
from exec_desk.services.radar.signals import working_hours
from exec_desk.services.radar.week import week_json, week_of
from exec_desk.services.reminders import Reminders
from exec_desk.services.sources import ensure_default_sources
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.records import Account, AuthKind
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store
from tests.support.runners import ImmediateTaskRunner

ACCOUNT = "bench"
MONDAY = datetime(2026, 11, 23, 0, 0, tzinfo=UTC)
DAYS = 5
READ_SECONDS = 8  # a post read
SESSION_SECONDS = 5 * 60
AMPLIFY_PER_SESSION = 2
WITHIN = timedelta(hours=4)
SPIKE_TERM = "Aldercrest recall"


@dataclass
class Event:
    at: datetime
    author: str
    text: str
    kind: str  # journalist, client, company, spike
    post_id: str = ""


@dataclass
class DayLog:
    seconds: int = 0
    shown: int = 0
    sessions: int = 0
    spike_sessions: int = 0


@dataclass
class Run:
    days: list[DayLog] = field(default_factory=lambda: [DayLog() for _ in range(DAYS)])
    dollars: list[float] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    seen_at: dict[str, datetime] = field(default_factory=dict)
    shown_ids: set[str] = field(default_factory=set)
    notified: list[Spike] = field(default_factory=list)
    week: dict[str, Any] = field(default_factory=dict)
    writes_micro: int = 0
    total_micro: int = 0
    by_op: dict[str, int] = field(default_factory=dict)


def control(base_url: str, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
    """One request to the fake's control API."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(
        base_url.rstrip("/") + path, data=data, method="POST" if body is not None else "GET"
    )
    request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=10) as answer:  # loopback: the fake
        result: dict[str, Any] = json.load(answer)
        return result


def script(rng: random.Random, roles: dict[str, list[str]], me: str) -> list[Event]:
    """The week's scripted events."""
    events: list[Event] = []
    questions = [
        "@{me} can you comment on the new pricing before 5pm?",
        "@{me} quick question for a piece on supply chains, do you have a minute?",
        "@{me} our order is late again, who should I talk to?",
        "@{me} is the integration with our ERP still planned for Q1?",
    ]
    for day in range(DAYS):
        morning = MONDAY + timedelta(days=day, hours=9)
        for kind in ("journalist", "journalist", "client", "client"):
            at = morning + timedelta(minutes=rng.randrange(0, 9 * 60))
            author = rng.choice(roles[kind])
            events.append(Event(at, author, rng.choice(questions).format(me=me) + f" ({day}.{len(events)})", kind))
        at = morning + timedelta(minutes=rng.randrange(30, 7 * 60))
        events.append(
            Event(
                at, roles["company"][0], f"Aldercrest opens its new depot in Lyon, day {day + 1} of the tour", "company"
            )
        )
    crisis = MONDAY + timedelta(days=2, hours=14)
    public = roles["other"]
    for n in range(30):
        at = crisis + timedelta(seconds=90 * n)
        events.append(Event(at, public[n % len(public)], f"{SPIKE_TERM}: what do we know? thread {n}", "spike"))
    return sorted(events, key=lambda e: e.at)


def simulate(seed: int, tmp: Path, *, owner: bool = True) -> Run:
    rng = random.Random(seed)
    clock = ManualClock(MONDAY + timedelta(hours=7))
    run = Run()
    settings = Settings(tmp / "settings.json", env={})
    with FakeXServer(seed=seed, clock=clock, app_owner=owner) as server, Store(":memory:") as store:
        user, creds = server.world.user, server.credentials()
        store.accounts.add(
            Account(
                ACCOUNT, user.id, user.username, user.name, AuthKind.OAUTH2, server.base_url, clock(), app_owner=owner
            )
        )
        roles: dict[str, list[str]] = {}
        for account in control(server.base_url, "/fakex/world/accounts")["data"]:
            roles.setdefault(account["role"], []).append(account["username"])
        settings.update({"watch_names": ["Aldercrest"], "company_accounts": roles["company"][:1]})
        ledger = Ledger(store)
        backend = TweepyBackend(
            account=ACCOUNT,
            user_id=str(creds["user_id"]),
            recorder=ledger,
            tokens=StaticTokens(str(creds["oauth2_access_token"])),
            clock=clock,
            api_base_url=str(creds["base_url"]),
            app_owner=owner,
        )
        ensure_default_sources(store, ACCOUNT, backend)
        runner = ImmediateTaskRunner()
        outbox = OutboxSender(store, backend, runner, ACCOUNT, clock, clock.timer)
        outbox.start()
        session = build_session(store, backend, ledger, runner, settings, ACCOUNT, clock, clock.timer, outbox=outbox)
        HandledLog(store, runner, ACCOUNT, outbox, session)
        summaries: list[SessionSummary] = []
        session.ended.connect(summaries.append)
        wanted: list[str | None] = []  # sessions asked for: None (a reminder) or a spike's term
        reminders = Reminders(settings, clock, clock.timer, lambda: session.is_active, tz=UTC)
        reminders.remind.connect(lambda _text: wanted.append(None))
        radar = Radar(store, backend, ledger, runner, settings, ACCOUNT, clock, clock.timer, lambda: session.is_active)

        def spiked(spike: Spike) -> None:
            run.notified.append(spike)
            wanted.append(spike.term)

        radar.spiked.connect(spiked)
        reminders.start()
        radar.start()
        run.events = script(rng, roles, user.username)
        pending = list(run.events)
        posted_days: set[int] = set()
        end = MONDAY + timedelta(days=DAYS - 1, hours=20)
        while clock() < end:
            clock.advance(60)
            while pending and pending[0].at <= clock():
                event = pending.pop(0)
                ago = (clock() - event.at).total_seconds() / 60
                made = control(
                    server.base_url,
                    "/fakex/world/posts",
                    {"author": event.author, "text": event.text, "minutes_ago": ago},
                )
                event.post_id = made["data"]["id"]
            if wanted:
                focus = next((w for w in wanted if w is not None), None)
                wanted.clear()
                day = (clock() - MONDAY).days
                one_session(session, clock, run, day, focus, summaries, outbox, posted_days)
                radar.read_now()
        radar.stop()
        reminders.close()
        for day in range(DAYS):
            start = MONDAY + timedelta(days=day)
            run.dollars.append(ledger.total(ACCOUNT, start, start + timedelta(days=1)) / 1e6)
        calls = ledger.calls(ACCOUNT, MONDAY, end + timedelta(hours=4))
        run.writes_micro = sum(c.price_micro for c in calls if c.op in {"retweet", "create_post", "unretweet"})
        run.total_micro = sum(c.price_micro for c in calls)
        for call in calls:
            run.by_op[call.op] = run.by_op.get(call.op, 0) + call.price_micro
        run.week = week_json(week_of(store, ACCOUNT, settings, clock(), week_start(MONDAY)))
        run.seen_at = store.signal.seen_at(ACCOUNT, [e.post_id for e in run.events])
        assert server.errors == [], server.errors
    return run


def one_session(
    session: Any,
    clock: ManualClock,
    run: Run,
    day: int,
    focus: str | None,
    summaries: list[SessionSummary],
    outbox: OutboxSender,
    posted_days: set[int],
) -> None:
    """Five minutes at most: read the queue in order, amplify and dismiss as the policy says, write once a day."""
    session.start(seconds=SESSION_SECONDS, focus=focus)
    clock.advance(5)  # the fetch settles (the runner runs at once)
    amplified = 0
    done: set[str] = set()
    while session.is_active:
        item = next((i for i in session.items() if i.post.id not in done), None)
        if item is None:
            break
        clock.advance(READ_SECONDS)
        if not session.is_active:
            break
        done.add(item.post.id)
        session.mark_seen(item.post.id)
        run.shown_ids.add(item.post.id)
        reasons = item.attention.reasons
        if item.attention.respond_by is not None:
            session.dismiss(item.post.id)  # answered on x.com, or noted: `x`
        elif amplified < AMPLIFY_PER_SESSION and (
            Reason.NOT_AMPLIFIED in reasons or Reason.COMPANY in reasons or Reason.CLIENT in reasons
        ):
            session.retweet(item.post.id)
            amplified += 1
    if day not in posted_days and session.is_active:
        posted_days.add(day)
        text = f"What I learned on the road this week, day {day + 1}: logistics is a team sport."
        outbox.enqueue(ComposedPost((text,)).payload())
        clock.advance(60)  # typing it
    if session.is_active:
        session.end()
    summary = summaries[-1]
    log = run.days[day]
    log.seconds += summary.used_seconds
    log.shown += summary.read_count
    log.sessions += 1
    log.spike_sessions += focus is not None


def report(run: Run, settings_hours: Any, as_json: bool, seed: int) -> int:
    # A mention due after the simulated week (Friday afternoon's are due on Monday) cannot be judged: the week ends
    # before its clock does; it is counted apart, not as late.
    week_end = MONDAY + timedelta(days=DAYS)
    asked = [e for e in run.events if e.kind in {"journalist", "client"}]
    dues = {e.post_id: deadline(e.at, settings_hours, WITHIN) for e in asked}
    timely = [e for e in asked if (due := dues[e.post_id]) is not None and due < week_end]
    later = len(asked) - len(timely)
    in_time = 0
    for event in timely:
        due = dues[event.post_id]
        seen = run.seen_at.get(event.post_id)
        in_time += seen is not None and due is not None and seen <= due
    share = in_time / len(timely) if timely else 1.0
    floor_micro = len(run.shown_ids) * READ_PRICE[Resource.POST] + run.writes_micro
    ratio = run.total_micro / floor_micro if floor_micro else float("inf")
    minutes = [d.seconds / 60 for d in run.days]
    figures: dict[str, Any] = {
        "seed": seed,
        "days": [
            {"minutes": round(m, 1), "usd": round(u, 3), "sessions": d.sessions, "spike_sessions": d.spike_sessions,
             "shown": d.shown}
            for m, u, d in zip(minutes, run.dollars, run.days, strict=True)
        ],
        "mentions": len(timely),
        "mentions_seen_in_time": in_time,
        "mentions_due_after_the_week": later,
        "share_in_time": round(share, 3),
        "spike_notifications": [
            {"term": s.term, "last_hour": s.last_hour, "baseline": s.baseline} for s in run.notified
        ],
        "cost_usd": round(run.total_micro / 1e6, 3),
        "floor_usd": round(floor_micro / 1e6, 3),
        "cost_over_floor": round(ratio, 2),
        "cost_by_op_usd": {op: round(m / 1e6, 3) for op, m in sorted(run.by_op.items(), key=lambda kv: -kv[1])},
        "week": run.week,
    }  # fmt: skip
    goals = {
        "minutes_per_day<=15": max(minutes) <= 15,
        "usd_per_day<=1.00": max(run.dollars) <= 1.0,
        "in_time>=95%": share >= 0.95,
        "cost<=1.3x_floor": ratio <= 1.3,
    }
    figures["goals"] = goals
    if as_json:
        print(json.dumps(figures))
    else:
        names = ["Mon", "Tue", "Wed", "Thu", "Fri"]
        for name, day in zip(names, figures["days"], strict=True):
            print(
                f"{name}: {day['minutes']:5.1f} min in {day['sessions']} sessions ({day['spike_sessions']} on a spike)"
                f"   ${day['usd']:.3f}   {day['shown']} posts read"
            )
        print(
            f"journalist and client mentions seen within 4 working hours: {in_time}/{len(timely)} ({share:.0%}); "
            f"{later} more due after the simulated week (not judged)"
        )
        for spike in run.notified:
            print(
                f"spike notified: {spike.term!r} {spike.last_hour} posts in the last hour, usually {spike.baseline:g}"
            )
        week = run.week
        print(
            f"week: {week['sessions']} sessions, {week['minutes']} min, read {week['read']}, amplified "
            f"{week['amplified']}, written {week['written']}, replies {week['replies']}, mentions in time "
            f"{week['mentions_in_time']}/{week['mentions_due']}; mix {week['mix']['verdict']}, stage {week['stage']}"
        )
        print(
            f"API cost ${figures['cost_usd']:.3f} against a floor of ${figures['floor_usd']:.3f} "
            f"({len(run.shown_ids)} posts shown × $0.005 + writes): {ratio:.2f}×"
        )
        print("  by operation: " + ", ".join(f"{op} ${usd:.3f}" for op, usd in figures["cost_by_op_usd"].items()))
        print("goals: " + ", ".join(f"{k} {'met' if v else 'MISSED'}" for k, v in goals.items()))
    return 0 if all(goals.values()) else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--not-owner", action="store_true", help="the user does not own the developer app: no owned-read price"
    )
    args = parser.parse_args()
    os.environ["TZ"] = "UTC"  # working hours are local time: the week runs in UTC
    time.tzset()
    with tempfile.TemporaryDirectory() as tmp:
        run = simulate(args.seed, Path(tmp), owner=not args.not_owner)
        hours = working_hours(Settings(Path(tmp) / "settings.json", env={}))
    return report(run, hours, args.json, args.seed)


if __name__ == "__main__":
    sys.exit(main())
