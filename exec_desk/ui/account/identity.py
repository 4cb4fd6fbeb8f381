"""The one way Exec Desk names the account it uses, wherever it says it: the account dialog, the tray's tooltip and
menu (`account_text`), and the composer (`posting_as`). In demo mode the account is the demo's made-up one on a
fake X: Exec Desk says so, and that no X account is signed in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def account_text(username: str | None, *, demo: bool) -> str:
    """ "Signed in as @ceo", "Demo account @claire_exec — not signed in to X", or "Not signed in to X"."""
    if not username:
        return QCoreApplication.translate("Identity", "Not signed in to X")
    if demo:
        return QCoreApplication.translate("Identity", "Demo account @{name} — not signed in to X").format(name=username)
    return QCoreApplication.translate("Identity", "Signed in as @{name}").format(name=username)


def posting_as(username: str | None, *, demo: bool) -> str:
    """What the composer says about the account a post goes out as."""
    if not username:
        return ""
    if demo:
        return QCoreApplication.translate("Identity", "Posting as @{name} on the demo X").format(name=username)
    return QCoreApplication.translate("Identity", "Posting as @{name}").format(name=username)
