"""Keeps ``deal.probability`` equal to the domain rule, set-based so a stage of 100,000 deals is one UPDATE.

Weighted activities (the configurator) extend ``_activity_weights``; until a process has them, the
stage default applies.
"""

from __future__ import annotations

from peewee import Case

from desktop.domain.probability import effective_probability
from desktop.domain.stages import StageKind
from desktop.store.models import Deal, Stage


def refresh_stage(stage_id: int) -> None:
    stage = Stage.get_by_id(stage_id)
    kind = StageKind(stage.kind)
    if kind.is_closed:
        Deal.update(probability=effective_probability(kind, 0)).where(Deal.stage == stage_id).execute()
        return
    Deal.update(
        probability=Case(
            None, [(Deal.probability_manual.is_null(False), Deal.probability_manual)], stage.default_probability
        )
    ).where(Deal.stage == stage_id).execute()


def refresh_deal(deal_id: int) -> int:
    deal = Deal.get_by_id(deal_id)
    stage = Stage.get_by_id(deal.stage_id)
    value = effective_probability(StageKind(stage.kind), stage.default_probability, deal.probability_manual)
    if value != deal.probability:
        Deal.update(probability=value).where(Deal.id == deal_id).execute()
    return value
