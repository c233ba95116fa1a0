"""One mail sync at a time across copies sharing a database (issue 21), against the real Dovecot and both back
ends: two passes at once store each message once and one of them is skipped; a killed copy does not block the
next pass; a copy without the mailbox's password says so and shows the last pass another copy ran."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from datetime import datetime, timedelta

import pytest

from desktop.services.mail import imap_settings, mail_sync, mail_sync_lock, outbox
from desktop.store import db as store_db
from desktop.store.models import ReceivedMessage, Setting
from tests.support.imap_fixtures import message

NOW = datetime(2026, 5, 5, 12, 0)
WAIT = 60  # seconds an Event wait may take before the test fails instead of hanging (never a sleep)


def _in_thread(job):
    """Run ``job`` on another thread with its own database connection (another copy of Etap)."""
    result: dict = {}

    def run():
        try:
            result["value"] = job()
        except BaseException as exc:  # handed back to the test
            result["error"] = exc
        finally:
            store_db.close_database()

    thread = threading.Thread(target=run, name="other-copy")
    thread.start()
    return thread, result


def test_two_copies_syncing_at_once_store_each_message_once_and_one_skips(db, imap_setup, imap_server):
    imap_server.append("INBOX", *(message(f"Wiadomość {i}") for i in range(5)))
    inside, release = threading.Event(), threading.Event()

    def hold(done, total):  # the first copy, mid-pass, waits here until the second one has tried
        inside.set()
        assert release.wait(WAIT)

    first, result = _in_thread(
        lambda: mail_sync.sync(now=lambda: NOW, progress=hold, by="Ola")
    )  # fmt: skip
    try:
        assert inside.wait(WAIT), result.get("error")
        second = mail_sync.sync(now=lambda: NOW, by="Jan")
    finally:
        release.set()
        first.join(WAIT)
    assert not first.is_alive() and "error" not in result, result.get("error")
    report = result["value"]
    assert (report.state, report.stored, report.error) == ("synced", 5, None)
    assert (second.state, second.stored, second.fetched) == ("busy", 0, 0)
    assert ReceivedMessage.select().count() == 5
    last = mail_sync_lock.last_sync()
    assert (last.user, last.machine, last.stored, last.error) == ("Ola", mail_sync_lock.machine(), 5, None)
    assert mail_sync.sync(now=lambda: NOW, by="Jan").state == "synced"  # the lock went with the first pass


def _hold_lock_in_another_process(db) -> subprocess.Popen:
    """A copy of Etap that takes the sync lock and then hangs (until killed)."""
    if store_db.is_postgres():
        params = {"dbname": db.database, **{k: v for k, v in db.connect_params.items() if k != "database"}}
        code = (
            "import json, sys, psycopg2\n"
            "c = psycopg2.connect(**json.loads(sys.argv[1])); c.autocommit = True; cur = c.cursor()\n"
            "cur.execute('SELECT pg_try_advisory_lock(%s), pg_backend_pid()', (int(sys.argv[2]),))\n"
            "print(*cur.fetchone(), flush=True); sys.stdin.read()\n"
        )
        args = [json.dumps(params), str(mail_sync_lock.ADVISORY_KEY)]
    else:
        code = (
            "import sys\n"
            "from desktop.store import db\n"
            "from desktop.services.mail import mail_sync_lock\n"
            "from datetime import datetime\n"
            "db.open_database(sys.argv[1], migrate=False)\n"
            "held = mail_sync_lock.sync_pass(datetime.fromisoformat(sys.argv[2]))\n"
            "lease = held.__enter__()\n"
            "print(lease is not None, 0, flush=True); sys.stdin.read()\n"
        )
        args = [db.database, NOW.isoformat()]
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    return process


def test_a_copy_killed_while_syncing_does_not_block_the_next_pass(db, imap_setup, imap_server):
    imap_server.append("INBOX", message("Po awarii"))
    holder = _hold_lock_in_another_process(db)
    try:
        locked, backend = holder.stdout.readline().split()
        assert locked == "True"
        assert mail_sync.sync(now=lambda: NOW).state == "busy"
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(WAIT)
        holder.stdin.close()
        holder.stdout.close()
    if store_db.is_postgres():  # the server ends the dead copy's session (waiting until it has ended)
        db.execute_sql("SELECT pg_terminate_backend(%s, %s)", (int(backend), WAIT * 1000))
    report = mail_sync.sync(now=lambda: NOW)
    assert (report.state, report.stored) == ("synced", 1)


def test_a_sqlite_lease_of_another_computer_waits_until_it_expires(db, imap_setup, imap_server):
    if store_db.is_postgres():
        pytest.skip("PostgreSQL's lock ends with the holder's session; there is no lease to expire")
    lease = {"holder": "other-pc/123/abc", "until": (NOW + timedelta(minutes=3)).isoformat()}
    Setting.create(key=mail_sync_lock.LEASE_KEY, value=json.dumps(lease))
    assert mail_sync.sync(now=lambda: NOW).state == "busy"
    assert mail_sync.sync(now=lambda: NOW + timedelta(minutes=3)).state == "synced"
    assert not Setting.select().where(Setting.key == mail_sync_lock.LEASE_KEY).exists()  # released after the pass
    dead = {
        "holder": f"{mail_sync_lock.machine()}/{2**22 + 12345}/abc",
        "until": (NOW + timedelta(hours=1)).isoformat(),
    }
    Setting.create(key=mail_sync_lock.LEASE_KEY, value=json.dumps(dead))
    assert outbox._owner_gone(dead["holder"])
    assert mail_sync.sync(now=lambda: NOW).state == "synced"  # a dead process on this computer: taken over at once


def test_a_copy_without_the_password_says_so_and_shows_who_synced_last(db, imap_setup, imap_server, memory_keyring):
    imap_server.append("INBOX", message("Dla zespołu"))
    assert mail_sync.sync(now=lambda: NOW, by="Ewa").stored == 1
    memory_keyring.secrets.clear()  # another computer: the account is in the database, the password is not

    report = mail_sync.sync(now=lambda: NOW + timedelta(minutes=5), by="Jan")

    assert (report.state, report.error, report.fetched) == ("no_password", None, 0)
    assert (report.last.user, report.last.at, report.last.stored) == ("Ewa", NOW, 1)
    assert imap_settings.load().configured


def test_a_failed_pass_is_recorded_for_every_copy_to_see(db, imap_setup, imap_server, memory_keyring):
    imap_settings.set_password(imap_setup, "złe hasło")
    report = mail_sync.sync(now=lambda: NOW, by="Ewa")
    assert report.state == "synced" and report.error is not None
    last = mail_sync_lock.last_sync()
    assert last.error is not None and last.error.template == report.error.template
    assert last.error.english() == report.error.english()


def test_without_idle_on_the_server_the_watcher_ends_and_leaves_it_to_polling(db, imap_setup, imap_server, monkeypatch):
    from imapclient import IMAPClient

    real = IMAPClient.has_capability
    monkeypatch.setattr(IMAPClient, "has_capability", lambda self, name: name != "IDLE" and real(self, name))
    assert mail_sync.watch(imap_setup) == "unsupported"


def test_the_watcher_stops_when_asked_and_reports_it_listened(db, imap_setup, imap_server):
    heard = []

    def progress(done, total):
        heard.append((done, total))

    assert mail_sync.watch(imap_setup, cancelled=lambda: bool(heard), progress=progress) == "cancelled"
    assert heard == [(0, 1)]  # listening, then asked to stop: no news
