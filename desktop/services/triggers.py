"""Time-in-stage triggers (SPEC F7): schedule, exactly-once firing with catch-up, the log.

- Entering a stage schedules each active trigger of that stage for the new stay (``on_entered``); leaving it
  drops the stay's schedule (``on_left``). Both run inside the move's transaction, as subscribers of the deal
  events (``on_deal_created``, ``on_deal_moved``, ``on_stage_emptied_event``; see ``wiring``).
- ``run_due(now)`` takes the schedule rows whose ``next_due_at`` has come (one index range) and, per row, in
  one transaction: logs every passed occurrence but the latest as skipped, claims the latest by inserting the
  unique (trigger, deal, stay, occurrence) row and performs the action. A copy that loses the race for a claim
  rolls back and moves on, so two copies of the app (or a worker) never fire an occurrence twice.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from peewee import fn

from desktop.domain.errors import EtapError, NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inputs import optional_id, record_id, text, whole_number
from desktop.domain.roles import Role
from desktop.domain.timeutil import utcnow
from desktop.domain.triggers import MAX_PERIOD_DAYS, Action, due_at, latest_due
from desktop.services import (
    campaigns,
    deals,
    email_templates,
    events,
    history,
    notifications,
    outbox,
    pickers,
    settings,
    tasks,
)
from desktop.services.context import Actor, require_configure
from desktop.services.visibility import visible
from desktop.store import bulk
from desktop.store.db import atomic
from desktop.store.models import Campaign, Deal, Setting, Stage, StageStay, Trigger, TriggerFiring, TriggerSchedule

ZONE_SETTING = "business_time_zone"
SYSTEM = Actor(None, Role.ADMIN, "Etap")  # the actor of trigger actions (history shows no person)
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TriggerRow:
    id: int
    stage_id: int
    period_days: int
    action: Action
    params: dict
    active: bool


@dataclass(frozen=True)
class FiringRow:
    id: int
    at: datetime
    due_at: datetime
    trigger_id: int
    deal_id: int
    deal_number: str
    occurrence: int
    status: str
    detail: str


# -- time zone ----------------------------------------------------------------------------------------
def _known(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def system_zone_name() -> str:
    """The computer's IANA zone: ``TZ`` if set, else what the system says (tzlocal reads the Windows registry
    and /etc/localtime); UTC only when nothing usable is found."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        import tzlocal

        candidates.append(tzlocal.get_localzone_name() or "")
    except Exception:  # tzlocal refuses odd set-ups (conflicting sources); fall back to the link below
        pass
    try:
        target = str(Path("/etc/localtime").resolve())
        candidates.append(target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else "")
    except OSError:
        pass
    return next((name for name in candidates if name and _known(name)), "UTC")


def stored_zone_name() -> str:
    """The zone an administrator chose ("" when none was chosen: the system's applies)."""
    value = Setting.select(Setting.value).where(Setting.key == ZONE_SETTING).scalar()
    return value if value and _known(value) else ""


def business_zone() -> ZoneInfo:
    """The zone "days" are counted in: the stored choice, else the system's zone (never UTC by accident)."""
    return ZoneInfo(stored_zone_name() or system_zone_name())


def zone_names() -> list[str]:
    """Every IANA zone name this installation knows (for the Settings picker)."""
    from zoneinfo import available_timezones

    return [*sorted(n for n in available_timezones() if "/" in n and not n.startswith(("Etc/", "SystemV/"))), "UTC"]


def set_business_zone(actor: Actor, name: str, now: datetime | None = None) -> None:
    """Choose the business time zone ("" goes back to the system's); the schedule is recomputed."""
    require_configure(actor)
    name = str(name or "").strip()
    if not name:
        with atomic():
            old = stored_zone_name()
            Setting.delete().where(Setting.key == ZONE_SETTING).execute()
            if old:
                history.record("setting_changed", now or utcnow(), actor, key=ZONE_SETTING, old=old, new="")
            _reschedule_all()
        return
    if "\0" in name or not _known(name):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{name}” is not a known time zone."), name=name.replace("\0", "")
        ) from None
    with atomic():
        old = stored_zone_name()
        if old != name:
            history.record("setting_changed", now or utcnow(), actor, key=ZONE_SETTING, old=old, new=name)
        settings.put(ZONE_SETTING, name)
        _reschedule_all()


# -- configuration ------------------------------------------------------------------------------------
def _row(t: Trigger) -> TriggerRow:
    return TriggerRow(t.id, t.stage_id, t.period_days, Action(t.action), json.loads(t.params or "{}"), t.active)


def stage_triggers(stage_id: int) -> list[TriggerRow]:
    return [_row(t) for t in Trigger.select().where(Trigger.stage == stage_id).order_by(Trigger.id)]


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
            _schedule_trigger(Trigger.get_by_id(trigger_id))
        stage = Stage.get_by_id(stage_id)
        history.record("trigger_saved", now, actor, process_id=stage.process_id, trigger=trigger_id, stage=stage.name)
    return _row(Trigger.get_by_id(trigger_id))


def delete_trigger(actor: Actor, trigger_id: int) -> None:
    require_configure(actor)
    trigger_id = record_id(trigger_id, "trigger")
    with atomic():
        Trigger.delete().where(Trigger.id == trigger_id).execute()


def _next_occurrence(trigger_id: int, stay_id: int) -> int:
    done = (
        TriggerFiring.select(fn.MAX(TriggerFiring.occurrence))
        .where((TriggerFiring.trigger == trigger_id) & (TriggerFiring.stay == stay_id))
        .scalar()
    )
    return (done or 0) + 1


def _schedule_trigger(trigger: Trigger) -> None:
    """Schedule every open stay in the trigger's stage (a trigger added to a busy stage: batched inserts)."""
    zone = business_zone()
    stays = (
        StageStay.select(StageStay.id, StageStay.deal, StageStay.entered_at)
        .join(Deal, on=(StageStay.deal == Deal.id))
        .where((StageStay.stage == trigger.stage_id) & StageStay.left_at.is_null() & (Deal.stage == trigger.stage_id))
        .where(Deal.deleted_at.is_null())  # deals in the trash are not scheduled
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
    bulk.insert_rows("trigger_schedule", SCHEDULE_COLUMNS[1:], rows)


def _reschedule_all() -> None:
    TriggerSchedule.delete().execute()
    for trigger in Trigger.select().where(Trigger.active == True):  # noqa: E712
        _schedule_trigger(trigger)


# -- stage hooks (subscribers of the deal events, inside the deal's transaction) ----------------------
def on_entered(deal_id: int, stage_id: int, entered_at: datetime, stay_id: int | None = None) -> None:
    active = list(Trigger.select().where((Trigger.stage == stage_id) & (Trigger.active == True)))  # noqa: E712
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
                trigger=t.id,
                deal=deal_id,
                stay=stay_id,
                entered_at=entered_at,
                next_occurrence=1,
                next_due_at=due_at(entered_at, 1, t.period_days, zone),
            )
            for t in active
        ]
    ).execute()


def on_left(deal_id: int) -> None:
    TriggerSchedule.delete().where(TriggerSchedule.deal == deal_id).execute()


def on_stage_emptied(from_stage: int, to_stage: int, entered_at: datetime) -> None:
    """A whole stage moved at once (stage deleted): drop its schedule, schedule the receiving stage's triggers."""
    TriggerSchedule.delete().where(
        TriggerSchedule.deal.in_(Deal.select(Deal.id).where(Deal.stage == to_stage))
        & TriggerSchedule.trigger.in_(Trigger.select(Trigger.id).where(Trigger.stage == from_stage))
    ).execute()
    for trigger in Trigger.select().where((Trigger.stage == to_stage) & (Trigger.active == True)):  # noqa: E712
        TriggerSchedule.delete().where(TriggerSchedule.trigger == trigger.id).execute()
        _schedule_trigger(trigger)


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


# -- firing -------------------------------------------------------------------------------------------
def due_count(now: datetime) -> int:
    return TriggerSchedule.select().where(TriggerSchedule.next_due_at <= now).count()


def next_due(now: datetime) -> datetime | None:
    """The earliest scheduled due time (what a tick reads: one probe of the next_due_at index)."""
    return TriggerSchedule.select(fn.MIN(TriggerSchedule.next_due_at)).scalar()


@dataclass
class PassReport:
    fired: int = 0
    skipped: int = 0
    failed: int = 0
    lost_races: int = 0


CHUNK = 500
# not the action's fault: the database is locked or gone; the pass stops and is retried as a whole
CONTENTION_ERRORS = bulk.CONTENTION_ERRORS
FIRING_COLUMNS = ("trigger_id", "deal_id", "stay", "occurrence", "due_at", "at", "status", "detail")
SCHEDULE_COLUMNS = ("id", "trigger_id", "deal_id", "stay_id", "entered_at", "next_occurrence", "next_due_at")


def run_due(now: datetime | None = None, limit: int = 5000) -> PassReport:
    """Fire what is due at ``now`` (at most ``limit`` schedule rows per pass).

    Due rows are taken in chunks, each chunk one transaction: read inside the transaction, claims inserted in one
    statement, set-based effects for notify and task actions (others per row in a savepoint). When a claim collides
    with another copy's, the chunk rolls back and its rows are taken one by one, so the loser skips exactly what
    the winner fired."""
    now = now or utcnow()
    report = PassReport()
    zone = business_zone()
    done = 0
    while done < limit:
        part = PassReport()
        try:
            with atomic():
                taken = _fire_chunk(now, zone, part, min(CHUNK, limit - done))
        except CONTENTION_ERRORS:
            raise  # a locked or lost database: the caller retries the whole pass later
        except Exception as exc:
            if not isinstance(exc, bulk.INTEGRITY_ERRORS):
                _log.exception("trigger chunk failed; firing its rows one by one")
            ids = [
                i
                for (i,) in TriggerSchedule.select(TriggerSchedule.id)
                .where(TriggerSchedule.next_due_at <= now)
                .order_by(TriggerSchedule.next_due_at)
                .limit(min(CHUNK, limit - done))
                .tuples()
            ]
            if not ids:
                break
            for schedule_id in ids:
                try:
                    _fire_one(schedule_id, now, zone, report)
                except bulk.INTEGRITY_ERRORS:
                    report.lost_races += 1  # another copy claimed it; its transaction did the work
                except CONTENTION_ERRORS:
                    raise
                except Exception as row_exc:
                    _log.exception("trigger schedule row %s failed", schedule_id)
                    _give_up(schedule_id, now, zone, unexpected_detail(row_exc), report)
            done += len(ids)
            continue
        if not taken:
            break
        done += taken
        report.fired += part.fired
        report.skipped += part.skipped
        report.failed += part.failed
    return report


def _fire_chunk(now: datetime, zone: ZoneInfo, report: PassReport, size: int) -> int:
    rows = list(
        TriggerSchedule.select(
            TriggerSchedule.id,
            TriggerSchedule.trigger,
            TriggerSchedule.deal,
            TriggerSchedule.stay,
            TriggerSchedule.entered_at,
            TriggerSchedule.next_occurrence,
            Trigger.period_days,
            Trigger.action,
            Trigger.params,
            Trigger.active,
            StageStay.left_at,
            Deal.process,
            Deal.owner,
            Deal.number,
            Deal.title,
        )
        .join(Trigger, on=(TriggerSchedule.trigger == Trigger.id))
        .switch(TriggerSchedule)
        .join(StageStay, on=(TriggerSchedule.stay == StageStay.id))
        .switch(TriggerSchedule)
        .join(Deal, on=(TriggerSchedule.deal == Deal.id))
        .where(TriggerSchedule.next_due_at <= now)
        .order_by(TriggerSchedule.next_due_at)
        .limit(size)
        .tuples()
    )
    if not rows:
        return 0
    stale = [r[0] for r in rows if not r[9] or r[10] is not None]
    if stale:
        TriggerSchedule.delete().where(TriggerSchedule.id.in_(stale)).execute()
    live = [r for r in rows if r[9] and r[10] is None]
    claims, reschedule, events, new_tasks, one_by_one = [], [], [], [], []
    groups: dict[tuple[int, int], list[tuple[int, str]]] = {}  # (user, trigger) -> deals: one note per pass
    managers = None
    for (
        sid,
        trigger_id,
        deal_id,
        stay_id,
        entered,
        k_next,
        period,
        action,
        params,
        _a,
        _l,
        process_id,
        owner,
        number,
        title,
    ) in live:
        latest = latest_due(entered, period, now, zone)
        for k in range(k_next, latest):
            claims.append((trigger_id, deal_id, stay_id, k, due_at(entered, k, period, zone), now, "skipped", ""))
            report.skipped += 1
        claims.append((trigger_id, deal_id, stay_id, latest, due_at(entered, latest, period, zone), now, "fired", ""))
        reschedule.append(
            (sid, trigger_id, deal_id, stay_id, entered, latest + 1, due_at(entered, latest + 1, period, zone))
        )
        payload = {"trigger": trigger_id, "occurrence": latest, "action": action, "detail": ""}
        if action == Action.NOTIFY:
            if managers is None:
                managers = set(notifications.managers())
            people = sorted(managers | ({owner} if owner else set()))
            for u in people:
                groups.setdefault((u, trigger_id), []).append((deal_id, f"{number} {title}"))
            payload["detail"] = _detail("notified", count=len(people))
        elif action == Action.TASK:
            task_title = str(json.loads(params or "{}").get("title", ""))[:200]
            new_tasks.append((deal_id, owner, task_title, "", now, now, "trigger"))
            events.append(
                (
                    deal_id,
                    process_id,
                    None,
                    now,
                    "task_created",
                    json.dumps({"title": task_title, "source": "trigger"}, ensure_ascii=False),
                )
            )
            payload["detail"] = _detail("task", title=task_title)
        else:
            one_by_one.append((trigger_id, deal_id, stay_id, latest, process_id, action, params))
            continue
        report.fired += 1
        events.append(
            (deal_id, process_id, None, now, "trigger_fired", json.dumps(payload, ensure_ascii=False, sort_keys=True))
        )
    # raw multi-row inserts: building peewee queries for thousands of rows would cost more than writing them
    bulk.insert_rows("trigger_firing", FIRING_COLUMNS, claims)  # the claims: a second copy fails here
    if live:
        TriggerSchedule.delete().where(TriggerSchedule.id.in_([r[0] for r in live])).execute()
        bulk.insert_rows("trigger_schedule", SCHEDULE_COLUMNS, reschedule)
    if groups:
        notifications.notify_trigger_pass(groups, _stage_names({t for _u, t in groups}), now)
    bulk.insert_rows("task", ("deal_id", "owner_id", "title", "note", "due_at", "created_at", "source"), new_tasks)
    for trigger_id, deal_id, stay_id, latest, process_id, action, params in one_by_one:
        status, detail = _attempt(
            TriggerRow(trigger_id, 0, 0, Action(action), json.loads(params or "{}"), True), deal_id, now
        )
        TriggerFiring.update(status=status, detail=detail[:2000]).where(
            (TriggerFiring.trigger == trigger_id)
            & (TriggerFiring.deal == deal_id)
            & (TriggerFiring.stay == stay_id)
            & (TriggerFiring.occurrence == latest)
        ).execute()
        payload = {"trigger": trigger_id, "occurrence": latest, "action": action, "detail": detail}
        events.append(
            (
                deal_id,
                process_id,
                None,
                now,
                f"trigger_{status}",
                json.dumps(payload, ensure_ascii=False, sort_keys=True),
            )
        )
        if status == "fired":
            report.fired += 1
        else:
            report.failed += 1
    bulk.insert_rows("event", ("deal_id", "process_id", "user_id", "at", "kind", "payload"), events)
    return len(rows)


def _fire_one(schedule_id: int, now: datetime, zone: ZoneInfo, report: PassReport) -> None:
    with atomic():
        row = TriggerSchedule.get_or_none(TriggerSchedule.id == schedule_id)
        if row is None or row.next_due_at > now:
            return  # fired meanwhile by another copy, or the deal left the stage
        trigger = Trigger.get_or_none(Trigger.id == row.trigger_id)
        stay = StageStay.get_or_none(StageStay.id == row.stay_id)
        if trigger is None or not trigger.active or stay is None or stay.left_at is not None:
            TriggerSchedule.delete().where(TriggerSchedule.id == schedule_id).execute()
            return
        latest = latest_due(row.entered_at, trigger.period_days, now, zone)
        for k in range(row.next_occurrence, latest):  # catch-up: only the latest fires
            TriggerFiring.insert(
                trigger=trigger.id,
                deal=row.deal_id,
                stay=row.stay_id,
                occurrence=k,
                due_at=due_at(row.entered_at, k, trigger.period_days, zone),
                at=now,
                status="skipped",
                detail="",
            ).execute()
            report.skipped += 1
        status, detail = "fired", ""
        firing_id = TriggerFiring.insert(
            trigger=trigger.id,
            deal=row.deal_id,
            stay=row.stay_id,
            occurrence=latest,
            due_at=due_at(row.entered_at, latest, trigger.period_days, zone),
            at=now,
            status=status,
            detail="",
        ).execute()  # the claim: a second copy fails here and rolls back
        TriggerSchedule.update(
            next_occurrence=latest + 1, next_due_at=due_at(row.entered_at, latest + 1, trigger.period_days, zone)
        ).where(TriggerSchedule.id == schedule_id).execute()
        status, detail = _attempt(_row(trigger), row.deal_id, now)
        TriggerFiring.update(status=status, detail=detail[:2000]).where(TriggerFiring.id == firing_id).execute()
        deal = Deal.get_by_id(row.deal_id)
        history.record(
            f"trigger_{status}",
            now,
            None,
            deal_id=row.deal_id,
            process_id=deal.process_id,
            trigger=trigger.id,
            occurrence=latest,
            action=trigger.action,
            detail=detail,
        )
        if status == "fired":
            report.fired += 1
        else:
            report.failed += 1


def _detail(what: str, **values: object) -> str:
    """What a firing did, as data the ui turns into a sentence in the user's language (never English prose)."""
    return json.dumps({"what": what, **values}, ensure_ascii=False, sort_keys=True, default=str)


def error_detail(err: EtapError) -> str:
    """A refused action: the error's English template and parameters, translated when shown."""
    return _detail("error", template=err.template, params=err.params)


def unexpected_detail(exc: BaseException) -> str:
    """An action that broke (a bug, not a refusal): the exception as it is, shown after a translated lead."""
    return _detail("unexpected", error=f"{type(exc).__name__}: {exc}"[:1500])


def _stage_names(trigger_ids: set[int]) -> dict[int, str]:
    query = Trigger.select(Trigger.id, Stage.name).join(Stage, on=(Trigger.stage == Stage.id))
    return dict(query.where(Trigger.id.in_(sorted(trigger_ids))).tuples())


def _give_up(schedule_id: int, now: datetime, zone: ZoneInfo, detail: str, report: PassReport) -> None:
    """Log an occurrence that could not even be claimed normally as failed and move its schedule on."""
    try:
        with atomic():
            row = TriggerSchedule.get_or_none(TriggerSchedule.id == schedule_id)
            trigger = Trigger.get_or_none(Trigger.id == row.trigger_id) if row else None
            if row is None or trigger is None:
                return
            latest = latest_due(row.entered_at, trigger.period_days, now, zone)
            TriggerFiring.insert(
                trigger=trigger.id,
                deal=row.deal_id,
                stay=row.stay_id,
                occurrence=latest,
                due_at=due_at(row.entered_at, latest, trigger.period_days, zone),
                at=now,
                status="failed",
                detail=detail[:2000],
            ).execute()
            TriggerSchedule.update(
                next_occurrence=latest + 1, next_due_at=due_at(row.entered_at, latest + 1, trigger.period_days, zone)
            ).where(TriggerSchedule.id == schedule_id).execute()
            report.failed += 1
    except CONTENTION_ERRORS:
        raise
    except Exception:
        _log.exception("could not log trigger schedule row %s as failed", schedule_id)


def _attempt(trigger: TriggerRow, deal_id: int, now: datetime) -> tuple[str, str]:
    """Perform one action in a savepoint: (status, detail). A refused action (EtapError) or any unexpected
    exception rolls back only its own effects and is logged as failed with its message; the claim stays, so
    one broken action can neither block the other occurrences nor be retried on every pass."""
    try:
        with atomic():
            return "fired", _perform(trigger, deal_id, now)
    except EtapError as err:
        return "failed", error_detail(err)
    except Exception as exc:
        _log.exception("trigger %s on deal %s failed", trigger.id, deal_id)
        return "failed", unexpected_detail(exc)


def _perform(trigger: TriggerRow, deal_id: int, now: datetime) -> str:
    deal = deals.get_deal(deal_id)
    p = trigger.params
    if trigger.action is Action.CAMPAIGN:
        if deal.contact_id is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The deal has no contact to add to the campaign."))
        added = campaigns.add_member(p["campaign_id"], deal.contact_id, deal_id, "trigger", now)
        campaign = Campaign.get_or_none(Campaign.id == p["campaign_id"])
        what = "campaign_added" if added else "campaign_member"
        if not added and not campaigns.has_consent(deal.contact_id):
            what = "campaign_no_consent"
        return _detail(
            what,
            campaign=campaign.name if campaign else str(p["campaign_id"]),
            contact=pickers.contact_label(deal.contact_id),
        )
    if trigger.action is Action.TASK:
        task = tasks.create_task(None, p.get("title", ""), deal_id, now, deal.owner_id, source="trigger", now=now)
        return _detail("task", title=task.title)
    if trigger.action is Action.NOTIFY:
        people = set(notifications.managers())
        if deal.owner_id is not None:
            people.add(deal.owner_id)
        label = f"{deal.number} {deal.title}"
        groups = {(u, trigger.id): [(deal_id, label)] for u in people}
        notifications.notify_trigger_pass(groups, _stage_names({trigger.id}), now)
        return _detail("notified", count=len(people))
    if trigger.action is Action.MOVE:
        moved = deals.move_deal(SYSTEM, deal_id, int(p["stage_id"]), now)
        return _detail("moved", stage=Stage.get_by_id(moved.stage_id).name)
    template = email_templates.get_template(int(p["template_id"]))
    owner = Actor(deal.owner_id, Role.AGENT, "") if deal.owner_id else SYSTEM
    result = outbox.queue_for_deals(owner, [deal_id], template.subject, template.body_text, template.body_html, now=now)
    if not result.message_ids:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The deal's contact has no valid e-mail address."))
    return _detail("email", subject=template.subject)


# -- the log --------------------------------------------------------------------------------------------
def log(actor: Actor, limit: int = 500, trigger_id: int | None = None, deal_id: int | None = None) -> list[FiringRow]:
    """The firing log, newest first: only the firings of deals ``actor`` may see."""

    query = (
        TriggerFiring.select(
            TriggerFiring.id,
            TriggerFiring.at,
            TriggerFiring.due_at,
            TriggerFiring.trigger,
            TriggerFiring.deal,
            Deal.number,
            TriggerFiring.occurrence,
            TriggerFiring.status,
            TriggerFiring.detail,
        )
        .join(Deal, on=(TriggerFiring.deal == Deal.id))
        .where(visible(actor))
        .order_by(TriggerFiring.at.desc(), TriggerFiring.id.desc())
        .limit(limit)
    )
    if trigger_id is not None:
        query = query.where(TriggerFiring.trigger == trigger_id)
    if deal_id is not None:
        query = query.where(TriggerFiring.deal == deal_id)
    return [FiringRow(*t) for t in query.tuples()]


def get_trigger(trigger_id: int) -> TriggerRow:
    t = Trigger.get_or_none(Trigger.id == trigger_id)
    if t is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This trigger no longer exists."))
    return _row(t)
