"""Firing what is due, exactly once, with catch-up (SPEC F7).

``run_due(now)`` takes the schedule rows whose ``next_due_at`` has come (one index range) and, per chunk, in
one transaction: logs every passed occurrence but the latest as skipped, claims the latest by inserting the
unique (trigger, deal, stay, occurrence) row and performs the action. A copy that loses the race for a claim
rolls back and moves on, so two copies of the app (or a worker) never fire an occurrence twice."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from desktop.domain.timeutil import utcnow
from desktop.domain.triggers import Action, due_at, latest_and_next
from desktop.services import history, notifications
from desktop.services.business_time import business_zone
from desktop.services.triggers import actions
from desktop.services.triggers.rules import TriggerRow, trigger_row
from desktop.store import bulk
from desktop.store.db import atomic, database
from desktop.store.models import Deal, StageStay, Trigger, TriggerFiring, TriggerSchedule

_log = logging.getLogger(__name__)


@dataclass
class PassReport:
    fired: int = 0
    skipped: int = 0
    failed: int = 0
    lost_races: int = 0


CHUNK = 1000  # schedule rows per transaction: each commit is a sync to disk; the write lock is held ~0.1 s


_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode  # dumps() builds an encoder per call


FIRING_COLUMNS = ("trigger_id", "deal_id", "stay", "occurrence", "due_at", "at", "status", "detail")


def run_due(now: datetime | None = None, limit: int = 5000, cancelled=None, progress=None) -> PassReport:
    """Fire what is due at ``now`` (at most ``limit`` schedule rows per pass).

    Due rows are taken in chunks, each chunk one transaction: read inside the transaction, claims inserted in one
    statement, set-based effects for notify and task actions (others per row in a savepoint). When a claim collides
    with another copy's, the chunk rolls back and its rows are taken one by one, so the loser skips exactly what
    the winner fired. ``cancelled()`` (the window closing) stops the pass between two chunks; what is left stays
    due for the next pass. ``progress(done, limit)`` is told after each chunk."""
    now = now or utcnow()
    report = PassReport()
    zone = business_zone()
    done = 0
    while done < limit:
        if cancelled is not None and cancelled():
            break
        if progress is not None and done:
            progress(done, limit)
        part = PassReport()
        try:
            with atomic():
                taken = _fire_chunk(now, zone, part, min(CHUNK, limit - done))
        except bulk.CONTENTION_ERRORS:
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
                except bulk.CONTENTION_ERRORS:
                    raise
                except Exception as row_exc:
                    _log.exception("trigger schedule row %s failed", schedule_id)
                    _give_up(schedule_id, now, zone, actions.unexpected_detail(row_exc), report)
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
    query = (
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
    )
    # the driver's rows as they are (peewee's per-value converters cost more than the firing itself); only the
    # entry instant needs reading, and SQLite gives it as text
    rows = [(*r[:4], _instant(r[4]), *r[5:]) for r in database.execute(query).fetchall()]
    if not rows:
        return 0
    stale = [r[0] for r in rows if not r[9] or r[10] is not None]
    bulk.delete_rows("trigger_schedule", stale)
    live = [r for r in rows if r[9] and r[10] is None]
    claims, reschedule, events, new_tasks, one_by_one = [], [], [], [], []
    groups: dict[tuple[int, int], list[tuple[int, str]]] = {}  # (user, trigger) -> deals: one note per pass
    managers = None
    notified: dict[int, str] = {}  # the detail for "n people notified", written once per n
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
        latest, latest_at, next_at = latest_and_next(entered, period, now, zone)
        for k in range(k_next, latest):
            claims.append((trigger_id, deal_id, stay_id, k, due_at(entered, k, period, zone), now, "skipped", ""))
            report.skipped += 1
        claims.append((trigger_id, deal_id, stay_id, latest, latest_at, now, "fired", ""))
        reschedule.append((sid, latest + 1, next_at))
        payload = {"trigger": trigger_id, "occurrence": latest, "action": action, "detail": ""}
        if action == Action.NOTIFY:
            if managers is None:
                managers = set(notifications.managers())
            people = sorted(managers | ({owner} if owner else set()))
            for u in people:
                groups.setdefault((u, trigger_id), []).append((deal_id, f"{number} {title}"))
            if len(people) not in notified:
                notified[len(people)] = actions.detail("notified", count=len(people))
            payload["detail"] = notified[len(people)]
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
            payload["detail"] = actions.detail("task", title=task_title)
        else:
            one_by_one.append((trigger_id, deal_id, stay_id, latest, process_id, action, params))
            continue
        report.fired += 1
        events.append((deal_id, process_id, None, now, "trigger_fired", _json(payload)))
    # raw multi-row inserts: building peewee queries for thousands of rows would cost more than writing them
    bulk.insert_rows("trigger_firing", FIRING_COLUMNS, claims)  # the claims: a second copy fails here
    bulk.update_rows("trigger_schedule", "id", ("next_occurrence", "next_due_at"), reschedule)
    if groups:
        notifications.notify_trigger_pass(groups, actions.stage_names({t for _u, t in groups}), now)
    bulk.insert_rows("task", ("deal_id", "owner_id", "title", "note", "due_at", "created_at", "source"), new_tasks)
    for trigger_id, deal_id, stay_id, latest, process_id, action, params in one_by_one:
        status, detail = actions.attempt(
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
                _json(payload),
            )
        )
        if status == "fired":
            report.fired += 1
        else:
            report.failed += 1
    bulk.insert_rows("event", ("deal_id", "process_id", "user_id", "at", "kind", "payload"), events)
    return len(rows)


def _instant(value: datetime | str) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


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
        latest, latest_at, next_at = latest_and_next(row.entered_at, trigger.period_days, now, zone)
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
            due_at=latest_at,
            at=now,
            status=status,
            detail="",
        ).execute()  # the claim: a second copy fails here and rolls back
        TriggerSchedule.update(next_occurrence=latest + 1, next_due_at=next_at).where(
            TriggerSchedule.id == schedule_id
        ).execute()
        status, detail = actions.attempt(trigger_row(trigger), row.deal_id, now)
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


def _give_up(schedule_id: int, now: datetime, zone: ZoneInfo, detail: str, report: PassReport) -> None:
    """Log an occurrence that could not even be claimed normally as failed and move its schedule on."""
    try:
        with atomic():
            row = TriggerSchedule.get_or_none(TriggerSchedule.id == schedule_id)
            trigger = Trigger.get_or_none(Trigger.id == row.trigger_id) if row else None
            if row is None or trigger is None:
                return
            latest, latest_at, next_at = latest_and_next(row.entered_at, trigger.period_days, now, zone)
            TriggerFiring.insert(
                trigger=trigger.id,
                deal=row.deal_id,
                stay=row.stay_id,
                occurrence=latest,
                due_at=latest_at,
                at=now,
                status="failed",
                detail=detail[:2000],
            ).execute()
            TriggerSchedule.update(next_occurrence=latest + 1, next_due_at=next_at).where(
                TriggerSchedule.id == schedule_id
            ).execute()
            report.failed += 1
    except bulk.CONTENTION_ERRORS:
        raise
    except Exception:
        _log.exception("could not log trigger schedule row %s as failed", schedule_id)
