"""The window paints while the start check of the file runs: the file is open read-only (no write reaches it)
until the check passes; a file the check finds damaged is closed unwritten, its newest good backup offered, and
the app starts again on the restored file. Files that need writing before the window (an upgrade, a first
administrator, a file not in WAL mode) wait for the check as before."""

import sqlite3
from concurrent.futures import Future

import pytest
from peewee import OperationalError

from desktop import app
from desktop.__main__ import build_parser
from desktop.services.admin import backups, users
from desktop.store import db as store_db
from desktop.store.models import Process


def _pending() -> Future:
    return Future()  # a check still running: never done while the test looks


def _result(errors) -> Future:
    done = Future()
    done.set_result(errors)
    return done


def test_a_sound_current_file_opens_read_only_while_its_check_runs(closed_db_with_backup):
    path, _ = closed_db_with_backup
    checking = _pending()
    _, still_checking = app._open_checked(str(path), path, checking.result, quick=True)
    try:
        assert still_checking == checking.result
        assert users.has_local_admin() and Process.select().count() == 1  # reads work
        with pytest.raises(OperationalError, match="readonly"):
            Process.update(name="X").execute()
        store_db.set_read_only(False)  # what the window does once the check passed
        assert Process.update(name="Sprzedaż B2B").execute() == 1
    finally:
        store_db.close_database()


def test_a_file_that_needs_writing_first_waits_for_its_check(closed_db_with_backup, fake_dialogs):
    path, _ = closed_db_with_backup
    with sqlite3.connect(path) as conn:  # a file of an older version: an upgrade is due
        conn.execute("DELETE FROM schema_migration WHERE name = (SELECT MAX(name) FROM schema_migration)")
    conn.close()
    waited = []

    def check():
        waited.append(True)
        return []

    _, still_checking = app._open_checked(str(path), path, check, quick=True)
    try:
        assert still_checking is None and waited == [True]
        assert not store_db.upgrade_due(store_db.database.obj)  # upgraded after the check, writable
        assert Process.update(name="X").execute() == 1
    finally:
        store_db.close_database()


def test_a_file_not_in_wal_mode_is_never_opened_before_its_check(closed_db_with_backup, fake_dialogs):
    path, _ = closed_db_with_backup
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")  # opening it would write the header (WAL)
    conn.close()
    assert not backups.in_wal_mode(path)
    damaged = _result(["*** in database main ***\nPage 7: btreeInitPage() returns error code 11"])
    before = path.read_bytes()
    fake_dialogs.answers.append(False)  # no restore: quit
    assert app._open_checked(str(path), path, damaged.result, quick=True) is None
    assert path.read_bytes() == before


def _damage_a_page_read_after_start(path) -> bytes:
    """Overwrite the root page of a table nothing reads before the window paints; returns the damaged bytes."""
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'import_item'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    offset = (root - 1) * page_size
    data[offset : offset + 16] = b"\xde\xad" * 8
    path.write_bytes(bytes(data))
    return bytes(data)


def test_damage_found_after_the_window_painted_closes_it_unwritten_and_starts_again_on_the_backup(
    closed_db_with_backup, fake_dialogs, monkeypatch, qapp
):
    path, _ = closed_db_with_backup
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    damaged_bytes = _damage_a_page_read_after_start(path)
    assert backups.quick_check(path, seconds=None)  # the check does find it
    # the process-wide parts of a start that a test process must not take over
    monkeypatch.setattr("desktop.ui.i18n.install_translators", lambda *a: None)
    monkeypatch.setattr("desktop.ui.crash.install", lambda *a: None)
    windows = []
    real_run_window = app._run_window

    def counting(*args, **kwargs):
        windows.append(args[3])
        return real_run_window(*args, **kwargs)

    monkeypatch.setattr(app, "_run_window", counting)
    fake_dialogs.answers.append(True)  # restore the newest good backup
    code = app.run_gui(build_parser().parse_args(["--db", str(path), "--exit-after-paint"]))
    assert code == 0 and len(windows) == 2  # the damaged file's window, then the restored file's
    assert fake_dialogs.answers == [] and fake_dialogs.messages == []  # asked once whether to restore
    [aside] = [p for p in path.parent.glob("etap.db.damaged-*") if not p.name.endswith(("-wal", "-shm"))]
    assert aside.read_bytes() == damaged_bytes  # never written: kept for a specialist
    assert backups.full_check(path) == []
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT title FROM deal").fetchall() == [("Okna",)]
    conn.close()
