"""Heavy test data built once per module, each test on its own copy (issue 22: the funnel UI tests spent 97 % of
their time creating the same 450 deals for every test).

``build(template, folder, fill)`` copies the migrated SQLite template (``sqlite_template`` in tests/conftest.py)
into ``folder``, opens it, runs ``fill()`` (through the services, like a test would), closes it and returns the
file and what ``fill`` returned. ``open_copy(snapshot, folder)`` opens a byte copy of that closed file for one test:
a test writes freely and the next test of the module starts again from the snapshot, never from another test's
writes. A closed SQLite file in WAL mode has its WAL checkpointed into it and removed, so one file is the whole
database.

A module uses it by overriding ``sqlite_db`` (which ``admin_actor`` and the UI fixtures build on) or ``db`` (both
back ends: on PostgreSQL the snapshot is a database each test's database is created from)::

    @pytest.fixture(scope="module")
    def _filled(sqlite_template, tmp_path_factory):
        snapshots = snapshot.Snapshots(fill, sqlite_template, tmp_path_factory.mktemp("filled"))
        yield snapshots
        snapshots.drop()

    db = snapshot.db_fixture("_filled")  # or: sqlite_db = snapshot.sqlite_db_fixture("_filled")

A module whose other tests need an empty database names the fixture that hands the filled data:
``db = snapshot.db_fixture("_filled", when="filled")`` (only tests using ``filled`` start from the snapshot).

``fill`` should return ids (plain values), not model instances: each test reads its own rows back
(``_filled.result()`` is what ``fill`` returned on the test's back end).
"""

from __future__ import annotations

import copy
import itertools
import shutil
from pathlib import Path

import pytest

from desktop.store import db as store_db

_counter = itertools.count()


def build(template: Path, folder: Path, fill):
    """A closed copy of ``template`` with ``fill()`` run on it: ``(path, fill's result)``."""
    path = Path(folder) / f"snapshot-{next(_counter)}.db"
    shutil.copyfile(template, path)
    database = store_db.open_database(path)
    try:
        result = fill()
    finally:
        store_db.close_database()
        database.close()
    leftovers = [p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-")]
    assert not leftovers, f"the closed snapshot left {leftovers} beside it"
    return path, result


def open_copy(snapshot: Path, folder: Path):
    """Open a fresh byte copy of the closed ``snapshot`` in ``folder`` (bound to the models, like sqlite_db)."""
    target = Path(folder) / f"etap-{next(_counter)}.db"
    shutil.copyfile(snapshot, target)
    return store_db.open_database(target, migrate=False)  # the snapshot is migrated


class Snapshots:
    """One module's data on both back ends, each built on first use: the SQLite file as above, and on PostgreSQL a
    database of its own that each test's database is reset to (``pg.Reusable``: one database for the module's tests,
    reset and renamed for each). ``drop()`` removes the PostgreSQL ones at the end of the module. Used through
    ``db_fixture`` / ``sqlite_db_fixture``; ``result()`` is ``fill``'s result on the back end the test runs on."""

    def __init__(self, fill, template: Path, folder: Path) -> None:
        self.fill = fill
        self.template = template
        self.folder = Path(folder)
        self._sqlite = None
        self._postgres = None  # (server, database name, result)
        self._reusable = None  # the tests' database (pg.Reusable)

    def open_sqlite(self, folder: Path):
        if self._sqlite is None:
            self._sqlite = build(self.template, self.folder, self.fill)
        return open_copy(self._sqlite[0], folder)

    def open_postgres(self, server) -> str:
        """Open the tests' database in the snapshot's state; returns its name (the caller calls
        ``release_postgres`` when the test ends)."""
        if self._postgres is None:
            name = f"etap_snap{next(_counter)}"
            database = store_db.open_database(server.create_database(name, template="etap_template", keep=True))
            try:
                result = self.fill()
            finally:
                store_db.close_database()
                database.close()
            self._postgres = (server, name, result)
            from tests.support import pg

            self._reusable = pg.Reusable(server, name)
        name = f"etap_s{next(_counter)}"
        store_db.open_database(self._reusable.acquire(name), migrate=False)
        return name

    def release_postgres(self) -> None:
        self._reusable.release()

    def result(self):
        built = self._postgres if store_db.is_postgres() else self._sqlite
        return built[-1]

    def drop(self) -> None:
        if self._reusable is not None:
            self._reusable.drop()
            self._reusable = None
        if self._postgres is not None:
            server, name, _ = self._postgres
            self._postgres = None
            server.drop_database(name)


def sqlite_db_fixture(snapshots_fixture: str):
    """A ``sqlite_db`` for a module whose tests start from the snapshots in fixture ``snapshots_fixture``."""

    @pytest.fixture
    def sqlite_db(request, tmp_path):
        database = request.getfixturevalue(snapshots_fixture).open_sqlite(tmp_path)
        yield database
        store_db.close_database()

    return sqlite_db


def db_fixture(snapshots_fixture: str, when: str | None = None):
    """A ``db`` (both back ends, like tests/conftest.py's) whose tests start from the snapshots in
    ``snapshots_fixture``; each test's PostgreSQL database is closed to connections when it ends. With ``when``
    (a fixture's name), only the tests that use that fixture start from the snapshots; the module's others get
    the migrated template, as tests/conftest.py's ``db`` gives it."""

    @pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
    def db(request, tmp_path):
        filled = when is None or when in request.fixturenames
        snapshots = request.getfixturevalue(snapshots_fixture) if filled else None
        if request.param == "sqlite":
            if filled:
                database = snapshots.open_sqlite(tmp_path)
            else:
                database = open_copy(request.getfixturevalue("sqlite_template"), tmp_path)
            yield database
            store_db.close_database()
            return
        if filled:
            snapshots.open_postgres(request.getfixturevalue("pg_server"))
            release = snapshots.release_postgres
        else:
            reusable = request.getfixturevalue("_pg_reusable")
            store_db.open_database(reusable.acquire(f"etap_s{next(_counter)}"), migrate=False)  # as migrated
            release = reusable.release
        database = store_db.database.obj
        yield database
        store_db.close_database()
        release()

    return db


def built_once(fill, name: str):
    """The three fixtures of data built once per module by ``fill`` (issue 22): ``_<name>_snapshots`` (module
    scope), a ``db`` whose tests that use ``name`` start from the snapshots (the module's others from the migrated
    template) and ``name``: a deep copy of what ``fill`` returned. Assign them in the module:
    ``_story_snapshots, db, story = snapshot.built_once(_fill_story, "story")``."""
    snapshots_name = f"_{name}_snapshots"

    @pytest.fixture(scope="module", name=snapshots_name)
    def snapshots_fixture(sqlite_template, tmp_path_factory):
        snapshots = Snapshots(fill, sqlite_template, tmp_path_factory.mktemp(name))
        yield snapshots
        snapshots.drop()

    @pytest.fixture(name=name)
    def data(db, request):
        return copy.deepcopy(request.getfixturevalue(snapshots_name).result())

    return snapshots_fixture, db_fixture(snapshots_name, when=name), data
