"""The deck page of the session window: the team's proposals come first, one decision a key.

`DeckPage(deck)` shows the proposals waiting for a decision (`deck.snapshot.pending`, kept fresh by the
`services.deck.service.DeckService` it is given): a list (who proposes, what, when it is wished, its price; a
conflicted copy and a held post are flagged), the selected proposal in full below (a thread's posts numbered, its
files, what X would refuse, why it is held), then the keys. The session window owns the keys (`attach`: the
actions "approve" `a`, "edit_proposal" `e`, "reject" `x` and "proposals" `p` of its `ShortcutRegistry`,
rebindable like the others) and calls `approve`, `edit`, `reject`:
- approve: to the outbox with the cool-off (a held proposal is refused here: `e` opens it in the composer, which
  asks for the press release's confirmation; one X would refuse likewise);
- edit: recorded as edited, then `edit_requested(Entry)`: the app opens it in the composer;
- reject: the first press asks for the reason (a line under the proposal; Enter rejects, Esc goes back), the
  second (or Enter) rejects with it.
While the page shows, the timeline's keys are off (`attach` is given their ids; `shield`): `j`/`k` (or the arrows)
move in the deck. When the last proposal is decided, or on Esc (`escape`), `closed()` asks the window for its timeline.

Signals of DeckPage:
    edit_requested(object): a `services.deck.deck.Entry` recorded as edited, to open in the composer.
    opened(): the first proposals arrived (the window shows the deck first), once.
    closed(): back to the timeline.
    count_changed(int): how many proposals wait.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from exec_desk.services.deck.deck import Entry, Held, Snapshot
from exec_desk.services.deck.service import Decided
from exec_desk.ui.i18n import message_text, short_date, short_time, usd
from exec_desk.ui.shortcuts import ShortcutRegistry
from exec_desk.ui.style import mute, note_label, scaled_font

DECK_ACTIONS = ("approve", "edit_proposal", "reject")


class DeckPort(Protocol):
    """What the page needs of `services.deck.service.DeckService`."""

    @property
    def changed(self) -> SignalInstance: ...
    @property
    def decided(self) -> SignalInstance: ...
    @property
    def snapshot(self) -> Snapshot | None: ...

    def refresh(self) -> None: ...
    def approve(self, proposal_id: str, press_release: str | None = None) -> None: ...
    def reject(self, proposal_id: str, reason: str = "") -> None: ...
    def edit(self, proposal_id: str) -> None: ...


class DeckPage(QWidget):
    edit_requested = Signal(object)
    opened = Signal()
    closed = Signal()
    count_changed = Signal(int)

    def __init__(self, deck: DeckPort | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deck_page")
        self.deck = deck
        self.entries: list[Entry] = []
        self._registry: ShortcutRegistry | None = None
        self._shielded: tuple[str, ...] = ()
        self._arrived = False
        self._decisions = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 6)
        self.title = QLabel()
        self.title.setObjectName("deck_title")
        self.title.setFont(scaled_font(self.title.font(), 1.15, bold=True))
        layout.addWidget(self.title)
        self.list = QListWidget()
        self.list.setObjectName("deck_list")
        self.list.setAccessibleName(self.tr("Proposals of your team"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.installEventFilter(self)
        layout.addWidget(self.list, 2)
        self.detail = QLabel()
        self.detail.setObjectName("deck_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setContentsMargins(4, 8, 4, 8)
        layout.addWidget(self.detail, 3)
        self.warning = note_label("deck_warning", left=4)
        layout.addWidget(self.warning)
        reason_row = QHBoxLayout()
        self.reason_label = QLabel(self.tr("Why reject it?"))
        self.reason = QLineEdit()
        self.reason.setObjectName("deck_reason")
        self.reason.setPlaceholderText(self.tr("Written beside the proposal for your team"))
        self.reason_label.setBuddy(self.reason)
        self.reason.returnPressed.connect(self.reject)
        reason_row.addWidget(self.reason_label)
        reason_row.addWidget(self.reason, 1)
        self.reason_row = QWidget()
        self.reason_row.setLayout(reason_row)
        self.reason_row.setVisible(False)
        layout.addWidget(self.reason_row)
        self.buttons = QHBoxLayout()
        self.later_button = QPushButton(self.tr("Later — to the timeline (Esc)"))
        self.later_button.setObjectName("deck_later")
        self.later_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.later_button.clicked.connect(self.closed)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.later_button)
        layout.addLayout(self.buttons)
        self.status = note_label("deck_status", left=4)
        layout.addWidget(self.status)
        self.list.currentRowChanged.connect(self._moved)
        if deck is not None:
            deck.changed.connect(self._on_snapshot)
            deck.decided.connect(self._on_decided)
            self._on_snapshot(deck.snapshot)
        else:
            self._on_snapshot(None)

    # -- the window's keys ------------------------------------------------------------------------------------
    def attach(self, registry: ShortcutRegistry, timeline_actions: Iterable[str], side_row: QBoxLayout) -> None:
        """Buttons for the deck's actions, a "Proposals" button in `side_row`; the timeline's actions are off
        while the page shows."""
        self._registry, self._shielded = registry, tuple(timeline_actions)
        registry.guard(self.reason)
        for action_id in DECK_ACTIONS:
            button = QToolButton()
            button.setObjectName(f"button_{action_id}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setDefaultAction(registry.action(action_id))
            self.buttons.insertWidget(self.buttons.count() - 2, button)
        self.proposals_button = QToolButton()
        self.proposals_button.setObjectName("button_proposals")
        self.proposals_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.proposals_button.setDefaultAction(registry.action("proposals"))
        side_row.insertWidget(0, self.proposals_button)
        self._update()

    def shield(self, on: bool) -> None:
        """The timeline's actions off while the deck shows (`on`), on again after."""
        if self._registry is None:
            return
        for action_id in self._shielded:
            self._registry.action(action_id).setEnabled(not on)
        self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            for action_id, delta in (("next", 1), ("previous", -1)):
                keys = self._registry.keys(action_id) if self._registry is not None else ()
                if any(k.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch for k in keys):
                    self.step(delta)
                    return True
        return False

    def step(self, delta: int) -> None:
        if self.entries:
            self.list.setCurrentRow(max(0, min(len(self.entries) - 1, self.list.currentRow() + delta)))

    # -- what is shown ----------------------------------------------------------------------------------------
    def has_pending(self) -> bool:
        return bool(self.entries)

    def current(self) -> Entry | None:
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _on_snapshot(self, snapshot: Snapshot | None) -> None:
        chosen = self.current()
        self.entries = [] if snapshot is None else snapshot.pending
        self.list.blockSignals(True)  # rebuilt, not moved: the status line stays
        self.list.clear()
        for entry in self.entries:
            item = QListWidgetItem(self._line(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setToolTip(entry.proposal.text)
            self.list.addItem(item)
        ids = [e.id for e in self.entries]
        if self.entries:
            self.list.setCurrentRow(ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0)
        self.list.blockSignals(False)
        count = len(self.entries)
        self.title.setText(
            self.tr("%n proposal(s) from your team", "", count) if count else self.tr("No proposals waiting.")
        )
        self._show_current()
        self.count_changed.emit(count)
        if count and not self._arrived:
            self._arrived = True
            self.opened.emit()
        elif not count and self._decisions and self.isVisible():
            self.status.setText(self.tr("Every proposal is decided."))
            self.closed.emit()
        self._update()

    def _line(self, entry: Entry) -> str:
        proposal = entry.proposal
        kinds = {"post": self.tr("Post"), "thread": self.tr("Thread"), "retweet": self.tr("Retweet")}
        head = [kinds.get(proposal.kind, proposal.kind)]
        if proposal.by:
            head.append(self.tr("by {name}").format(name=proposal.by))
        if proposal.wished is not None:
            when = f"{short_date(proposal.wished)} {short_time(proposal.wished)}"
            head.append(self.tr("wished for {time}").format(time=when))
        head.append(usd(entry.cost_micro))
        if entry.conflict_of:
            head.append(self.tr("⚠ conflicted copy of {name}").format(name=entry.conflict_of))
        if entry.hold is not None:
            head.append(self.tr("⏸ held: quiet period"))
        first = (proposal.title or proposal.text or proposal.url or "").strip().splitlines()
        return " · ".join(head) + "\n" + (first[0][:120] if first else "")

    def _show_current(self) -> None:
        entry = self.current()
        self.reason_row.setVisible(False)
        if entry is None:
            self.detail.setText("")
            self.warning.setText("")
            return
        proposal = entry.proposal
        lines: list[str] = []
        if proposal.title:
            lines.append(proposal.title)
        if proposal.kind == "retweet":
            lines += [self.tr("Retweet of {url}").format(url=proposal.url or ""), "", proposal.text]
        elif proposal.parts:
            lines += [f"{n}/{len(proposal.parts)}  {part}" for n, part in enumerate(proposal.parts, 1)]
        else:
            lines.append(proposal.text)
        for ref in proposal.media:
            alt = f" — {ref.alt}" if ref.alt else ""
            lines.append(self.tr("Attached: {file}").format(file=ref.file) + alt)
        if entry.file is not None:
            lines += ["", self.tr("From {file}").format(file=entry.file.name)]
        self.detail.setText("\n".join(lines).strip())
        warnings = []
        if entry.conflict_of:
            warnings.append(
                self.tr("A sync tool made this copy of {name} when two people changed it: compare them first.").format(
                    name=entry.conflict_of
                )
            )
        if entry.hold is not None:
            warnings.append(message_text(entry.hold.reason))
            warnings.append(self.tr("Edit it (e) to confirm it with the press release in the composer."))
        warnings += [message_text(p) for p in entry.problems]
        self.warning.setText("\n".join(warnings))

    def _moved(self, _row: int) -> None:
        self.status.setText("")
        self._show_current()
        self._update()

    def _update(self) -> None:
        if self._registry is None:
            return
        shown_now = self.isVisible()
        for action_id in DECK_ACTIONS:
            self._registry.action(action_id).setEnabled(shown_now and self.current() is not None)
        count = len(self.entries)
        proposals = self._registry.action("proposals")
        configured = self.deck is not None and self.deck.snapshot is not None  # a folder or a feed is set
        proposals.setEnabled(configured)
        proposals.setText(self.tr("Proposals ({count})").format(count=count) if count else self.tr("Proposals"))
        self.proposals_button.setVisible(configured)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shield(True)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.shield(False)

    # -- deciding ---------------------------------------------------------------------------------------------
    def approve(self) -> None:
        entry = self.current()
        if entry is None or self.deck is None:
            return
        if entry.hold is not None:
            self.status.setText(self.tr("Held by the quiet period: edit it (e) to confirm it with the press release."))
            return
        if entry.problems:
            self.status.setText(self.tr("X would refuse it as it is: edit it (e)."))
            return
        self.status.setText(self.tr("Approving…"))
        self.deck.approve(entry.id)

    def edit(self) -> None:
        entry = self.current()
        if entry is not None and self.deck is not None:
            self.deck.edit(entry.id)

    def reject(self) -> None:
        entry = self.current()
        if entry is None or self.deck is None:
            return
        if not self.reason_row.isVisible():
            self.reason.clear()
            self.reason_row.setVisible(True)
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            self.status.setText(self.tr("Why? Enter rejects it, Esc goes back."))
            return
        self.reason_row.setVisible(False)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.deck.reject(entry.id, self.reason.text().strip())

    def escape(self) -> None:
        """Esc: close the reason line, else back to the timeline."""
        if self.reason_row.isVisible():
            self.reason_row.setVisible(False)
            self.status.setText("")
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.closed.emit()

    def _on_decided(self, decided: Decided) -> None:
        error = decided.error
        if error is not None:
            said = message_text(getattr(error, "message", str(error)))
            if isinstance(error, Held):
                said = self.tr("Held by the quiet period: edit it (e) to confirm it with the press release.")
            self.status.setText(self.tr("Not done: {reason}").format(reason=said))
            return
        self._decisions += 1
        words = {
            "approve": self.tr("Approved: it is in the outbox and goes after the cool-off."),
            "reject": self.tr("Rejected; your reason is written beside the proposal."),
            "edit": self.tr("Opened in the composer."),
        }
        self.status.setText(words.get(decided.action, ""))
        mute(self.status)
        if decided.action == "edit" and decided.entry is not None:
            self.edit_requested.emit(decided.entry)
