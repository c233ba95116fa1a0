"""Migration 0100: companies and contacts from before it keep their rows and gain the new columns."""

from datetime import datetime

from tests.support.migrating import upgraded


def _old_rows(old) -> None:
    for name, tax_id in (("ACME Sp. z o.o.", "774-000-14-54"), ("Łódzka S.A.", "123")):
        old.execute_sql(
            "INSERT INTO company (name, tax_id, city, phone, email) VALUES (?, ?, '', '', '')", (name, tax_id)
        )
    old.execute_sql(
        "INSERT INTO contact (first_name, last_name, email, phone, created_at) VALUES ('Jan', 'Nowak', '', '', ?)",
        (datetime(2026, 1, 1),),
    )


def test_old_companies_get_a_duplicate_key_and_a_valid_tax_id_as_nip(tmp_path):
    with upgraded(tmp_path / "old.db", "0090_triggers", _old_rows) as database:
        from desktop.services.clients import companies, contacts

        assert [(c.nip, c.version) for c in map(companies.get_company, (1, 2))] == [("7740001454", 1), ("", 1)]
        rows = database.execute_sql("SELECT name_key FROM company ORDER BY id").fetchall()
        assert rows == [("acme",), ("lodzka",)]
        jan = contacts.get_contact(1)
        assert (jan.name, jan.marketing_consent, jan.consent_date, jan.version) == ("Jan Nowak", False, None, 1)
