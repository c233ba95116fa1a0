"""The same behaviour on SQLite and PostgreSQL: sample data, bulk index handling and settings."""

import subprocess
import sys

import pytest

from desktop import demo
from desktop.services import business_time, settings
from desktop.store import bulk
from desktop.store import db as store_db
from desktop.store.models import Company, Contact, Deal


def _index_names(table: str) -> set[str]:
    if store_db.is_postgres():
        sql = "SELECT indexname FROM pg_indexes WHERE tablename = %s"
    else:
        sql = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"
    return {r[0] for r in store_db.database.execute_sql(sql, (table,)).fetchall()}


def test_demo_fills_the_database_and_a_second_run_adds_to_it(db):
    first = demo.generate(120, seed=1)
    second = demo.generate(80, seed=2)
    assert Deal.select().count() == 200
    assert Company.select().count() == first["companies"] + second["companies"]
    # every reference points at a row that exists
    assert Contact.select().where(Contact.company.is_null(False)).join(Company).count() == (
        Contact.select().where(Contact.company.is_null(False)).count()
    )


def test_demo_after_a_rolled_back_load_does_not_assume_ids_follow_the_sequence(db):
    if store_db.is_postgres():  # a failed load leaves PostgreSQL's sequences advanced (they never roll back)
        for table in ("company", "contact", "deal"):
            store_db.database.execute_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), 500)")
    demo.generate(60, seed=3)
    assert Deal.select().join(Contact, on=(Deal.contact == Contact.id)).count() == 60
    # rows created later by the ORM get fresh ids past the bulk-loaded ones
    company = Company.create(name="Nowa firma")
    assert company.id > max(c.id for c in Company.select(Company.id).where(Company.id != company.id))


def test_demo_leaves_the_database_checked_and_tidy(db):
    demo.generate(60, seed=4)
    if store_db.is_postgres():  # the load's dead row versions reclaimed, statistics fresh (VACUUM ANALYZE)
        row = store_db.database.execute_sql(
            "SELECT last_vacuum IS NOT NULL, last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE relname = 'deal'"
        ).fetchone()
        assert tuple(row) == (True, True)
    else:  # the load went without foreign key checks; the connection checks them again after
        assert store_db.database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store_db.database.execute_sql("PRAGMA foreign_key_check").fetchall() == []


def test_deferred_indexes_drop_and_rebuild_only_non_unique_indexes(db):
    before = _index_names("deal")
    with bulk.deferred_indexes(("deal",)):
        during = _index_names("deal")
        assert during < before
    assert _index_names("deal") == before
    with bulk.deferred_indexes(()):  # nothing to defer is not an error
        pass


def _foreign_keys(table: str) -> set[str]:
    if store_db.is_postgres():
        sql = "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f' AND conrelid = %s::regclass"
    else:
        sql = 'SELECT "from" || \'>\' || "table" || \'.\' || "to" FROM pragma_foreign_key_list(?)'
    return {r[0] for r in store_db.database.execute_sql(sql, (table,)).fetchall()}


def test_deferred_indexes_keep_the_foreign_keys_and_check_the_rows_written_meanwhile(db):
    before = {table: _foreign_keys(table) for table in ("deal", "stage_stay", "event")}
    assert all(before.values())
    with store_db.atomic(), bulk.deferred_indexes(("deal", "stage_stay", "event")):
        pass
    assert {table: _foreign_keys(table) for table in before} == before
    if store_db.is_postgres():  # checked when they come back: a stay of no deal fails the load
        stage = store_db.database.execute_sql("SELECT MIN(id) FROM stage").fetchone()[0]
        with pytest.raises(bulk.INTEGRITY_ERRORS), store_db.atomic(), bulk.deferred_indexes(("stage_stay",)):
            bulk.insert_rows(
                "stage_stay",
                ("deal_id", "stage_id", "stage_name", "entered_at"),
                [(999999, stage, "x", "2026-01-01")],
            )
        assert {table: _foreign_keys(table) for table in before} == before


def test_settings_are_stored_and_replaced_on_both_back_ends(db, admin):
    settings.put_text(admin, "offer_template", "one")
    settings.put_text(admin, "offer_template", "two")
    assert settings.get_text("offer_template") == "two"
    settings.set_deals_without_calculation(admin, True)
    settings.set_deals_without_calculation(admin, False)
    assert settings.calculations_enabled()
    business_time.set_business_zone(admin, "Europe/Warsaw")
    business_time.set_business_zone(admin, "Europe/Bucharest")
    assert business_time.business_zone().key == "Europe/Bucharest"


@pytest.mark.slow
def test_demo_command_runs_on_postgresql(pg_server):
    url = pg_server.create_database("etap_demo_cli")
    for extra in ([], ["--append"]):  # a second run on the same database must work as well
        result = subprocess.run(
            [sys.executable, "-m", "desktop", "demo", "--db", url, "--deals", "50", *extra],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr
    with pg_server.connect("etap_demo_cli") as conn, conn.cursor() as cur:
        cur.execute("SELECT COUNT(*) FROM deal")
        assert cur.fetchone()[0] == 100
    conn.close()
