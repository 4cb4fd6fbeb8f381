"""The team's approval deck: the synced folder read as sync tools leave it (`folder`), the deck's decisions, the
outbox and the audit log (`deck`: also for `exec-desk deck`), the blog's echo (`feeds`), and the deck kept fresh
for the session window on the task runner (`service`). Parsing is `core.deck`'s; nothing here touches a widget."""
