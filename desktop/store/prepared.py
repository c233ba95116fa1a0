"""Queries compiled once per shape and back end, then run with each call's parameters.

Compiling a peewee query costs more than running it when the query is a grouped read of a few summary rows
(the reports' fast paths: 0.1 ms of SQL against 0.3-0.5 ms of compiling). ``rows(key, build)`` builds the
query (cheap) with its varying values marked by ``param`` / ``params``, and compiles it only the first time
its shape is met: the shape is ``key`` (what the caller varies without a value: a grouping, a join), the
back end, and the labels of the values bound in order (so a list of three owners is another shape than a list
of two, a condition left out another than one put in). Later calls fill the cached SQL's placeholders with
their own values.

Outside ``rows`` (no binding active) ``param`` returns the value itself, so the same condition helpers serve
ordinary queries. With ``CHECK`` on (the test suite sets it) every cached run is compared with the query
compiled afresh with its values inline: a shape that forgot something the SQL depends on fails the tests.
"""

from __future__ import annotations

import logging
from contextvars import ContextVar
from functools import lru_cache

import peewee
from peewee import Value

from desktop.store import db as store_db

CHECK = False  # tests: compare every cached run with a fresh compile
LIMIT = 512  # shapes kept; beyond it the cache starts again (shapes are few: this is a guard)


class _Slot:
    """A placeholder in a compiled query, filled per call (by name)."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"<slot {self.name}>"


class _Binding:
    def __init__(self) -> None:
        self.values: dict[str, object] = {}
        self.shape: list[object] = []

    def bind(self, value: object, label: str) -> Value:
        name = f"p{len(self.values)}"
        self.values[name] = value
        self.shape.append(label)
        return Value(_Slot(name), converter=False)


_BINDING: ContextVar[_Binding | None] = ContextVar("prepared_binding", default=None)
_LOG = logging.getLogger("peewee")
_WRAP = peewee.__exception_wrapper__  # turns driver errors into peewee's, as execute_sql does


def execute(sql: str, values, one_plan: bool = False) -> object:
    """``database.execute_sql(sql, values)`` straight on the open connection's DB-API cursor: the same query
    log (peewee's logger, at debug) and the same errors, without the proxy and connection look-ups around it
    (they cost as much as a grouped read of a few summary rows). Falls back to ``execute_sql`` when the
    connection is not open yet or query hooks are installed.

    ``one_plan``: on PostgreSQL the statement is prepared on the server the first time the connection meets it
    and run by name with one plan (``TeamDatabase.server_statement``): for the index-driven statements of the
    board and of a move, whose best plan does not depend on their values, planning each run cost the server as
    much as running it. Never for a report's grouped reads: their best plan depends on the values (at 1M deals a
    single plan made the conversion report take 800 ms instead of 6)."""
    db = store_db.database.obj
    conn = db._state.conn
    if conn is None or db.query_hooks:
        return db.execute_sql(sql, values)
    named = sql
    if one_plan and isinstance(db, store_db.TeamDatabase):
        named, values = db.server_statement(sql, values)  # planned once per connection
    if isinstance(db, store_db.TeamDatabase) and db.waiting():
        return db.execute_sql(named, values)  # (what waits goes with it)
    if _LOG.isEnabledFor(logging.DEBUG):
        _LOG.debug((sql, values))  # the statement itself, not its name
    cursor = conn.cursor()
    try:
        cursor.execute(named, values or ())
    except Exception as exc:
        _WRAP.__exit__(type(exc), exc, exc.__traceback__)  # raises peewee's error for a driver's
        raise
    return cursor


_COMPILED: dict[tuple, tuple[str, list]] = {}


def param(value: object, label: str):
    """``value`` as a parameter of the query being built by ``rows`` (``label`` names its place in the
    shape); outside ``rows``, ``value`` itself. Pass values as the driver takes them (ints, texts,
    datetimes): a placeholder bypasses the field's conversion."""
    binding = _BINDING.get()
    return value if binding is None else binding.bind(value, label)


def params(values, label: str) -> list:
    """A list of values (an IN list) as parameters: its length is part of the shape."""
    binding = _BINDING.get()
    if binding is None:
        return list(values)
    return [binding.bind(v, label) for v in values]


def mark(label: object) -> None:
    """Something the SQL depends on that binds no value (an IS NULL put in, the time zone's offsets written
    into the text): part of the shape."""
    binding = _BINDING.get()
    if binding is not None:
        binding.shape.append(label)


def slot(name: str) -> Value:
    """A placeholder filled from each part's values by a caller repeating the query (``template``)."""
    return Value(_Slot(name), converter=False)


def template(key: object, build) -> tuple[str, list, dict[str, object]]:
    """The SQL of ``build()``'s query compiled once per shape, its parameters with placeholders (``_Slot``:
    the bound values by name, and the ``slot``s a caller fills), and the values bound this time."""
    binding = _Binding()
    token = _BINDING.set(binding)
    try:
        query = build()
    finally:
        _BINDING.reset(token)
    shape = (type(store_db.database.obj), key, tuple(binding.shape))
    hit = _COMPILED.get(shape)
    if hit is None:
        if len(_COMPILED) >= LIMIT:
            _COMPILED.clear()
        hit = _COMPILED[shape] = query.sql()
    if CHECK:
        fresh = query.sql()  # compiled again from this call's query: the text must be the cached one
        if (fresh[0], [_name(p) for p in fresh[1]]) != (hit[0], [_name(p) for p in hit[1]]):
            raise AssertionError(f"prepared query {key!r} differs from a fresh compile:\n{hit}\n{fresh}")
    return hit[0], hit[1], binding.values


def _name(p: object) -> object:
    return ("slot", p.name) if isinstance(p, _Slot) else p


def fill(template_params: list, values: dict[str, object]) -> list:
    return [values[p.name] if isinstance(p, _Slot) else p for p in template_params]


def compiled(key: object, build) -> tuple[str, list]:
    """The SQL and parameters of ``build()``'s query, compiled once per shape (see the module's text)."""
    sql, template_params, values = template(key, build)
    filled = fill(template_params, values)
    if CHECK:
        fresh = build().sql()  # no binding: the values inline, converted by their fields
        if (sql, filled) != (fresh[0], list(fresh[1])):
            raise AssertionError(f"prepared query {key!r} differs from a fresh compile:\n{sql}\n{filled}\n{fresh}")
    return sql, filled


def run(key: object, build, values: dict[str, object], one_plan: bool = False) -> list[tuple]:
    """The rows of a query of one fixed shape (``key`` says everything its SQL depends on, the back end apart),
    built by ``build()`` only the first time, its ``slot``s filled from ``values`` by name: for the hottest
    reads, which then cost no peewee at all. ``slots``/``named`` spell an IN list (its length in ``key``).
    ``one_plan``: see ``execute``."""
    return execute(*statement(key, build, values), one_plan=one_plan).fetchall()


def run_parts(
    key: object, build, parts: list[dict[str, object]], order_by: tuple[int, ...] = (), one_plan: bool = False
) -> list[tuple]:
    """``run`` for several values of one shape at once: the rows of ``build()``'s query for each of ``parts``
    (its ``slot``s filled from that part's values) as one statement, each part a derived table, joined by
    ``UNION ALL`` and sorted by the output columns ``order_by`` (1-based). One statement instead of one per part
    (on a team server one round trip instead of one per part: a board's column pages). ``key`` as in ``run``;
    the number of parts is part of the shape."""
    sql, template_params = fixed(key, build)
    shape = (type(store_db.database.obj), "parts", key, len(parts), order_by)
    hit = _COMPILED.get(shape)
    if hit is None:
        text = " UNION ALL ".join(f"SELECT * FROM ({sql}) AS part{i}" for i in range(len(parts)))
        if order_by:
            text += " ORDER BY " + ", ".join(str(column) for column in order_by)
        if len(_COMPILED) >= LIMIT:
            _COMPILED.clear()
        hit = _COMPILED[shape] = (text, template_params)
    values = [value for part in parts for value in fill(hit[1], part)]
    return execute(hit[0], values, one_plan=one_plan).fetchall()


def write(key: object, build, values: dict[str, object], one_plan: bool = False) -> int:
    """``run`` for an UPDATE or DELETE of one fixed shape: the number of rows it changed. A slot bypasses the
    field's conversion: pass values as ``field.db_value`` returns them."""
    return execute(*statement(key, build, values), one_plan=one_plan).rowcount


def insert(key: object, build, values: dict[str, object], one_plan: bool = False) -> int:
    """``run`` for a one-row INSERT of one fixed shape: the new row's id (``RETURNING`` on PostgreSQL, where
    peewee's insert of a model asks for it; the last row id on SQLite)."""
    cursor = execute(*statement(key, build, values), one_plan=one_plan)
    return cursor.fetchone()[0] if store_db.is_postgres() else cursor.lastrowid


def statement(key: object, build, values: dict[str, object]) -> tuple[str, list]:
    """The SQL and parameters ``run`` would execute (for ``store.db.later``: a write sent with the next
    statement)."""
    sql, template_params = fixed(key, build)
    return sql, fill(template_params, values)


def fixed(key: object, build) -> tuple[str, list]:
    """The SQL of a query of one fixed shape (``key`` says everything its SQL depends on, the back end apart)
    and its parameters with its ``slot``s unfilled (``fill``): ``build()`` is called only the first time."""
    shape = (type(store_db.database.obj), "run", key)
    hit = _COMPILED.get(shape)
    if hit is None or CHECK:
        fresh = build().sql()
        if hit is not None and (fresh[0], [_name(p) for p in fresh[1]]) != (hit[0], [_name(p) for p in hit[1]]):
            raise AssertionError(f"prepared query {key!r} differs from a fresh compile:\n{hit}\n{fresh}")
        if hit is None:
            if len(_COMPILED) >= LIMIT:
                _COMPILED.clear()
            hit = _COMPILED[shape] = fresh
    return hit


def slots(name: str, count: int) -> list[Value]:
    """``count`` placeholders ``name0``, ``name1``, ... (an IN list of ``run``)."""
    return [slot(f"{name}{i}") for i in range(count)]


def named(name: str, values) -> dict[str, object]:
    """The values of ``slots(name, len(values))``."""
    values = list(values)
    return dict(zip(_names(name, len(values)), values, strict=True))


@lru_cache(maxsize=256)
def _names(name: str, count: int) -> tuple[str, ...]:
    return tuple(f"{name}{i}" for i in range(count))


def rows(key: object, build) -> list[tuple]:
    """The rows of ``build()``'s query as the driver hands them over, compiled once per shape."""
    sql, values = compiled(key, build)
    return execute(sql, values).fetchall()


def scalar(key: object, build):
    """The first column of the first row (None when there is none)."""
    found = rows(key, build)
    return found[0][0] if found else None
