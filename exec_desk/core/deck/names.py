"""What a file name in the deck folder says: a proposal, one of our decision files, a sync tool's temporary file,
or a "conflicted copy" that a sync tool made when two people changed the same file.

- Proposals: `NAME.md` (or `.markdown`) and `NAME.json`; their id is NAME. The decision is written beside them as
  `NAME.decision.json`.
- Ignored: hidden and temporary files (a leading `.` or `~`: Syncthing's `.syncthing.NAME.tmp`, Office's `~$NAME`;
  the suffixes `.tmp`, `.part`, `.partial`, `.crdownload`, `.download`, a trailing `~`), and our decision files
  (also a sync tool's copies of them).
- Conflicted copies, recognised by the marker each tool adds to the name (before the extension):
  Dropbox `NAME (conflicted copy 2026-12-01)` or `NAME (Claire's conflicted copy 2026-12-01)`, Nextcloud
  `NAME (conflicted copy 2026-12-01 101530)`, OneDrive `NAME-DESKTOP-4FJ3K2L` (the computer's name: only Windows'
  default names, DESKTOP-… and LAPTOP-…, are recognised), Syncthing `NAME.sync-conflict-20261201-101530-ABCDEFG`.
  A conflicted copy is a proposal of its own, flagged as a copy of NAME (`conflict_of`), never merged: both
  versions stay in front of the executive, who approves the right one (the other can be rejected; the outbox
  refuses the same text twice anyway).
"""

from __future__ import annotations

import re

PROPOSAL_SUFFIXES = (".md", ".markdown", ".json")
DECISION_SUFFIX = ".decision.json"
_TEMPORARY_SUFFIXES = (".tmp", ".part", ".partial", ".crdownload", ".download", "~")
_CONFLICT = re.compile(
    r"(?P<marker>"
    r"\s*\([^()]*conflicted copy[^()]*\)"  # Dropbox, Nextcloud
    r"|\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}"  # Syncthing
    r"|-(?:DESKTOP|LAPTOP)-[A-Z0-9]{4,}"  # OneDrive (the computer's default name)
    r")$",
    re.IGNORECASE,
)


def split_name(name: str) -> tuple[str, str] | None:
    """(id, suffix) of a proposal file's name, or None when the file is not a proposal (hidden, temporary, ours,
    or of another type)."""
    lower = name.lower()
    if not name or name[0] in ".~" or lower.endswith(_TEMPORARY_SUFFIXES):
        return None
    known = next((s for s in PROPOSAL_SUFFIXES if lower.endswith(s)), None)
    if known is None:
        return None
    stem, suffix = name[: -len(known)], name[-len(known) :]
    if not stem.strip() or conflict_base(stem).lower().endswith(".decision"):
        return None  # a decision file of ours, or a sync tool's copy of one
    return stem, suffix


def conflict_base(stem: str) -> str:
    """The name a conflicted copy was made from (`stem` itself when it is no conflicted copy)."""
    match = _CONFLICT.search(stem)
    return stem if match is None or match.start() == 0 else stem[: match.start()]


def conflict_of(stem: str) -> str | None:
    """The id of the proposal `stem` is a conflicted copy of, or None."""
    base = conflict_base(stem)
    return None if base == stem else base


def decision_name(proposal_id: str) -> str:
    """The name of the decision file written beside proposal `proposal_id`."""
    return proposal_id + DECISION_SUFFIX
