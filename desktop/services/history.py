"""The append-only event history. Services call ``record`` inside their transaction; nothing edits events."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from desktop.services.context import Actor
from desktop.store.models import Deal, Event


def _default(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(type(value))


def record(
    kind: str,
    at: datetime,
    actor: Actor | None = None,
    deal_id: int | None = None,
    process_id: int | None = None,
    **payload: object,
) -> None:
    Event.insert(
        deal=deal_id,
        process=process_id,
        user=actor.id if actor else None,
        at=at,
        kind=kind,
        payload=json.dumps(payload, default=_default, ensure_ascii=False, sort_keys=True),
    ).execute()


@dataclass(frozen=True)
class EventRow:
    id: int
    at: datetime
    kind: str
    user_id: int | None
    payload: dict


def deal_history(actor: Actor, deal_id: int) -> list[EventRow]:
    """The deal's events, oldest first; nothing when ``actor`` may not see the deal."""
    from desktop.services.deals import visible  # deals record history: imported at call time (no cycle)

    rows = (
        Event.select(Event.id, Event.at, Event.kind, Event.user, Event.payload)
        .join(Deal, on=(Event.deal == Deal.id))
        .where((Event.deal == deal_id) & visible(actor))
        .order_by(Event.at, Event.id)
        .tuples()
    )
    return [EventRow(i, at, kind, user, json.loads(payload)) for i, at, kind, user, payload in rows]
