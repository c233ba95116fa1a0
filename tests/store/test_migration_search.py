"""Migrations 0210-0212: deals, contacts and companies from before them get their sort keys and search texts,
and are found and sorted through the new indexes, on SQLite and PostgreSQL."""

from datetime import datetime

import pytest

from tests.support.migrating import upgraded

BEFORE = "0201_offer_tracking"  # the last migration before these


def _old_rows(old) -> None:
    p = old.param
    now = datetime(2026, 1, 1)
    old.execute_sql(
        f"INSERT INTO app_user (username, display_name, email, role, signature, active, created_at) "
        f"VALUES ('zo', 'Żaneta Ołówek', '', 'admin', '', {p}, {p})",
        (True, now),
    )
    old.execute_sql(
        f"INSERT INTO company (name, tax_id, city, phone, email) VALUES ({p}, '', 'Łódź', '', '')", ("Ștefan SRL",)
    )
    old.execute_sql(
        f"INSERT INTO contact (first_name, last_name, email, phone, company_id, created_at) "
        f"VALUES ('Łucja', 'Gęś', 'lucja@example.pl', '', 1, {p})",
        (now,),
    )
    old.execute_sql(
        f"INSERT INTO process (name, position, number_format, created_at) VALUES ('Sprzedaż', 0, 'S/{{seq}}', {p})",
        (now,),
    )
    old.execute_sql(
        "INSERT INTO stage (process_id, name, position, kind, default_probability, required_fields, substages) "
        "VALUES (1, 'Nowa', 0, 'open', 10, '[]', '[]')"
    )
    old.execute_sql(
        f"INSERT INTO deal (process_id, stage_id, number, title, value_minor, currency, cost_minor, owner_id, "
        f"contact_id, company_id, source, substage, created_at, lost_reason, probability, board_rank, "
        f"stage_entered_at, last_activity_at, spam, version) VALUES (1, 1, 'S/1', 'Okna dla Żaka', 0, 'PLN', 0, 1, "
        f"1, 1, '', '', {p}, '', 10, 0, {p}, {p}, {p}, 1)",
        (now, now, now, False),
    )


def _check() -> None:
    from desktop.domain.funnel import Criteria
    from desktop.domain.text import sort_key
    from desktop.services import pickers
    from desktop.services.admin import users
    from desktop.services.clients import client_lists
    from desktop.services.clients.client_lists import ListCriteria
    from desktop.services.pipeline import funnel
    from desktop.store.models import Deal

    deal = Deal.get_by_id(1)
    assert (deal.contact_sort, deal.company_sort, deal.owner_sort) == (
        sort_key("Łucja Gęś"),
        "stefan srl",
        "zaneta olowek",
    )
    admin = users.actor_for(1)
    for text in ("ŻAKA", "gęś", "ștefan", "GĘŚ"):
        rows, _ = funnel.page(admin, Criteria(process_id=1, text=text))
        assert [r.id for r in rows] == [1], text
    assert [c.id for c in pickers.contacts("ŁUCJA")] == [1]
    assert [c.id for c in pickers.companies("łódź")] == [1]  # by the city
    listed, _ = client_lists.contacts_page(ListCriteria(text="ștefan"))  # by the company's name
    assert [r.id for r in listed] == [1]


def test_sqlite_rows_from_before_get_their_keys_and_are_found(tmp_path):
    with upgraded(tmp_path / "old.db", BEFORE, _old_rows):
        _check()


@pytest.mark.postgres
def test_postgres_rows_from_before_get_their_keys_and_are_found(pg_server):
    url = pg_server.create_database("etap_old_search")
    try:
        with upgraded(url, BEFORE, _old_rows):
            _check()
    finally:
        pg_server.drop_database("etap_old_search")
