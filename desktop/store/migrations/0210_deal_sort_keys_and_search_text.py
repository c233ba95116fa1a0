"""The deal's derived columns: contact, company and owner sort keys and one search text (issue 23).

A sort by the contact's name used to order a join over every deal (3-5 s at a million deals); with the
names' sort keys on the deal row an index per process (the funnel) and per stage (its sub-view tabs) hands
out the first page in order, and keyset paging continues from any row. The services keep the columns current
(``desktop.services.searchkeys``); this migration adds them and fills them for the deals already there.
"""

from peewee import PostgresqlDatabase

from desktop.domain.text import deal_keys

KEYS = ("contact_sort", "company_sort", "owner_sort")
CHUNK = 20_000
_SOURCE = (
    "SELECT d.id, d.number, d.title, c.first_name, c.last_name, c.email, co.name, u.display_name FROM deal d "
    "LEFT JOIN contact c ON c.id = d.contact_id LEFT JOIN company co ON co.id = d.company_id "
    "LEFT JOIN app_user u ON u.id = d.owner_id WHERE d.id > {p} ORDER BY d.id LIMIT {chunk}"
)


def _fill(db, postgres: bool) -> None:
    last = 0
    while True:
        rows = db.execute_sql(_SOURCE.format(p=db.param, chunk=CHUNK), (last,)).fetchall()
        if not rows:
            return
        last = rows[-1][0]
        values = [(row[0], *deal_keys(*row[1:])) for row in rows]
        cursor = db.cursor()
        if postgres:
            from psycopg2.extras import execute_values

            execute_values(
                cursor,
                "UPDATE deal SET contact_sort = v.a, company_sort = v.b, owner_sort = v.c, search_text = v.d "
                "FROM (VALUES %s) AS v (id, a, b, c, d) WHERE deal.id = v.id",
                values,
                page_size=2000,
            )
        else:
            cursor.executemany(
                "UPDATE deal SET contact_sort = ?, company_sort = ?, owner_sort = ?, search_text = ? WHERE id = ?",
                [(*v[1:], v[0]) for v in values],
            )


def up(migrator, db):
    postgres = isinstance(db, PostgresqlDatabase)
    for column in KEYS:  # NOT NULL with a default: no table rewrite on either back end
        db.execute_sql(f"ALTER TABLE deal ADD COLUMN {column} VARCHAR(200) NOT NULL DEFAULT ''")
    db.execute_sql("ALTER TABLE deal ADD COLUMN search_text TEXT NOT NULL DEFAULT ''")
    _fill(db, postgres)
    # built after the fill: once over all rows is much faster than maintained row by row
    for column in KEYS:
        db.execute_sql(f"CREATE INDEX deal_funnel_{column} ON deal (process_id, spam, {column}, id)")
        db.execute_sql(f"CREATE INDEX deal_stage_{column} ON deal (stage_id, spam, {column}, id)")
