"""Writes whose result nobody reads (``store.db.later``): on PostgreSQL sent with the next statement or the
COMMIT (fewer round trips), on SQLite at once; on both they belong to the transaction they were made in."""

import uuid
from contextlib import contextmanager
from datetime import datetime

import psycopg2.extensions
import pytest
from peewee import IntegrityError

from desktop.services.admin import users
from desktop.services.deals import deals
from desktop.services.pipeline import board
from desktop.services.processes import processes
from desktop.store import db as store_db
from desktop.store.db import atomic, later
from desktop.store.models import Setting

NOW = datetime(2026, 11, 20, 9, 0)


def _value(key):
    return Setting.select(Setting.value).where(Setting.key == key).scalar()


def test_a_later_write_is_seen_by_the_next_statement_and_committed_with_its_transaction(db):
    with atomic():
        later(Setting.insert(key="later.a", value="50%"))  # a % in a value survives the joined statement text
        assert _value("later.a") == "50%"
    assert _value("later.a") == "50%"


def test_a_later_write_is_dropped_with_a_rolled_back_transaction(db):
    with pytest.raises(RuntimeError), atomic():
        later(Setting.insert(key="later.b", value="x"))
        raise RuntimeError("refused")
    assert _value("later.b") is None


def test_a_later_write_made_last_is_sent_with_the_commit(db):
    with atomic():
        Setting.insert(key="later.c", value="1").execute()
        later(Setting.update(value="2").where(Setting.key == "later.c"))
    assert _value("later.c") == "2"


def test_a_raw_cursor_runs_after_what_waits(db):
    with atomic():
        later(Setting.insert(key="later.d", value="x"))
        cursor = store_db.database.cursor()
        cursor.execute(f"SELECT value FROM setting WHERE key = {store_db.database.param}", ("later.d",))
        assert cursor.fetchone() == ("x",)


def test_a_failing_later_write_fails_its_transaction(db):
    Setting.insert(key="later.e", value="x").execute()
    with pytest.raises(IntegrityError), atomic():
        Setting.insert(key="later.f", value="y").execute()
        later(Setting.insert(key="later.e", value="again"))  # the key exists: refused now or at the next statement
        _value("later.e")
    assert _value("later.f") is None


def test_outside_a_transaction_a_later_write_runs_at_once(db):
    later(Setting.insert(key="later.g", value="x"))
    assert _value("later.g") == "x"


@contextmanager
def _round_trips():
    """The texts sent to the server on the open connection while the block runs (one per round trip)."""
    trips = []

    class Counting(psycopg2.extensions.cursor):
        def execute(self, query, vars=None):
            trips.append(query)
            return super().execute(query, vars)

    conn = store_db.database.connection()
    conn.cursor_factory = Counting
    try:
        yield trips
    finally:
        conn.cursor_factory = psycopg2.extensions.cursor


@pytest.fixture
def pg_admin(pg_server):
    name = f"etap_later_{uuid.uuid4().hex[:8]}"
    store_db.open_database(pg_server.create_database(name, template="etap_template"))
    yield users.local_admin()
    store_db.close_database()
    pg_server.drop_database(name)


@pytest.mark.postgres
def test_a_board_move_on_postgresql_takes_at_most_7_round_trips_once_its_statements_are_prepared(pg_admin):
    admin = pg_admin
    p = processes.create_process(admin, "Sprzedaż")
    stages = processes.list_stages(p.id)
    made = deals.create_deal(admin, p.id, "Okna", now=NOW)
    # the connection's first move also prepares its statements on the server (one round trip each, once)
    board.place(admin, deals.create_deal(admin, p.id, "Drzwi", now=NOW).id, stages[1].id)
    with _round_trips() as trips:
        row = board.place(admin, made.id, stages[1].id)
    assert row.stage_id == stages[1].id and row.version == made.version + 1
    # BEGIN with the deal's read (with both stages), the UPDATE (reading the top rank itself), the stay (with the
    # old one closed), the activity weights, the triggers (with the schedule dropped), the deal again (with the
    # history row, path and NOTIFY), COMMIT
    assert len(trips) <= 7, trips
    assert "BEGIN" in trips[0] and "COMMIT" in trips[-1]


def _setting_value_query():
    from desktop.store import prepared

    return Setting.select(Setting.value).where(Setting.key == prepared.slot("key"))


@pytest.mark.postgres
def test_a_compiled_statement_is_prepared_on_the_server_once_and_then_run_by_name(pg_admin):
    from desktop.store import prepared

    Setting.insert(key="prep.a", value="1").execute()
    Setting.insert(key="prep.b", value="2").execute()
    assert prepared.run("setting value", _setting_value_query, {"key": "prep.a"}, one_plan=True) == [("1",)]
    with _round_trips() as trips:
        assert prepared.run("setting value", _setting_value_query, {"key": "prep.b"}, one_plan=True) == [("2",)]
    assert len(trips) == 1 and trips[0].startswith("EXECUTE etap_"), trips


@pytest.mark.postgres
def test_a_statement_the_server_cannot_prepare_runs_as_it_is_and_leaves_the_transaction_usable(pg_admin):
    # a parameter alone in the select list has no type the server can tell: PREPARE fails, in a savepoint
    from peewee import Select, Value

    from desktop.store import prepared

    def untyped():
        return Select(columns=[Value(prepared.slot("v"), converter=False).is_null()]).bind(Setting._meta.database)

    with atomic():
        later(Setting.insert(key="prep.c", value="x"))
        assert _value("prep.c") == "x"  # the transaction has begun on the server
        assert prepared.run("untyped", untyped, {"v": "abc"}, one_plan=True) == [(False,)]
        assert prepared.run("untyped", untyped, {"v": None}, one_plan=True) == [(True,)]
        assert _value("prep.c") == "x"
    assert _value("prep.c") == "x"
    assert None in store_db.database.obj._state.statements.values()  # it was tried, and is run as it is


@pytest.mark.postgres
def test_a_compiled_statement_without_one_plan_is_never_prepared_on_the_server(pg_admin):
    from desktop.store import prepared

    Setting.insert(key="prep.d", value="4").execute()
    for _ in range(2):
        assert prepared.run("setting value, planned each run", _setting_value_query, {"key": "prep.d"}) == [("4",)]
    assert not store_db.database.obj._state.statements
