"""`exec-desk deck [--json]` and `exec-desk deck approve|reject ID [--reason TEXT] [--press-release URL]`: the team's
approval deck from the command line (`services.deck`), as the session shows it. Imports no Qt.

The deck is the folder of the `deck_folder` setting and the feeds' articles the app has read; the account is the
active one (`@username` signs the decisions). `approve` queues the post into the outbox with the cool-off (or at the
wished time, if later) and nudges the running Exec Desk; a held proposal (a quiet period) needs `--press-release
URL`, the official press release, which must be the first link of its first post. `reject` records the reason.
The decision is written beside the proposal (`NAME.decision.json`) and logged in the audit log.

`--json` prints `{"folder", "online", "notices", "proposals": [...], "unreadable": [...]}` (the README lists every
field: a contract). Exit status: 0; 2 on bad input (no such proposal, decided already, held, a post X would
refuse); 1 when the store failed or the database is newer.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from exec_desk.cli.profile import newer_schema_exit, profile_paths
from exec_desk.services.deck.deck import AlreadyDecided, Deck, DeckError, Held, Snapshot
from exec_desk.services.outbox.duplicates import DuplicatePost, when_words
from exec_desk.services.profile import NewerSchemaError, open_profile
from exec_desk.services.quiet import deck_rules, quiet_periods
from exec_desk.storage.paths import Paths
from exec_desk.storage.settings import ACTIVE_ACCOUNT, DECK_FOLDER, Settings

BAD_INPUT, FAILED = 2, 1


def deck(
    *,
    basedir: Path | None,
    action: str | None,
    proposal: str | None = None,
    reason: str | None = None,
    press_release: str | None = None,
    as_json: bool = False,
    clock: datetime | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    paths = profile_paths(basedir, err)
    if isinstance(paths, int):
        return paths
    settings = Settings(paths.settings_file)
    now = clock or datetime.now(UTC)
    folder_setting = settings.value(DECK_FOLDER)
    folder = Path(folder_setting).expanduser() if folder_setting else None
    periods, problems = quiet_periods(settings, cache_dir=paths.cache_dir, now=now)
    for problem in problems:
        err.write(f"exec-desk: {problem}\n")
    paths.ensure()
    try:
        with open_profile(paths) as profile:
            store = profile.store
            accounts = store.accounts.all()
            key = settings.value(ACTIVE_ACCOUNT) or (accounts[0].key if len(accounts) == 1 else "")
            account = next((a for a in accounts if a.key == key), None)
            if action is not None and account is None:
                err.write("exec-desk deck: no X account to post as: run `exec-desk signin` first.\n")
                return BAD_INPUT
            the_deck = Deck(
                store,
                "" if account is None else account.key,
                folder,
                by="" if account is None else f"@{account.username}",
                clock=lambda: now,
                rules=lambda: deck_rules(settings, periods),
            )
            if action is None:
                snapshot = the_deck.read()
                for notice in snapshot.notices:
                    err.write(f"exec-desk: {notice}\n")
                out.write(
                    json.dumps(snapshot.to_json(), indent=2, ensure_ascii=False) + "\n"
                    if as_json
                    else _listing(snapshot)
                )
                return 0
            return _decide(the_deck, action, proposal or "", reason, press_release, paths, out, err)
    except NewerSchemaError as exc:
        return newer_schema_exit(exc, err)


def _decide(
    the_deck: Deck,
    action: str,
    proposal: str,
    reason: str | None,
    press_release: str | None,
    paths: Paths,
    out: TextIO,
    err: TextIO,
) -> int:
    try:
        if action == "approve":
            the_deck.approve(proposal, press_release=press_release)
        else:
            the_deck.reject(proposal, reason or "")
    except Held as exc:
        err.write(f"exec-desk deck: {proposal} is held: {exc}\n")
        err.write("exec-desk deck: approve it with --press-release URL once the press release is out.\n")
        return BAD_INPUT
    except (DeckError, AlreadyDecided) as exc:
        err.write(f"exec-desk deck: {exc}\n")
        return BAD_INPUT
    except DuplicatePost as exc:
        err.write(f"exec-desk deck: {exc.duplicate.words(when_words(exc.duplicate.not_before))}\n")
        return BAD_INPUT
    for notice in the_deck.write_decisions():
        err.write(f"exec-desk: {notice}\n")
    if action == "approve":
        from exec_desk.cli.post import nudge_running_app

        running = nudge_running_app(paths)
        where = "Exec Desk sends it" if running else "Exec Desk sends it when it runs"
        out.write(f"Approved {proposal}: it is in the outbox, after the cool-off. {where}.\n")
    else:
        out.write(f"Rejected {proposal}.\n")
    return 0


def _listing(snapshot: Snapshot) -> str:
    lines = []
    if snapshot.folder is None:
        lines.append("No deck folder (exec-desk config set deck_folder /path/to/the/team's/folder).")
    for entry in snapshot.entries:
        proposal = entry.proposal
        state = "waiting" if entry.decision is None else str(entry.decision.get("decision"))
        cost = f"${entry.cost_micro / 1_000_000:.3f}".rstrip("0").rstrip(".") if entry.cost_micro else ""
        by = f"by {proposal.by}" if proposal.by else ""
        flags = [f"conflicted copy of {entry.conflict_of}"] if entry.conflict_of else []
        flags += ["held (quiet period)"] if entry.hold is not None else []
        head = "  ".join(x for x in (entry.id, proposal.kind, by, cost, state, *flags) if x)
        first = (proposal.title or proposal.text).splitlines()[0] if (proposal.title or proposal.text) else ""
        lines.append(f"{head}\n    {first[:100]}")
    for unreadable in snapshot.unreadable:
        lines.append(f"{unreadable.file}: not read yet: {unreadable.reason}")
    if not snapshot.entries and snapshot.folder is not None:
        lines.append("No proposals.")
    return "\n".join(lines) + "\n"
