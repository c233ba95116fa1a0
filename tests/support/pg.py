"""A throwaway, real PostgreSQL server for the test suite.

``PostgresServer().start(base_dir)`` creates a fresh cluster with ``initdb`` in a new temp folder (trust
auth, UTF8, C locale, ``--no-sync``) and starts it with ``pg_ctl -w`` on a free TCP port on 127.0.0.1 only,
with its unix socket in that folder and durability off (fsync, synchronous_commit, full_page_writes): the
data is thrown away anyway. The bootstrap superuser is ``etap``; the database ``etap_test`` is created and
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
