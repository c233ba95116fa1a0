"""What a contact's or a company's sheet shows from deals: their deals and their history.

Everything here comes from deals, so it follows deal visibility in SQL: an agent sees the deals they own (and
the client's own history rows), managers and admins see all. Spam is left out, as on the board.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from peewee import JOIN, fn

from desktop.domain.money import from_minor
from desktop.services.actor import Actor
from desktop.services.mail.received_mail import readable
from desktop.store.models import (
    Contact,
    Deal,
    Event,
    OutboxMessage,
    Process,
    ReceivedAddress,
    ReceivedMessage,
    Stage,
    Task,
    User,
)

LIMIT = 500


@dataclass(frozen=True)
class ClientDeal:
    id: int
    number: str
    title: str
    process: str
    stage: str
    stage_kind: str  # open / won / lost / closed
    value: Decimal
    currency: str
    owner: str
    expected_close: date | None
    created_at: datetime

    @property
    def is_open(self) -> bool:
        return self.stage_kind == "open"


def _client(query, contact_id: int | None, company_id: int | None):
    if contact_id is not None:
        return query.where(Deal.contact == contact_id)
    return query.where(Deal.company == company_id)


def deals_of(actor: Actor, contact_id: int | None = None, company_id: int | None = None) -> list[ClientDeal]:
    """The client's deals the actor may see: open first, then closed, newest first (at most ``LIMIT``)."""
    if (contact_id is None) == (company_id is None):
        raise ValueError("give a contact or a company")
    query = (
        Deal.select(
            Deal.id,
            Deal.number,
            Deal.title,
            Process.name,
            Stage.name,
            Stage.kind,
            Deal.value_minor,
            Deal.currency,
            fn.COALESCE(User.display_name, ""),
            Deal.expected_close,
            Deal.created_at,
        )
        .join(Stage, on=(Deal.stage == Stage.id))
        .switch(Deal)
        .join(Process, on=(Deal.process == Process.id))
        .switch(Deal)
        .join(User, JOIN.LEFT_OUTER, on=(Deal.owner == User.id))
        .where(Deal.spam == False)  # noqa: E712 - SQL comparison
    )
    query = _client(query, contact_id, company_id)
    if not actor.is_manager:
        query = query.where(Deal.owner == actor.id)
    is_closed = (Stage.kind != "open").cast("integer")
    rows = query.order_by(is_closed, Deal.created_at.desc(), Deal.id.desc()).limit(LIMIT).tuples()
    return [ClientDeal(*t[:6], from_minor(t[6], t[7]), *t[7:]) for t in rows]


@dataclass(frozen=True)
class ClientEvent:
    id: int
    at: datetime
    kind: str
    user: str
    deal_number: str
    payload: dict


def history_of(
    actor: Actor, contact_id: int | None = None, company_id: int | None = None, limit: int = 500
) -> list[ClientEvent]:
    """The client's own history (created, changed, merged...) and that of its deals the actor may see,
    newest first."""
    if (contact_id is None) == (company_id is None):
        raise ValueError("give a contact or a company")
    own = Event.contact_id == contact_id if contact_id is not None else Event.company_id == company_id
    deal_ids = _client(Deal.select(Deal.id), contact_id, company_id)
    if not actor.is_manager:
        deal_ids = deal_ids.where(Deal.owner == actor.id)
    query = (
        Event.select(
            Event.id,
            Event.at,
            Event.kind,
            fn.COALESCE(User.display_name, ""),
            fn.COALESCE(Deal.number, ""),
            Event.payload,
        )
        .join(User, JOIN.LEFT_OUTER, on=(Event.user == User.id))
        .switch(Event)
        .join(Deal, JOIN.LEFT_OUTER, on=(Event.deal == Deal.id))
        .where(own | Event.deal.in_(deal_ids))
        .order_by(Event.at.desc(), Event.id.desc())
        .limit(limit)
    )
    return [
        ClientEvent(i, at, kind, user, number, json.loads(payload))
        for i, at, kind, user, number, payload in query.tuples()
    ]


@dataclass(frozen=True)
class ClientTask:
    id: int
    title: str
    due_at: datetime | None
    done_at: datetime | None
    owner: str
    deal_id: int | None
    deal_number: str


def tasks_of(
    actor: Actor, contact_id: int | None = None, company_id: int | None = None, limit: int = LIMIT
) -> list[ClientTask]:
    """Tasks on the client's deals the actor may see: open ones first by due time, then done ones."""
    if (contact_id is None) == (company_id is None):
        raise ValueError("give a contact or a company")
    deal_ids = _client(Deal.select(Deal.id).where(Deal.spam == False), contact_id, company_id)  # noqa: E712
    if not actor.is_manager:
        deal_ids = deal_ids.where(Deal.owner == actor.id)
    query = (
        Task.select(
            Task.id, Task.title, Task.due_at, Task.done_at, fn.COALESCE(User.display_name, ""), Task.deal, Deal.number
        )
        .join(Deal, on=(Task.deal == Deal.id))
        .switch(Task)
        .join(User, JOIN.LEFT_OUTER, on=(Task.owner == User.id))
        .where(Task.deal.in_(deal_ids))
        .order_by(Task.done_at.is_null(False), Task.due_at.is_null(), Task.due_at, Task.id)
        .limit(limit)
    )
    return [ClientTask(*t) for t in query.tuples()]


@dataclass(frozen=True)
class ClientEmail:
    """One message on the client's sheet: sent by Etap (``source`` "outbox") or fetched over IMAP ("received":
    received, or sent from another mail program and found in the Sent folder)."""

    source: str
    id: int
    at: datetime
    direction: str  # in / out
    status: str  # the outbox's queued / sending / sent / failed / unknown; "" for fetched mail
    from_addr: str
    to_addr: str
    subject: str
    deal_id: int | None
    deal_number: str


def _client_addresses(contact_id: int | None, company_id: int | None):
    """SQL: the client's e-mail addresses, lower-cased (a company's: those of its contacts)."""
    query = Contact.select(fn.LOWER(Contact.email)).where(Contact.email != "")
    if contact_id is not None:
        return query.where(Contact.id == contact_id)
    return query.where(Contact.company == company_id)


def emails_of(
    actor: Actor, contact_id: int | None = None, company_id: int | None = None, limit: int = LIMIT
) -> list[ClientEmail]:
    """Mail exchanged with the client, sent and received in one list, newest first (at most ``limit``): what Etap
    sent from the client's deals, and what was fetched over IMAP and either filed to one of those deals or names
    the client's address. Each side is filtered by what ``actor`` may read, in SQL: the deals they may see, and
    for unfiled mail the rule of ``received_mail.readable``."""
    if (contact_id is None) == (company_id is None):
        raise ValueError("give a contact or a company")
    deal_ids = _client(Deal.select(Deal.id), contact_id, company_id)
    sent_at = fn.COALESCE(OutboxMessage.sent_at, OutboxMessage.queued_at)
    sent = (
        OutboxMessage.select(
            OutboxMessage.id,
            OutboxMessage.sent_at,
            OutboxMessage.queued_at,
            OutboxMessage.status,
            OutboxMessage.from_addr,
            OutboxMessage.to_addr,
            OutboxMessage.subject,
            OutboxMessage.deal,
            Deal.number,
        )
        .join(Deal, on=(OutboxMessage.deal == Deal.id))
        .where(OutboxMessage.deal.in_(deal_ids if actor.is_manager else deal_ids.where(Deal.owner == actor.id)))
        .order_by(sent_at.desc(), OutboxMessage.id.desc())
        .limit(limit)
    )
    items = [
        ClientEmail("outbox", i, sent_on or queued, "out", status, sender, to, subject, deal, number)
        for i, sent_on, queued, status, sender, to, subject, deal, number in sent.tuples()
    ]
    named = ReceivedAddress.select(ReceivedAddress.message).where(
        ReceivedAddress.address.in_(_client_addresses(contact_id, company_id))
    )
    filed = ReceivedMessage.select(ReceivedMessage.id).where(ReceivedMessage.deal.in_(deal_ids))
    fetched_at = fn.COALESCE(ReceivedMessage.sent_at, ReceivedMessage.received_at)
    fetched = (
        ReceivedMessage.select(
            ReceivedMessage.id,
            ReceivedMessage.sent_at,
            ReceivedMessage.received_at,
            ReceivedMessage.direction,
            ReceivedMessage.from_addr,
            ReceivedMessage.to_addrs,
            ReceivedMessage.subject,
            ReceivedMessage.deal,
            fn.COALESCE(Deal.number, ""),
        )
        .join(Deal, JOIN.LEFT_OUTER, on=(ReceivedMessage.deal == Deal.id))
        .where(
            (ReceivedMessage.kind == "mail")
            & ReceivedMessage.outbox_message.is_null()  # a Sent-folder copy of Etap's own message: listed once
            & ReceivedMessage.id.in_(named | filed)  # a UNION: each side by its index, not a scan of all mail
            & readable(actor)
        )
        .order_by(fetched_at.desc(), ReceivedMessage.id.desc())
        .limit(limit)
    )
    items += [
        ClientEmail("received", i, sent_on or received, direction, "", sender, to, subject, deal, number)
        for i, sent_on, received, direction, sender, to, subject, deal, number in fetched.tuples()
    ]
    items.sort(key=lambda m: (m.at, m.source == "outbox", m.id), reverse=True)
    return items[:limit]
