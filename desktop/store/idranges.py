"""Ids for rows a bulk load inserts with explicit ids (so it knows them without a query per row), and the
compact form an import batch keeps them in."""

from __future__ import annotations

from desktop.store.db import database, is_postgres


def reserve_ids(table: str, count: int) -> list[int]:
    """``count`` fresh ids for ``table``. SQLite: after MAX(id) (the caller's write transaction holds the lock
    from BEGIN IMMEDIATE, so nobody else can take them); PostgreSQL: drawn from the table's sequence."""
    if count <= 0:
        return []
    if is_postgres():
        rows = database.execute_sql(
            f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, %s)", (count,)
        ).fetchall()
        return [int(r[0]) for r in rows]
    start = (database.execute_sql(f"SELECT MAX(id) FROM {table}").fetchone()[0] or 0) + 1
    return list(range(start, start + count))


class IdRanges:
    """Ids collected as [first, last] runs: 100,000 consecutive ids are one pair."""

    def __init__(self, runs: list[list[int]] | None = None) -> None:
        self.runs: list[list[int]] = [list(r) for r in runs or ()]

    def add(self, row_id: int) -> None:
        if self.runs and self.runs[-1][1] + 1 == row_id:
            self.runs[-1][1] = row_id
        else:
            self.runs.append([row_id, row_id])

    def __iter__(self):
        for first, last in self.runs:
            yield from range(first, last + 1)

    def __len__(self) -> int:
        return sum(last - first + 1 for first, last in self.runs)

    def condition(self, column: str) -> str:
        """A SQL condition selecting the ids (numbers only, safe to inline)."""
        parts = [f"({column} BETWEEN {int(a)} AND {int(b)})" for a, b in self.runs]
        return " OR ".join(parts) if parts else "1 = 0"
