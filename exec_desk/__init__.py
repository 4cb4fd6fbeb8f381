"""Exec Desk: a system-tray app that turns five spare minutes into useful presence on X."""

__version__ = "0.1.0"
APP_NAME = "Exec Desk"
APP_ID = "exec-desk"
#: The freedesktop id: .desktop entry, AppStream metainfo, icon name (packaging/io.github.execdesk.ExecDesk.*).
DESKTOP_ID = "io.github.execdesk.ExecDesk"
