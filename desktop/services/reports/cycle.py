"""Sales cycle (``cycle``): how long deals take and where they wait.

- Days from creation to Won or Lost (calendar days from the day a deal was created to the day it entered its
  closed stage): median and average, for all closed deals, won ones and lost ones; the period narrows to deals
  closed in it.
- Average days in each stage from the stays, current stays of open deals counted up to now; the period narrows
  to stays begun in it.
- Deals stuck: open deals that have sat in their stage longer than its rotting days (as the board marks them).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from peewee import Case, fn

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.timeutil import utcnow
from desktop.services.context import Actor
from desktop.services.reports.base import (
    COUNT,
    DAYS,
    TEXT,
    Chart,
    Column,
    Figure,
    Filters,
    Report,
    Series,
    View,
    days,
    deal_conditions,
    elapsed_days,
    medians,
    one_decimal,
    period,
    stages_of,
)
from desktop.store.models import Deal, Stage, StageStay

NAME = "cycle"
TITLE = QT_TRANSLATE_NOOP("Reports", "Sales cycle")
GROUPINGS: dict[str, str] = {}
PERIOD_MEANS = QT_TRANSLATE_NOOP("Reports", "Deals closed (and stays begun) in the period")


def _closed(actor: Actor, f: Filters):
    return (
        Deal.select()
        .join(Stage, on=(Deal.stage == Stage.id))
        .where(Stage.kind.in_(["won", "lost"]), *deal_conditions(actor, f), *period(Deal.stage_entered_at, f))
    )


def cycle_days(actor: Actor, f: Filters) -> dict[str, dict[str, object]]:
    """{"all"|"won"|"lost": {"median", "average", "count"}} of days from creation to closing."""
    length = days(Deal.created_at, Deal.stage_entered_at)
    out: dict[str, dict[str, object]] = {
        k: {"median": None, "average": None, "count": 0} for k in ("all", "won", "lost")
    }
    averages = _closed(actor, f).select(Stage.kind, fn.AVG(length), fn.COUNT(Deal.id)).group_by(Stage.kind)
    total, count = 0.0, 0
    for kind, average, n in averages.tuples():
        out[kind].update(average=one_decimal(average), count=int(n))
        total, count = total + float(average) * int(n), count + int(n)
    out["all"].update(average=one_decimal(total / count) if count else None, count=count)
    for kind, median in medians(Stage.kind, length, _closed(actor, f)).items():
        out[kind]["median"] = median
    out["all"]["median"] = medians(None, length, _closed(actor, f)).get(None)
    return out


def time_in_stage(actor: Actor, f: Filters, stage_ids: list[int], now: datetime) -> dict[int, tuple]:
    """stage id -> (average days, stays, current stays)."""
    spent = elapsed_days(StageStay.entered_at, fn.COALESCE(StageStay.left_at, now))
    query = (
        StageStay.select(
            StageStay.stage,
            fn.AVG(spent),
            fn.COUNT(StageStay.id),
            fn.SUM(Case(None, [(StageStay.left_at.is_null(), 1)], 0)),
        )
        .join(Deal, on=(StageStay.deal == Deal.id))
        .where(StageStay.stage.in_(stage_ids), *deal_conditions(actor, f), *period(StageStay.entered_at, f))
        .group_by(StageStay.stage)
    )
    return {sid: (one_decimal(avg), int(n), int(cur or 0)) for sid, avg, n, cur in query.tuples()}


def stuck(actor: Actor, f: Filters, stages: list[tuple], now: datetime) -> dict[int, int]:
    """Open deals past their stage's rotting days (whole days in stage > rotting days, as on the board)."""
    rotting = [(sid, rot) for sid, _label, _kind, rot in stages if rot]
    if not rotting:
        return {}
    cond = None
    for sid, rot in rotting:
        one = (Deal.stage == sid) & (Deal.stage_entered_at <= now - timedelta(days=rot + 1))
        cond = one if cond is None else (cond | one)
    query = Deal.select(Deal.stage, fn.COUNT(Deal.id)).where(cond, *deal_conditions(actor, f)).group_by(Deal.stage)
    return dict(query.tuples())


def run(actor: Actor, f: Filters, now: datetime | None = None) -> Report:
    f.check()
    now = now or utcnow()
    stages = stages_of(f.process_id, ("open",))
    stage_ids = [s[0] for s in stages]
    spent = time_in_stage(actor, f, stage_ids, now) if stage_ids else {}
    late = stuck(actor, f, stages, now)
    columns = [
        Column("stage", QT_TRANSLATE_NOOP("Reports", "Stage"), TEXT),
        Column("average_days", QT_TRANSLATE_NOOP("Reports", "Average days in stage"), DAYS),
        Column("stays", QT_TRANSLATE_NOOP("Reports", "Stays"), COUNT),
        Column("current", QT_TRANSLATE_NOOP("Reports", "Deals there now"), COUNT),
        Column("rotting_days", QT_TRANSLATE_NOOP("Reports", "Rotting days"), COUNT),
        Column("stuck", QT_TRANSLATE_NOOP("Reports", "Stuck past rotting days"), COUNT),
    ]
    rows = []
    for sid, label, _kind, rot in stages:
        average, n, current = spent.get(sid, (None, 0, 0))
        rows.append([label, average, n, current, rot, late.get(sid, 0) if rot else None])
    cycle = cycle_days(actor, f)
    summary = [
        Figure(QT_TRANSLATE_NOOP("Reports", "Median days to close"), cycle["all"]["median"], DAYS),
        Figure(QT_TRANSLATE_NOOP("Reports", "Average days to close"), cycle["all"]["average"], DAYS),
        Figure(QT_TRANSLATE_NOOP("Reports", "Median days to win"), cycle["won"]["median"], DAYS),
        Figure(QT_TRANSLATE_NOOP("Reports", "Average days to win"), cycle["won"]["average"], DAYS),
        Figure(QT_TRANSLATE_NOOP("Reports", "Median days to lose"), cycle["lost"]["median"], DAYS),
        Figure(QT_TRANSLATE_NOOP("Reports", "Stuck deals"), sum(late.values())),
    ]
    views = [
        View(
            QT_TRANSLATE_NOOP("Reports", "Average days in stage"),
            [Series(QT_TRANSLATE_NOOP("Reports", "Average days in stage"), [float(r[1] or 0) for r in rows])],
            DAYS,
        ),
        View(
            QT_TRANSLATE_NOOP("Reports", "Stuck past rotting days"),
            [Series(QT_TRANSLATE_NOOP("Reports", "Stuck past rotting days"), [float(r[5] or 0) for r in rows])],
            COUNT,
        ),
    ]
    drill = [{"process_id": f.process_id, "stage_ids": [sid]} for sid in stage_ids]
    chart = Chart("bar", [s[1] for s in stages], views)
    return Report(NAME, TITLE, columns, rows, chart, summary, drill, extra={"days_to_close": cycle})
