"""The response clocks' log: a post is handled when it is replied to, retweeted, or dismissed with `x`.

`HandledLog` follows the account's outbox: a retweet sent, or a reply sent, logs its post as handled at the time
the user acted (the item's creation: a reply waiting out its cool-off was written in time). `dismiss` logs a
dismissal at once. The first handling counts. Store work runs in the runner's STORE lane.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject

from exec_desk.services.outbox.sender import OutboxSender, OutboxUpdate
from exec_desk.services.radar.clocks import handled_by
from exec_desk.services.tasks import STORE, Runner
from exec_desk.storage.records import OutboxState
from exec_desk.storage.store import Store

log = logging.getLogger(__name__)


class HandledLog(QObject):
    """Logs what the account's outbox sends that handles a post; `dismiss` logs a dismissal."""

    def __init__(
        self, store: Store, runner: Runner, account: str, outbox: OutboxSender, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._store, self._runner, self._account = store, runner, account
        outbox.changed.connect(self._on_outbox)

    def _on_outbox(self, update: OutboxUpdate) -> None:
        item = update.item
        found = handled_by(item.payload)
        if item.state is OutboxState.SENT and found is not None:
            self._log(found[0], found[1], item.created_at)

    def dismiss(self, post_id: str, at: datetime) -> None:
        self._log(post_id, "dismissed", at)

    def _log(self, post_id: str, how: str, at: datetime) -> None:
        store, account = self._store, self._account
        log.info("post %s handled: %s", post_id, how)
        self._runner.submit(
            lambda: store.signal.mark_handled(account, post_id, how, at),
            None,
            lambda error: log.error("could not log post %s as %s: %s", post_id, how, error),
            lane=STORE,
            owner=self,
        )
