"""`exec-desk gaps [--json] [--date YYYY-MM-DD] [--calendar FILE|URL [--caldav]]`: a day's busy blocks, free gaps
and proposed sessions, from the user's calendar (`services.calendar`). Imports no Qt.

`exec-desk gaps --caldav-password` keeps the password of the CalDAV user (`calendar_username`) in the system
keyring, read from standard input (asked without echo on a terminal); the app and this command read it from there.

The calendar is `--calendar` (a file, or an ICS address; `--caldav` reads that address as a CalDAV server), else
the `calendar` setting (read as `calendar_protocol` says). The working hours, session length, margin and the most
proposals a day are the settings'. `--json` prints the contract `{"busy": [[start, end], ...], "free": [[start,
end], ...], "proposals": [time, ...]}` (ISO-8601 with offsets, in the local time zone); a notice about the
calendar (an offline copy used) goes to standard error. Exit status: 0; 1 when the calendar cannot be read; 2 on
bad input (no calendar, a bad date).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date, time, timedelta
from pathlib import Path

from exec_desk.core.secrets import CredentialStore, KeyringUnavailableError
from exec_desk.services.calendar.plan import DayPlan, PlanRules, local_moment, plan_day
from exec_desk.services.calendar.sources import (
    CALDAV,
    CALDAV_ACCOUNT,
    ICS,
    CalendarError,
    caldav_password,
    read_calendar,
)
from exec_desk.storage.credentials import KeyringCredentialStore
from exec_desk.storage.paths import Paths
from exec_desk.storage.settings import CALENDAR, CALENDAR_PROTOCOL, CALENDAR_USERNAME, Settings


def gaps(
    *,
    basedir: Path | None,
    day: str | None,
    calendar: str | None,
    caldav: bool = False,
    as_json: bool = False,
    save_password: bool = False,
    credentials: Callable[[], CredentialStore] = KeyringCredentialStore,
) -> int:
    paths = Paths.resolve(basedir)
    settings = Settings(paths.settings_file)
    if save_password:
        return _save_password(settings.value(CALENDAR_USERNAME), credentials)
    location = calendar or settings.value(CALENDAR)
    if not location:
        return _bad("no calendar: give --calendar FILE|URL, or set one: exec-desk config set calendar FILE|URL")
    try:
        when = date.fromisoformat(day) if day else date.today()
    except ValueError:
        return _bad(f"--date: {day!r} is not a date as YYYY-MM-DD")
    protocol = CALDAV if caldav else ICS if calendar else settings.value(CALENDAR_PROTOCOL)
    username = settings.value(CALENDAR_USERNAME)
    try:
        fetched = read_calendar(
            location,
            protocol=protocol,
            cache_dir=paths.cache_dir,
            span=(local_moment(when, time(0)), local_moment(when + timedelta(days=2), time(0))),
            username=username,
            password=caldav_password(credentials, username),
        )
    except CalendarError as exc:
        print(f"exec-desk: {exc}", file=sys.stderr)
        return 1
    if fetched.notice:
        print(f"exec-desk: {fetched.notice}", file=sys.stderr)
    plan = plan_day(fetched.calendar, when, PlanRules.from_settings(settings, fetched.addresses))
    if as_json:
        print(json.dumps(plan.to_json(), indent=2))
    else:
        _print(plan)
    return 0


def _save_password(username: str, credentials: Callable[[], CredentialStore]) -> int:
    if not username:
        return _bad("set the CalDAV user name first: exec-desk config set calendar_username NAME")
    if sys.stdin.isatty():
        import getpass

        secret = getpass.getpass(f"CalDAV password of {username}: ")
    else:
        secret = sys.stdin.readline().rstrip("\r\n")
    if not secret:
        return _bad("no password given; nothing was saved")
    try:
        credentials().set(CALDAV_ACCOUNT, f"caldav:{username}", secret)
    except KeyringUnavailableError as exc:
        print(f"exec-desk: {exc}", file=sys.stderr)
        return 1
    print(f"exec-desk: the CalDAV password of {username} is kept in the system keyring.", file=sys.stderr)
    return 0


def _bad(message: str) -> int:
    print(f"exec-desk: {message}", file=sys.stderr)
    return 2


def _print(plan: DayPlan) -> None:
    def hhmm(moment: object) -> str:
        return f"{moment:%H:%M}"

    print(f"{plan.day:%A %d %B %Y}")
    for block in plan.busy:
        print(f"  busy      {hhmm(block.start)}–{hhmm(block.end)}  {block.title}".rstrip())
    for start, end in plan.free:
        print(f"  free      {hhmm(start)}–{hhmm(end)}")
    for proposal in plan.proposals:
        minutes = int((proposal.until - proposal.at).total_seconds() // 60)
        after = f"before {proposal.next_title}" if proposal.next_title else "before the end of the working day"
        print(f"  session   {hhmm(proposal.at)}  ({minutes} min {after})")
    if not plan.free:
        print("  no free time within working hours")
