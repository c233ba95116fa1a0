"""The app's SQLite commits leave the WAL's checkpoints to a thread of their own (store.db.LocalDatabase): a
commit never pays for copying the WAL into the database file, and nothing is lost or left behind by it."""

from __future__ import annotations

import shutil
import sqlite3
import threading

from desktop.store import db as store_db


def _checkpoint_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "etap-checkpoint"]


def _write(rows: int) -> None:
    with store_db.atomic():
        for i in range(rows):
            store_db.database.execute_sql("INSERT INTO setting (key, value) VALUES (?, ?)", (f"k{i}", "x" * 2000))


def test_the_app_connection_leaves_routine_checkpoints_to_the_background(tmp_path):
    db = store_db.open_database(tmp_path / "etap.db")
    try:
        assert isinstance(db, store_db.LocalDatabase)
        # SQLite's default (1,000 pages) would make one commit in a dozen copy the WAL back itself
        limit = store_db.database.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0]
        assert limit == store_db.CHECKPOINT_PAGES > 1000
    finally:
        store_db.close_database()


def test_a_commit_is_copied_into_the_database_file_by_the_background_checkpoint(tmp_path):
    path = tmp_path / "etap.db"
    db = store_db.open_database(path)
    try:
        db.checkpointer.passed.wait(30)  # the migrations' commits
        db.checkpointer.passed.clear()
        _write(50)
        assert db.checkpointer.passed.wait(30), "no background checkpoint after the commit"
        # the database file alone (without its WAL) holds the committed rows
        alone = tmp_path / "alone.db"
        shutil.copyfile(path, alone)
        conn = sqlite3.connect(alone)
        try:
            assert conn.execute("SELECT COUNT(*) FROM setting WHERE key LIKE 'k%'").fetchone()[0] == 50
        finally:
            conn.close()
    finally:
        store_db.close_database()


def test_closing_the_database_ends_the_checkpoints_and_leaves_one_file(tmp_path):
    path = tmp_path / "etap.db"
    store_db.open_database(path)
    _write(20)
    assert _checkpoint_threads()
    store_db.close_database()
    assert not _checkpoint_threads()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["etap.db"]  # the WAL copied in and removed
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT COUNT(*) FROM setting WHERE key LIKE 'k%'").fetchone()[0] == 20
    finally:
        conn.close()


def test_the_checkpoints_start_again_after_a_pause(tmp_path):
    db = store_db.open_database(tmp_path / "etap.db")
    try:
        store_db.stop_checkpoints()  # as a bulk load does before leaving WAL mode
        assert not _checkpoint_threads()
        db.checkpointer.passed.clear()
        _write(5)
        assert db.checkpointer.passed.wait(30), "the next commit did not start the checkpoints again"
    finally:
        store_db.close_database()


def test_a_database_opened_after_another_ends_the_first_ones_checkpoints(tmp_path):
    first = store_db.open_database(tmp_path / "a.db")
    _write(3)
    assert first.checkpointer.passed.wait(30)
    store_db.open_database(tmp_path / "b.db")
    try:
        assert first.checkpointer._thread is None
    finally:
        store_db.close_database()
    assert not _checkpoint_threads()
