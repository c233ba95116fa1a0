"""Stage activities for deals (SPEC F3/F4): the checklist, completing with its rules, win probability.

Probability is the weight of a deal's done activities over the total weight of its process's activities;
a process without weighted activities uses the stage default; a manual override wins; Won 100, other closed 0.
Winning is refused while a mandatory activity of the process is not done (an entry check on Won stages).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from peewee import JOIN, fn

from desktop.domain.activities import Audience, Performer, Requirement, may_perform
from desktop.domain.errors import NotFound, PermissionDenied, RuleError, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Role
from desktop.domain.stages import StageKind
from desktop.domain.timeutil import utcnow
from desktop.services import events, history, notifications
from desktop.services.actor import Actor
from desktop.services.deals.deals import get_deal, require_edit
from desktop.services.records import DealRow, StageRow
from desktop.store.db import atomic
from desktop.store.models import Activity, DealActivity, Stage, User

MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class ActivityRow:
    id: int
    stage_id: int
    name: str
    position: int
    weight: int
    mandatory: bool
    performer: Performer
    performer_users: tuple[int, ...]
    requires: Requirement
    notify: tuple[Audience, ...]
    follow_up_task: bool


@dataclass(frozen=True)
class ChecklistRow:
    activity: ActivityRow
    done_at: datetime | None
    done_by: str
    note: str
    file_name: str
    may_perform: bool


def _row(a: Activity) -> ActivityRow:
    return ActivityRow(
        a.id,
        a.stage_id,
        a.name,
        a.position,
        a.weight,
        a.mandatory,
        Performer(a.performer),
        tuple(json.loads(a.performer_users or "[]")),
        Requirement(a.requires),
        tuple(Audience(x) for x in json.loads(a.notify or "[]")),
        a.follow_up_task,
    )


def stage_activities(stage_id: int) -> list[ActivityRow]:
    return [
        _row(a) for a in Activity.select().where(Activity.stage == stage_id).order_by(Activity.position, Activity.id)
    ]


def process_activities(process_id: int) -> list[ActivityRow]:
    query = (
        Activity.select(Activity)
        .join(Stage, on=(Activity.stage == Stage.id))
        .where(Stage.process == process_id)
        .order_by(Stage.position, Activity.position, Activity.id)
    )
    return [_row(a) for a in query]


def deal_checklist(actor: Actor, deal_id: int) -> list[ChecklistRow]:
    """The activities of the deal's current stage, with what is done."""
    deal = get_deal(deal_id, actor)
    done = {
        d.activity_id: d
        for d in DealActivity.select(DealActivity, fn.COALESCE(User.display_name, "").alias("who"))
        .join(User, JOIN.LEFT_OUTER, on=(DealActivity.done_by == User.id))
        .where(DealActivity.deal == deal_id)
    }
    rows = []
    for activity in stage_activities(deal.stage_id):
        d = done.get(activity.id)
        rows.append(
            ChecklistRow(
                activity,
                d.done_at if d else None,
                d.who if d else "",
                d.note if d else "",
                d.file_name if d else "",
                may_perform(activity.performer, list(activity.performer_users), str(actor.role), actor.id),
            )
        )
    return rows


def _audience(deal: DealRow, audience: tuple[Audience, ...]) -> list[int]:
    people: set[int] = set()
    if Audience.ADMINS in audience:
        people.update(notifications.users_with_roles(Role.ADMIN))
    if Audience.MANAGERS in audience:
        people.update(notifications.users_with_roles(Role.MANAGER))
    if Audience.PARTICIPANTS in audience and deal.owner_id is not None:
        people.add(deal.owner_id)
    return sorted(people)


def complete_activity(
    actor: Actor,
    deal_id: int,
    activity_id: int,
    note: str = "",
    file_name: str = "",
    file_data: bytes | None = None,
    now: datetime | None = None,
) -> ActivityRow:
    """Mark an activity done for a deal, with every configured rule; returns the activity (its
    ``follow_up_task`` tells the ui to open a prefilled task form)."""
    now = now or utcnow()
    activity = Activity.get_or_none(Activity.id == activity_id)
    if activity is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This activity no longer exists."))
    row = _row(activity)
    if not may_perform(row.performer, list(row.performer_users), str(actor.role), actor.id):
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "You may not perform “{name}”."), name=row.name)
    note = (note or "").strip()
    if row.requires in (Requirement.NOTE, Requirement.NOTE_FILE) and not note:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{name}” needs a note."), field="note", name=row.name)
    if row.requires is Requirement.NOTE_FILE and not file_data:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{name}” needs a file."), field="file", name=row.name)
    if file_data is not None and len(file_data) > MAX_FILE_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Files can be at most {max} MB."), field="file", max=MAX_FILE_BYTES // 2**20
        )
    with atomic():
        deal = get_deal(deal_id, actor)
        require_edit(actor, deal.owner_id)
        if Stage.select(Stage.process).where(Stage.id == row.stage_id).scalar() != deal.process_id:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The activity belongs to another process."))
        if (
            DealActivity.select()
            .where((DealActivity.deal == deal_id) & (DealActivity.activity == activity_id))
            .exists()
        ):
            raise RuleError(QT_TRANSLATE_NOOP("Errors", "“{name}” is already done."), name=row.name)
        digest = hashlib.sha256(file_data).hexdigest() if file_data else ""
        DealActivity.insert(
            deal=deal_id,
            activity=activity_id,
            done_by=actor.id,
            done_at=now,
            note=note,
            file_name=file_name if file_data else "",
            file_data=file_data,
            file_sha256=digest,
        ).execute()
        history.record(
            "activity_done",
            now,
            actor,
            deal_id=deal_id,
            process_id=deal.process_id,
            activity=row.name,
            note=note,
            file=file_name if file_data else "",
            sha256=digest,
        )
        people = [p for p in _audience(deal, row.notify) if p != actor.id]
        notifications.notify(people, "activity", f"{row.name} — {deal.number} {deal.title}", deal_id, now)
        events.publish(events.ActivityDone(actor, deal_id, deal.process_id, activity_id, now, deal.stage_id))
    return row


def uncomplete_activity(actor: Actor, deal_id: int, activity_id: int, now: datetime | None = None) -> None:
    now = now or utcnow()
    activity = Activity.get_or_none(Activity.id == activity_id)
    if activity is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This activity no longer exists."))
    row = _row(activity)
    if not may_perform(row.performer, list(row.performer_users), str(actor.role), actor.id):
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "You may not perform “{name}”."), name=row.name)
    with atomic():
        deal = get_deal(deal_id, actor)
        require_edit(actor, deal.owner_id)
        removed = (
            DealActivity.delete()
            .where((DealActivity.deal == deal_id) & (DealActivity.activity == activity_id))
            .execute()
        )
        if removed:
            history.record(
                "activity_undone", now, actor, deal_id=deal_id, process_id=deal.process_id, activity=row.name
            )
            events.publish(events.ActivityUndone(actor, deal_id, deal.process_id, activity_id, now, deal.stage_id))


def missing_mandatory(deal_id: int, process_id: int) -> list[str]:
    """Names of the process's mandatory activities the deal has not done."""
    done = DealActivity.select(DealActivity.activity).where(DealActivity.deal == deal_id)
    query = (
        Activity.select(Activity.name)
        .join(Stage, on=(Activity.stage == Stage.id))
        .where((Stage.process == process_id) & (Activity.mandatory == True) & Activity.id.not_in(done))  # noqa: E712
        .order_by(Stage.position, Activity.position)
    )
    return [name for (name,) in query.tuples()]


def check_mandatory_before_won(row: DealRow, stage: StageRow) -> None:
    """SPEC F4: no Won while a mandatory activity is not done."""
    if stage.kind is not StageKind.WON:
        return
    missing = missing_mandatory(row.id, row.process_id) if row.id else missing_mandatory(0, row.process_id)
    if missing:
        raise RuleError(
            QT_TRANSLATE_NOOP("Errors", "The deal cannot be won before these mandatory activities are done: {names}."),
            names=", ".join(missing),
        )


def on_deal_entering(event: events.DealEntering) -> None:
    check_mandatory_before_won(event.deal, event.stage)
