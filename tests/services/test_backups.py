"""Verified backups through SQLite's backup API, rotation, restore, integrity checks and export of all data."""

import csv
import io
import zipfile
from datetime import UTC, datetime, timedelta

import pytest

from desktop.domain.errors import EtapError, PermissionDenied
from desktop.services.actor import Actor
from desktop.services.admin import backups, users
from desktop.services.admin.export_all import export_all
from desktop.services.deals import deals, notes_files
from desktop.services.processes import processes
from desktop.store.backup import sqlite_file

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def admin_db(sqlite_db):
    return users.local_admin()


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "kopie"


def _deal(actor, title="Okna"):
    process = processes.create_process(actor, "Sprzedaż", "b2b")
    return deals.create_deal(actor, process.id, title)


def test_backup_is_a_verified_copy_with_the_deals_and_lists_with_date_size_and_count(admin_db, folder):
    _deal(admin_db)
    path = backups.back_up(folder, NOW)
    assert path.name == "etap-20261201-120000.db"
    assert backups.full_check(path) == []
    [info] = backups.list_backups(folder)
    assert (info.path, info.taken_at, info.deals) == (path, NOW, 1)
    assert info.size > 0
    assert not list(folder.glob("*.partial"))


def test_backup_at_start_only_when_the_newest_is_older_than_a_day(admin_db, folder):
    assert backups.back_up_if_due(folder, NOW) is not None
    assert backups.back_up_if_due(folder, NOW + timedelta(hours=23)) is None
    assert backups.back_up_if_due(folder, NOW + timedelta(hours=25)) is not None
    assert len(backups.list_backups(folder)) == 2


def test_rotation_removes_copies_it_no_longer_keeps(admin_db, folder):
    for day in range(20):
        backups.back_up(folder, NOW + timedelta(days=day))
    kept = backups.list_backups(folder)
    assert len(kept) < 20
    assert kept[0].taken_at == NOW + timedelta(days=19)
    assert {k.taken_at.date() for k in kept} >= {(NOW + timedelta(days=d)).date() for d in range(13, 20)}


def test_restore_brings_back_the_copy_after_saving_the_current_state(admin_db, folder):
    deal = _deal(admin_db)
    saved = backups.back_up(folder, NOW)
    deals.edit_deal(admin_db, deal.id, deal.version, title="Zmieniony")
    safety = backups.restore(admin_db, folder, saved, NOW + timedelta(minutes=5))
    assert deals.get_deal(deal.id).title == "Okna"
    assert backups.list_backups(folder)[0].path == safety
    assert backups.store_backup.count_deals(safety) == 1


def test_restore_is_for_admins_and_refuses_a_damaged_copy(admin_db, folder, tmp_path):
    _deal(admin_db)
    agent = Actor(admin_db.id + 100, "agent")
    saved = backups.back_up(folder, NOW)
    with pytest.raises(PermissionDenied):
        backups.restore(agent, folder, saved)
    broken = tmp_path / "broken.db"
    data = bytearray(saved.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    broken.write_bytes(bytes(data))
    with pytest.raises(EtapError):
        backups.restore(admin_db, folder, broken)
    assert len(backups.list_backups(folder)) == 1  # nothing was done


def test_integrity_checks_find_a_damaged_file_and_pass_a_sound_one(admin_db, folder, tmp_path):
    _deal(admin_db)
    path = backups.back_up(folder, NOW)
    assert backups.quick_check(path) == []
    damaged = tmp_path / "damaged.db"
    data = bytearray(path.read_bytes())
    data[-4096:] = b"\x00\x13" * 2048
    damaged.write_bytes(bytes(data))
    assert backups.full_check(damaged) != []
    garbage = tmp_path / "not-a-db.db"
    garbage.write_bytes(b"hello" * 1000)
    assert backups.quick_check(garbage) != []


def test_default_folder_is_beside_the_database(admin_db):
    assert backups.default_folder() == sqlite_file().parent / "backups"


def test_export_all_writes_a_csv_per_table_and_stored_files_as_files_without_password_hashes(admin_db, tmp_path):
    deal = _deal(admin_db, "Drzwi „dębowe”")
    notes_files.add_file(admin_db, deal.id, "umowa.pdf", b"%PDF-1.4 test")
    target = tmp_path / "wszystko.zip"
    counts = export_all(admin_db, target, NOW)
    assert counts["deal"] == 1
    with zipfile.ZipFile(target) as archive:
        names = set(archive.namelist())
        assert {"deal.csv", "app_user.csv", "deal_file.csv"} <= names
        rows = list(csv.DictReader(io.TextIOWrapper(archive.open("deal.csv"), encoding="utf-8-sig")))
        assert rows[0]["title"] == "Drzwi „dębowe”"
        assert "search_text" not in rows[0] and "contact_sort" not in rows[0]  # index copies, not data
        assert not any("_search" in n for n in names)  # nor SQLite's search index tables
        assert "password_hash" not in archive.read("app_user.csv").decode("utf-8-sig").splitlines()[0]
        stored = [n for n in names if n.startswith("files/") and n.endswith("umowa.pdf")]
        assert len(stored) == 1 and archive.read(stored[0]) == b"%PDF-1.4 test"


def test_export_all_is_for_admins(admin_db, tmp_path):
    with pytest.raises(PermissionDenied):
        export_all(Actor(admin_db.id, "agent"), tmp_path / "x.zip")
    assert not (tmp_path / "x.zip").exists()
