"""Where this computer keeps backups (a per-computer setting, so a restored database cannot move it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.services import backups

KEY = "backup/folder"
DAMAGED_KEY = "backup/damaged"  # a database file the weekly full check found damaged (checked at next start)


def backup_folder(database_file: Path | None = None) -> Path | None:
    """The chosen folder, else ``backups`` beside the database; None on PostgreSQL."""
    default = backups.default_folder(database_file)
    if default is None:
        return None
    chosen = QSettings().value(KEY, "")
    return Path(chosen) if chosen else default


def set_backup_folder(path: Path | None) -> None:
    if path is None:
        QSettings().remove(KEY)
    else:
        QSettings().setValue(KEY, str(path))
