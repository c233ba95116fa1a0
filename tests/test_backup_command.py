"""``etap backup`` writes a verified copy of a SQLite database (PostgreSQL goes through pg_dump)."""

import sqlite3
import subprocess
import sys

from desktop.services.admin import users
from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.store import db as store_db


def _run(*args):
    return subprocess.run(
        [sys.executable, "-m", "desktop", "backup", *args], capture_output=True, text=True, timeout=120
    )


def test_backup_command_writes_a_verified_copy_and_never_overwrites(tmp_path):
    path = tmp_path / "etap.db"
    store_db.open_database(path)
    admin = users.local_admin()
    deals.create_deal(admin, processes.create_process(admin, "Sprzedaż").id, "Okna")
    store_db.close_database()
    out = tmp_path / "kopia.db"
    done = _run("--db", str(path), "--out", str(out))
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(out) as conn:
        assert conn.execute("SELECT title FROM deal").fetchall() == [("Okna",)]
    again = _run("--db", str(path), "--out", str(out))
    assert again.returncode == 1 and "already exists" in again.stderr


def test_backup_command_refuses_a_missing_database(tmp_path):
    done = _run("--db", str(tmp_path / "none.db"), "--out", str(tmp_path / "x.db"))
    assert done.returncode == 2 and not (tmp_path / "x.db").exists()
