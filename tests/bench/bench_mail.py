"""Received-mail figures (issue 21): matching a message to a deal on the benchmark database (1,000,000 deals at
full size) against the same four queries run raw through sqlite3, and syncing a 10,000-message mailbox from a
local Dovecot (tests/support/imap.py) against a raw imaplib fetch of the same mailbox. Matching works on a copy of
the benchmark database; the sync on a fresh one (its cost is the server, parsing and storing, not the deals)."""

from __future__ import annotations

import imaplib
import random
import shutil
import sqlite3
import ssl
import tempfile
import time
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

SAMPLE = 2000


def _messages(contacts: list[str], numbers: list[str], count: int) -> list[bytes]:
    """A realistic mix: a quarter name a deal number, half come from known contacts, the rest from strangers."""
    rng = random.Random(21)
    out = []
    for i in range(count):
        msg = EmailMessage()
        kind = i % 4
        sender = rng.choice(contacts) if kind in (1, 2) and contacts else f"nieznany{i}@obcy.example"
        msg["From"] = sender
        msg["To"] = "biuro@etap.example"
        msg["Subject"] = f"Re: oferta {rng.choice(numbers)}" if kind == 0 and numbers else f"Pytanie {i}"
        msg["Date"] = format_datetime(datetime(2026, 5, 5, 10, tzinfo=UTC))
        msg["Message-ID"] = f"<bench-{i}@obcy.example>"
        if kind == 3:
            msg["In-Reply-To"] = f"<nie-istnieje-{i}@etap.example>"
        msg.set_content("Dzień dobry,\nproszę o wycenę okien PCV 1465 x 1435.\n" * 20)
        out.append(msg.as_bytes())
    return out


def _matching(db_path: Path) -> dict:
    from desktop.domain.mail_parse import parse
    from desktop.services.mail import mail_matching
    from desktop.store import db as store_db
    from tests.bench.run import figure, scratch_copy, sized

    folder = Path(tempfile.mkdtemp(prefix="etap-bench-mail-"))
    copy = scratch_copy(db_path, folder / "mail.db")
    try:
        store_db.open_database(copy)  # migrates the copy (adds the received-mail tables and indexes)
        raw = sqlite3.connect(copy)
        contacts = [e for (e,) in raw.execute("SELECT email FROM contact WHERE email <> '' LIMIT 5000")]
        numbers = [n for (n,) in raw.execute("SELECT number FROM deal ORDER BY random() LIMIT 5000")]
        parsed = [parse(m) for m in _messages(contacts, numbers, sized(SAMPLE, 200))]
        started = time.perf_counter()
        found = [mail_matching.match(p, "in") for p in parsed]
        ours = (time.perf_counter() - started) * 1000 / len(parsed)

        # baseline: the same lookups as raw SQL (reply, number, remembered sender, contact's one open deal)
        started = time.perf_counter()
        for p in parsed:
            ids = p.thread_ids()
            if ids:
                marks = ",".join("?" * len(ids))
                raw.execute(f"SELECT deal_id FROM outbox_message WHERE message_id IN ({marks})", ids).fetchall()
                raw.execute(f"SELECT deal_id FROM received_message WHERE message_id IN ({marks})", ids).fetchall()
            words = [w for w in p.subject.split() if any(c.isdigit() for c in w)]
            if words:
                marks = ",".join("?" * len(words))
                raw.execute(f"SELECT id FROM deal WHERE number IN ({marks}) AND deleted_at IS NULL", words).fetchall()
            raw.execute("SELECT deal_id FROM mail_sender_rule WHERE address = ?", (p.from_addr,)).fetchall()
            # the same shape as the service's (only the contact in WHERE): written with the open/spam/deleted
            # conditions in SQL, SQLite scans deal_spam instead (611 ms a message at 1,000,000 deals)
            raw.execute(
                "SELECT d.id, s.kind, d.spam, d.deleted_at IS NULL FROM deal d JOIN stage s ON s.id = d.stage_id "
                "WHERE d.contact_id IN (SELECT id FROM contact WHERE lower(email) = ?) LIMIT 500",
                (p.from_addr,),
            ).fetchall()
        baseline = (time.perf_counter() - started) * 1000 / len(parsed)
        raw.close()
        filed = sum(1 for f in found if f.deal_id)
        return {
            "mail.match_ms_per_message": figure(ours, "ms", baseline),
            "mail.match_filed_share": figure(100 * filed / len(parsed), "%"),
        }
    finally:
        store_db.close_database()
        shutil.rmtree(folder, ignore_errors=True)


def _sync(count: int) -> dict:
    from desktop.services.admin import users
    from desktop.services.mail import imap_settings, mail_sync
    from desktop.store import db as store_db
    from tests.bench.run import figure
    from tests.support import imap

    if imap.dovecot_binary() is None:
        return {}
    server = imap.DovecotServer().start()
    folder = Path(tempfile.mkdtemp(prefix="etap-bench-sync-"))
    try:
        client = server.client()
        for raw in _messages([], [], count):
            client.append("INBOX", raw)
        client.logout()
        store_db.open_database(folder / "sync.db")
        settings = imap_settings.ImapSettings(
            host="localhost", port=server.ssl_port, username=server.user, ca_file=server.ca_file, timeout=60
        )
        imap_settings.save(users.local_admin(), settings)
        imap_settings.set_password(settings, server.password, session_only=True)
        started = time.perf_counter()
        report = mail_sync.sync(settings)
        ours = time.perf_counter() - started
        assert report.error is None and report.stored == count, report
        started = time.perf_counter()
        again = mail_sync.sync(settings)
        nothing_new = (time.perf_counter() - started) * 1000
        assert again.fetched == 0

        # baseline: the bare fetch of the same mailbox with the standard library, nothing parsed or stored
        context = ssl.create_default_context(cafile=server.ca_file)
        started = time.perf_counter()
        bare = imaplib.IMAP4_SSL("localhost", server.ssl_port, ssl_context=context)
        bare.authenticate("PLAIN", lambda _: f"\0{server.user}\0{server.password}".encode())
        bare.select("INBOX", readonly=True)
        for first in range(1, count + 1, 200):
            bare.uid("FETCH", f"{first}:{min(first + 199, count)}", "(BODY.PEEK[])")
        bare.logout()
        baseline = time.perf_counter() - started
        return {
            f"mail.sync_{count}_messages_s": figure(ours, "s", baseline),
            "mail.sync_nothing_new_ms": figure(nothing_new, "ms"),
        }
    finally:
        imap_settings.forget_session_passwords()
        store_db.close_database()
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


def run(db_path: Path, deals: int) -> dict:
    from tests.bench.run import sized

    results = _matching(db_path)
    results.update(_sync(sized(10_000 if deals >= 100_000 else 200, 20)))
    return results
