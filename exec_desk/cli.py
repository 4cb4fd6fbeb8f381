"""The `exec-desk` command line. Imports nothing heavy (Qt, tweepy, keyring) until a command needs it.

`exec-desk`, `exec-desk session` and `exec-desk compose` first try to hand their request ("show", "session",
"compose") to the Exec Desk already running for this profile, over its local socket, before any Qt is imported:
bound to a desktop-wide shortcut, `exec-desk compose` answers in tens of milliseconds. With none running they start
the app, which then opens the session or the composer.

`exec-desk post ...` is `exec_desk.post_cli` (check a post or thread, queue it into the outbox and nudge the running
app's sender); everything after `post` is its own arguments, and `--basedir` given before `post` is passed on. Its
`--dry-run` path imports no Qt, tweepy, requests or keyring.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from exec_desk import __version__

STARTED = time.monotonic()


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

    signin = sub.add_parser("signin", help="add an X account (OAuth 2.0 PKCE, or OAuth 1.0a keys)")
    how = signin.add_mutually_exclusive_group(required=True)
    how.add_argument("--client-id", help="client id of your own X developer app (OAuth 2.0 PKCE)")
    how.add_argument("--oauth1", action="store_true", help="read OAuth 1.0a keys from standard input")
    signin.add_argument("--no-browser", action="store_true", help="print the authorization URL instead")
    return parser


#: Command → request handed to the running instance.
LAUNCHES = {"run": "show", "session": "session", "compose": "compose"}
#: How long to wait for an instance that holds the lock but does not listen yet (it is starting).
STARTING_WAIT = 15.0


def _launch(args: argparse.Namespace, request: str) -> int:
    from exec_desk.services.instance import InstanceError, SingleInstance
    from exec_desk.storage.paths import Paths

    paths = Paths.resolve(args.basedir)
    instance = SingleInstance(paths.runtime_dir, profile_dir=paths.data_dir)
    try:
        if not args.exit_when_ready and instance.hand_over(request):
            return 0
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
    from exec_desk.ui.app_run import run_app

    try:
        return run_app(
            basedir=args.basedir,
            api_url=args.api_url,
            demo=args.demo,
            exit_when_ready=args.exit_when_ready,
            started=STARTED,
            instance=instance,
            request=request,
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
    from exec_desk.post_cli import main as post_main

    args = _parser().parse_args(before)
    passed_on = ["--basedir", str(args.basedir)] if args.basedir and "--basedir" not in after else []
    return post_main([*after, *passed_on])


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    post = _post_arguments(arguments)
    if post is not None:
        return _post(*post)
    args = _parser().parse_args(arguments)
    command = args.command or "run"
    if command in LAUNCHES:
        return _launch(args, LAUNCHES[command])
    if command == "signin":
        from exec_desk.signin_cli import sign_in

        return sign_in(
            basedir=args.basedir,
            api_url=args.api_url,
            client_id=args.client_id,
            oauth1=args.oauth1,
            open_browser=not args.no_browser,
        )
    print(f"exec-desk: unknown command {command!r}", file=sys.stderr)
    return 2
