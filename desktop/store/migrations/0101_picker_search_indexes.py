"""Indexes the contact, company and owner pickers search through (search-as-you-type over the whole table).

Pickers match the beginning of a name, an e-mail or a tax id, typed in any case: the services ask for each
casing with ``column LIKE 'Kow%'``. SQLite answers that from an index only when the index uses the same
(NOCASE) collation as LIKE; PostgreSQL's LIKE is case-sensitive and needs ``text_pattern_ops`` to use a
b-tree index for a prefix in any locale.
"""

from peewee import PostgresqlDatabase

COLUMNS = (
    ("contact_last_name_search", "contact", "last_name"),
    ("contact_first_name_search", "contact", "first_name"),
    ("contact_email_search", "contact", "email"),
    ("contact_phone_search", "contact", "phone"),
    ("company_name_search", "company", "name"),
    ("company_tax_id_search", "company", "tax_id"),
    ("company_email_search", "company", "email"),
)


def up(migrator, db):
    postgres = isinstance(db, PostgresqlDatabase)
    for name, table, column in COLUMNS:
        how = f"{column} text_pattern_ops" if postgres else f"{column} COLLATE NOCASE"
        db.execute_sql(f"CREATE INDEX {name} ON {table} ({how})")
    db.execute_sql("CREATE INDEX contact_company ON contact (company_id)")
