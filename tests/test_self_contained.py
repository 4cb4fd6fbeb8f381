"""The repository runs from a clone alone: no tracked file refers to the steering repository's shared folder."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: Ways a file could reach outside the clone for shared material (built here so this file does not match itself).
NEEDLES = ("../" + "shared", '"shared" / ' + '"reference"', "parents" + "[3]")


def _tracked_files() -> list[Path]:
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    return [ROOT / name for name in listed.decode().split("\0") if name]


def test_no_file_refers_outside_the_repository() -> None:
    files = _tracked_files()
    offenders = []
    for path in files:
        if not path.is_file() or path.stat().st_size > 2_000_000:
            continue
        text = path.read_bytes().decode("utf-8", "replace")
        offenders += [f"{path.relative_to(ROOT)}: {needle}" for needle in NEEDLES if needle in text]
    assert len(files) > 100 and offenders == []


def test_the_copied_reference_files_are_here_with_their_origin() -> None:
    readme = (ROOT / "tests" / "data" / "README.md").read_text(encoding="utf-8")
    for name in ("x-api-v2-openapi.json", "twitter-text-validate.yml", "X-API-NOTES.md"):
        assert (ROOT / "tests" / "data" / name).stat().st_size > 1000
        assert f"`{name}`" in readme
    assert "Apache License 2.0" in readme and "2.167" in readme
