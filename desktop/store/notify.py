"""Telling other copies of the app that data changed.

PostgreSQL: ``send`` queues ``pg_notify`` in the current transaction, so the message goes out when (and
only if) the transaction commits; a ``Listener`` holds its own connection that LISTENs and exposes its
socket so the window can watch it without polling. SQLite: ``data_version`` changes whenever another
connection (another copy of the app, the worker) commits to the same file.
"""

from __future__ import annotations

from peewee import SqliteDatabase

from desktop.store.db import database, is_postgres, later


class ListenerLost(Exception):
    """The listening connection is gone (server restarted, network down)."""


def send(channel: str, payload: str) -> None:
    if is_postgres():
        later(("SELECT pg_notify(%s, %s)", (channel, payload)))  # with the next statement or the COMMIT


def backend_pid() -> int | None:
    """This process's main connection's server process id (notifications it caused carry it)."""
    if not is_postgres():
        return None
    return database.connection().info.backend_pid


def revive() -> None:
    """After the server came back: replace this thread's main connection if the old one died with it."""
    if not is_postgres() or database.is_closed():
        return
    if database.connection().closed:
        database.close()
        database.connect()


def data_version() -> int | None:
    """SQLite's counter that moves when another connection commits; None on PostgreSQL."""
    if not isinstance(database.obj, SqliteDatabase):
        return None
    return database.execute_sql("PRAGMA data_version").fetchone()[0]


class Listener:
    """A separate autocommit connection that LISTENs on ``channel``; ``fileno`` for a socket watcher."""

    def __init__(self, channel: str) -> None:
        db = database.obj
        params = dict(db.connect_params)
        # notice a dead server or network within about half a minute even when nothing is being said
        params.setdefault("keepalives", 1)
        params.setdefault("keepalives_idle", 10)
        params.setdefault("keepalives_interval", 5)
        params.setdefault("keepalives_count", 3)
        params.setdefault("connect_timeout", 5)
        import psycopg2  # a listener exists on PostgreSQL only: its driver is loaded (desktop.store.use_psycopg2)
        import psycopg2.extensions

        try:
            self.conn = psycopg2.connect(dbname=db.database, **params)
            self.conn.set_isolation_level(psycopg2.extensions.ISOLATION_LEVEL_AUTOCOMMIT)
            with self.conn.cursor() as cursor:
                cursor.execute(f'LISTEN "{channel}"')
        except psycopg2.Error as exc:
            raise ListenerLost(str(exc)) from exc

    def fileno(self) -> int:
        return self.conn.fileno()

    def poll(self) -> list[tuple[int, str]]:
        """Notifications received so far as (sender's backend pid, payload)."""
        import psycopg2

        try:
            self.conn.poll()
        except psycopg2.Error as exc:
            raise ListenerLost(str(exc)) from exc
        if self.conn.closed:
            raise ListenerLost("connection closed")
        received = [(n.pid, n.payload) for n in self.conn.notifies]
        self.conn.notifies.clear()
        return received

    def check(self) -> None:
        """A round trip, to find out that the server went away while nothing was said."""
        import psycopg2

        try:
            with self.conn.cursor() as cursor:
                cursor.execute("SELECT 1")
        except psycopg2.Error as exc:
            raise ListenerLost(str(exc)) from exc

    def close(self) -> None:
        import psycopg2

        try:
            self.conn.close()
        except psycopg2.Error:
            pass
