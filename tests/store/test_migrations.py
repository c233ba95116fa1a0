"""Schema upgrades: a database made by the first version opens with today's code and keeps its data."""

from datetime import datetime

from desktop.store import db as store_db


def _first_version_db(database):
    database.execute_sql(
        "INSERT INTO app_user (username, display_name, email, role, signature, active, created_at) "
        f"VALUES ('ola', 'Ola Żak', '', 'admin', '', {database.param}, {database.param})",
        (True, datetime(2026, 1, 1)),
    )


def test_database_from_first_schema_upgrades_and_keeps_rows(tmp_path):
    path = tmp_path / "old.db"
    old = store_db.connect(path)
    old.connect()
    store_db.run_migrations(old, target="0001_initial")
    _first_version_db(old)
    assert store_db.applied_migrations(old) == ["0001_initial"]
    old.close()

    database = store_db.open_database(path)
    try:
        assert store_db.applied_migrations(database)[-1] != "0001_initial"
        assert database.execute_sql("SELECT display_name FROM app_user").fetchall() == [("Ola Żak",)]
        assert database.table_exists("setting")
        assert store_db.run_migrations(database) == []  # opening again applies nothing twice
    finally:
        store_db.close_database()


def test_postgres_database_from_first_schema_upgrades(pg_server):
    url = pg_server.create_database("etap_upgrade")
    old = store_db.connect(url)
    old.connect()
    store_db.run_migrations(old, target="0001_initial")
    _first_version_db(old)
    old.close()
    database = store_db.open_database(url)
    try:
        assert database.table_exists("setting")
        assert database.execute_sql("SELECT username FROM app_user").fetchall() == [("ola",)]
    finally:
        store_db.close_database()


def test_sqlite_connection_has_wal_foreign_keys_and_busy_timeout(sqlite_db):
    assert sqlite_db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert sqlite_db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert sqlite_db.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 5000
