"""The XDG autostart entry: written, removed, idempotent, valid, under the base directory, with a quoted launcher."""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from exec_desk import DESKTOP_ID
from exec_desk.storage.autostart import (
    Autostart,
    default_command,
    exec_line,
    quote_exec_arg,
    supports_xdg_autostart,
)
from exec_desk.storage.paths import Paths


@pytest.fixture
def outside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """HOME and XDG_CONFIG_HOME point into a folder a base-dir run must never write to."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    return home


def _unescape_exec(value: str) -> list[str]:
    """Read an Exec value back as the Desktop Entry spec says: string escapes, then quoting, then `%%`."""
    string_escapes = {"\\": "\\", "s": " ", "n": "\n", "t": "\t", "r": "\r"}
    text, chars = "", iter(value)
    for char in chars:
        text += string_escapes[next(chars)] if char == "\\" else char
    args: list[str] = []
    current: str | None = None
    quoted, chars = False, iter(text)
    for char in chars:
        if quoted and char == "\\":
            escaped = next(chars)
            assert escaped in '"`$\\', f"{escaped!r} must not be escaped inside quotes"
            current = (current or "") + escaped
        elif char == '"':
            quoted, current = not quoted, current or ""
        elif char == " " and not quoted:
            if current is not None:
                args.append(current)
            current = None
        else:
            assert quoted or char not in "\"`$\\'><~|&;*?#()\t", f"reserved {char!r} outside quotes"
            current = (current or "") + char
    assert not quoted, "unbalanced quotes"
    if current is not None:
        args.append(current)
    return [arg.replace("%%", "%") for arg in args]


def test_enable_writes_a_valid_entry_under_the_base_dir(
    tmp_path: Path, outside: Path, tool: Callable[[str], str]
) -> None:
    paths = Paths.under(tmp_path / "profile")
    autostart = Autostart(paths.autostart_dir, command=["/opt/exec desk/bin/exec-desk"])
    assert autostart.path == tmp_path / "profile" / "autostart" / f"{DESKTOP_ID}.desktop"
    assert not autostart.is_enabled()

    assert autostart.enable() is True
    assert autostart.is_enabled()
    text = autostart.path.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == "[Desktop Entry]"
    assert 'Exec="/opt/exec desk/bin/exec-desk"' in lines
    assert "X-GNOME-Autostart-enabled=true" in lines
    assert f"Icon={DESKTOP_ID}" in lines
    assert stat.S_IMODE(autostart.path.stat().st_mode) == 0o644
    assert list(outside.rglob("*")) == [], "nothing written to the real home"

    result = subprocess.run([tool("desktop-file-validate"), str(autostart.path)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout


def test_enable_is_idempotent_and_disable_removes(tmp_path: Path) -> None:
    autostart = Autostart(tmp_path / "autostart", command=["exec-desk"])
    assert autostart.apply(True) is True
    inode, mtime = autostart.path.stat().st_ino, autostart.path.stat().st_mtime_ns
    assert autostart.apply(True) is False
    assert (autostart.path.stat().st_ino, autostart.path.stat().st_mtime_ns) == (inode, mtime), "untouched"
    assert sorted(p.name for p in autostart.directory.iterdir()) == [f"{DESKTOP_ID}.desktop"], "no temporary left"

    assert autostart.apply(False) is True
    assert not autostart.path.exists() and not autostart.is_enabled()
    assert autostart.apply(False) is False
    assert autostart.directory.is_dir(), "the shared autostart folder stays"


def test_enable_rewrites_a_stale_or_disabled_entry(tmp_path: Path) -> None:
    autostart = Autostart(tmp_path, command=["/new/exec-desk"])
    autostart.path.write_text("[Desktop Entry]\nType=Application\nExec=/old/exec-desk\nHidden=true\n")
    assert not autostart.is_enabled()
    assert autostart.enable() is True
    assert "Exec=/new/exec-desk" in autostart.path.read_text(encoding="utf-8").splitlines()
    assert autostart.is_enabled()


@pytest.mark.parametrize(
    ("extra", "enabled"),
    [("Hidden=true", False), ("X-GNOME-Autostart-enabled=false", False), ("Hidden=false", True), ("", True)],
)
def test_is_enabled_reads_what_the_desktop_reads(tmp_path: Path, extra: str, enabled: bool) -> None:
    autostart = Autostart(tmp_path)
    autostart.path.write_text(
        f"# note\n[Desktop Entry]\nType=Application\nExec=exec-desk\n{extra}\n[Other]\nHidden=true\n"
    )
    assert autostart.is_enabled() is enabled


def test_autostart_dir_follows_xdg_config_home_without_a_base_dir(
    tmp_path: Path, outside: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert Paths.resolve(env={}).autostart_dir == outside / "xdg-config" / "autostart"
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/config")  # invalid per the XDG rules: ignored
    assert Paths.resolve(env={}).autostart_dir == outside / ".config" / "autostart"
    monkeypatch.delenv("XDG_CONFIG_HOME")
    assert Paths.resolve(env={}).autostart_dir == outside / ".config" / "autostart"
    assert Paths.resolve(env={"EXEC_DESK_HOME": str(tmp_path / "env")}).autostart_dir == tmp_path / "env" / "autostart"
    assert Paths.resolve(tmp_path / "base").autostart_dir == tmp_path / "base" / "autostart"
    isolated = Paths.resolve(tmp_path / "b")
    isolated.ensure()
    assert not isolated.autostart_dir.exists(), "made only when an entry is written"


def test_default_command_prefers_frozen_then_console_script_then_python() -> None:
    assert default_command(frozen=True, executable="/app/exec-desk", which=lambda _: "/x") == ["/app/exec-desk"]
    assert default_command(frozen=False, executable="/py", which={"exec-desk": "/bin/exec-desk"}.get) == [
        "/bin/exec-desk"
    ]
    assert default_command(frozen=False, executable="/v env/python", which=lambda _: None) == [
        "/v env/python",
        "-m",
        "exec_desk",
    ]
    relative = default_command(frozen=False, executable="/py", which=lambda _: "bin/exec-desk")
    assert relative == [os.path.abspath("bin/exec-desk")]


def test_default_command_is_what_this_process_would_run() -> None:
    command = Autostart(Path("unused")).command()
    assert os.path.isabs(command[0])
    assert command[1:] in ([], ["-m", "exec_desk"])


@pytest.mark.parametrize(
    "arg",
    ["plain", "with space", 'say "hi"', "back\\slash", "$HOME", "`cmd`", "100%", "it's", "a;b|c&d", "ünï"],
)
def test_exec_quoting_round_trips(arg: str) -> None:
    line = exec_line(["/usr/bin/exec desk", arg, "--basedir", "/tmp/x y"])
    assert _unescape_exec(line) == ["/usr/bin/exec desk", arg, "--basedir", "/tmp/x y"]
    assert "\n" not in line


def test_exec_quoting_matches_the_spec_examples() -> None:
    assert quote_exec_arg("exec-desk") == "exec-desk"
    assert quote_exec_arg("/a b/c") == '"/a b/c"'
    assert quote_exec_arg('a"b') == '"a\\\\"b"'  # \" inside quotes, then the string escape doubles the backslash
    assert quote_exec_arg("50%") == "50%%"
    for bad in ("", "new\nline", "tab\there"):
        with pytest.raises(ValueError):
            quote_exec_arg(bad)
    with pytest.raises(ValueError):
        exec_line([])


def test_xdg_platforms() -> None:
    assert supports_xdg_autostart("linux") and supports_xdg_autostart("freebsd14")
    assert not supports_xdg_autostart("win32") and not supports_xdg_autostart("darwin")
