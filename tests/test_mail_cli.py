"""``etap mail sync``: received mail fetched and filed without a window, the password from standard input."""

from __future__ import annotations

import io

import pytest

from desktop.__main__ import main
from desktop.services.admin import users
from desktop.services.mail import imap_settings
from desktop.store import db as store_db
from tests.support.imap_fixtures import message
from tests.support.mail_fixtures import memory_keyring  # noqa: F401 - a fixture


def _database(sqlite_db, imap_server, port=None):
    imap_settings.save(
        users.local_admin(),
        imap_settings.ImapSettings(
            host="localhost",
            port=port or imap_server.ssl_port,
            username=imap_server.user,
            ca_file=imap_server.ca_file,
            timeout=20,
        ),
    )
    path = sqlite_db.database
    store_db.close_database()
    return path


def test_mail_sync_fetches_new_mail_with_the_password_from_stdin(sqlite_db, imap_server, monkeypatch, capsys):
    path = _database(sqlite_db, imap_server)
    imap_server.append("INBOX", message("Zapytanie z wiersza poleceń"))
    monkeypatch.setattr("sys.stdin", io.StringIO(imap_server.password + "\n"))
    try:
        assert main(["mail", "sync", "--db", path, "--password-stdin"]) == 0
    finally:
        imap_settings.forget_session_passwords()
    assert "new 1 (INBOX 1, Sent 0), filed 0" in capsys.readouterr().out


def test_mail_sync_reports_a_server_it_cannot_reach(sqlite_db, imap_server, monkeypatch, capsys):
    path = _database(sqlite_db, imap_server, port=imap_server.port)  # STARTTLS port, spoken to as SSL/TLS
    monkeypatch.setattr("sys.stdin", io.StringIO("x\n"))
    try:
        assert main(["mail", "sync", "--db", path, "--password-stdin"]) == 1
    finally:
        imap_settings.forget_session_passwords()
    assert "Cannot connect to the mail server" in capsys.readouterr().err


@pytest.mark.usefixtures("memory_keyring")
def test_mail_sync_without_a_password_says_so(sqlite_db, imap_server, capsys):
    path = _database(sqlite_db, imap_server)
    assert main(["mail", "sync", "--db", path]) == 1
    assert "no password is stored (keyring, or --password-stdin)" in capsys.readouterr().err


def test_mail_sync_skips_while_another_copy_syncs(sqlite_db, imap_server, monkeypatch, capsys):
    import json
    from datetime import timedelta

    from desktop.domain.timeutil import utcnow
    from desktop.services.mail import mail_sync_lock
    from desktop.store.models import Setting

    until = (utcnow() + timedelta(hours=1)).isoformat()
    Setting.create(key=mail_sync_lock.LEASE_KEY, value=json.dumps({"holder": "other-pc/1/x", "until": until}))
    path = _database(sqlite_db, imap_server)
    imap_server.append("INBOX", message("Czeka"))
    monkeypatch.setattr("sys.stdin", io.StringIO(imap_server.password + "\n"))
    try:
        assert main(["mail", "sync", "--db", path, "--password-stdin"]) == 0
    finally:
        imap_settings.forget_session_passwords()
    assert "another copy is syncing the mailbox now; skipped" in capsys.readouterr().out
