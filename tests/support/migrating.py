"""Upgrade tests: a database made by an older Etap, then opened by this one."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from desktop.store import db as store_db


@contextmanager
def upgraded(target, before: str, fill: Callable[[object], None]) -> Iterator[object]:
    """The database at ``target`` (a file or a postgresql:// URL) migrated up to ``before``, given its old rows
    by ``fill(old)`` on a plain connection, then opened as the app opens it (every later migration applied);
    yields the open database and closes it after."""
    old = store_db.connect(target)
    old.connect()
    store_db.run_migrations(old, target=before)
    fill(old)
    old.close()
    database = store_db.open_database(target)
    try:
        yield database
    finally:
        store_db.close_database()
        database.close()
