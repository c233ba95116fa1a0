"""SQLite copies through SQLite's online backup API (never a file copy, which can catch a write half-done).

A copy is written under a temporary name, checked with ``PRAGMA integrity_check`` and only then renamed into
place, so a file that carries a backup's name is a verified one.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
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


def integrity_errors(
    path: Path, quick: bool = False, seconds: float | None = None, cancelled: threading.Event | None = None
) -> list[str] | None:
    """What ``integrity_check`` (or the faster ``quick_check``) finds wrong in the file at ``path``; [] is ok.

    With ``seconds`` (or ``cancelled``), the check stops when the time is up (or the event is set) and returns
    None: "nothing found so far". The file is opened read-only, so a damaged database is never written to while
    it is examined.
    """
    pragma = "quick_check" if quick else "integrity_check"
    header = _header_problem(path)
    if header:
        return [header]
    try:
        uri = f"file:{path}?mode=ro"
        with (
            contextlib.closing(sqlite3.connect(uri, uri=True, check_same_thread=False)) as conn,
            _interrupted_after(conn, seconds, cancelled) as stopped,
        ):
            try:
                rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}")]
            except sqlite3.OperationalError:
                if stopped.is_set():
                    return None
                raise
    except sqlite3.DatabaseError as exc:  # not a database at all, or unreadable
        return [str(exc)]
    return [] if rows == ["ok"] else rows


@contextlib.contextmanager
def _interrupted_after(conn: sqlite3.Connection, seconds: float | None, cancelled: threading.Event | None):
    """Interrupt ``conn``'s running statement when ``seconds`` pass or ``cancelled`` is set (SQLite's
    integrity check runs as one step, so only sqlite3_interrupt can stop it). Yields an event set if it did."""
    stopped, finished = threading.Event(), threading.Event()
    if seconds is None and cancelled is None:
        yield stopped
        return
    deadline = None if seconds is None else time.monotonic() + seconds

    def watch() -> None:
        while not finished.wait(0.02):
            if (deadline is not None and time.monotonic() > deadline) or (cancelled is not None and cancelled.is_set()):
                stopped.set()
                conn.interrupt()
                return

    watcher = threading.Thread(target=watch, name="etap-check-watch", daemon=True)
    watcher.start()
    try:
        yield stopped
    finally:
        finished.set()
        watcher.join()


def in_wal_mode(path: Path) -> bool:
    """True when the file's header says write-ahead logging (opening it then changes nothing in the file)."""
    try:
        with path.open("rb") as f:
            header = f.read(20)
    except OSError:
        return False
    return len(header) == 20 and header[18] == 2 and header[19] == 2


def _header_problem(path: Path) -> str | None:
    """A damaged file header (the first 100 bytes SQLite trusts for everything else), or None."""
    try:
        with path.open("rb") as f:
            header = f.read(100)
        size = path.stat().st_size
    except OSError as exc:
        return str(exc)
    if size == 0:
        return None  # an empty file is a new database
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return "not a SQLite database (bad header)"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return f"bad page size {page_size}"
    if size % page_size:
        return f"file size {size} is not a whole number of {page_size}-byte pages"
    return None


def copy_to(target: Path, cancelled: threading.Event | None = None) -> None:
    """Copy the open SQLite database to ``target`` with the backup API and verify the copy.

    Reads the file through its own read-only connection (the committed state, while others keep writing), so it
    may run on any thread; ``cancelled`` stops it between steps and leaves no file behind.
    """
    source = sqlite_file()
    if source is None:
        raise BackupFailed("not a SQLite file database")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()

    def progress(status, remaining, total) -> None:
        if cancelled is not None and cancelled.is_set():
            raise BackupFailed("cancelled")

    try:
        with (
            contextlib.closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
            contextlib.closing(sqlite3.connect(partial)) as dest,
        ):
            src.backup(dest, pages=4096, progress=progress)
            dest.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        errors = integrity_errors(partial, cancelled=cancelled)
        if errors is None:
            raise BackupFailed("cancelled")
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


def copy_file(source: Path, target: Path) -> None:
    """Copy the database file ``source`` into a new file ``target`` through the backup API (both closed files)."""
    try:
        with (
            contextlib.closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
            contextlib.closing(sqlite3.connect(target)) as dest,
        ):
            src.backup(dest)
    except sqlite3.Error as exc:
        raise BackupFailed(str(exc)) from exc
