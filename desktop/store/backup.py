"""SQLite copies through SQLite's online backup API (never a file copy, which can catch a write half-done).

A copy is written under a temporary name, checked with ``PRAGMA integrity_check`` and only then renamed into
place, so a file that carries a backup's name is a verified one.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from desktop.store.db import database


class BackupFailed(Exception):
    """A copy could not be written or did not pass its integrity check."""


def sqlite_file() -> Path | None:
    """The open SQLite database's file, or None on PostgreSQL / in memory."""
    db = database.obj
    if not isinstance(db, SqliteDatabase) or db.database in ("", ":memory:"):
        return None
    return Path(db.database)


def integrity_errors(path: Path, quick: bool = False) -> list[str]:
    """What ``integrity_check`` (or the faster ``quick_check``) finds wrong in the file at ``path``; [] is ok.

    The file is opened read-only, so a damaged database is never written to while it is examined.
    """
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}")]
    except sqlite3.DatabaseError as exc:  # not a database at all, or unreadable
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def copy_to(target: Path) -> None:
    """Copy the open SQLite database to ``target`` with the backup API and verify the copy."""
    source = sqlite_file()
    if source is None:
        raise BackupFailed("not a SQLite file database")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    try:
        with contextlib.closing(sqlite3.connect(partial)) as dest:
            database.connection().backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        errors = integrity_errors(partial)
        if errors:
            raise BackupFailed("; ".join(errors[:5]))
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        raise BackupFailed(str(exc)) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()


def restore_from(source: Path) -> None:
    """Replace the open database's content with the copy at ``source``, in place, through the backup API."""
    if sqlite_file() is None:
        raise BackupFailed("not a SQLite file database")
    try:
        with contextlib.closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src:
            src.backup(database.connection())
    except sqlite3.Error as exc:
        raise BackupFailed(str(exc)) from exc


def count_deals(path: Path) -> int | None:
    """How many deals the copy at ``path`` holds (None when it cannot be read)."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            return conn.execute("SELECT COUNT(*) FROM deal").fetchone()[0]
    except sqlite3.Error:
        return None


def filesystem_type(path: Path) -> str:
    """The file system type holding ``path`` on Linux (from /proc/mounts); '' elsewhere or when unknown."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return ""
    resolved = str(path.resolve())
    best, kind = "", ""
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        if (resolved == point or resolved.startswith(point.rstrip("/") + "/")) and len(point) > len(best):
            best, kind = point, fields[2]
    return kind
