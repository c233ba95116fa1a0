"""``etap worker --once`` runs the trigger checks headless in its own process and exits."""

import subprocess
import sys
from datetime import timedelta

from desktop.domain.timeutil import utcnow
from desktop.domain.triggers import Action
from desktop.services.admin import users
from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.services.triggers import rules
from desktop.store import db as store_db
from desktop.store.models import TriggerFiring


def test_worker_once_fires_what_is_due_and_exits(tmp_path):
    path = tmp_path / "team.db"
    store_db.open_database(path)
    admin = users.local_admin()
    p = processes.create_process(admin, "Sprzedaż")
    stage = processes.list_stages(p.id)[0]
    deals.create_deal(admin, p.id, "Okna", now=utcnow() - timedelta(days=3))
    rules.save_trigger(admin, stage.id, 1, Action.NOTIFY, {})
    store_db.close_database()
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "worker", "--db", str(path), "--once"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "fired 1 skipped 2" in done.stdout
    store_db.open_database(path)
    assert TriggerFiring.select().count() == 3
    store_db.close_database()


def test_worker_waits_out_a_locked_database_and_then_fires(tmp_path):
    import os
    import sqlite3

    path = tmp_path / "busy.db"
    store_db.open_database(path)
    admin = users.local_admin()
    p = processes.create_process(admin, "Sprzedaż")
    stage = processes.list_stages(p.id)[0]
    deals.create_deal(admin, p.id, "Okna", now=utcnow() - timedelta(days=3))
    rules.save_trigger(admin, stage.id, 1, Action.NOTIFY, {})
    store_db.close_database()
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another copy keeps the write lock
    worker = subprocess.Popen(
        [sys.executable, "-m", "desktop", "worker", "--db", str(path), "--once"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "ETAP_SQLITE_BUSY_MS": "50"},
    )
    try:
        seen = []
        for line in worker.stdout:  # blocks until the worker reports the contention
            seen.append(line)
            if "database busy" in line:
                break
        assert any("database is locked" in line for line in seen), seen
        assert worker.poll() is None  # still running, not dead
    finally:
        blocker.execute("COMMIT")
        blocker.close()
    out, err = worker.communicate(timeout=120)
    assert worker.returncode == 0, err
    assert "fired 1 skipped 2" in out
    store_db.open_database(path)
    assert TriggerFiring.select().count() == 3
    store_db.close_database()
