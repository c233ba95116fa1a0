"""Keeps ``deal.probability`` equal to the domain rule, set-based so a stage of 100,000 deals is one UPDATE.

With weighted activities in the process (the configurator), an open deal's probability is its done weight
over the process's total weight; otherwise the stage default applies. A manual override wins; closed stages
decide alone. Subscribes (``wiring``) to the events that can change a probability: a deal entering a stage
(created or moved: it says the value the use-case writes), given a manual value, an activity done or undone, a
stage's settings changed, a stage emptied into another.
"""

from __future__ import annotations

from peewee import Case, fn

from desktop.domain.probability import effective_probability
from desktop.domain.stages import StageKind
from desktop.services import events
from desktop.store import prepared
from desktop.store.models import Activity, Deal, DealActivity, Stage


def total_weight(process_id: int) -> int:
    return int(
        Activity.select(fn.COALESCE(fn.SUM(Activity.weight), 0))
        .join(Stage, on=(Activity.stage == Stage.id))
        .where(Stage.process == process_id)
        .scalar()
        or 0
    )


def done_weight(deal_id: int) -> int:
    return int(
        DealActivity.select(fn.COALESCE(fn.SUM(Activity.weight), 0))
        .join(Activity, on=(DealActivity.activity == Activity.id))
        .where(DealActivity.deal == deal_id)
        .scalar()
        or 0
    )


def has_weights(process_id: int) -> bool:
    return total_weight(process_id) > 0


def refresh_deal(deal_id: int) -> int:
    deal = Deal.get_by_id(deal_id)
    stage = Stage.get_by_id(deal.stage_id)
    value = effective_probability(
        StageKind(stage.kind),
        stage.default_probability,
        deal.probability_manual,
        done_weight(deal_id),
        total_weight(deal.process_id),
    )
    if value != deal.probability:
        Deal.update(probability=value).where(Deal.id == deal_id).execute()
    return value


def refresh_stage(stage_id: int) -> None:
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


def refresh_process(process_id: int) -> None:
    """Set-based: every deal of the process follows the current weights (after a configuration change)."""
    total = total_weight(process_id)
    if total <= 0:
        for (stage_id,) in Stage.select(Stage.id).where(Stage.process == process_id).tuples():
            refresh_stage(stage_id)
        return
    open_stages = Stage.select(Stage.id).where((Stage.process == process_id) & (Stage.kind == StageKind.OPEN))
    weights = (
        DealActivity.select(fn.SUM(Activity.weight))
        .join(Activity, on=(DealActivity.activity == Activity.id))
        .where(DealActivity.deal == Deal.id)
    )
    Deal.update(probability=fn.ROUND(fn.COALESCE(weights, 0) * 100.0 / total)).where(
        (Deal.process == process_id) & Deal.stage.in_(open_stages) & Deal.probability_manual.is_null()
    ).execute()


# -- subscribers (wired in desktop.services.wiring) -------------------------------------------------------
def weights(process_id: int, deal_id: int) -> tuple[int, int]:
    """(done weight of the deal, total weight of the process) in one statement, compiled once."""
    rows = prepared.run("deal weights", _weights_query, {"process": process_id, "deal": deal_id}, one_plan=True)
    row = rows[0] if rows else None
    return (int(row[0] or 0), int(row[1] or 0)) if row else (0, 0)


def _weights_query():
    """``weights``'s statement with the deal and the process as slots (compiled once: ``prepared.run``)."""
    total = (
        Activity.select(fn.COALESCE(fn.SUM(Activity.weight), 0))
        .join(Stage, on=(Activity.stage == Stage.id))
        .where(Stage.process == prepared.slot("process"))
    )
    done = (
        DealActivity.select(fn.COALESCE(fn.SUM(Activity.weight), 0))
        .join(Activity, on=(DealActivity.activity == Activity.id))
        .where(DealActivity.deal == prepared.slot("deal"))
    )
    return Stage.select(done.alias("done"), total.alias("total")).limit(1)


def on_deal_entering(event: events.DealEntering) -> None:
    """With weighted activities an open deal enters a stage with the probability they give, not the stage
    default: one read, and the use-case writes the value with the deal (no second UPDATE)."""
    stage = event.stage
    if stage.kind.is_closed:
        return
    done, total = weights(event.deal.process_id, event.deal.id)
    if total > 0:
        event.probability = effective_probability(
            stage.kind, stage.default_probability, event.deal.probability_manual, done, total
        )


def on_deal_edited(event: events.DealEdited) -> None:
    if "probability_manual" in event.changes:
        refresh_deal(event.deal_id)


def on_activity_changed(event: events.ActivityDone | events.ActivityUndone) -> None:
    refresh_deal(event.deal_id)


def on_stage_settings_changed(event: events.StageSettingsChanged) -> None:
    refresh_stage(event.stage_id)


def on_stage_emptied(event: events.StageEmptied) -> None:
    refresh_stage(event.to_stage_id)
