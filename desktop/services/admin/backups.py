"""Verified automatic backups of the SQLite database, their rotation, and restoring one.

Backups are files ``etap-YYYYMMDD-HHMMSS.db`` in a folder (by default ``backups`` beside the database). Each is
written through SQLite's backup API and checked before it gets its name (desktop/store/backup.py), so every
file listed here is a verified copy. Times are UTC.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.domain import backups as rules
from desktop.domain.errors import EtapError, RuleError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.timeutil import utcnow
from desktop.services.actor import Actor, require_admin
from desktop.store import backup as store_backup

NAME = re.compile(r"^etap-(\d{8}-\d{6})\.db$")
STAMP = "%Y%m%d-%H%M%S"
AT_START_AFTER = timedelta(days=1)  # back up at start when the newest copy is older than this
WHILE_RUNNING_EVERY = timedelta(hours=3)
FULL_CHECK_EVERY = timedelta(days=7)
START_CHECK_SECONDS = 0.8  # the check before opening stays under a second even at 1M deals


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC
    size: int  # bytes
    deals: int | None  # None when the copy cannot be read


def database_file() -> Path | None:
    """The open SQLite database's file (None on PostgreSQL)."""
    return store_backup.sqlite_file()


def default_folder(database_file: Path | None = None) -> Path | None:
    """``backups`` beside the open SQLite database; None on PostgreSQL (use ``etap backup``/pg_dump there)."""
    database_file = database_file or store_backup.sqlite_file()
    return None if database_file is None else database_file.parent / "backups"


def _taken_at(path: Path) -> datetime | None:
    match = NAME.match(path.name)
    if match is None:
        return None
    return datetime.strptime(match.group(1), STAMP).replace(tzinfo=UTC)


def _files(folder: Path) -> list[tuple[datetime, Path]]:
    if not folder.is_dir():
        return []
    found = [(taken, path) for path in folder.iterdir() if (taken := _taken_at(path)) is not None]
    return sorted(found, reverse=True)


def list_backups(folder: Path) -> list[BackupInfo]:
    """The verified copies in ``folder``, newest first."""
    return [
        BackupInfo(path, taken, path.stat().st_size, store_backup.count_deals(path)) for taken, path in _files(folder)
    ]


def newest(folder: Path) -> datetime | None:
    files = _files(folder)
    return files[0][0] if files else None


def _utc(now: datetime | None) -> datetime:
    """``now`` (or the clock) as an aware UTC time; the project's clock gives naive UTC."""
    now = now or utcnow()
    return now.replace(tzinfo=UTC) if now.tzinfo is None else now.astimezone(UTC)


def back_up(folder: Path, now: datetime | None = None, cancelled: threading.Event | None = None) -> Path:
    """Write a verified copy of the open database into ``folder`` and apply the rotation; the copy's path."""
    now = _utc(now).replace(microsecond=0)
    target = folder / f"etap-{now.strftime(STAMP)}.db"
    while target.exists():  # two copies in one second: the later one gets the next second's name
        now += timedelta(seconds=1)
        target = folder / f"etap-{now.strftime(STAMP)}.db"
    try:
        store_backup.copy_to(target, cancelled)
    except store_backup.BackupFailed as exc:
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "The backup could not be made: {reason}"), reason=str(exc)) from exc
    prune(folder)
    return target


def back_up_if_due(
    folder: Path,
    now: datetime | None = None,
    older_than: timedelta = AT_START_AFTER,
    cancelled: threading.Event | None = None,
) -> Path | None:
    """Back up when the newest copy is older than ``older_than`` (or there is none); the new copy or None.

    Safe on a worker thread (it reads the file through its own connection): at 1M deals a verified copy takes
    minutes on a busy machine."""
    now = _utc(now)
    last = newest(folder)
    if last is not None and now - last < older_than:
        return None
    return back_up(folder, now, cancelled)


def prune(folder: Path) -> list[Path]:
    """Delete the copies the rotation (7 daily, 4 weekly, 12 monthly) no longer keeps; what was deleted."""
    files = _files(folder)
    keep = rules.to_keep(taken for taken, _ in files)
    removed = []
    for taken, path in files:
        if taken not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def restore(actor: Actor, folder: Path, source: Path, now: datetime | None = None) -> Path:
    """Replace the open database with the copy ``source`` (admins only), after backing up the current state.

    Returns the path of the safety copy of the state before the restore.
    """
    require_admin(actor)
    errors = store_backup.integrity_errors(source)
    if errors:
        raise RuleError(
            QT_TRANSLATE_NOOP("Errors", "This backup is damaged and cannot be restored: {reason}"),
            reason="; ".join(errors[:3]),
        )
    safety = back_up(folder, now)
    try:
        store_backup.restore_from(source)
    except store_backup.BackupFailed as exc:
        message = QT_TRANSLATE_NOOP("Errors", "The backup could not be restored: {reason}")
        raise EtapError(message, reason=str(exc)) from exc
    return safety


def quick_check(path: Path, seconds: float | None = START_CHECK_SECONDS) -> list[str] | None:
    """What the header check and SQLite's quick_check find wrong in the file at ``path`` ([] when sound), within
    ``seconds``: None when time ran out first (nothing found so far; the weekly full check covers the rest)."""
    return store_backup.integrity_errors(path, quick=True, seconds=seconds)


def in_wal_mode(path: Path) -> bool:
    """True when the SQLite file at ``path`` is in write-ahead-log mode (opening it read-only writes nothing)."""
    return store_backup.in_wal_mode(path)


def full_check(path: Path, cancelled: threading.Event | None = None) -> list[str] | None:
    """``integrity_check`` of the whole file (minutes at 1M deals: run it off the GUI thread); None if cancelled."""
    return store_backup.integrity_errors(path, cancelled=cancelled)


def location_risk(path: Path) -> str | None:
    """``"network"`` or ``"cloud"`` when the database file sits where SQLite's locking is unsafe; else None."""
    return rules.unsafe_location(str(path.resolve()), store_backup.filesystem_type(path))


def replace_damaged(database_file: Path, source: Path, now: datetime | None = None) -> Path:
    """Put the damaged ``database_file`` (and its -wal/-shm) aside, never writing to it, and recreate the file
    from the verified copy ``source``. Returns where the damaged file now is (kept for a specialist)."""
    stamp = _utc(now).strftime(STAMP)
    aside = database_file.with_name(f"{database_file.name}.damaged-{stamp}")
    try:
        for suffix in ("", "-wal", "-shm"):
            part = Path(str(database_file) + suffix)
            if part.exists():
                part.replace(Path(str(aside) + suffix))
        store_backup.copy_file(source, database_file)
    except (OSError, store_backup.BackupFailed) as exc:
        message = QT_TRANSLATE_NOOP("Errors", "The backup could not be restored: {reason}")
        raise EtapError(message, reason=str(exc)) from exc
    return aside


def newest_good(folder: Path) -> BackupInfo | None:
    """The newest copy in ``folder`` that passes a full integrity check."""
    for info in list_backups(folder):
        if not full_check(info.path):
            return info
    return None


def copy_database(source: Path, target: Path) -> None:
    """A verified copy of the (closed or open) database file ``source`` at ``target`` (``etap backup``)."""
    if target.exists():
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "{path} already exists; choose a new file."), path=str(target))
    try:
        store_backup.copy_file(source, target)
    except store_backup.BackupFailed as exc:
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "The backup could not be made: {reason}"), reason=str(exc)) from exc
    errors = full_check(target)
    if errors:
        target.unlink(missing_ok=True)
        raise RuleError(
            QT_TRANSLATE_NOOP("Errors", "The backup could not be made: {reason}"), reason="; ".join(errors[:3])
        )


def move_database(target: Path, now: datetime | None = None) -> Path:
    """Copy the open database to ``target`` (verified) for File → Move database…; the old file stays where it
    was until the user deletes it. Returns ``target``."""
    current = database_file()
    if current is None:
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "Only a database file on this computer can be moved."))
    if target.resolve() == current.resolve():
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "The database is already there."))
    if target.exists():
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "{path} already exists; choose a new file."), path=str(target))
    try:
        store_backup.copy_to(target)
    except store_backup.BackupFailed as exc:
        message = QT_TRANSLATE_NOOP("Errors", "The database could not be moved: {reason}")
        raise RuleError(message, reason=str(exc)) from exc
    return target
