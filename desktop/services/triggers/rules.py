"""The triggers a manager sets on a stage (SPEC F7): "after N days in this stage, do X" — check, save, delete.

Saving an active trigger schedules every deal already in its stage (``schedule``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inputs import optional_id, record_id, text, whole_number
from desktop.domain.timeutil import utcnow
from desktop.domain.triggers import MAX_PERIOD_DAYS, Action
from desktop.services import history
from desktop.services.actor import Actor, require_configure
from desktop.services.triggers import schedule
from desktop.store.db import atomic
from desktop.store.models import Stage, Trigger, TriggerSchedule


@dataclass(frozen=True)
class TriggerRow:
    id: int
    stage_id: int
    period_days: int
    action: Action
    params: dict
    active: bool


def trigger_row(t: Trigger) -> TriggerRow:
    return TriggerRow(t.id, t.stage_id, t.period_days, Action(t.action), json.loads(t.params or "{}"), t.active)


def stage_triggers(stage_id: int) -> list[TriggerRow]:
    return [trigger_row(t) for t in Trigger.select().where(Trigger.stage == stage_id).order_by(Trigger.id)]


def get_trigger(trigger_id: int) -> TriggerRow:
    t = Trigger.get_or_none(Trigger.id == trigger_id)
    if t is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This trigger no longer exists."))
    return trigger_row(t)


def check_trigger(
    period_days: object, action: object, params: object, stage_id: int | None, process_id: int | None = None
) -> tuple[int, Action, dict]:
    """Validate a trigger's settings (typed: period, action, the ids in params); returns them cleaned.

    ``stage_id`` is None for a stage not saved yet (the configurator's draft): then ``process_id`` says which
    process a move target must belong to."""
    try:
        period = whole_number(period_days, "period", 1, MAX_PERIOD_DAYS)
    except ValidationError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The period must be between 1 and {max} days."),
            field="period",
            max=MAX_PERIOD_DAYS,
        ) from None
    try:
        action = Action(action)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown trigger action."), field="action") from None
    if not isinstance(params, dict):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown trigger action."), field="action")
    if action is Action.CAMPAIGN:
        from desktop.store.models import Campaign

        campaign = optional_id(params.get("campaign_id"), "campaign")
        if campaign is None or not Campaign.select().where(Campaign.id == campaign).exists():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose the campaign."), field="campaign")
        return period, action, {"campaign_id": campaign}
    if action is Action.EMAIL:
        from desktop.store.models import EmailTemplate

        template = optional_id(params.get("template_id"), "template")
        if template is None or not EmailTemplate.select().where(EmailTemplate.id == template).exists():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose the e-mail template."), field="template")
        return period, action, {"template_id": template}
    if action is Action.MOVE:
        target_id = optional_id(params.get("stage_id"), "stage")
        target = Stage.get_or_none(Stage.id == target_id) if target_id else None
        here = Stage.get_or_none(Stage.id == stage_id) if stage_id is not None else None
        process = here.process_id if here is not None else process_id
        if target is None or target.process_id != process or target.id == stage_id:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose another stage of the same process."))
        return period, action, {"stage_id": target.id}
    if action is Action.TASK:
        title = text(params.get("title", ""), "title", 200)
        if not title:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The task needs a title."), field="title")
        return period, action, {"title": title}
    return period, action, {}


def save_trigger(
    actor: Actor,
    stage_id: int,
    period_days: int,
    action: Action,
    params: dict,
    trigger_id: int | None = None,
    active: bool = True,
    now: datetime | None = None,
) -> TriggerRow:
    """Create or change a trigger; a changed period applies to the occurrences not fired yet."""
    require_configure(actor)
    now = now or utcnow()
    stage_id = record_id(stage_id, "stage")
    if Stage.get_or_none(Stage.id == stage_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This stage no longer exists."))
    period_days, action, params = check_trigger(period_days, action, params, stage_id)
    if trigger_id is not None:
        trigger_id = record_id(trigger_id, "trigger")
    active = bool(active)
    with atomic():
        if trigger_id is None:
            trigger_id = Trigger.insert(
                stage=stage_id,
                period_days=int(period_days),
                action=str(action),
                params=json.dumps(params, sort_keys=True),
                active=active,
                created_at=now,
            ).execute()
        else:
            updated = (
                Trigger.update(
                    period_days=int(period_days),
                    action=str(action),
                    params=json.dumps(params, sort_keys=True),
                    active=active,
                )
                .where((Trigger.id == trigger_id) & (Trigger.stage == stage_id))
                .execute()
            )
            if updated != 1:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This trigger no longer exists."))
            TriggerSchedule.delete().where(TriggerSchedule.trigger == trigger_id).execute()
        if active:
            schedule.schedule_trigger(Trigger.get_by_id(trigger_id))
        stage = Stage.get_by_id(stage_id)
        history.record("trigger_saved", now, actor, process_id=stage.process_id, trigger=trigger_id, stage=stage.name)
    return trigger_row(Trigger.get_by_id(trigger_id))


def delete_trigger(actor: Actor, trigger_id: int) -> None:
    require_configure(actor)
    trigger_id = record_id(trigger_id, "trigger")
    with atomic():
        Trigger.delete().where(Trigger.id == trigger_id).execute()
