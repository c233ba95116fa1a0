"""The trigger log: what fired, was skipped or failed, newest first, only for deals the user may see."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.services.actor import Actor
from desktop.services.visibility import visible
from desktop.store.models import Deal, TriggerFiring


@dataclass(frozen=True)
class FiringRow:
    id: int
    at: datetime
    due_at: datetime
    trigger_id: int
    deal_id: int
    deal_number: str
    occurrence: int
    status: str
    detail: str


def log(actor: Actor, limit: int = 500, trigger_id: int | None = None, deal_id: int | None = None) -> list[FiringRow]:
    """The firing log, newest first: only the firings of deals ``actor`` may see."""

    query = (
        TriggerFiring.select(
            TriggerFiring.id,
            TriggerFiring.at,
            TriggerFiring.due_at,
            TriggerFiring.trigger,
            TriggerFiring.deal,
            Deal.number,
            TriggerFiring.occurrence,
            TriggerFiring.status,
            TriggerFiring.detail,
        )
        .join(Deal, on=(TriggerFiring.deal == Deal.id))
        .where(visible(actor))
        .order_by(TriggerFiring.at.desc(), TriggerFiring.id.desc())
        .limit(limit)
    )
    if trigger_id is not None:
        query = query.where(TriggerFiring.trigger == trigger_id)
    if deal_id is not None:
        query = query.where(TriggerFiring.deal == deal_id)
    return [FiringRow(*t) for t in query.tuples()]
