"""The `exec-desk` command line. Imports nothing heavy (Qt, tweepy, keyring) until a command needs it."""

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
    sub.add_parser("run", help="start the tray app (the default)")

    signin = sub.add_parser("signin", help="add an X account (OAuth 2.0 PKCE, or OAuth 1.0a keys)")
    how = signin.add_mutually_exclusive_group(required=True)
    how.add_argument("--client-id", help="client id of your own X developer app (OAuth 2.0 PKCE)")
    how.add_argument("--oauth1", action="store_true", help="read OAuth 1.0a keys from standard input")
    signin.add_argument("--no-browser", action="store_true", help="print the authorization URL instead")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = args.command or "run"
    if command == "run":
        from exec_desk.app import run_app

        return run_app(
            basedir=args.basedir,
            api_url=args.api_url,
            demo=args.demo,
            exit_when_ready=args.exit_when_ready,
            started=STARTED,
        )
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
