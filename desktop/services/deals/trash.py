"""The deal trash (issue 15): delete a deal without losing it; managers restore it with everything, admins
purge it for good.

Deleting keeps the row and all that hangs off it (history, tasks, files, calculations, e-mails) and sets
``deleted_at``; the deal is flagged spam meanwhile, so the board, the funnel, counts, bulk follow-ups and
exports (which all leave spam out through their indexes) leave it out too, and ``deals.get_deal`` refuses
it, so nothing edits or moves a trashed deal. Its time-in-stage triggers stop, and its tasks leave the task
lists and reminders. Restoring puts it back where it was, spam flag included. Every step is recorded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from peewee import JOIN, fn

from desktop.domain.errors import NotFound, PermissionDenied
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.timeutil import utcnow
from desktop.services import events, history
from desktop.services.actor import Actor, require_admin
from desktop.services.deals.deals import get_deal, require_edit
from desktop.store.db import atomic
from desktop.store.models import Deal, Event, Process, Stage, User


@dataclass(frozen=True)
class TrashRow:
    id: int
    number: str
    title: str
    process: str
    stage: str
    deleted_at: datetime
    deleted_by: str


def _trashed(deal_id: int, actor: Actor):
    deal = get_deal(deal_id, actor, trashed=True)
    at = Deal.select(Deal.deleted_at).where(Deal.id == deal_id).scalar()
    if at is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This deal is not in the trash."))
    return deal


def delete_deals(actor: Actor, deal_ids: list[int], now: datetime | None = None) -> list[int]:
    """Move deals to the trash (the owner or a manager); all or nothing."""
    now = now or utcnow()
    with atomic():
        for deal_id in deal_ids:
            deal = get_deal(deal_id, actor)
            require_edit(actor, deal.owner_id)
            was_spam = bool(Deal.select(Deal.spam).where(Deal.id == deal_id).scalar())
            Deal.update(spam=True, deleted_at=now, deleted_by=actor.id, version=Deal.version + 1).where(
                Deal.id == deal_id
            ).execute()
            events.publish(events.DealDeleted(actor, deal_id, deal.process_id, deal.stage_id, now))
            history.record(
                "deal_deleted",
                now,
                actor,
                deal_id=deal_id,
                process_id=deal.process_id,
                number=deal.number,
                was_spam=was_spam,
            )
    return list(deal_ids)


def restore_deals(actor: Actor, deal_ids: list[int], now: datetime | None = None) -> list[int]:
    """Managers put trashed deals back where they were, with everything they had."""
    if not actor.is_manager:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Only managers can restore deals from the trash."))
    now = now or utcnow()
    with atomic():
        for deal_id in deal_ids:
            deal = _trashed(deal_id, actor)
            payload = (
                Event.select(Event.payload)
                .where((Event.deal == deal_id) & (Event.kind == "deal_deleted"))
                .order_by(Event.id.desc())
                .scalar()
            )
            was_spam = bool(json.loads(payload or "{}").get("was_spam"))
            Deal.update(spam=was_spam, deleted_at=None, deleted_by=None, version=Deal.version + 1).where(
                Deal.id == deal_id
            ).execute()
            events.publish(events.DealRestored(actor, deal_id, deal.process_id, deal.stage_id, now))
            history.record("deal_restored", now, actor, deal_id=deal_id, process_id=deal.process_id, number=deal.number)
    return list(deal_ids)


def purge_deals(actor: Actor, deal_ids: list[int], now: datetime | None = None) -> list[int]:
    """Admins delete trashed deals for good (with their history, tasks and files); the purge is recorded."""
    require_admin(actor)
    now = now or utcnow()
    with atomic():
        for deal_id in deal_ids:
            deal = _trashed(deal_id, actor)
            Deal.delete().where(Deal.id == deal_id).execute()
            history.record("deal_purged", now, actor, process_id=deal.process_id, number=deal.number, title=deal.title)
    return list(deal_ids)


def trashed(actor: Actor, limit: int = 1000) -> list[TrashRow]:
    """Deals in the trash the actor may see, most recently deleted first."""
    query = (
        Deal.select(
            Deal.id,
            Deal.number,
            Deal.title,
            Process.name,
            Stage.name,
            Deal.deleted_at,
            fn.COALESCE(User.display_name, ""),
        )
        .join(Process, on=(Deal.process == Process.id))
        .switch(Deal)
        .join(Stage, on=(Deal.stage == Stage.id))
        .switch(Deal)
        .join(User, JOIN.LEFT_OUTER, on=(Deal.deleted_by == User.id))
        .where(Deal.deleted_at.is_null(False))
        .order_by(Deal.deleted_at.desc(), Deal.id.desc())
        .limit(limit)
    )
    if not actor.is_manager:
        query = query.where(Deal.owner == actor.id)
    return [TrashRow(*t) for t in query.tuples()]


def trashed_ids():
    """A subquery of the trashed deals' ids (for lists that must leave them out)."""
    return Deal.select(Deal.id).where(Deal.deleted_at.is_null(False))


def duplicate_deal(actor: Actor, deal_id: int, title: str, now: datetime | None = None):
    """A new deal with the same fields in the same stage (a new number; no history, tasks or files)."""
    from desktop.services.deals.deals import EDITABLE, create_deal

    source = get_deal(deal_id, actor)
    fields = {key: getattr(source, key) for key in EDITABLE if key != "title"}
    if not actor.is_manager:
        fields["owner_id"] = actor.id
    with atomic():
        row = create_deal(actor, source.process_id, title, source.stage_id, now, **fields)
        history.record(
            "duplicated", now or utcnow(), actor, deal_id=row.id, process_id=row.process_id, source=source.number
        )
    return row
