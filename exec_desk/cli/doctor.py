"""`exec-desk doctor [--json]`: check the set-up X requires and test the connection with one cheap call.

The checklist and the call are `services.doctor`'s; this prints them, as lines for a person or as the JSON
contract of `DoctorReport.to_json` (see README.md). Exit status 0 when no item failed, 1 otherwise.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from exec_desk.cli.profile import newer_schema_exit, profile_paths
from exec_desk.core.pricing import format_usd
from exec_desk.core.secrets import CredentialStore
from exec_desk.services.accounts.doctor import FAILED, OK, DoctorReport, run_doctor
from exec_desk.services.profile import NewerSchemaError, open_profile
from exec_desk.storage.credentials import KeyringCredentialStore
from exec_desk.storage.deployment import load_deployment
from exec_desk.storage.logs import setup_logging
from exec_desk.storage.settings import Settings

_MARKS = {OK: "[ok]    ", FAILED: "[FAILED]", "unknown": "[?]     "}


def doctor(
    *,
    basedir: Path | None,
    api_url: str | None,
    client_id: str | None = None,
    redirect_port: int | None = None,
    as_json: bool = False,
    credentials: Callable[[], CredentialStore] = KeyringCredentialStore,
) -> int:
    """Run the checks and print them; 0 when nothing failed."""
    paths = profile_paths(basedir, create=True)
    if isinstance(paths, int):
        return paths
    setup_logging(paths.log_file)
    settings = Settings(paths.settings_file)
    deployment = load_deployment(paths)
    try:
        with open_profile(paths) as profile:
            report = run_doctor(
                store=profile.store,
                settings=settings,
                recorder=profile.ledger,
                credentials=credentials,
                deployment=deployment,
                api_url=api_url,
                client_id=client_id,
                redirect_port=redirect_port,
            )
    except NewerSchemaError as exc:
        return newer_schema_exit(exc)
    except ValueError as exc:
        print(f"exec-desk: {exc}", file=sys.stderr)
        return 2
    if as_json:
        print(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
    else:
        for problem in deployment.problems:
            print(f"exec-desk: {problem}", file=sys.stderr)
        _print(report)
    return 0 if report.ok else 1


def _print(report: DoctorReport) -> None:
    print(f"Exec Desk set-up check — X API {report.api_base_url}, callback URL {report.callback_url}")
    for check in report.checks:
        print(f"{_MARKS.get(check.status, check.status)} {check.title}\n           {check.detail}")
    if report.account is not None:
        cost = "no call was made" if report.cost_micro is None else f"this check cost {format_usd(report.cost_micro)}"
        print(f"Account: @{report.account[0]} (id {report.account[1]}); {cost}.")
    if report.failed is not None:
        failed = report.check(report.failed)
        print(f"Fix first: {failed.title}")
    else:
        print("Everything X requires is in place." if report.account else "Nothing failed.")
