"""The PostgreSQL database the ``db`` fixture hands each test (tests/support/pg.py ``Reusable``): one database per
worker, reset for each test. These tests hold it to what a fresh ``CREATE DATABASE ... TEMPLATE`` copy gave: the
template's rows in their order, its sequences, its schema, a name of its own, and nothing left of the last test."""

from __future__ import annotations

import contextlib
import io
import itertools

import psycopg2
import pytest

from desktop import demo
from desktop.services.admin import users
from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.store import db as store_db
from tests.support import pg

pytestmark = pytest.mark.postgres

_names = itertools.count()

# What a test could change in a database's schema (its DDL, or settings stored with the database), as one md5:
# names and definitions of schemas, relations, columns and defaults, constraints, indexes, triggers, functions,
# views and rules, types and enum labels, sequences' parameters, extensions, event triggers, large objects and
# ALTER DATABASE ... SET. Row data and sequence values are not in it.
_SCHEMA_FINGERPRINT = r"""
SELECT md5(string_agg(x, E'\n' ORDER BY x)) FROM (
  SELECT 'n:' || nspname AS x FROM pg_namespace
  UNION ALL SELECT 'c:' || n.nspname || '.' || c.relname || ':' || c.relkind::text || ':' || c.relpersistence::text
         || ':' || c.relrowsecurity::text || ':' || coalesce(c.reloptions::text, '')
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  UNION ALL SELECT 'a:' || a.attrelid::regclass::text || '.' || a.attname || ':' || format_type(a.atttypid, a.atttypmod)
         || ':' || a.attnotnull::text || ':' || a.attgenerated::text || ':' || a.attidentity::text || ':'
         || coalesce(pg_get_expr(d.adbin, d.adrelid), '')
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND a.attnum > 0 AND NOT a.attisdropped
  UNION ALL SELECT 'k:' || conrelid::regclass::text || '.' || conname || ':' || pg_get_constraintdef(oid)
    FROM pg_constraint WHERE connamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)
  UNION ALL SELECT 'i:' || pg_get_indexdef(indexrelid)
    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  UNION ALL SELECT 't:' || tgenabled::text || pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal
  UNION ALL SELECT 'f:' || p.oid::regprocedure::text || ':' || md5(pg_get_functiondef(p.oid))
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND p.prokind IN ('f', 'p')
  UNION ALL SELECT 'f:' || p.oid::regprocedure::text || ':' || p.prokind::text
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND p.prokind NOT IN ('f', 'p')
  UNION ALL SELECT 'r:' || ev_class::regclass::text || '.' || rulename || ':' || md5(pg_get_ruledef(oid))
    FROM pg_rewrite WHERE ev_class >= 16384
  UNION ALL SELECT 'y:' || t.oid::regtype::text || ':' || t.typtype::text
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  UNION ALL SELECT 'l:' || enumtypid::regtype::text || ':' || enumsortorder::text || ':' || enumlabel FROM pg_enum
  UNION ALL SELECT 's:' || seqrelid::regclass::text || ':' || concat_ws(',', seqtypid, seqstart, seqincrement, seqmax,
         seqmin, seqcache, seqcycle) FROM pg_sequence
  UNION ALL SELECT 'e:' || extname || ':' || extversion FROM pg_extension
  UNION ALL SELECT 'g:' || evtname || ':' || evtevent || ':' || evtenabled::text FROM pg_event_trigger
  UNION ALL SELECT 'o:' || count(*)::text FROM pg_largeobject_metadata
  UNION ALL SELECT 'd:' || setrole::text || ':' || setconfig::text FROM pg_db_role_setting
    WHERE setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())
) schema_objects
"""


@pytest.fixture
def template(pg_server):
    """A migrated database with demo data (rows in most tables, sequences moved), closed."""
    name = f"etap_reuse_template{next(_names)}"
    database = store_db.open_database(pg_server.create_database(name, template="etap_template"))
    try:
        demo.generate(20, seed=5)
    finally:
        store_db.close_database()
        database.close()
    return name  # dropped when the test ends (a throwaway database)


@pytest.fixture
def reusable(pg_server, template):
    databases = pg.Reusable(pg_server, template)
    yield databases
    databases.drop()


def _state(server, name: str) -> dict:
    """Every table's rows in their physical order (binary COPY), each table's size on disk, every sequence, every
    relation's size statistics."""
    state = {}
    with contextlib.closing(server.connect(name)) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT oid::regclass::text, relkind, pg_relation_size(oid) > 0 FROM pg_class "
            "WHERE relkind IN ('r', 'S') AND relnamespace = 'public'::regnamespace ORDER BY 1"
        )
        for relation, kind, has_pages in cur.fetchall():
            if kind == "S":
                cur.execute(f"SELECT last_value, is_called FROM {relation}")
                state[relation] = cur.fetchone()
                continue
            rows = io.BytesIO()
            cur.copy_expert(f"COPY {relation} TO STDOUT (FORMAT binary)", rows)
            state[relation] = (has_pages, rows.getvalue())
        # the sizes the planner reads (a fresh copy has the template's; TRUNCATE clears them)
        cur.execute(
            "SELECT relname, relpages, reltuples, relallvisible FROM pg_class "
            "WHERE relnamespace = 'public'::regnamespace ORDER BY 1"
        )
        state["pg_class sizes"] = cur.fetchall()
    return state


def _schema(server, name: str) -> str:
    with contextlib.closing(server.connect(name)) as conn, conn.cursor() as cur:
        cur.execute(_SCHEMA_FINGERPRINT)
        return cur.fetchone()[0]


def _write_everywhere(url: str) -> None:
    """What a test does: rows added, changed and deleted through the services (no ANALYZE: that is a new copy),
    sequences moved, a write rolled back (a table with pages and no rows), a setting changed."""
    store_db.open_database(url, migrate=False)
    try:
        admin = users.local_admin()
        process = processes.create_process(admin, "Sprzedaż")
        for title in ("A", "B", "C"):
            deals.create_deal(admin, process.id, title, value="10", currency="PLN")
        store_db.database.execute_sql("DELETE FROM deal WHERE id IN (SELECT min(id) FROM deal)")
        store_db.database.execute_sql("UPDATE setting SET value = 'changed'")
        with contextlib.suppress(RuntimeError), store_db.atomic():
            store_db.database.execute_sql(
                "INSERT INTO import_batch (at, file_name, kind, counts, created) VALUES (now(), 'a.csv', 'csv', '', '')"
            )
            raise RuntimeError("rolled back")
    finally:
        store_db.close_database()


def test_each_test_gets_the_templates_rows_sequences_and_schema_whatever_the_last_one_wrote(
    pg_server, template, reusable
):
    expected, schema = _state(pg_server, template), _schema(pg_server, template)
    for round_ in range(3):
        url = reusable.acquire(f"etap_reuse_t{round_}")
        assert _state(pg_server, reusable.name) == expected
        assert _schema(pg_server, reusable.name) == schema
        _write_everywhere(url)
        written = _state(pg_server, reusable.name)
        assert written != expected
        assert written["import_batch"][0] and not expected["import_batch"][0]  # pages, though no row was kept
        reusable.release()
    assert reusable.copies == 1  # reset, not copied again


def test_each_test_gets_a_name_of_its_own_and_the_last_ones_name_is_gone(pg_server, reusable):
    first = reusable.acquire("etap_reuse_first")
    reusable.release()
    second = reusable.acquire("etap_reuse_second")
    assert second.endswith("/etap_reuse_second") and first.endswith("/etap_reuse_first")
    with pytest.raises(psycopg2.OperationalError, match="does not exist"):
        pg_server.connect("etap_reuse_first").close()
    pg_server.connect("etap_reuse_second").close()


def test_a_connection_left_open_is_ended_and_none_is_accepted_until_the_next_test(pg_server, reusable):
    reusable.acquire("etap_reuse_left")
    left = pg_server.connect("etap_reuse_left")
    try:
        reusable.release()
        with pytest.raises(psycopg2.OperationalError), left.cursor() as cur:
            cur.execute("SELECT 1")
        with pytest.raises(psycopg2.OperationalError, match="not currently accepting connections"):
            pg_server.connect("etap_reuse_left").close()
    finally:
        left.close()
    reusable.acquire("etap_reuse_next")
    pg_server.connect("etap_reuse_next").close()


@pytest.mark.parametrize(
    "change",
    [
        "CREATE TABLE scratch (id integer)",
        "ALTER TABLE deal ADD COLUMN scratch integer",
        "ALTER TABLE deal ALTER COLUMN title DROP NOT NULL",
        "CREATE INDEX scratch ON deal (title)",
        "DROP INDEX deal_deleted_by_id",
        "ALTER TABLE deal DISABLE TRIGGER ALL",
        "CREATE FUNCTION scratch() RETURNS integer LANGUAGE sql AS 'SELECT 1'",
        "CREATE VIEW scratch AS SELECT 1 AS one",
        "ALTER SEQUENCE deal_id_seq INCREMENT BY 7",
        "CREATE SCHEMA scratch",
        "ANALYZE deal",
        "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET work_mem = ''7MB''', current_database()); END $$",
    ],
)
def test_a_test_that_changed_the_schema_leaves_the_next_one_a_new_copy(pg_server, template, reusable, change):
    expected_rows = _state(pg_server, template)
    url = reusable.acquire("etap_reuse_changed")
    with contextlib.closing(psycopg2.connect(url)) as conn, conn.cursor() as cur:
        cur.execute(change)
        conn.commit()
    assert _schema(pg_server, reusable.name) != _schema(pg_server, template) or change.startswith("ANALYZE")
    reusable.release()
    reusable.acquire("etap_reuse_after")
    assert reusable.copies == 2
    assert _schema(pg_server, reusable.name) == _schema(pg_server, template)
    assert _state(pg_server, reusable.name) == expected_rows
