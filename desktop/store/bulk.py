"""Set-based and bulk writes for the paths that touch many rows at once (demo data, stage deletion).

These go through the driver's ``executemany`` (or psycopg2's ``execute_values``) instead of one ORM object
per row: at a million rows that is the difference between seconds and minutes.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Sequence
from contextlib import contextmanager

from desktop.store import summaries
from desktop.store.db import database, is_postgres, stop_checkpoints
from desktop.store.models import Stage


def _sql(text: str) -> str:
    """Queries here are written with ``?``; PostgreSQL's driver wants ``%s``."""
    return text.replace("?", database.param)


def _integrity_errors() -> tuple[type[Exception], ...]:
    import sqlite3

    import peewee

    errors: list[type[Exception]] = [peewee.IntegrityError, sqlite3.IntegrityError]
    psycopg2 = sys.modules.get("psycopg2")
    if psycopg2 is not None:
        errors.append(psycopg2.IntegrityError)
    return tuple(errors)


# a unique-key clash, whether it came through peewee or a raw cursor (insert_rows)
INTEGRITY_ERRORS = _integrity_errors()


def _contention_errors() -> tuple[type[Exception], ...]:
    import sqlite3

    import peewee

    errors: list[type[Exception]] = [peewee.OperationalError, peewee.InterfaceError, sqlite3.OperationalError]
    psycopg2 = sys.modules.get("psycopg2")
    if psycopg2 is not None:
        errors += [psycopg2.OperationalError, psycopg2.InterfaceError]
    return tuple(errors)


# the database is locked, busy or gone (not the data's fault): whoever called retries later
CONTENTION_ERRORS = _contention_errors()


def driver_loaded() -> None:
    """psycopg2 was loaded after this module (``desktop.store.use_psycopg2``, when a PostgreSQL URL is opened):
    its raw cursors' errors join the two tuples (read them as ``bulk.X`` where they are caught)."""
    global INTEGRITY_ERRORS, CONTENTION_ERRORS
    INTEGRITY_ERRORS = _integrity_errors()
    CONTENTION_ERRORS = _contention_errors()


def insert_rows(
    table: str, columns: Sequence[str], rows: Iterable[Sequence], chunk: int = 50_000, plain: bool = False
) -> int:
    """Insert many rows fast; the caller holds the transaction. Returns the row count. ``plain``: every value
    is a str, int, float, bool or None (as the demo's rows are), so PostgreSQL can take them by COPY."""
    cols = ", ".join(columns)
    count = 0
    cursor = database.cursor()
    if is_postgres():
        from psycopg2.extras import execute_values

        sql = f"INSERT INTO {table} ({cols}) VALUES %s"
        batch: list[Sequence] = []

        def write() -> None:
            if plain:
                _copy(cursor, table, cols, batch)
            else:
                execute_values(cursor, sql, batch, page_size=5000)

        for row in rows:
            batch.append(row)
            if len(batch) >= chunk:
                write()
                count += len(batch)
                batch.clear()
        if batch:
            write()
            count += len(batch)
        return count
    sql = f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' * len(columns))})"
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) >= chunk:
            cursor.executemany(sql, batch)
            count += len(batch)
            batch.clear()
    if batch:
        cursor.executemany(sql, batch)
        count += len(batch)
    return count


class _Null(float):
    """None in a COPY's CSV: the csv module writes a number as its text unquoted (and a string quoted), so this
    one comes out as the unquoted ``\\N`` COPY reads as NULL, where None would come out as ``""``, the empty
    string."""

    def __repr__(self) -> str:  # what the csv module writes of a float
        return "\\N"

    __str__ = __repr__


_NULL = _Null()


def _copy(cursor, table: str, cols: str, rows: Sequence[Sequence]) -> None:
    """PostgreSQL: ``rows`` (plain values, see ``insert_rows``) written by COPY from CSV made by the csv module:
    the server reads them without parsing and planning an INSERT of thousands of rows (a third of the time of
    ``execute_values`` for the demo's deals, and a fraction of its client's CPU)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
    writer.writerows([_NULL if v is None else v for v in row] for row in rows)
    buffer.seek(0)
    cursor.copy_expert(f"COPY {table} ({cols}) FROM STDIN WITH (FORMAT csv, NULL '\\N')", buffer)


@contextmanager
def totals_after(table: str, conditions: Sequence[tuple[str, Sequence]]):
    """SQLite, around a bulk insert into ``table`` (``deal``, ``stage_stay`` or ``deal_path``) inside the
    caller's transaction, whose new rows are the rows matching ``conditions`` (``idranges.id_batches``) and
    none of them was there before: the row triggers that add each new row to the grouped totals (the
    summaries' ``deal_total``, ``path_total``, ``cycle_total``; ``stage_time``) are off during the insert, and
    the new rows are added after in one grouped upsert per total and condition; the triggers are then made
    again (schema changes are transactional: other connections never see them missing). A row trigger makes
    its row's statement keep a statement journal of every page the row touches (a deal's thirty indexes): a
    third of an import's time writing deals into a million. PostgreSQL's statement triggers stay."""
    if is_postgres():
        yield
        return
    from desktop.store import deal_paths

    adders = [(f"{s.table}_add", lambda c, s=s: summaries.added_sql(s, c)) for s in summaries.definitions(False)]
    adders.append(("stage_time_add", deal_paths.stage_time_added_sql))
    marks = ", ".join("?" for _ in adders)
    existing = dict(
        database.execute_sql(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND name IN ({marks})",
            (table, *(name for name, _ in adders)),
        ).fetchall()
    )
    for name in existing:
        database.execute_sql(f'DROP TRIGGER "{name}"')
    try:
        yield
    finally:  # after an error too: a caller that catches it and commits keeps totals that match the rows
        for name, sql_for in adders:
            if name in existing:
                for condition, params in conditions:
                    database.execute_sql(sql_for(condition), list(params))
        for sql in existing.values():
            database.execute_sql(sql)


def delete_rows(table: str, ids: Sequence[int]) -> None:
    """Delete rows by id, a few hundred ids a statement written directly (an ORM ``IN`` list of a thousand
    values costs milliseconds to build); the caller holds the transaction."""
    for start in range(0, len(ids), 500):
        part = list(ids[start : start + 500])
        database.execute_sql(f"DELETE FROM {table} WHERE id IN ({', '.join([database.param] * len(part))})", part)


def update_rows(table: str, key: str, columns: Sequence[str], rows: Sequence[Sequence]) -> int:
    """Set ``columns`` of many rows found by ``key``; each row is ``(key, *values)``. The caller holds the
    transaction. Touches only the indexes of the columns set (a delete and insert would rewrite every one)."""
    if not rows:
        return 0
    cursor = database.cursor()
    if is_postgres():
        from psycopg2.extras import execute_values

        names = ", ".join((key, *columns))
        sets = ", ".join(f"{c} = v.{c}" for c in columns)
        execute_values(
            cursor,
            f"UPDATE {table} AS t SET {sets} FROM (VALUES %s) AS v({names}) WHERE t.{key} = v.{key}",
            rows,
            page_size=5000,
        )
        return len(rows)
    sets = ", ".join(f"{c} = ?" for c in columns)
    cursor.executemany(f"UPDATE {table} SET {sets} WHERE {key} = ?", [(*r[1:], r[0]) for r in rows])
    return len(rows)


def reassign_stage(from_stage: int, to_stage: int, now, user_id: int | None, substage: str = "") -> int:
    """Move every deal of ``from_stage`` to ``to_stage``: new stays, one 'moved' event each, deal rows (each
    gets ``substage``: one of the receiving stage's, or none)."""
    target = Stage.get_by_id(to_stage)
    source = Stage.get_by_id(from_stage)
    payload = json.dumps({"from": source.name, "to": target.name, "reason": "stage_deleted"}, ensure_ascii=False)
    database.execute_sql(
        _sql(
            "INSERT INTO stage_stay (deal_id, stage_id, stage_name, entered_at, left_at, user_id) "
            "SELECT id, ?, ?, ?, NULL, ? FROM deal WHERE stage_id = ?"
        ),
        (to_stage, target.name, now, user_id, from_stage),
    )
    database.execute_sql(
        _sql(
            "INSERT INTO event (deal_id, process_id, user_id, at, kind, payload) "
            "SELECT id, process_id, ?, ?, 'moved', ? FROM deal WHERE stage_id = ?"
        ),
        (user_id, now, payload, from_stage),
    )
    cursor = database.execute_sql(
        _sql(
            "UPDATE deal SET stage_id = ?, stage_entered_at = ?, substage = ?, version = version + 1 WHERE stage_id = ?"
        ),
        (to_stage, now, substage, from_stage),
    )
    return cursor.rowcount


@contextmanager
def deferred_indexes(tables: Sequence[str], counted: bool = False):
    """Drop the secondary (non-unique) indexes of ``tables`` for a large bulk load and rebuild them after:
    building an index once over a million rows is several times faster than maintaining it row by row.
    ``counted``: the caller adds the totals of the rows it loads to the summaries and stage_time itself (SQLite,
    whose row triggers keeping them are dropped here), so they are not counted afresh after."""
    if not tables:
        yield
        return
    marks = ", ".join(database.param for _ in tables)
    # The LIKE pattern is a parameter: a literal '%' in the text would be read as a placeholder by psycopg2.
    if is_postgres():
        rows = database.execute_sql(
            f"SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ({marks}) AND indexdef NOT LIKE %s",
            (*tables, "CREATE UNIQUE%"),
        ).fetchall()
    else:
        rows = database.execute_sql(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ({marks}) "
            "AND sql IS NOT NULL AND sql NOT LIKE ?",
            (*tables, "CREATE UNIQUE%"),
        ).fetchall()
    # SQLite's row triggers keeping stage_time (migration 0220) would cost a third of a million-stay load: they
    # go too, and stage_time is counted afresh from the stays after (PostgreSQL's statement triggers stay)
    triggers = []
    if "stage_stay" in tables and not is_postgres():
        triggers = database.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'stage_stay' "
            "AND name LIKE 'stage_time%'"
        ).fetchall()
    # PostgreSQL checks each row's foreign keys as it is written (a lookup and a row lock per key: three
    # quarters of the time of a million stays); they go for the load and come back checked in one pass each,
    # as a restore does (SQLite's loader turns its checks off in ``fast_load``)
    keys = []
    if is_postgres():
        keys = database.execute_sql(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
            f"WHERE contype = 'f' AND conrelid::regclass::text IN ({marks}) ORDER BY conrelid::regclass::text, conname",
            tuple(tables),
        ).fetchall()
        if database.in_transaction():  # the indexes built after sort in memory (64 MB spills a million keys)
            database.execute_sql("SET LOCAL maintenance_work_mem = '256MB'")
    for table, name, _ in keys:
        database.execute_sql(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
    for name, _ in rows:
        database.execute_sql(f'DROP INDEX "{name}"')
    for name, _ in triggers:
        database.execute_sql(f'DROP TRIGGER "{name}"')
    try:
        # the same for the summaries' row triggers (deal_total on deal, ...): counted afresh after
        with summaries.suspended(database, is_postgres(), tuple(tables), recount=not counted):
            yield
        for table, name, definition in keys:  # not after an error: the transaction rolls the drop back
            database.execute_sql(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
    except BaseException:
        if not is_postgres():  # SQLite's transaction goes on (a caller may catch and commit): indexes back
            _restore(rows, triggers)
        raise  # PostgreSQL's is aborted: its rollback brings them back, no statement could
    _restore(rows, triggers, recount=not counted)


def _restore(indexes, triggers, recount: bool = True) -> None:
    """The indexes and stage_time triggers ``deferred_indexes`` dropped, made again (stage_time counted afresh
    unless ``recount`` is False)."""
    for _, sql in indexes:
        database.execute_sql(sql)
    if triggers:
        from desktop.store import deal_paths

        if recount:
            deal_paths.recount_stage_time()
        for _, sql in triggers:
            database.execute_sql(sql)


def next_id(table: str) -> int:
    """The id after the highest one in ``table`` (for a bulk load that writes explicit ids)."""
    return (database.execute_sql(f"SELECT MAX(id) FROM {table}").fetchone()[0] or 0) + 1


def sync_serial(table: str) -> None:
    """After rows were written with explicit ids: move PostgreSQL's id sequence past them (a rolled-back load
    also leaves the sequence advanced, so ids are never assumed to follow it). SQLite needs nothing."""
    if is_postgres():
        database.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE((SELECT MAX(id) FROM {table}), 0) + 1,"
            " false)"
        )


def analyze() -> None:
    """After a large load on PostgreSQL: fresh planner statistics (until autovacuum gets to it the planner
    takes a million-row table for an empty one: 0.3 s instead of 8 ms for the funnel's first page at 100,000
    deals). SQLite's planner is left as it is: its choices are the ones the queries were written for."""
    if is_postgres() and not database.in_transaction():
        database.execute_sql("ANALYZE")


def vacuum_analyze() -> None:
    """At the end of a large load on PostgreSQL: the row versions its updates left behind reclaimed (a million
    demo deals leave some 770,000, which every scan reads past until autovacuum gets to them) and fresh
    statistics. SQLite has nothing to reclaim after a load into a new file."""
    if is_postgres() and not database.in_transaction():
        database.execute_sql("VACUUM ANALYZE")


LOAD_MMAP = 8 << 30  # bytes of the database file mapped during a bulk load (address space only)
LOAD_SORT_THREADS = 0  # SQLite's sorter's helper threads during a bulk load (``PRAGMA threads``, see fast_load)


@contextmanager
def fast_load():
    """For a large one-off load by a single writer (``etap demo``): journal in memory, no fsync and no foreign
    key checks, then back to WAL. Only when no transaction is open; PostgreSQL needs nothing here."""
    if is_postgres() or database.in_transaction():
        yield
        return
    before = database.execute_sql("PRAGMA synchronous").fetchone()[0]
    mapped = database.execute_sql("PRAGMA mmap_size").fetchone()[0]
    checked = database.execute_sql("PRAGMA foreign_keys").fetchone()[0]
    helpers = database.execute_sql("PRAGMA threads").fetchone()[0]
    database.execute_sql("PRAGMA synchronous = OFF")
    # the loader writes ids it has just made or read (PostgreSQL, which checks every key, runs the same code in
    # the tests): a key checked per row is a b-tree lookup per referenced table (a tenth of a load's CPU)
    database.execute_sql("PRAGMA foreign_keys = OFF")
    stop_checkpoints()  # leaving WAL mode needs the file to itself (the next commit starts them again)
    database.execute_sql("PRAGMA journal_mode = MEMORY")
    # the indexes built after a load each read the whole table: mapped, its pages are read without a copy
    # through the page cache each time (a quarter less CPU per index over a million deals)
    database.execute_sql(f"PRAGMA mmap_size = {LOAD_MMAP}")
    # SQLite's sorter's helper threads for the indexes built after the load: none. One helper halves the loading
    # thread's CPU per index (three indexes over 300,000 deals: 2.0 s -> 1.05 s) but the 1M demo's CPU went up by
    # 10-35 % with it (78-81 s without, 89-108 s with, machine load 1-1.5), and the shared two-core machine rarely
    # has the free core that would turn that into less wall time (1M wall: 72-103 s with, 78-82 s without)
    database.execute_sql(f"PRAGMA threads = {LOAD_SORT_THREADS}")
    try:
        yield
    finally:
        database.execute_sql(f"PRAGMA threads = {int(helpers)}")
        database.execute_sql(f"PRAGMA mmap_size = {int(mapped)}")
        database.execute_sql(f"PRAGMA foreign_keys = {int(checked)}")
        database.execute_sql("PRAGMA journal_mode = WAL")
        # back to what the connection had (FULL in the app: `etap --demo` goes on to serve the window with it)
        database.execute_sql(f"PRAGMA synchronous = {int(before)}")
