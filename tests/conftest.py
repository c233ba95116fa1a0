"""Shared fixtures: offscreen Qt, isolated settings, and throwaway databases (SQLite file, real PostgreSQL).

``db`` runs a test on both back ends. The PostgreSQL server is started once per session in a temp dir
(tests/support/pg.py); each test gets a database in exactly the state of a migrated template: one database per
worker reset to the template's rows and renamed for each test (``pg.Reusable``; a test that changed its schema
gets a new copy). Without server binaries the PostgreSQL half skips, unless ETAP_REQUIRE_POSTGRES=1 (CI), where
it fails.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.fonts.warning=false")

import itertools
import sys
import threading

import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from desktop.store import db as store_db
from desktop.store import prepared

# every query compiled once per shape (desktop.store.prepared) is checked against a fresh compile of the same call
prepared.CHECK = True

# Property tests draw the same examples on every run (a red run is reproducible, never a coin toss); a test's own
# @settings(...) keeps this unless it says otherwise. No timed checks: no per-example deadline, and no "too slow"
# health check on drawing examples (both fail on a busy machine; a test's own suppress list adds too_slow too).
hypothesis_settings.register_profile(
    "etap", derandomize=True, database=None, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
hypothesis_settings.load_profile("etap")

# The test databases are thrown away, like the PostgreSQL cluster's (fsync off there): SQLite commits without
# fsync in this process. A power cut is not what these tests are about, and synchronous=FULL made the suite
# wait on the disk for most of its time (450 deals created one commit each = 450 fsyncs). The crash test's
# writer (tests/support/crash_writer.py) and every ``etap`` subprocess still run with the production pragmas.
store_db.SQLITE_PRAGMAS["synchronous"] = "off"

_counter = itertools.count()


def pytest_collection_modifyitems(items):
    """Modules with a test marked ``slow`` (tens of seconds: kill loops, subprocess starts, the benchmark
    command) run first, each module kept whole and in order (their module fixtures are built once): started
    last, one of them would keep a parallel run's (``-n auto``) other worker idle at the end. The order is the
    same in every worker, as pytest-xdist requires."""
    slow = {item.module.__name__ for item in items if item.get_closest_marker("slow") is not None}
    items.sort(key=lambda item: item.module.__name__ not in slow)  # stable: everything else keeps its order


@pytest.fixture(scope="session", autouse=True)
def _isolated_settings(tmp_path_factory):
    """QSettings go to a temp folder so tests never read or write the developer's real settings."""
    from PySide6.QtCore import QCoreApplication, QSettings

    folder = tmp_path_factory.mktemp("settings")
    QCoreApplication.setOrganizationName("EtapTests")
    QCoreApplication.setApplicationName("EtapTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield


@pytest.fixture(scope="session", autouse=True)
def _translations_compiled_aside(tmp_path_factory):
    """The catalogues compiled from the source tree go to a temp folder, not the developer's cache."""
    from desktop.ui import i18n

    i18n.compiled_dir = tmp_path_factory.mktemp("translations")
    yield
    i18n.compiled_dir = None


@pytest.fixture(scope="session", autouse=True)
def _wired_events():
    """The services' event subscribers, wired the way the app and the worker wire them."""
    from desktop.services import wiring

    wiring.wire()
    yield


_pg_servers = []  # the session's server once started, for _test_databases_dropped


@pytest.fixture(autouse=True)
def _test_databases_dropped():
    """Every PostgreSQL database a test made (``pg_server.create_database``) is dropped when the test ends,
    after every other fixture of the test let go of it (113 were left behind once, about 1.2 GB); a module's
    snapshot and the template are made with ``keep``."""
    yield
    for server in _pg_servers:
        server.drop_throwaway()


@pytest.fixture(autouse=True)
def _no_background_work_left(monkeypatch):
    """Fail a test that leaves a background worker thread or a repeating QTimer running (napari's
    ``_dangling_qtimers``): a job outliving its test once raced a torn-down database."""
    import shiboken6
    from PySide6.QtCore import QTimer

    started = []
    original = QTimer.start

    def start(self, *args):
        started.append(self)
        # connected as a slot (``textChanged.connect(timer.start)``) it receives the signal's arguments
        return original(self, args[0]) if args and isinstance(args[0], int) else original(self)

    monkeypatch.setattr(QTimer, "start", start)
    yield
    left = []
    if "desktop.ui.background" in sys.modules:
        from desktop.ui import background

        for worker in background.running_workers():
            left.append(f"worker thread {worker.objectName() or 'etap-worker'}")
            worker.close()
    if any(t.name == "etap-checkpoint" for t in threading.enumerate()):
        left.append("the background checkpoints of a database never closed (store.db.close_database)")
        store_db.stop_checkpoints()
    for timer in started:
        if shiboken6.isValid(timer) and timer.isActive() and not timer.isSingleShot():
            left.append(f"a timer every {timer.interval()} ms")
            timer.stop()
    if left:
        pytest.fail("left running after the test: " + ", ".join(left))


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory):
    from tests.support import pg

    if pg.pg_bin_dir() is None:
        if os.environ.get("ETAP_REQUIRE_POSTGRES"):
            pytest.fail("ETAP_REQUIRE_POSTGRES is set but no PostgreSQL server binaries were found")
        pytest.skip("PostgreSQL server binaries are not installed")
    server = pg.PostgresServer()
    try:
        server.start(tmp_path_factory.mktemp("pg"))
    except Exception as exc:  # a broken server is a failure in CI, a skip on a laptop without one
        if os.environ.get("ETAP_REQUIRE_POSTGRES"):
            raise
        pytest.skip(f"PostgreSQL could not start: {exc}")
    template = server.create_database("etap_template", keep=True)
    database = store_db.open_database(template)
    store_db.close_database()
    database.close()
    _pg_servers.append(server)
    yield server
    _pg_servers.remove(server)
    server.stop()


@pytest.fixture(scope="session")
def imap_server_session():
    """One real IMAP server (Dovecot, tests/support/imap.py) for the session. Without dovecot it skips, unless
    ETAP_REQUIRE_IMAP=1 (CI), where it fails."""
    from tests.support import imap

    if imap.dovecot_binary() is None:
        if os.environ.get("ETAP_REQUIRE_IMAP"):
            pytest.fail("ETAP_REQUIRE_IMAP is set but dovecot is not installed (Debian: dovecot-imapd)")
        pytest.skip("dovecot is not installed (Debian: dovecot-imapd)")
    server = imap.DovecotServer()
    try:
        server.start()
    except Exception as exc:
        if os.environ.get("ETAP_REQUIRE_IMAP"):
            raise
        pytest.skip(f"dovecot could not start: {exc}")
    yield server
    server.stop()


@pytest.fixture
def imap_server(imap_server_session):
    """The session's IMAP server with an empty INBOX and Sent folder."""
    imap_server_session.reset()
    return imap_server_session


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    """A migrated SQLite file, closed (its WAL checkpointed away), made once per session: each test's database is
    a byte copy of it, so no test pays for running every migration again (about 0.7 s each). Modules with heavy
    data build on it once per module (tests/support/snapshot.py)."""
    path = tmp_path_factory.mktemp("sqlite-template") / "etap.db"
    database = store_db.open_database(path)
    store_db.close_database()
    database.close()
    leftovers = [p.name for p in path.parent.iterdir() if p != path]
    assert not leftovers, f"the closed template left {leftovers} beside it"
    return path


def _open_sqlite(tmp_path, template):
    from tests.support import snapshot

    return snapshot.open_copy(template, tmp_path)


@pytest.fixture(scope="session")
def _pg_reusable(pg_server):
    """The worker's database that each PostgreSQL test gets, reset to the migrated template's state."""
    from tests.support import pg

    reusable = pg.Reusable(pg_server, "etap_template")
    yield reusable
    reusable.drop()


@pytest.fixture
def sqlite_db(tmp_path, sqlite_template):
    database = _open_sqlite(tmp_path, sqlite_template)
    yield database
    store_db.close_database()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request, tmp_path):
    """A fresh, migrated database: once SQLite, once PostgreSQL."""
    if request.param == "sqlite":
        database = _open_sqlite(tmp_path, request.getfixturevalue("sqlite_template"))
        yield database
        store_db.close_database()
        return
    reusable = request.getfixturevalue("_pg_reusable")
    database = store_db.open_database(reusable.acquire(f"etap_t{next(_counter)}"), migrate=False)  # as migrated
    yield database
    store_db.close_database()
    reusable.release()  # closed to connections: nothing of this test reaches the next


@pytest.fixture
def admin(db):
    from desktop.services.admin import users

    return users.local_admin()


@pytest.fixture
def admin_actor(sqlite_db):
    """An admin on a SQLite database (for ui tests, which need only one back end)."""
    from desktop.services.admin import users

    return users.local_admin()
