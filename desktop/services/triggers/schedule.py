"""When each trigger is due for each deal: one row per (trigger, deal in its stage), kept by the deal events.

Entering a stage schedules each active trigger of that stage for the new stay; leaving it drops the stay's
schedule. The subscribers here run inside the publishing use-case's transaction (see ``wiring``)."""

from __future__ import annotations

from datetime import datetime

from peewee import fn

from desktop.domain.triggers import due_at
from desktop.services import events
from desktop.services.business_time import business_zone
from desktop.store import bulk, prepared
from desktop.store.db import later
from desktop.store.models import Deal, StageStay, Trigger, TriggerFiring, TriggerSchedule

SCHEDULE_COLUMNS = ("trigger_id", "deal_id", "stay_id", "entered_at", "next_occurrence", "next_due_at")


def schedule_trigger(trigger: Trigger) -> None:
    """Schedule every open stay in the trigger's stage (a trigger added to a busy stage: batched inserts)."""
    zone = business_zone()
    stays = (
        StageStay.select(StageStay.id, StageStay.deal, StageStay.entered_at)
        .join(Deal, on=(StageStay.deal == Deal.id))
        .where((StageStay.stage == trigger.stage_id) & StageStay.left_at.is_null() & (Deal.stage == trigger.stage_id))
        .where(Deal.deleted_at.is_null())  # deals in the trash are not scheduled
        .order_by(StageStay.id)  # the schedule's rows in the stays' order: the same ids every time
        .tuples()
    )
    fired = dict(
        TriggerFiring.select(TriggerFiring.stay, fn.MAX(TriggerFiring.occurrence))
        .where(TriggerFiring.trigger == trigger.id)
        .group_by(TriggerFiring.stay)
        .tuples()
    )
    rows = (
        (
            trigger.id,
            deal_id,
            stay_id,
            entered,
            fired.get(stay_id, 0) + 1,
            due_at(entered, fired.get(stay_id, 0) + 1, trigger.period_days, zone),
        )
        for stay_id, deal_id, entered in stays
    )
    bulk.insert_rows("trigger_schedule", SCHEDULE_COLUMNS, rows)


def reschedule_all() -> None:
    TriggerSchedule.delete().execute()
    for trigger in Trigger.select().where(Trigger.active == True):  # noqa: E712
        schedule_trigger(trigger)


def on_entered(deal_id: int, stage_id: int, entered_at: datetime, stay_id: int | None = None) -> None:
    # (id, period_days) of the stage's active triggers: read on every move, compiled once
    active = prepared.run(
        "active triggers of a stage",
        lambda: Trigger.select(Trigger.id, Trigger.period_days).where(
            (Trigger.stage == prepared.slot("stage")) & (Trigger.active == True)  # noqa: E712
        ),
        {"stage": stage_id},
        one_plan=True,
    )
    if not active:
        return
    if stay_id is None:
        stay_id = (
            StageStay.select(StageStay.id)
            .where((StageStay.deal == deal_id) & StageStay.left_at.is_null())
            .order_by(StageStay.id.desc())
            .scalar()
        )
    zone = business_zone()
    TriggerSchedule.insert_many(
        [
            dict(
                trigger=trigger_id,
                deal=deal_id,
                stay=stay_id,
                entered_at=entered_at,
                next_occurrence=1,
                next_due_at=due_at(entered_at, 1, period_days, zone),
            )
            for trigger_id, period_days in active
        ]
    ).execute()


def on_left(deal_id: int) -> None:
    later(
        prepared.statement(
            "unschedule deal",
            lambda: TriggerSchedule.delete().where(TriggerSchedule.deal == prepared.slot("deal")),
            {"deal": deal_id},
        )
    )


def on_stage_emptied(from_stage: int, to_stage: int, entered_at: datetime) -> None:
    """A whole stage moved at once (stage deleted): drop its schedule, schedule the receiving stage's triggers."""
    TriggerSchedule.delete().where(
        TriggerSchedule.deal.in_(Deal.select(Deal.id).where(Deal.stage == to_stage))
        & TriggerSchedule.trigger.in_(Trigger.select(Trigger.id).where(Trigger.stage == from_stage))
    ).execute()
    for trigger in Trigger.select().where((Trigger.stage == to_stage) & (Trigger.active == True)):  # noqa: E712
        TriggerSchedule.delete().where(TriggerSchedule.trigger == trigger.id).execute()
        schedule_trigger(trigger)


def on_deal_created(event: events.DealCreated) -> None:
    on_entered(event.deal_id, event.stage.id, event.at, event.stay_id)


def on_deal_moved(event: events.DealMoved) -> None:
    """Leaving a stage stops its series, entering one starts a new series."""
    on_left(event.deal_id)
    on_entered(event.deal_id, event.to_stage.id, event.at, event.stay_id)


def on_deal_deleted(event: events.DealDeleted) -> None:
    on_left(event.deal_id)


def on_deal_restored(event: events.DealRestored) -> None:
    on_entered(event.deal_id, event.stage_id, event.at)


def on_stage_emptied_event(event: events.StageEmptied) -> None:
    on_stage_emptied(event.from_stage_id, event.to_stage_id, event.at)


def on_business_zone_changed(event: events.BusinessZoneChanged) -> None:
    """Days are counted in another zone now: every due time is computed again."""
    reschedule_all()


def due_count(now: datetime) -> int:
    return TriggerSchedule.select().where(TriggerSchedule.next_due_at <= now).count()


def next_due(now: datetime) -> datetime | None:
    """The earliest scheduled due time (what a tick reads: one probe of the next_due_at index)."""
    return TriggerSchedule.select(fn.MIN(TriggerSchedule.next_due_at)).scalar()
