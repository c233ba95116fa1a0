"""Checks made before and right after the database is opened: a damaged file is caught (and never opened for
writing) with a way back to the newest good backup; a file in a network or cloud-synced folder is warned about."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from desktop.domain.errors import EtapError
from desktop.services.admin import backups
from desktop.ui.backups.folder import DAMAGED_KEY, backup_folder
from desktop.ui.dialogs import dialogs
from desktop.ui.formatting import datetime_text


def check_before_opening(
    database_file: Path, parent: QWidget | None = None, checked: Callable[[], list[str] | None] | None = None
) -> bool:
    """True when the file may be opened: it is sound, new, or was just replaced by a good backup. ``checked``
    gives the quick check's result when it was started earlier (on a thread, while the app loaded)."""
    if not database_file.exists():
        return True
    errors = checked() if checked is not None else backups.quick_check(database_file)
    if QSettings().value(DAMAGED_KEY, "") == str(database_file):
        errors = [
            *(errors or []),
            QCoreApplication.translate("DataSafety", "The weekly full check found this file damaged."),
        ]
    if not errors:  # [] sound, None: nothing found within the time the start may take
        return True
    good = backups.newest_good(backup_folder(database_file))
    details = "\n".join(errors[:5])
    if good is None:
        dialogs.warn(
            parent,
            QCoreApplication.translate("DataSafety", "Damaged database"),
            QCoreApplication.translate(
                "DataSafety",
                "The database %1 is damaged and there is no good backup to restore. Etap will not open it, so "
                "nothing more is lost; keep the file for a specialist.\n\n%2",
            )
            .replace("%1", str(database_file))
            .replace("%2", details),
        )
        return False
    question = QCoreApplication.translate(
        "DataSafety",
        "The database %1 is damaged.\n\nRestore the newest good backup, taken %2 (%3 deals)? The damaged file is "
        "kept beside it, untouched. Choose No to quit without opening it.\n\n%4",
    )
    question = (
        question.replace("%1", str(database_file))
        .replace("%2", datetime_text(good.taken_at.replace(tzinfo=None)))
        .replace("%3", str(good.deals))
        .replace("%4", details)
    )
    if not dialogs.confirm(parent, QCoreApplication.translate("DataSafety", "Damaged database"), question):
        return False
    try:
        backups.replace_damaged(database_file, good.path)
    except EtapError as err:
        dialogs.error(parent, err)
        return False
    QSettings().remove(DAMAGED_KEY)
    return True


def may_read_before_check(database_file: Path) -> bool:
    """True when the window may show ``database_file`` read-only while its start check runs: the file is in
    write-ahead-log mode (opening it writes nothing) and the weekly full check has not found it damaged."""
    return QSettings().value(DAMAGED_KEY, "") != str(database_file) and backups.in_wal_mode(database_file)


def location_warning(database_file: Path) -> str | None:
    """A sentence for the user when the file sits where SQLite is unsafe; None when the place is fine."""
    risk = backups.location_risk(database_file)
    if risk == "network":
        reason = QCoreApplication.translate("DataSafety", "It is on a network drive.")
    elif risk == "cloud":
        reason = QCoreApplication.translate(
            "DataSafety", "It is in a folder synchronised to the cloud (OneDrive, Dropbox, Google Drive, iCloud)."
        )
    else:
        return None
    return (
        QCoreApplication.translate(
            "DataSafety",
            "The database %1 may be damaged where it is. %2 Such folders can copy or lock the file half-way through "
            "a save. Close Etap, move the file (with its -wal file, if any) to a folder on this computer, and start "
            "Etap with that file; teams share a PostgreSQL server instead.",
        )
        .replace("%1", str(database_file))
        .replace("%2", reason)
    )


def warn_about_location(database_file: Path, parent: QWidget | None = None) -> None:
    text = location_warning(database_file)
    if text is not None:
        dialogs.warn(parent, QCoreApplication.translate("DataSafety", "Unsafe database folder"), text)
