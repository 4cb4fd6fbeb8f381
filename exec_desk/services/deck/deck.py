"""The approval deck's domain, blocking (run it on the task runner; `exec-desk deck` runs it in its own process).

`Deck(store, account, folder, ...)` reads the deck (`read`: the folder's proposals and the feeds' articles, each
recorded once in the store with an audit line "proposed"), and decides: `approve` (the post goes to the outbox
with the cool-off, or at the wished time if later), `reject` (with a reason), `edit` (the executive takes it into
the composer; `link_edited` then ties the post queued from it). Every decision is recorded once in the store (a
second one, from another Exec Desk of the profile or the command line, is refused), logged in the audit log, and
written beside the proposal as `NAME.decision.json`:

    {"proposal": "launch.md", "decision": "approved", "by": "@ceo", "when": "2026-11-20T09:42:00+01:00",
     "reason": null, "outbox": "sent", "post_id": "1860000000000000001", "post_ids": [...],
     "link": "https://x.com/i/web/status/1860000000000000001", "sent_at": "..."}

`outbox` follows the post: "waiting", "sent", "failed" or "cancelled" (undone from the outbox); `post_id` and
`link` come once it is sent — `read` asks the outbox each time, so the file and the audit line "sent" follow
whoever sent it. When the folder cannot be written (offline), the decision waits in the store and is written at the
next read that can.

A proposal during a quiet period with a disclosure word is held (`core.disclosure`): `approve` raises `Held`
unless given the press release's address, and the post must follow the press-release rule; the audit log then
says "confirmed", with the address.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from exec_desk.core import compose, post_limits, pricing
from exec_desk.core.deck.names import conflict_of
from exec_desk.core.deck.proposal import MediaRef, Proposal
from exec_desk.core.disclosure import Hold, hold_for, press_release_problem
from exec_desk.core.i18n import QT_TRANSLATE_NOOP, Message, Phrase
from exec_desk.core.media import checks as media
from exec_desk.core.payloads import RetweetPayload
from exec_desk.services.deck.folder import FolderRead, Unreadable, read_folder, write_decision
from exec_desk.services.deck.rules import DeckRules
from exec_desk.services.outbox.duplicates import STATUS_URL
from exec_desk.services.outbox.queue import queue_post
from exec_desk.storage.records import DeckRow, OutboxState
from exec_desk.storage.repos.deck import AlreadyDecided
from exec_desk.storage.store import Store

__all__ = ["AlreadyDecided", "Deck", "DeckError", "Entry", "Held", "Snapshot"]
FEED = "feed"
FOLDER = "folder"


class DeckError(ValueError):
    """A decision that cannot be made as asked; `message` says why, in words the UI translates."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


class Held(DeckError):
    """The proposal is held (a quiet period): it needs the press release's address."""

    def __init__(self, hold: Hold) -> None:
        super().__init__(hold.reason)
        self.hold = hold


NOT_BESIDE = QT_TRANSLATE_NOOP("Deck", "{file} is not beside the proposal.")


def _words(template: str, **fields: str) -> Message:
    return Message(Phrase.of("Deck", template, **fields))


@dataclass(frozen=True, slots=True)
class Entry:
    """A proposal in the deck: where it came from, its decision (None: waiting for one), what it would cost."""

    proposal: Proposal
    source: str
    origin: str
    file: Path | None = None
    conflict_of: str | None = None
    decision: dict[str, Any] | None = None
    cost_micro: int = 0
    problems: tuple[Message, ...] = ()
    hold: Hold | None = None

    @property
    def id(self) -> str:
        return self.proposal.id

    def to_json(self) -> dict[str, Any]:
        """One proposal of `exec-desk deck --json` (see the README)."""
        return {
            "id": self.id,
            "source": self.source,
            "file": None if self.file is None else self.file.name,
            **self.proposal.to_json(),
            "conflict_of": self.conflict_of,
            "estimated_cost_usd": round(self.cost_micro / pricing.MICRO, 6),
            "problems": [str(p) for p in self.problems],
            "hold": None if self.hold is None else self.hold.to_json(),
            "decision": self.decision,
        }


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The deck as read: its entries (pending and decided), files left for later, what to tell the user."""

    folder: Path | None
    online: bool | None
    entries: tuple[Entry, ...] = ()
    unreadable: tuple[Unreadable, ...] = ()
    notices: tuple[Message, ...] = ()

    @property
    def pending(self) -> list[Entry]:
        return [e for e in self.entries if e.decision is None]

    def to_json(self) -> dict[str, Any]:
        return {
            "folder": None if self.folder is None else str(self.folder),
            "online": self.online,
            "notices": [str(n) for n in self.notices],
            "proposals": [e.to_json() for e in self.entries],
            "unreadable": [{"file": u.file, "reason": str(u.reason)} for u in self.unreadable],
        }


@dataclass
class _Plan:
    post: compose.ComposedPost | None = None
    retweet: str | None = None
    problems: list[Message] = field(default_factory=list)
    cost: int = 0


class Deck:
    """The deck of `account` (its key) in `folder` (None: no folder, the feeds only). `by` names the executive in
    decisions (`@username`)."""

    def __init__(
        self,
        store: Store,
        account: str,
        folder: Path | None,
        *,
        by: str,
        clock: Callable[[], datetime],
        rules: Callable[[], DeckRules] = DeckRules,
        tz: tzinfo | None = None,
    ) -> None:
        self.store, self.account, self.folder, self.by = store, account, folder, by
        self._clock, self._rules, self._tz = clock, rules, tz

    # -- reading ------------------------------------------------------------------------------------------------
    def read(self) -> Snapshot:
        """The deck now: the folder read, each proposal recorded, posts followed, decisions written out."""
        now = self._clock()
        notices: list[Message] = []
        folder_read = None if self.folder is None else read_folder(self.folder, now=now, tz=self._tz)
        if folder_read is not None and folder_read.notice is not None:
            notices.append(folder_read.notice)
        self._follow_posts(now)
        entries = self._folder_entries(folder_read, now) + self._feed_entries()
        if folder_read is not None and folder_read.online:
            notices += self._write_pending(folder_read.folder)
        rules = self._rules()
        checked = tuple(self._checked(e, rules, now) for e in entries)
        unreadable = tuple(folder_read.unreadable) if folder_read is not None else ()
        return Snapshot(
            self.folder, None if folder_read is None else folder_read.online, checked, unreadable, tuple(notices)
        )

    def _folder_entries(self, read: FolderRead | None, now: datetime) -> list[Entry]:
        if read is None:
            return []
        origin = str(read.folder)
        rows = {r.proposal: r for r in self.store.deck.all(self.account, source=FOLDER) if r.origin == origin}
        entries = []
        if read.online:
            for found in read.proposals:
                proposal = found.proposal
                content = {**proposal.to_json(), "file": found.file.name}
                if self.store.deck.see(self.account, origin, proposal.id, FOLDER, now, content):
                    self.store.audit.append(
                        "proposed",
                        at=now,
                        account=self.account,
                        proposal=proposal.id,
                        actor=proposal.by,
                        detail={"file": found.file.name, "kind": proposal.kind, "conflict_of": found.conflict_of},
                    )
                row = rows.get(proposal.id)
                decision = found.decision or (None if row is None or row.decision is None else self._decision(row))
                entries.append(Entry(proposal, FOLDER, origin, found.file, found.conflict_of, decision))
            return entries
        for row in rows.values():  # offline: what was read before
            proposal = _from_json(row.proposal, row.content)
            decision = None if row.decision is None else self._decision(row)
            file = read.folder / str(row.content.get("file") or row.proposal)
            entries.append(Entry(proposal, FOLDER, origin, file, conflict_of(row.proposal), decision))
        return entries

    def _feed_entries(self) -> list[Entry]:
        rows = self.store.deck.all(self.account, source=FEED)
        return [
            Entry(
                _from_json(r.proposal, r.content),
                FEED,
                r.origin,
                None,
                None,
                None if r.decision is None else self._decision(r),
            )
            for r in rows
        ]

    def _checked(self, entry: Entry, rules: DeckRules, now: datetime) -> Entry:
        if entry.decision is not None:
            return entry
        plan = self._plan(entry, rules, now)
        hold = None
        if plan.post is not None:
            hold = hold_for(plan.post.parts, plan.post.not_before or now, rules.periods, rules.words)
        return Entry(
            entry.proposal,
            entry.source,
            entry.origin,
            entry.file,
            entry.conflict_of,
            None,
            plan.cost,
            tuple(plan.problems),
            hold,
        )

    def _plan(self, entry: Entry, rules: DeckRules, now: datetime) -> _Plan:
        proposal = entry.proposal
        not_before = now + timedelta(minutes=rules.cooloff_minutes)
        if proposal.wished is not None and proposal.wished > not_before:
            not_before = proposal.wished
        if proposal.kind == "retweet":
            return _Plan(retweet=proposal.post_id, cost=pricing.write_price(pricing.Op.RETWEET))
        plan = _Plan()
        attachments = []
        for ref in proposal.media:
            try:
                attachments.append(self._attachment(entry, ref))
            except media.MediaError as exc:
                plan.problems.append(exc.message)
        plan.problems += media.set_problems(attachments)
        checker = compose.PostChecker(max_parts=rules.thread_cap)
        if proposal.parts:
            checks = [checker.check(part) for part in proposal.parts]
            parts = tuple(p.text for c in checks for p in c.parts)
            problems = [p for c in checks for p in c.problems]
            if len(proposal.parts) > rules.thread_cap:
                problems.append(
                    post_limits.said(post_limits.TOO_MANY_POSTS, parts=len(proposal.parts), cap=rules.thread_cap)
                )
            cost = sum(c.price_micro for c in checks)
        else:
            check = checker.check(proposal.text, thread=proposal.kind == "thread", has_media=bool(attachments))
            parts, problems, cost = tuple(p.text for p in check.parts), list(check.problems), check.price_micro
        plan.problems += problems
        plan.cost = cost
        if not plan.problems:
            plan.post = compose.ComposedPost(
                parts, tuple(attachments), not_before=not_before, estimated_cost_micro=cost
            )
        return plan

    def _attachment(self, entry: Entry, ref: MediaRef) -> media.Attachment:
        if entry.file is None:
            raise media.MediaError(_words(NOT_BESIDE, file=ref.file))
        return media.inspect(str(entry.file.parent / ref.file), ref.alt)

    def _decision(self, row: DeckRow) -> dict[str, Any]:
        post_id = row.post_ids[0] if row.post_ids else None
        decided = row.decided_at.astimezone(self._tz) if row.decided_at else None
        sent = row.sent_at.astimezone(self._tz) if row.sent_at else None
        return {
            "proposal": row.content.get("file") or row.proposal,
            "decision": row.decision,
            "by": row.decided_by,
            "when": None if decided is None else decided.isoformat(timespec="seconds"),
            "reason": row.reason,
            "outbox": row.outcome,
            "post_id": post_id,
            "post_ids": list(row.post_ids),
            "link": None if post_id is None else STATUS_URL.format(id=post_id),
            "sent_at": None if sent is None else sent.isoformat(timespec="seconds"),
        }

    # -- following posts and writing decisions ------------------------------------------------------------------
    def _follow_posts(self, now: datetime) -> None:
        for row in self.store.deck.all(self.account):
            if row.outbox_id is None or row.outcome != "waiting":
                continue
            item = self.store.outbox.get(row.outbox_id)
            if item is None:
                self.store.deck.set_outcome(self.account, row.origin, row.proposal, "cancelled")
                self.store.audit.append("cancelled", at=now, account=self.account, proposal=row.proposal)
            elif item.state is OutboxState.SENT:
                sent = [str(i) for i in item.progress.get("sent") or ()] or [item.remote_id or ""]
                if isinstance(item.payload, RetweetPayload):
                    sent = [item.payload.post_id]
                ids = [i for i in sent if i]
                self.store.deck.set_outcome(
                    self.account, row.origin, row.proposal, "sent", post_ids=ids, sent_at=item.updated_at
                )
                link = STATUS_URL.format(id=ids[0]) if ids else ""
                self.store.audit.append(
                    "sent",
                    at=item.updated_at,
                    account=self.account,
                    proposal=row.proposal,
                    post_id=ids[0] if ids else "",
                    link=link,
                    detail={"post_ids": ids},
                )
            elif item.state is OutboxState.FAILED:
                self.store.deck.set_outcome(self.account, row.origin, row.proposal, "failed")
                self.store.audit.append(
                    "failed", at=now, account=self.account, proposal=row.proposal, reason=item.last_error or ""
                )

    def _write_pending(self, folder: Path) -> list[Message]:
        origin = str(folder)
        for row in self.store.deck.all(self.account, source=FOLDER):
            if row.origin != origin or row.decision is None or row.decision_written:
                continue
            try:
                write_decision(folder, row.proposal, self._decision(row))
            except OSError as exc:
                failed = _words(
                    QT_TRANSLATE_NOOP(
                        "Deck", "The decision on {name} will be written when the folder can be written ({error})."
                    ),
                    name=row.proposal,
                    error=exc.strerror or str(exc),
                )
                return [failed]
            self.store.deck.mark_written(self.account, origin, row.proposal)
        return []

    # -- deciding -----------------------------------------------------------------------------------------------
    def entry(self, proposal_id: str) -> Entry:
        """The proposal waiting for a decision, read now; `DeckError` when there is none, `AlreadyDecided`."""
        snapshot = self.read()
        found = next((e for e in snapshot.entries if e.id == proposal_id), None)
        if found is None:
            raise DeckError(
                _words(QT_TRANSLATE_NOOP("Deck", "There is no proposal {name} in the deck."), name=proposal_id)
            )
        if found.decision is not None:
            raise AlreadyDecided(f"The proposal {proposal_id} was decided already ({found.decision.get('decision')}).")
        return found

    def approve(self, proposal_id: str, *, press_release: str | None = None) -> Entry:
        """Queue the proposal's post (or retweet) and record the approval; see the module for what is refused."""
        entry = self.entry(proposal_id)
        now, rules = self._clock(), self._rules()
        plan = self._plan(entry, rules, now)
        if plan.problems:
            raise DeckError(plan.problems[0])
        detail: dict[str, Any] = {}
        if plan.post is not None:
            hold = hold_for(plan.post.parts, plan.post.not_before or now, rules.periods, rules.words)
            if hold is not None:
                if press_release is None:
                    raise Held(hold)
                from exec_desk.core.text import extract_urls

                problem = press_release_problem(plan.post.parts, press_release, extract_urls(plan.post.parts[0]))
                if problem is not None:
                    raise DeckError(problem)
                detail = {"press_release": press_release, "words": list(hold.words), "until": hold.until.isoformat()}
        with self.store.transaction():
            if plan.post is not None:
                item = queue_post(self.store, self.account, plan.post, now)
            else:
                assert plan.retweet is not None  # a plan is a post or a retweet
                not_before = now + timedelta(minutes=rules.cooloff_minutes)
                try:
                    item = self.store.outbox.enqueue(
                        self.account,
                        RetweetPayload(plan.retweet),
                        now=now,
                        not_before=not_before,
                        idempotency_key=f"retweet:{self.account}:{plan.retweet}",
                    )
                except sqlite3.IntegrityError:
                    raise DeckError(_words(QT_TRANSLATE_NOOP("Deck", "This post is retweeted already."))) from None
            self._decide(entry, "approved", now, outbox_id=item.id, detail={"outbox_id": item.id})
            if detail:
                self.store.audit.append(
                    "confirmed",
                    at=now,
                    account=self.account,
                    proposal=entry.id,
                    actor=self.by,
                    link=press_release or "",
                    detail=detail,
                )
        return entry

    def reject(self, proposal_id: str, reason: str = "") -> Entry:
        entry = self.entry(proposal_id)
        with self.store.transaction():
            self._decide(entry, "rejected", self._clock(), reason=reason.strip() or None)
        return entry

    def edit(self, proposal_id: str) -> Entry:
        """The executive takes the proposal into the composer: recorded as "edited"."""
        entry = self.entry(proposal_id)
        with self.store.transaction():
            self._decide(entry, "edited", self._clock())
        return entry

    def link_edited(self, origin: str, proposal_id: str, outbox_id: int) -> None:
        """The post queued from an edited proposal: followed like an approved one."""
        self.store.deck.link_post(self.account, origin, proposal_id, outbox_id)

    def _decide(
        self,
        entry: Entry,
        decision: str,
        now: datetime,
        *,
        reason: str | None = None,
        outbox_id: int | None = None,
        detail: dict[str, Any] | None = None,
    ) -> None:
        content = {**entry.proposal.to_json(), "file": None if entry.file is None else entry.file.name}
        self.store.deck.see(self.account, entry.origin, entry.id, entry.source, now, content)
        self.store.deck.decide(
            self.account, entry.origin, entry.id, decision, by=self.by, now=now, reason=reason, outbox_id=outbox_id
        )
        self.store.audit.append(
            decision, at=now, account=self.account, proposal=entry.id, actor=self.by, reason=reason or "", detail=detail
        )

    def write_decisions(self) -> list[Message]:
        """Write the decisions the folder lacks now (after a decision; `read` does it too)."""
        if self.folder is None:
            return []
        return self._write_pending(self.folder)


def _from_json(proposal_id: str, data: Any) -> Proposal:
    """A proposal as the store keeps it (`Proposal.to_json`)."""
    wished = data.get("for")
    return Proposal(
        proposal_id,
        str(data.get("kind") or "post"),
        str(data.get("text") or ""),
        str(data.get("by") or ""),
        None if not wished else datetime.fromisoformat(str(wished)),
        tuple(str(p) for p in data.get("parts") or ()),
        tuple(MediaRef(str(m.get("file")), str(m.get("alt") or "")) for m in data.get("media") or ()),
        data.get("url"),
        _post_id(data.get("url")),
        str(data.get("title") or ""),
        str(data.get("link") or ""),
    )


def _post_id(url: object) -> str | None:
    from exec_desk.core.deck.proposal import post_id_of

    return None if not url else post_id_of(str(url))
