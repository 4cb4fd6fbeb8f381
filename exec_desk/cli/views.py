"""`exec-desk queue` and `exec-desk radar`: the next session's queue, and the radar's spikes and open clocks, read
from the local store; `--fetch` first reads every source once, as a session would (its cost is said on standard
error). `exec-desk stats --week`: the week along the path, as lines, JSON or CSV.

    exec-desk queue [--json] [--limit N] [--fetch]
    exec-desk radar [--json] [--fetch]
    exec-desk stats --week [--json | --csv] [--date YYYY-MM-DD]

The JSON is a contract (README; `services.radar.views` and `services.radar.week` write it). Nothing is marked
read. With no group mapping chosen yet, `--fetch` sets up the groups the first-run dialog would propose (as a
session does). Exit status 0; 1 when the store or X failed; 2 on bad input or when there is no account.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from exec_desk.cli.profile import newer_schema_exit, profile_paths
from exec_desk.core import errors
from exec_desk.core.pricing import format_usd
from exec_desk.core.secrets import CredentialStore
from exec_desk.services.profile import NewerSchemaError, Profile, open_profile
from exec_desk.storage.credentials import KeyringCredentialStore
from exec_desk.storage.settings import ACTIVE_ACCOUNT, API_URL_ENV, Settings

Clock = Callable[[], datetime]
DEMO = "demo"


def _now() -> datetime:
    return datetime.now().astimezone()


def _account(profile: Profile, settings: Settings) -> str | None:
    """The active account (else the only one signed in, else the demo's cache)."""
    keys = [a.key for a in profile.store.accounts.all()]
    wanted = settings.value(ACTIVE_ACCOUNT)
    if wanted in keys:
        return str(wanted)
    real = [k for k in keys if k != DEMO]
    return real[0] if real else (DEMO if DEMO in keys else None)


def _fetch(
    profile: Profile, settings: Settings, key: str, api_url: str | None, credentials: Callable[[], CredentialStore],
    now: datetime, err: TextIO,
) -> bool:  # fmt: skip
    from exec_desk.services.backends import backend_for
    from exec_desk.services.context import account_base_url
    from exec_desk.services.radar.views import fetch_now

    account = profile.store.accounts.get(key)
    if account is None or key == DEMO:
        err.write("exec-desk: no X account to fetch with (the demo's X runs only with the app): run `exec-desk "
                  "signin` first.\n")  # fmt: skip
        return False
    backend = backend_for(
        account,
        credentials=credentials(),
        recorder=profile.ledger,
        api_base_url=api_url or account_base_url(settings, account),
    )
    fetched = fetch_now(profile.store, profile.ledger, backend, key, settings, now)
    if fetched.first_run:
        err.write("exec-desk: no groups yet: set up the groups the first run proposes from your lists.\n")
    for failure in fetched.failures:
        err.write(f"exec-desk: {failure}\n")
    err.write(
        f"Fetched {fetched.sources} sources: {fetched.new_posts} new posts, cost {format_usd(fetched.cost_micro)}.\n"
    )
    return True


def view(
    kind: str,
    *,
    basedir: Path | None,
    api_url: str | None = None,
    as_json: bool = False,
    limit: int | None = None,
    fetch: bool = False,
    credentials: Callable[[], CredentialStore] = KeyringCredentialStore,
    clock: Clock = _now,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """`exec-desk queue` (kind "queue") or `exec-desk radar` (kind "radar")."""
    out, err = out or sys.stdout, err or sys.stderr
    if limit is not None and limit < 1:
        err.write("exec-desk: --limit must be at least 1.\n")
        return 2
    paths = profile_paths(basedir, err, create=True)
    if isinstance(paths, int):
        return paths
    settings = Settings(paths.settings_file, env={**os.environ, API_URL_ENV: api_url} if api_url else os.environ)
    from exec_desk.services.radar.views import queue_json, radar_json

    now = clock()
    try:
        with open_profile(paths) as profile:
            key = _account(profile, settings)
            if key is None:
                err.write("exec-desk: no X account yet: run `exec-desk signin` first (or start the demo).\n")
                return 2
            if fetch and not _fetch(profile, settings, key, api_url, credentials, now, err):
                return 2
            data = (
                queue_json(profile.store, key, settings, now, limit)
                if kind == "queue"
                else radar_json(profile.store, key, settings, now)
            )
    except NewerSchemaError as exc:
        return newer_schema_exit(exc, err)
    except errors.XError as exc:
        err.write(f"exec-desk: X refused the reads: {exc.user_message}\n")
        return 1
    if as_json:
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(_queue_lines(data) if kind == "queue" else _radar_lines(data))
    return 0


def _queue_lines(data: dict[str, Any]) -> str:
    lines = []
    for n, item in enumerate(data["items"], 1):
        flag = "!" if item["urgent"] else " "
        due = (
            f" reply by {item['respond_by'][:16]}" + (" (overdue)" if item["overdue"] else "")
            if item["respond_by"]
            else ""
        )
        why = ", ".join(item["reasons"]) or "-"
        lines.append(f"{n:>3} {flag} @{item['author'] or '?'} [{item['group']}] {why}{due}")
    return "\n".join(lines or ["Nothing new in your sources."]) + "\n"


def _radar_lines(data: dict[str, Any]) -> str:
    lines = [f"Spike: {s['last_hour']} posts about “{s['term']}” in the last hour, usually {s['baseline']:g}"
             for s in data["spikes"]] or ["No spike in the last hour."]  # fmt: skip
    for c in data["clocks"]:
        late = " — overdue" if c["overdue"] else ""
        lines.append(f"Answer @{c['author'] or '?'} ({c['group']}) by {(c['respond_by'] or '?')[:16]}{late}")
    if not data["clocks"]:
        lines.append("No mention waiting for an answer.")
    return "\n".join(lines) + "\n"


def stats(
    *,
    basedir: Path | None,
    day: str | None = None,
    as_json: bool = False,
    as_csv: bool = False,
    clock: Clock = _now,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """`exec-desk stats --week`: the week of `day` (default: this week)."""
    out, err = out or sys.stdout, err or sys.stderr
    now = clock()
    try:
        chosen = date.fromisoformat(day) if day else now.astimezone().date()
    except ValueError:
        err.write(f"exec-desk: --date {day!r}: write a day such as 2026-11-23.\n")
        return 2
    paths = profile_paths(basedir, err, create=True)
    if isinstance(paths, int):
        return paths
    from datetime import timedelta

    from exec_desk.services.radar.week import week_json, week_of, week_rows

    settings = Settings(paths.settings_file)
    monday = chosen - timedelta(days=chosen.weekday())
    try:
        with open_profile(paths) as profile:
            key = _account(profile, settings)
            if key is None:
                err.write("exec-desk: no X account yet: run `exec-desk signin` first (or start the demo).\n")
                return 2
            week = week_of(profile.store, key, settings, now, monday)
    except NewerSchemaError as exc:
        return newer_schema_exit(exc, err)
    if as_json:
        out.write(json.dumps(week_json(week), ensure_ascii=False, indent=2) + "\n")
    elif as_csv:
        csv.writer(out, lineterminator="\n").writerows(week_rows(week))
    else:
        share = "—" if week.own_share is None else f"{round(week.own_share * 100)} % own"
        out.write(
            f"Week of {week.start.isoformat()}: {week.sessions} sessions, {week.minutes:g} minutes, {week.read} "
            f"posts read, {week.amplified} amplified, {week.written} written, {week.replies} replies.\n"
            f"Mentions answered in time: {week.mentions_in_time} of {week.mentions_due}"
            f" ({week.mentions_overdue} overdue).\nMix: {share} (4-1-1: about one in six). Stage: {week.stage.value}.\n"
            f"{week.suggestion}\n"
        )
    return 0
