"""Tasks linked to deals: create, assign, complete, list (a deal's, "my tasks"), and the next-task state the
board shows on a card. Times are naive UTC; callers pass ``now``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from peewee import JOIN, fn

from desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.timeutil import utcnow
from desktop.services import history, live, notifications
from desktop.services.actor import Actor
from desktop.services.deals.deals import get_deal, visible
from desktop.store import prepared
from desktop.store.db import atomic
from desktop.store.models import Company, Contact, Deal, Task, User

OVERDUE, TODAY, PLANNED, NONE = "overdue", "today", "planned", "none"


@dataclass(frozen=True)
class TaskRow:
    id: int
    deal_id: int | None
    owner_id: int | None
    owner_name: str
    title: str
    note: str
    due_at: datetime | None
    done_at: datetime | None
    source: str


def _row(t: Task, owner_name: str = "") -> TaskRow:
    return TaskRow(t.id, t.deal_id, t.owner_id, owner_name, t.title, t.note, t.due_at, t.done_at, t.source)


def _query(actor: Actor | None):
    """Tasks with their owner's name; for an agent only tasks they own or that belong to their deals
    (``actor`` None: the system's own passes, such as reminders)."""
    query = (
        Task.select(Task, fn.COALESCE(User.display_name, "").alias("owner_name"))
        .join(User, JOIN.LEFT_OUTER, on=(Task.owner == User.id))
        .switch(Task)
        .join(Deal, JOIN.LEFT_OUTER, on=(Task.deal == Deal.id))
    )
    if actor is not None and not actor.is_manager:
        query = query.where((Task.owner == actor.id) | (Deal.owner == actor.id))
    return query


def create_task(
    actor: Actor | None,
    title: str,
    deal_id: int | None = None,
    due_at: datetime | None = None,
    owner_id: int | None = None,
    note: str = "",
    source: str = "user",
    now: datetime | None = None,
) -> TaskRow:
    """A new task; ``actor=None`` is the system (a trigger). The owner defaults to the actor."""
    now = now or utcnow()
    title = (title or "").strip()
    if not title or len(title) > 200:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A task needs a title of 1 to 200 characters."), field="title"
        )
    if actor is not None and deal_id is not None:
        get_deal(deal_id, actor)  # NotFound when the actor may not see the deal
    if owner_id is None and actor is not None:
        owner_id = actor.id
    if actor is not None and owner_id != actor.id and not actor.is_manager and deal_id is None:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Only managers can give tasks to someone else."))
    with atomic():
        task_id = Task.insert(
            deal=deal_id,
            owner=owner_id,
            title=title,
            note=note,
            due_at=due_at,
            created_at=now,
            created_by=actor.id if actor else None,
            source=source,
        ).execute()
        if deal_id is not None:
            history.record(
                "task_created", now, actor, deal_id=deal_id, title=title, due_at=due_at, task=task_id, source=source
            )
        live.announce("task", actor, [deal_id] if deal_id else ())
    return get_task(actor, task_id)


def get_task(actor: Actor, task_id: int) -> TaskRow:
    row = _query(actor).where(Task.id == task_id).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This task no longer exists."))
    return _row(row, row.owner_name)


def set_done(actor: Actor, task_id: int, done: bool = True, now: datetime | None = None) -> TaskRow:
    now = now or utcnow()
    with atomic():
        task = get_task(actor, task_id)
        if not (actor.is_manager or task.owner_id in (None, actor.id)):
            raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Only the task's owner or a manager can do this."))
        Task.update(done_at=now if done else None, done_by=actor.id if done else None).where(
            Task.id == task_id
        ).execute()
        if task.deal_id is not None:
            history.record(
                "task_done" if done else "task_reopened",
                now,
                actor,
                deal_id=task.deal_id,
                title=task.title,
                task=task_id,
            )
        live.announce("task", actor, [task.deal_id] if task.deal_id else ())
    return get_task(actor, task_id)


def deal_tasks(actor: Actor, deal_id: int) -> list[TaskRow]:
    query = (
        _query(actor)
        .where((Task.deal == deal_id) & visible(actor))
        .order_by(Task.done_at.is_null(False), Task.due_at, Task.id)
    )
    return [_row(t, t.owner_name) for t in query]


def _not_trashed():
    """Tasks of deals in the trash leave the lists and reminders (they come back with the deal)."""
    return Task.deal.is_null() | Task.deal.not_in(Deal.select(Deal.id).where(Deal.deleted_at.is_null(False)))


def my_tasks(actor: Actor, include_done: bool = False) -> list[TaskRow]:
    query = _query(actor).where(Task.owner == actor.id, _not_trashed())
    if not include_done:
        query = query.where(Task.done_at.is_null())
    return [_row(t, t.owner_name) for t in query.order_by(Task.due_at.is_null(), Task.due_at, Task.id)]


def state_of(due_at: datetime | None, now: datetime, day_start: datetime) -> str:
    """overdue / today / planned for an open task (``day_start``: today's local midnight in UTC)."""
    if due_at is None:
        return PLANNED
    if due_at < now:
        return OVERDUE
    if due_at < day_start + timedelta(days=1):
        return TODAY
    return PLANNED


def next_task_states(actor: Actor, deal_ids: list[int], now: datetime, day_start: datetime) -> dict[int, str]:
    """The card state per deal from its earliest open task, in one query (never one query per card)."""
    if not deal_ids:
        return {}

    def build():  # built and compiled once per shape (a board asks this for every column's page)
        return (
            Task.select(Task.deal, fn.MIN(fn.COALESCE(Task.due_at, "9999-12-31")))
            .join(Deal, on=(Task.deal == Deal.id))
            .where(
                Task.deal.in_(prepared.slots("deal", len(deal_ids)))
                & Task.done_at.is_null()
                & visible(actor, prepared.slot("owner"))
            )
            .group_by(Task.deal)
        )

    values = prepared.named("deal", deal_ids) | {"owner": actor.id}
    result = {}
    for deal_id, due in prepared.run(
        ("next task states", actor.is_manager, len(deal_ids)), build, values, one_plan=True
    ):
        result[deal_id] = next_due_state(due, now, day_start)
    return result


def next_due(deal_id):
    """The earliest due time of the open tasks of the deal ``deal_id`` (a column of an outer query) as a subquery
    of one value, to be read with ``next_due_state``: NULL when the deal has no open task, a sentinel for open
    tasks without a due time. What a board reading its cards with their marks in one statement selects."""
    return Task.select(fn.MIN(fn.COALESCE(Task.due_at, "9999-12-31"))).where(
        (Task.deal == deal_id) & Task.done_at.is_null()
    )


def next_due_state(due: object, now: datetime, day_start: datetime) -> str:
    """The card state of a deal's earliest open task's due time as ``next_due`` or ``next_task_states``' query
    reads it (a text on SQLite, with a sentinel for no due time)."""
    if isinstance(due, str):
        due = None if due.startswith("9999") else datetime.fromisoformat(due)
    return state_of(due, now, day_start)


REMINDER_CHUNK = 200  # due tasks read per query in a reminder pass
REMINDER_PASS = 1000  # at most this many reminded per pass: a backlog never sits in memory whole


def due_for_reminder(now: datetime, limit: int | None = None) -> list[TaskRow]:
    """Open tasks whose due time has come and that were not reminded yet, the longest due first (at most
    ``limit``)."""
    query = _query(None).where(
        Task.done_at.is_null() & Task.due_at.is_null(False) & (Task.due_at <= now) & Task.reminded_at.is_null(),
        _not_trashed(),
    )
    query = query.order_by(Task.due_at, Task.id)
    if limit is not None:
        query = query.limit(limit)
    return [_row(t, t.owner_name) for t in query]


def mark_reminded(task_id: int, now: datetime) -> bool:
    """Claim the reminder (exactly once, even with several copies of the app running)."""
    return bool(Task.update(reminded_at=now).where((Task.id == task_id) & Task.reminded_at.is_null()).execute())


def send_reminders(now: datetime, cancelled=None, progress=None, limit: int | None = None) -> list[TaskRow]:
    """Notify each due task's owner once; the claim and the notification are one transaction per task, so
    two copies of the app never remind twice. Returns the tasks reminded now.

    A pass reminds at most ``limit`` (``REMINDER_PASS``) tasks, the longest due first, read ``REMINDER_CHUNK`` at
    a time: a backlog (62,000 overdue tasks in the million-deal demo) is worked off in passes of bounded memory;
    a pass that reminded ``limit`` tasks may have left more due (the callers start the next pass at once).
    ``cancelled()`` (a background worker's, as the window closes) stops the pass between two tasks: the rest
    stay due for the next pass, so closing never waits for a backlog. ``progress(done, limit)`` is told after
    each task."""
    limit = REMINDER_PASS if limit is None else limit
    reminded: list[TaskRow] = []
    done = 0
    while done < limit:
        chunk = due_for_reminder(now, min(REMINDER_CHUNK, limit - done))
        if not chunk:
            break
        for task in chunk:
            if cancelled is not None and cancelled():
                return reminded
            if progress is not None and done:
                progress(done, limit)
            done += 1  # claimed by this pass or by another copy: either way no longer due
            with atomic():
                if not mark_reminded(task.id, now):
                    continue  # another copy claimed it first
                if task.owner_id is not None:
                    notifications.notify([task.owner_id], "task_due", task.title, task.deal_id, now)
            reminded.append(task)
    return reminded


def deal_labels(actor: Actor, deal_ids: list[int]) -> dict[int, str]:
    """The labels "SPR/2026/0001 Okna dla szkoły — Firma X" for a task list (number, title, client), in one query (only
    deals the actor may see)."""
    if not deal_ids:
        return {}
    client = fn.COALESCE(Company.name, fn.TRIM(Contact.first_name.concat(" ").concat(Contact.last_name)), "")
    query = (
        Deal.select(Deal.id, Deal.number, Deal.title, client)
        .join(Company, JOIN.LEFT_OUTER, on=(Deal.company == Company.id))
        .switch(Deal)
        .join(Contact, JOIN.LEFT_OUTER, on=(Deal.contact == Contact.id))
        .where(Deal.id.in_(sorted(set(deal_ids))) & visible(actor))
        .tuples()
    )
    return {i: f"{number} {title}" + (f" — {who}" if who else "") for i, number, title, who in query}
