"""Contains search over a table's stored search text, served by a trigram index on both back ends.

A table with a ``search_text`` column (folded by ``domain.text.search_fold``: the caller folds the term the
same way) gets an index here: on SQLite an FTS5 table ``<table>_search`` with the trigram tokenizer holding
the column as external content (triggers keep it in step), on PostgreSQL a ``pg_trgm`` GIN index. ``contains``
builds the condition that uses it. A term shorter than three letters has no trigram: it is matched by a scan
of the column (on SQLite ``instr``, exact and needing no escaping).
"""

from __future__ import annotations

import re
import threading
import time
from contextlib import contextmanager

from peewee import SQL, Case, NodeList, Value, fn

from desktop.store.db import database, is_postgres
from desktop.store.idranges import IdRanges, id_batches

MIN_INDEXED = 3  # letters: the trigram index answers terms at least this long
FEW = 2000  # SQLite: up to this many matching rows, a search looks them up by id (see ``contains``)
CANDIDATES = 10_000  # SQLite: rows holding a few of the term's trigrams, checked for the whole term


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
    _create_row_triggers(db, table, ("insert", "update"))
    db.execute_sql(
        f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts} ({fts}, rowid, search_text) VALUES ('delete', old.id, old.search_text); END"
    )
    _rebuild(db, fts)


REBUILD_HASH = 64 << 20  # bytes of terms FTS5 gathers in memory before writing them out as a segment (a rebuild)
DEFAULT_HASH = 1 << 20  # FTS5's own default, which the writes after keep


def _rebuild(db, fts: str) -> None:
    """The index made afresh from its table's rows. With FTS5's default of 1 MB of terms per segment a million
    deals' trigrams became 30,000 segment pages merged again and again; 64 MB makes one segment of every 64 and
    cuts the rebuild by a third. Set for the rebuild only: a later write keeps the default (a user's import
    holds no more than that in memory)."""
    db.execute_sql(f"INSERT INTO {fts} ({fts}, rank) VALUES ('hashsize', {REBUILD_HASH})")
    db.execute_sql(f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')")
    db.execute_sql(f"INSERT INTO {fts} ({fts}, rank) VALUES ('hashsize', {DEFAULT_HASH})")


def _create_row_triggers(db, table: str, which: tuple[str, ...]) -> None:
    fts = f"{table}_search"
    if "insert" in which:
        db.execute_sql(
            f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {fts} (rowid, search_text) VALUES (new.id, new.search_text); END"
        )
    if "update" in which:
        db.execute_sql(
            f"CREATE TRIGGER {fts}_update AFTER UPDATE OF search_text ON {table} BEGIN "
            f"INSERT INTO {fts} ({fts}, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
            f"INSERT INTO {fts} (rowid, search_text) VALUES (new.id, new.search_text); END"
        )


SET_BASED_FROM = 50  # rows: from this many, ``set_based`` pays for its two schema changes


@contextmanager
def set_based(table: str, ids, inserted: bool = False):
    """Around a write of many ``table`` rows (``ids``; ``inserted``: new rows, else updates of their search
    text) inside the caller's transaction, on SQLite: the index learns of them in a few statements instead of
    through the row triggers.

    A trigger's insert into the FTS5 table runs inside the row's statement, whose statement journal makes FTS5
    flush its pending terms as a segment of its own, one per row, merged again and again: 4,000 imported deals
    took 20 s that way and 0.5 s like this. The insert and update triggers are dropped for the write (schema
    changes are transactional: other connections never see them missing) and made again after; the rows' old
    texts leave the index before an update, their new ones enter after."""
    ids = sorted({i for i in ids if i is not None})
    pending = getattr(_local, "deferred", {}).get(table)
    if pending is not None:  # inside ``inserts_deferred``: the triggers are off already
        if inserted:
            for row_id in ids:
                pending.add(row_id)
            yield
            return
        ids = [i for i in ids if i not in pending]  # rows not indexed yet are indexed at the end
        _index_rows(table, ids, delete=True)
        try:
            yield
        finally:
            _index_rows(table, ids, delete=False)
        return
    if is_postgres() or len(ids) < SET_BASED_FROM:
        yield
        return
    fts = f"{table}_search"
    for what in ("insert", "update"):
        database.execute_sql(f"DROP TRIGGER IF EXISTS {fts}_{what}")
    if not inserted:
        _index_rows(table, ids, delete=True)
    try:
        yield
    finally:  # after an error too: a caller that catches it and commits keeps an index that matches the rows
        _index_rows(table, ids, delete=False)
        _create_row_triggers(database, table, ("insert", "update"))


_local = threading.local()  # per thread (an import runs on a worker thread with its own connection): deferred


@contextmanager
def inserts_deferred(*tables: str):
    """SQLite, around a transaction that writes new rows of ``tables`` in many steps (an import's chunks of
    5,000 rows): their search text is indexed once at the end, one statement per run of consecutive ids,
    rather than at each step. Each statement writing into an FTS5 index costs more the more of them the
    transaction has made before (its segments are merged again and again): 100,000 imported deals took 3.6 s
    in twenty statements and 0.6 s in one. While deferred the tables' insert and update triggers are off;
    ``set_based`` leaves the rows inserted meanwhile to the end and writes the others' changes itself."""
    if is_postgres():
        yield
        return
    deferred = getattr(_local, "deferred", None)
    if deferred is None:
        deferred = _local.deferred = {}
    mine = [t for t in tables if t not in deferred]
    for table in mine:
        for what in ("insert", "update"):
            database.execute_sql(f"DROP TRIGGER IF EXISTS {table}_search_{what}")
        deferred[table] = IdRanges()
    try:
        yield
    finally:  # after an error too: a caller that catches it and commits keeps an index that matches the rows
        for table in mine:
            pending = deferred.pop(table)
            _index_rows(table, pending, delete=False)
            _create_row_triggers(database, table, ("insert", "update"))


def _index_rows(table: str, ids: list[int], delete: bool) -> None:
    """One statement per run of consecutive ids (and one per 900 scattered ones): each statement into the FTS5
    table flushes its pending terms as a segment, which later writes merge, so an import's chunk of 5,000 new
    deals in one statement costs a twentieth of what six statements of 900 ids did."""
    fts = f"{table}_search"
    command = f"{fts}, rowid, search_text) SELECT 'delete', " if delete else "rowid, search_text) SELECT "
    for condition, params in id_batches(ids, "id"):
        database.execute_sql(f"INSERT INTO {fts} ({command}id, search_text FROM {table} WHERE {condition}", params)


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


def _like(column, text: str):
    return NodeList((column, SQL("LIKE"), Value(f"%{_escape_like(text)}%"), SQL("ESCAPE '\\'")))


def _like_any(model, terms) -> object:
    """PostgreSQL: a long term's GIN lookup intersects the posting lists of all its trigrams, a few hundred
    thousand entries each at a million rows. A rare term is narrowed by a few of its rarest trigrams instead
    (``_rare_grams``: 20 ms where all of them took 150); otherwise its three longest words (pg_trgm's trigrams
    are made within words) narrow it as well at a fraction of the cost. ``strpos`` checks the whole term on
    what is left."""
    column = model.search_text
    condition = None
    for term in terms:
        grams = _rare_grams(model._meta.table_name, term)
        words = grams or sorted(set(re.findall(r"\w{3,}", term)), key=len, reverse=True)[:3]
        if not words or words == [term]:
            part = _like(column, term)
        else:
            part = fn.strpos(column, term) > 0
            for word in words:
                part = _like(column, word) & part
        condition = part if condition is None else condition | part
    return condition


SAMPLE_SECONDS = 600.0  # PostgreSQL: how long a table's sample of search texts serves ``_rare_grams``
MIN_SAMPLE = 50  # texts: a smaller sample (a small table) cannot tell a rare term
RARE_GRAMS = 3  # at most this many trigrams narrow the sample to none, and one more after

# (database, table) -> (monotonic time read, the sample's texts, trigram -> indexes of the texts holding it);
# the database object itself is in the key (held, so no database opened later can take its id)
_samples: dict[tuple, tuple[float, list[str], dict[str, frozenset[int]]]] = {}
_ASCII_GRAM = re.compile(r"(?=([a-z0-9]{3}))")
_ASCII_RUN = re.compile(r"[a-z0-9]{3,}")


def _sample(table: str) -> tuple[list[str], dict[str, frozenset[int]]]:
    """PostgreSQL's own sample of ``table``'s search texts: the hundred-odd bounds of the column's histogram
    that ANALYZE keeps (spread over the column's order, a fair sample of the words in it). Read again after
    ``SAMPLE_SECONDS``; empty before the table was first analysed."""
    now = time.monotonic()
    key = (database.obj, table)
    cached = _samples.get(key)
    if cached is not None and now - cached[0] < SAMPLE_SECONDS:
        return cached[1], cached[2]
    row = database.execute_sql(
        "SELECT histogram_bounds::text::text[] FROM pg_stats "
        "WHERE schemaname = current_schema() AND tablename = %s AND attname = 'search_text'",
        (table,),
    ).fetchone()
    texts = list(row[0]) if row and row[0] else []
    if len(_samples) >= 16:
        _samples.clear()
    holders: dict[str, frozenset[int]] = {}
    _samples[key] = (now, texts, holders)
    return texts, holders


def _rare_grams(table: str, term: str) -> list[str] | None:
    """PostgreSQL: a few of ``term``'s trigrams that no text of the table's sample (``_sample``) holds all of
    (so together in under one row in a hundred), and one more of the rest, apart from them (a third word of
    a company's name makes a few thousand candidates a few hundred); None when the sample cannot tell the
    term is rare. Only trigrams of ASCII letters and digits: pg_trgm makes every one of those a trigram of
    its own in any locale (in the C locale a Polish letter ends a word).

    The GIN lookup reads the posting lists of the trigrams it is given: a company's full name ("spółdzielnia
    mebli nowakowski s.c.", three words each in 50,000–140,000 deals) took 60–150 ms by all its words'
    trigrams and 20 ms by three rare ones; ``strpos`` still checks the whole term."""
    grams = list(dict.fromkeys(_ASCII_GRAM.findall(term)))
    if len(grams) < 2:
        return None
    texts, holders = _sample(table)
    if len(texts) < MIN_SAMPLE:
        return None
    for gram in grams:
        if gram not in holders:
            holders[gram] = frozenset(i for i, text in enumerate(texts) if gram in text)
    chosen: list[str] = []
    left = frozenset(range(len(texts)))
    while left:
        if len(chosen) == RARE_GRAMS:
            return None
        rest = [g for g in grams if g not in chosen]
        if not rest:
            return None
        best = min(rest, key=lambda g: (len(left & holders[g]), len(holders[g])))
        if len(left & holders[best]) == len(left):
            return None  # the term's other trigrams come with the chosen ones: the sample cannot tell
        chosen.append(best)
        left &= holders[best]
    starts = [m.start() for m in _ASCII_RUN.finditer(term)]

    def run(gram: str) -> int:  # the run of letters and digits the trigram is in (first found)
        return max(s for s in starts if s <= term.find(gram))

    taken = {run(g) for g in chosen}
    apart = [g for g in grams if run(g) not in taken]
    if apart:
        chosen.append(min(apart, key=lambda g: len(holders[g])))
    return chosen


def _scan(column, terms) -> object:
    condition = None
    for term in terms:
        part = fn.instr(column, term) > 0
        condition = part if condition is None else condition | part
    return condition


def _trigrams(term: str, most: int = 4) -> list[str]:
    """Up to ``most`` of the term's trigrams, spread over it (each a quoted FTS5 string)."""
    grams = list(dict.fromkeys(term[i : i + 3] for i in range(len(term) - 2)))
    if len(grams) > most:
        grams = [grams[round(k * (len(grams) - 1) / (most - 1))] for k in range(most)]
    return ['"' + g.replace('"', '""') + '"' for g in grams]


def few_ids(model, *terms: str) -> list[int] | None:
    """SQLite: the ids of ``model``'s rows whose search text contains any of ``terms`` when there are at most
    ``FEW`` (a rare text); None for a common text, a term too short for the index, and on PostgreSQL.

    The index is asked for the rows holding a few of the term's trigrams (a handful of posting lists, however
    long the term; a phrase query needs positions, which the index leaves out to be a third of the size), at
    most ``CANDIDATES`` of them; those are checked against the text itself."""
    if is_postgres() or any(len(term) < MIN_INDEXED for term in terms):
        return None
    return _remembered(model._meta.table_name, "any", terms, _probe)


def _remembered(table: str, mode: str, terms: tuple[str, ...], probe) -> list[int] | None:
    """``probe(table, terms)``, or its answer from a moment ago when nothing changed since."""
    conn = database.connection()
    # the connection itself is in the key (held, so no later connection can take its id)
    key = (conn, table, mode, terms)
    stamp = (conn.total_changes, database.execute_sql("PRAGMA data_version").fetchone()[0])
    cached = _recent.get(key)
    if cached is not None and cached[0] == stamp:  # the board asks once per column: one probe serves them all
        return cached[1]
    found = probe(table, terms)
    if len(_recent) >= 16:
        _recent.clear()
    _recent[key] = (stamp, found)
    return found


# (connection, table, mode, terms) -> (stamp, ids): the last probes, each valid while nothing changed that its
# connection can see: its own writes (total_changes, committed or not) and other connections' commits
# (data_version)
_recent: dict[tuple, tuple] = {}


def _probe(table: str, terms: tuple[str, ...]) -> list[int] | None:
    fts = f"{table}_search"
    found: set[int] = set()
    for term in terms:
        match = " AND ".join(_trigrams(term))
        cursor = database.execute_sql(
            f"SELECT rowid FROM {fts} WHERE {fts} MATCH {database.param} LIMIT {CANDIDATES + 1}", (match,)
        )
        candidates = [row[0] for row in cursor.fetchall()]
        if len(candidates) > CANDIDATES:
            return None
        for start in range(0, len(candidates), 5000):
            part = candidates[start : start + 5000]
            marks = ", ".join(database.param for _ in part)
            cursor = database.execute_sql(
                f"SELECT id FROM {table} WHERE id IN ({marks}) AND instr(search_text, {database.param}) > 0",
                (*part, term),
            )
            found.update(row[0] for row in cursor.fetchall())
        if len(found) > FEW:
            return None
    return sorted(found)  # a list: it is cached and handed out, never changed


def contains(model, *terms: str):
    """A condition: ``model``'s search text contains any of ``terms`` (already folded; not empty).

    PostgreSQL's planner knows from its statistics whether to use the trigram index or walk the sort order.
    SQLite's does not, so the index is asked first (``few_ids``): a rare text becomes the list of ids it
    matches; a common one is checked row by row as the query walks its order, and a page of matches is
    reached after a few thousand rows."""
    if is_postgres():
        ids = _pg_few_ids(model, terms)
        if ids is None:
            return _like_any(model, terms)
    else:
        ids = few_ids(model, *terms)
        if ids is None:
            return _scan(model.search_text, terms)
    return model.id.in_(ids) if ids else (model.id < 0)


def _pg_few_ids(model, terms: tuple[str, ...]) -> list[int] | None:
    """PostgreSQL: the ids of ``model``'s rows whose search text contains any of ``terms`` when the table's
    sample says each is rare (``_rare_grams``) and they are at most ``FEW``; None otherwise.

    One screen asks for the same text several times at once: the funnel's page and, in the background, its
    tabs' counts and the spam count; the board each column's cards and the totals. The trigram lookup is most
    of each query's time, so it is made once and its ids serve them all while the database is unchanged: the
    answer is kept with the snapshot it was read in (``txid_current_snapshot``: which transactions have
    committed, the same text for every connection that sees the same rows). Inside a transaction, whose own
    writes a snapshot does not show, nothing is kept."""
    table = model._meta.table_name
    if not all(_rare_grams(table, term) for term in terms):
        return None
    key = (database.obj, table, terms)
    stamp = None if database.in_transaction() else database.execute_sql("SELECT txid_current_snapshot()::text")
    stamp = stamp and stamp.fetchone()[0]
    cached = _pg_recent.get(key)
    if stamp is not None and cached is not None and cached[0] == stamp:
        return cached[1]
    query = model.select(model.id).where(_like_any(model, terms)).limit(FEW + 1)
    found = sorted(i for (i,) in query.tuples())
    found = found if len(found) <= FEW else None
    if stamp is not None:
        if len(_pg_recent) >= 16:
            _pg_recent.clear()
        _pg_recent[key] = (stamp, found)
    return found


# (database, table, terms) -> (snapshot, ids or None): the last rare texts looked up on PostgreSQL
_pg_recent: dict[tuple, tuple] = {}


def _probe_every(table: str, terms: tuple[str, ...]) -> list[int] | None:
    """The ids of the rows whose search text contains every one of ``terms`` when there are at most ``FEW``:
    the index is asked for the rows holding a few trigrams of each (together much rarer than any one of them:
    "nowak" and "jan" are each in ten thousand contacts, both in a few hundred), those are checked against
    the text. None when too many rows hold them all."""
    indexed = [term for term in terms if len(term) >= MIN_INDEXED]
    if not indexed:
        return None
    fts = f"{table}_search"
    match = " AND ".join(dict.fromkeys(gram for term in indexed for gram in _trigrams(term)))
    cursor = database.execute_sql(
        f"SELECT rowid FROM {fts} WHERE {fts} MATCH {database.param} LIMIT {CANDIDATES + 1}", (match,)
    )
    candidates = [row[0] for row in cursor.fetchall()]
    if len(candidates) > CANDIDATES:
        return None
    found: list[int] = []
    checks = " AND ".join(f"instr(search_text, {database.param}) > 0" for _ in terms)
    for start in range(0, len(candidates), 5000):
        part = candidates[start : start + 5000]
        marks = ", ".join(database.param for _ in part)
        cursor = database.execute_sql(f"SELECT id FROM {table} WHERE id IN ({marks}) AND {checks}", (*part, *terms))
        found.extend(row[0] for row in cursor.fetchall())
    return sorted(found) if len(found) <= FEW else None


def contains_every(model, *terms: str):
    """A condition: ``model``'s search text contains every one of ``terms`` (already folded; not empty) —
    what a picker asks for the words typed.

    Each word alone may be common while the words together are rare; left to itself SQLite would walk the
    sort order testing every row for all of them (a fifth of a second at 250,000 contacts for "nowak jan").
    On SQLite the index is asked for the rows holding them all first, as ``contains`` does for one term."""
    terms = tuple(dict.fromkeys(terms))
    if len(terms) == 1:
        return contains(model, terms[0])
    if is_postgres():
        parts = [_like_any(model, (term,)) for term in terms]
    else:
        ids = _remembered(model._meta.table_name, "every", terms, _probe_every)
        if ids is not None:
            return model.id.in_(ids) if ids else (model.id < 0)
        parts = [_scan(model.search_text, (term,)) for term in terms]
    condition = parts[0]
    for part in parts[1:]:
        condition = condition & part
    return condition


def _unindexed(conditions: list):
    """``conditions`` as one CASE expression no index can serve (so SQLite drives the query from the ids)."""
    rest = conditions[0]
    for condition in conditions[1:]:
        rest = rest & condition
    return Case(None, ((rest, 1),), 0) == 1


def restrict(model, conditions: list, *terms: str, ordered: bool = True) -> list:
    """``conditions`` and ``model``'s search text containing any of ``terms``, as a WHERE list.

    On SQLite a rare text's rows are looked up by id and the other conditions only checked on them: left as
    they are, SQLite walks an index the conditions name (process, stage, owner) and tests every row against
    the list of ids, half a million rows for a text found in ten. A common text is checked row by row along
    the requested order when the query is ``ordered`` (a page of matches comes after a few thousand rows);
    for a count or a sum over all of them (not ``ordered``) the rows holding a few of its trigrams come from
    the index instead of a scan of every row."""
    if is_postgres():
        ids = _pg_few_ids(model, terms)
        if ids is None:
            return [*conditions, _like_any(model, terms)]
        return [model.id.in_(ids), *conditions] if ids else [model.id < 0]
    ids = few_ids(model, *terms)
    if ids is None:
        scan = _scan(model.search_text, terms)
        if ordered or any(len(term) < MIN_INDEXED for term in terms):
            return [*conditions, scan]
        fts = f"{model._meta.table_name}_search"
        union = " UNION ".join(f"SELECT rowid FROM {fts} WHERE {fts} MATCH ?" for _ in terms)
        candidates = model.id.in_(SQL(f"({union})", [" AND ".join(_trigrams(term)) for term in terms]))
        return [candidates, scan, _unindexed(conditions)] if conditions else [candidates, scan]
    if not ids:
        return [model.id < 0]
    return [model.id.in_(ids), _unindexed(conditions)] if conditions else [model.id.in_(ids)]
