"""Every table of the open database, read row by row (for "export all data"): no model needed per table."""

from __future__ import annotations

from collections.abc import Iterator

from desktop.store.db import database

SKIPPED_TABLES = {"schema_migration"}
SECRET_COLUMNS = {("app_user", "password_hash")}  # never leaves the database


def tables() -> list[str]:
    return sorted(name for name in database.get_tables() if name not in SKIPPED_TABLES)


def rows(table: str, batch: int = 2000) -> tuple[list[str], Iterator[tuple]]:
    """(column names, rows) of ``table`` in id order where it has one; secrets are left out."""
    columns = [column.name for column in database.get_columns(table)]
    kept = [name for name in columns if (table, name) not in SECRET_COLUMNS]
    quoted = ", ".join(f'"{name}"' for name in kept)
    order = ' ORDER BY "id"' if "id" in kept else ""
    cursor = database.execute_sql(f'SELECT {quoted} FROM "{table}"{order}')

    def iterate() -> Iterator[tuple]:
        while chunk := cursor.fetchmany(batch):
            yield from chunk

    return kept, iterate()
