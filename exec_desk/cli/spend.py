"""`exec-desk spend [--month YYYY-MM] [--account KEY] [--json | --csv]`: a month of API spend from the local ledger.

Reads the profile's database only (no call to X), through `services.spend.report.profile_report`; refuses a
database written by a newer Exec Desk like every command (`cli.profile`). Without an option it prints the month for
a person: the total against the `monthly_budget_usd` setting, by kind of call, and by UTC day with a small bar.
`--json` prints one object and `--csv` one row per UTC day and kind of call (contracts: README, "The spend
report"). Exit status 0; 2 on a bad month, a month to come or an unknown account; 1 for a newer database.
"""

from __future__ import annotations

import csv
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from exec_desk.cli.profile import newer_schema_exit, profile_paths
from exec_desk.core.pricing import MICRO, format_usd
from exec_desk.services.profile import NewerSchemaError
from exec_desk.services.spend.report import (
    CSV_HEADER,
    MonthSpend,
    UnknownAccount,
    csv_rows,
    month_of,
    parse_month,
    profile_report,
    to_json,
)
from exec_desk.storage.settings import Settings

#: How people read the kinds in the text output (the JSON and CSV use the kinds' names).
KIND_WORDS = {
    "post_reads": "Reads of posts",
    "user_reads": "Reads of users",
    "owned_reads": "Owned reads",
    "posts": "Posts",
    "retweets": "Retweets",
    "media": "Media",
    "other": "Other calls",
}
BAR_WIDTH = 30


def spend(
    *,
    basedir: Path | None,
    month: str | None = None,
    account: str | None = None,
    as_json: bool = False,
    as_csv: bool = False,
    now: datetime | None = None,
    stdout: TextIO | None = None,
) -> int:
    """Print the month's spend; the exit status."""
    out = stdout or sys.stdout
    moment = now or datetime.now(UTC)
    try:
        chosen = None if month is None else parse_month(month)
    except ValueError as exc:
        print(f"exec-desk: {exc}", file=sys.stderr)
        return 2
    if chosen is not None and chosen > month_of(moment):
        print(f"exec-desk: {month} has not begun yet (it is {moment.astimezone(UTC):%Y-%m} in UTC).", file=sys.stderr)
        return 2
    paths = profile_paths(basedir)
    if isinstance(paths, int):
        return paths
    try:
        report = profile_report(paths, Settings(paths.settings_file), chosen, account, moment)
    except NewerSchemaError as exc:
        return newer_schema_exit(exc)
    except UnknownAccount as exc:
        print(f"exec-desk: {exc}", file=sys.stderr)
        return 2
    if as_json:
        print(json.dumps(to_json(report), indent=2, ensure_ascii=False), file=out)
    elif as_csv:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_HEADER)
        writer.writerows(csv_rows(report))
    else:
        _print(report, out)
    return 0


def _print(report: MonthSpend, out: TextIO) -> None:
    who = f"account {report.account}" if report.account else "no account yet"
    print(f"X API spend, {report.month:%B %Y} (UTC days) — {who}", file=out)
    total = format_usd(report.total_micro)
    if report.share is None:
        print(f"Total: {total} ({report.calls} calls); no monthly budget set (monthly_budget_usd).", file=out)
    else:
        budget = f"${report.budget_micro / MICRO:,.2f}"
        print(f"Total: {total} of your {budget} monthly budget ({report.share:.0%}), {report.calls} calls.", file=out)
    print("\nBy kind of call:", file=out)
    for kind in report.kinds:
        print(
            f"  {KIND_WORDS.get(kind.kind, kind.kind):<16}{kind.calls:>7} calls  {format_usd(kind.micro):>9}", file=out
        )
    print("\nBy day:", file=out)
    most = max((d.micro for d in report.days), default=0)
    for day in report.days:
        bar = "█" * (round(BAR_WIDTH * day.micro / most) if most else 0)
        print(f"  {day.day.isoformat()}{day.calls:>7} calls  {format_usd(day.micro):>9}  {bar}", file=out)
    print(
        "\nFrom Exec Desk's API-cost ledger: its estimate of what X bills; the Developer Console is the bill.", file=out
    )
