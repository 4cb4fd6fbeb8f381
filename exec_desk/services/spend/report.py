"""A month of spend: what the API-cost ledger recorded, by UTC day and by kind of call, against the monthly budget.

Months and days are UTC, as X bills (a read is charged once per resource and UTC day; `Ledger.month_to_date`
counts the same way). The kinds group the ledger's operations as a user thinks of them (`KINDS`, in this order):

| kind | operations |
|---|---|
| `post_reads` | timelines, lists, searches, a user's posts |
| `user_reads` | users by id (authors), `users/me` |
| `owned_reads` | the user's own posts, mentions, owned and followed lists (the owned rate: app owners only) |
| `posts` | creating and deleting posts |
| `retweets` | retweets and their undoing (and likes, on plans that allow them) |
| `media` | uploads (one-shot and chunked, with their status checks) and alt text |

An operation the table does not know (a newer ledger) counts as `other`, listed only when there is some.

`month_report(ledger, account, month, budget_micro, today)` reads the ledger (blocking: on the task runner in the
app); `to_json` and `csv_rows` are the command line's contract (README: "The spend report"), and `profile_report`
its way in: the profile's database opened through `services.profile` (read only, no call to X; a database of a
newer schema raises `NewerSchemaError`, untouched). `SpendBook` is what the UI holds of it for one account. Plain
Python: the command line imports it without Qt.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from exec_desk.core.pricing import MICRO, Op
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.paths import Paths
from exec_desk.storage.settings import MONTHLY_BUDGET_USD, Settings

KINDS: tuple[str, ...] = ("post_reads", "user_reads", "owned_reads", "posts", "retweets", "media")
OTHER = "other"
_KIND_OF: dict[str, str] = {
    **{op.value: "post_reads" for op in (Op.HOME_TIMELINE, Op.LIST_POSTS, Op.SEARCH_RECENT, Op.USER_POSTS)},
    **{op.value: "user_reads" for op in (Op.USERS, Op.ME)},
    **{op.value: "owned_reads" for op in (Op.MENTIONS, Op.OWN_POSTS, Op.OWNED_LISTS, Op.FOLLOWED_LISTS)},
    **{op.value: "posts" for op in (Op.CREATE_POST, Op.DELETE_POST)},
    **{op.value: "retweets" for op in (Op.RETWEET, Op.UNRETWEET, Op.LIKE)},
    **{
        op.value: "media"
        for op in (
            Op.MEDIA_UPLOAD,
            Op.MEDIA_INITIALIZE,
            Op.MEDIA_APPEND,
            Op.MEDIA_FINALIZE,
            Op.MEDIA_STATUS,
            Op.MEDIA_METADATA,
        )
    },
}
#: The shares of the budget that are told once a month.
THRESHOLDS = (80, 100)
_MONTH = re.compile(r"(\d{4})-(\d{2})")
CSV_HEADER = ("date", "kind", "calls", "usd")


def kind_of(op: str) -> str:
    """The kind of call a ledger operation is (see the table above)."""
    return _KIND_OF.get(op, OTHER)


def parse_month(text: str) -> date:
    """`2026-03` → the first day of that month; `ValueError` with plain words otherwise."""
    match = _MONTH.fullmatch(text.strip())
    if match is None or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 2000:
        raise ValueError(f"{text!r} is not a month: write it as YYYY-MM, for example 2026-03")
    return date(int(match.group(1)), int(match.group(2)), 1)


def month_of(moment: datetime) -> date:
    """The first day of `moment`'s UTC month."""
    return moment.astimezone(UTC).date().replace(day=1)


def month_name(month: date) -> str:
    return f"{month.year:04d}-{month.month:02d}"


def next_month(month: date) -> date:
    return (month.replace(day=28) + timedelta(days=4)).replace(day=1)


def previous_month(month: date) -> date:
    return (month - timedelta(days=1)).replace(day=1)


def budget_key(month: date, percent: int) -> str:
    """The notice key of a budget threshold in a month (`store.notices`)."""
    return f"budget:{month_name(month)}:{percent}"


@dataclass(frozen=True, slots=True)
class DaySpend:
    day: date
    calls: int
    micro: int


@dataclass(frozen=True, slots=True)
class KindSpend:
    kind: str
    calls: int
    micro: int


@dataclass(frozen=True, slots=True)
class MonthSpend:
    """A month of one account's spend. `days` runs from the 1st to the month's last day (today's, for the current
    month), a day without calls at 0; `kinds` lists every kind of `KINDS` (and `other` when there is some)."""

    month: date
    account: str | None
    budget_micro: int
    days: tuple[DaySpend, ...]
    kinds: tuple[KindSpend, ...]
    #: Calls of each kind on each day (only the pairs with calls): the CSV's rows.
    cells: tuple[tuple[date, str, int, int], ...] = ()

    @property
    def total_micro(self) -> int:
        return sum(d.micro for d in self.days)

    @property
    def calls(self) -> int:
        return sum(d.calls for d in self.days)

    @property
    def days_in_month(self) -> int:
        return calendar.monthrange(self.month.year, self.month.month)[1]

    @property
    def share(self) -> float | None:
        """The part of the budget spent (1.0: all of it), None without a budget."""
        return None if self.budget_micro <= 0 else self.total_micro / self.budget_micro


def month_report(ledger: Ledger, account: str | None, month: date, budget_micro: int, today: date) -> MonthSpend:
    """What `account` spent in `month` (the first day of a UTC month), through `today` for the current month."""
    last_day = month.replace(day=calendar.monthrange(month.year, month.month)[1])
    through = min(last_day, today)
    start = datetime(month.year, month.month, 1, tzinfo=UTC)
    end = datetime(through.year, through.month, through.day, tzinfo=UTC) + timedelta(days=1)
    lines = ledger.daily(account, start, end) if through >= month else []
    by_day: dict[date, list[int]] = {}
    by_kind: dict[str, list[int]] = {kind: [0, 0] for kind in KINDS}
    cells: dict[tuple[date, str], list[int]] = {}
    for line in lines:
        kind = kind_of(line.op)
        for bucket in (by_day.setdefault(line.day, [0, 0]), by_kind.setdefault(kind, [0, 0])):
            bucket[0] += line.calls
            bucket[1] += line.price_micro
        cell = cells.setdefault((line.day, kind), [0, 0])
        cell[0] += line.calls
        cell[1] += line.price_micro
    days = tuple(DaySpend(day, *by_day.get(day, [0, 0])) for day in _days(month, through))
    order = {kind: n for n, kind in enumerate((*KINDS, OTHER))}
    kinds = tuple(KindSpend(kind, *counts) for kind, counts in sorted(by_kind.items(), key=lambda i: order[i[0]]))
    keyed = sorted(cells.items(), key=lambda cell: (cell[0][0], order[cell[0][1]]))
    ordered_cells = tuple((day, kind, calls, micro) for (day, kind), (calls, micro) in keyed)
    return MonthSpend(month, account, max(0, budget_micro), days, kinds, ordered_cells)


def _days(month: date, through: date) -> Iterator[date]:
    day = month
    while day <= through:
        yield day
        day += timedelta(days=1)


def usd(micro: int) -> float:
    """Micro-dollars as dollars (exact to the micro-dollar)."""
    return round(micro / MICRO, 6)


def to_json(report: MonthSpend) -> dict[str, Any]:
    """The `exec-desk spend --json` object (a contract: see README, "The spend report")."""
    return {
        "month": month_name(report.month),
        "account": report.account,
        "currency": "USD",
        "budget": usd(report.budget_micro) if report.budget_micro > 0 else None,
        "total": usd(report.total_micro),
        "by_day": [{"date": d.day.isoformat(), "calls": d.calls, "usd": usd(d.micro)} for d in report.days],
        "by_kind": [{"kind": k.kind, "calls": k.calls, "usd": usd(k.micro)} for k in report.kinds],
    }


def csv_rows(report: MonthSpend) -> list[tuple[str, str, str, str]]:
    """The `exec-desk spend --csv` rows after `CSV_HEADER`: one per UTC day and kind of call with calls."""
    return [(day.isoformat(), kind, str(calls), f"{micro / MICRO:.6f}") for day, kind, calls, micro in report.cells]


class UnknownAccount(ValueError):
    """The account asked for is not in the profile; the message names the ones that are."""


def budget_of(settings: Settings) -> int:
    """The monthly budget in micro-dollars (0: none)."""
    return max(0, round(settings.value(MONTHLY_BUDGET_USD) * MICRO))


def profile_report(
    paths: Paths, settings: Settings, month: date | None, account: str | None, now: datetime
) -> MonthSpend:
    """The spend report of a profile (`exec-desk spend`): `month` (default: the current UTC month) of `account`
    (default: the account the app uses — the active one, else the first signed in, else the demo's). Reads the
    local database only; a profile without a database has spent nothing. Raises `UnknownAccount`,
    `NewerSchemaError`."""
    from exec_desk.services.context import pick_account
    from exec_desk.services.profile import open_profile

    chosen = month or month_of(now)
    today = now.astimezone(UTC).date()
    if not paths.database_file.is_file():
        if account:
            raise UnknownAccount(f"No account {account!r} in this profile (it has none yet).")
        return month_report_empty(chosen, budget_of(settings), today)
    with open_profile(paths) as profile:
        keys = [a.key for a in profile.store.accounts.all()]
        if account and account not in keys:
            raise UnknownAccount(f"No account {account!r} in this profile; it has: {', '.join(keys) or 'none'}.")
        picked = pick_account(profile.store, settings)
        key = account or (picked.key if picked is not None else ("demo" if "demo" in keys else None))
        if key is None:
            return month_report_empty(chosen, budget_of(settings), today)
        return month_report(profile.ledger, key, chosen, budget_of(settings), today)


def month_report_empty(month: date, budget_micro: int, today: date) -> MonthSpend:
    """A month without any call (a profile with no account yet)."""
    last = month.replace(day=calendar.monthrange(month.year, month.month)[1])
    days = tuple(DaySpend(day, 0, 0) for day in _days(month, min(last, today)))
    return MonthSpend(month, None, budget_micro, days, tuple(KindSpend(kind, 0, 0) for kind in KINDS))


class SpendBook:
    """One account's spend, for the UI: `month` blocks (call it through the task runner)."""

    def __init__(
        self, ledger: Ledger, account: str, budget_micro: Callable[[], int], clock: Callable[[], datetime]
    ) -> None:
        self._ledger, self.account, self._budget, self._clock = ledger, account, budget_micro, clock

    def month(self, month: date | None = None) -> MonthSpend:
        """The report of `month` (default: the current one)."""
        today = self._clock().astimezone(UTC).date()
        return month_report(self._ledger, self.account, month or month_of(self._clock()), self._budget(), today)
