"""Activity (``activity``): per salesperson, what they did in the period: tasks done, planned and overdue (as of
now), stage activities done, e-mails sent, deals created, won and lost.

Each figure is one grouped query on its own table, keyed by the person: a task's owner, an activity's doer, an
e-mail's sender, a deal's owner. The process and source filters narrow to work on such deals.
"""

from __future__ import annotations

from datetime import datetime

from peewee import JOIN, SQL, fn

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.timeutil import utcnow
from desktop.services.actor import Actor
from desktop.services.reports.base import (
    COUNT,
    PERCENT,
    TEXT,
    Chart,
    Column,
    Figure,
    Filters,
    Report,
    Series,
    View,
    fetch,
    owner_names,
    owners_condition,
    period,
    rate,
)
from desktop.services.reports.wonlost import closed_query
from desktop.store.models import Deal, DealActivity, OutboxMessage, Task, User

NAME = "activity"
TITLE = QT_TRANSLATE_NOOP("Reports", "Activity")
GROUPINGS: dict[str, str] = {}
PERIOD_MEANS = QT_TRANSLATE_NOOP("Reports", "Work done (and tasks due) in the period")

METRICS = (
    ("tasks_done", QT_TRANSLATE_NOOP("Reports", "Tasks done")),
    ("tasks_planned", QT_TRANSLATE_NOOP("Reports", "Tasks planned")),
    ("tasks_overdue", QT_TRANSLATE_NOOP("Reports", "Tasks overdue")),
    ("activities", QT_TRANSLATE_NOOP("Reports", "Activities done")),
    ("emails", QT_TRANSLATE_NOOP("Reports", "E-mails sent")),
    ("created", QT_TRANSLATE_NOOP("Reports", "Deals created")),
    ("won", QT_TRANSLATE_NOOP("Reports", "Won")),
    ("lost", QT_TRANSLATE_NOOP("Reports", "Lost")),
)


def _who(actor: Actor, f: Filters, column) -> list:
    conds = [] if actor.is_manager else [column == actor.id]
    if f.owner_ids:
        conds.append(owners_condition(f.owner_ids, column))
    return conds


def _on_deals(query, deal_column, f: Filters):
    """Narrow work to deals of the chosen process and sources (only when such a filter is set)."""
    if f.process_id is None and not f.sources:
        return query
    query = query.join(Deal, JOIN.INNER, on=(deal_column == Deal.id))
    if f.process_id is not None:
        query = query.where(Deal.process == f.process_id)
    if f.sources:
        query = query.where(Deal.source.in_(list(f.sources)))
    return query


def _grouped(query, key) -> dict:
    return dict(fetch(query.group_by(key)))


def _where(query, *conds):
    return query.where(*conds) if conds else query


def metrics(actor: Actor, f: Filters, now: datetime) -> dict[str, dict]:
    out: dict[str, dict] = {}
    tasks = _where(_on_deals(Task.select(Task.owner, fn.COUNT(Task.id)), Task.deal, f), *_who(actor, f, Task.owner))
    out["tasks_done"] = _grouped(tasks.where(Task.done_at.is_null(False), *period(Task.done_at, f)), Task.owner)
    open_tasks = tasks.where(Task.done_at.is_null(), *period(Task.due_at, f))  # never empty
    out["tasks_planned"] = _grouped(open_tasks.where(Task.due_at.is_null() | (Task.due_at >= now)), Task.owner)
    out["tasks_overdue"] = _grouped(open_tasks.where(Task.due_at < now), Task.owner)
    done = _on_deals(DealActivity.select(DealActivity.done_by, fn.COUNT(DealActivity.id)), DealActivity.deal, f)
    out["activities"] = _grouped(
        _where(done, *_who(actor, f, DealActivity.done_by), *period(DealActivity.done_at, f)), DealActivity.done_by
    )
    mails = _on_deals(OutboxMessage.select(OutboxMessage.user, fn.COUNT(OutboxMessage.id)), OutboxMessage.deal, f)
    out["emails"] = _grouped(
        mails.where(
            OutboxMessage.status == "sent", *_who(actor, f, OutboxMessage.user), *period(OutboxMessage.sent_at, f)
        ),
        OutboxMessage.user,
    )
    created = Deal.select(Deal.owner, fn.COUNT(SQL("*"))).where(Deal.spam == False, *_who(actor, f, Deal.owner))  # noqa: E712
    if f.process_id is not None:
        created = created.where(Deal.process == f.process_id)
    if f.sources:
        created = created.where(Deal.source.in_(list(f.sources)))
    out["created"] = _grouped(_where(created, *period(Deal.created_at, f)), Deal.owner)
    out["won"], out["lost"] = {}, {}
    for owner, kind, _currency, count, _total in closed_query(actor, f, Deal.owner, ("won", "lost")):
        out[kind][owner] = out[kind].get(owner, 0) + int(count)
    return out


def run(actor: Actor, f: Filters, now: datetime | None = None) -> Report:
    f.check()
    now = now or utcnow()
    data = metrics(actor, f, now)
    people = {k for values in data.values() for k in values}
    if actor.is_manager and not f.owner_ids:  # everyone active appears, even with nothing done
        people |= {uid for (uid,) in fetch(User.select(User.id).where(User.active == True))}  # noqa: E712
    elif not actor.is_manager:
        people = {actor.id}
    names = owner_names(people)
    ordered = sorted(people, key=lambda k: (k is None, names.get(k, "").lower()))
    labels = [names.get(k) if k is not None else None for k in ordered]
    columns = [Column("owner", QT_TRANSLATE_NOOP("Reports", "Salesperson"), TEXT)]
    columns += [Column(key, label, COUNT) for key, label in METRICS]
    columns.append(Column("win_rate", QT_TRANSLATE_NOOP("Reports", "Win rate"), PERCENT))
    rows = []
    for k, label in zip(ordered, labels, strict=True):
        row = [label, *[int(data[key].get(k, 0)) for key, _ in METRICS]]
        won, lost = data["won"].get(k, 0), data["lost"].get(k, 0)
        rows.append([*row, rate(won, won + lost)])
    views = [
        View(
            QT_TRANSLATE_NOOP("Reports", "Tasks"),
            [Series(label, [float(data[key].get(k, 0)) for k in ordered]) for key, label in METRICS[:3]],
        ),
        View(
            QT_TRANSLATE_NOOP("Reports", "Work done"),
            [Series(label, [float(data[key].get(k, 0)) for k in ordered]) for key, label in METRICS[3:6]],
        ),
        View(
            QT_TRANSLATE_NOOP("Reports", "Deals"),
            [Series(label, [float(data[key].get(k, 0)) for k in ordered]) for key, label in METRICS[5:]],
        ),
    ]
    summary = [Figure(label, sum(int(v) for v in data[key].values())) for key, label in METRICS]
    drill = [{"process_id": f.process_id, "owner_ids": [k]} for k in ordered]
    return Report(NAME, TITLE, columns, rows, Chart("bar", labels, views), summary, drill)
