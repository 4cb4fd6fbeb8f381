"""The desktop entry and AppStream metainfo: valid for the freedesktop tools, consistent with the app id and version."""

from __future__ import annotations

import configparser
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from exec_desk import APP_NAME, DESKTOP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / f"{DESKTOP_ID}.desktop"
METAINFO = PACKAGING / f"{DESKTOP_ID}.metainfo.xml"


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


def _desktop_entry(path: Path) -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser


def test_desktop_file_validate_passes(tool: Callable[[str], str]) -> None:
    result = _run(tool("desktop-file-validate"), str(DESKTOP))
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


def test_appstreamcli_validate_passes(tool: Callable[[str], str]) -> None:
    result = _run(tool("appstreamcli"), "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr
    # Only the pedantic note about capitals in the reverse-DNS id (io.github.execdesk.ExecDesk) is allowed.
    issues = [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:", "I:", "P:")]
    assert all(line.startswith("P:") and "cid-contains-uppercase-letter" in line for line in issues), issues


def test_desktop_entry_matches_the_app_id() -> None:
    entry = _desktop_entry(DESKTOP)["Desktop Entry"]
    assert DESKTOP.stem == DESKTOP_ID
    assert entry["Icon"] == DESKTOP_ID
    assert entry["Exec"] == "exec-desk" and entry["TryExec"] == "exec-desk"
    assert entry["Name"] == APP_NAME
    assert entry["StartupWMClass"] == "exec-desk"  # the X11 WM_CLASS Qt derives from the application name
    actions = _desktop_entry(DESKTOP)
    assert [actions[f"Desktop Action {a}"]["Exec"] for a in entry["Actions"].strip(";").split(";")] == [
        "exec-desk session",
        "exec-desk compose",
    ]
    assert all(key in entry for key in ("Comment[fr]", "GenericName[fr]")), "the French desktop needs its strings"


def test_metainfo_matches_the_desktop_entry_and_the_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("name") == APP_NAME
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert [b.text for b in root.iterfind("provides/binary")] == ["exec-desk"]
    releases = [r.get("version") for r in root.iterfind("releases/release")]
    assert releases and releases[0] == __version__, "add a <release> for the new version at the top"
    assert root.find("content_rating[@type='oars-1.1']") is not None
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert any(s.get(lang) == "fr" for s in root.iterfind("summary")), "a French summary"


def test_install_then_uninstall_into_a_prefix(
    installer: ModuleType, tool: Callable[[str], str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prefix = tmp_path / "pre fix"
    launcher = str(tmp_path / "my apps" / "exec-desk")
    assert installer.main(["--prefix", str(prefix), "--exec", launcher]) == 0
    share = prefix / "share"
    installed = sorted(p.relative_to(share).as_posix() for p in share.rglob("*") if p.is_file())
    sizes = ("16x16", "22x22", "24x24", "32x32", "48x48", "64x64", "128x128", "256x256")
    assert installed == sorted(
        [
            f"applications/{DESKTOP_ID}.desktop",
            f"metainfo/{DESKTOP_ID}.metainfo.xml",
            f"icons/hicolor/scalable/apps/{DESKTOP_ID}.svg",
            *(f"icons/hicolor/{size}/apps/{DESKTOP_ID}.png" for size in sizes),
        ]
    ), "no stray files (no icon or menu cache created either)"
    entry = _desktop_entry(share / "applications" / DESKTOP.name)
    assert entry["Desktop Entry"]["Exec"] == f'"{launcher}"'
    assert entry["Desktop Entry"]["TryExec"] == launcher
    assert entry["Desktop Action compose"]["Exec"] == f'"{launcher}" compose'

    validate = _run(tool("desktop-file-validate"), str(share / "applications" / DESKTOP.name))
    assert validate.returncode == 0 and validate.stdout.strip() == "", validate.stdout
    tree = _run(tool("appstreamcli"), "validate-tree", "--no-net", str(prefix))
    assert tree.returncode == 0, tree.stdout + tree.stderr

    assert installer.main(["--prefix", str(prefix), "--uninstall"]) == 0
    assert [p for p in share.rglob("*") if p.is_file()] == []
    assert capsys.readouterr().out.count("removed ") == len(installed)


def test_destdir_stages_under_the_prefix(installer: ModuleType, tmp_path: Path) -> None:
    assert installer.main(["--prefix", "/usr", "--destdir", str(tmp_path / "stage"), "--exec", "exec-desk"]) == 0
    staged = tmp_path / "stage" / "usr" / "share" / "applications" / DESKTOP.name
    assert staged.read_text(encoding="utf-8") == DESKTOP.read_text(encoding="utf-8")  # `exec-desk` needs no quoting
