"""One mail sync at a time, however many copies of Etap (and ``etap mail sync`` workers) share the database
(issue 21), and where the last sync stands.

PostgreSQL (a team): a session-level advisory lock (``pg_try_advisory_lock``) held by the connection that runs
the pass. A copy that is killed, or loses its connection, loses the lock with it — the server ends the session —
so nothing waits for an expiry. SQLite (one computer, possibly several copies on one file): a lease row in
``setting`` naming its holder (computer/pid/run, as the outbox's claims do) with an expiry the pass renews; a
lease whose holder is a process on this computer that no longer runs is taken over at once, any other one when
it expired. A copy that does not get the lock skips its pass quietly.

The copy that ran a pass records when, on which computer and for whom, and how it went (``last_sync``), so every
copy can show it — including one that has no password for the mailbox and cannot sync itself.
"""

from __future__ import annotations

import hashlib
import json
import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.services.mail import outbox
from desktop.services.mail.mail_settings import MailError
from desktop.store import db as store_db
from desktop.store.db import atomic
from desktop.store.models import Setting

LEASE_KEY = "mail.imap.lease"
STATUS_KEY = "mail.imap.last_sync"
LEASE = timedelta(minutes=10)  # SQLite only: a holder on another computer that stops renewing is gone after this
ADVISORY_KEY = int.from_bytes(hashlib.blake2b(b"etap: mail sync", digest_size=8).digest(), "big", signed=True)


@dataclass(frozen=True)
class SyncStatus:
    at: datetime  # when the pass ended
    machine: str  # the computer that ran it
    user: str  # for whom (the signed-in user, or the worker's name)
    stored: int  # new messages
    error: MailError | None = None  # what went wrong (shown translated by every copy), None when it worked


class Lease:
    """What a pass holds while it runs; ``renew`` keeps a SQLite lease alive (PostgreSQL needs nothing)."""

    def __init__(self, holder: str, postgres: bool) -> None:
        self.holder = holder
        self.postgres = postgres

    def renew(self, now: datetime) -> None:
        if self.postgres:
            return
        with atomic():
            if _lease_holder() == self.holder:
                Setting.update(value=_lease_value(self.holder, now)).where(Setting.key == LEASE_KEY).execute()


def machine() -> str:
    return socket.gethostname()[:60]


@contextmanager
def sync_pass(now: datetime, holder: str | None = None) -> Iterator[Lease | None]:
    """The right to run a mail sync pass now: a ``Lease`` while it is held, None when another copy runs one."""
    holder = holder or f"{outbox.owner_name()}#{uuid.uuid4().hex[:8]}"  # this pass (two threads are two passes)
    if store_db.is_postgres():
        with _advisory(holder) as lease:
            yield lease
        return
    if not _take_lease(holder, now):
        yield None
        return
    try:
        yield Lease(holder, False)
    finally:
        with atomic():
            if _lease_holder() == holder:
                Setting.delete().where(Setting.key == LEASE_KEY).execute()


@contextmanager
def _advisory(holder: str) -> Iterator[Lease | None]:
    database = store_db.database
    (got,) = database.execute_sql("SELECT pg_try_advisory_lock(%s)", (ADVISORY_KEY,)).fetchone()
    if not got:
        yield None
        return
    try:
        yield Lease(holder, True)
    finally:
        try:
            database.execute_sql("SELECT pg_advisory_unlock(%s)", (ADVISORY_KEY,))
        except Exception:  # the connection broke: the server ended the session, and the lock with it
            database.close()


def _lease_value(holder: str, now: datetime) -> str:
    return json.dumps({"holder": holder, "until": (now + LEASE).isoformat()})


def _lease_holder() -> str | None:
    row = Setting.get_or_none(Setting.key == LEASE_KEY)
    return None if row is None else json.loads(row.value).get("holder")


def _take_lease(holder: str, now: datetime) -> bool:
    value = _lease_value(holder, now)
    with atomic():  # SQLite: BEGIN IMMEDIATE, so two copies never both see the lease free
        row = Setting.get_or_none(Setting.key == LEASE_KEY)
        if row is not None:
            current = json.loads(row.value)
            free = (
                current.get("holder") == holder
                or datetime.fromisoformat(current.get("until", "1970-01-01T00:00:00")) <= now
                or outbox._owner_gone(current.get("holder", "").partition("#")[0])
            )
            if not free:
                return False
            Setting.update(value=value).where(Setting.key == LEASE_KEY).execute()
        else:
            Setting.insert(key=LEASE_KEY, value=value).execute()
    return True


def record(status: SyncStatus) -> None:
    """What the pass that just ended did (written by the copy that ran it)."""
    data = {"at": status.at.isoformat(), "machine": status.machine, "user": status.user, "stored": status.stored}
    if status.error is not None:
        data["error"] = {
            "template": status.error.template,
            "params": {k: str(v) for k, v in status.error.params.items()},
        }
    value = json.dumps(data)
    with atomic():
        Setting.insert(key=STATUS_KEY, value=value).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: value}
        ).execute()


def last_sync() -> SyncStatus | None:
    """The last pass any copy ran, or None when mail was never synced."""
    row = Setting.get_or_none(Setting.key == STATUS_KEY)
    if row is None:
        return None
    data = json.loads(row.value)
    error = data.get("error")
    return SyncStatus(
        at=datetime.fromisoformat(data["at"]),
        machine=data.get("machine", ""),
        user=data.get("user", ""),
        stored=int(data.get("stored", 0)),
        error=MailError(error["template"], **error["params"]) if error else None,
    )
