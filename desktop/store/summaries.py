"""Grouped totals the reports read instead of a million rows, kept by database triggers (issue 18).

``deal_total``: per (stage, owner, currency, source) of the non-spam deals, how many, Σ value and Σ value ×
probability: the open pipeline by stage, owner or source, and the won / lost counts, in O(groups) instead of
a pass over every deal of the process. The owner is 0 for "no owner" (a key column cannot be NULL).

``path_total``: per (process, path) of ``deal_path``, how many deals (spam ones too: the reports take the few
spam deals' paths off), and ``cycle_total``: per (stage, days from creation to entering it) of ``deal_path``,
how many deals (days -1: not known, the report then counts from the dates): the conversion funnel and the
days to close without reading every deal's path.

Every write, however made (services, imports, the demo's bulk load, cascades), goes through the triggers:
SQLite row triggers (only on the columns that matter); PostgreSQL statement triggers over the statement's
transition tables, one upsert per group per statement, under the advisory lock stage_time's triggers take
(migration 0220), so concurrent writers queue for the few rows instead of deadlocking on them. An update that
changes none of the summed columns (a title edit) returns before taking the lock. A bulk load that drops the
triggers (``bulk.deferred_indexes``) counts the totals afresh after.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass

LOCK = 1802200  # stage_time's (migration 0220): one lock for every summary, so they never deadlock each other


@dataclass(frozen=True)
class Summary:
    table: str
    source: str  # the table whose rows are summed
    key: str  # its primary key (to pair old and new rows of an update)
    keys: tuple[tuple[str, str], ...]  # summary column -> expression over a source row "{r}"
    sums: tuple[tuple[str, str], ...]  # summary column -> expression over "{r}"
    counted: str  # which source rows count, over "{r}"
    watched: tuple[str, ...]  # the source columns the keys, sums and condition read

    def key_columns(self) -> list[str]:
        return [name for name, _ in self.keys]

    def sum_columns(self) -> list[str]:
        return [name for name, _ in self.sums]

    def terms(self, row: str) -> tuple[list[str], list[str]]:
        keys = [expr.format(r=row) for _, expr in self.keys]
        sums = [expr.format(r=row) for _, expr in self.sums]
        return keys, sums


def _spam_false(postgres: bool) -> str:
    return "{r}.spam = FALSE" if postgres else "{r}.spam = 0"


def definitions(postgres: bool) -> list[Summary]:
    return [
        Summary(
            "deal_total",
            "deal",
            "id",
            (
                ("stage_id", "{r}.stage_id"),
                ("owner_id", "COALESCE({r}.owner_id, 0)"),
                ("currency", "{r}.currency"),
                ("source", "{r}.source"),
            ),
            (
                ("deals", "1"),
                ("value_minor", "{r}.value_minor"),
                ("weighted", "{r}.value_minor * {r}.probability"),
            ),
            _spam_false(postgres),
            ("stage_id", "owner_id", "currency", "source", "value_minor", "probability", "spam"),
        ),
        Summary(
            "path_total",
            "deal_path",
            "deal_id",
            (("process_id", "{r}.process_id"), ("path", "{r}.path")),
            (("deals", "1"),),
            "{r}.process_id IS NOT NULL",
            ("process_id", "path"),
        ),
        Summary(
            "cycle_total",
            "deal_path",
            "deal_id",
            (("stage_id", "{r}.stage_id"), ("cycle_days", "COALESCE({r}.cycle_days, -1)")),
            (("deals", "1"),),
            "{r}.stage_id IS NOT NULL",
            ("stage_id", "cycle_days"),
        ),
    ]


def tables_sql(postgres: bool) -> list[str]:
    big = "NUMERIC" if postgres else "INTEGER"  # Σ value × probability outgrows 64 bits on PostgreSQL's side
    return [
        "CREATE TABLE deal_total (stage_id INTEGER NOT NULL REFERENCES stage (id) ON DELETE CASCADE, "
        "owner_id INTEGER NOT NULL, currency VARCHAR(3) NOT NULL, source VARCHAR(80) NOT NULL, "
        f"deals BIGINT NOT NULL DEFAULT 0, value_minor {big} NOT NULL DEFAULT 0, weighted {big} NOT NULL DEFAULT 0, "
        "PRIMARY KEY (stage_id, owner_id, currency, source))",
        "CREATE TABLE path_total (process_id INTEGER NOT NULL, path TEXT NOT NULL, "
        "deals BIGINT NOT NULL DEFAULT 0, PRIMARY KEY (process_id, path))",
        "CREATE TABLE cycle_total (stage_id INTEGER NOT NULL, cycle_days INTEGER NOT NULL, "
        "deals BIGINT NOT NULL DEFAULT 0, PRIMARY KEY (stage_id, cycle_days))",
    ]


def grouped_sql(s: Summary, table: str) -> str:
    """The totals of ``table`` (the source, or a transition table) grouped by the summary's keys."""
    keys, sums = s.terms("r")
    columns = ", ".join(f"{k} AS {n}" for k, n in zip(keys, s.key_columns(), strict=True))
    totals = ", ".join(f"SUM({v}) AS {n}" for v, n in zip(sums, s.sum_columns(), strict=True))
    return f"SELECT {columns}, {totals} FROM {table} r WHERE {s.counted.format(r='r')} GROUP BY {', '.join(keys)}"


def added_sql(s: Summary, condition: str) -> str:
    """The source rows matching ``condition`` added to the summary in one grouped upsert: what its insert row
    trigger does for each row, for rows written without it (``bulk.totals_after``)."""
    names = ", ".join(s.key_columns() + s.sum_columns())
    plus = ", ".join(f"{c} = {s.table}.{c} + excluded.{c}" for c in s.sum_columns())
    keys, sums = s.terms("r")
    grouped = (
        f"SELECT {', '.join(keys)}, {', '.join(f'SUM({v})' for v in sums)} FROM {s.source} r "
        f"WHERE {s.counted.format(r='r')} AND ({condition}) GROUP BY {', '.join(keys)}"
    )
    return f"INSERT INTO {s.table} ({names}) {grouped} ON CONFLICT ({', '.join(s.key_columns())}) DO UPDATE SET {plus}"


def recount_sql(s: Summary) -> list[str]:
    """The summary counted afresh from its source."""
    names = ", ".join(s.key_columns() + s.sum_columns())
    return [f"DELETE FROM {s.table}", f"INSERT INTO {s.table} ({names}) {grouped_sql(s, s.source)}"]


def unchanged_sql(s: Summary) -> str:
    """PostgreSQL: the rows of an update whose watched columns changed, as old rows not among the new ones
    (``EXCEPT`` compares NULLs as equal, as ``IS DISTINCT FROM`` does). A set operation, hashed or sorted: a
    join of the two transition tables under ``EXISTS`` was planned as a nested loop (the planner expects an
    early match), n² row pairs when nothing watched changed: 6 s for 2,000 deals, hours for a stage of
    300,000 (the demo's probability refresh, any bulk edit of a big stage)."""
    columns = ", ".join((s.key, *s.watched))
    return f"SELECT {columns} FROM removed EXCEPT SELECT {columns} FROM added"


def postgres_functions_sql(s: Summary) -> list[str]:
    """The CREATE OR REPLACE FUNCTION statements of ``s``'s PostgreSQL triggers (a migration renews them)."""
    return [statement for statement in triggers_sql(s, True) if statement.startswith("CREATE OR REPLACE FUNCTION")]


def triggers_sql(s: Summary, postgres: bool) -> list[str]:
    """The statements creating the triggers that keep ``s`` equal to its source."""
    keys, sums = s.key_columns(), s.sum_columns()
    names = ", ".join(keys + sums)
    conflict = ", ".join(keys)
    if postgres:
        plus = ", ".join(f"{c} = {s.table}.{c} + excluded.{c}" for c in sums)
        add = (
            f"INSERT INTO {s.table} ({names}) {grouped_sql(s, 'added')} ON CONFLICT ({conflict}) DO UPDATE SET {plus};"
        )
        minus = ", ".join(f"{c} = t.{c} - g.{c}" for c in sums)
        match = " AND ".join(f"t.{k} = g.{k}" for k in keys)
        remove = f"UPDATE {s.table} t SET {minus} FROM ({grouped_sql(s, 'removed')}) g WHERE {match};"
        unchanged = f"IF NOT EXISTS ({unchanged_sql(s)}) THEN\n    RETURN NULL;\n  END IF;\n  "

        def function(name: str, body: str, check: str = "") -> str:
            return (
                f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                f"BEGIN\n  {check}PERFORM pg_advisory_xact_lock({LOCK});\n  {body}\n  RETURN NULL;\nEND $$"
            )

        t = s.table
        return [
            function(f"{t}_added", add),
            function(f"{t}_removed", remove),
            function(f"{t}_changed", remove + "\n  " + add, unchanged),
            f"CREATE TRIGGER {t}_added AFTER INSERT ON {s.source} REFERENCING NEW TABLE AS added "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {t}_added()",
            f"CREATE TRIGGER {t}_removed AFTER DELETE ON {s.source} REFERENCING OLD TABLE AS removed "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {t}_removed()",
            f"CREATE TRIGGER {t}_changed AFTER UPDATE ON {s.source} REFERENCING OLD TABLE AS removed "
            f"NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION {t}_changed()",
        ]
    new_keys, new_sums = s.terms("NEW")
    old_keys, old_sums = s.terms("OLD")
    plus = ", ".join(f"{c} = {c} + excluded.{c}" for c in sums)
    add = (
        f"INSERT INTO {s.table} ({names}) SELECT {', '.join(new_keys + new_sums)} "
        f"WHERE {s.counted.format(r='NEW')} ON CONFLICT ({conflict}) DO UPDATE SET {plus};"
    )
    minus = ", ".join(f"{c} = {c} - ({v})" for c, v in zip(sums, old_sums, strict=True))
    match = " AND ".join(f"{k} = {v}" for k, v in zip(keys, old_keys, strict=True))
    remove = f"UPDATE {s.table} SET {minus} WHERE {match} AND {s.counted.format(r='OLD')};"
    t = s.table
    return [
        f"CREATE TRIGGER {t}_add AFTER INSERT ON {s.source} BEGIN {add} END",
        f"CREATE TRIGGER {t}_remove AFTER DELETE ON {s.source} BEGIN {remove} END",
        f"CREATE TRIGGER {t}_change AFTER UPDATE OF {', '.join(s.watched)} ON {s.source} BEGIN {remove} {add} END",
    ]


def create(db, postgres: bool) -> None:
    """Create the summary tables and their triggers, and count them from what is there (the migration)."""
    for statement in tables_sql(postgres):
        db.execute_sql(statement)
    for s in definitions(postgres):
        for statement in triggers_sql(s, postgres) + recount_sql(s):
            db.execute_sql(statement)


def recount(db, postgres: bool, sources: tuple[str, ...] | None = None) -> None:
    """Count the summaries of ``sources`` (every one when None) afresh."""
    for s in definitions(postgres):
        if sources is None or s.source in sources:
            for statement in recount_sql(s):
                db.execute_sql(statement)


def trigger_prefixes(source: str, postgres: bool) -> list[str]:
    """The names (prefixes) of the triggers keeping the summaries of ``source``."""
    return [s.table for s in definitions(postgres) if s.source == source]


@contextmanager
def suspended(db, postgres: bool, sources: tuple[str, ...], recount: bool = True):
    """SQLite: without the row triggers of the summaries of ``sources`` for a bulk write (a million row
    triggers cost more than counting once after), then counted afresh (unless ``recount`` is False: the caller
    added what it wrote) and the triggers back. PostgreSQL's statement triggers sum each statement's rows at
    once: they stay."""
    if postgres:
        yield
        return
    chosen = [s for s in definitions(postgres) if s.source in sources]
    for s in chosen:
        for name in (f"{s.table}_add", f"{s.table}_remove", f"{s.table}_change"):
            db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
    try:
        yield
    finally:
        for s in chosen:
            for statement in (recount_sql(s) if recount else []) + triggers_sql(s, postgres):
                db.execute_sql(statement)
