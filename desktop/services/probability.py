"""Keeps ``deal.probability`` equal to the domain rule, set-based so a stage of 100,000 deals is one UPDATE.

With weighted activities in the process (the configurator), an open deal's probability is its done weight
over the process's total weight (``activities``); otherwise the stage default applies. A manual override wins;
closed stages decide alone.
"""

from __future__ import annotations

from peewee import Case, fn

from desktop.domain.probability import effective_probability
from desktop.domain.stages import StageKind
from desktop.store.models import Activity, Deal, DealActivity, Stage


def refresh_stage(stage_id: int) -> None:
    from desktop.services.activities import total_weight

    stage = Stage.get_by_id(stage_id)
    kind = StageKind(stage.kind)
    if kind.is_closed:
        Deal.update(probability=effective_probability(kind, 0)).where(Deal.stage == stage_id).execute()
        return
    total = total_weight(stage.process_id)
    if total > 0:
        done = (
            DealActivity.select(fn.SUM(Activity.weight))
            .join(Activity, on=(DealActivity.activity == Activity.id))
            .where(DealActivity.deal == Deal.id)
        )
        automatic = fn.ROUND(fn.COALESCE(done, 0) * 100.0 / total)
    else:
        automatic = stage.default_probability
    Deal.update(
        probability=Case(None, [(Deal.probability_manual.is_null(False), Deal.probability_manual)], automatic)
    ).where(Deal.stage == stage_id).execute()


def refresh_deal(deal_id: int) -> int:
    from desktop.services.activities import refresh_deal as refresh_with_weights

    return refresh_with_weights(deal_id)


def has_weights(process_id: int) -> bool:
    from desktop.services.activities import total_weight

    return total_weight(process_id) > 0
