"""The configurator's whole edit of a process saved at once (SPEC F3): stages, their settings and activities.

The dialog edits a ``ProcessDraft`` in memory; ``save_configuration`` validates all of it against the F1 rules
and writes it in one transaction, so Cancel (or a refused save) leaves the database as it was. Deleted stages
hand their deals to a receiving stage; no deal and no history event is ever lost.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from peewee import SQL, fn

from desktop.domain.activities import ActivitySpec, Audience, Performer, Requirement, check_activity
from desktop.domain.errors import RuleError, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.stages import StageSpec, check_name, check_order, check_probability, check_rotting
from desktop.domain.timeutil import utcnow
from desktop.domain.triggers import Action
from desktop.services import events, history
from desktop.services.activities import activities
from desktop.services.actor import Actor, require_configure
from desktop.services.processes import processes
from desktop.services.triggers import rules
from desktop.store.db import atomic
from desktop.store.models import Activity, Deal, DealActivity, Stage


@dataclass
class TriggerDraft:
    period_days: int
    action: Action
    params: dict
    active: bool = True
    id: int | None = None


@dataclass
class StageDraft:
    spec: StageSpec
    activities: list[ActivitySpec] = field(default_factory=list)
    deal_count: int = 0
    triggers: list[TriggerDraft] = field(default_factory=list)


@dataclass
class ProcessDraft:
    process_id: int
    name: str
    number_format: str
    stages: list[StageDraft]
    deleted: dict[int, int | None] = field(default_factory=dict)  # stage id -> receiving stage id
    # stage id -> what the receiving stage requires, given once for all its deals (lost_reason, substage)
    deleted_fields: dict[int, dict[str, object]] = field(default_factory=dict)


def load_draft(process_id: int) -> ProcessDraft:
    process = processes.get_process(process_id)
    counts = dict(
        Deal.select(Deal.stage, fn.COUNT(SQL("*"))).where(Deal.process == process_id).group_by(Deal.stage).tuples()
    )
    stages = []
    for row in processes.list_stages(process_id):
        specs = [
            ActivitySpec(
                a.name,
                a.weight,
                a.mandatory,
                a.performer,
                list(a.performer_users),
                a.requires,
                list(a.notify),
                a.follow_up_task,
                a.id,
            )
            for a in activities.stage_activities(row.id)
        ]
        stage_triggers = [
            TriggerDraft(t.period_days, t.action, dict(t.params), t.active, t.id) for t in rules.stage_triggers(row.id)
        ]
        stages.append(StageDraft(row.spec(), specs, counts.get(row.id, 0), stage_triggers))
    return ProcessDraft(process_id, process.name, process.number_format, stages)


def done_counts(activity_ids: list[int]) -> dict[int, int]:
    """How many deals have done each activity (the dialog asks before deleting a done one)."""
    if not activity_ids:
        return {}
    query = (
        DealActivity.select(DealActivity.activity, fn.COUNT(DealActivity.id))
        .where(DealActivity.activity.in_(activity_ids))
        .group_by(DealActivity.activity)
    )
    return dict(query.tuples())


def _validate(draft: ProcessDraft, existing: list[StageSpec]) -> None:
    specs = [s.spec for s in draft.stages]
    for spec in specs:
        spec.name = check_name(spec.name)
        check_probability(spec.default_probability)
        spec.rotting_days = check_rotting(spec.rotting_days)
        spec.substages = [s.strip() for s in spec.substages if s and s.strip()]
        if len(set(spec.substages)) != len(spec.substages):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Stage “{name}”: sub-stage names must be different."), name=spec.name
            )
    check_order(specs)
    known = {s.id for s in existing}
    kept = [s.id for s in specs if s.id is not None]
    if any(sid not in known for sid in kept) or any(sid not in known for sid in draft.deleted):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The process was changed elsewhere; open it again."))
    closed_before = [s.id for s in existing if s.kind.is_closed and s.id not in draft.deleted]
    closed_after = [s.id for s in specs if s.kind.is_closed and s.id is not None]
    if closed_before != closed_after:
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "Closed stages cannot be reordered."))
    for stage in draft.stages:
        for spec in stage.activities:
            check_activity(spec)
    saved = {s.id for s in specs if s.id is not None}
    for stage in draft.stages:
        for trigger in stage.triggers:
            trigger.period_days, trigger.action, trigger.params = rules.check_trigger(
                trigger.period_days, trigger.action, trigger.params, stage.spec.id, draft.process_id
            )
            if trigger.action is Action.MOVE and trigger.params["stage_id"] not in saved:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose another stage of the same process."))


def save_configuration(actor: Actor, draft: ProcessDraft, now: datetime | None = None) -> None:
    require_configure(actor)
    now = now or utcnow()
    with atomic():
        process = processes.get_process(draft.process_id)
        existing = [s.spec() for s in processes.list_stages(draft.process_id)]
        _validate(draft, existing)
        if draft.name.strip() != process.name:
            processes.rename_process(actor, draft.process_id, draft.name)
        if draft.number_format.strip() != process.number_format:
            processes.set_number_format(actor, draft.process_id, draft.number_format.strip())
        surviving = {s.spec.id for s in draft.stages if s.spec.id is not None}
        for stage_id, receiving in draft.deleted.items():
            fields = draft.deleted_fields.get(stage_id, {})
            _delete_stage(actor, draft.process_id, stage_id, receiving, surviving, existing, now, fields)
        processes._write_stages(draft.process_id, [s.spec for s in draft.stages])
        for stage in draft.stages:
            _write_activities(actor, draft.process_id, stage, now)
            _write_triggers(actor, stage, now)
        for stage in draft.stages:
            if stage.spec.id is not None:
                events.publish(events.StageSettingsChanged(draft.process_id, stage.spec.id))
        history.record("process_configured", now, actor, process_id=draft.process_id, stages=len(draft.stages))


def _delete_stage(actor, process_id, stage_id, receiving, surviving, existing, now, fields=None) -> None:
    name = next(s.name for s in existing if s.id == stage_id)
    count = Deal.select().where(Deal.stage == stage_id).count()
    if count:
        if receiving is None or receiving not in surviving:
            raise RuleError(
                QT_TRANSLATE_NOOP("Errors", "Stage “{name}” has {count} deals: choose the stage that receives them."),
                name=name,
                count=count,
            )
        processes._reassign_all(actor, stage_id, receiving, now, fields)
    Stage.delete().where(Stage.id == stage_id).execute()
    history.record(
        "stage_deleted", now, actor, process_id=process_id, name=name, moved_deals=count, receiving_stage=receiving
    )


def _write_triggers(actor: Actor, stage: StageDraft, now: datetime) -> None:
    """The stage's triggers as the draft has them: removed ones deleted, new and changed ones saved (a changed
    trigger is rescheduled), unchanged ones left alone."""
    stored = {t.id: t for t in rules.stage_triggers(stage.spec.id)}
    keep = {t.id for t in stage.triggers if t.id is not None}
    for trigger_id in stored.keys() - keep:
        rules.delete_trigger(actor, trigger_id)
    for t in stage.triggers:
        old = stored.get(t.id)
        if t.id is not None and old is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The process was changed elsewhere; open it again."))
        if old is not None and (old.period_days, old.action, old.params, old.active) == (
            t.period_days,
            t.action,
            t.params,
            t.active,
        ):
            continue
        t.id = rules.save_trigger(
            actor, stage.spec.id, t.period_days, t.action, t.params, trigger_id=t.id, active=t.active, now=now
        ).id


def _write_activities(actor, process_id: int, stage: StageDraft, now) -> None:
    stage_id = stage.spec.id
    keep = {a.id for a in stage.activities if a.id is not None}
    for old in Activity.select(Activity.id, Activity.name).where(Activity.stage == stage_id):
        if old.id not in keep:
            Activity.delete().where(Activity.id == old.id).execute()
            history.record("activity_deleted", now, actor, process_id=process_id, name=old.name)
    for position, spec in enumerate(stage.activities):
        values = dict(
            stage=stage_id,
            name=spec.name,
            position=position,
            weight=spec.weight,
            mandatory=bool(spec.mandatory),
            performer=str(Performer(spec.performer)),
            performer_users=json.dumps(sorted(int(u) for u in spec.performer_users)),
            requires=str(Requirement(spec.requires)),
            notify=json.dumps(sorted(str(Audience(a)) for a in spec.notify)),
            follow_up_task=bool(spec.follow_up_task),
        )
        if spec.id is None:
            spec.id = Activity.insert(**values).execute()
        else:
            Activity.update(**values).where((Activity.id == spec.id) & (Activity.stage == stage_id)).execute()
