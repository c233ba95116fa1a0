"""Offers' opening tracked end to end against real servers (SMTP and Dovecot), on both back ends: a follow-up
carrying the offer asks for a read receipt; the receipt arriving over IMAP marks the offer opened, a reply marks
it answered; the user marks it accepted or rejected; the board learns which deals have an opened offer."""

from __future__ import annotations

import hashlib
from datetime import datetime

import pytest

from desktop.domain.errors import ConflictError, NotFound
from desktop.services.actor import Actor
from desktop.services.calculation import offer_tracking
from desktop.services.mail import mail_sync, outbox
from desktop.store.models import OfferDocument, OutboxMessage
from tests.support.imap_fixtures import message
from tests.support.mail_fixtures import make_deals

NOW = datetime(2026, 5, 4, 9, 30)
PDF = b"%PDF-1.4 oferta na okna"


def _offer(deal_id: int, name: str = "Oferta-1.pdf", pdf: bytes = PDF) -> int:
    return OfferDocument.insert(
        deal=deal_id, created_at=NOW, file_name=name, pdf=pdf, sha256=hashlib.sha256(pdf).hexdigest()
    ).execute()


def _receipt(original: str, disposition: str = "manual-action/MDN-sent-manually; displayed") -> bytes:
    return (
        "From: anna@klient.example\r\nTo: biuro@etap.example\r\nSubject: Przeczytano: Oferta\r\n"
        "Date: Tue, 05 May 2026 08:15:00 +0000\r\nMessage-ID: <mdn-" + str(abs(hash(original + disposition)))
        + "@klient.example>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain\r\n\r\nDisplayed.\r\n"
        "--b\r\nContent-Type: message/disposition-notification\r\n\r\n"
        f"Final-Recipient: rfc822;anna@klient.example\r\nOriginal-Message-ID: {original}\r\n"
        f"Disposition: {disposition}\r\n\r\n--b--\r\n"
    ).encode()  # fmt: skip


def test_an_offer_is_sent_with_a_receipt_request_then_opened_answered_and_accepted(
    db, admin, mail_setup, smtp_server, imap_setup, imap_server
):
    (deal_id,) = make_deals(admin, [("Anna", "anna@klient.example")])
    offer_id = _offer(deal_id)
    assert offer_tracking.deal_offers(admin, deal_id)[0].status == "created"

    queued = outbox.queue_for_deals(admin, [deal_id], "Oferta {{deal_number}}", "W załączeniu.", read_receipt=True)
    (mid,) = queued.message_ids
    assert OutboxMessage.get_by_id(mid).offer_id == offer_id
    assert outbox.send_pending().sent == [mid]
    (sent,) = smtp_server.handler.messages
    assert sent["Disposition-Notification-To"] == "Biuro Etap <biuro@etap.example>"
    assert offer_tracking.deal_offers(admin, deal_id)[0].status == "sent"
    assert offer_tracking.opened_deals([deal_id]) == set()

    message_id = OutboxMessage.get_by_id(mid).message_id
    imap_server.append("INBOX", _receipt(message_id, "manual-action/MDN-sent-manually; deleted"))
    mail_sync.sync(imap_setup)
    assert offer_tracking.deal_offers(admin, deal_id)[0].status == "sent"  # deleted unread is not opened

    imap_server.append("INBOX", _receipt(message_id))
    mail_sync.sync(imap_setup)
    status = offer_tracking.deal_offers(admin, deal_id)[0]
    assert (status.status, status.opened_at) == ("opened", datetime(2026, 5, 5, 8, 15))
    assert offer_tracking.opened_deals([deal_id, deal_id + 1000]) == {deal_id}

    imap_server.append("INBOX", message("Re: Oferta", sender="anna@klient.example", in_reply_to=message_id))
    mail_sync.sync(imap_setup)
    assert offer_tracking.deal_offers(admin, deal_id)[0].status == "answered"

    accepted = offer_tracking.set_outcome(admin, offer_id, "accepted", expected="", now=NOW)
    assert (accepted.status, accepted.outcome_at) == ("accepted", NOW)
    with pytest.raises(ConflictError):  # someone decided meanwhile
        offer_tracking.set_outcome(admin, offer_id, "rejected", expected="", now=NOW)
    assert offer_tracking.set_outcome(admin, offer_id, "rejected", expected="accepted").status == "rejected"


def test_an_agent_sees_only_their_own_deals_offers(db, admin):
    from desktop.services.admin import users

    agent = Actor(users.create_user(admin, "ola", "Ola", role="agent").id, "agent")
    (deal_id,) = make_deals(admin, [("Anna", "anna@klient.example")])
    offer_id = _offer(deal_id)
    with pytest.raises(NotFound):
        offer_tracking.deal_offers(agent, deal_id)
    with pytest.raises(NotFound):
        offer_tracking.set_outcome(agent, offer_id, "accepted", expected="")


def test_without_a_receipt_request_the_message_has_no_disposition_header(db, admin, mail_setup, smtp_server):
    (deal_id,) = make_deals(admin, [("Anna", "anna@klient.example")])
    outbox.queue_for_deals(admin, [deal_id], "Oferta", "Treść")
    outbox.send_pending()
    (sent,) = smtp_server.handler.messages
    assert sent["Disposition-Notification-To"] is None
