"""Running a use-case on a worker thread: its own database connection, closed when the job ends.

Peewee keeps one connection per thread, so a worker thread opens its own on the first query; ``in_worker``
closes it afterwards (and keeps SQLite's page cache small for a short-lived connection). The ui's
background helper (``desktop.ui.background``) calls every job through here, and records what it changed.

A worker that serves one view for as long as it is open (the reports) keeps its connection instead
(``in_kept_worker``): set up as the main one (the app's page cache), warm from one job to the next, and
closed by ``close_connection`` when the worker stops (or after a job that failed, so the next one starts on
a fresh connection).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.services.changes import Changes
from desktop.services.changes import run as run_recorded
from desktop.store import db as store_db


def in_worker(job: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Any, Changes]:
    """Call ``job`` on this (worker) thread's own connection; (its result, what it changed)."""
    try:
        store_db.use_small_cache()
        return run_recorded(job, *args, **kwargs)
    finally:
        store_db.close_database()  # this thread's connection only (peewee keeps one per thread)


def in_kept_worker(job: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Any, Changes]:
    """As ``in_worker``, on this thread's connection kept open for the next job (see the module's text)."""
    try:
        return run_recorded(job, *args, **kwargs)
    except BaseException:
        store_db.close_database()
        raise


def close_connection() -> None:
    """Close this thread's own connection (a kept worker's, when it stops)."""
    store_db.close_database()
