"""Every table of the open database, read row by row (for "export all data"): no model needed per table."""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.store.db import database

SKIPPED_TABLES = {"schema_migration"}
# SQLite's search indexes (store.search: an FTS5 table per searchable table and its shadow tables)
_SEARCH_INDEX = re.compile(r"^(deal|contact|company)_search(_\w+)?$")
SECRET_COLUMNS = {("app_user", "password_hash")}  # never leaves the database
# copies of other values kept for indexes (services.searchkeys): not data of their own
DERIVED_COLUMNS = {
    ("deal", "contact_sort"),
    ("deal", "company_sort"),
    ("deal", "owner_sort"),
    ("deal", "search_text"),
    ("contact", "search_text"),
    ("contact", "company_sort"),
    ("company", "search_text"),
}


def tables() -> list[str]:
    return sorted(
        name for name in database.get_tables() if name not in SKIPPED_TABLES and not _SEARCH_INDEX.match(name)
    )


def rows(table: str, batch: int = 2000) -> tuple[list[str], Iterator[tuple]]:
    """(column names, rows) of ``table`` in id order where it has one; secrets are left out."""
    columns = [column.name for column in database.get_columns(table)]
    kept = [name for name in columns if (table, name) not in SECRET_COLUMNS | DERIVED_COLUMNS]
    quoted = ", ".join(f'"{name}"' for name in kept)
    order = ' ORDER BY "id"' if "id" in kept else ""
    cursor = database.execute_sql(f'SELECT {quoted} FROM "{table}"{order}')

    def iterate() -> Iterator[tuple]:
        while chunk := cursor.fetchmany(batch):
            yield from chunk

    return kept, iterate()
