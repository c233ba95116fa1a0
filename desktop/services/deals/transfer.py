"""Moving a deal to another process (issue 15): into a stage of that process, keeping its number, history,
tasks, files and calculations. ``stage_for`` maps the deal's stage by name; the ui asks when it is unclear.

One transaction: the target stage's entry rules apply as for any move (required fields, the Won gate), the
stay closes and a new one opens, and the move is published (time-in-stage triggers, probability, history)
with a ``process_changed`` history event naming both processes.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.probability import effective_probability
from desktop.domain.stages import StageKind
from desktop.domain.timeutil import utcnow
from desktop.services import events, history
from desktop.services.actor import Actor
from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.services.records import DealRow, StageRow
from desktop.store.db import atomic
from desktop.store.models import Deal, StageStay


def stage_for(deal: DealRow, process_id: int) -> StageRow | None:
    """The stage of ``process_id`` named like the deal's stage (any case), or None when there is none."""
    name = processes.get_stage(deal.stage_id).name.casefold()
    matches = [s for s in processes.list_stages(process_id) if s.name.casefold() == name]
    return matches[0] if len(matches) == 1 else None


def move_to_process(
    actor: Actor, deal_id: int, stage_id: int, now: datetime | None = None, **fields: object
) -> DealRow:
    now = now or utcnow()
    with atomic():
        current = deals.get_deal(deal_id, actor)
        deals.require_edit(actor, current.owner_id)
        target = processes.get_stage(stage_id)
        if target.process_id == current.process_id:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The deal is already in this process."))
        values = deals._clean(fields, current.currency)
        if target.kind is not StageKind.LOST:
            values.setdefault("lost_reason", "")
        if not target.substages or current.substage not in target.substages:
            values.setdefault("substage", "")
        updated = replace(current, **values, stage_id=stage_id, process_id=target.process_id)
        deals._check_entry(updated, target)
        source = processes.get_stage(current.stage_id)
        Deal.update(
            process=target.process_id,
            stage=stage_id,
            stage_entered_at=now,
            last_activity_at=now,
            probability=effective_probability(target.kind, target.default_probability, updated.probability_manual),
            board_rank=deals._top_rank(stage_id),
            version=Deal.version + 1,
            **deals._columns(values, current.currency),
        ).where(Deal.id == deal_id).execute()
        StageStay.update(left_at=now).where((StageStay.deal == deal_id) & StageStay.left_at.is_null()).execute()
        StageStay.insert(deal=deal_id, stage=stage_id, stage_name=target.name, entered_at=now, user=actor.id).execute()
        history.record(
            "process_changed",
            now,
            actor,
            deal_id=deal_id,
            process_id=target.process_id,
            from_process=processes.get_process(current.process_id).name,
            to_process=processes.get_process(target.process_id).name,
        )
        events.publish(events.DealMoved(actor, deal_id, target.process_id, source, target, now))
        deals._publish_edited(actor, current, values, now, stage_id)
    return deals.get_deal(deal_id)
