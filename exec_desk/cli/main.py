"""The `exec-desk` command line. Imports nothing heavy (Qt, tweepy, keyring) until a command needs it.

`exec-desk`, `exec-desk session` and `exec-desk compose` first try to hand their request ("show", "session",
"compose") to the Exec Desk already running for this profile, over its local socket, before any Qt is imported:
bound to a desktop-wide shortcut, `exec-desk compose` answers in tens of milliseconds. With none running they start
the app, which then opens the session or the composer.

`exec-desk post ...` is `exec_desk.cli.post` (check a post or thread, queue it into the outbox and nudge the running
app's sender); everything after `post` is its own arguments, and `--basedir` given before `post` is passed on. Its
`--dry-run` path imports no Qt, tweepy, requests or keyring.

`exec-desk signin` (`exec_desk.cli.signin`) adds an X account; `exec-desk doctor` (`exec_desk.cli.doctor`) checks
the set-up X requires and tests the connection; `exec-desk gaps` (`exec_desk.cli.gaps`) prints a day's calendar
gaps; `exec-desk config` (`exec_desk.cli.config`) lists, reads and changes the settings; `exec-desk deck`
(`exec_desk.cli.deck`) lists, approves and rejects the team's proposals; `exec-desk audit` (`exec_desk.cli.audit`)
prints the audit log; `exec-desk queue`,
`radar` and `stats` (`exec_desk.cli.views`) show the next session's queue, the radar and the week; `exec-desk spend`
(`exec_desk.cli.spend`) prints a month of API spend from the local ledger.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from exec_desk import __version__

if TYPE_CHECKING:
    from exec_desk.app.run import Extension

STARTED = time.monotonic()
#: The default sign-in port (`exec_desk.core.callback.DEFAULT_REDIRECT_PORT`, repeated here to keep start-up lean;
#: a test checks that they agree).
DEFAULT_PORT = 17823
SIGNIN_EPILOG = f"""\
Two ways to sign in:

1. OAuth 2.0 in the browser (recommended), through your own X developer app or your company's.
   In the X Developer Console (console.x.com):
   - put the app in the Pay-per-use package and its Production environment, with credits;
   - User authentication settings: App permissions "Read and write"; Type of App "Native App" (a public
     client: the Client ID is enough), or "Web App" / "Automated App or Bot" (a confidential client: give
     its client secret with --client-secret-stdin); Callback URI / Redirect URL, exactly:
         http://127.0.0.1:{DEFAULT_PORT}/callback
     (X compares it character for character; with --redirect-port N register http://127.0.0.1:N/callback);
   - copy the OAuth 2.0 Client ID from "Keys and tokens", then run:
         exec-desk signin --client-id ID
   Your browser opens X's consent page; approve Exec Desk and X sends the browser back to this computer
   (127.0.0.1:{DEFAULT_PORT}). --print-url prints that address instead of opening a browser. --paste is for a
   machine whose browser cannot reach this one's 127.0.0.1: open the address anywhere, then paste the address
   the browser ended on (or just its code) within 30 seconds. If X shows "Something went wrong - You weren't
   able to give access to the App", the callback URL registered on the app is not exactly the one above.
   When IT installed a deployment file (/etc/xdg/exec-desk/deployment.json), `exec-desk signin` alone signs
   in through the company's app.

2. OAuth 1.0a keys: `exec-desk signin --oauth1` reads four lines on standard input: the API key (consumer
   key), the API key secret, the access token and the access token secret, from the app's "Keys and tokens"
   page (generated with the permissions "Read and write").

Tokens, keys and a client secret are kept only in the system keyring. --app-owner tells Exec Desk that you own
the developer app: X then bills reads of your own posts, mentions and lists at $0.001 instead of $0.005 (the
default is: not the owner). `exec-desk doctor` checks all of this and tests the connection.
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="exec-desk", description="Five spare minutes of useful presence on X, from the system tray."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--basedir", type=Path, help="keep all config, data, cache and logs under DIR")
    parser.add_argument("--api-url", help="X API base URL (fake server, proxy or gateway)")
    parser.add_argument("--demo", action="store_true", help="run on the built-in fake X server (no account needed)")
    parser.add_argument("--exit-when-ready", action="store_true", help="start fully, print 'ready in N ms', quit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("run", help="start the tray app (the default), or show the running one")
    sub.add_parser("session", help="open a review session (in the running Exec Desk, or start it)")
    sub.add_parser("compose", help="write a post (in the running Exec Desk, or start it)")
    sub.add_parser("post", help="check a post or thread and queue it (see `exec-desk post --help`)", add_help=False)

    signin = sub.add_parser(
        "signin",
        help="add an X account (OAuth 2.0 in the browser, or OAuth 1.0a keys)",
        description="Add an X account to Exec Desk.",
        epilog=SIGNIN_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    how = signin.add_mutually_exclusive_group()
    how.add_argument("--client-id", help="OAuth 2.0 Client ID of your X developer app (default: the company's)")
    how.add_argument("--oauth1", action="store_true", help="read OAuth 1.0a keys from standard input")
    signin.add_argument(
        "--client-secret-stdin",
        action="store_true",
        help="read the client secret of a confidential app (Web App, Automated App or Bot) from standard input "
        "(asked without echo on a terminal)",
    )
    signin.add_argument(
        "--redirect-port",
        type=int,
        metavar="N",
        help=f"port of the callback http://127.0.0.1:N/callback registered on the app (default {DEFAULT_PORT}, "
        "or the setting redirect_port)",
    )
    shown = signin.add_mutually_exclusive_group()
    shown.add_argument("--print-url", action="store_true", help="print X's consent address, open no browser")
    shown.add_argument("--no-browser", action="store_true", help=argparse.SUPPRESS)  # the old name of --print-url
    shown.add_argument(
        "--paste", action="store_true", help="paste the address the browser ended on (no listener on 127.0.0.1)"
    )
    signin.add_argument("--app-owner", action="store_true", help="you own the X developer app (owned-read prices)")
    signin.add_argument("--api-url", default=argparse.SUPPRESS, help="X API base URL (fake server, proxy, gateway)")

    doctor = sub.add_parser(
        "doctor",
        help="check the set-up X requires and test the connection",
        description="Check what X requires (developer account, app type, callback URL, pay-per-use enrolment, "
        "permissions) and test the connection with one call to GET /2/users/me (a user read, $0.010 once a day).",
    )
    doctor.add_argument("--json", action="store_true", help="print the result as JSON (see README)")
    doctor.add_argument("--client-id", help="check the callback of this client id (default: the account's)")
    doctor.add_argument("--redirect-port", type=int, metavar="N", help="check http://127.0.0.1:N/callback")
    doctor.add_argument("--api-url", default=argparse.SUPPRESS, help="X API base URL (fake server, proxy, gateway)")

    gaps = sub.add_parser(
        "gaps",
        help="a day's busy blocks, free gaps and proposed sessions, from your calendar",
        description="Read your calendar (read only) and print a day's busy blocks (merged), its free gaps within "
        "working hours and the sessions proposed in them.",
    )
    gaps.add_argument("--json", action="store_true", help='print {"busy": ..., "free": ..., "proposals": ...}')
    gaps.add_argument("--date", metavar="YYYY-MM-DD", help="the day (default: today)")
    gaps.add_argument("--calendar", metavar="FILE|URL", help="an .ics file or address (default: the setting)")
    gaps.add_argument("--caldav", action="store_true", help="--calendar is a CalDAV calendar's address")
    gaps.add_argument(
        "--caldav-password",
        action="store_true",
        help="read the CalDAV password of calendar_username from standard input and keep it in the system keyring",
    )

    queue = sub.add_parser(
        "queue",
        help="the next session's queue, in its order, with why each post is there (nothing is marked read)",
        description="Read the local store and print the queue the next session would show. --fetch first reads "
        "every source once, as a session would, and says what it cost.",
    )
    queue.add_argument("--json", action="store_true", help='print {"items": [...]} (see README)')
    queue.add_argument("--limit", type=int, metavar="N", help="at most N posts (default: the session_cap setting)")
    queue.add_argument("--fetch", action="store_true", help="read every source from X first (costs money)")
    radar = sub.add_parser(
        "radar",
        help="spikes of the last hour and mentions waiting for an answer",
        description="Read the local store and print the radar's spikes and the open response clocks. --fetch "
        "first reads every source once and says what it cost.",
    )
    radar.add_argument("--json", action="store_true", help='print {"spikes": [...], "clocks": [...]} (see README)')
    radar.add_argument("--fetch", action="store_true", help="read every source from X first (costs money)")
    stats = sub.add_parser(
        "stats",
        help="your week along the path: sessions, minutes, posts read, amplified, written, the mix, the stage",
        description="The week's figures from the local store (no X call).",
    )
    stats.add_argument("--week", action="store_true", required=True, help="the week (Monday to Sunday)")
    shape = stats.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help="print one JSON object (see README)")
    shape.add_argument("--csv", action="store_true", help="print a row a day and the week's total")
    stats.add_argument("--date", metavar="YYYY-MM-DD", help="a day of the week (default: today)")
    spend = sub.add_parser(
        "spend",
        help="a month of X API spend, by day and by kind of call, against the budget (local ledger, no X call)",
        description="What the API-cost ledger recorded for a month (UTC days, as X bills), against the "
        "monthly_budget_usd setting: the total, by kind of call and by day. Reads the local database only.",
    )
    spend.add_argument("--month", metavar="YYYY-MM", help="the month (default: the current one, in UTC)")
    spend.add_argument("--account", metavar="KEY", help="the account (default: the one Exec Desk uses)")
    spend_shape = spend.add_mutually_exclusive_group()
    spend_shape.add_argument("--json", action="store_true", help="print one JSON object (see README)")
    spend_shape.add_argument("--csv", action="store_true", help="print CSV: date,kind,calls,usd (see README)")

    config = sub.add_parser(
        "config",
        help="list, read or change the settings (checked as the settings dialog checks them)",
        description="Every declared setting. A bad value is refused (exit status 2) and nothing is saved; a good "
        "one is saved, and the running Exec Desk uses it at once.",
    )
    actions = config.add_subparsers(dest="action", metavar="ACTION", required=True)
    listed = actions.add_parser("list", help="every setting and its value")
    listed.add_argument("--json", action="store_true", help="name, value, default, type, description of each")
    got = actions.add_parser("get", help="the value of one setting")
    got.add_argument("name", metavar="NAME")
    got.add_argument("--json", action="store_true", help="name, value, default, type, description")
    changed = actions.add_parser("set", help="change a setting")
    changed.add_argument("name", metavar="NAME")
    changed.add_argument("value", metavar="VALUE")
    reset = actions.add_parser("unset", help="back to the default")
    reset.add_argument("name", metavar="NAME")
    decks = sub.add_parser(
        "deck",
        help="the team's proposals: list them, approve or reject one",
        description="The approval deck: the proposals your team drops in the deck folder (deck_folder) and the "
        "articles of your feeds. Decisions are written beside the proposals and logged (exec-desk audit).",
    )
    decks.add_argument("--json", action="store_true", help="print the deck as JSON (see README)")
    verbs = decks.add_subparsers(dest="action", metavar="ACTION")
    for verb, words in (("approve", "queue its post (after the cool-off)"), ("reject", "turn it down")):
        decided = verbs.add_parser(verb, help=words)
        decided.add_argument("proposal", metavar="ID", help="the proposal's id (its file name without extension)")
        decided.add_argument("--reason", metavar="TEXT", help="why (written in the decision and the audit log)")
        if verb == "approve":
            decided.add_argument(
                "--press-release",
                metavar="URL",
                help="confirm a post held by a quiet period: the official press release, already out, which must "
                "be the first link of its first post",
            )
    audit = sub.add_parser(
        "audit",
        help="the audit log: proposed, approved, edited, rejected, held, confirmed, sent",
        description="The local, append-only audit log of the deck and of posts held in a quiet period.",
    )
    audit.add_argument("--csv", action="store_true", help="print it as CSV (see README)")
    return parser


#: Command → request handed to the running instance.
LAUNCHES = {"run": "show", "session": "session", "compose": "compose"}
#: How long to wait for an instance that holds the lock but does not listen yet (it is starting).
STARTING_WAIT = 15.0


def _launch(args: argparse.Namespace, request: str, extensions: Sequence[Extension]) -> int:
    from exec_desk.services.instance import InstanceError, SingleInstance
    from exec_desk.storage.paths import Paths

    paths = Paths.resolve(args.basedir)
    instance = SingleInstance(paths.runtime_dir, profile_dir=paths.data_dir)
    try:
        if not args.exit_when_ready and instance.hand_over(request):
            return 0
        from exec_desk.cli.profile import refuse_newer_schema

        refused = refuse_newer_schema(paths)
        if refused is not None:
            return refused
        if not instance.acquire():
            if args.exit_when_ready:
                print("exec-desk: Exec Desk is already running with this profile.", file=sys.stderr)
                return 1
            if instance.hand_over(request, wait=STARTING_WAIT):
                return 0
            if not instance.acquire():  # the other one was not starting but quitting: then it is gone
                print("exec-desk: another Exec Desk is starting but does not answer; try again.", file=sys.stderr)
                return 1
    except InstanceError as exc:
        print(f"exec-desk: {exc}", file=sys.stderr)
        return 1
    from exec_desk.app.pyside import lighten_feature_check

    lighten_feature_check()  # before the app imports its ~300 modules, each of which PySide6 looks at
    from exec_desk.app.run import run_app

    try:
        return run_app(
            basedir=args.basedir,
            api_url=args.api_url,
            demo=args.demo,
            exit_when_ready=args.exit_when_ready,
            started=STARTED,
            instance=instance,
            request=request,
            extensions=extensions,
        )
    finally:
        instance.close()


#: Options of the main parser that take a value (to find where the command starts).
_VALUED = ("--basedir", "--api-url")


def _post_arguments(argv: Sequence[str]) -> tuple[list[str], list[str]] | None:
    """(arguments before `post`, arguments after it) when the command is `post`, else None."""
    index = 0
    while index < len(argv):
        token = argv[index]
        if token == "post":
            return list(argv[:index]), list(argv[index + 1 :])
        if not token.startswith("-"):
            return None  # another command
        index += 2 if token in _VALUED else 1
    return None


def _post(before: list[str], after: list[str]) -> int:
    from exec_desk.cli.post import main as post_main

    args = _parser().parse_args(before)
    passed_on = ["--basedir", str(args.basedir)] if args.basedir and "--basedir" not in after else []
    return post_main([*after, *passed_on])


def main(argv: Sequence[str] | None = None, *, extensions: Sequence[Extension] = ()) -> int:
    """Run the `exec-desk` command; `extensions` go to the app if it starts (tests' probes; the product has none)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    post = _post_arguments(arguments)
    if post is not None:
        return _post(*post)
    args = _parser().parse_args(arguments)
    command = args.command or "run"
    if command in LAUNCHES:
        return _launch(args, LAUNCHES[command], extensions)
    if command == "signin":
        from exec_desk.cli.signin import sign_in

        return sign_in(
            basedir=args.basedir,
            api_url=args.api_url,
            client_id=args.client_id,
            oauth1=args.oauth1,
            open_browser=not (args.print_url or args.no_browser),
            redirect_port=args.redirect_port,
            client_secret=args.client_secret_stdin,
            paste=args.paste,
            app_owner=args.app_owner,
        )
    if command == "doctor":
        from exec_desk.cli.doctor import doctor

        return doctor(
            basedir=args.basedir,
            api_url=args.api_url,
            client_id=args.client_id,
            redirect_port=args.redirect_port,
            as_json=args.json,
        )
    if command == "gaps":
        from exec_desk.cli.gaps import gaps

        return gaps(
            basedir=args.basedir,
            day=args.date,
            calendar=args.calendar,
            caldav=args.caldav,
            as_json=args.json,
            save_password=args.caldav_password,
        )
    if command in ("queue", "radar"):
        from exec_desk.cli import views

        return views.view(
            command,
            basedir=args.basedir,
            api_url=args.api_url,
            as_json=args.json,
            limit=getattr(args, "limit", None),
            fetch=args.fetch,
        )
    if command == "stats":
        from exec_desk.cli import views

        return views.stats(basedir=args.basedir, day=args.date, as_json=args.json, as_csv=args.csv)
    if command == "spend":
        from exec_desk.cli.spend import spend as print_spend

        return print_spend(
            basedir=args.basedir, month=args.month, account=args.account, as_json=args.json, as_csv=args.csv
        )
    if command == "config":
        from exec_desk.cli.config import config

        return config(
            basedir=args.basedir,
            action=args.action,
            name=getattr(args, "name", None),
            value=getattr(args, "value", None),
            as_json=getattr(args, "json", False),
        )
    if command == "deck":
        from exec_desk.cli.deck import deck

        return deck(
            basedir=args.basedir,
            action=args.action,
            proposal=getattr(args, "proposal", None),
            reason=getattr(args, "reason", None),
            press_release=getattr(args, "press_release", None),
            as_json=args.json,
        )
    if command == "audit":
        from exec_desk.cli.audit import audit

        return audit(basedir=args.basedir, as_csv=args.csv)
    print(f"exec-desk: unknown command {command!r}", file=sys.stderr)
    return 2
