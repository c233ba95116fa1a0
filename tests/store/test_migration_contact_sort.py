"""Migration 0224: contacts from before it get their company's sort key and sort by company and e-mail
through the new indexes, on SQLite and PostgreSQL."""

from datetime import datetime

import pytest

from tests.support.migrating import upgraded

BEFORE = "0221_stage_time_statement_triggers"  # the last migration before it


def _old_rows(old) -> None:
    p = old.param
    for name in ("Żuraw", "acme"):
        old.execute_sql(f"INSERT INTO company (name, tax_id, city, phone, email) VALUES ({p}, '', '', '', '')", (name,))
    for first, company in (("ola", 1), ("ewa", 2), ("iza", None)):
        old.execute_sql(
            f"INSERT INTO contact (first_name, last_name, email, phone, company_id, created_at) "
            f"VALUES ({p}, 'Nowak', {p}, '', {p}, {p})",
            (first, f"{first}@example.pl", company, datetime(2026, 1, 1)),
        )


def _check() -> None:
    from desktop.services.clients import client_lists
    from desktop.services.clients.client_lists import ListCriteria
    from desktop.store.models import Contact

    assert [c.company_sort for c in Contact.select().order_by(Contact.id)] == ["zuraw", "acme", ""]
    for sort, expected in (("company", ["iza", "ewa", "ola"]), ("email", ["ewa", "iza", "ola"])):
        rows, _ = client_lists.contacts_page(ListCriteria(), sort)
        assert [r.name for r in rows] == [f"{first} Nowak" for first in expected], sort


def test_sqlite_contacts_from_before_get_their_company_sort_key(tmp_path):
    with upgraded(tmp_path / "old.db", BEFORE, _old_rows):
        _check()


@pytest.mark.postgres
def test_postgres_contacts_from_before_get_their_company_sort_key(pg_server):
    url = pg_server.create_database("etap_old_contact_sort")
    try:
        with upgraded(url, BEFORE, _old_rows):
            _check()
    finally:
        pg_server.drop_database("etap_old_contact_sort")
