"""Contacts and companies as records of their own (issue 15): details, marketing consent, optimistic locking,
duplicate keys, history rows that belong to a contact or a company, and the indexes their views sort on.

- contact: position, extra e-mails and phones (one per line; ``email``/``phone`` stay the primary ones),
  address, notes, marketing consent with its date and source, anonymised_at, version.
- company: NIP, REGON, KRS, CUI, address, postcode, country, website, notes, name_key (the name reduced for
  duplicate checks, see domain/identifiers.company_name_key), created_at, version.
- event: contact_id / company_id (no foreign key: history outlives what it tells about).
Columns are added with plain ALTER TABLE ... DEFAULT, which both back ends do without copying the table.
"""

from peewee import PostgresqlDatabase

from desktop.domain.identifiers import company_name_key, is_valid_nip

_CONTACT = (
    ("position", "VARCHAR(120) NOT NULL DEFAULT ''"),
    ("extra_emails", "TEXT NOT NULL DEFAULT ''"),
    ("extra_phones", "TEXT NOT NULL DEFAULT ''"),
    ("address", "TEXT NOT NULL DEFAULT ''"),
    ("notes", "TEXT NOT NULL DEFAULT ''"),
    ("marketing_consent", "{bool} NOT NULL DEFAULT {false}"),
    ("consent_date", "DATE"),
    ("consent_source", "VARCHAR(120) NOT NULL DEFAULT ''"),
    ("anonymised_at", "{timestamp}"),
    ("version", "INTEGER NOT NULL DEFAULT 1"),
)
_COMPANY = (
    ("nip", "VARCHAR(10) NOT NULL DEFAULT ''"),
    ("regon", "VARCHAR(14) NOT NULL DEFAULT ''"),
    ("krs", "VARCHAR(10) NOT NULL DEFAULT ''"),
    ("cui", "VARCHAR(12) NOT NULL DEFAULT ''"),
    ("address", "TEXT NOT NULL DEFAULT ''"),
    ("postcode", "VARCHAR(16) NOT NULL DEFAULT ''"),
    ("country", "VARCHAR(80) NOT NULL DEFAULT ''"),
    ("website", "VARCHAR(254) NOT NULL DEFAULT ''"),
    ("notes", "TEXT NOT NULL DEFAULT ''"),
    ("name_key", "VARCHAR(200) NOT NULL DEFAULT ''"),
    ("created_at", "{timestamp}"),
    ("version", "INTEGER NOT NULL DEFAULT 1"),
)
_EVENT = (("contact_id", "INTEGER"), ("company_id", "INTEGER"))

_INDEXES = (
    "CREATE INDEX contact_name_order ON contact (last_name, first_name, id)",
    "CREATE INDEX contact_email_lower ON contact (lower(email))",
    "CREATE INDEX contact_created_order ON contact (created_at, id)",
    "CREATE INDEX company_name_order ON company (name, id)",
    "CREATE INDEX company_city_order ON company (city, id)",
    "CREATE INDEX company_name_key ON company (name_key)",
    "CREATE INDEX company_nip ON company (nip)",
    "CREATE INDEX company_cui ON company (cui)",
    "CREATE INDEX event_contact ON event (contact_id, at)",
    "CREATE INDEX event_company ON event (company_id, at)",
)


def up(migrator, db):
    postgres = isinstance(db, PostgresqlDatabase)
    types = {
        "bool": "BOOLEAN" if postgres else "INTEGER",
        "false": "FALSE" if postgres else "0",
        "timestamp": "TIMESTAMP" if postgres else "DATETIME",
    }
    for table, columns in (("contact", _CONTACT), ("company", _COMPANY), ("event", _EVENT)):
        for name, kind in columns:
            db.execute_sql(f"ALTER TABLE {table} ADD COLUMN {name} {kind.format(**types)}")
    # existing companies get their duplicate key and their tax id, where it is a valid NIP, in the NIP column
    rows = db.execute_sql("SELECT id, name, tax_id FROM company").fetchall()
    for company_id, name, tax_id in rows:
        digits = "".join(c for c in (tax_id or "") if c.isdigit())
        db.execute_sql(
            f"UPDATE company SET name_key = {db.param}, nip = {db.param} WHERE id = {db.param}",
            (company_name_key(name), digits if is_valid_nip(digits) else "", company_id),
        )
    for statement in _INDEXES:
        db.execute_sql(statement)
