"""The Contacts view's sorts through indexes (issue 15, speed): a contact's company name as a stored sort key,
and an index per sortable column.

A sort by company ordered a join over every contact (0.2-0.5 s at 250,000 contacts), a sort by e-mail every
contact (0.8-1.5 s: the e-mail index is NOCASE, for the pickers' prefix search, and serves no ordinary
ORDER BY). With ``company_sort`` (``domain.text.sort_key`` of the company's name, as the deal keeps its own)
and an index per sort on (column, id), keyset paging hands out the first page in order. The services keep
``company_sort`` current (``desktop.services.searchkeys``, like the search text); this migration fills it for
the contacts already there.
"""

from peewee import PostgresqlDatabase

from desktop.domain.text import sort_key

CHUNK = 5000
INDEXES = (
    "CREATE INDEX contact_company_order ON contact (company_sort, id)",
    "CREATE INDEX contact_email_order ON contact (email, id)",
    "CREATE INDEX contact_position_order ON contact (position, id)",
    "CREATE INDEX contact_phone_order ON contact (phone, id)",
    "CREATE INDEX contact_consent_order ON contact (marketing_consent, id)",
)


def _fill(db, postgres: bool) -> None:
    """One statement per company: its people take the key of its name (no company: the default '')."""
    last = 0
    while True:
        rows = db.execute_sql(
            f"SELECT id, name FROM company WHERE id > {db.param} ORDER BY id LIMIT {CHUNK}", (last,)
        ).fetchall()
        if not rows:
            return
        last = rows[-1][0]
        values = [(key, company_id) for company_id, name in rows if (key := sort_key(name))]
        cursor = db.cursor()
        if postgres:
            from psycopg2.extras import execute_values

            execute_values(
                cursor,
                "UPDATE contact SET company_sort = v.k FROM (VALUES %s) AS v (k, c) WHERE contact.company_id = v.c",
                values,
                page_size=1000,
            )
        else:
            cursor.executemany("UPDATE contact SET company_sort = ? WHERE company_id = ?", values)


def up(migrator, db):
    postgres = isinstance(db, PostgresqlDatabase)
    db.execute_sql("ALTER TABLE contact ADD COLUMN company_sort VARCHAR(200) NOT NULL DEFAULT ''")
    _fill(db, postgres)
    for sql in INDEXES:  # after the fill: built once over all rows
        db.execute_sql(sql)
