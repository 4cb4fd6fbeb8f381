"""`python -m exec_desk.fakex` prints one JSON line of credentials, serves, and exits cleanly on SIGTERM."""

from __future__ import annotations

import json
import signal
import subprocess
import sys

import pytest
import requests

from tests.support.places import ROOT


@pytest.mark.parametrize("module", ["exec_desk.fakex", "exec_desk.fakex"])
def test_standalone_server_prints_its_credentials_and_serves(module: str) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", module, "--port", "0", "--seed", "4"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        creds = json.loads(line)
        assert set(creds) >= {"base_url", "user_id", "oauth2_access_token", "client_id", "oauth1"}
        assert set(creds["oauth1"]) == {"consumer_key", "consumer_secret", "access_token", "access_token_secret"}
        assert creds["base_url"].startswith("http://127.0.0.1:")
        with requests.Session() as session:
            session.headers["Authorization"] = f"Bearer {creds['oauth2_access_token']}"
            me = session.get(creds["base_url"] + "/2/users/me", timeout=10)
        assert me.json()["data"]["id"] == creds["user_id"]
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def test_standalone_server_takes_its_registered_callbacks() -> None:
    first, second = "http://127.0.0.1:18000/callback", "http://127.0.0.1:18001/callback"
    process = subprocess.Popen(
        [sys.executable, "-m", "exec_desk.fakex", "--port", "0", "--callback", first, "--callback", second],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        creds = json.loads(process.stdout.readline())
        assert creds["callbacks"] == [first, second]  # they replace the default http://127.0.0.1:17823/callback
        assert set(creds["clients"]) == {"confidential", "not_enrolled"}
        assert creds["clients"]["confidential"]["client_secret"]
        assert {"base_url", "client_id", "oauth2_access_token", "oauth1", "user_id"} <= set(creds)  # kept as they were
        query = {"client_id": creds["client_id"], "redirect_uri": "http://127.0.0.1:17823/callback"}
        with requests.Session() as session:
            page = session.get(creds["base_url"] + "/i/oauth2/authorize", params=query, allow_redirects=False)
        assert page.status_code == 400 and "You weren't able to give access to the App" in page.text
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def test_standalone_server_refuses_a_callback_x_would_not_register() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "exec_desk.fakex", "--callback", "javascript:alert(1)"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2 and "not a callback URL" in result.stderr and result.stdout == ""
