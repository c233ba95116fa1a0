"""Where a deal's offers stand (issue 21): created → sent (a follow-up carried it) → opened (a read receipt came
back) → answered (a reply came) — and accepted or rejected, which only the user says.

An offer's e-mails are the outbox messages that carried its PDF (``outbox_message.offer_id``, set when queued);
their ``opened_at`` / ``answered_at`` are filled by the mail sync. Visibility follows the deal, in SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from peewee import JOIN, fn

from desktop.domain.errors import ConflictError, NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.timeutil import utcnow
from desktop.services import history
from desktop.services.actor import Actor
from desktop.services.deals.deals import require_edit
from desktop.store import prepared
from desktop.store.db import atomic
from desktop.store.models import Deal, OfferDocument, OutboxMessage

OUTCOMES = ("", "accepted", "rejected")
STATUS_LABELS = {
    "created": QT_TRANSLATE_NOOP("OfferStatus", "Not sent"),
    "sent": QT_TRANSLATE_NOOP("OfferStatus", "Sent"),
    "opened": QT_TRANSLATE_NOOP("OfferStatus", "Opened"),
    "answered": QT_TRANSLATE_NOOP("OfferStatus", "Answered"),
    "accepted": QT_TRANSLATE_NOOP("OfferStatus", "Accepted"),
    "rejected": QT_TRANSLATE_NOOP("OfferStatus", "Rejected"),
}


@dataclass(frozen=True)
class OfferStatus:
    id: int
    file_name: str
    created_at: datetime
    sent_at: datetime | None
    opened_at: datetime | None
    answered_at: datetime | None
    outcome: str
    outcome_at: datetime | None

    @property
    def status(self) -> str:
        if self.outcome:
            return self.outcome
        if self.answered_at:
            return "answered"
        if self.opened_at:
            return "opened"
        return "sent" if self.sent_at else "created"


def _deal_visible(actor: Actor, deal_id: int) -> Deal:
    query = Deal.select().where((Deal.id == deal_id) & Deal.deleted_at.is_null())
    if not actor.is_manager:
        query = query.where(Deal.owner == actor.id)
    deal = query.first()
    if deal is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This deal no longer exists or is not visible to you."))
    return deal


def deal_offers(actor: Actor, deal_id: int) -> list[OfferStatus]:
    """The deal's offers, newest first, each with the first time it was sent, opened and answered."""
    _deal_visible(actor, deal_id)
    query = (
        OfferDocument.select(
            OfferDocument.id,
            OfferDocument.file_name,
            OfferDocument.created_at,
            fn.MIN(OutboxMessage.sent_at),  # set only once the server accepted the message
            fn.MIN(OutboxMessage.opened_at),
            fn.MIN(OutboxMessage.answered_at),
            OfferDocument.outcome,
            OfferDocument.outcome_at,
        )
        .join(OutboxMessage, JOIN.LEFT_OUTER, on=(OutboxMessage.offer == OfferDocument.id))
        .where(OfferDocument.deal == deal_id)
        .group_by(OfferDocument.id, OfferDocument.file_name, OfferDocument.created_at, OfferDocument.outcome,
                  OfferDocument.outcome_at)
        .order_by(OfferDocument.created_at.desc(), OfferDocument.id.desc())
        .tuples()
    )  # fmt: skip
    return [OfferStatus(*row) for row in query]


def set_outcome(actor: Actor, offer_id: int, outcome: str, expected: str, now: datetime | None = None) -> OfferStatus:
    """The client accepted or rejected the offer ("" takes the word back); ``expected`` is the outcome the user
    saw, so two people deciding at once do not overwrite each other unseen."""
    if outcome not in OUTCOMES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose accepted or rejected."), "outcome")
    now = now or utcnow()
    offer = OfferDocument.get_or_none(OfferDocument.id == offer_id)
    if offer is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This offer no longer exists."))
    deal = _deal_visible(actor, offer.deal_id)
    require_edit(actor, deal.owner_id)
    with atomic():
        changed = (
            OfferDocument.update(outcome=outcome, outcome_at=now if outcome else None)
            .where((OfferDocument.id == offer_id) & (OfferDocument.outcome == expected))
            .execute()
        )
        if changed != 1:
            raise ConflictError(QT_TRANSLATE_NOOP("Errors", "Someone else changed this offer meanwhile; it shows now."))
        history.record(
            f"offer_{outcome or 'reopened'}", now, actor, deal_id=offer.deal_id, offer=offer_id, name=offer.file_name
        )
    return next(o for o in deal_offers(actor, offer.deal_id) if o.id == offer_id)


def offer_opened(deal_id):
    """Whether the deal ``deal_id`` (a column of an outer query) has an offer e-mail a read receipt said was
    opened, as an ``EXISTS`` (``opened_deals`` for a query reading cards with their marks in one statement)."""
    opened = OutboxMessage.select(OutboxMessage.id).where(
        (OutboxMessage.deal == deal_id) & OutboxMessage.opened_at.is_null(False)
    )
    return fn.EXISTS(opened)


def opened_deals(deal_ids: list[int]) -> set[int]:
    """Of ``deal_ids``, those with an offer e-mail a read receipt said was opened (the board card's mark); one
    indexed query (``outbox_message (deal_id, opened_at)``)."""
    if not deal_ids:
        return set()

    def build():  # built and compiled once per shape (a board asks this for every column's page)
        ids = prepared.slots("deal", len(deal_ids))
        return (
            OutboxMessage.select(OutboxMessage.deal)
            .where(OutboxMessage.deal.in_(ids) & OutboxMessage.opened_at.is_null(False))
            .distinct()
        )

    return {
        d
        for (d,) in prepared.run(
            ("opened offers", len(deal_ids)), build, prepared.named("deal", deal_ids), one_plan=True
        )
    }
