"""Contains search over a table's stored search text, served by a trigram index on both back ends.

A table with a ``search_text`` column (folded by ``domain.text.search_fold``: the caller folds the term the
same way) gets an index here: on SQLite an FTS5 table ``<table>_search`` with the trigram tokenizer holding
the column as external content (triggers keep it in step), on PostgreSQL a ``pg_trgm`` GIN index. ``contains``
builds the condition that uses it. A term shorter than three letters has no trigram: it is matched by a scan
of the column (on SQLite ``instr``, exact and needing no escaping).
"""

from __future__ import annotations

from contextlib import contextmanager

from peewee import SQL, NodeList, Value, fn

from desktop.store.db import database, is_postgres

MIN_INDEXED = 3  # letters: the trigram index answers terms at least this long


def create_index(db, postgres: bool, table: str) -> None:
    """The trigram index over ``table.search_text`` (run by a migration; fills it from the rows there)."""
    if postgres:
        db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        db.execute_sql(f"CREATE INDEX {table}_search_trgm ON {table} USING gin (search_text gin_trgm_ops)")
        return
    fts = f"{table}_search"
    db.execute_sql(
        f"CREATE VIRTUAL TABLE {fts} USING fts5(search_text, content='{table}', content_rowid='id', "
        "tokenize='trigram case_sensitive 1', detail='none')"
    )
    _create_triggers(db, table)


def _create_triggers(db, table: str) -> None:
    fts = f"{table}_search"
    db.execute_sql(
        f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts} (rowid, search_text) VALUES (new.id, new.search_text); END"
    )
    db.execute_sql(
        f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts} ({fts}, rowid, search_text) VALUES ('delete', old.id, old.search_text); END"
    )
    db.execute_sql(
        f"CREATE TRIGGER {fts}_update AFTER UPDATE OF search_text ON {table} BEGIN "
        f"INSERT INTO {fts} ({fts}, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
        f"INSERT INTO {fts} (rowid, search_text) VALUES (new.id, new.search_text); END"
    )
    db.execute_sql(f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')")


@contextmanager
def deferred_index(*tables: str):
    """For a large bulk load into ``tables`` on SQLite: stop keeping their search indexes row by row and rebuild
    them once at the end (PostgreSQL's GIN index is an ordinary index: ``bulk.deferred_indexes`` covers it)."""
    if is_postgres():
        yield
        return
    for table in tables:
        for what in ("insert", "delete", "update"):
            database.execute_sql(f"DROP TRIGGER IF EXISTS {table}_search_{what}")
    yield  # on an error the caller's transaction rolls back, the dropped triggers with it
    for table in tables:
        _create_triggers(database, table)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains(model, *terms: str):
    """A condition: ``model``'s search text contains any of ``terms`` (already folded; not empty)."""
    column = model.search_text
    condition = None
    if is_postgres():
        for term in terms:
            part = NodeList((column, SQL("LIKE"), Value(f"%{_escape_like(term)}%"), SQL("ESCAPE '\\'")))
            condition = part if condition is None else condition | part
        return condition
    fts = f"{model._meta.table_name}_search"
    # GLOB, not MATCH: with detail='none' (a third of the index's size) FTS5 refuses phrase queries but
    # answers GLOB from the trigrams and checks each candidate against the text itself
    indexed = [term for term in terms if len(term) >= MIN_INDEXED]
    if indexed:
        patterns = ["*" + "".join(f"[{c}]" if c in "*?[" else c for c in term) + "*" for term in indexed]
        union = " UNION ".join(f"SELECT rowid FROM {fts} WHERE search_text GLOB ?" for _ in patterns)
        condition = model.id.in_(SQL(f"({union})", patterns))
    for term in terms:
        if len(term) < MIN_INDEXED:
            part = fn.instr(column, term) > 0
            condition = part if condition is None else condition | part
    return condition
