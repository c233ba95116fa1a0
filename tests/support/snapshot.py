"""Heavy test data built once per module, each test on its own copy (issue 22: the funnel UI tests spent 97 % of
their time creating the same 450 deals for every test).

``build(template, folder, fill)`` copies the migrated SQLite template (``sqlite_template`` in tests/conftest.py)
into ``folder``, opens it, runs ``fill()`` (through the services, like a test would), closes it and returns the
file and what ``fill`` returned. ``open_copy(snapshot, folder)`` opens a byte copy of that closed file for one test:
a test writes freely and the next test of the module starts again from the snapshot, never from another test's
writes. A closed SQLite file in WAL mode has its WAL checkpointed into it and removed, so one file is the whole
database.

A module uses it by overriding ``sqlite_db`` (which ``admin_actor`` and the UI fixtures build on)::

    @pytest.fixture(scope="module")
    def _filled(sqlite_template, tmp_path_factory):
        return snapshot.build(sqlite_template, tmp_path_factory.mktemp("filled"), fill)

    @pytest.fixture
    def sqlite_db(tmp_path, _filled):
        database = snapshot.open_copy(_filled[0], tmp_path)
        yield database
        store_db.close_database()

``fill`` should return ids (plain values), not model instances: each test reads its own rows back.
"""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

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
    return store_db.open_database(target)
