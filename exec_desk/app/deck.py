"""The team's approval deck, wired for one opened account: read on the runner, shown first in each session, a
proposal edited in the composer and the post queued from it followed.

`DeckDesk` makes the account's `DeckService` (the folder of the `deck_folder` setting, the feeds of `blog_feeds`
read every `feed_every_minutes`, the quiet periods of `QuietWatch`) and starts it. The session window gets the
service (`service`); its deck page asks for a proposal to be edited (`edit`: the composer opens with its text and
files, and the post sent from it is tied to the proposal through `ComposeDesk.proposal_queued`). A post of the
outbox sent or failed reads the deck again, so the decision file says so at once. What the deck has to say (the
folder offline, a feed failing) goes to the tray.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from exec_desk.services.deck.deck import Deck, Entry
from exec_desk.services.deck.feeds import read_feeds
from exec_desk.services.deck.service import DeckService
from exec_desk.storage.records import DraftMedia, OutboxState
from exec_desk.storage.settings import BLOG_FEEDS, DECK_FOLDER, FEED_EVERY_MINUTES
from exec_desk.ui.i18n import message_text

if TYPE_CHECKING:
    from exec_desk.app.compose import ComposeDesk
    from exec_desk.services.clock import TimerFactory
    from exec_desk.services.context import AppContext
    from exec_desk.services.deck.feeds import FeedsRead
    from exec_desk.services.outbox.sender import OutboxUpdate
    from exec_desk.services.quiet import QuietWatch
    from exec_desk.services.tasks import Runner


class DeckDesk(QObject):
    def __init__(
        self,
        context: AppContext,
        runner: Runner,
        timers: TimerFactory,
        *,
        clock: Callable[[], datetime],
        quiet: QuietWatch,
        compose: ComposeDesk,
        notify: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context, self._clock, self._quiet, self._compose = context, clock, quiet, compose
        settings = context.settings
        self.service = DeckService(
            self._make,
            runner,
            timers,
            feeds=self._read_feeds,
            feeds_every=lambda: timedelta(minutes=settings.value(FEED_EVERY_MINUTES)),
            parent=self,
        )
        self.service.notice.connect(lambda text: notify(message_text(text)))
        compose.proposal_queued.connect(self._queued)
        compose.outbox.changed.connect(self._outbox_changed)
        self._editing: dict[str, str] = {}  # proposal id → its origin, while it is in the composer
        self.service.start()

    def _make(self) -> Deck | None:
        """The deck of the moment (on a worker): the folder of the settings, the feeds' articles."""
        context = self._context
        folder = context.settings.value(DECK_FOLDER)
        if not folder and not context.settings.value(BLOG_FEEDS):
            return None
        return Deck(
            context.store,
            context.account.key,
            Path(folder).expanduser() if folder else None,
            by=f"@{context.account.username}",
            clock=self._clock,
            rules=self._quiet.rules,
        )

    def _read_feeds(self) -> FeedsRead:
        context = self._context
        minutes = context.settings.value(FEED_EVERY_MINUTES)
        urls: list[str] = context.settings.value(BLOG_FEEDS)
        return read_feeds(context.store, context.account.key, urls, now=self._clock(), every=timedelta(minutes=minutes))

    def edit(self, entry: Entry) -> None:
        """Open a proposal recorded as edited in the composer: its text, its files beside it."""
        folder = entry.file.parent if entry.file is not None else None
        files = tuple(DraftMedia(str(folder / ref.file), "", ref.alt or None) for ref in entry.proposal.media if folder)
        text = entry.proposal.text if entry.proposal.kind != "retweet" else (entry.proposal.url or "")
        self._editing[entry.id] = entry.origin
        self._compose.open_text(text, files, origin=entry.id)

    def _queued(self, proposal_id: str, item_id: int) -> None:
        origin = self._editing.pop(proposal_id, None)
        if origin is not None:
            self.service.link_edited(origin, proposal_id, item_id)

    def _outbox_changed(self, update: OutboxUpdate) -> None:
        if update.item.state in (OutboxState.SENT, OutboxState.FAILED):
            self.service.refresh()

    def close(self) -> None:
        self.service.close()
        self.deleteLater()
