"""`exec-desk post`: check a post or a thread, and queue it into the outbox, from the terminal.

    exec-desk post TEXT [--thread] [--media FILE [--alt TEXT]]... [--in 10m | --at 14:30] [--dry-run] [--json]
                        [--yes]

`--dry-run --json` prints one JSON object (`weighted_length`, `valid`, `parts`, `estimated_cost_usd`, per-part
details, `problems`...) and sends nothing. That path imports twitter-text, the settings (the thread cap and the
cost threshold) and the standard library only: no Qt, no tweepy, no requests, no keyring, no database (the store
is imported only to queue). Without `--dry-run` the post
goes into the store's outbox as `{"op": "post", "parts": [...], "media": [...], "reply_to": null, "quote_of":
null}` with `not_before` from `--in` / `--at`; then a running Exec Desk is nudged (see `nudge_running_app`).

Bad input (empty, too long without `--thread`, 5 images, a 20 MB image, a file that is not an image, a missing
file) gets a plain message on stderr and exit code 2; nothing is queued. So do: text that shows nothing or holds
NUL; a thread longer than the `thread_cap` setting (25 posts), and text far beyond what such a thread holds
(refused before it is counted: 1 MB answers at once); bytes that are not UTF-8 on the command line or standard
input (`post_input`); a delay beyond a year; a text that repeats one already sent or queued from this profile
(`services.duplicates`: the earlier one's address, or when it is sent). Above the `confirm_cost_usd` setting
($1.00) the estimate is shown and the post is queued only with `--yes` (or a "y" on a terminal). The dry run's
JSON also says `counted` (false when refused before counting: `weighted_length` is then null and
`weighted_length_at_least` a lower bound), `thread_cap`, `confirm_above_usd` and `needs_confirmation`; and
`similar_company_post`: `{"id", "similarity"}` of a recent post of the company accounts (the `company_accounts`
setting) that the text repeats word for word above the `company_similarity` setting, or null (the profile's
database is opened only when there are company accounts and a database).

A hidden `--batch` reads NUL-separated texts from stdin and prints one JSON object per line, through the same code
(the conformance tests use it).

A post with a disclosure word during a quiet period (`core.disclosure`) is held: the dry run reports `"hold"`, and
the post is queued only with `--press-release URL`, the first link of its first post; held and confirmed posts go
in the audit log.

Why one module: `exec-desk post` is one flow — what the dry run reports is exactly what is checked and queued —
and its parts are not used apart; the input's own checks live beside it (`post_input`).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from exec_desk.cli.post_input import check_unicode, interactive, read_stdin
from exec_desk.core import compose, post_limits, pricing
from exec_desk.core.disclosure import Hold, QuietPeriod, hold_for, press_release_problem
from exec_desk.core.media import checks as media

if TYPE_CHECKING:
    from exec_desk.storage.paths import Paths

BAD_INPUT = 2
FAILED = 1
#: The furthest ahead a post may be scheduled.
MAX_AHEAD = timedelta(days=365)
#: The nudge of a running app: how long to wait for it to listen (it may be starting), and for its answer (its GUI
#: thread answers; under load it may be busy for a moment).
NUDGE_WAIT_S = 2.0
NUDGE_TIMEOUT_S = 5.0
_DELAY = re.compile(r"(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*(?:(\d+)\s*s)?", re.IGNORECASE)
Clock = Callable[[], datetime]


class InputError(ValueError):
    """Bad input on the command line; the message is for the user."""


@dataclass
class _MediaArg:
    path: str
    alt: str = ""


@dataclass
class Assessment:
    """What `post` found: the JSON report, the plain problems, and what would be queued."""

    report: dict[str, Any]
    problems: list[str]
    post: compose.ComposedPost | None = None
    attachments: list[media.Attachment] = field(default_factory=list)
    #: Why the post waits for `--press-release` (a quiet period and a disclosure word), or None.
    hold: Hold | None = None


class _AddMedia(argparse.Action):
    def __call__(
        self, parser: argparse.ArgumentParser, ns: argparse.Namespace, value: Any, _option: Any = None
    ) -> None:
        ns.media = [*(ns.media or []), _MediaArg(str(value))]


class _AddAlt(argparse.Action):
    def __call__(
        self, parser: argparse.ArgumentParser, ns: argparse.Namespace, value: Any, _option: Any = None
    ) -> None:
        if not ns.media or ns.media[-1].alt:
            parser.error("--alt describes the --media file just before it: give --media FILE first")
        ns.media[-1].alt = str(value)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="exec-desk post",
        description="Check a post or a thread and queue it for sending (into the running Exec Desk's outbox).",
    )
    parser.add_argument("text", nargs="?", help="the text; '-' reads it from standard input")
    parser.add_argument("--thread", action="store_true", help="split a long text into numbered posts")
    parser.add_argument("--media", action=_AddMedia, metavar="FILE", help="attach a file (up to 4 images, 1 GIF/video)")
    parser.add_argument("--alt", action=_AddAlt, metavar="TEXT", help="describe the --media file just before it")
    when = parser.add_mutually_exclusive_group()
    when.add_argument("--in", dest="delay", metavar="DELAY", help="send after a delay: 10m, 1h30m, 90s")
    when.add_argument("--at", dest="at", metavar="TIME", help="send at a local time: 14:30, or 2026-11-27T09:00")
    parser.add_argument("--dry-run", action="store_true", help="check and show, send nothing")
    parser.add_argument(
        "--yes",
        action="store_true",
        help="queue it even above the cost that asks for a confirmation (confirm_cost_usd)",
    )
    parser.add_argument(
        "--press-release",
        metavar="URL",
        help="confirm a post held by a quiet period: URL is the official press release, already published; it must "
        "be the first link of the first post",
    )
    parser.add_argument("--json", action="store_true", help="print the result as one JSON object")
    parser.add_argument("--basedir", type=Path, help="the Exec Desk profile folder (as `exec-desk --basedir`)")
    parser.add_argument("--account", help="the account key to post as (default: the active account)")
    parser.add_argument("--batch", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(media=[])
    return parser


def parse_delay(text: str) -> timedelta:
    """`10m`, `1h30m`, `90s`, `2h`; a bare number is minutes. At most `MAX_AHEAD`."""
    spec = text.strip()
    match = _DELAY.fullmatch(spec)
    if any(len(digits) > 9 for digits in re.findall(r"\d+", spec)):  # ~30 years in seconds: far beyond anyway
        raise InputError(f"--in {text!r} is too far ahead: a post may wait at most {MAX_AHEAD.days} days.")
    if spec.isdecimal():
        seconds = int(spec) * 60
    elif not spec or match is None or not any(match.groups()):
        raise InputError(f"--in {text!r}: write a delay such as 10m, 1h30m or 90s.")
    else:
        hours, minutes, secs = (int(g or 0) for g in match.groups())
        seconds = hours * 3600 + minutes * 60 + secs
    if seconds > MAX_AHEAD.total_seconds():
        raise InputError(f"--in {text!r} is too far ahead: a post may wait at most {MAX_AHEAD.days} days.")
    return timedelta(seconds=seconds)


def parse_at(text: str, now: datetime) -> datetime:
    """`14:30` (local time: today, or tomorrow once past) or an ISO date and time; returns an aware datetime."""
    local_now = now.astimezone()
    spec = text.strip()
    try:
        if re.fullmatch(r"\d{1,2}:\d{2}", spec):
            hour, minute = (int(x) for x in spec.split(":"))
            moment = local_now.replace(hour=hour, minute=minute, second=0, microsecond=0)
            return moment if moment > local_now else moment + timedelta(days=1)
        moment = datetime.fromisoformat(spec)
    except ValueError:
        raise InputError(
            f"--at {text!r}: write a time such as 14:30, or a date and time such as 2026-11-27T09:00."
        ) from None
    moment = moment if moment.tzinfo else moment.replace(tzinfo=local_now.tzinfo)
    if moment <= now:
        raise InputError(f"--at {text!r} is in the past.")
    if moment - now > MAX_AHEAD:
        raise InputError(f"--at {text!r} is too far ahead: a post may wait at most {MAX_AHEAD.days} days.")
    return moment


def _usd(micro: int) -> float:
    return round(micro / pricing.MICRO, 6)


def assess(
    text: str,
    *,
    thread: bool = False,
    media_args: Sequence[_MediaArg] = (),
    not_before: datetime | None = None,
    checker: compose.PostChecker | None = None,
    limits: Limits | None = None,
    now: datetime | None = None,
    press_release: str | None = None,
) -> Assessment:
    """Check everything `post` would send; the report is what `--dry-run --json` prints."""
    limits = limits or Limits()
    attachments: list[media.Attachment] = []
    problems: list[str] = []
    for arg in media_args:
        try:
            attachments.append(media.inspect(arg.path, arg.alt))
        except media.MediaError as exc:
            problems.append(str(exc))
    problems.extend(media.set_problems(attachments))
    checker = checker or compose.PostChecker()
    checker.max_parts = limits.thread_cap
    check = checker.check(text, thread=thread, has_media=bool(media_args))
    problems[:0] = check.problems
    if not check.counted:  # far beyond any thread the cap allows: refused before twitter-text counts it
        return Assessment(_uncounted(text, check, thread, not_before, limits), problems)
    whole = compose.count(text)
    details = []
    for part in check.parts:
        exact = compose.count(part.text)  # every part checked by the library itself
        price = pricing.write_price(pricing.Op.CREATE_POST, has_url=part.has_url)
        details.append(
            {
                "number": part.number,
                "text": part.text,
                "weighted_length": exact.weighted_length,
                "valid": exact.valid or (part.text == "" and bool(attachments)),
                "has_url": part.has_url,
                "estimated_cost_usd": _usd(price),
            }
        )
        if part.text and not exact.valid and not check.problems:
            problems.append(f"Part {part.number} is not a valid post ({exact.weighted_length} characters).")
    cost = sum(pricing.write_price(pricing.Op.CREATE_POST, has_url=p.has_url) for p in check.parts)
    parts = tuple(p.text for p in check.parts)
    hold = limits.hold(parts, not_before or now or datetime.now().astimezone())
    if hold is not None and press_release is not None and parts:
        from exec_desk.core.text import extract_urls

        problem = press_release_problem(parts, press_release, extract_urls(parts[0]))
        if problem is not None:
            problems.append(str(problem))
    report: dict[str, Any] = {
        "text": text,
        "weighted_length": whole.weighted_length,
        "max_length": compose.MAX_WEIGHT,
        "valid": whole.valid,
        "permillage": whole.permillage,
        "valid_range": list(whole.valid_range),
        "display_range": list(whole.display_range),
        "over_limit_from": None if whole.valid else whole.valid_range[1] + 1,
        "has_url": check.has_url,
        "thread": check.thread,
        "parts": [p.text for p in check.parts],
        "part_details": details,
        "media": [a.as_json() | {"size": a.size} for a in attachments],
        "estimated_cost_usd": _usd(cost),
        "not_before": None if not_before is None else not_before.isoformat(),
        "sendable": not problems,
        "problems": problems,
        **limits.report(cost, counted=True),
        "hold": None if hold is None else hold.to_json(),
        "similar_company_post": None,
    }
    post = None
    if not problems:
        post = compose.ComposedPost(parts, tuple(attachments), not_before=not_before, estimated_cost_micro=cost)
    return Assessment(report, problems, post, attachments, hold)


@dataclass(frozen=True, slots=True)
class Limits:
    """The settings that bound a post: the most posts of a thread, the cost above which it needs --yes."""

    thread_cap: int = post_limits.THREAD_CAP
    confirm_above_micro: int = round(post_limits.CONFIRM_COST_USD * pricing.MICRO)
    #: The quiet periods and the disclosure words that hold a post.
    periods: tuple[QuietPeriod, ...] = ()
    words: tuple[str, ...] = ()

    @classmethod
    def of(cls, basedir: Path | None, now: datetime | None = None) -> Limits:
        """The profile's settings (standard library, platformdirs and the settings file only; the quiet periods'
        investor-relations calendar, when one is set, is read as the calendar is)."""
        from exec_desk.core.disclosure import parse_period
        from exec_desk.storage.paths import Paths
        from exec_desk.storage.settings import (
            CONFIRM_COST_USD,
            DISCLOSURE_WORDS,
            QUIET_CALENDAR,
            QUIET_PERIODS,
            THREAD_CAP,
            Settings,
        )

        paths = Paths.resolve(basedir)
        settings = Settings(paths.settings_file)
        periods: list[QuietPeriod] = []
        if settings.value(QUIET_CALENDAR):
            from exec_desk.services.quiet import quiet_periods

            periods, _problems = quiet_periods(
                settings, cache_dir=paths.cache_dir, now=now or datetime.now().astimezone()
            )
        else:
            periods = [parse_period(text) for text in settings.value(QUIET_PERIODS)]
        words: list[str] = settings.value(DISCLOSURE_WORDS)
        return cls(
            settings.value(THREAD_CAP),
            round(settings.value(CONFIRM_COST_USD) * pricing.MICRO),
            tuple(periods),
            tuple(words),
        )

    def hold(self, parts: tuple[str, ...], when: datetime) -> Hold | None:
        return hold_for(parts, when, self.periods, self.words)

    def needs_confirmation(self, cost_micro: int) -> bool:
        return cost_micro > self.confirm_above_micro

    def report(self, cost_micro: int, *, counted: bool) -> dict[str, Any]:
        return {
            "counted": counted,
            "thread_cap": self.thread_cap,
            "confirm_above_usd": _usd(self.confirm_above_micro),
            "needs_confirmation": counted and self.needs_confirmation(cost_micro),
        }


def _uncounted(
    text: str, check: compose.Check, thread: bool, not_before: datetime | None, limits: Limits
) -> dict[str, Any]:
    """The report of a text refused before counting: the same fields, null where nothing was counted."""
    return {
        "text": text,
        "weighted_length": None,
        "weighted_length_at_least": check.weighted_length,
        "max_length": compose.MAX_WEIGHT,
        "valid": False,
        "permillage": None,
        "valid_range": None,
        "display_range": None,
        "over_limit_from": None,
        "has_url": None,
        "thread": thread,
        "parts": [],
        "part_details": [],
        "media": [],
        "estimated_cost_usd": None,
        "not_before": None if not_before is None else not_before.isoformat(),
        "sendable": False,
        "problems": list(check.problems),
        **limits.report(0, counted=False),
        "hold": None,
        "similar_company_post": None,
    }


def _human(report: dict[str, Any]) -> str:
    parts = report["parts"]
    if not report["counted"]:
        return f"More than {report['thread_cap'] * report['max_length']} characters: not counted."
    lines = [f"{report['weighted_length']}/{report['max_length']} characters"]
    if len(parts) > 1:
        lines.append(f"A thread of {len(parts)} posts:")
        lines += [
            f"  [{d['number']}] {d['weighted_length']}/{report['max_length']}: {d['text']}"
            for d in report["part_details"]
        ]
    for item in report["media"]:
        lines.append(f"  + {Path(item['path']).name} ({item['kind']}) — alt text: {item['alt_text'] or '(none)'}")
    lines.append(f"Estimated cost: {pricing.format_usd(round(report['estimated_cost_usd'] * pricing.MICRO))}")
    if report["not_before"]:
        lines.append(f"Sends at {datetime.fromisoformat(report['not_before']).astimezone():%a %d %b %H:%M}")
    return "\n".join(lines)


def _money(micro: int) -> str:
    """`$1.20` from ten cents up in whole cents (as the composer says it), else `$0.015`."""
    return f"${micro / pricing.MICRO:,.2f}" if micro % 10_000 == 0 and micro >= 100_000 else pricing.format_usd(micro)


def _confirmed(report: dict[str, Any], limits: Limits, inp: TextIO, err: TextIO, *, text_from_stdin: bool) -> bool:
    """Above the confirmation threshold: the estimate first, then the question on a terminal; elsewhere (a
    script, or the text read from standard input) the answer is no, and how to say yes."""
    cost, above = _money(round(report["estimated_cost_usd"] * pricing.MICRO)), _money(limits.confirm_above_micro)
    count = len(report["parts"])
    what = "This post" if count == 1 else f"This thread of {count} posts"
    err.write(_human(report) + "\n")
    err.write(f"exec-desk post: {what} is estimated at {cost}, above your confirmation threshold of {above}.\n")
    if interactive(inp, text_from_stdin):
        err.write(f"Queue it for {cost}? [y/N] ")
        err.flush()
        if inp.readline().strip().lower() in ("y", "yes"):
            return True
        err.write("exec-desk post: nothing was queued.\n")
        return False
    err.write("exec-desk post: nothing was queued; add --yes to queue it (or raise confirm_cost_usd).\n")
    return False


def nudge_running_app(paths: Paths) -> bool:
    """Tell a running Exec Desk that its outbox has a new item (its sender picks it up at once). True when one runs
    on this profile: it took the nudge, or it holds the profile's lock but was too busy to answer (its sender reads
    the store within a minute anyway, `outbox.sender.LOOK_AGAIN`). False when none runs: the item waits in the
    store, safe, for the next start."""
    from exec_desk.services import instance

    guard = instance.SingleInstance(paths.runtime_dir, profile_dir=paths.data_dir)
    try:
        if guard.hand_over("outbox", wait=NUDGE_WAIT_S, timeout=NUDGE_TIMEOUT_S):
            return True
    except (instance.InstanceError, OSError):
        pass
    try:
        return guard.held_elsewhere()
    except OSError:
        return False


def similar_company_post(
    text: str, *, basedir: Path | None, account: str | None, now: datetime
) -> dict[str, Any] | None:
    """`{"id", "similarity"}` of the recent company post `text` repeats, or None. Opens the profile's database only
    when the settings name company accounts and the database exists (a dry run stays free of SQLite otherwise)."""
    from exec_desk.storage.paths import Paths
    from exec_desk.storage.settings import ACTIVE_ACCOUNT, COMPANY_ACCOUNTS, Settings

    paths = Paths.resolve(basedir)
    settings = Settings(paths.settings_file)
    if not settings.value(COMPANY_ACCOUNTS) or not paths.database_file.is_file():
        return None
    from exec_desk.services.profile import open_profile
    from exec_desk.services.radar.views import similar_company_post as similar

    with open_profile(paths) as profile:
        keys = [a.key for a in profile.store.accounts.all()]
        key = account or settings.value(ACTIVE_ACCOUNT)
        key = key if key in keys else (keys[0] if len(keys) == 1 else "")
        found = similar(profile.store, key, settings, text, now) if key else None
    return None if found is None else {"id": found.post.id, "similarity": found.similarity}


def _queue(
    post: compose.ComposedPost, *, basedir: Path | None, account: str | None, now: datetime
) -> tuple[int, Paths]:
    """Put the post into the store's outbox; returns the outbox item id. Raises `InputError` without an account or
    when it repeats a post sent or queued (nothing queued)."""
    from exec_desk.services.outbox.duplicates import DuplicatePost, when_words
    from exec_desk.services.profile import NoAccountError, open_profile, queue_post
    from exec_desk.storage.paths import Paths
    from exec_desk.storage.settings import ACTIVE_ACCOUNT, Settings

    paths = Paths.resolve(basedir)
    paths.ensure()
    key = account or Settings(paths.settings_file).value(ACTIVE_ACCOUNT)
    with open_profile(paths) as profile:
        try:
            return queue_post(profile, key, post, now), paths
        except NoAccountError as exc:
            raise InputError(str(exc)) from None
        except DuplicatePost as exc:
            raise InputError(exc.duplicate.words(when_words(exc.duplicate.not_before, now))) from None


def _audit(
    basedir: Path | None,
    event: str,
    now: datetime,
    text: str,
    account: str | None,
    hold: Hold,
    press_release: str | None = None,
    item_id: int | None = None,
) -> None:
    """A held post refused, or one confirmed and queued, in the audit log (a failure to write it is said)."""
    from exec_desk.services.profile import open_profile
    from exec_desk.storage.paths import Paths

    detail = {"text": text, "words": list(hold.words), "until": hold.until.isoformat(), "outbox_id": item_id}
    try:
        paths = Paths.resolve(basedir)
        paths.ensure()
        with open_profile(paths) as profile:
            profile.store.audit.append(
                event,
                at=now,
                account=account or "",
                actor="exec-desk post",
                reason=str(hold.reason),
                link=press_release or "",
                detail=detail,
            )
    except Exception as exc:  # the store: said, not a traceback
        sys.stderr.write(f"exec-desk post: the audit log could not be written: {exc}\n")


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    clock: Clock | None = None,
    notify: Callable[[Paths], object] = nudge_running_app,
) -> int:
    """Run `exec-desk post`; 0 when done, 2 on bad input (nothing queued), 1 when the store fails."""
    out, err, inp = stdout or sys.stdout, stderr or sys.stderr, stdin or sys.stdin
    now = (clock or (lambda: datetime.now().astimezone()))()
    args = build_parser().parse_args(argv)
    limits = Limits.of(args.basedir, now)
    if args.batch:
        checker = compose.PostChecker()
        for text in inp.read().split("\0"):
            report = assess(text, thread=args.thread, checker=checker, limits=limits).report
            out.write(json.dumps(report, ensure_ascii=False) + "\n")
        return 0
    try:
        text = read_stdin(inp) if args.text == "-" else (args.text or "")
        values = [("The text", text), ("--in", args.delay), ("--at", args.at), ("--account", args.account)]
        values += [(f"--media {i + 1}", m.path) for i, m in enumerate(args.media)]
        check_unicode(values + [(f"--alt {i + 1}", m.alt) for i, m in enumerate(args.media)])
        not_before = None
        if args.delay:
            not_before = now + parse_delay(args.delay)
        elif args.at:
            not_before = parse_at(args.at, now)
    except ValueError as exc:  # InputError too: one line, no traceback
        err.write(f"exec-desk post: {exc}\n")
        return BAD_INPUT
    result = assess(
        text,
        thread=args.thread,
        media_args=args.media,
        not_before=not_before,
        limits=limits,
        now=now,
        press_release=args.press_release,
    )
    if args.dry_run and text.strip():
        try:
            similar = similar_company_post(text, basedir=args.basedir, account=args.account, now=now)
        except Exception as exc:  # the store: the check is advice, the dry run still answers
            err.write(f"exec-desk post: could not compare with the company's posts: {exc}\n")
            similar = None
        result.report["similar_company_post"] = similar
    if args.dry_run:
        out.write((json.dumps(result.report, ensure_ascii=False) if args.json else _human(result.report)) + "\n")
    for problem in result.problems:
        err.write(f"exec-desk post: {problem}\n")
    if result.problems or result.post is None:
        return BAD_INPUT
    if args.dry_run:
        return 0
    if result.hold is not None and args.press_release is None:
        err.write(f"exec-desk post: held: {result.hold.reason}\n")
        err.write(
            "exec-desk post: nothing was queued; once the press release is out, put its address first in the post "
            "and add --press-release URL.\n"
        )
        _audit(args.basedir, "held", now, text, args.account, result.hold)
        return BAD_INPUT
    costly = limits.needs_confirmation(result.post.estimated_cost_micro) and not args.yes
    if costly and not _confirmed(result.report, limits, inp, err, text_from_stdin=args.text == "-"):
        return BAD_INPUT
    for a in result.attachments:
        if not a.alt_text:
            err.write(f"exec-desk post: note: {a.name} has no description (alt text); add one with --alt.\n")
    try:
        item_id, paths = _queue(result.post, basedir=args.basedir, account=args.account, now=now)
    except InputError as exc:
        err.write(f"exec-desk post: {exc}\n")
        return BAD_INPUT
    except Exception as exc:  # the store: a plain message, not a traceback
        from exec_desk.cli.profile import newer_schema_exit
        from exec_desk.services.profile import NewerSchemaError

        if isinstance(exc, NewerSchemaError):  # the same words and status as every other command
            return newer_schema_exit(exc, err)
        err.write(f"exec-desk post: the post could not be queued: {exc}\n")
        return FAILED
    if result.hold is not None:
        _audit(args.basedir, "confirmed", now, text, args.account, result.hold, args.press_release, item_id)
    running = bool(notify(paths))
    when = "now" if not_before is None else f"at {not_before.astimezone():%H:%M} ({not_before.astimezone():%a %d %b})"
    if args.json:
        out.write(
            json.dumps(
                {
                    "queued": item_id,
                    "not_before": None if not_before is None else not_before.isoformat(),
                    "parts": list(result.post.parts),
                    "app_running": running,
                }
            )
            + "\n"
        )
    else:
        count = len(result.post.parts)
        what = "the post" if count == 1 else f"the thread ({count} posts)"
        where = "Exec Desk sends it" if running else "Exec Desk sends it when it runs"
        out.write(f"Queued {what}, to be sent {when}. {where}; the outbox shows it and can undo it until then.\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
