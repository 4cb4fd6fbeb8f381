"""The running app: the one builder that wires everything (`run`), the tray app (`desk.ExecDesk`) and its desks.

`run.run_app` makes the QApplication, paths, settings and runners and hands finished objects to `ExecDesk`; the
desks own what the context opens per account: `sessions.SessionDesk` (review sessions and their window),
`compose.ComposeDesk` (composer, drafts, outbox sender and window). The only room that may import every layer.
"""
