"""Outbox against a real SMTP server (STARTTLS, verified certificate, login): personalised single and
bulk sends with attachments, nothing lost or duplicated when the server hangs up mid-batch, claims."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.mail import Attachment
from desktop.services import history
from desktop.services.admin import users
from desktop.services.deals import deals
from desktop.services.mail import mail_attachments, mail_settings, outbox
from desktop.services.mail.mail_settings import MailError
from desktop.store.models import OutboxMessage
from tests.support.mail_fixtures import make_deals

NOW = datetime(2026, 5, 4, 9, 30)
SUBJECT = "Oferta {{deal_number}} dla {{company_name}}"
BODY = "Dzień dobry {{contact_first_name}},\nprzesyłam ofertę „{{deal_title}}” na {{deal_value}}.\n{{owner_signature}}"
HTML = "<p>Dzień dobry {{contact_name}}</p>"


def test_single_send_arrives_personalised_with_html_and_attachment(admin, mail_setup, smtp_server, monkeypatch):
    (deal_id,) = make_deals(admin, [("Zofia", "zofia@klient.example")])
    pdf = Attachment("oferta.pdf", "application/pdf", b"%PDF-1.4 test")
    monkeypatch.setattr(mail_attachments, "ATTACHMENT_PROVIDERS", [lambda _actor, d: [pdf] if d == deal_id else []])
    result = outbox.queue_for_deals(admin, [deal_id], SUBJECT, BODY, HTML, now=NOW)
    report = outbox.send_pending(result.message_ids)
    assert report.sent == result.message_ids and report.error is None
    (msg,) = smtp_server.handler.messages
    number = deals.get_deal(deal_id).number
    assert msg["Subject"] == f"Oferta {number} dla Firma 0 & Syn"
    assert str(msg["To"]) == "Zofia Nowak <zofia@klient.example>"
    text = msg.get_body(("plain",)).get_content()
    assert "Dzień dobry Zofia," in text and "1\u00a0234,50 PLN" in text
    assert msg.get_body(("html",)).get_content().strip() == "<p>Dzień dobry Zofia Nowak</p>"
    (att,) = list(msg.iter_attachments())
    assert att.get_filename() == "oferta.pdf" and att.get_content() == b"%PDF-1.4 test"
    assert msg["Message-ID"] == OutboxMessage.get_by_id(result.message_ids[0]).message_id
    kinds = [e.kind for e in history.deal_history(users.local_admin(), deal_id)]
    assert kinds[-2:] == ["email_queued", "email_sent"]
    assert history.deal_history(admin, deal_id)[-1].payload["text"] == text.replace("\r\n", "\n").rstrip("\n")


def test_bulk_send_is_one_message_per_recipient_and_skips_bad_addresses(admin, mail_setup, smtp_server):
    ids = make_deals(admin, [("Ala", "ala@a.example"), ("Bez", "not an address"), ("Ewa", "ewa@b.example")])
    result = outbox.queue_for_deals(admin, ids, SUBJECT, BODY, now=NOW)
    assert [s.deal_id for s in result.skipped] == [ids[1]]
    outbox.send_pending()
    assert sorted(rcpt for _f, rcpt in smtp_server.handler.envelopes) == [["ala@a.example"], ["ewa@b.example"]]
    firsts = sorted(m.get_body(("plain",)).get_content().split(",")[0] for m in smtp_server.handler.messages)
    assert firsts == ["Dzień dobry Ala", "Dzień dobry Ewa"]


def test_server_hanging_up_mid_batch_loses_and_duplicates_nothing_after_resume(admin, mail_setup, smtp_server):
    ids = make_deals(admin, [(f"Osoba{i}", f"o{i}@k.example") for i in range(5)])
    queued = outbox.queue_for_deals(admin, ids, SUBJECT, BODY, now=NOW).message_ids
    smtp_server.handler.drop_at = 3
    first = outbox.send_pending()
    assert first.error is not None and len(first.sent) == 2 and len(first.requeued) == 1
    assert OutboxMessage.get_by_id(first.requeued[0]).status == "queued"
    second = outbox.send_pending()
    assert second.error is None and len(second.sent) == 3
    ids_seen = [m["Message-ID"] for m in smtp_server.handler.messages]
    assert len(ids_seen) == len(set(ids_seen)) == 5
    assert sorted(ids_seen) == sorted(OutboxMessage.get_by_id(i).message_id for i in queued)
    assert outbox.send_pending().sent == []  # nothing left, nothing sent twice


def test_a_claimed_message_is_not_taken_by_a_second_sender_until_stale(admin, mail_setup):
    (deal_id,) = make_deals(admin, [("Jan", "jan@k.example")])
    (mid,) = outbox.queue_for_deals(admin, [deal_id], SUBJECT, BODY, now=NOW).message_ids
    assert outbox.claim(mid, "first", NOW)
    assert not outbox.claim(mid, "second", NOW + timedelta(minutes=1))
    assert outbox.due_ids(NOW + timedelta(minutes=1)) == []
    assert outbox.due_ids(NOW + outbox.STALE_AFTER + timedelta(seconds=1)) == [mid]  # the first sender died
    assert outbox.claim(mid, "second", NOW + outbox.STALE_AFTER + timedelta(seconds=1))


def test_refused_recipient_fails_with_the_server_answer_and_can_be_retried(admin, mail_setup, smtp_server):
    (deal_id,) = make_deals(admin, [("Jan", "jan@k.example")])
    smtp_server.handler.refuse["jan@k.example"] = "550 5.1.1 No such mailbox"
    (mid,) = outbox.queue_for_deals(admin, [deal_id], SUBJECT, BODY, now=NOW).message_ids
    report = outbox.send_pending()
    assert report.failed == [mid], report
    row = outbox.deal_messages(admin, deal_id)[0]
    assert row.status == "failed" and "550" in row.last_error and "No such mailbox" in row.last_error
    assert history.deal_history(users.local_admin(), deal_id)[-1].kind == "email_failed"
    del smtp_server.handler.refuse["jan@k.example"]
    assert outbox.retry(admin, [mid]) == 1
    assert outbox.send_pending().sent == [mid]
    assert len(smtp_server.handler.messages) == 1


def test_certificate_from_another_ca_is_reported_and_nothing_is_sent(admin, mail_setup, smtp_server):
    from dataclasses import replace

    (deal_id,) = make_deals(admin, [("Jan", "jan@k.example")])
    outbox.queue_for_deals(admin, [deal_id], SUBJECT, BODY, now=NOW)
    report = outbox.send_pending(settings=replace(mail_setup, ca_file=str(smtp_server.other_ca_file)))
    assert isinstance(report.error, MailError) and "certificate" in report.error.english()
    assert outbox.counts(users.local_admin()) == {"queued": 1}
    assert smtp_server.handler.messages == []


def test_wrong_password_is_reported_as_a_refused_login(admin, mail_setup, memory_keyring):
    from desktop.services.mail import mail_settings

    mail_settings.set_password(mail_setup, "wrong")
    with pytest.raises(MailError, match="refused the login"):
        mail_settings.connect(mail_setup)


def test_password_lives_in_the_keyring_not_in_the_database(admin, mail_setup, memory_keyring, db):
    from tests.support.smtp import PASSWORD

    assert PASSWORD in memory_keyring.secrets.values()
    dumped = [r for r in db.execute_sql("SELECT value FROM setting").fetchall()]
    assert all(PASSWORD not in str(r) for r in dumped)


def test_test_message_reaches_the_server(admin, mail_setup, smtp_server):
    mail_settings.send_test_message(mail_setup, "admin@etap.example", "Test Etap", "Działa.")
    assert smtp_server.handler.envelopes == [("biuro@etap.example", ["admin@etap.example"])]


def test_header_injection_in_a_contact_name_or_subject_never_reaches_the_server(admin, mail_setup, smtp_server):
    (deal_id,) = make_deals(admin, [("Jan\r\nBcc: all@evil.example", "jan@k.example")])
    with pytest.raises(ValidationError):
        outbox.queue_for_deals(admin, [deal_id], "Oferta\r\nBcc: all@evil.example", BODY, now=NOW)
    (mid,) = outbox.queue_for_deals(admin, [deal_id], "Oferta {{contact_name}}", BODY, now=NOW).message_ids
    assert outbox.send_pending().sent == [mid]
    (msg,) = smtp_server.handler.messages
    assert msg["Bcc"] is None and smtp_server.handler.envelopes[0][1] == ["jan@k.example"]
    assert msg["Subject"] == "Oferta Jan Bcc: all@evil.example Nowak"


def test_a_row_with_a_line_break_in_a_header_is_refused_when_built():
    row = OutboxMessage(
        from_addr="a@b.pl",
        from_name="",
        to_addr="c@d.pl",
        to_name="X\nBcc: e@f.pl",
        subject="S",
        body_text="t",
        body_html="",
        message_id="<1@b.pl>",
        queued_at=NOW,
    )
    with pytest.raises(ValidationError):
        outbox.build_message(row, [])


def test_restart_resumes_queued_and_stale_sending_messages_once(admin, mail_setup, smtp_server):
    ids = make_deals(admin, [("Ala", "ala@k.example"), ("Ola", "ola@k.example")])
    first, second = outbox.queue_for_deals(admin, ids, SUBJECT, BODY, now=NOW).message_ids
    assert outbox.claim(first, "a-sender-that-died", NOW)  # the app was closed mid-send
    later = NOW + outbox.STALE_AFTER + timedelta(minutes=1)
    report = outbox.send_pending(clock=lambda: later)
    assert sorted(report.sent) == [first, second]
    assert OutboxMessage.get_by_id(first).attempts == 2
    assert len(smtp_server.handler.messages) == 2


def test_cancelling_stops_between_messages_and_keeps_the_rest_queued(admin, mail_setup, smtp_server):
    ids = make_deals(admin, [(f"Osoba{i}", f"o{i}@k.example") for i in range(3)])
    outbox.queue_for_deals(admin, ids, SUBJECT, BODY, now=NOW)
    seen = []
    report = outbox.send_pending(progress=lambda done, total: seen.append(done), cancelled=lambda: len(seen) >= 1)
    assert report.cancelled and len(report.sent) == 1
    assert outbox.counts(users.local_admin()) == {"sent": 1, "queued": 2}
    assert len(outbox.send_pending().sent) == 2 and len(smtp_server.handler.messages) == 3


def test_a_bulk_queue_skips_contacts_without_marketing_consent(mail_actor, mail_setup):
    ids = make_deals(mail_actor, [("Ala", "ala@a.example", True), ("Ola", "ola@b.example", False)])
    result = outbox.queue_for_deals(mail_actor, ids, "Oferta", "Dzień dobry", require_consent=True)
    assert len(result.message_ids) == 1 and [s.deal_id for s in result.no_consent] == [ids[1]]
    single = outbox.queue_for_deals(mail_actor, [ids[1]], "Oferta", "Dzień dobry")  # one-to-one follow-up
    assert len(single.message_ids) == 1
