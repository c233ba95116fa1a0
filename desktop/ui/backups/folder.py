"""Where this computer keeps backups (a per-computer setting, so a restored database cannot move it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.services.admin import backups

KEY = "backup/folder"
MOVED_KEY = "database/path"  # where File → Move database… put the default database
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


def moved_database() -> Path | None:
    chosen = QSettings().value(MOVED_KEY, "")
    return Path(chosen) if chosen else None


def set_moved_database(path: Path | None) -> None:
    if path is None:
        QSettings().remove(MOVED_KEY)
    else:
        QSettings().setValue(MOVED_KEY, str(path))
