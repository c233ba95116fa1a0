"""Opening the database: SQLite (default, a file) or PostgreSQL (a ``postgresql://`` URL).

All models are bound to ``database`` (a proxy), so one process talks to one database at a time. SQLite
gets WAL, foreign keys, a busy timeout so several copies of the app can share one file, and synchronous=FULL
so an acknowledged commit survives a power cut.
"""

from __future__ import annotations

import os
from pathlib import Path

from peewee import DatabaseProxy, PostgresqlDatabase, SqliteDatabase

database = DatabaseProxy()

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
HISTORY_TABLE = "schema_migration"  # playhouse.migrations.Runner's history of applied migrations

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 10000,
    # FULL: in WAL mode NORMAL may lose the last acknowledged commits on a power cut (the WAL is not synced at
    # each commit); FULL syncs it, so a saved deal stays saved. Cost measured by tests/bench (board.move_*).
    "synchronous": "full",
    "cache_size": -8000,
}


def is_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


def connect(target: str | os.PathLike):
    """Return an unconnected peewee Database for a file path or a postgresql:// URL."""
    target = str(target)
    if is_url(target):
        from playhouse.db_url import parse as parse_url

        from desktop.store import use_psycopg2

        use_psycopg2()
        params = parse_url(target)
        # no JIT compilation: it costs 100-150 ms per grouped query over a million deals (their plans' costs pass
        # jit_above_cost) and saves less; the queries here are short
        params.setdefault("options", "-c jit=off")
        return PostgresqlDatabase(params.pop("database"), **params)
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    pragmas = dict(SQLITE_PRAGMAS)
    busy = os.environ.get("ETAP_SQLITE_BUSY_MS", "")  # how long to wait for another writer's lock
    if busy.isdigit():
        pragmas["busy_timeout"] = int(busy)
    return SqliteDatabase(target, pragmas=pragmas, timeout=pragmas["busy_timeout"] / 1000)


def open_database(target: str | os.PathLike, migrate: bool = True, before_migrating=None):
    """Bind the models to the database at ``target`` and bring its schema up to date.

    ``before_migrating()`` runs first when an existing database is about to be upgraded (a backup, say).
    """
    db = connect(target)
    database.initialize(db)
    db.connect(reuse_if_open=True)
    if migrate:
        if before_migrating is not None and upgrade_pending(db):
            before_migrating()
        run_migrations(db)
    return db


def upgrade_pending(db) -> bool:
    """True when ``db`` already has a schema and some numbered migration is not applied to it yet."""
    applied = _applied(db)
    return bool(applied) and bool(_migration_files() - applied)


def upgrade_due(db) -> bool:
    """True when some numbered migration is not applied to ``db`` (an empty file has them all due).

    What playhouse's ``Runner.status()`` says, read without loading the migration runner: the start of an
    up-to-date file asks this, and nothing else of the runner, before its window paints."""
    return bool(_migration_files() - _applied(db))


def _migration_files() -> set[str]:
    """The names of the numbered migration scripts (as the runner finds them: ``[0-9]*.py``)."""
    return {path.stem for path in MIGRATIONS_DIR.glob("[0-9]*.py")}


def _applied(db) -> set[str]:
    """The names of the migrations the runner's history table records as applied."""
    if not db.table_exists(HISTORY_TABLE):
        return set()
    return {name for (name,) in db.execute_sql(f"SELECT name FROM {HISTORY_TABLE}")}


def set_read_only(read_only: bool) -> None:
    """SQLite: refuse (or allow again) every write on this connection (``PRAGMA query_only``)."""
    if isinstance(database.obj, SqliteDatabase):
        database.execute_sql(f"PRAGMA query_only = {int(read_only)}")


def _runner(db):
    from playhouse.migrations import Runner

    return Runner(db, directory=str(MIGRATIONS_DIR), table_name=HISTORY_TABLE)


def run_migrations(db, target: str | None = None) -> list[str]:
    """Apply pending numbered migrations (``migrations/NNNN_name.py``); returns what was applied."""
    return _runner(db).up(target)


def applied_migrations(db) -> list[str]:
    return sorted(_runner(db).applied())


def use_small_cache() -> None:
    """For a short-lived worker connection: SQLite's default 2 MB page cache instead of the main one's,
    so a background scan does not grow the process by another full cache."""
    if isinstance(database.obj, SqliteDatabase):
        database.execute_sql("PRAGMA cache_size = -2000")


def close_database() -> None:
    if database.obj is not None and not database.is_closed():
        database.close()


def is_postgres() -> bool:
    return isinstance(database.obj, PostgresqlDatabase)


def atomic():
    """A write transaction. On SQLite it takes the write lock up front (BEGIN IMMEDIATE) so two copies
    of the app never deadlock upgrading a read lock."""
    if isinstance(database.obj, SqliteDatabase):
        return database.obj.atomic("IMMEDIATE")
    return database.atomic()
