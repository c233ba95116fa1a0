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

    def __contains__(self, row_id: object) -> bool:
        return any(a <= row_id <= b for a, b in self.runs)  # a bulk load's ids: a few runs

    def __len__(self) -> int:
        return sum(last - first + 1 for first, last in self.runs)

    def condition(self, column: str) -> str:
        """A SQL condition selecting the ids (numbers only, safe to inline)."""
        parts = [f"({column} BETWEEN {int(a)} AND {int(b)})" for a, b in self.runs]
        return " OR ".join(parts) if parts else "1 = 0"


def id_batches(ids, column: str, mark: str = "?", limit: int = 900) -> list[tuple[str, list[int]]]:
    """``ids`` as a few SQL conditions on ``column`` (parenthesised, each with its parameters, at most ``limit``
    of them; ``mark`` is the driver's placeholder): the
    runs of consecutive ids as ``BETWEEN`` (two parameters however long the run), the ids apart in an ``IN``.
    A statement per condition: an import's 5,000 new deals are one condition, where ``IN`` lists of 900 ids
    made six statements (a statement writing into an FTS5 index flushes its terms as a segment of its own, so
    fewer statements are fewer segments to merge: a twentieth of the time)."""
    out: list[tuple[str, list[int]]] = []
    parts: list[str] = []
    params: list[int] = []
    singles: list[int] = []

    def flush() -> None:
        if singles:
            parts.append(f"{column} IN ({', '.join([mark] * len(singles))})")
            params.extend(singles)
        if parts:
            out.append(("(" + " OR ".join(parts) + ")", list(params)))
        parts.clear()
        params.clear()
        singles.clear()

    for first, last in _runs(ids):
        _add_run(parts, params, singles, column, mark, first, last)
        if len(params) + len(singles) + 2 > limit:
            flush()
    flush()
    return out


def _runs(ids) -> list[tuple[int, int]]:
    """The runs of consecutive ids in ``ids`` (any order, repeats and None allowed; an ``IdRanges`` is read by
    its runs, never id by id: a million-row import's ids are one run)."""
    if isinstance(ids, IdRanges):
        spans = sorted((a, b) for a, b in ids.runs)
    else:
        spans = [(i, i) for i in sorted({i for i in ids if i is not None})]
    runs: list[tuple[int, int]] = []
    for first, last in spans:
        if runs and first <= runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], max(runs[-1][1], last))
        else:
            runs.append((first, last))
    return runs


def _add_run(parts: list[str], params: list[int], singles: list[int], column: str, mark: str, first, last) -> None:
    if first == last:
        singles.append(first)
    else:
        parts.append(f"{column} BETWEEN {mark} AND {mark}")
        params.extend((first, last))
