"""Reading and filing received e-mail (issue 21): the Unfiled mail list, filing a message to a deal (optionally
remembering the sender), a deal's mail as threads with what Etap sent, one message with its files.

Visibility follows the deal, in SQL: an agent reads the mail of their own deals; managers and administrators
all. Unfiled mail belongs to no deal yet: managers and administrators see all of it (they file what nobody
else can), an agent only the unfiled mail that concerns them — sent to or from their own address (their user's
e-mail), or naming the address of a contact on one of their deals (``concerning``). Filing needs the right to
edit the target deal. Filing is a versioned write (``UPDATE … WHERE id=? AND version=?``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from peewee import JOIN, Case, fn

from desktop.domain.errors import ConflictError, NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.mail import ADDRESS_RE
from desktop.domain.timeutil import utcnow
from desktop.services import history
from desktop.services.actor import Actor
from desktop.services.deals.deals import require_edit
from desktop.services.pickers import Choice
from desktop.services.visibility import visible
from desktop.store.db import atomic
from desktop.store.models import (
    Contact,
    Deal,
    MailSenderRule,
    OutboxAttachment,
    OutboxMessage,
    ReceivedAddress,
    ReceivedAttachment,
    ReceivedMessage,
    Stage,
    User,
)

PAGE = 200


@dataclass(frozen=True)
class ReceivedRow:
    id: int
    direction: str  # in / out
    from_addr: str
    from_name: str
    to_addrs: str
    subject: str
    sent_at: datetime | None
    received_at: datetime
    deal_id: int | None
    matched_by: str
    version: int
    attachments: int = 0

    @property
    def at(self) -> datetime:
        return self.sent_at or self.received_at


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    name: str
    content_type: str
    size: int
    stored: bool  # False: larger than a deal's file may be; only the name and size were kept


@dataclass(frozen=True)
class MailItem:
    """One message of a deal's conversation: received (``source`` "received") or sent by Etap ("outbox")."""

    source: str
    id: int
    direction: str
    at: datetime
    from_addr: str
    to_addrs: str
    subject: str
    body_text: str
    body_html: str
    status: str  # outbox status; "" for received mail
    attachments: tuple[AttachmentRow, ...] = ()
    message_id: str = ""
    in_reply_to: str = ""
    references: str = ""


@dataclass(frozen=True)
class Thread:
    subject: str
    items: tuple[MailItem, ...]

    @property
    def last_at(self) -> datetime:
        return self.items[-1].at


_FIELDS = (
    ReceivedMessage.id,
    ReceivedMessage.direction,
    ReceivedMessage.from_addr,
    ReceivedMessage.from_name,
    ReceivedMessage.to_addrs,
    ReceivedMessage.subject,
    ReceivedMessage.sent_at,
    ReceivedMessage.received_at,
    ReceivedMessage.deal,
    ReceivedMessage.matched_by,
    ReceivedMessage.version,
)


def _not_visible() -> NotFound:
    return NotFound(QT_TRANSLATE_NOOP("Errors", "This message no longer exists or is not visible to you."))


def _concerning(actor: Actor):
    """SQL: the received messages that concern agent ``actor`` — naming (From, To or Cc) the agent's own address
    or the address of a contact on one of the agent's deals."""
    own = User.select(fn.LOWER(User.email)).where((User.id == actor.id) & (User.email != ""))
    their_contacts = Deal.select(Deal.contact).where(
        (Deal.owner == actor.id) & Deal.deleted_at.is_null() & Deal.contact.is_null(False)
    )
    clients = Contact.select(fn.LOWER(Contact.email)).where(Contact.id.in_(their_contacts) & (Contact.email != ""))
    named = ReceivedAddress.select(ReceivedAddress.message).where(
        ReceivedAddress.address.in_(own) | ReceivedAddress.address.in_(clients)
    )
    return ReceivedMessage.id.in_(named)


def readable(actor: Actor):
    """SQL (on ``ReceivedMessage`` LEFT JOIN ``Deal``): the received mail ``actor`` may read — of deals they may
    see, or unfiled and concerning them; managers and administrators read all."""
    if actor.is_manager:
        return ReceivedMessage.id.is_null(False)
    return (ReceivedMessage.deal.is_null() & _concerning(actor)) | (
        ReceivedMessage.deal.is_null(False) & visible(actor)
    )


def _visible(query, actor: Actor):
    """Mail ``actor`` may read (filtered in SQL, see ``readable``)."""
    query = query.join(Deal, on=(ReceivedMessage.deal == Deal.id), join_type=JOIN.LEFT_OUTER)
    return query if actor.is_manager else query.where(readable(actor))


def _unfiled_of(actor: Actor):
    condition = ReceivedMessage.deal.is_null() & (ReceivedMessage.kind == "mail")
    return condition if actor.is_manager else condition & _concerning(actor)


def unfiled(actor: Actor, before_id: int | None = None, limit: int = PAGE) -> list[ReceivedRow]:
    """Mail no rule could file that ``actor`` may see, newest first; ``before_id`` pages on (keyset)."""
    query = ReceivedMessage.select(*_FIELDS).where(_unfiled_of(actor))
    if before_id is not None:
        query = query.where(ReceivedMessage.id < before_id)
    rows = list(query.order_by(ReceivedMessage.id.desc()).limit(limit).tuples())
    counts = _attachment_counts([r[0] for r in rows])
    return [ReceivedRow(*r, attachments=counts.get(r[0], 0)) for r in rows]


def unfiled_count(actor: Actor) -> int:
    """How many unfiled messages ``actor`` may see."""
    return ReceivedMessage.select(fn.COUNT(ReceivedMessage.id)).where(_unfiled_of(actor)).scalar()


def _attachment_counts(ids: list[int]) -> dict[int, int]:
    if not ids:
        return {}
    return dict(
        ReceivedAttachment.select(ReceivedAttachment.message, fn.COUNT(ReceivedAttachment.id))
        .where(ReceivedAttachment.message.in_(ids))
        .group_by(ReceivedAttachment.message)
        .tuples()
    )


def file_to_deal(
    actor: Actor,
    received_id: int,
    deal_id: int,
    version: int,
    remember_sender: bool = False,
    now: datetime | None = None,
) -> ReceivedRow:
    """File the message to the deal (one click in the Unfiled list); ``remember_sender`` files the sender's
    later mail there too. Raises ConflictError when someone filed it meanwhile."""
    now = now or utcnow()
    deal = Deal.get_or_none((Deal.id == deal_id) & Deal.deleted_at.is_null())
    if deal is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This deal no longer exists or is not visible to you."))
    require_edit(actor, deal.owner_id)
    with atomic():
        row = _visible(ReceivedMessage.select(ReceivedMessage), actor).where(ReceivedMessage.id == received_id).first()
        if row is None:
            raise _not_visible()
        updated = (
            ReceivedMessage.update(
                deal=deal_id,
                matched_by="manual",
                filed_by=actor.id,
                filed_at=now,
                version=ReceivedMessage.version + 1,
            )
            .where((ReceivedMessage.id == received_id) & (ReceivedMessage.version == version))
            .execute()
        )
        if updated != 1:
            raise ConflictError(
                QT_TRANSLATE_NOOP("Errors", "Someone else filed this message meanwhile; the list shows it now.")
            )
        address = row.from_addr if row.direction == "in" else (row.to_addrs.split(",")[0].strip())
        if remember_sender:
            remember(actor, address, deal_id, now)
        history.record(
            "email_filed",
            now,
            actor,
            deal_id=deal_id,
            received=received_id,
            sender=row.from_addr,
            subject=row.subject,
            remembered=address if remember_sender else "",
        )
    return ReceivedRow(*ReceivedMessage.select(*_FIELDS).where(ReceivedMessage.id == received_id).tuples().get())


def remember(actor: Actor, address: str, deal_id: int, now: datetime | None = None) -> None:
    """Later mail from ``address`` goes to ``deal_id`` (replacing what was remembered for it)."""
    address = (address or "").strip().lower()
    if not ADDRESS_RE.match(address):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{address}” is not a valid e-mail address."), address=address
        )
    now = now or utcnow()
    with atomic():
        MailSenderRule.insert(address=address, deal=deal_id, user=actor.id, created_at=now).on_conflict(
            conflict_target=[MailSenderRule.address],
            update={MailSenderRule.deal: deal_id, MailSenderRule.user: actor.id, MailSenderRule.created_at: now},
        ).execute()


def _deal_visible(actor: Actor, deal_id: int) -> None:
    query = Deal.select(Deal.id).where((Deal.id == deal_id) & Deal.deleted_at.is_null())
    if not actor.is_manager:
        query = query.where(Deal.owner == actor.id)
    if not query.exists():
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This deal no longer exists or is not visible to you."))


def _attachments(ids: list[int]) -> dict[int, list[AttachmentRow]]:
    found: dict[int, list[AttachmentRow]] = {}
    if not ids:
        return found
    for aid, mid, name, ctype, size, stored in (
        ReceivedAttachment.select(
            ReceivedAttachment.id,
            ReceivedAttachment.message,
            ReceivedAttachment.name,
            ReceivedAttachment.content_type,
            ReceivedAttachment.size,
            Case(None, [(ReceivedAttachment.data.is_null(), 0)], 1),
        )
        .where(ReceivedAttachment.message.in_(ids))
        .order_by(ReceivedAttachment.id)
        .tuples()
    ):
        found.setdefault(mid, []).append(AttachmentRow(aid, name, ctype, size, bool(stored)))
    return found


def deal_mail(actor: Actor, deal_id: int) -> list[MailItem]:
    """Everything a deal's conversation holds, oldest first: mail received or sent elsewhere, and Etap's own."""
    _deal_visible(actor, deal_id)
    received = list(
        ReceivedMessage.select()
        .where(
            (ReceivedMessage.deal == deal_id)
            & (ReceivedMessage.kind == "mail")
            & ReceivedMessage.outbox_message.is_null()  # Sent-folder copies of Etap's messages: shown once
        )
        .order_by(ReceivedMessage.id)
    )
    files = _attachments([m.id for m in received])
    items = [
        MailItem(
            "received",
            m.id,
            m.direction,
            m.sent_at or m.received_at,
            m.from_addr,
            m.to_addrs,
            m.subject,
            m.body_text,
            m.body_html,
            "",
            tuple(files.get(m.id, ())),
            m.message_id,
            m.in_reply_to,
            m.references,
        )
        for m in received
    ]
    sent = list(OutboxMessage.select().where(OutboxMessage.deal == deal_id).order_by(OutboxMessage.id))
    names: dict[int, list[AttachmentRow]] = {}
    if sent:
        for aid, mid, name, ctype in (
            OutboxAttachment.select(
                OutboxAttachment.id, OutboxAttachment.message, OutboxAttachment.filename, OutboxAttachment.content_type
            )
            .where(OutboxAttachment.message.in_([m.id for m in sent]))
            .tuples()
        ):
            names.setdefault(mid, []).append(AttachmentRow(aid, name, ctype, 0, True))
    items += [
        MailItem(
            "outbox",
            m.id,
            "out",
            m.sent_at or m.queued_at,
            m.from_addr,
            m.to_addr,
            m.subject,
            m.body_text,
            m.body_html,
            m.status,
            tuple(names.get(m.id, ())),
            m.message_id,
        )
        for m in sent
    ]
    items.sort(key=lambda i: (i.at, i.source, i.id))
    return items


def threads(actor: Actor, deal_id: int) -> list[Thread]:
    """The deal's mail grouped into conversations (by In-Reply-To/References, else by subject), newest first."""
    items = deal_mail(actor, deal_id)
    parent: dict[str, str] = {}  # message id -> thread root id

    def root(key: str) -> str:
        while parent.get(key, key) != key:
            key = parent[key]
        return key

    by_subject: dict[str, str] = {}
    keys: list[str] = []
    for item in items:
        key = item.message_id or f"{item.source}:{item.id}"
        parent.setdefault(key, key)
        refs = [r for r in (item.in_reply_to, *item.references.split()) if r]
        target = next((r for r in refs if r in parent), None)
        if target is None:
            target = by_subject.get(_base_subject(item.subject))
        if target is not None:
            parent[root(key)] = root(target)
        by_subject.setdefault(_base_subject(item.subject), key)
        keys.append(key)
    groups: dict[str, list[MailItem]] = {}
    for key, item in zip(keys, items, strict=True):
        groups.setdefault(root(key), []).append(item)
    result = [Thread(_base_subject(g[0].subject) or g[0].subject, tuple(g)) for g in groups.values()]
    result.sort(key=lambda t: t.last_at, reverse=True)
    return result


def _base_subject(subject: str) -> str:
    """A subject without its Re:/Fwd:/Odp:/PD: prefixes, for grouping replies that lost their headers."""
    text = (subject or "").strip()
    while True:
        head, sep, rest = text.partition(":")
        if sep and head.strip().lower() in ("re", "fw", "fwd", "aw", "odp", "pd", "tr", "sv", "wg", "rif", "r"):
            text = rest.strip()
            continue
        return text


def attachment_bytes(actor: Actor, attachment_id: int) -> tuple[str, bytes]:
    """A received file's name and content, if ``actor`` may see its message."""
    query = ReceivedAttachment.select(ReceivedAttachment.name, ReceivedAttachment.data).join(
        ReceivedMessage, on=(ReceivedAttachment.message == ReceivedMessage.id)
    )
    query = query.join(Deal, on=(ReceivedMessage.deal == Deal.id), join_type=JOIN.LEFT_OUTER).where(
        (ReceivedAttachment.id == attachment_id) & readable(actor)
    )
    row = query.tuples().first()
    if row is None or row[1] is None:
        raise _not_visible()
    return row[0], bytes(row[1])


def message(actor: Actor, received_id: int) -> MailItem:
    """One received message with its text (the Unfiled list's preview)."""
    m = _visible(ReceivedMessage.select(ReceivedMessage), actor).where(ReceivedMessage.id == received_id).first()
    if m is None:
        raise _not_visible()
    return MailItem(
        "received",
        m.id,
        m.direction,
        m.sent_at or m.received_at,
        m.from_addr,
        m.to_addrs,
        m.subject,
        m.body_text,
        m.body_html,
        "",
        tuple(_attachments([m.id]).get(m.id, ())),
        m.message_id,
        m.in_reply_to,
        m.references,
    )


def deal_choices(actor: Actor, text: str = "", limit: int = 20) -> list[Choice]:
    """Deals ``actor`` may file mail to, for the filing picker: by number (prefix), then by title (contains)."""
    text = (text or "").strip()
    base = Deal.select(Deal.id, Deal.number, Deal.title).where(Deal.deleted_at.is_null())
    if not actor.is_manager:
        base = base.where(Deal.owner == actor.id)
    if not text:
        rows = list(base.order_by(Deal.id.desc()).limit(limit).tuples())
    else:
        # a range on the unique number index rather than LIKE (SQLite's LIKE ignores a BINARY index)
        rows = list(
            base.where((Deal.number >= text) & (Deal.number < text + "\U0010ffff")).order_by(Deal.number).limit(limit)
            .tuples()
        )  # fmt: skip
        if len(rows) < limit:
            seen = {r[0] for r in rows}
            more = base.where(fn.LOWER(Deal.title).contains(text.lower()))
            rows += [r for r in more.order_by(Deal.id.desc()).limit(limit).tuples() if r[0] not in seen]
    return [Choice(i, f"{number} {title}", "") for i, number, title in rows[:limit]]


def deal_label(actor: Actor, deal_id: int | None) -> str:
    """ "Number title" of a deal the actor may see (the picker's current value); empty otherwise."""
    if deal_id is None:
        return ""
    row = Deal.select(Deal.number, Deal.title).where((Deal.id == deal_id) & visible(actor)).tuples().first()
    return f"{row[0]} {row[1]}" if row else ""


def suggestions(actor: Actor, received_id: int, limit: int = 5) -> list[Choice]:
    """Open deals of the contacts with the message's address (the candidates when there were several)."""
    row = _visible(
        ReceivedMessage.select(ReceivedMessage.direction, ReceivedMessage.from_addr, ReceivedMessage.to_addrs), actor
    ).where(ReceivedMessage.id == received_id).tuples().first()  # fmt: skip
    if row is None:
        return []
    direction, sender, to_addrs = row
    address = sender if direction == "in" else to_addrs.split(",")[0].strip()
    if not address:
        return []
    contacts = Contact.select(Contact.id).where(fn.LOWER(Contact.email) == address.lower())
    query = (
        Deal.select(Deal.id, Deal.number, Deal.title)
        .join(Stage, on=(Deal.stage == Stage.id))
        .where(Deal.contact.in_(contacts) & (Stage.kind == "open") & Deal.deleted_at.is_null())
    )
    if not actor.is_manager:
        query = query.where(Deal.owner == actor.id)
    return [Choice(i, f"{number} {title}") for i, number, title in query.order_by(Deal.id.desc()).limit(limit).tuples()]


def add_attachment_to_deal(actor: Actor, attachment_id: int, deal_id: int, now: datetime | None = None):
    """Keep a received file among the deal's files (Notes & attachments), with the same limits and history."""
    from desktop.services.deals import notes_files

    name, data = attachment_bytes(actor, attachment_id)
    return notes_files.add_file(actor, deal_id, name, data, now)
