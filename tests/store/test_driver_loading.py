"""What a start loads: peewee without psycopg2 until a PostgreSQL URL is opened (desktop.store), and no
migration runner for a file whose schema is current (store.db.upgrade_due). Each check runs in a fresh
interpreter, the way the app starts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.store import db as store_db

ROOT = Path(__file__).resolve().parents[2]

# loads the store the way desktop.app does, opens TARGET without migrating, and reports what it loaded
PROBE = """
import json, sys
from desktop.store import db
before = 'psycopg2' in sys.modules
db.open_database(sys.argv[1], migrate=False)
due = db.upgrade_due(db.database.obj)
one = db.database.execute_sql('SELECT 1').fetchone()[0]
from desktop.store import bulk
print(json.dumps({
    'psycopg2_before_open': before,
    'loaded': sorted(m for m in ('psycopg2', 'playhouse.migrations', 'playhouse.db_url') if m in sys.modules),
    'due': due,
    'one': one,
    'integrity': sorted(e.__module__ + '.' + e.__name__ for e in bulk.INTEGRITY_ERRORS),
    'contention': sorted(e.__module__ + '.' + e.__name__ for e in bulk.CONTENTION_ERRORS),
}))
"""


def probe(target: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, target], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_current_file_opens_without_the_postgresql_driver_or_the_migration_runner(sqlite_db):
    seen = probe(sqlite_db.database)
    assert seen["loaded"] == [] and not seen["psycopg2_before_open"]
    assert seen["due"] is False and seen["one"] == 1
    assert not any(name.startswith("psycopg2") for name in seen["integrity"] + seen["contention"])


@pytest.mark.postgres
def test_a_team_database_opens_after_peewee_was_loaded_without_its_driver(pg_server):
    url = pg_server.create_database("etap_driver_probe", template="etap_template")  # dropped as the test ends
    seen = probe(url)
    assert not seen["psycopg2_before_open"] and "psycopg2" in seen["loaded"]
    assert seen["due"] is False and seen["one"] == 1
    # the raw cursors' errors of the driver loaded after desktop.store.bulk are caught where bulk's are
    assert "psycopg2.IntegrityError" in seen["integrity"]
    assert {"psycopg2.OperationalError", "psycopg2.InterfaceError"} <= set(seen["contention"])


def test_an_upgrade_is_due_exactly_when_a_migration_file_is_not_in_the_history(db):
    database = store_db.database.obj
    assert store_db.upgrade_due(database) is False and store_db.upgrade_pending(database) is False
    newest = max(store_db.applied_migrations(database))
    store_db.database.execute_sql(
        f"DELETE FROM {store_db.HISTORY_TABLE} WHERE name = %s".replace("%s", store_db.database.param), (newest,)
    )
    assert store_db.upgrade_due(database) is True and store_db.upgrade_pending(database) is True
