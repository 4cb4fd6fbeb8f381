"""What the composer remembers between runs, in its INI file (`state_file`, e.g. `paths.config_dir /
"composer.ini"`): its place on screen, the folder files were last attached from, and the draft being written.

The draft's id is written as soon as it changes (and synced at once: a crash right after must find it), so the next
run can offer that draft back. Without a file (tests, a composer nobody keeps) nothing is remembered.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

GEOMETRY, ATTACH_FOLDER, DRAFT = "composer/geometry", "composer/attach_folder", "composer/draft"


def pictures_folder() -> str:
    """The user's Pictures folder (the platform's), or the home folder when there is none."""
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    return pictures if pictures and Path(pictures).is_dir() else str(Path.home())


class ComposerMemory:
    """The composer's INI file (`path`; None: remember nothing)."""

    def __init__(self, path: Path | None) -> None:
        self._file = None if path is None else QSettings(str(path), QSettings.Format.IniFormat)
        #: The draft the composer held when the app last stopped (quit or crash).
        self.left_draft = self._int(DRAFT)
        self._kept = self.left_draft

    def _int(self, key: str) -> int | None:
        value = self._file.value(key) if self._file is not None else None
        try:
            return int(str(value)) if value not in (None, "") else None
        except ValueError:
            return None

    def _set(self, key: str, value: object) -> None:
        if self._file is None:
            return
        if value is None:
            self._file.remove(key)
        else:
            self._file.setValue(key, value)
        self._file.sync()

    def geometry(self) -> QByteArray | None:
        value = self._file.value(GEOMETRY) if self._file is not None else None
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._set(GEOMETRY, geometry)

    def attach_folder(self) -> str:
        """Where Attach opens: the folder of the last file attached, else the Pictures folder."""
        last = self._file.value(ATTACH_FOLDER) if self._file is not None else None
        return str(last) if isinstance(last, str) and last and Path(last).is_dir() else pictures_folder()

    def attached_from(self, path: str) -> None:
        self._set(ATTACH_FOLDER, str(Path(path).parent))

    def keep(self, draft_id: int | None) -> None:
        """Remember the draft being written (None: none), to offer it back after a quit or a crash."""
        if draft_id != self._kept:
            self._kept = draft_id
            self._set(DRAFT, draft_id)
