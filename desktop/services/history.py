"""The append-only event history. Services call ``record`` inside their transaction; nothing edits events.

The deal use-cases do not call it: their events (``desktop.services.events``) are recorded by the
subscribers at the end of this module, wired in ``desktop.services.wiring``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from desktop.services import events
from desktop.services.actor import Actor
from desktop.services.visibility import visible
from desktop.store import prepared
from desktop.store.db import later
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
    contact_id: int | None = None,
    company_id: int | None = None,
    **payload: object,
) -> None:
    values = {
        "deal": deal_id,
        "process": process_id,
        "contact": contact_id,
        "company": company_id,
        "user": actor.id if actor else None,
        "at": at,
        "kind": kind,
        "payload": json.dumps(payload, default=_default, ensure_ascii=False, sort_keys=True),
    }
    # with the next statement (PostgreSQL): nothing reads what an insert returns; compiled once
    later(prepared.statement("record event", _insert_event, values))


def _insert_event():
    slot = prepared.slot
    return Event.insert(
        deal=slot("deal"),
        process=slot("process"),
        contact_id=slot("contact"),
        company_id=slot("company"),
        user=slot("user"),
        at=slot("at"),
        kind=slot("kind"),
        payload=slot("payload"),
    ).returning()


@dataclass(frozen=True)
class EventRow:
    id: int
    at: datetime
    kind: str
    user_id: int | None
    payload: dict


def deal_history(actor: Actor, deal_id: int) -> list[EventRow]:
    """The deal's events, oldest first; nothing when ``actor`` may not see the deal."""
    rows = (
        Event.select(Event.id, Event.at, Event.kind, Event.user, Event.payload)
        .join(Deal, on=(Event.deal == Deal.id))
        .where((Event.deal == deal_id) & visible(actor))
        .order_by(Event.at, Event.id)
        .tuples()
    )
    return [EventRow(i, at, kind, user, json.loads(payload)) for i, at, kind, user, payload in rows]


# -- subscribers: the deal events as history rows ------------------------------------------------------
def _display(value: object) -> object:
    return str(value) if isinstance(value, Decimal | date) else value


def on_deal_created(e: events.DealCreated) -> None:
    record(
        "created",
        e.at,
        e.actor,
        deal_id=e.deal_id,
        process_id=e.process_id,
        number=e.number,
        stage=e.stage.name,
        title=e.title,
    )


def on_deal_moved(e: events.DealMoved) -> None:
    record(
        "moved",
        e.at,
        e.actor,
        deal_id=e.deal_id,
        process_id=e.process_id,
        from_stage=e.from_stage.name,
        to_stage=e.to_stage.name,
        from_stage_id=e.from_stage.id,
        to_stage_id=e.to_stage.id,
    )


def on_deal_reordered(e: events.DealReordered) -> None:
    record("reordered", e.at, e.actor, deal_id=e.deal_id, process_id=e.process_id, stage=e.stage.name)


def on_deal_edited(e: events.DealEdited) -> None:
    """One 'field_changed' row per changed field (old → new)."""
    for key, (old, new) in e.changes.items():
        record(
            "field_changed",
            e.at,
            e.actor,
            deal_id=e.deal_id,
            process_id=e.process_id,
            field=key,
            old=_display(old),
            new=_display(new),
        )
