"""`exec-desk audit [--csv]`: the local, append-only audit log — who proposed, approved, edited, rejected what, the
posts held in a quiet period and confirmed (with the press release), what was sent, and when. Imports no Qt.

`--csv` prints one line per event, oldest first, with the header `when,event,proposal,by,account,reason,post_id,
link,detail` (`when` ISO-8601 in UTC; `by` the team member who proposed, or the executive who decided; `account`
the X account's @username; `detail` a JSON object: the file, the outbox item, the words of a hold, the press
release...). Exit status 0; 1 when the database cannot be read.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import TextIO

from exec_desk.cli.profile import newer_schema_exit, profile_paths
from exec_desk.services.profile import NewerSchemaError, open_profile

COLUMNS = ("when", "event", "proposal", "by", "account", "reason", "post_id", "link", "detail")


def audit(*, basedir: Path | None, as_csv: bool = False, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    paths = profile_paths(basedir, err)
    if isinstance(paths, int):
        return paths
    if not paths.database_file.is_file():
        rows = []
    else:
        try:
            with open_profile(paths) as profile:
                names = {a.key: f"@{a.username}" for a in profile.store.accounts.all()}
                rows = [
                    (
                        e.at.isoformat(),
                        e.event,
                        e.proposal,
                        e.actor,
                        names.get(e.account, e.account),
                        e.reason,
                        e.post_id,
                        e.link,
                        json.dumps(dict(e.detail), ensure_ascii=False, sort_keys=True),
                    )
                    for e in profile.store.audit.entries()
                ]
        except NewerSchemaError as exc:
            return newer_schema_exit(exc, err)
    if as_csv:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)
        return 0
    for when, event, proposal, by, account, reason, post_id, link, _detail in rows:
        words = " ".join(
            x
            for x in (
                when[:19].replace("T", " "),
                event,
                proposal,
                by and f"by {by}",
                account,
                reason and f"“{reason}”",
                link or post_id,
            )
            if x
        )
        out.write(words + "\n")
    if not rows:
        out.write("The audit log is empty.\n")
    return 0
