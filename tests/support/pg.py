"""A throwaway PostgreSQL server for the tests: a fresh cluster in a temp dir, on a free loopback port.

The server refuses to run as root, so when the tests run as root the cluster is created and started as
the ``postgres`` user. ``stop()`` (also registered with atexit) leaves no postmaster behind.
"""

from __future__ import annotations

import atexit
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg2


def pg_bin_dir() -> str | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]), reverse=True)
    for folder in candidates:
        if os.path.exists(os.path.join(folder, "initdb")):
            return folder
    found = shutil.which("initdb")
    return os.path.dirname(found) if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    def __init__(self) -> None:
        self.bin = pg_bin_dir()
        self.dir: Path | None = None
        self.port = 0
        self.url = ""

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        cmd = [os.path.join(self.bin, args[0]), *args[1:]]
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            log = (self.dir / "server.log").read_text() if self.dir and (self.dir / "server.log").exists() else ""
            raise RuntimeError(f"{' '.join(cmd)} failed:\n{result.stdout}\n{result.stderr}\n{log}")
        return result

    def start(self, base_dir: os.PathLike | None = None) -> PostgresServer:
        """Start the cluster. ``base_dir`` is ignored when running as root: pytest's temp folders are
        private to root, so the cluster then lives in its own folder under /tmp owned by ``postgres``."""
        if self.bin is None:
            raise RuntimeError("PostgreSQL server binaries not found")
        if os.geteuid() == 0 or base_dir is None:
            self.dir = Path(tempfile.mkdtemp(prefix="etap-pg-"))
            if os.geteuid() == 0:
                shutil.chown(self.dir, "postgres")
        else:
            self.dir = Path(base_dir) / "cluster"
            self.dir.mkdir(parents=True)
        data = self.dir / "data"
        self._run("initdb", "-D", str(data), "-U", "etap", "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync")
        self.port = _free_port()
        opts = (
            f"-p {self.port} -h 127.0.0.1 -k {self.dir} -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=100"
        )
        self._run("pg_ctl", "-D", str(data), "-l", str(self.dir / "server.log"), "-o", opts, "-w", "start")
        atexit.register(self.stop)
        self.url = self.create_database("etap_test")
        return self

    def _admin(self):
        conn = psycopg2.connect(host="127.0.0.1", port=self.port, user="etap", dbname="postgres")
        conn.autocommit = True
        return conn

    def create_database(self, name: str, template: str = "template0") -> str:
        conn = self._admin()
        try:
            with conn.cursor() as cur:
                cur.execute(f'DROP DATABASE IF EXISTS "{name}"')
                cur.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" ENCODING \'UTF8\'')
        finally:
            conn.close()
        return f"postgresql://etap@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        if self.dir is None:
            return
        data = self.dir / "data"
        try:
            if data.exists():
                self._run("pg_ctl", "-D", str(data), "-m", "immediate", "stop")
        except RuntimeError:
            pass  # already stopped
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir = None
