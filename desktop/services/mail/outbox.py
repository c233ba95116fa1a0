"""The outbox (SPEC F8): every e-mail is queued as a row before any server sees it, then sent by
``send_pending`` (usually on a worker thread with its own connection).

No message is lost or sent twice:
- queueing renders the message completely and fixes its Message-ID, in one transaction with the history;
- a sender *claims* a row (queued -> sending, one conditional UPDATE) before talking to the server, so two
  senders never both send it. The claim names its owner (host/pid/run) and carries a heartbeat: claims of a
  copy that is no longer running (same computer, process gone) are taken over at once, others when their
  heartbeat is older than ``STALE_AFTER``;
- just before the message's DATA goes to the server the sender passes a *gate*: one conditional UPDATE sets
  ``data_at`` while the claim is still its own (a sender whose claim was taken over stops there);
- a row is marked sent only after the server accepted the DATA; a dropped connection before the gate puts the
  row back to queued, a refusal marks it failed with the server's answer (retry puts it back to queued);
- the window SMTP itself leaves open (the sender died after the gate, before recording the server's answer) is
  never resent blindly: such a message becomes ``unknown`` and waits for a person (or a Sent-folder check) to
  say Resend or Mark as sent.
"""

from __future__ import annotations

import hashlib
import os
import smtplib
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

from peewee import JOIN

from desktop.domain import mail
from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.timeutil import utcnow
from desktop.services import history
from desktop.services.actor import Actor
from desktop.services.mail import email_templates, mail_settings
from desktop.services.mail.mail_attachments import ATTACHMENT_PROVIDERS, attachments_for
from desktop.services.mail.mail_settings import MailError, MailSettings
from desktop.services.mail.outbox_reading import MessageRow, counts, deal_messages
from desktop.store.db import atomic
from desktop.store.models import Deal, OfferDocument, OutboxAttachment, OutboxMessage

STALE_AFTER = timedelta(minutes=2)  # a heartbeat this old: the claiming copy is gone (another computer)
RUN_TOKEN = uuid.uuid4().hex[:12]  # this run of the program (a reused pid is not the same owner)
__all__ = [
    "ATTACHMENT_PROVIDERS",
    "MessageRow",
    "counts",
    "deal_messages",
    "mark_sent",
    "queue_for_deals",
    "resend",
    "send_pending",
]


@dataclass(frozen=True)
class Skipped:
    deal_id: int
    deal_number: str
    address: str


@dataclass(frozen=True)
class QueueResult:
    message_ids: list[int]
    skipped: list[Skipped]  # no valid address
    no_consent: list[Skipped] = field(default_factory=list)  # bulk sends: no marketing consent (RODO/GDPR)


@dataclass
class SendReport:
    sent: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    requeued: list[int] = field(default_factory=list)
    error: MailError | None = None  # the connection could not be made or was lost
    cancelled: bool = False


def queue_for_deals(
    actor: Actor,
    deal_ids: list[int],
    subject: str,
    body_text: str,
    body_html: str = "",
    settings: MailSettings | None = None,
    now: datetime | None = None,
    require_consent: bool = False,
    read_receipt: bool = False,
) -> QueueResult:
    """One personalised message per deal with a valid contact address; deals without one are skipped. A bulk
    send (``require_consent``) also skips contacts without marketing consent. ``read_receipt`` asks the
    recipient's program for a read receipt (Disposition-Notification-To)."""
    settings = settings or mail_settings.load()
    if not settings.configured:
        raise MailError(QT_TRANSLATE_NOOP("Errors", "The mail server is not set up (Tools → Mail settings)."))
    mail.check_template(subject, body_text, body_html)
    now = now or utcnow()
    domain = settings.sender_addr.rpartition("@")[2]
    queued: list[int] = []
    skipped: list[Skipped] = []
    no_consent: list[Skipped] = []
    people = email_templates.recipients(actor, deal_ids)
    if require_consent:
        no_consent = [Skipped(p.deal_id, p.deal_number, p.address) for p in people if p.valid and not p.consent]
        people = [p for p in people if not p.valid or p.consent]
    files = {r.deal_id: attachments_for(actor, r.deal_id) for r in people if r.valid}
    offers = _offers_attached(files)
    with atomic():
        for person in people:
            if not person.valid:
                skipped.append(Skipped(person.deal_id, person.deal_number, person.address))
                continue
            rendered = mail.render(subject, body_text, body_html, person.values)
            message_id = OutboxMessage.insert(
                deal=person.deal_id,
                user=actor.id,
                from_addr=settings.sender_addr,
                from_name=settings.sender_name,
                to_addr=person.address,
                to_name=person.name,
                subject=rendered.subject,
                body_text=rendered.body_text,
                body_html=rendered.body_html,
                message_id=make_msgid(domain=domain),
                queued_at=now,
                receipt_requested=bool(read_receipt),
                offer=offers.get(person.deal_id),
            ).execute()
            for item in files[person.deal_id]:
                OutboxAttachment.insert(
                    message=message_id, filename=item.filename, content_type=item.content_type, data=item.data
                ).execute()
            history.record(
                "email_queued",
                now,
                actor,
                deal_id=person.deal_id,
                message=message_id,
                to=person.address,
                subject=rendered.subject,
                text=rendered.body_text,
                attachments=[a.filename for a in files[person.deal_id]],
            )
            queued.append(message_id)
    return QueueResult(queued, skipped, no_consent)


def _offers_attached(files: dict[int, list]) -> dict[int, int]:
    """deal id -> the stored offer among its attachments (same SHA-256), so the offer's opening can be tracked."""
    digests = {deal: {hashlib.sha256(a.data).hexdigest() for a in items} for deal, items in files.items() if items}
    if not digests:
        return {}
    found: dict[int, int] = {}
    query = (
        OfferDocument.select(OfferDocument.deal, OfferDocument.id, OfferDocument.sha256)
        .where(OfferDocument.deal.in_(list(digests)))
        .order_by(OfferDocument.created_at, OfferDocument.id)
        .tuples()
    )
    for deal, offer, digest in query:
        if digest in digests[deal]:
            found[deal] = offer  # the newest matching one wins
    return found


def build_message(row: OutboxMessage, attachments: list[OutboxAttachment]) -> EmailMessage:
    """The message exactly as queued, built only with the ``email`` package (policy SMTP)."""
    for value in (row.subject, row.to_name, row.from_name):
        if mail.CONTROL_RE.search(value or ""):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A header must not contain line breaks."), "subject")
    msg = EmailMessage(policy=SMTP)
    # header_value again: rows queued before encoded words were defused must not carry one to the server
    msg["From"] = Address(display_name=mail.header_value(row.from_name), addr_spec=row.from_addr)
    msg["To"] = Address(display_name=mail.header_value(row.to_name), addr_spec=row.to_addr)
    msg["Subject"] = mail.header_value(row.subject)
    msg["Date"] = format_datetime(row.queued_at.replace(tzinfo=UTC))
    msg["Message-ID"] = row.message_id
    if row.receipt_requested:  # RFC 8098: the recipient's program may send a read receipt here
        msg["Disposition-Notification-To"] = str(Address(display_name=row.from_name, addr_spec=row.from_addr))
    msg.set_content(row.body_text or "")
    if row.body_html:
        msg.add_alternative(row.body_html, subtype="html")
    for item in attachments:
        maintype, _, subtype = item.content_type.partition("/")
        msg.add_attachment(
            bytes(item.data), maintype=maintype, subtype=subtype or "octet-stream", filename=item.filename
        )
    return msg


def owner_name() -> str:
    """Who holds a claim: this computer, this process and this run of it."""
    return f"{socket.gethostname()[:60]}/{os.getpid()}/{RUN_TOKEN}"


def _owner_gone(owner: str) -> bool:
    """True when ``owner`` is a copy on this computer that is no longer running (its claims are free at once)."""
    host, _, rest = owner.partition("/")
    pid_text, _, run = rest.partition("/")
    if host != socket.gethostname()[:60] or not pid_text.isdigit():
        return False  # another computer: only its heartbeat can tell
    if int(pid_text) == os.getpid():
        return run != RUN_TOKEN
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OSError, OverflowError):
        return False
    return False


def _abandoned(now: datetime) -> list[tuple[int, str, object]]:
    """(id, owner, data_at) of claims whose copy is gone: dead on this computer, or silent for too long."""
    rows = (
        OutboxMessage.select(
            OutboxMessage.id, OutboxMessage.claim_owner, OutboxMessage.data_at, OutboxMessage.heartbeat_at
        )
        .where(OutboxMessage.status == "sending")
        .tuples()
    )
    stale = now - STALE_AFTER
    return [
        (mid, owner, data_at)
        for mid, owner, data_at, beat in rows
        if _owner_gone(owner) or beat is None or beat < stale
    ]


def recover(now: datetime | None = None) -> tuple[list[int], list[int]]:
    """Free the claims of copies that are gone: back to the queue when their DATA never started, ``unknown``
    when it may have reached the server (never resent blindly). Returns (requeued, unknown) ids."""
    now = now or utcnow()
    requeued, unknown = [], []
    for mid, owner, data_at in _abandoned(now):
        with atomic():
            where = (
                (OutboxMessage.id == mid) & (OutboxMessage.status == "sending") & (OutboxMessage.claim_owner == owner)
            )
            if data_at is None:
                if OutboxMessage.update(status="queued", claim_token="", claim_owner="").where(where).execute():
                    requeued.append(mid)
            else:
                if OutboxMessage.update(status="unknown", last_error="").where(where).execute():
                    unknown.append(mid)
                    row = OutboxMessage.get_by_id(mid)
                    history.record(
                        "email_unknown",
                        now,
                        Actor(row.user_id, "") if row.user_id else None,
                        deal_id=row.deal_id,
                        message=mid,
                        to=row.to_addr,
                        subject=row.subject,
                    )
    return requeued, unknown


def due_ids(now: datetime, ids: list[int] | None = None) -> list[int]:
    """Messages waiting to be sent (queued); abandoned claims are recovered first."""
    recover(now)
    query = (
        OutboxMessage.select(OutboxMessage.id)
        .where(OutboxMessage.status == "queued")
        .order_by(OutboxMessage.queued_at, OutboxMessage.id)
    )
    if ids is not None:
        query = query.where(OutboxMessage.id.in_(ids))
    return [i for (i,) in query.tuples()]


def claim(message_id: int, token: str, now: datetime) -> bool:
    """Take a queued message for sending; only one sender can win (a conditional UPDATE)."""
    with atomic():
        return bool(
            OutboxMessage.update(
                status="sending",
                claim_token=token,
                claim_owner=owner_name(),
                claimed_at=now,
                heartbeat_at=now,
                data_at=None,
                attempts=OutboxMessage.attempts + 1,
            )
            .where((OutboxMessage.id == message_id) & (OutboxMessage.status == "queued"))
            .execute()
        )


def pass_gate(message_id: int, token: str, now: datetime) -> bool:
    """Record that DATA is about to go to the server, if the claim is still ours (committed before sending)."""
    with atomic():
        return bool(
            OutboxMessage.update(data_at=now, heartbeat_at=now)
            .where(
                (OutboxMessage.id == message_id)
                & (OutboxMessage.claim_token == token)
                & (OutboxMessage.status == "sending")
            )
            .execute()
        )


def resend(actor: Actor, message_ids: list[int], now: datetime | None = None) -> int:
    """An ``unknown`` message the user checked did NOT arrive: back to the queue (same Message-ID)."""
    return _settle_unknown(actor, message_ids, "queued", now)


def mark_sent(actor: Actor, message_ids: list[int], now: datetime | None = None) -> int:
    """An ``unknown`` message the user checked DID arrive: recorded as sent, never sent again."""
    return _settle_unknown(actor, message_ids, "sent", now)


def _visible(actor: Actor, ids: list[int]) -> set[int]:
    """Of ``ids``, the messages ``actor`` may act on (filtered in SQL): a manager's all; an agent's own deals'
    and their own messages."""
    query = (
        OutboxMessage.select(OutboxMessage.id)
        .join(Deal, JOIN.LEFT_OUTER, on=(OutboxMessage.deal == Deal.id))
        .where(OutboxMessage.id.in_(ids))
    )
    if not actor.is_manager:
        query = query.where((Deal.owner == actor.id) | (OutboxMessage.user == actor.id))
    return {i for (i,) in query.tuples()}


def _settle_unknown(actor: Actor, message_ids: list[int], status: str, now: datetime | None) -> int:
    now = now or utcnow()
    ids = [int(i) for i in message_ids]
    visible = _visible(actor, ids)
    settled = 0
    with atomic():
        for mid in ids:
            if mid not in visible:
                continue
            changes = {"status": status, "claim_token": "", "claim_owner": "", "data_at": None, "last_error": ""}
            if status == "sent":
                changes["sent_at"] = now
            if (
                OutboxMessage.update(**changes)
                .where((OutboxMessage.id == mid) & (OutboxMessage.status == "unknown"))
                .execute()
            ):
                settled += 1
                row = OutboxMessage.get_by_id(mid)
                history.record(
                    "email_marked_sent" if status == "sent" else "email_resent",
                    now,
                    actor,
                    deal_id=row.deal_id,
                    message=mid,
                    to=row.to_addr,
                    subject=row.subject,
                )
    return settled


def _finish(message_id: int, token: str, status: str, now: datetime, error: str = "") -> None:
    with atomic():
        changes = {"status": status, "last_error": error}
        if status == "sent":
            changes["sent_at"] = now
        done = (
            OutboxMessage.update(**changes)
            .where((OutboxMessage.id == message_id) & (OutboxMessage.claim_token == token))
            .execute()
        )
        if done and status in ("sent", "failed"):
            row = OutboxMessage.get_by_id(message_id)
            history.record(
                f"email_{status}",
                now,
                Actor(row.user_id, "") if row.user_id else None,
                deal_id=row.deal_id,
                message=message_id,
                to=row.to_addr,
                subject=row.subject,
                text=row.body_text,
                error=error,
            )


def _lost(report: SendReport, message_id: int, token: str, exc: Exception, now: datetime) -> None:
    """The connection went away while sending: the message goes back to the queue, untouched."""
    detail = mail_settings.answer(exc)
    _finish(message_id, token, "queued", now, detail)
    report.requeued.append(message_id)
    report.error = MailError(
        QT_TRANSLATE_NOOP("Errors", "The connection to the mail server was lost: {detail}"), detail=detail
    )


def send_pending(
    ids: list[int] | None = None,
    settings: MailSettings | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    clock: Callable[[], datetime] = utcnow,
) -> SendReport:
    """Send what is due (all, or the given ids) over one connection; safe to run from several places."""
    report = SendReport()
    todo = due_ids(clock(), ids)
    if not todo:
        return report
    settings = settings or mail_settings.load()
    try:
        smtp = mail_settings.connect(settings)
    except MailError as err:
        report.error = err
        return report
    token = uuid.uuid4().hex
    try:
        for done, message_id in enumerate(todo):
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            if progress is not None:
                progress(done, len(todo))
            if not claim(message_id, token, clock()):
                continue  # another sender has it
            row = OutboxMessage.get_by_id(message_id)
            try:
                msg = build_message(row, list(row.attachments))
            except (ValidationError, ValueError) as exc:
                _finish(message_id, token, "failed", clock(), str(exc))
                report.failed.append(message_id)
                continue
            if not pass_gate(message_id, token, clock()):
                continue  # taken over (this copy was thought gone): the other copy decides
            try:
                smtp.send_message(msg, from_addr=row.from_addr, to_addrs=[row.to_addr])
            except (smtplib.SMTPResponseException, smtplib.SMTPRecipientsRefused, ValidationError, ValueError) as exc:
                if getattr(exc, "smtp_code", None) != 421:  # 421: the server is closing the connection
                    detail = mail_settings.answer(exc) if isinstance(exc, smtplib.SMTPException) else str(exc)
                    _finish(message_id, token, "failed", clock(), detail)
                    report.failed.append(message_id)
                    continue
                _lost(report, message_id, token, exc, clock())
                return report
            except (smtplib.SMTPException, OSError) as exc:  # disconnected, timed out, network gone
                _lost(report, message_id, token, exc, clock())
                return report
            _finish(message_id, token, "sent", clock())
            report.sent.append(message_id)
        if progress is not None and not report.cancelled:
            progress(len(todo), len(todo))
    finally:
        mail_settings._quit(smtp)
    return report


def retry(actor: Actor, message_ids: list[int]) -> int:
    """Put failed messages back in the queue (their Message-ID stays); returns how many."""
    with atomic():
        return (
            OutboxMessage.update(status="queued", claim_token="", claim_owner="", data_at=None)
            .where(OutboxMessage.id.in_(message_ids) & (OutboxMessage.status == "failed"))
            .execute()
        )


def due_count(now: datetime | None = None) -> int:
    return len(due_ids(now or utcnow()))
