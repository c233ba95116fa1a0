"""Reading the outbox for the ui: a deal's messages (newest first) and counts per status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from peewee import JOIN, fn

from desktop.services.actor import Actor
from desktop.services.deals.deals import visible
from desktop.store.models import Deal, OutboxAttachment, OutboxMessage


@dataclass(frozen=True)
class MessageRow:
    id: int
    deal_id: int | None
    to_addr: str
    to_name: str
    subject: str
    body_text: str
    body_html: str
    status: str
    attempts: int
    last_error: str
    queued_at: datetime
    sent_at: datetime | None
    attachments: tuple[str, ...] = ()


def _row(m: OutboxMessage, names: tuple[str, ...]) -> MessageRow:
    return MessageRow(
        m.id,
        m.deal_id,
        m.to_addr,
        m.to_name,
        m.subject,
        m.body_text,
        m.body_html,
        m.status,
        m.attempts,
        m.last_error,
        m.queued_at,
        m.sent_at,
        names,
    )


def deal_messages(actor: Actor, deal_id: int) -> list[MessageRow]:
    messages = list(
        OutboxMessage.select(OutboxMessage)
        .join(Deal, on=(OutboxMessage.deal == Deal.id))
        .where((OutboxMessage.deal == deal_id) & visible(actor))
        .order_by(OutboxMessage.queued_at.desc(), OutboxMessage.id.desc())
    )
    names: dict[int, list[str]] = {}
    if messages:
        for mid, name in (
            OutboxAttachment.select(OutboxAttachment.message, OutboxAttachment.filename)
            .where(OutboxAttachment.message.in_([m.id for m in messages]))
            .tuples()
        ):
            names.setdefault(mid, []).append(name)
    return [_row(m, tuple(names.get(m.id, ()))) for m in messages]


def counts(actor: Actor) -> dict[str, int]:
    """Messages per status, of the deals ``actor`` may see."""
    query = OutboxMessage.select(OutboxMessage.status, fn.COUNT(OutboxMessage.id)).join(
        Deal, JOIN.LEFT_OUTER, on=(OutboxMessage.deal == Deal.id)
    )
    if not actor.is_manager:  # managers also count messages of deals deleted since
        query = query.where(visible(actor))
    query = query.group_by(OutboxMessage.status)
    return dict(query.tuples())
