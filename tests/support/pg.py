"""A throwaway, real PostgreSQL server for the test suite.

``PostgresServer().start(base_dir)`` creates a fresh cluster with ``initdb`` in a new temp folder (trust
auth, UTF8, C locale, ``--no-sync``) and starts it with ``pg_ctl -w`` on a free TCP port on 127.0.0.1 only,
with its unix socket in that folder and durability off (fsync, synchronous_commit, full_page_writes): the
data is thrown away anyway. No autovacuum: no statistics appear in a test's database unless it runs ANALYZE.
The bootstrap superuser is ``etap``; the database ``etap_test`` is created and
its URL is ``server.url`` (``postgresql://etap@127.0.0.1:PORT/etap_test``, for ``playhouse.db_url`` and
psycopg2 alike). ``create_database(name)`` makes more isolated databases cheaply (a copy of template0, or
of any ``template`` database, such as one already migrated).

PostgreSQL refuses to run as root, so as root ``initdb`` and ``pg_ctl`` run as the ``postgres`` user
(``runuser``), and the folder, owned by ``postgres``, is made in the system temp dir rather than in
``base_dir`` (pytest's temp folders are private to root).

No postmaster outlives the process that started it: ``stop()`` (``pg_ctl stop -m immediate``, then the
folder is removed) runs at interpreter exit too (atexit), and a small watchdog process does the same when
the starting process dies without running atexit (a crash, SIGKILL, a Qt abort).

Failures raise ``PostgresError`` with the command's output and the server log.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import io
import json
import os
import pwd
import re
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import psycopg2
from psycopg2 import sql

USER = "etap"
DATABASE = "etap_test"

# Settings appended to the new cluster's postgresql.conf (the port is passed to pg_ctl on each try).
_SETTINGS = """
listen_addresses = '127.0.0.1'
unix_socket_directories = '{socket_dir}'
fsync = off
synchronous_commit = off
full_page_writes = off
autovacuum = off
"""

# Runs beside the tests with a pipe from them as stdin: when the pipe closes (the test process ended, however
# it ended) and the cluster is still there, it stops the server and removes the folder.
_WATCHDOG = """
import json, os, shutil, subprocess, sys
sys.stdin.buffer.read()
folder, stop_cmd = json.loads(sys.argv[1])
if os.path.exists(os.path.join(folder, "data", "postmaster.pid")):
    subprocess.run(stop_cmd, cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(folder, ignore_errors=True)
"""


class PostgresError(RuntimeError):
    """The throwaway server could not be created, started or used; the message has the logs."""


def pg_bin_dir() -> str | None:
    """The folder holding PostgreSQL's server programs (initdb, pg_ctl), or None when they are not installed.

    Debian's ``/usr/lib/postgresql/<version>/bin`` folders come first, highest version first; then ``PATH``.
    """

    def version(folder: str) -> tuple[int, ...]:
        return tuple(int(part) for part in re.findall(r"\d+", Path(folder).parent.name))

    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True)
    initdb = shutil.which("initdb")
    if initdb:
        candidates += [os.path.dirname(initdb), os.path.dirname(os.path.realpath(initdb))]
    for folder in candidates:
        if all(os.access(os.path.join(folder, name), os.X_OK) for name in ("initdb", "pg_ctl", "postgres")):
            return folder
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """One throwaway cluster; see the module docstring. ``start()`` once, ``stop()`` any number of times."""

    def __init__(self, bin_dir: str | None = None) -> None:
        self.bin_dir = bin_dir or pg_bin_dir()
        self.dir: Path | None = None  # the temp folder: data/, server.log, the unix socket
        self.port: int | None = None
        self.url: str | None = None
        self._watchdog: subprocess.Popen | None = None
        self.throwaway: list[str] = []  # databases made for one test (see create_database)

    # -- life cycle ------------------------------------------------------------------------------------

    def start(self, base_dir: str | os.PathLike | None = None) -> PostgresServer:
        """Create and start the cluster (in a new folder under ``base_dir`` when not root); returns self."""
        if self.dir is not None:
            raise PostgresError("the server is already started")
        if self.bin_dir is None:
            raise PostgresError("PostgreSQL server binaries (initdb, pg_ctl) not found; install Debian's postgresql")
        owner = self._owner()
        self.dir = Path(tempfile.mkdtemp(prefix="etap-pg-", dir=self._parent(base_dir)))
        atexit.register(self.stop)
        try:
            if owner is not None:
                os.chown(self.dir, owner.pw_uid, owner.pw_gid)
            data = self.dir / "data"
            initdb = ["initdb", "-D", str(data), "-U", USER, "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"]
            self._run(self._command(initdb))
            with open(data / "postgresql.conf", "a", encoding="utf-8") as conf:
                conf.write(_SETTINGS.format(socket_dir=self.dir))
            self._start_postmaster(data)
            self._start_watchdog()
            self.url = self.create_database(DATABASE, keep=True)
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Stop the server at once (``-m immediate``) and remove its folder. Safe to call again."""
        atexit.unregister(self.stop)
        folder, self.dir = self.dir, None
        if folder is None:
            return
        try:
            if (folder / "data" / "postmaster.pid").exists():
                self._run(self._stop_command(folder), check=False)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
            if self._watchdog is not None:
                self._watchdog.stdin.close()  # it finds the folder gone and exits
                with contextlib.suppress(subprocess.TimeoutExpired):
                    self._watchdog.wait(timeout=30)
                self._watchdog = None
            self.url = None

    # -- databases -------------------------------------------------------------------------------------

    def url_for(self, name: str) -> str:
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{name}"

    def connect(self, dbname: str = DATABASE):
        """A new psycopg2 connection to ``dbname`` as ``etap`` (the caller closes it)."""
        if self.dir is None:
            raise PostgresError("the server is not running")
        return psycopg2.connect(host="127.0.0.1", port=self.port, user=USER, dbname=dbname, connect_timeout=10)

    def create_database(self, name: str, template: str = "template0", keep: bool = False) -> str:
        """(Re)create database ``name`` as a copy of ``template`` (no one may be connected to it); its URL.

        Unless ``keep`` (the session's template, a module's snapshot), the name goes on ``throwaway``, the list
        ``drop_throwaway()`` drops: the test fixtures call it when each test ends."""
        if not keep and name not in self.throwaway:
            self.throwaway.append(name)
        with contextlib.closing(self.connect("postgres")) as conn:
            conn.autocommit = True
            with conn.cursor() as cur:
                cur.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
                # FILE_COPY copies the template's files after a checkpoint (cheap: fsync is off); PostgreSQL 15's
                # default WAL_LOG strategy writes every block of the migrated template through the WAL: 4x slower.
                strategy = sql.SQL(" STRATEGY FILE_COPY" if conn.server_version >= 150000 else "")
                cur.execute(
                    sql.SQL("CREATE DATABASE {} TEMPLATE {}{}").format(
                        sql.Identifier(name), sql.Identifier(template), strategy
                    )
                )
        return self.url_for(name)

    def drop_database(self, name: str) -> None:
        """Drop database ``name`` (closing any connection left to it); quiet when it is gone or the server is."""
        if name in self.throwaway:
            self.throwaway.remove(name)
        if self.dir is None:
            return
        with contextlib.closing(self.connect("postgres")) as conn:
            conn.autocommit = True
            with conn.cursor() as cur:
                cur.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def drop_throwaway(self) -> None:
        """Drop every database made without ``keep`` that is still there."""
        for name in list(self.throwaway):
            self.drop_database(name)

    # -- helpers ---------------------------------------------------------------------------------------

    @staticmethod
    def _owner() -> pwd.struct_passwd | None:
        """The user the server runs as when we are root (it refuses root); None otherwise."""
        if os.geteuid() != 0:
            return None
        try:
            return pwd.getpwnam("postgres")
        except KeyError:
            raise PostgresError("running as root, but there is no 'postgres' user to run the server as") from None

    @staticmethod
    def _parent(base_dir: str | os.PathLike | None) -> str | None:
        """Where to make the folder: ``base_dir``, unless root (postgres can't enter it) or too long for the
        unix socket path (107 bytes on Linux); then the system temp dir."""
        if base_dir is None or os.geteuid() == 0 or len(os.fsencode(base_dir)) > 70:
            return None
        os.makedirs(base_dir, exist_ok=True)
        return os.fspath(base_dir)

    def _command(self, args: list[str]) -> list[str]:
        """``args`` with the program's full path, run as ``postgres`` when we are root."""
        cmd = [os.path.join(self.bin_dir, args[0]), *args[1:]]
        return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd

    def _stop_command(self, folder: Path) -> list[str]:
        return self._command(["pg_ctl", "-D", str(folder / "data"), "-m", "immediate", "-w", "stop"])

    def _run(self, cmd: list[str], check: bool = True, **kwargs) -> subprocess.CompletedProcess:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}  # PGDATA, PGPORT… would interfere
        env["LC_ALL"] = "C"  # English messages, no locale warnings
        result = subprocess.run(
            cmd, cwd=self.dir, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120, **kwargs
        )
        if check and result.returncode != 0:
            raise PostgresError(
                f"{' '.join(cmd)} exited with {result.returncode}\n--- output\n{result.stdout}{result.stderr}"
                f"--- server log\n{self._log()}"
            )
        return result

    def _log(self) -> str:
        log = self.dir / "server.log" if self.dir else None
        return log.read_text(errors="replace") if log and log.exists() else "(none)\n"

    def _start_postmaster(self, data: Path) -> None:
        for attempt in range(5):  # the free port may be taken before the server binds it
            self.port = _free_port()
            log_size = len(self._log())
            try:
                # A session of its own, so a Ctrl-C in the terminal reaches pytest (which stops us) and not the
                # server; -w waits until it accepts connections.
                log = str(self.dir / "server.log")
                start = ["pg_ctl", "-D", str(data), "-l", log, "-o", f"-p {self.port}", "-w", "-t", "60", "start"]
                self._run(self._command(start), start_new_session=True)
                return
            except PostgresError:
                if attempt == 4 or "could not bind" not in self._log()[log_size:]:
                    raise

    def _start_watchdog(self) -> None:
        spec = json.dumps([str(self.dir), self._stop_command(self.dir)])
        self._watchdog = subprocess.Popen(
            [sys.executable, "-c", _WATCHDOG, spec],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )


# The catalogs holding what a test could change in a database besides its rows and sequence values (its DDL,
# statistics from ANALYZE, settings stored with the database). Any change inserts, updates or deletes a row of one
# of them, so ``_CATALOG_CHANGES`` (rows per catalog, and rows written by a transaction after ``h``) tells a
# database whose schema or statistics differ from the template's, in a few milliseconds. The temp schemas a
# session creates stay behind it; they are not the database's schema.
_CATALOGS = (
    "pg_class", "pg_attribute", "pg_attrdef", "pg_constraint", "pg_index", "pg_inherits", "pg_trigger", "pg_proc",
    "pg_type", "pg_enum", "pg_range", "pg_rewrite", "pg_sequence", "pg_extension", "pg_event_trigger",
    "pg_statistic", "pg_statistic_ext", "pg_statistic_ext_data", "pg_policy", "pg_largeobject_metadata",
    "pg_depend", "pg_description", "pg_operator", "pg_opclass", "pg_opfamily", "pg_amop", "pg_amproc", "pg_cast",
    "pg_collation", "pg_conversion", "pg_aggregate", "pg_language", "pg_foreign_table", "pg_publication",
    "pg_subscription_rel", "pg_ts_config", "pg_ts_dict", "pg_transform", "pg_default_acl", "pg_init_privs",
)  # fmt: skip
_CATALOG_CHANGES = (
    "\nUNION ALL ".join(
        [
            f"SELECT {i}, count(*), count(*) FILTER (WHERE xmin::text::bigint > %(h)s) FROM {catalog}"
            for i, catalog in enumerate(_CATALOGS)
        ]
        + [
            f"SELECT {len(_CATALOGS)}, count(*), count(*) FILTER (WHERE xmin::text::bigint > %(h)s) FROM pg_namespace "
            "WHERE nspname NOT LIKE 'pg\\_temp\\_%%' AND nspname NOT LIKE 'pg\\_toast\\_temp\\_%%'",
            f"SELECT {len(_CATALOGS) + 1}, count(*), count(*) FILTER (WHERE xmin::text::bigint > %(h)s) "
            "FROM pg_db_role_setting "
            "WHERE setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())",
        ]
    )
    + "\nORDER BY 1"
)

# The tables of the database (and the state of every sequence), for capturing and resetting a copy's rows.
_TABLES = """
SELECT c.oid::regclass::text, pg_relation_size(c.oid) > 0 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') ORDER BY 1
"""
_SEQUENCES = """
SELECT c.oid::regclass::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'S' AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') ORDER BY 1
"""
# The sizes the planner reads from pg_class for every relation of the database's own (tables, indexes, their TOAST
# tables): TRUNCATE sets them to "never counted" (0 pages, -1 tuples), where a fresh copy has the template's.
_SIZES = "SELECT oid, relpages, reltuples, relallvisible FROM pg_class WHERE oid >= 16384 ORDER BY 1"
_SET_SIZES = """
UPDATE pg_class c SET relpages = t.p, reltuples = t.t, relallvisible = t.v
FROM unnest(%s::oid[], %s::integer[], %s::real[], %s::integer[]) AS t(o, p, t, v)
WHERE c.oid = t.o AND (c.relpages, c.reltuples, c.relallvisible) IS DISTINCT FROM (t.p, t.t, t.v)
"""


class Reusable:
    """One database that a worker's tests take turns on, each test seeing exactly a fresh copy of ``template``
    (``CREATE DATABASE ... TEMPLATE`` cost 0.3-0.6 s a test, about 850 times a suite run: most of its time).

    ``acquire()`` hands the next test the database under a NEW name (``ALTER DATABASE ... RENAME``: whatever
    remembers a database by name, such as ``store.deal_paths``' zone cache, never mixes two tests), after putting
    it back to the template's state. When the last test changed anything but rows and sequence values (its schema,
    statistics, settings: ``_CATALOG_CHANGES``), or the reset fails, the database is dropped and copied from the
    template again. Otherwise every table with a page on disk (``pg_relation_size > 0``: any row ever written,
    even rolled back) and every table the template has rows in is truncated (new, empty files, as in a fresh
    copy), the template's rows are copied back in their order (binary COPY, triggers off: they are the template's
    rows as they are), every sequence is set to the template's value, and every relation's size statistics the
    planner reads (``relpages``, ``reltuples``, ``relallvisible``; TRUNCATE clears them) to the template's: the same
    estimates, so the same plans, as in a fresh copy. ``release()`` closes the database to
    connections and ends any left (as ``DROP DATABASE ... WITH (FORCE)`` did): nothing of one test reaches the
    next. tests/test_test_databases.py holds it to that.

    Nothing may be connected to ``template`` while a copy is made; nothing writes the template after."""

    def __init__(self, server: PostgresServer, template: str) -> None:
        self.server = server
        self.template = template
        self.name: str | None = None  # the database's current name; None until the first acquire
        self._catalogs: list[int] | None = None  # rows per catalog in a fresh copy (_CATALOG_CHANGES)
        self._horizon = 0  # the transaction id after which a catalog row was written by a test
        self._rows: dict[str, bytes] = {}  # table -> the template's rows (binary COPY), the tables it has pages in
        self._sequences: tuple[list[str], list[int], list[bool]] = ([], [], [])
        self._sizes: tuple[list, ...] = ([], [], [], [])  # _SIZES in a fresh copy, as columns
        self._admin = None  # a connection to the server's ``postgres`` database
        self.copies = 0  # how many times a copy was made from the template (1 when no test changed the schema)

    def acquire(self, name: str) -> str:
        """The database, reset to the template's state and named ``name``; its URL."""
        if self.name is None:
            self._copy(name)
            return self.server.url_for(name)
        try:
            self._admin_sql("ALTER DATABASE {} RENAME TO {}", self.name, name)
            self.name = name
            self._admin_sql("ALTER DATABASE {} WITH ALLOW_CONNECTIONS true", name)
            if not self._reset():
                self._copy(name)
        except psycopg2.Error:
            self._copy(name)
        return self.server.url_for(name)

    def release(self) -> None:
        """No connection to the database until the next acquire; any still open (a test's leftover) is ended."""
        if self.name is None or self.server.dir is None:
            return
        try:
            self._admin_sql("ALTER DATABASE {} WITH ALLOW_CONNECTIONS false", self.name)
            with self._admin.cursor() as cur:
                cur.execute(
                    "SELECT pg_terminate_backend(pid, 30000) FROM pg_stat_activity WHERE datname = %s", (self.name,)
                )
        except psycopg2.Error:
            self.drop()  # the next acquire copies the template again

    def drop(self) -> None:
        name, self.name = self.name, None
        if name is not None and self.server.dir is not None:
            self.server.drop_database(name)
        if self._admin is not None:
            self._admin.close()
            self._admin = None

    # -- helpers ---------------------------------------------------------------------------------------

    def _admin_sql(self, statement: str, *names: str):
        if self._admin is None or self._admin.closed:
            self._admin = self.server.connect("postgres")
            self._admin.autocommit = True
        with self._admin.cursor() as cur:
            cur.execute(sql.SQL(statement).format(*(sql.Identifier(n) for n in names)))
            return cur.fetchall() if cur.description else None

    def _copy(self, name: str) -> None:
        """A new copy of the template named ``name`` (dropping the old one); the template's state is read from
        the first."""
        old, self.name = self.name, None
        if old is not None:
            self.server.drop_database(old)
        self.server.create_database(name, template=self.template, keep=True)
        self.name = name
        self.copies += 1
        with contextlib.closing(self.server.connect(name)) as conn, conn.cursor() as cur:
            cur.execute("SELECT txid_current()")
            self._horizon = cur.fetchone()[0]  # every catalog row of the copy is older
            if self._catalogs is None:
                cur.execute(_CATALOG_CHANGES, {"h": self._horizon})
                self._catalogs = [count for _, count, _ in cur.fetchall()]
                cur.execute(_TABLES)
                for table, has_pages in cur.fetchall():
                    if has_pages:  # a table with pages and no rows is truncated too (to fresh files)
                        buffer = io.BytesIO()
                        cur.copy_expert(f"COPY {table} TO STDOUT (FORMAT binary)", buffer)
                        self._rows[table] = buffer.getvalue()
                cur.execute(_SEQUENCES)
                names = [row[0] for row in cur.fetchall()]
                values, called = [], []
                for sequence in names:
                    cur.execute(f"SELECT last_value, is_called FROM {sequence}")
                    value, is_called = cur.fetchone()
                    values.append(value)
                    called.append(is_called)
                self._sequences = (names, values, called)
                cur.execute(_SIZES)
                sizes = cur.fetchall()
                self._sizes = tuple([row[i] for row in sizes] for i in range(4))
            conn.commit()

    def _reset(self) -> bool:
        """Put the rows and sequences back to the template's; False when anything else changed."""
        with contextlib.closing(self.server.connect(self.name)) as conn, conn.cursor() as cur:
            cur.execute(_CATALOG_CHANGES, {"h": self._horizon})
            rows = cur.fetchall()
            if any(new for _, _, new in rows) or [count for _, count, _ in rows] != self._catalogs:
                return False
            cur.execute("SELECT txid_current()")
            horizon = cur.fetchone()[0]  # truncating writes pg_class rows in this transaction
            cur.execute(_TABLES)
            dirty = sorted({table for table, has_pages in cur.fetchall() if has_pages} | set(self._rows))
            if dirty:
                cur.execute(f"TRUNCATE {', '.join(dirty)} CASCADE")
            cur.execute("SET LOCAL session_replication_role = replica")  # the template's rows as they are
            for table, rows in self._rows.items():
                cur.copy_expert(f"COPY {table} FROM STDIN (FORMAT binary)", io.BytesIO(rows))
            cur.execute(
                "SELECT setval(s, v, c) FROM unnest(%s::regclass[], %s::bigint[], %s::boolean[]) AS t(s, v, c)",
                self._sequences,
            )
            cur.execute(_SET_SIZES, self._sizes)  # as superuser; rows of this transaction, so not a change
            conn.commit()
        self._horizon = horizon
        return True
