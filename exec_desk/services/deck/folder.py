"""Reading the deck folder as sync tools (OneDrive, Dropbox, Nextcloud, Syncthing) leave it. Blocking: run it on a
worker (the task runner), never on the GUI thread.

- A proposal is taken whole or not at all: a file changed in the last `SETTLE` seconds (a sync tool may still be
  writing it), or whose size or modification time changed while it was read, or that does not parse (a Markdown
  header not closed yet, JSON cut short) is left for the next read, and listed in `unreadable` with the reason.
- Hidden and temporary files, our own decision files and other types are skipped (`core.deck.names`); a conflicted
  copy is a proposal of its own, flagged (`conflict_of`). Two files with one name (`launch.md`, `launch.json`): the
  first is taken (.md before .json), the other is listed as unreadable.
- A folder that cannot be read (unmounted, offline, removed) gives `online=False` and a notice; the caller keeps
  what it read before (`services.deck.deck` keeps each proposal's content in the store).
- The team's files are only read. The one thing written is our decision beside a proposal (`write_decision`:
  `NAME.decision.json`, atomically, readable by the team).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from exec_desk.core.deck.names import conflict_of, decision_name, split_name
from exec_desk.core.deck.proposal import Proposal, ProposalError, parse_proposal
from exec_desk.core.i18n import QT_TRANSLATE_NOOP, Message, Phrase
from exec_desk.storage.files import atomic_write

#: A file changed more recently than this may still be arriving: it is read at a later pass.
SETTLE = timedelta(seconds=2)
#: Proposal files larger than this are not proposals (a post is a few hundred characters).
MAX_BYTES = 1_000_000
_ORDER = {".md": 0, ".markdown": 1, ".json": 2}


@dataclass(frozen=True, slots=True)
class FileProposal:
    """A proposal read whole from its file; `decision` is the decision file beside it (None: none yet; a dict with
    `"decision": "unknown"` when it exists but cannot be read yet)."""

    proposal: Proposal
    file: Path
    conflict_of: str | None = None
    decision: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A file left for a later read, and why."""

    file: str
    reason: Message


@dataclass(frozen=True, slots=True)
class FolderRead:
    folder: Path
    online: bool
    proposals: list[FileProposal] = field(default_factory=list)
    unreadable: list[Unreadable] = field(default_factory=list)
    notice: Message | None = None


def _why(template: str, **fields: str) -> Message:
    return Message(Phrase.of("Deck", template, **fields))


def read_folder(folder: Path, *, now: datetime, tz: tzinfo | None = None) -> FolderRead:
    """Every whole proposal of `folder` (see the module)."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        notice = _why(
            QT_TRANSLATE_NOOP(
                "Deck", "The proposals folder {folder} cannot be read ({error}); what was read before is kept."
            ),
            folder=str(folder),
            error=exc.strerror or str(exc),
        )
        return FolderRead(folder, online=False, notice=notice)
    named: dict[str, list[tuple[str, os.DirEntry[str]]]] = {}
    for entry in entries:
        split = split_name(entry.name)
        if split is not None:
            named.setdefault(split[0], []).append((split[1], entry))
    read = FolderRead(folder, online=True)
    for proposal_id, files in sorted(named.items()):
        files.sort(key=lambda f: _ORDER.get(f[0].lower(), 9))
        for _suffix, other in files[1:]:
            read.unreadable.append(
                Unreadable(
                    other.name,
                    _why(QT_TRANSLATE_NOOP("Deck", "Another proposal is named {name}: rename one."), name=proposal_id),
                )
            )
        taken = _read_one(files[0][1], now, tz)
        if isinstance(taken, Unreadable):
            read.unreadable.append(taken)
            continue
        decision = _decision(folder / decision_name(proposal_id))
        read.proposals.append(FileProposal(taken, Path(files[0][1].path), conflict_of(proposal_id), decision))
    return read


def _read_one(entry: os.DirEntry[str], now: datetime, tz: tzinfo | None) -> Proposal | Unreadable:
    try:
        if not entry.is_file():
            return Unreadable(entry.name, _why(QT_TRANSLATE_NOOP("Deck", "It is not a file.")))
        before = entry.stat()
        if before.st_size > MAX_BYTES:
            return Unreadable(entry.name, _why(QT_TRANSLATE_NOOP("Deck", "It is too large to be a proposal.")))
        changed = datetime.fromtimestamp(before.st_mtime, now.tzinfo)
        if now - changed < SETTLE:
            return Unreadable(
                entry.name, _why(QT_TRANSLATE_NOOP("Deck", "It is still arriving; it is read again in a moment."))
            )
        with open(entry.path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
        after = os.stat(entry.path)
    except OSError as exc:
        return Unreadable(
            entry.name, _why(QT_TRANSLATE_NOOP("Deck", "It cannot be read ({error})."), error=exc.strerror or str(exc))
        )
    if (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns) or len(data) != after.st_size:
        return Unreadable(
            entry.name, _why(QT_TRANSLATE_NOOP("Deck", "It changed while it was read; it is read again in a moment."))
        )
    try:
        return parse_proposal(entry.name, data, tz)
    except ProposalError as exc:
        return Unreadable(entry.name, exc.message)


def _decision(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {"decision": "unknown"}  # there, but not whole yet (a sync tool writing it): decided all the same
    return data if isinstance(data, dict) else {"decision": "unknown"}


def write_decision(folder: Path, proposal_id: str, decision: dict[str, Any]) -> None:
    """Write (or rewrite) `NAME.decision.json` beside the proposal; OSError when the folder cannot be written."""
    text = json.dumps(decision, ensure_ascii=False, indent=2) + "\n"
    atomic_write(folder / decision_name(proposal_id), text, mode=0o644)
