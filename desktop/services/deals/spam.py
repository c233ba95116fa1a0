"""Spam quarantine (seed 002): marked deals leave the process and the board but keep their stage, so
restoring puts each back exactly where it was. Both directions are recorded in the history."""

from __future__ import annotations

from datetime import datetime

from desktop.domain.timeutil import utcnow
from desktop.services import events, history
from desktop.services.actor import Actor
from desktop.services.deals.deals import get_deal, require_edit
from desktop.store.db import atomic
from desktop.store.models import Deal


def _set_spam(actor: Actor, deal_ids: list[int], spam: bool, now: datetime | None) -> list[int]:
    now = now or utcnow()
    changed = []
    with atomic():
        for deal_id in deal_ids:
            deal = get_deal(deal_id, actor)  # NotFound for deals the actor may not see
            require_edit(actor, deal.owner_id)
            rows = (
                Deal.update(spam=spam, version=Deal.version + 1, last_activity_at=now)
                .where((Deal.id == deal_id) & (Deal.spam == (not spam)))
                .execute()
            )
            if rows:
                history.record(
                    "spam_marked" if spam else "spam_restored", now, actor, deal_id=deal_id, process_id=deal.process_id
                )
                events.publish(events.DealSpamChanged(actor, deal_id, deal.process_id, deal.stage_id, spam, now))
                changed.append(deal_id)
    return changed


def mark_spam(actor: Actor, deal_ids: list[int], now: datetime | None = None) -> list[int]:
    return _set_spam(actor, deal_ids, True, now)


def restore(actor: Actor, deal_ids: list[int], now: datetime | None = None) -> list[int]:
    return _set_spam(actor, deal_ids, False, now)
