"""Received mail over IMAP against a real Dovecot (tests/support/imap.py), on both database back ends: incremental
sync by UIDVALIDITY/UID, each matching rule, unfiled mail filed by hand, big attachments, Polish charsets, a
UIDVALIDITY change, the Sent folder, read receipts and visibility."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime

import pytest

from desktop.domain.errors import ConflictError, NotFound
from desktop.services.actor import Actor
from desktop.services.mail import imap_settings, mail_sync, received_mail
from desktop.services.mail.mail_settings import MailError
from desktop.store.models import Deal, Event, OutboxMessage, ReceivedAttachment, ReceivedMessage
from tests.support.imap_fixtures import message
from tests.support.mail_fixtures import make_deals

NOW = datetime(2026, 5, 5, 12, 0)


def _sync(settings=None):
    report = mail_sync.sync(settings, now=lambda: NOW)
    assert report.error is None, report.error
    return report


def _outbox(deal_id: int, message_id: str, status: str = "sent") -> int:
    return OutboxMessage.insert(
        deal=deal_id,
        from_addr="biuro@etap.example",
        to_addr="anna@klient.example",
        subject="Oferta",
        message_id=message_id,
        status=status,
        queued_at=NOW,
    ).execute()


def _received(subject: str) -> ReceivedMessage:
    return ReceivedMessage.get(ReceivedMessage.subject == subject)


def test_sync_fetches_each_message_once_and_keeps_what_the_server_deletes(db, imap_setup, imap_server):
    imap_server.append("INBOX", message("Pierwsza"), message("Druga"))
    first = _sync()
    assert (first.fetched, first.stored) == (2, 2)

    again = _sync()
    assert (again.fetched, again.stored) == (0, 0)  # nothing fetched twice

    imap_server.append("INBOX", message("Trzecia"))
    client = imap_server.client()
    client.select_folder("INBOX")
    client.delete_messages(client.search(["SUBJECT", "Pierwsza"]))
    client.expunge()
    client.logout()
    third = _sync()
    assert (third.fetched, third.stored) == (1, 1)
    assert {m.subject for m in ReceivedMessage.select()} == {"Pierwsza", "Druga", "Trzecia"}


def test_sync_leaves_messages_unread_on_the_server(db, imap_setup, imap_server):
    imap_server.append("INBOX", message("Nieprzeczytana"))
    _sync()
    client = imap_server.client()
    client.select_folder("INBOX", readonly=True)
    assert client.search(["UNSEEN"])  # BODY.PEEK: the user's mail program still shows it as new
    client.logout()


def test_a_reply_to_a_message_etap_sent_goes_to_that_deal(db, admin, imap_setup, imap_server):
    deal_a, deal_b = make_deals(admin, [("Anna", "anna@klient.example"), ("Jan", "jan@klient.example")])
    _outbox(deal_b, "<oferta-1@etap.example>")
    imap_server.append(
        "INBOX",
        message("Re: Oferta", sender="anna@klient.example", in_reply_to="<oferta-1@etap.example>"),
        message("Re: Re: Oferta", sender="anna@klient.example", references="<x@y> <oferta-1@etap.example>"),
    )
    _sync()
    assert _received("Re: Oferta").deal_id == deal_b  # the thread wins over the sender's own deal
    assert _received("Re: Oferta").matched_by == "reply"
    assert _received("Re: Re: Oferta").deal_id == deal_b
    history = Event.select().where((Event.deal == deal_b) & (Event.kind == "email_received")).count()
    assert history == 2
    assert deal_a != deal_b


def test_a_deal_number_in_the_subject_files_the_message(db, admin, imap_setup, imap_server):
    (deal_id,) = make_deals(admin, [("Anna", "anna@klient.example")])
    number = Deal.get_by_id(deal_id).number
    imap_server.append("INBOX", message(f"Zamówienie [{number}] — potwierdzenie", sender="ktos@inny.example"))
    _sync()
    row = ReceivedMessage.get()
    assert (row.deal_id, row.matched_by) == (deal_id, "number")


def test_the_senders_address_files_to_their_only_open_deal_and_two_deals_stay_unfiled(
    db, admin, imap_setup, imap_server
):
    make_deals(admin, [("Anna", "anna@klient.example"), ("Jan", "jan@klient.example"), ("Jan", "jan@klient.example")])
    anna = (
        Deal.select()
        .join_from(Deal, Deal.contact.rel_model)
        .where(Deal.contact.rel_model.email == "anna@klient.example")
        .get()
    )
    imap_server.append(
        "INBOX",
        message("Od Anny", sender="Anna <ANNA@Klient.example>"),
        message("Od Jana", sender="jan@klient.example"),
        message("Od obcego", sender="obcy@nieznany.example"),
    )
    report = _sync()
    assert (report.stored, report.filed) == (3, 1)
    assert (_received("Od Anny").deal_id, _received("Od Anny").matched_by) == (anna.id, "contact")
    unfiled = received_mail.unfiled(admin)
    assert [r.subject for r in unfiled] == ["Od obcego", "Od Jana"]
    assert received_mail.unfiled_count(admin) == 2


def test_filing_unfiled_mail_with_remember_files_the_senders_next_mail(db, admin, imap_setup, imap_server):
    deal_id, _ = make_deals(admin, [("Jan", "jan@klient.example"), ("Jan", "jan@klient.example")])
    imap_server.append("INBOX", message("Pierwsza od Jana", sender="jan@klient.example"))
    _sync()
    (row,) = received_mail.unfiled(admin)
    filed = received_mail.file_to_deal(admin, row.id, deal_id, row.version, remember_sender=True, now=NOW)
    assert (filed.deal_id, filed.matched_by) == (deal_id, "manual")
    assert received_mail.unfiled(admin) == []
    with pytest.raises(ConflictError):  # someone else's stale list
        received_mail.file_to_deal(admin, row.id, deal_id, row.version, now=NOW)
    assert Event.select().where((Event.deal == deal_id) & (Event.kind == "email_filed")).count() == 1

    imap_server.append("INBOX", message("Druga od Jana", sender="Jan <jan@klient.example>"))
    _sync()
    assert (_received("Druga od Jana").deal_id, _received("Druga od Jana").matched_by) == (deal_id, "sender")


def test_a_5_mb_attachment_arrives_intact(db, admin, imap_setup, imap_server):
    data = os.urandom(5 * 1024 * 1024)
    imap_server.append("INBOX", message("Rysunki", attachments=[("rysunek techniczny.pdf", "application/pdf", data)]))
    _sync()
    stored = ReceivedAttachment.get()
    assert (stored.name, stored.size, stored.content_type) == ("rysunek techniczny.pdf", len(data), "application/pdf")
    assert hashlib.sha256(bytes(stored.data)).hexdigest() == hashlib.sha256(data).hexdigest() == stored.sha256
    assert received_mail.attachment_bytes(admin, stored.id) == ("rysunek techniczny.pdf", data)


@pytest.mark.parametrize("charset", ["iso-8859-2", "windows-1250"])
def test_polish_mail_in_legacy_charsets_is_read_correctly(db, imap_setup, imap_server, charset):
    text = "Zażółć gęślą jaźń - Łódź, Śląsk, Żywiec\n"
    raw = message("Zapytanie: żółte okna", sender="Paweł Żak <pawel@klient.example>", text=text, charset=charset)
    assert f'charset="{charset}"'.encode() in raw or f"charset={charset}".encode() in raw
    imap_server.append("INBOX", raw)
    _sync()
    row = ReceivedMessage.get()
    assert row.subject == "Zapytanie: żółte okna"
    assert row.from_name == "Paweł Żak"
    assert row.body_text == text


def test_windows_1250_bytes_in_headers_from_an_old_mail_program(db, imap_setup, imap_server):
    raw = (
        "From: Paweł Żak <pawel@klient.example>\r\nTo: biuro@etap.example\r\nSubject: Oferta na żaluzje\r\n"
        "Message-ID: <stary@klient.example>\r\nContent-Type: text/plain; charset=windows-1250\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\nProszę o wycenę żaluzji.\r\n"
    ).encode("cp1250")
    imap_server.append("INBOX", raw)
    _sync()
    row = ReceivedMessage.get()
    assert (row.subject, row.from_name, row.body_text) == (
        "Oferta na żaluzje",
        "Paweł Żak",
        "Proszę o wycenę żaluzji.\n",
    )


def test_a_uidvalidity_change_reads_the_folder_again_without_duplicates(db, imap_setup, imap_server):
    imap_server.append("INBOX", message("Pierwsza"), message("Druga"), message("Bez id", message_id=False))
    assert _sync().stored == 3
    changed = imap_server.change_uidvalidity("INBOX")
    imap_server.append("INBOX", message("Nowa"))
    report = _sync()
    assert report.fetched == 4  # the UIDs meant nothing any more: everything was read again…
    assert report.stored == 1  # …and only the new message was stored
    assert ReceivedMessage.select().count() == 4
    assert {m.uidvalidity for m in ReceivedMessage.select().where(ReceivedMessage.subject == "Nowa")} == {changed}
    assert _sync().fetched == 0


def test_the_sent_folder_links_copies_of_etap_mail_and_files_mail_sent_elsewhere(db, admin, imap_setup, imap_server):
    (deal_id,) = make_deals(admin, [("Anna", "anna@klient.example")])
    mine = _outbox(deal_id, "<oferta-2@etap.example>", status="unknown")
    imap_server.append(
        "Sent",
        message("Oferta", sender="biuro@etap.example", to="anna@klient.example", message_id="<oferta-2@etap.example>"),
        message("Z telefonu", sender="biuro@etap.example", to="Anna <anna@klient.example>"),
    )
    report = _sync()
    assert report.folders == {"INBOX": 0, "Sent": 2}
    copy = _received("Oferta")
    assert (copy.direction, copy.outbox_message_id, copy.deal_id) == ("out", mine, deal_id)
    elsewhere = _received("Z telefonu")
    assert (elsewhere.direction, elsewhere.deal_id, elsewhere.matched_by) == ("out", deal_id, "contact")
    # the outbox message whose outcome was unknown is in the Sent folder: it was sent, and is never resent
    assert report.settled == [mine]
    assert OutboxMessage.get_by_id(mine).status == "sent"
    items = received_mail.deal_mail(admin, deal_id)
    assert sorted((i.source, i.subject) for i in items) == [("outbox", "Oferta"), ("received", "Z telefonu")]


def test_a_read_receipt_is_linked_to_the_offer_it_reports_on(db, admin, imap_setup, imap_server):
    (deal_id,) = make_deals(admin, [("Anna", "anna@klient.example")])
    mine = _outbox(deal_id, "<oferta-3@etap.example>")
    receipt = (
        "From: anna@klient.example\r\nTo: biuro@etap.example\r\nSubject: Przeczytano: Oferta\r\n"
        "Message-ID: <mdn-1@klient.example>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nWiadomość została wyświetlona.\r\n"
        "--b\r\nContent-Type: message/disposition-notification\r\n\r\n"
        "Reporting-UA: klient.example; Thunderbird\r\nOriginal-Recipient: rfc822;anna@klient.example\r\n"
        "Final-Recipient: rfc822;anna@klient.example\r\nOriginal-Message-ID: <oferta-3@etap.example>\r\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\r\n\r\n--b--\r\n"
    ).encode()
    imap_server.append("INBOX", receipt)
    report = _sync()
    assert report.receipts == 1
    row = ReceivedMessage.get()
    assert (row.kind, row.outbox_message_id, row.deal_id) == ("receipt", mine, deal_id)
    assert received_mail.unfiled(admin) == []  # a receipt is never unfiled mail
    assert Event.select().where((Event.deal == deal_id) & (Event.kind == "email_receipt")).count() == 1


def test_an_agent_reads_only_their_own_deals_mail(db, admin, imap_setup, imap_server):
    from desktop.services.admin import users

    agent_row = users.create_user(admin, "ola", "Ola Agentka", role="agent")
    agent = Actor(agent_row.id, "agent", "Ola")
    (deal_id,) = make_deals(admin, [("Anna", "anna@klient.example")])
    imap_server.append(
        "INBOX", message("Od Anny", sender="anna@klient.example", attachments=[("a.txt", "text/plain", b"x")])
    )
    _sync()
    assert len(received_mail.deal_mail(admin, deal_id)) == 1
    with pytest.raises(NotFound):
        received_mail.deal_mail(agent, deal_id)
    with pytest.raises(NotFound):
        received_mail.attachment_bytes(agent, ReceivedAttachment.get().id)
    with pytest.raises(NotFound):
        received_mail.message(agent, ReceivedMessage.get().id)
    Deal.update(owner=agent.id).where(Deal.id == deal_id).execute()
    assert [i.subject for i in received_mail.deal_mail(agent, deal_id)] == ["Od Anny"]


def test_threads_put_replies_with_what_etap_sent(db, admin, imap_setup, imap_server):
    (deal_id,) = make_deals(admin, [("Anna", "anna@klient.example")])
    _outbox(deal_id, "<oferta-4@etap.example>")
    imap_server.append(
        "INBOX",
        message("Re: Oferta", sender="anna@klient.example", in_reply_to="<oferta-4@etap.example>"),
        message("Inna sprawa", sender="anna@klient.example"),
    )
    _sync()
    threads = received_mail.threads(admin, deal_id)
    assert sorted((t.subject, len(t.items)) for t in threads) == [("Inna sprawa", 1), ("Oferta", 2)]


def test_starttls_is_verified_and_an_untrusted_certificate_is_refused(db, imap_setup, imap_server):
    from dataclasses import replace

    imap_settings.check_connection(replace(imap_setup, security="starttls", port=imap_server.port))
    with pytest.raises(MailError) as caught:  # the server's self-signed certificate is not among the system's roots
        imap_settings.check_connection(replace(imap_setup, ca_file=""))
    assert "certificate" in caught.value.english()


def test_a_wrong_password_is_a_clear_error_and_nothing_is_stored(db, imap_setup, imap_server):
    imap_settings.set_password(imap_setup, "złe hasło")
    imap_server.append("INBOX", message("Nie dojdzie"))
    report = mail_sync.sync(imap_setup, now=lambda: NOW)
    assert report.error is not None and "refused the login" in report.error.english()
    assert ReceivedMessage.select().count() == 0


def test_without_a_keyring_the_password_can_be_kept_for_this_session(db, imap_setup, imap_server):
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    keyring.set_keyring(NoKeyring())
    with pytest.raises(imap_settings.KeyringUnavailable):
        imap_settings.set_password(imap_setup, imap_server.password)
    imap_settings.set_password(imap_setup, imap_server.password, session_only=True)
    imap_server.append("INBOX", message("Sesja"))
    assert _sync(imap_setup).stored == 1
    imap_settings.forget_session_passwords()
    with pytest.raises(imap_settings.KeyringUnavailable):
        imap_settings.get_password(imap_setup)


def test_a_message_that_cannot_be_read_is_kept_whole_and_does_not_stop_the_sync(
    db, imap_setup, imap_server, monkeypatch
):
    from desktop.domain import mail_parse

    real = mail_parse.parse

    def fussy(raw: bytes):
        if b"Zepsuta" in raw:
            raise ValueError("a defect the email package trips over")
        return real(raw)

    monkeypatch.setattr(mail_sync, "parse", fussy)
    imap_server.append("INBOX", message("Zepsuta"), message("Dobra"))
    report = _sync()
    assert report.stored == 2
    kept = ReceivedMessage.get(ReceivedMessage.subject == "")
    (eml,) = list(kept.attachments)
    assert eml.name == "message.eml" and b"Zepsuta" in bytes(eml.data)
    assert _received("Dobra").deal_id is None and _sync().fetched == 0


def test_synced_mail_reaches_the_contacts_sheet_and_the_agent_it_concerns(db, admin, imap_setup, imap_server):
    """What the sync stores names its addresses: the contact's sheet lists mail filed to the contact's deal and
    unfiled mail from the contact's address; an agent sees the unfiled mail sent to them or from their client."""
    from desktop.services.admin import users
    from desktop.services.clients import client_deals

    ola = users.actor_for(users.create_user(admin, "ola", "Ola", "agent", email="ola@etap.example").id)
    jan = users.actor_for(users.create_user(admin, "jan", "Jan", "agent", email="jan@etap.example").id)
    (deal_id, _, _) = make_deals(
        admin, [("Anna", "anna@klient.example"), ("Jan", "jan@klient.example"), ("Jan", "jan@klient.example")]
    )
    Deal.update(owner=ola.id).execute()
    anna = Deal.get_by_id(deal_id).contact_id
    imap_server.append(
        "INBOX",
        message("Od Anny", sender="Anna <anna@klient.example>", date=datetime(2026, 5, 5, 9, 0, tzinfo=UTC)),
        message("Dwie szanse", sender="jan@klient.example"),  # two open deals: unfiled, from Ola's client
        message("Do Jana", sender="obcy@nieznany.example", to="Biuro <biuro@etap.example>, jan@etap.example"),
    )
    _sync()
    assert [(m.direction, m.subject) for m in client_deals.emails_of(ola, contact_id=anna)] == [("in", "Od Anny")]
    assert {r.subject for r in received_mail.unfiled(ola)} == {"Dwie szanse"}
    assert {r.subject for r in received_mail.unfiled(jan)} == {"Do Jana"}
    assert {r.subject for r in received_mail.unfiled(admin)} == {"Dwie szanse", "Do Jana"}
