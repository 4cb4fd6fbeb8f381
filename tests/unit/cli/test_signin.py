"""`exec-desk signin` against the strict fake X: --print-url, --paste (state checked, a bad paste asked again), a
confidential app's secret from standard input, the owner answer, the company's app from the deployment file, an
app not enrolled, a taken port, OAuth 1.0a keys sent to the configured address, a network failure said once, and
`--help` explaining both ways. Output is hooked line by line (no polling); the keyring is in memory."""

from __future__ import annotations

import io
import json
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from exec_desk.cli import main as cli
from exec_desk.cli import signin as signin_cli
from exec_desk.core.callback import DEFAULT_REDIRECT_PORT
from exec_desk.fakex.server import FakeXServer
from exec_desk.storage.paths import Paths
from exec_desk.storage.store import Store
from tests.support.credentials import MemoryCredentialStore
from tests.support.places import ROOT
from tests.support.ports import free_port, registered_port


class Lines(io.TextIOBase):
    """A standard input whose lines the test hands over while the command waits (`put`)."""

    def __init__(self) -> None:
        self.lines: queue.Queue[str] = queue.Queue()

    def put(self, line: str) -> None:
        self.lines.put(line)

    # typeshed's own text streams override _IOBase.readline (bytes) with str under this same ignore
    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
        return self.lines.get(timeout=20)

    def isatty(self) -> bool:
        return False


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> Iterator[queue.Queue[str]]:
    """What `exec-desk signin` says on standard output, one message at a time."""
    lines: queue.Queue[str] = queue.Queue()
    original = signin_cli._say

    def hooked(text: str) -> None:
        original(text)
        lines.put(text)

    monkeypatch.setattr(signin_cli, "_say", hooked)
    yield lines


def _url_in(lines: queue.Queue[str]) -> str:
    while True:
        text = lines.get(timeout=20)
        for word in text.split():
            if "/i/oauth2/authorize?" in word:
                return word


class Run:
    """`sign_in(...)` on a thread (it waits for X's answer); `result()` its exit status."""

    def __init__(self, **kwargs: Any) -> None:
        self._rc: list[int] = []
        self._thread = threading.Thread(target=lambda: self._rc.append(signin_cli.sign_in(**kwargs)), daemon=True)
        self._thread.start()

    def result(self) -> int:
        self._thread.join(30)
        assert not self._thread.is_alive()
        return self._rc[0]


def _accounts(base: Path) -> list[Any]:
    with Store(Paths.resolve(base).database_file) as store:
        return store.accounts.all()


def test_print_url_prints_the_address_and_waits_for_the_callback(
    fake_x: FakeXServer, tmp_path: Path, said: queue.Queue[str], capsys: pytest.CaptureFixture[str]
) -> None:
    port = registered_port(fake_x)
    creds = MemoryCredentialStore()
    run = Run(
        basedir=tmp_path,
        api_url=fake_x.base_url,
        client_id=fake_x.auth.client_id,
        oauth1=False,
        open_browser=False,
        browser=lambda url: pytest.fail("--print-url opens no browser"),
        credentials=creds,
        redirect_port=port,
    )
    url = _url_in(said)
    assert f"redirect_uri=http%3A%2F%2F127.0.0.1%3A{port}%2Fcallback" in url
    assert requests.get(url, timeout=10).status_code == 200  # the user's browser, redirected to the listener
    assert run.result() == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    assert f"must be registered exactly: http://127.0.0.1:{port}/callback" in out
    assert "Signed in as @" in out and "you do not own the X app" in out
    (account,) = _accounts(tmp_path)
    assert creds.get(account.key, "oauth2_access_token")


def test_paste_takes_the_address_the_browser_ended_on_and_checks_its_state(
    fake_x: FakeXServer, tmp_path: Path, said: queue.Queue[str], capsys: pytest.CaptureFixture[str]
) -> None:
    busy = free_port()
    fake_x.auth.callbacks = (*fake_x.auth.callbacks, f"http://127.0.0.1:{busy}/callback")
    stdin = Lines()
    run = Run(
        basedir=tmp_path,
        api_url=fake_x.base_url,
        client_id=fake_x.auth.client_id,
        oauth1=False,
        credentials=MemoryCredentialStore(),
        redirect_port=busy,
        paste=True,
        stdin=stdin,
        app_owner=True,
    )
    url = _url_in(said)
    ended_on = requests.get(url, allow_redirects=False, timeout=10).headers["location"]  # nothing listens there
    stdin.put(ended_on.replace("state=", "state=stale") + "\n")
    stdin.put(ended_on + "\n")
    assert run.result() == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    assert "belongs to another sign-in attempt" in out and "Paste it again" in out
    assert "within 30 seconds" in out and "you own the X app" in out
    (account,) = _accounts(tmp_path)
    assert account.app_owner


def test_paste_ended_without_an_address_is_a_cancellation(
    fake_x: FakeXServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc = signin_cli.sign_in(
        basedir=tmp_path,
        api_url=fake_x.base_url,
        client_id=fake_x.auth.client_id,
        oauth1=False,
        credentials=MemoryCredentialStore(),
        redirect_port=free_port(),
        paste=True,
        stdin=io.StringIO(""),
    )
    err = capsys.readouterr().err
    assert rc == 1 and "sign-in cancelled; nothing was saved." in err and "failed" not in err


def _browser(url: str) -> None:
    threading.Thread(target=requests.get, args=(url,), kwargs={"timeout": 10}, daemon=True).start()


def test_a_confidential_app_gives_its_secret_on_standard_input(
    fake_x: FakeXServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app = fake_x.auth.confidential
    creds = MemoryCredentialStore()
    rc = signin_cli.sign_in(
        basedir=tmp_path,
        api_url=fake_x.base_url,
        client_id=app.client_id,
        oauth1=False,
        browser=_browser,
        credentials=creds,
        redirect_port=registered_port(fake_x),
        client_secret=True,
        stdin=io.StringIO(f"{app.secret}\n"),
    )
    assert rc == 0, capsys.readouterr().err
    (account,) = _accounts(tmp_path)
    assert creds.get(account.key, "oauth2_client_secret") == app.secret


def _refused(fake_x: FakeXServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], **kwargs: Any) -> str:
    arguments: dict[str, Any] = {
        "basedir": tmp_path,
        "api_url": fake_x.base_url,
        "client_id": fake_x.auth.client_id,
        "oauth1": False,
        "browser": _browser,
        "credentials": MemoryCredentialStore(),
        **kwargs,
    }
    arguments.setdefault("redirect_port", registered_port(fake_x))
    assert signin_cli.sign_in(**arguments) == 1
    assert _accounts(tmp_path) == []
    return capsys.readouterr().err


def test_a_confidential_app_without_its_secret_is_explained(
    fake_x: FakeXServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = _refused(fake_x, tmp_path, capsys, client_id=fake_x.auth.confidential.client_id)
    assert "Web App or an Automated App or Bot" in err and "change the app's type to Native App" in err
    assert "(set-up item: App type: Native App" in err and "Nothing was saved." in err


def test_an_app_not_enrolled_is_explained(
    fake_x: FakeXServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = _refused(fake_x, tmp_path, capsys, client_id=fake_x.auth.not_enrolled.client_id)
    assert "not enrolled" in err and "Pay-per-use package and its Production environment" in err
    assert "(set-up item: Pay-per-use package and Production environment)" in err


def test_a_taken_port_is_named_with_how_to_pick_another(
    fake_x: FakeXServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        err = _refused(fake_x, tmp_path, capsys, redirect_port=port)
    assert f"Port {port} on this computer is used by another program" in err
    assert "--redirect-port N" in err and "http://127.0.0.1:N/callback" in err
    assert fake_x.log.calls() == []  # nothing was asked of X, no other port was tried


def test_without_a_client_id_or_a_deployment_file_it_says_what_to_give(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc = signin_cli.sign_in(
        basedir=tmp_path,
        api_url="http://127.0.0.1:9",
        client_id=None,
        oauth1=False,
        credentials=MemoryCredentialStore(),
    )
    assert rc == 1 and "--client-id ID" in capsys.readouterr().err


def test_the_companys_app_comes_from_the_deployment_file(
    fake_x: FakeXServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    port = registered_port(fake_x)
    system = tmp_path / "etc-xdg"
    (system / "exec-desk").mkdir(parents=True)
    deployment = {"client_id": fake_x.auth.client_id, "redirect_port": port, "api_base_url": fake_x.base_url}
    (system / "exec-desk" / "deployment.json").write_text(json.dumps(deployment))
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{tmp_path / 'nothing-here'}:{system}")
    opened: list[str] = []

    def browser(url: str) -> None:
        opened.append(url)
        _browser(url)

    rc = signin_cli.sign_in(
        basedir=tmp_path / "home",
        api_url=None,
        client_id=None,
        oauth1=False,
        browser=browser,
        credentials=MemoryCredentialStore(),
    )
    out = capsys.readouterr().out
    assert rc == 0, out
    assert "Signing in through your company's X app" in out
    assert opened[0].startswith(fake_x.base_url) and f"127.0.0.1%3A{port}%2Fcallback" in opened[0]
    (account,) = _accounts(tmp_path / "home")
    assert account.api_base_url == fake_x.base_url and not account.app_owner


OAUTH1 = ("consumer_key", "consumer_secret", "access_token", "access_token_secret")


def _keys(fake_x: FakeXServer) -> str:
    oauth1 = fake_x.credentials()["oauth1"]
    return "\n".join(oauth1[k] for k in OAUTH1) + "\n"


@pytest.mark.parametrize("where", ["setting", "environment"])
def test_oauth1_keys_go_to_the_configured_address(
    fake_x: FakeXServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    if where == "setting":
        paths = Paths.resolve(tmp_path)
        paths.ensure()
        paths.settings_file.write_text(json.dumps({"api_base_url": fake_x.base_url}))
    else:
        monkeypatch.setenv("EXEC_DESK_API_URL", fake_x.base_url)
    rc = signin_cli.sign_in(
        basedir=tmp_path,
        api_url=None,
        client_id=None,
        oauth1=True,
        credentials=MemoryCredentialStore(),
        stdin=io.StringIO(_keys(fake_x)),
    )
    assert rc == 0
    assert [(c.method, c.path, c.status) for c in fake_x.log.calls()] == [("GET", "/2/users/me", 200)]
    (account,) = _accounts(tmp_path)
    assert account.api_base_url == fake_x.base_url


def test_a_network_failure_is_said_once_without_promising_to_retry(
    fake_x: FakeXServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    closed = f"http://127.0.0.1:{free_port()}"
    rc = signin_cli.sign_in(
        basedir=tmp_path,
        api_url=closed,
        client_id=None,
        oauth1=True,
        credentials=MemoryCredentialStore(),
        stdin=io.StringIO(_keys(fake_x)),
    )
    err = capsys.readouterr().err
    assert rc == 1
    assert err.count(f"X could not be reached at {closed}") == 1 and "try again" not in err
    assert "Nothing was saved." in err and _accounts(tmp_path) == []


def test_the_command_line_passes_every_option(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    seen: dict[str, Any] = {}
    monkeypatch.setattr(signin_cli, "sign_in", lambda **kw: seen.update(kw) or 0)
    argv = ["--basedir", str(tmp_path), "signin", "--client-id", "cid", "--client-secret-stdin", "--redirect-port"]
    argv += ["18000", "--paste", "--app-owner", "--api-url", "http://127.0.0.1:9"]
    assert cli.main(argv) == 0
    assert seen == {
        "basedir": tmp_path,
        "api_url": "http://127.0.0.1:9",
        "client_id": "cid",
        "oauth1": False,
        "open_browser": True,
        "redirect_port": 18000,
        "client_secret": True,
        "paste": True,
        "app_owner": True,
    }
    assert cli.main(["--api-url", "http://127.0.0.1:8", "signin", "--print-url"]) == 0
    assert (seen["api_url"], seen["open_browser"], seen["client_id"]) == ("http://127.0.0.1:8", False, None)


def test_help_explains_both_ways_and_the_exact_callback() -> None:
    assert cli.DEFAULT_PORT == DEFAULT_REDIRECT_PORT
    result = subprocess.run(
        [sys.executable, "-m", "exec_desk", "signin", "--help"], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    text = result.stdout
    assert result.returncode == 0
    assert "http://127.0.0.1:17823/callback" in text and "Native App" in text and "--client-secret-stdin" in text
    assert "OAuth 1.0a keys" in text and "access token secret" in text and "--paste" in text
    assert "You weren't" in text and "deployment.json" in text and "exec-desk doctor" in text
