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
    owner_names,
    owners_condition,
    period,
    rate,
)
from desktop.services.reports.wonlost import closed_query
from desktop.store import prepared
from desktop.store.models import Deal, DealActivity, OutboxMessage, Task, User
from desktop.store.prepared import param, params

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
    conds = [] if actor.is_manager else [column == param(actor.id, "actor")]
    if f.owner_ids:
        conds.append(owners_condition(f.owner_ids, column))
    return conds


def _on_deals(query, deal_column, f: Filters):
    """Narrow work to deals of the chosen process and sources (only when such a filter is set)."""
    if f.process_id is None and not f.sources:
        return query
    query = query.join(Deal, JOIN.INNER, on=(deal_column == Deal.id))
    if f.process_id is not None:
        query = query.where(Deal.process == param(f.process_id, "process"))
    if f.sources:
        query = query.where(Deal.source.in_(params(f.sources, "source")))
    return query


def _grouped(name: str, build, key) -> dict:
    """One metric's counts per person: ``build()`` the query (compiled once per shape, ``prepared``)."""
    return dict(prepared.rows(("activity", name), lambda: build().group_by(key)))


def _where(query, *conds):
    return query.where(*conds) if conds else query


def metrics(actor: Actor, f: Filters, now: datetime) -> dict[str, dict]:
    out: dict[str, dict] = {}

    def tasks():
        return _where(_on_deals(Task.select(Task.owner, fn.COUNT(Task.id)), Task.deal, f), *_who(actor, f, Task.owner))

    def done_tasks():
        return tasks().where(Task.done_at.is_null(False), *period(Task.done_at, f))

    def open_tasks():
        return tasks().where(Task.done_at.is_null(), *period(Task.due_at, f))  # never empty

    def planned():
        return open_tasks().where(Task.due_at.is_null() | (Task.due_at >= param(now, "now")))

    def overdue():
        return open_tasks().where(Task.due_at < param(now, "now"))

    def done():
        query = _on_deals(DealActivity.select(DealActivity.done_by, fn.COUNT(DealActivity.id)), DealActivity.deal, f)
        return _where(query, *_who(actor, f, DealActivity.done_by), *period(DealActivity.done_at, f))

    def mails():
        query = _on_deals(OutboxMessage.select(OutboxMessage.user, fn.COUNT(OutboxMessage.id)), OutboxMessage.deal, f)
        return query.where(
            OutboxMessage.status == "sent", *_who(actor, f, OutboxMessage.user), *period(OutboxMessage.sent_at, f)
        )

    def created():
        query = Deal.select(Deal.owner, fn.COUNT(SQL("*"))).where(Deal.spam == False, *_who(actor, f, Deal.owner))  # noqa: E712
        if f.process_id is not None:
            query = query.where(Deal.process == param(f.process_id, "process"))
        if f.sources:
            query = query.where(Deal.source.in_(params(f.sources, "source")))
        return _where(query, *period(Deal.created_at, f))

    out["tasks_done"] = _grouped("tasks done", done_tasks, Task.owner)
    out["tasks_planned"] = _grouped("tasks planned", planned, Task.owner)
    out["tasks_overdue"] = _grouped("tasks overdue", overdue, Task.owner)
    out["activities"] = _grouped("activities", done, DealActivity.done_by)
    out["emails"] = _grouped("emails", mails, OutboxMessage.user)
    out["created"] = _grouped("created", created, Deal.owner)
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
        active = prepared.rows("active users", lambda: User.select(User.id).where(User.active == True))  # noqa: E712
        people |= {uid for (uid,) in active}
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
