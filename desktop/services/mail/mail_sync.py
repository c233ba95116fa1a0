"""Fetching received mail over IMAP (issue 21): INBOX and the Sent folder, incrementally, each message once.

Per account and folder ``mail_folder_state`` keeps the folder's UIDVALIDITY and the highest UID stored. A sync
asks the server only for UIDs above it, fetches them in batches (``BODY.PEEK[]``: the server's \\Seen flags are
left alone) and stores each batch with the new highest UID in one transaction — a sync that dies mid-way
fetches at most that batch again, and the unique ``message_key`` keeps it once. When the server's UIDVALIDITY
changed (its index was rebuilt), the folder is read from the start and the Message-IDs already stored are
skipped. Nothing is ever deleted here because it was deleted on the server.

Each new message is matched to a deal (``mail_matching``); a read receipt marks the offer it reports on; a copy
of an Etap message in the Sent folder settles an outbox message whose outcome was unknown.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime

from peewee import IntegrityError

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.mail_parse import ParsedAttachment, ParsedMail, parse
from desktop.domain.timeutil import utcnow
from desktop.services import history
from desktop.services.deals.notes_files import MAX_FILE_BYTES
from desktop.services.mail import imap_settings, mail_matching, mail_settings, mail_sync_lock
from desktop.services.mail.imap_settings import ImapSettings
from desktop.services.mail.mail_settings import MailError
from desktop.store.db import atomic
from desktop.store.models import (
    MailFolderState,
    OutboxMessage,
    ReceivedAddress,
    ReceivedAttachment,
    ReceivedMessage,
)

BATCH_MESSAGES = 200
BATCH_BYTES = 16 * 1024 * 1024
SENT_NAMES = ("Sent", "Sent Items", "Sent Messages", "INBOX.Sent", "INBOX/Sent", "Wysłane", "Elementy wysłane")


@dataclass
class SyncReport:
    fetched: int = 0  # messages read from the server
    stored: int = 0  # new in Etap
    filed: int = 0  # of those, matched to a deal
    receipts: int = 0
    settled: list[int] = field(default_factory=list)  # outbox messages found in Sent (unknown -> sent)
    folders: dict[str, int] = field(default_factory=dict)  # folder -> new messages
    deals: set[int] = field(default_factory=set)  # deals that got mail (their views refresh)
    error: MailError | None = None
    cancelled: bool = False
    # synced: this copy ran the pass (``error`` says if it failed); busy: another copy was running one, this one
    # skipped quietly; no_password: this computer has no password for the mailbox, so it cannot sync
    state: str = "synced"
    last: mail_sync_lock.SyncStatus | None = None  # this pass as recorded, or the last pass of any copy


def sync(
    settings: ImapSettings | None = None,
    now: Callable[[], datetime] = utcnow,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
    by: str = "",
) -> SyncReport:
    """One pass over INBOX and the Sent folder, unless another copy is running one (``state`` "busy") or this
    computer has no password for the mailbox ("no_password"); errors come back in ``report.error`` (never
    raised). ``by`` names whom the pass runs for in the shared status (``mail_sync_lock.last_sync``)."""
    settings = settings or imap_settings.load()
    report = SyncReport()
    try:
        password = imap_settings.get_password(settings) if settings.configured else ""
    except MailError as err:  # no keyring on this computer
        report.error = err
        password = ""
    if settings.configured and not password:
        report.state = "no_password"
        report.last = mail_sync_lock.last_sync()
        return report
    with mail_sync_lock.sync_pass(now()) as lease:
        if lease is None:
            report.state = "busy"
            report.last = mail_sync_lock.last_sync()
            return report

        def step(done: int, total: int) -> None:
            lease.renew(now())
            if progress is not None:
                progress(done, total)

        _run_pass(settings, report, now, cancelled, step)
        if not report.cancelled:
            report.last = mail_sync_lock.SyncStatus(now(), mail_sync_lock.machine(), by, report.stored, report.error)
            mail_sync_lock.record(report.last)
    return report


def _run_pass(settings: ImapSettings, report: SyncReport, now, cancelled, progress) -> None:
    from imapclient.exceptions import IMAPClientError  # the IMAP library loads on first use

    try:
        client = imap_settings.connect(settings)
    except MailError as err:
        report.error = err
        return
    own = frozenset(a for a in (mail_settings.load().sender_addr.lower(), settings.username.lower()) if "@" in a)
    try:
        folders = [("INBOX", "in")]
        sent = sent_folder(client, settings)
        if sent:
            folders.append((sent, "out"))
        for folder, direction in folders:
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            sync_folder(client, settings.account(), folder, direction, report, own, now, cancelled, progress)
        if sent and not report.cancelled:
            report.settled = settle_unknown(client, sent, now())
            if report.settled:
                query = OutboxMessage.select(OutboxMessage.deal).where(OutboxMessage.id.in_(report.settled))
                report.deals |= {d for (d,) in query.tuples() if d is not None}
    except (IMAPClientError, OSError) as exc:
        report.error = MailError(
            QT_TRANSLATE_NOOP("Errors", "The connection to the mail server was lost: {detail}"),
            detail=str(exc) or type(exc).__name__,
        )
    finally:
        imap_settings._close(client)


IDLE_RENEW = 25 * 60  # seconds: RFC 2177 asks a client to end and re-issue IDLE within 29 minutes
IDLE_TICK = 1.0  # seconds an IDLE wait lasts before it looks whether it should stop
IDLE_CONNECT_TIMEOUT = 10.0  # seconds


def watch(
    settings: ImapSettings | None = None,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> str:
    """Wait for new mail in INBOX with IMAP IDLE (RFC 2177) until ``cancelled()``: ``progress(0, 1)`` says the
    server is being listened to, ``progress(1, 1)`` that new mail arrived (the caller runs a ``sync`` pass; this
    connection fetches nothing). Returns why it ended: "cancelled"; "unsupported" (the server has no IDLE: the
    caller polls); "lost" (no connection, or it dropped: the caller polls and may try again later)."""
    from imapclient.exceptions import IMAPClientError

    cancelled = cancelled or (lambda: False)
    progress = progress or (lambda done, total: None)
    settings = settings or imap_settings.load()
    try:  # a short timeout: closing the window waits for this thread, and an unreachable server must not hold it
        client = imap_settings.connect(replace(settings, timeout=min(settings.timeout, IDLE_CONNECT_TIMEOUT)))
    except MailError:
        return "lost"
    try:
        if not client.has_capability("IDLE"):
            return "unsupported"
        client.select_folder("INBOX", readonly=True)
        while not cancelled():
            client.idle()
            progress(0, 1)
            news = lost = False
            started, quiet = clock(), 0
            while not (news or cancelled()) and clock() - started < IDLE_RENEW:
                asked = clock()
                responses = client.idle_check(timeout=IDLE_TICK)
                news = any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses)
                # a socket readable at once with nothing to read is one the server closed
                quiet = quiet + 1 if not responses and clock() - asked < IDLE_TICK / 2 else 0
                if quiet >= 3:
                    lost = True
                    break
            if lost:
                return "lost"
            client.idle_done()
            if news:
                progress(1, 1)
        return "cancelled"
    except (IMAPClientError, OSError):
        return "lost"
    finally:
        imap_settings._close(client)


def sent_folder(client, settings: ImapSettings) -> str | None:
    """The configured Sent folder, else the one the server marks \\Sent, else one with a usual name."""
    if settings.sent_folder:
        return settings.sent_folder
    from imapclient.imapclient import SENT

    found = client.find_special_folder(SENT)
    if found:
        return found
    names = {name for _flags, _sep, name in client.list_folders()}
    return next((n for n in SENT_NAMES if n in names), None)


def _state(account: str, folder: str, uidvalidity: int) -> int:
    """The highest UID already stored for this folder (0 after a UIDVALIDITY change: read it all again)."""
    with atomic():
        row = MailFolderState.get_or_none((MailFolderState.account == account) & (MailFolderState.folder == folder))
        if row is None:
            try:
                with atomic():
                    MailFolderState.insert(account=account, folder=folder, uidvalidity=uidvalidity).execute()
            except IntegrityError:  # another copy created it just now
                pass
            return 0
        if row.uidvalidity != uidvalidity:
            MailFolderState.update(uidvalidity=uidvalidity, last_uid=0).where(MailFolderState.id == row.id).execute()
            return 0
        return row.last_uid


def _batches(uids: list[int], sizes: dict[int, int]) -> list[list[int]]:
    batches: list[list[int]] = []
    current: list[int] = []
    total = 0
    for uid in uids:
        size = sizes.get(uid, 0)
        if current and (len(current) >= BATCH_MESSAGES or total + size > BATCH_BYTES):
            batches.append(current)
            current, total = [], 0
        current.append(uid)
        total += size
    if current:
        batches.append(current)
    return batches


def sync_folder(
    client,
    account: str,
    folder: str,
    direction: str,
    report: SyncReport,
    own: frozenset[str] = frozenset(),
    now: Callable[[], datetime] = utcnow,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    info = client.select_folder(folder, readonly=True)
    uidvalidity = int(info[b"UIDVALIDITY"])
    last = _state(account, folder, uidvalidity)
    uids = sorted(u for u in client.search(["UID", f"{last + 1}:*"]) if u > last)  # n:* always names the newest
    report.folders[folder] = 0
    if not uids:
        _mark_synced(account, folder, uidvalidity, last, now())
        return
    sizes = {uid: int(data.get(b"RFC822.SIZE", 0)) for uid, data in client.fetch(uids, ["RFC822.SIZE"]).items()}
    done = 0
    for batch in _batches(uids, sizes):
        if cancelled is not None and cancelled():
            report.cancelled = True
            return
        fetched = client.fetch(batch, ["BODY.PEEK[]"])
        raw = {uid: data[b"BODY[]"] for uid, data in fetched.items() if b"BODY[]" in data}
        report.fetched += len(raw)
        for attempt in range(2):
            try:
                new = _store_batch(account, folder, direction, uidvalidity, batch, raw, own, now())
                break
            except IntegrityError:  # another copy stored some of them at the same moment: skip those now
                if attempt:
                    raise
        report.stored += new.stored
        report.filed += new.filed
        report.receipts += new.receipts
        report.folders[folder] += new.stored
        report.deals |= new.deals
        done += len(batch)
        if progress is not None:
            progress(done, len(uids))


@dataclass
class _BatchResult:
    stored: int = 0
    filed: int = 0
    receipts: int = 0
    deals: set[int] = field(default_factory=set)


def _parse(raw: bytes) -> ParsedMail:
    """The message read; one the email package cannot read is kept whole as an .eml attachment of an unfiled
    message, so it never blocks the folder (its UID could otherwise never be passed)."""
    try:
        return parse(raw)
    except Exception:  # any defect in a stranger's message: keep it, never stop the sync on it
        return ParsedMail(
            key="sha256:" + hashlib.sha256(raw).hexdigest(),
            message_id="",
            in_reply_to="",
            references=(),
            from_addr="",
            from_name="",
            to_addrs=(),
            cc_addrs=(),
            subject="",
            date=None,
            body_text="",
            body_html="",
            attachments=(ParsedAttachment("message.eml", "message/rfc822", raw),),
        )


def _store_batch(
    account: str,
    folder: str,
    direction: str,
    uidvalidity: int,
    batch: list[int],
    raw: dict[int, bytes],
    own: frozenset[str],
    at: datetime,
) -> _BatchResult:
    result = _BatchResult()
    parsed = {uid: _parse(bytes(data)) for uid, data in raw.items()}
    with atomic():
        keys = [p.key for p in parsed.values()]
        known = {k for (k,) in ReceivedMessage.select(ReceivedMessage.message_key).where(
            ReceivedMessage.message_key.in_(keys)).tuples()} if keys else set()  # fmt: skip
        for uid in sorted(parsed):
            mail = parsed[uid]
            if mail.key in known:
                continue
            known.add(mail.key)
            stored = _store(mail, folder, direction, uidvalidity, uid, len(raw[uid]), own, at)
            result.stored += 1
            result.filed += bool(stored.deal_id)
            if stored.deal_id:
                result.deals.add(stored.deal_id)
            result.receipts += mail.is_receipt
        MailFolderState.update(last_uid=max(batch), synced_at=at).where(
            (MailFolderState.account == account)
            & (MailFolderState.folder == folder)
            & (MailFolderState.uidvalidity == uidvalidity)
            & (MailFolderState.last_uid < max(batch))
        ).execute()
    return result


def _store(
    mail: ParsedMail, folder: str, direction: str, uidvalidity: int, uid: int, size: int, own, at: datetime
) -> mail_matching.Match:
    found = mail_matching.match(mail, direction, own)
    message_id = ReceivedMessage.insert(
        message_key=mail.key,
        message_id=mail.message_id,
        in_reply_to=mail.in_reply_to,
        references=" ".join(mail.references),
        folder=folder[:250],
        direction=direction,
        kind="receipt" if mail.is_receipt else "mail",
        uidvalidity=uidvalidity,
        uid=uid,
        from_addr=mail.from_addr[:254],
        from_name=mail.from_name[:200],
        to_addrs=", ".join(mail.to_addrs),
        cc_addrs=", ".join(mail.cc_addrs),
        subject=mail.subject,
        sent_at=mail.date,
        received_at=at,
        body_text=mail.body_text,
        body_html=mail.body_html,
        size=size,
        deal=found.deal_id,
        matched_by=found.rule,
        filed_at=at if found.deal_id else None,
        outbox_message=found.outbox_id,
    ).execute()
    addresses = _address_rows(message_id, mail.from_addr, mail.to_addrs, mail.cc_addrs)
    if addresses:
        ReceivedAddress.insert_many(addresses, fields=[ReceivedAddress.message, ReceivedAddress.address,
                                                       ReceivedAddress.role]).execute()  # fmt: skip
    for item in mail.attachments:
        ReceivedAttachment.insert(
            message=message_id,
            name=item.name or "attachment",
            content_type=item.content_type[:100],
            size=len(item.data),
            sha256=hashlib.sha256(item.data).hexdigest(),
            data=item.data if len(item.data) <= MAX_FILE_BYTES else None,
        ).execute()
    _track(mail, found, at)
    if found.deal_id and found.rule != "outbox":
        history.record(
            "email_receipt" if mail.is_receipt else ("email_received" if direction == "in" else "email_sent_copy"),
            at,
            None,
            deal_id=found.deal_id,
            received=message_id,
            sender=mail.from_addr,
            to=", ".join(mail.to_addrs),
            subject=mail.subject,
            matched_by=found.rule,
        )
    return found


def _address_rows(message_id: int, sender: str, to, cc) -> list[tuple[int, str, str]]:
    """(message, address, role) rows of ``received_address``: each address once, lower-cased, in the first role
    it appears in (From, To, Cc)."""
    seen: set[str] = set()
    rows = []
    for role, addresses in (("from", [sender] if sender else []), ("to", to), ("cc", cc)):
        for address in addresses:
            address = address.strip().lower()[:254]
            if "@" in address and address not in seen:
                seen.add(address)
                rows.append((message_id, address, role))
    return rows


def _track(mail: ParsedMail, found: mail_matching.Match, at: datetime) -> None:
    """A receipt marks the Etap message it reports on opened; a reply marks the one it answers answered (first
    time only)."""
    if mail.is_receipt and mail.displayed and found.outbox_id:
        OutboxMessage.update(opened_at=mail.date or at).where(
            (OutboxMessage.id == found.outbox_id) & OutboxMessage.opened_at.is_null()
        ).execute()
    if found.answers:
        OutboxMessage.update(answered_at=mail.date or at).where(
            (OutboxMessage.id == found.answers) & OutboxMessage.answered_at.is_null()
        ).execute()


def _mark_synced(account: str, folder: str, uidvalidity: int, last: int, at: datetime) -> None:
    with atomic():
        MailFolderState.update(synced_at=at).where(
            (MailFolderState.account == account) & (MailFolderState.folder == folder)
        ).execute()


def settle_unknown(client, sent: str, at: datetime) -> list[int]:
    """Outbox messages whose outcome is unknown (the sender died after DATA): found in the Sent folder by their
    Message-ID, they were sent — recorded so, never resent. Not found: left for a person to decide."""
    rows = list(
        OutboxMessage.select(OutboxMessage.id, OutboxMessage.message_id)
        .where(OutboxMessage.status == "unknown")
        .tuples()
    )
    if not rows:
        return []
    client.select_folder(sent, readonly=True)
    settled = []
    for mid, message_id in rows:
        if not client.search(["HEADER", "Message-ID", message_id]):
            continue
        with atomic():
            if (
                OutboxMessage.update(status="sent", sent_at=at, claim_token="", claim_owner="", last_error="")
                .where((OutboxMessage.id == mid) & (OutboxMessage.status == "unknown"))
                .execute()
            ):
                row = OutboxMessage.get_by_id(mid)
                history.record(
                    "email_found_sent",
                    at,
                    None,
                    deal_id=row.deal_id,
                    message=mid,
                    to=row.to_addr,
                    subject=row.subject,
                )
                settled.append(mid)
    return settled
