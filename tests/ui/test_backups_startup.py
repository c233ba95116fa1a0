"""Before the database opens: a damaged file is caught and replaced by the newest good backup (or not opened
at all); an unsafe folder is explained; an upgrade of an existing database is preceded by a backup."""

import sqlite3

from desktop.services.admin import backups
from desktop.store import db as store_db
from desktop.ui.backups.startup import check_before_opening, location_warning


def _damage(path):
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 4096):  # every page after the first: headers overwritten
        data[offset : offset + 16] = b"\xde\xad" * 8
    path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        (path.parent / (path.name + suffix)).unlink(missing_ok=True)


def test_a_sound_or_new_database_opens_without_a_question(tmp_path, closed_db_with_backup, fake_dialogs):
    path, _ = closed_db_with_backup
    assert check_before_opening(path)
    assert check_before_opening(tmp_path / "new.db")
    assert fake_dialogs.messages == []


def test_a_damaged_database_is_replaced_by_the_newest_good_backup_and_kept_aside(closed_db_with_backup, fake_dialogs):
    path, _ = closed_db_with_backup
    _damage(path)
    damaged_bytes = path.read_bytes()
    fake_dialogs.answers.append(True)
    assert check_before_opening(path)
    assert backups.full_check(path) == []
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT title FROM deal").fetchall() == [("Okna",)]
    [aside] = [p for p in path.parent.glob("etap.db.damaged-*") if not p.name.endswith(("-wal", "-shm"))]
    assert aside.read_bytes() == damaged_bytes  # untouched, for a specialist


def test_refusing_the_restore_leaves_the_damaged_file_unopened_and_unchanged(closed_db_with_backup, fake_dialogs):
    path, _ = closed_db_with_backup
    _damage(path)
    before = path.read_bytes()
    fake_dialogs.answers.append(False)
    assert not check_before_opening(path)
    assert path.read_bytes() == before


def test_a_damaged_database_without_a_good_backup_is_not_opened(closed_db_with_backup, fake_dialogs):
    path, copy = closed_db_with_backup
    copy.unlink()
    _damage(path)
    assert not check_before_opening(path)
    assert fake_dialogs.messages[0][0] == "warn"


def test_unsafe_folders_get_a_reason_and_safe_ones_none(tmp_path):
    assert location_warning(tmp_path / "etap.db") is None
    text = location_warning(tmp_path / "Dropbox" / "etap.db")
    assert text is not None and "cloud" in text


def test_an_existing_database_is_backed_up_before_a_schema_upgrade(tmp_path):
    path = tmp_path / "old.db"
    db = store_db.open_database(path, migrate=False)
    last = sorted(store_db.MIGRATIONS_DIR.glob("0*.py"))[-1].stem
    first_two = [p.stem for p in sorted(store_db.MIGRATIONS_DIR.glob("0*.py"))[:2]]
    store_db.run_migrations(db, first_two[-1])  # an older version's schema
    calls = []
    store_db.close_database()
    store_db.open_database(path, before_migrating=lambda: calls.append(backups.back_up(tmp_path / "b")))
    assert len(calls) == 1 and backups.full_check(calls[0]) == []
    assert last in store_db.applied_migrations(store_db.database.obj)
    store_db.close_database()
    store_db.open_database(path, before_migrating=lambda: calls.append("again"))  # up to date: no copy
    assert len(calls) == 1
    store_db.close_database()
