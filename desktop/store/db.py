"""Opening the database: SQLite (default, a file) or PostgreSQL (a ``postgresql://`` URL).

All models are bound to ``database`` (a proxy), so one process talks to one database at a time. SQLite
gets WAL, foreign keys, a busy timeout so several copies of the app can share one file, and synchronous=FULL
so an acknowledged commit survives a power cut.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import threading
import time
from pathlib import Path

import peewee
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


# The app's connections leave copying the WAL back into the database file (a checkpoint) to a thread of their
# own (``LocalDatabase``): with SQLite's default the commit that takes the WAL past 1,000 pages runs it, and at a
# million deals one board move in twelve paid 5-12 ms for it (four times the others, the top of a move's p95).
# Past this many pages a commit still checkpoints itself, as a safety net should the thread fall behind.
CHECKPOINT_PAGES = 10_000
CHECKPOINT_PAUSE = 0.2  # seconds between two background checkpoints: a burst of commits is copied in a few passes

_log = logging.getLogger(__name__)
_WRAP = peewee.__exception_wrapper__  # driver errors as peewee's, as execute_sql raises them
PREPARE_LIMIT = 500  # statements prepared per connection (the shapes of store.prepared are fewer: a guard)
PREPARE_PARAMS = 1000  # a statement with more parameters (a long IN list) is run as it is
_NEW = object()


class TeamDatabase(PostgresqlDatabase):
    """PostgreSQL with fewer round trips (each one costs the client and the server a wake-up: on a busy machine
    most of a move's time). A transaction's ``BEGIN`` is sent with its first statement, and the statements
    given to ``later`` (writes whose row count and result nobody reads: a history row, a NOTIFY) ride with the
    next statement sent, or with the ``COMMIT``: one message of several statements, run in order, as if sent one
    by one (a ``ROLLBACK`` drops the ones not sent yet: they would have been rolled back). A cursor taken
    directly (``cursor()``: the bulk paths, COPY) first sends what waits, alone. Every statement is logged
    (peewee's logger, which ``count_queries`` reads) when it is made, so statement counts stay counts of
    statements; a deferred statement's error surfaces at the next statement, in the same transaction."""

    def _waiting(self) -> list[str]:
        waiting = getattr(self._state, "waiting", None)
        if waiting is None:
            waiting = self._state.waiting = []
        return waiting

    def waiting(self) -> bool:
        """True while something is held for the next statement (a raw cursor must not run before it)."""
        return bool(getattr(self._state, "waiting", None))

    def later(self, sql: str, params=None) -> None:
        """Run ``sql`` with the next statement of this transaction (now when there is no transaction)."""
        if not self.in_transaction():
            self.execute_sql(sql, params)
            return
        self._log_query(sql, params)
        from psycopg2.extensions import encodings

        conn = self._state.conn
        self._waiting().append(conn.cursor().mogrify(sql, params or ()).decode(encodings[conn.encoding]))

    def _flush(self) -> None:
        waiting = getattr(self._state, "waiting", None)
        if waiting:
            text = ";\n".join(waiting)
            waiting.clear()
            with _WRAP:
                self._state.conn.cursor().execute(text)

    def _initialize_connection(self, conn) -> None:
        self._state.waiting = []
        self._state.statements = {}
        super()._initialize_connection(conn)

    def _close(self, conn) -> None:
        self._state.waiting = []
        self._state.statements = {}
        super()._close(conn)

    def server_statement(self, sql: str, params) -> tuple[str, list]:
        """``sql`` as ``EXECUTE`` of a statement prepared on this connection (``PREPARE``, the first time it is
        met): the server plans it once per connection instead of at every run (planning a board page's four-table
        join costs the server as much as running it). For the statements compiled once per shape
        (``store.prepared``). A statement the server cannot prepare (a parameter whose type it cannot tell) is
        run as it is from then on; in a transaction the attempt sits in a savepoint, so its failure changes
        nothing. Prepared statements outlive a rollback (PREPARE is not transactional) and end with the
        connection."""
        if not params or len(params) > PREPARE_PARAMS:
            return sql, params
        statements = getattr(self._state, "statements", None)
        if statements is None:
            statements = self._state.statements = {}
        name = statements.get(sql, _NEW)
        if name is _NEW:
            name = statements[sql] = self._prepare(sql, len(statements)) if len(statements) < PREPARE_LIMIT else None
        if name is None:
            return sql, params
        return f"EXECUTE {name} ({', '.join(['%s'] * len(params))})", params

    def _prepare(self, sql: str, number: int) -> str | None:
        import psycopg2

        marks = iter(range(1, PREPARE_PARAMS + 1))
        text = re.sub(r"%%|%s", lambda m: "%" if m.group() == "%%" else f"${next(marks)}", sql)
        name = f"etap_{number}"
        waiting = getattr(self._state, "waiting", None)
        # the server is in a transaction once its BEGIN was sent (a BEGIN still waiting was not)
        in_transaction = self.in_transaction() and not (waiting and waiting[0] == "BEGIN")
        cursor = self._state.conn.cursor()
        try:
            if in_transaction:
                cursor.execute(f"SAVEPOINT etap_prepare; PREPARE {name} AS {text}; RELEASE SAVEPOINT etap_prepare")
            else:
                cursor.execute(f"PREPARE {name} AS {text}")
        except psycopg2.Error:
            if in_transaction:
                cursor.execute("ROLLBACK TO SAVEPOINT etap_prepare; RELEASE SAVEPOINT etap_prepare")
            return None
        return name

    def begin(self, isolation_level=None) -> None:
        if isolation_level or self._isolation_level:
            self._flush()
            super().begin(isolation_level)
            return
        if self.is_closed():  # connect now, as the BEGIN sent now would (connecting resets the transaction state)
            super().cursor()
        self._waiting().append("BEGIN")

    def cursor(self, named_cursor=None):
        cursor = super().cursor(named_cursor)
        self._flush()  # a raw cursor's statements come after what waits
        return cursor

    def _execute_cursor(self, sql, params, **cursor_options):
        waiting = getattr(self._state, "waiting", None)
        if not waiting or cursor_options or self.is_closed():
            return super()._execute_cursor(sql, params, **cursor_options)
        self._log_query(sql, params)
        # peewee passes a sequence (``params or ()``), so psycopg2 formats the whole text: the waiting statements
        # are already formatted, their % doubled
        text = ";\n".join(waiting).replace("%", "%%") + ";\n" + sql
        waiting.clear()
        start = time.perf_counter() if self.query_hooks else None
        try:
            with _WRAP:
                cursor = self._state.conn.cursor()
                cursor.execute(text, params or ())
        except Exception as exc:
            if start is not None:
                self._notify_hooks(sql, params, start, exc)
            raise
        if start is not None:
            self._notify_hooks(sql, params, start, None)
        return cursor

    def commit(self) -> None:
        waiting = getattr(self._state, "waiting", None)
        if not waiting or self.is_closed():
            super().commit()
            return
        if waiting == ["BEGIN"]:  # nothing was sent: nothing to commit
            waiting.clear()
            return
        text = ";\n".join([*waiting, "COMMIT"])
        waiting.clear()
        with _WRAP:
            self._state.conn.cursor().execute(text)

    def rollback(self) -> None:
        waiting = getattr(self._state, "waiting", None)
        if waiting and not self.is_closed():
            sent = waiting[0] != "BEGIN"
            waiting.clear()  # never sent: as if rolled back
            if not sent:
                return
        super().rollback()


class _Checkpointer:
    """Copies the committed WAL pages of one database file into it (``PRAGMA wal_checkpoint(PASSIVE)``) on a
    thread of its own, with a connection of its own, after commits (``nudge``): a pass never waits for readers or
    writers and copies what it can; the WAL is reused from its start once a pass copied all of it. The thread
    starts at a nudge and ends with ``stop`` (its connection, when it is the file's last, then checkpoints
    everything and removes the WAL, as closing the app's connection would); a later nudge starts it again."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self.passed = threading.Event()  # set after each pass (a test waits for it)

    def nudge(self) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="etap-checkpoint", daemon=True)
                self._thread.start()
        self._wake.set()

    def stop(self) -> None:
        with self._lock:  # a nudge meanwhile waits, then starts a thread of its own
            thread = self._thread
            if thread is None:
                return
            self._stopping.set()
            self._wake.set()
            thread.join()
            self._thread = None
            self._stopping.clear()
            self._wake.clear()

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(self.path, isolation_level=None)
        except sqlite3.Error:
            _log.exception("background checkpoints of %s: cannot open the file", self.path)
            return
        try:
            while True:
                self._wake.wait()
                if self._stopping.is_set():
                    return
                self._wake.clear()
                try:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                except sqlite3.Error:  # logged; the next nudge tries again
                    _log.warning("background checkpoint of %s failed", self.path, exc_info=True)
                self.passed.set()
                self._stopping.wait(CHECKPOINT_PAUSE)  # the commits meanwhile are copied by the next pass
        finally:
            conn.close()


class LocalDatabase(SqliteDatabase):
    """The app's SQLite file: its commits nudge a background checkpointer (``_Checkpointer``) instead of
    checkpointing themselves (``CHECKPOINT_PAGES``)."""

    def __init__(self, database, *args, **kwargs) -> None:
        super().__init__(database, *args, **kwargs)
        self.checkpointer = _Checkpointer(str(database))

    def commit(self) -> None:
        super().commit()
        self.checkpointer.nudge()

    def stop_checkpoints(self) -> None:
        self.checkpointer.stop()


def later(query) -> None:
    """Run a write whose result nobody reads (a peewee query, or ``(sql, params)``) in the current transaction:
    on PostgreSQL sent with the next statement (``TeamDatabase``), on SQLite now."""
    sql, params = query if isinstance(query, tuple) else query.sql()
    db = database.obj
    if isinstance(db, TeamDatabase):
        db.later(sql, params)
    else:
        db.execute_sql(sql, params)


def is_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


def connect(target: str | os.PathLike, background_checkpoints: bool = False):
    """Return an unconnected peewee Database for a file path or a postgresql:// URL. ``background_checkpoints``
    (a SQLite file): a ``LocalDatabase``, whose commits leave the checkpoints to a thread of their own."""
    target = str(target)
    if is_url(target):
        from playhouse.db_url import parse as parse_url

        from desktop.store import use_psycopg2

        use_psycopg2()
        params = parse_url(target)
        # no JIT compilation: it costs 100-150 ms per grouped query over a million deals (their plans' costs pass
        # jit_above_cost) and saves less; the queries here are short. The statements prepared on the server
        # (``TeamDatabase.server_statement``, only those run with ``prepared``'s one_plan) keep one plan: with
        # the default (auto) the server plans each run again for the first five and then whenever the plan would
        # cost more than a fresh one; a board's data pass at 1M deals takes about half the time with one plan
        # per statement. Statements not prepared on the server (all others) are planned at each run as before
        params.setdefault("options", "-c jit=off -c plan_cache_mode=force_generic_plan")
        return TeamDatabase(params.pop("database"), **params)
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    pragmas = dict(SQLITE_PRAGMAS)
    busy = os.environ.get("ETAP_SQLITE_BUSY_MS", "")  # how long to wait for another writer's lock
    if busy.isdigit():
        pragmas["busy_timeout"] = int(busy)
    if background_checkpoints and target != ":memory:":
        pragmas["wal_autocheckpoint"] = CHECKPOINT_PAGES
        return LocalDatabase(target, pragmas=pragmas, timeout=pragmas["busy_timeout"] / 1000)
    return SqliteDatabase(target, pragmas=pragmas, timeout=pragmas["busy_timeout"] / 1000)


def open_database(target: str | os.PathLike, migrate: bool = True, before_migrating=None):
    """Bind the models to the database at ``target`` and bring its schema up to date.

    ``before_migrating()`` runs first when an existing database is about to be upgraded (a backup, say).
    """
    stop_checkpoints()  # of a database opened before (its thread must not outlive it)
    db = connect(target, background_checkpoints=True)
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
    stop_checkpoints()


def stop_checkpoints() -> None:
    """End the background checkpoints of the open database, if it has them: when it closes (after its
    connection, so the checkpointer's is the file's last: it copies the rest of the WAL and removes it), or
    before a change that needs the file to itself (leaving WAL mode). The next commit starts them again."""
    if isinstance(database.obj, LocalDatabase):
        database.obj.stop_checkpoints()


def is_postgres() -> bool:
    return isinstance(database.obj, PostgresqlDatabase)


def atomic():
    """A write transaction. On SQLite it takes the write lock up front (BEGIN IMMEDIATE) so two copies
    of the app never deadlock upgrading a read lock."""
    if isinstance(database.obj, SqliteDatabase):
        return database.obj.atomic("IMMEDIATE")
    return database.atomic()
