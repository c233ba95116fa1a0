"""Search texts for contacts and companies (issue 23), like the deal's (0210, 0211): one folded text per row
with a trigram index, so the contact and company lists and the pickers find a name, an e-mail or a tax id
typed in any casing, anywhere in the text, at the same cost for a rare and a common text."""

from peewee import PostgresqlDatabase

from desktop.domain.text import company_text, contact_text
from desktop.store.search import create_index

CHUNK = 20_000
SOURCES = {
    "contact": (
        "SELECT c.id, c.first_name, c.last_name, co.name, c.position, c.email, c.extra_emails, c.phone, "
        "c.extra_phones FROM contact c LEFT JOIN company co ON co.id = c.company_id",
        contact_text,
        "c.id",
    ),
    "company": ("SELECT id, name, tax_id, nip, cui, city, email, phone FROM company", company_text, "id"),
}


def _fill(db, table: str) -> None:
    sql, text, key = SOURCES[table]
    p = db.param
    last = 0
    while True:
        rows = db.execute_sql(f"{sql} WHERE {key} > {p} ORDER BY {key} LIMIT {CHUNK}", (last,)).fetchall()
        if not rows:
            return
        last = rows[-1][0]
        values = [(text(*row[1:]), row[0]) for row in rows]
        db.cursor().executemany(f"UPDATE {table} SET search_text = {p} WHERE id = {p}", values)


def up(migrator, db):
    postgres = isinstance(db, PostgresqlDatabase)
    for table in ("company", "contact"):
        db.execute_sql(f"ALTER TABLE {table} ADD COLUMN search_text TEXT NOT NULL DEFAULT ''")
        _fill(db, table)
        create_index(db, postgres, table)
