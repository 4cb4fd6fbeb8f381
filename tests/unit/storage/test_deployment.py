"""The system-wide deployment file (the company's X app): found in the XDG system configuration folders through
`Paths`, read and checked; a file that cannot be used is explained and ignored, never a crash; no secret in it."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from exec_desk.storage.deployment import Deployment, load_deployment
from exec_desk.storage.paths import Paths


def _write(folder: Path, content: object) -> Path:
    path = folder / "exec-desk" / "deployment.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def _paths(folder: Path, *, system: tuple[Path, ...]) -> Paths:
    """Every folder of the app in `folder`; `system`: the system configuration folders."""
    return Paths(folder, folder, folder, folder, folder, system_config_dirs=system)


def test_the_folders_come_from_xdg_config_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = Paths.under(tmp_path / "home")
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"/opt/corp/xdg:relative/ignored::{tmp_path}/b")
    assert paths.deployment_files == (
        Path("/opt/corp/xdg/exec-desk/deployment.json"),
        tmp_path / "b" / "exec-desk" / "deployment.json",
    )
    # (mypy keeps the property narrowed to the tuple asserted above, unaware that the environment changed since)
    monkeypatch.setenv("XDG_CONFIG_DIRS", "")
    assert paths.deployment_files == (Path("/etc/xdg/exec-desk/deployment.json"),)  # type: ignore[comparison-overlap]
    monkeypatch.delenv("XDG_CONFIG_DIRS")
    assert paths.deployment_files == (Path("/etc/xdg/exec-desk/deployment.json"),)  # type: ignore[comparison-overlap]
    fixed = dataclasses.replace(paths, system_config_dirs=(tmp_path / "x",))  # the override tests use
    assert fixed.deployment_files == (tmp_path / "x" / "exec-desk" / "deployment.json",)


def test_the_first_file_found_wins_and_is_read(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    source = _write(second, {"client_id": "corp-app", "redirect_port": 18080, "api_base_url": "https://gw.corp/x/"})
    _write(tmp_path / "third", {"client_id": "not-this-one"})
    paths = _paths(tmp_path, system=(first, second, tmp_path / "third"))
    assert load_deployment(paths) == Deployment(
        client_id="corp-app", redirect_port=18080, api_base_url="https://gw.corp/x", source=source
    )


def test_no_file_is_no_deployment(tmp_path: Path) -> None:
    assert load_deployment(_paths(tmp_path, system=(tmp_path,))) == Deployment()


@pytest.mark.parametrize(
    ("content", "why"),
    [
        ("{not json", "not valid JSON"),
        ([1, 2], "not a JSON object"),
        ({}, "client_id is missing"),
        ({"client_id": "two words"}, "client_id is missing"),
        ({"client_id": "corp", "redirect_port": 80}, "from 1024 to 65535"),
        ({"client_id": "corp", "redirect_port": "17823"}, "from 1024 to 65535"),
        ({"client_id": "corp", "api_base_url": "ftp://gw"}, "not in the expected format"),
        ({"client_id": "corp", "client_secret": "s3cret"}, "every user of this computer could read"),
    ],
)
def test_a_file_that_cannot_be_used_is_explained_and_ignored(tmp_path: Path, content: object, why: str) -> None:
    source = _write(tmp_path, content)
    deployment = load_deployment(_paths(tmp_path, system=(tmp_path,)))
    assert deployment.client_id is None and deployment.source == source
    (problem,) = deployment.problems
    assert problem.startswith(f"The deployment file {source} is ignored: ") and why in problem


def test_unknown_keys_are_ignored(tmp_path: Path) -> None:
    _write(tmp_path, {"client_id": "corp", "from_a_newer_version": True})
    deployment = load_deployment(_paths(tmp_path, system=(tmp_path,)))
    assert deployment.client_id == "corp" and deployment.problems == ()
