"""`exec-desk doctor [--json]` against the strict fake X: who is signed in and what the call cost, and which item of
X's checklist a failure points to (an app not enrolled, a callback URL not registered, no account, no keyring).
The `--json` fields are a contract (README.md)."""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
import requests
from keyring.backends import SecretService, fail

from exec_desk.cli import doctor as doctor_cli
from exec_desk.cli import main as cli
from exec_desk.cli.doctor import doctor
from exec_desk.cli.signin import sign_in
from exec_desk.core.secrets import CredentialStore
from exec_desk.fakex.server import FakeXServer
from exec_desk.storage.credentials import KeyringCredentialStore
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.paths import Paths
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store
from tests.support.credentials import MemoryCredentialStore
from tests.support.places import ROOT
from tests.support.secret_service import SecretServiceSession
from tests.support.signed_in import sign_in_through

CHECK_IDS = ["developer_account", "app_type", "callback_url", "enrolment", "permissions", "sign_in", "connection"]


def _signed_in_through(fake_x: FakeXServer, base: Path, client_id: str, creds: CredentialStore) -> None:
    paths = Paths.resolve(base)
    paths.ensure()
    with Store(paths.database_file) as store:
        sign_in_through(fake_x, client_id, store=store, settings=Settings(paths.settings_file), credentials=creds)


def _doctor(
    base: Path, fake_x: FakeXServer, creds: CredentialStore, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, dict[str, Any]]:
    """`exec-desk --basedir BASE --api-url FAKE doctor --json ARGS`, with `creds` as the keyring."""
    argv = ["--basedir", str(base), "--api-url", fake_x.base_url, "doctor", "--json", *args]
    rc = _run_doctor(argv, creds)
    return rc, json.loads(capsys.readouterr().out)


def _run_doctor(argv: list[str], creds: CredentialStore) -> int:
    """The command line as it is, except that the keyring is `creds` (cli.main imports `doctor` when it runs)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(doctor_cli, "doctor", functools.partial(doctor, credentials=lambda: creds))
        return cli.main(argv)


def test_doctor_json_after_signin_reports_the_user_and_the_cost(
    secret_service: SecretServiceSession, fake_x: FakeXServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The whole path: `exec-desk signin`, then `exec-desk doctor --json` as a separate process, on the real keyring."""
    base = tmp_path / "home"
    store = KeyringCredentialStore(keyring_backend=SecretService.Keyring(), platform="linux")

    def browser(url: str) -> None:
        threading.Thread(target=requests.get, args=(url,), kwargs={"timeout": 10}, daemon=True).start()

    assert (
        sign_in(
            basedir=base,
            api_url=fake_x.base_url,
            client_id=fake_x.auth.client_id,
            oauth1=False,
            browser=browser,
            credentials=store,
        )
        == 0
    )
    capsys.readouterr()
    env = {
        **os.environ,
        "EXEC_DESK_API_URL": fake_x.base_url,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring",
    }
    result = subprocess.run(
        [sys.executable, "-m", "exec_desk", "--basedir", str(base), "doctor", "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr + result.stdout
    report = json.loads(result.stdout)
    assert set(report) == {"ok", "account", "api_base_url", "callback_url", "cost_usd", "checks", "failed"}
    assert report["ok"] is True and report["failed"] is None
    assert report["account"] == {"username": fake_x.world.user.username, "user_id": fake_x.user_id}
    assert report["callback_url"] == "http://127.0.0.1:17823/callback" and report["api_base_url"] == fake_x.base_url
    assert [c["id"] for c in report["checks"]] == CHECK_IDS
    assert all(set(c) == {"id", "title", "status", "detail"} for c in report["checks"])
    assert {c["id"]: c["status"] for c in report["checks"]} == dict.fromkeys(CHECK_IDS, "ok")
    # X bills a user read once per UTC day: the sign-in's own users/me paid it, this one cost nothing (the ledger's
    # record of the call says so), and the detail says why.
    assert report["cost_usd"] == 0.0
    with Store(Paths.resolve(base).database_file) as opened:
        calls = [c for c in Ledger(opened).calls(None, since=_epoch()) if c.op == "me"]
    assert [c.price_micro for c in calls] == [10_000, 0]
    connection = report["checks"][-1]["detail"]
    assert f"@{fake_x.world.user.username}" in connection and "$0.000" in connection and "$0.010" in connection


def _epoch() -> Any:
    from datetime import UTC, datetime

    return datetime(2000, 1, 1, tzinfo=UTC)


def test_the_first_call_of_the_day_costs_a_user_read(
    fake_x: FakeXServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    creds = MemoryCredentialStore()
    _signed_in_through(fake_x, tmp_path, fake_x.auth.client_id, creds)
    rc, report = _doctor(tmp_path, fake_x, creds, capsys)
    assert rc == 0 and report["ok"] and report["cost_usd"] == 0.01
    assert report["account"]["user_id"] == fake_x.user_id


def test_an_app_not_enrolled_names_the_enrolment_item(
    fake_x: FakeXServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    creds = MemoryCredentialStore()
    _signed_in_through(fake_x, tmp_path, fake_x.auth.not_enrolled.client_id, creds)
    rc, report = _doctor(tmp_path, fake_x, creds, capsys)
    assert rc == 1 and report["ok"] is False and report["failed"] == "enrolment"
    checks = {c["id"]: c for c in report["checks"]}
    assert checks["enrolment"]["status"] == "failed"
    assert "Pay-per-use package and its Production environment" in checks["enrolment"]["detail"]
    assert checks["connection"]["status"] == "failed" and "Pay-per-use package" in checks["connection"]["detail"]
    assert checks["developer_account"]["status"] == "unknown"
    assert report["cost_usd"] == 0.0  # a refused call is free


def test_a_callback_not_registered_names_the_callback_item(
    fake_x: FakeXServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_x.auth.callbacks = ("http://127.0.0.1:9/callback",)  # as if the app registered another URL
    rc, report = _doctor(tmp_path, fake_x, MemoryCredentialStore(), capsys, "--client-id", fake_x.auth.client_id)
    assert rc == 1 and report["failed"] == "callback_url"
    check = next(c for c in report["checks"] if c["id"] == "callback_url")
    assert check["status"] == "failed" and "http://127.0.0.1:17823/callback" in check["detail"]
    assert report["account"] is None and report["cost_usd"] is None  # nobody signed in: no call was made


def test_a_signed_in_account_whose_callback_changed_still_names_the_callback_item(
    fake_x: FakeXServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    creds = MemoryCredentialStore()
    _signed_in_through(fake_x, tmp_path, fake_x.auth.client_id, creds)
    fake_x.auth.callbacks = ("http://127.0.0.1:9000/callback",)  # IT registered another port since
    rc, report = _doctor(tmp_path, fake_x, creds, capsys)
    statuses = {c["id"]: c["status"] for c in report["checks"]}
    assert rc == 1 and report["failed"] == "callback_url" and statuses["connection"] == "ok"
    rc, other_port = _doctor(tmp_path, fake_x, creds, capsys, "--redirect-port", "9000")
    assert rc == 0 and other_port["ok"] and other_port["callback_url"] == "http://127.0.0.1:9000/callback"


def test_against_x_itself_the_callback_is_checked_at_sign_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc = _run_doctor(
        ["--basedir", str(tmp_path), "doctor", "--json", "--client-id", "abc"], MemoryCredentialStore()
    )  # no --api-url: X's own address; nothing is signed in, so nothing is sent
    report = json.loads(capsys.readouterr().out)
    check = next(c for c in report["checks"] if c["id"] == "callback_url")
    assert check["status"] == "unknown" and "Checked when you sign in" in check["detail"]
    assert rc == 1 and report["failed"] == "sign_in" and report["api_base_url"] == "https://api.x.com"


def test_without_a_keyring_the_sign_in_item_says_what_to_install(
    fake_x: FakeXServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _signed_in_through(fake_x, tmp_path, fake_x.auth.client_id, MemoryCredentialStore())
    broken = KeyringCredentialStore(keyring_backend=fail.Keyring(), platform="linux")
    rc, report = _doctor(tmp_path, fake_x, broken, capsys)
    check = next(c for c in report["checks"] if c["id"] == "sign_in")
    assert rc == 1 and report["failed"] == "sign_in" and "gnome-keyring" in check["detail"]


def test_the_plain_output_lists_the_items_and_what_to_fix_first(
    fake_x: FakeXServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    creds = MemoryCredentialStore()
    _signed_in_through(fake_x, tmp_path, fake_x.auth.not_enrolled.client_id, creds)
    rc = doctor(basedir=tmp_path, api_url=fake_x.base_url, credentials=lambda: creds)
    out = capsys.readouterr().out
    assert rc == 1
    assert "[FAILED] Pay-per-use package and Production environment" in out
    assert "[ok]     Callback URL registered exactly: http://127.0.0.1:17823/callback" in out
    assert out.rstrip().endswith("Fix first: Pay-per-use package and Production environment")
