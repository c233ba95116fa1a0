"""Migration 0240: the duplicate and prefix indexes are gone, the history's contact and company indexes and the
trash's deleted-by index hold only the rows with a value, and the lookups they served still use an index, on
SQLite and PostgreSQL."""

from datetime import datetime

import pytest

from tests.support.migrating import upgraded

BEFORE = "0230_report_totals"  # the last migration before it
GONE = {
    "deal_contact_id",
    "contact_company_id",
    "trigger_schedule_deal",
    "deal_process_id",
    "deal_stage_id",
    "event_deal_id",
    "stage_stay_deal_id",
    "stage_stay_stage_id",
    "trigger_schedule_trigger_id",
    "trigger_firing_trigger_id",
}
KEPT = {"deal_by_contact", "contact_company", "deal_owner_id", "event_deal_at", "stage_stay_deal_left"}
PARTIAL = {"event_contact": "contact_id", "event_company": "company_id", "deal_deleted_by_id": "deleted_by_id"}


def _old_rows(old) -> None:
    p = old.param
    old.execute_sql("INSERT INTO company (name, tax_id, city, phone, email) VALUES ('Żuraw', '', '', '', '')")
    old.execute_sql(
        f"INSERT INTO contact (first_name, last_name, email, phone, company_id, created_at) "
        f"VALUES ('Ola', 'Nowak', 'ola@example.pl', '', 1, {p})",
        (datetime(2026, 1, 1),),
    )
    for contact, company in ((1, None), (None, 1), (None, None)):
        old.execute_sql(
            f"INSERT INTO event (at, kind, payload, contact_id, company_id) VALUES ({p}, 'note', '{{}}', {p}, {p})",
            (datetime(2026, 1, 2), contact, company),
        )


def _indexes(database, postgres: bool) -> dict[str, str]:
    if postgres:
        sql = "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
    else:
        sql = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    return {name: definition for name, definition in database.execute_sql(sql).fetchall()}


def _check(database, postgres: bool) -> None:
    from desktop.store.models import Event

    indexes = _indexes(database, postgres)
    assert not GONE & set(indexes)
    assert set(indexes) >= KEPT
    for name, column in PARTIAL.items():
        assert f"WHERE {column} IS NOT NULL" in indexes[name].replace("(", "").replace(")", ""), indexes[name]
    assert Event.select().where(Event.contact_id == 1).count() == 1
    assert Event.select().where(Event.company_id == 1).count() == 1
    if not postgres:  # a lookup by value uses the partial index
        for column, index in (("contact_id", "event_contact"), ("company_id", "event_company")):
            plan = database.execute_sql(
                f"EXPLAIN QUERY PLAN SELECT id FROM event WHERE {column} = ? ORDER BY at", (1,)
            ).fetchall()
            assert any(index in row[3] for row in plan), plan


def test_sqlite_upgrade_drops_duplicate_indexes_and_keeps_lookups_indexed(tmp_path):
    with upgraded(tmp_path / "old.db", BEFORE, _old_rows) as database:
        _check(database, postgres=False)


@pytest.mark.postgres
def test_postgres_upgrade_drops_duplicate_indexes_and_keeps_lookups_indexed(pg_server):
    url = pg_server.create_database("etap_old_fewer_indexes")
    try:
        with upgraded(url, BEFORE, _old_rows) as database:
            _check(database, postgres=True)
    finally:
        pg_server.drop_database("etap_old_fewer_indexes")
