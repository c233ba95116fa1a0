"""store.search.set_based: many rows written with the search index told in a few statements (SQLite) leave the
same index the row triggers would have, found by the same searches, with the triggers back afterwards."""

import pytest

from desktop.store import search
from desktop.store.db import atomic, database
from desktop.store.models import Company

COLUMNS = "id, name, tax_id, city, phone, email, search_text"


def _insert(ids, text="firma {i} łódź") -> None:
    rows = [(i, f"Firma {i}", "", "", "", "", text.format(i=i)) for i in ids]
    database.cursor().executemany(f"INSERT INTO company ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)


def _index_matches_rows(*old_texts: str) -> None:
    """The index holds exactly the rows' trigrams: for every trigram of the current texts (and of ``old_texts``,
    which must have left), the rows the index returns are the rows whose text holds it. (FTS5's integrity-check
    compares an external-content index with its table only from SQLite 3.42.)"""
    rows = dict(database.execute_sql("SELECT id, search_text FROM company").fetchall())
    grams = {t[i : i + 3] for t in (*rows.values(), *old_texts) if t for i in range(len(t) - 2)}
    for gram in grams:
        phrase = '"' + gram.replace('"', '""') + '"'
        found = database.execute_sql(
            "SELECT rowid FROM company_search WHERE company_search MATCH ?", (phrase,)
        ).fetchall()
        assert {r for (r,) in found} == {i for i, t in rows.items() if t and gram in t}, gram


def _triggers() -> set[str]:
    return {n for (n,) in database.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()}


ROW_TRIGGERS = {"company_search_insert", "company_search_update", "company_search_delete"}


def test_the_integrity_check_catches_an_index_that_missed_an_update(sqlite_db):
    # the check the other tests rely on can fail: text changed behind the index's back
    with atomic():
        _insert(range(1, 11))
    database.execute_sql("DROP TRIGGER company_search_update")
    database.execute_sql("UPDATE company SET search_text = 'inna nazwa' WHERE id = 3")
    with pytest.raises(AssertionError):
        _index_matches_rows("firma 3 łódź")


def test_rows_inserted_set_based_are_indexed_as_the_triggers_would(sqlite_db):
    ids = range(1, 301)
    with atomic(), search.set_based("company", ids, inserted=True):
        assert not {"company_search_insert", "company_search_update"} & _triggers()  # row by row is off meanwhile
        _insert(ids)
    _index_matches_rows()
    assert _triggers() >= ROW_TRIGGERS
    assert search.few_ids(Company, "firma 17 ") == [17]
    with atomic():
        _insert([301])  # the triggers work again for later rows
    assert search.few_ids(Company, "firma 301 ") == [301]
    _index_matches_rows()


def test_rows_updated_set_based_leave_their_old_text_and_are_found_by_the_new(sqlite_db):
    with atomic():
        _insert(range(1, 201))
    stale = [(f"spółka {i} kraków", i) for i in range(1, 201)]
    with atomic(), search.set_based("company", [i for _t, i in stale]):
        database.cursor().executemany("UPDATE company SET search_text = ? WHERE id = ?", stale)
    _index_matches_rows(*(f"firma {i} łódź" for i in range(1, 201)))
    assert search.few_ids(Company, "spółka 42 ") == [42]
    assert search.few_ids(Company, "firma 42 ") == []


def test_an_error_inside_that_the_caller_survives_leaves_index_and_triggers_whole(sqlite_db):
    with atomic():
        _insert(range(1, 101))
    with atomic():
        try:
            with search.set_based("company", range(1, 101)):
                database.execute_sql("UPDATE company SET search_text = 'zmieniona ' || id WHERE id <= 50")
                raise ValueError("a failure after half of the rows")
        except ValueError:
            pass  # the caller carries on and commits what was written
    _index_matches_rows(*(f"firma {i} łódź" for i in range(1, 101)))
    assert _triggers() >= ROW_TRIGGERS
    assert search.few_ids(Company, "zmieniona 7") == [7]


def test_a_few_rows_go_through_the_triggers(sqlite_db):
    with atomic(), search.set_based("company", range(1, 6), inserted=True):
        assert _triggers() >= ROW_TRIGGERS
        _insert(range(1, 6))
    _index_matches_rows()


def test_a_bulk_load_gives_the_connection_back_with_its_durability(sqlite_db):
    # `etap --demo` loads with fsync off, then serves the window on the same connection
    from desktop.store import bulk

    database.execute_sql("PRAGMA synchronous = FULL")
    with bulk.fast_load():
        assert database.execute_sql("PRAGMA synchronous").fetchone()[0] == 0
    assert database.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL, not NORMAL
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_rows_inserted_in_steps_under_a_deferral_are_indexed_once_at_the_end(sqlite_db, monkeypatch):
    # an import's chunks: the new rows' texts enter the index in one statement at the end, not one per chunk
    with atomic():
        _insert(range(1, 11))  # older rows, indexed by the triggers
    statements = []
    index_rows = search._index_rows

    def recorded(table, ids, delete):
        statements.append(("delete" if delete else "insert", list(ids)))
        index_rows(table, ids, delete)

    monkeypatch.setattr(search, "_index_rows", recorded)
    with atomic(), search.inserts_deferred("company"):
        assert not {"company_search_insert", "company_search_update"} & _triggers()
        for first in (11, 111, 211):
            with search.set_based("company", range(first, first + 100), inserted=True):
                _insert(range(first, first + 100))
        assert statements == []  # nothing indexed yet
        # a new row changed meanwhile is indexed with its last text; an older one leaves its old text at once,
        # however few rows change (the triggers are off)
        changed = [("spółka 15", 15), ("spółka 3", 3)]
        with search.set_based("company", [i for _t, i in changed]):
            database.cursor().executemany("UPDATE company SET search_text = ? WHERE id = ?", changed)
        assert statements == [("delete", [3]), ("insert", [3])]
    assert statements[2:] == [("insert", list(range(11, 311)))]  # the new rows at the end, with 15's new text
    _index_matches_rows("firma 3 łódź", "firma 15 łódź")
    assert _triggers() >= ROW_TRIGGERS
    assert search.few_ids(Company, "spółka 15") == [15]
    assert search.few_ids(Company, "firma 250 ") == [250]
    with atomic():
        _insert([400])  # the triggers work again for later rows
    assert search.few_ids(Company, "firma 400 ") == [400]


def test_a_deferral_that_ends_in_an_error_leaves_the_rows_indexed_and_the_triggers_back(sqlite_db):
    with atomic():
        try:
            with search.inserts_deferred("company"):
                with search.set_based("company", range(1, 61), inserted=True):
                    _insert(range(1, 61))
                raise ValueError("a failure after the rows")
        except ValueError:
            pass  # the caller carries on and commits what was written
    _index_matches_rows()
    assert _triggers() >= ROW_TRIGGERS


def test_a_bulk_load_sorts_with_a_helper_thread_and_gives_the_connection_back_without_it(sqlite_db):
    from desktop.store import bulk

    before = database.execute_sql("PRAGMA threads").fetchone()[0]
    with bulk.fast_load():
        # capped by the SQLite build (0 where it has no worker threads)
        assert database.execute_sql("PRAGMA threads").fetchone()[0] in (0, bulk.LOAD_SORT_THREADS)
    assert database.execute_sql("PRAGMA threads").fetchone()[0] == before
