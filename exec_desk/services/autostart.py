"""Keep the login entry in step with the `open_at_login` setting. No Qt.

`follow_setting(settings, autostart)` applies the setting at once (which also refreshes the entry's launcher after a
reinstall) and again after every change of that setting; it returns the function that stops following. A failed
write (read-only or full home) is logged and handed to `on_error`, never raised into whoever changed the setting.

    stop = follow_setting(settings, Autostart(paths.autostart_dir), on_error=tray_warning)
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from exec_desk.storage.settings import OPEN_AT_LOGIN, Settings

log = logging.getLogger(__name__)


class AutostartEntry(Protocol):
    """What `follow_setting` needs: `exec_desk.storage.autostart.Autostart` or a fake with the same face."""

    def apply(self, enabled: bool) -> bool: ...


def follow_setting(
    settings: Settings,
    autostart: AutostartEntry,
    *,
    on_error: Callable[[OSError], None] | None = None,
) -> Callable[[], None]:
    """Apply `open_at_login` now and after each change; return the unsubscribe function."""

    def apply(enabled: bool) -> None:
        try:
            changed = autostart.apply(enabled)
        except OSError as exc:
            log.warning("autostart: could not %s the login entry: %s", "write" if enabled else "remove", exc)
            if on_error is not None:
                on_error(exc)
            return
        if changed:
            log.info("autostart: login entry %s", "written" if enabled else "removed")

    def on_change(name: str, value: object) -> None:
        if name == OPEN_AT_LOGIN.name:
            apply(bool(value))

    apply(settings.value(OPEN_AT_LOGIN))
    return settings.subscribe(on_change)
