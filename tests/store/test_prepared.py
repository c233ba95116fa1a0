"""Queries compiled once per shape (store.prepared): each call's own values, the shape told apart by the values
bound, and a shape that forgets what its SQL depends on caught by the suite's check."""

import pytest
from peewee import fn

from desktop.store import prepared
from desktop.store.models import Setting
from desktop.store.prepared import named, param, params, slot, slots


def _settings(db):
    for key in ("a", "b", "c"):
        Setting.create(key=key, value=key.upper())


def test_each_call_reads_with_its_own_values_and_list_lengths(db):
    _settings(db)

    def keys(wanted):
        return sorted(
            k
            for (k,) in prepared.rows(
                "settings in", lambda: Setting.select(Setting.key).where(Setting.key.in_(params(wanted, "key")))
            )
        )

    assert keys(["a"]) == ["a"]
    assert keys(["b"]) == ["b"]  # the same shape, another value
    assert keys(["a", "c"]) == ["a", "c"]  # another shape: two values
    assert keys(["c", "zz"]) == ["c"]


def test_a_condition_left_out_is_another_shape(db):
    _settings(db)

    def count(upto=None):
        def build():
            query = Setting.select(fn.COUNT(Setting.key)).where(Setting.key.in_(["a", "b", "c"]))
            return query.where(Setting.key <= param(upto, "upto")) if upto else query

        return prepared.scalar("settings count", build)

    assert count("b") == 2
    assert count() == 3
    assert count("a") == 1


def test_a_fixed_shape_runs_with_named_slots(db):
    _settings(db)

    def values(wanted):
        return sorted(
            v
            for (v,) in prepared.run(
                ("settings run", len(wanted)),
                lambda: Setting.select(Setting.value).where(Setting.key.in_(slots("key", len(wanted)))),
                named("key", wanted),
            )
        )

    assert values(["a", "b"]) == ["A", "B"]
    assert values(["c", "b"]) == ["B", "C"]
    assert prepared.run("setting b", lambda: Setting.select(Setting.value).where(Setting.key == slot("k")), {"k": "b"})


def test_a_shape_that_forgets_a_value_its_sql_depends_on_is_caught(db):
    _settings(db)
    assert prepared.CHECK  # the suite's conftest turns the check on

    def wrong(key):  # the value written into the query, not bound: every call would reuse the first one
        return prepared.rows("forgetful", lambda: Setting.select(Setting.value).where(Setting.key == key))

    assert wrong("a") == [("A",)]
    with pytest.raises(AssertionError, match="forgetful"):
        wrong("b")


def test_execute_logs_each_query_and_raises_peewees_errors_as_execute_sql_does(db, caplog):
    import logging

    import peewee

    from desktop.store import db as store_db

    _settings(db)
    sql = f"SELECT value FROM setting WHERE key = {db.param}"
    with caplog.at_level(logging.DEBUG, logger="peewee"):
        found = prepared.execute(sql, ["b"]).fetchall()
    assert found == [("B",)]
    assert (sql, ["b"]) in [record.msg for record in caplog.records]  # the query log the benchmarks read
    missing = peewee.ProgrammingError if store_db.is_postgres() else peewee.OperationalError
    with pytest.raises(missing):
        prepared.execute("SELECT nothing FROM no_such_table", [])
    with pytest.raises(peewee.IntegrityError):
        prepared.execute(f"INSERT INTO setting (key, value) VALUES ({db.param}, {db.param})", ["a", "again"])
    assert prepared.execute(sql, ["a"]).fetchall() == [("A",)]
