"""IMAP test fixtures shared by tests/services and tests/ui: the session's Dovecot (``imap_server`` in
tests/conftest.py), the in-memory keyring, and saved IMAP settings pointing at it (verified TLS with the
server's own certificate as the CA file). ``imap_setup`` needs a ``mail_actor`` fixture where it is used."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest


@pytest.fixture
def imap_setup(mail_actor, memory_keyring, imap_server):
    from desktop.services.mail import imap_settings

    settings = imap_settings.save(
        mail_actor,
        imap_settings.ImapSettings(
            host="localhost",
            port=imap_server.ssl_port,
            security="ssl",
            username=imap_server.user,
            ca_file=imap_server.ca_file,
            timeout=20,
        ),
    )
    imap_settings.set_password(settings, imap_server.password)
    yield settings
    imap_settings.forget_session_passwords()


def message(
    subject="Pytanie o ofertę",
    sender="Jan Kowalski <jan@klient.example>",
    to="biuro@etap.example",
    text="Dzień dobry,\nproszę o ofertę.\n",
    message_id=None,
    in_reply_to=None,
    references=None,
    html=None,
    attachments=(),
    charset="utf-8",
    date=datetime(2026, 5, 5, 10, 0, tzinfo=UTC),
) -> bytes:
    """A realistic message as bytes (what a mail program would APPEND or deliver)."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    if message_id is not False:
        msg["Message-ID"] = message_id or f"<{abs(hash((subject, sender, text)))}@klient.example>"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = references
    msg.set_content(text, charset=charset)
    if html:
        msg.add_alternative(html, subtype="html")
    for name, ctype, data in attachments:
        maintype, _, subtype = ctype.partition("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes()
