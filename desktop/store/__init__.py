"""The store layer: peewee models and queries over SQLite (a file) or PostgreSQL (a team server).

peewee imports psycopg2 (and with it ssl) when it is imported, whatever the database: about 5 % of the start of
a window on a SQLite file. So peewee is first imported here with psycopg2 hidden (it then records "no psycopg2
driver", as on a machine without one), and ``use_psycopg2()`` hands it the driver when a PostgreSQL URL is
opened (``desktop.store.db.connect``). When psycopg2 or peewee is already loaded, nothing is hidden.
"""

from __future__ import annotations

import sys


def _import_peewee_without_psycopg2() -> None:
    if "peewee" in sys.modules or "psycopg2" in sys.modules:
        return
    sys.modules["psycopg2"] = None  # peewee's ``import psycopg2`` fails: it sets psycopg2 = None
    try:
        import peewee  # noqa: F401
    finally:
        del sys.modules["psycopg2"]


def use_psycopg2() -> None:
    """Give peewee the psycopg2 driver its import was not shown (what peewee's own import sets, and the
    adapter's transaction states that its class body reads from the driver when there is one)."""
    import peewee

    if peewee.psycopg2 is not None:
        return
    import psycopg2
    from psycopg2 import extensions
    from psycopg2.extras import Json, register_uuid

    register_uuid()
    peewee.pg_extensions = extensions
    peewee.pg_register_uuid = register_uuid
    peewee.Json_pg2 = Json
    adapter = peewee.Psycopg2Adapter
    adapter.txn_idle = extensions.TRANSACTION_STATUS_IDLE
    adapter.txn_inerror = extensions.TRANSACTION_STATUS_INERROR
    adapter.txn_unknown = extensions.TRANSACTION_STATUS_UNKNOWN
    peewee.psycopg2 = psycopg2  # last: the mark that the rest is set
    bulk = sys.modules.get("desktop.store.bulk")
    if bulk is not None:  # imported before the driver: its raw-cursor error tuples gain psycopg2's
        bulk.driver_loaded()


_import_peewee_without_psycopg2()
