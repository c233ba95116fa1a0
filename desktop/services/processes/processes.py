"""Use-cases for processes and their stages (SPEC F1): each checks the role, validates the whole new
order with the domain rules, and writes in one transaction, so a refused change leaves nothing behind."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime

from peewee import IntegrityError, fn

from desktop.domain import inputs, numbering
from desktop.domain.errors import MissingFields, NotFound, RuleError, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.stages import (
    Field,
    StageKind,
    StageSpec,
    check_name,
    check_order,
    check_probability,
    check_rotting,
    with_added,
    with_moved,
    with_removed,
)
from desktop.domain.templates import DEFAULT_NUMBER_FORMAT, template_activities, template_stages
from desktop.domain.timeutil import utcnow
from desktop.services import events, history
from desktop.services.actor import Actor, require_configure
from desktop.services.records import ProcessRow, StageRow
from desktop.store import bulk, deal_paths
from desktop.store.db import atomic
from desktop.store.models import Activity, Deal, Process, Stage, StageStay

Translate = Callable[[str, str], str]


def _identity(_context: str, text: str) -> str:
    return text


def list_processes() -> list[ProcessRow]:
    query = Process.select(Process.id, Process.name, Process.number_format).order_by(Process.position, Process.id)
    return [ProcessRow(*row) for row in query.tuples()]


def get_process(process_id: int) -> ProcessRow:
    row = Process.select(Process.id, Process.name, Process.number_format).where(Process.id == process_id).tuples()
    for values in row:
        return ProcessRow(*values)
    raise NotFound(QT_TRANSLATE_NOOP("Errors", "This process no longer exists."))


def list_stages(process_id: int) -> list[StageRow]:
    query = Stage.select().where(Stage.process == process_id).order_by(Stage.position)
    return [StageRow.from_model(s) for s in query]


def get_stage(stage_id: int) -> StageRow:
    stage = Stage.get_or_none(Stage.id == stage_id)
    if stage is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This stage no longer exists."))
    return StageRow.from_model(stage)


def _check_process_name(name: str, exclude_id: int | None = None) -> str:
    name = inputs.text(name, "name", 1000)
    if not name or len(name) > 120:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A process needs a name of 1 to 120 characters."), field="name"
        )
    clash = Process.select().where(fn.LOWER(Process.name) == name.lower())
    if exclude_id is not None:
        clash = clash.where(Process.id != exclude_id)
    if clash.exists():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A process named “{name}” already exists."), field="name", name=name
        )
    return name


def create_process(
    actor: Actor,
    name: str,
    template: str = "default",
    number_format: str = DEFAULT_NUMBER_FORMAT,
    translate: Translate = _identity,
    now: datetime | None = None,
) -> ProcessRow:
    """A new process from a template; ``translate`` turns the template's English stage names into the
    user's language (the ui passes Qt's translate); ``now``: when (the demo's data is made for a moment)."""
    require_configure(actor)
    number_format = numbering.check_format(number_format)
    specs = template_stages(template)
    for spec in specs:
        spec.name = translate("StageName", spec.name)
        spec.substages = [translate("StageName", s) for s in spec.substages]
    check_order(specs)
    now = now or utcnow()
    with atomic():
        name = _check_process_name(name)
        position = (Process.select(fn.MAX(Process.position)).scalar() or 0) + 1
        try:
            process = Process.create(name=name, number_format=number_format, position=position, created_at=now)
        except IntegrityError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A process named “{name}” already exists."), field="name", name=name
            ) from None
        _write_stages(process.id, specs)
        _write_template_activities(template, specs, translate)
        history.record("process_created", now, actor, process_id=process.id, name=name, template=template)
    return ProcessRow(process.id, process.name, process.number_format)


def _write_template_activities(template: str, specs: list[StageSpec], translate: Translate) -> None:
    for index, items in template_activities(template).items():
        for position, (name, weight, mandatory, requires) in enumerate(items):
            Activity.insert(
                stage=specs[index].id,
                name=translate("ActivityName", name),
                position=position,
                weight=weight,
                mandatory=mandatory,
                requires=requires,
            ).execute()


def _write_stages(process_id: int, specs: list[StageSpec]) -> None:
    """Persist ``specs`` as the process's full ordered stage list (insert new, update existing)."""
    for position, spec in enumerate(specs):
        values = dict(
            name=spec.name,
            kind=str(spec.kind),
            position=position,
            substages=json.dumps(spec.substages, ensure_ascii=False),
            required_fields=json.dumps([str(f) for f in spec.required]),
            default_probability=spec.default_probability,
            rotting_days=spec.rotting_days,
        )
        if spec.id is None:
            spec.id = Stage.insert(process=process_id, **values).execute()
        else:
            Stage.update(**values).where(Stage.id == spec.id).execute()


def _specs(process_id: int) -> list[StageSpec]:
    return [row.spec() for row in list_stages(process_id)]


def _process_of_stage(stage_id: int) -> int:
    process_id = Stage.select(Stage.process).where(Stage.id == stage_id).scalar()
    if process_id is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This stage no longer exists."))
    return process_id


def rename_process(actor: Actor, process_id: int, name: str) -> ProcessRow:
    require_configure(actor)
    with atomic():
        old = get_process(process_id)
        name = _check_process_name(name, exclude_id=process_id)
        Process.update(name=name).where(Process.id == process_id).execute()
        history.record("process_renamed", utcnow(), actor, process_id=process_id, old=old.name, new=name)
    return get_process(process_id)


def set_number_format(actor: Actor, process_id: int, number_format: str) -> ProcessRow:
    require_configure(actor)
    number_format = numbering.check_format(number_format)
    with atomic():
        old = get_process(process_id)
        Process.update(number_format=number_format).where(Process.id == process_id).execute()
        history.record(
            "number_format_changed", utcnow(), actor, process_id=process_id, old=old.number_format, new=number_format
        )
    return get_process(process_id)


def delete_process(actor: Actor, process_id: int) -> None:
    """Only an empty process can be deleted: deals are never dropped with it."""
    require_configure(actor)
    with atomic():
        process = get_process(process_id)
        count = Deal.select().where(Deal.process == process_id).count()
        if count:
            raise RuleError(
                QT_TRANSLATE_NOOP("Errors", "Deals still in “{name}”: {count}. Move them to another process first."),
                name=process.name,
                count=count,
            )
        Process.delete().where(Process.id == process_id).execute()
        history.record("process_deleted", utcnow(), actor, name=process.name)


def add_stage(actor: Actor, process_id: int, name: str, kind: StageKind = StageKind.OPEN) -> StageRow:
    """An open stage is inserted first, a closed one appended (GetResponse rules)."""
    require_configure(actor)
    with atomic():
        get_process(process_id)
        new = StageSpec(check_name(name), StageKind(kind))
        specs = with_added(_specs(process_id), new)
        _write_stages(process_id, specs)
        history.record("stage_added", utcnow(), actor, process_id=process_id, name=new.name, stage_kind=str(kind))
    return get_stage(new.id)


def rename_stage(actor: Actor, stage_id: int, name: str) -> StageRow:
    require_configure(actor)
    name = check_name(name)
    with atomic():
        old = get_stage(stage_id)
        specs = _specs(old.process_id)
        next(s for s in specs if s.id == stage_id).name = name
        check_order(specs)  # refuses a name another stage of the process has
        Stage.update(name=name).where(Stage.id == stage_id).execute()
        history.record("stage_renamed", utcnow(), actor, process_id=old.process_id, old=old.name, new=name)
    return get_stage(stage_id)


def move_stage(actor: Actor, stage_id: int, new_index: int) -> list[StageRow]:
    require_configure(actor)
    with atomic():
        process_id = _process_of_stage(stage_id)
        specs = _specs(process_id)
        index = next(i for i, s in enumerate(specs) if s.id == stage_id)
        _write_stages(process_id, with_moved(specs, index, new_index))
        history.record("stage_moved", utcnow(), actor, process_id=process_id, stage=stage_id, old=index, new=new_index)
    return list_stages(process_id)


def update_stage(
    actor: Actor,
    stage_id: int,
    *,
    substages: list[str] | None = None,
    required: list[str] | None = None,
    default_probability: int | None = None,
    rotting_days: int | type(...) | None = ...,
) -> StageRow:
    """Change a stage's settings; deals without a manual probability follow a new default."""
    require_configure(actor)
    with atomic():
        process_id = _process_of_stage(stage_id)
        specs = _specs(process_id)
        spec = next(s for s in specs if s.id == stage_id)
        if substages is not None:
            cleaned = [s.strip() for s in substages if s and s.strip()]
            if len(set(cleaned)) != len(cleaned):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Sub-stage names must be different."))
            spec.substages = cleaned
        if required is not None:
            spec.required = list(required)
        if default_probability is not None:
            spec.default_probability = check_probability(default_probability)
        if rotting_days is not ...:
            spec.rotting_days = check_rotting(rotting_days)
        check_order(specs)
        _write_stages(process_id, specs)
        events.publish(events.StageSettingsChanged(process_id, stage_id))  # probability follows the default
        history.record("stage_updated", utcnow(), actor, process_id=process_id, stage=stage_id)
    return get_stage(stage_id)


def delete_stage(
    actor: Actor, stage_id: int, receiving_stage_id: int | None = None, **fields: object
) -> list[StageRow]:
    """Delete a stage; its deals (spam included) move to ``receiving_stage_id`` with a stay and history.

    The receiving stage's entry rules apply to every deal: ``fields`` gives what it requires once for all
    (``lost_reason``, ``substage``); what is still missing is refused naming it (MissingFields, RuleError)."""
    require_configure(actor)
    now = utcnow()
    with atomic():
        process_id = _process_of_stage(stage_id)
        specs = _specs(process_id)
        index = next(i for i, s in enumerate(specs) if s.id == stage_id)
        remaining = with_removed(specs, index)
        deal_count = Deal.select().where(Deal.stage == stage_id).count()
        if deal_count:
            if receiving_stage_id is None:
                raise RuleError(
                    QT_TRANSLATE_NOOP("Errors", "Deals in this stage: {count}. Choose the stage that receives them."),
                    count=deal_count,
                )
            if receiving_stage_id == stage_id or all(s.id != receiving_stage_id for s in remaining):
                raise RuleError(
                    QT_TRANSLATE_NOOP("Errors", "The receiving stage must be another stage of this process.")
                )
            _reassign_all(actor, stage_id, receiving_stage_id, now, fields)
        passed = deal_paths.deals_through_stage(stage_id)  # their paths name the stage: rebuilt once it is gone
        Stage.delete().where(Stage.id == stage_id).execute()
        deal_paths.rebuild(passed)
        _write_stages(process_id, remaining)
        history.record(
            "stage_deleted",
            now,
            actor,
            process_id=process_id,
            name=specs[index].name,
            moved_deals=deal_count,
            receiving_stage=receiving_stage_id,
        )
    return list_stages(process_id)


# what "empty" means for each field a stage may require, as a condition on the deal row
_EMPTY = {
    Field.SOURCE: lambda: Deal.source.is_null() | (Deal.source == ""),
    Field.EXPECTED_CLOSE: lambda: Deal.expected_close.is_null(),
    Field.NEXT_CONTACT: lambda: Deal.next_contact.is_null(),
    Field.VALUE: lambda: Deal.value_minor.is_null() | (Deal.value_minor == 0),
    Field.CONTACT: lambda: Deal.contact.is_null(),
    Field.LOST_REASON: lambda: Deal.lost_reason.is_null() | (Deal.lost_reason == ""),
}


def check_receiving(from_stage: int, to_stage: int, **fields: object) -> None:
    """Raise what keeps the deals of ``from_stage`` out of ``to_stage`` with ``fields`` given for all of them."""
    _entry_columns(from_stage, get_stage(to_stage), fields)


def receiving_needs(from_stage: int, to_stage: int) -> list[str]:
    """The fields the receiving stage requires that some deal of ``from_stage`` lacks (asked once for all)."""
    try:
        _entry_columns(from_stage, get_stage(to_stage), {})
    except MissingFields as err:
        return list(err.fields)
    return []


def _entry_columns(from_stage: int, target: StageRow, fields: dict[str, object]) -> dict[str, object]:
    """The receiving stage's entry rules for every deal of ``from_stage``, set-based: the column values the
    deals get from ``fields`` (one lost reason or sub-stage for all); raises what is still missing."""
    unknown = set(fields) - {Field.LOST_REASON, Field.SUBSTAGE}
    if unknown:
        key = sorted(unknown)[0]
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown field “{key}”."), field=key, key=key)
    cols: dict[str, object] = {}
    reason = inputs.text(fields.get(Field.LOST_REASON), "lost_reason", 2000, multiline=True)
    substage = inputs.text(fields.get(Field.SUBSTAGE), "substage", 80)
    if substage and substage not in target.substages:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{name}” is not a sub-stage of “{stage}”."),
            field="substage",
            name=substage,
            stage=target.name,
        )
    spec = target.spec()
    required = list(spec.required)
    if target.kind is StageKind.LOST and Field.LOST_REASON not in required:
        required.append(Field.LOST_REASON)
    if target.substages and Field.SUBSTAGE not in required:
        required.append(Field.SUBSTAGE)
    moving = Deal.select(Deal.id).where(Deal.stage == from_stage)
    missing = []
    for key in required:
        if key == Field.SUBSTAGE:
            if not substage:  # the move clears every sub-stage: only one given for all can satisfy it
                missing.append(str(key))
        elif key == Field.LOST_REASON and reason:
            continue
        elif key in _EMPTY and moving.where(_EMPTY[key]()).exists():
            missing.append(str(key))
    if missing:
        raise MissingFields(
            QT_TRANSLATE_NOOP("Errors", "Stage “{stage}” needs more information before the deals can enter it."),
            fields=missing,
            stage=target.name,
        )
    if target.kind is StageKind.WON:
        _check_mandatory_done(from_stage, target)
    if reason:
        cols["lost_reason"] = reason  # only where a deal has none (a lost deal keeps its own)
    if substage:
        cols["substage"] = substage
    return cols


def _check_mandatory_done(from_stage: int, target: StageRow) -> None:
    """No deal is won by a stage deletion before its process's mandatory activities are done (SPEC F4)."""
    from desktop.store.models import DealActivity

    names, lacking = [], set()
    mandatory = (
        Activity.select(Activity.id, Activity.name)
        .join(Stage, on=(Activity.stage == Stage.id))
        .where((Stage.process == target.process_id) & (Activity.mandatory == True))  # noqa: E712
        .order_by(Stage.position, Activity.position)
        .tuples()
    )
    for activity_id, name in mandatory:
        done = DealActivity.select(DealActivity.deal).where(DealActivity.activity == activity_id)
        without = [d for (d,) in Deal.select(Deal.id).where((Deal.stage == from_stage) & Deal.id.not_in(done)).tuples()]
        if without:
            names.append(name)
            lacking.update(without)
    if names:
        raise RuleError(
            QT_TRANSLATE_NOOP(
                "Errors", "{count} deal(s) cannot be won before these mandatory activities are done: {names}."
            ),
            count=len(lacking),
            names=", ".join(names),
        )


def _reassign_all(actor: Actor, from_stage: int, to_stage: int, now, fields: dict[str, object] | None = None) -> None:
    """Bulk move with set-based SQL (a stage may hold 100,000 deals): stays closed and opened, one
    history event per deal, probability refreshed. The receiving stage's entry rules are checked first."""
    target = get_stage(to_stage)
    cols = _entry_columns(from_stage, target, dict(fields or {}))
    if "lost_reason" in cols:
        Deal.update(lost_reason=cols["lost_reason"]).where(
            (Deal.stage == from_stage) & (Deal.lost_reason.is_null() | (Deal.lost_reason == ""))
        ).execute()
    elif target.kind is not StageKind.LOST:
        Deal.update(lost_reason="").where(Deal.stage == from_stage).execute()  # as a single move does
    StageStay.update(left_at=now).where(
        (StageStay.left_at.is_null()) & (StageStay.deal.in_(Deal.select(Deal.id).where(Deal.stage == from_stage)))
    ).execute()
    bulk.reassign_stage(from_stage, to_stage, now, actor.id, substage=str(cols.get("substage", "")))
    process_id = Stage.select(Stage.process).where(Stage.id == to_stage).scalar()
    events.publish(events.StageEmptied(actor, process_id, from_stage, to_stage, now))
