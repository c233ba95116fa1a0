"""Sales cycle (``cycle``): how long deals take and where they wait.

- Days from creation to Won or Lost (calendar days from the day a deal was created to the day it entered its
  closed stage): median and average, for all closed deals, won ones and lost ones; the period narrows to deals
  closed in it.
- Average days in each stage from the stays, current stays of open deals counted up to now; the period narrows
  to stays begun in it.
- Deals stuck: open deals that have sat in their stage longer than its rotting days (as the board marks them).
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import datetime, timedelta
from decimal import Decimal
from itertools import accumulate, groupby
from operator import itemgetter, mul

from peewee import SQL, Case, Cast, NodeList, fn

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.timeutil import utcnow
from desktop.services.actor import Actor
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
    counted_stays,
    days,
    deal_conditions,
    elapsed_days,
    every_deal,
    one_decimal,
    period,
    slot,
    stage_totals,
    stages_of,
    union_of,
    zone,
)
from desktop.store import db as store_db
from desktop.store import deal_paths, prepared
from desktop.store.localdays import seconds_of
from desktop.store.models import CycleTotal, Deal, DealPath, StageStay, StageTime
from desktop.store.prepared import named, param, params, slots


def seconds(column):
    """Whole seconds since 1970 of a timestamp column (as the triggers keeping ``stage_time`` count them)."""
    if store_db.is_postgres():
        return Cast(fn.FLOOR(NodeList((SQL("EXTRACT(EPOCH FROM"), column, SQL(")")))), "BIGINT")
    return Cast(fn.strftime("%s", column), "INTEGER")


NAME = "cycle"
TITLE = QT_TRANSLATE_NOOP("Reports", "Sales cycle")
GROUPINGS: dict[str, str] = {}
PERIOD_MEANS = QT_TRANSLATE_NOOP("Reports", "Deals closed (and stays begun) in the period")


def _closed(actor: Actor, f: Filters, kind_of: dict[int, str]):
    """Won and lost deals (closed in the period), their stages picked by id (see ``deal_stage_closing``)."""
    return Deal.select().where(
        Deal.stage.in_(params(list(kind_of), "stage")),
        *deal_conditions(actor, f, process=False),
        *period(Deal.stage_entered_at, f),
    )


def cycle_days(actor: Actor, f: Filters) -> dict[str, dict[str, object]]:
    """{"all"|"won"|"lost": {"median", "average", "count"}} of days from creation to closing.

    One grouped query: how many deals of each closed stage took each whole number of days (a few hundred
    rows, whatever the number of deals); the medians and averages are read off that histogram, so the
    database never sorts the deals. The days are stored per deal (``deal_path.cycle_days``): when only spam
    needs leaving out they are read off the (stage, days, deal) index in order; otherwise, or when the
    business zone is not the one they were counted in, they are counted from the deals' dates."""
    kind_of = {sid: kind for sid, _label, kind, _rot in stages_of(f.process_id, ("won", "lost"))}
    if not kind_of:
        return {k: histogram_figures({}) for k in ("all", "won", "lost")}
    stored = _stored_apply(actor, f, periods=True) and deal_paths.days_zone(fresh=True) == zone().key
    rows = _stored_days(list(kind_of)) if stored else None
    if rows is None:

        def counted():
            length = days(Deal.created_at, Deal.stage_entered_at)
            return (
                _closed(actor, f, kind_of).select(Deal.stage, length, fn.COUNT(SQL("*"))).group_by(Deal.stage, length)
            )

        rows = prepared.rows("cycle days", counted)
    # (days, deals) per kind, then sorted: the histograms' figures come from running sums (``sorted_figures``),
    # the rows split by stage with C-level helpers (a few hundred rows: looping over them in Python cost more
    # than reading them)
    pairs: dict[str, list[tuple[int, int]]] = {"won": [], "lost": []}
    for sid, group in groupby(rows, _STAGE):
        pairs[kind_of[sid]] += map(_DAYS_DEALS, group)
    every = pairs["won"] + pairs["lost"]
    return {
        "all": sorted_figures(sorted(every)),
        "won": sorted_figures(sorted(pairs["won"])),
        "lost": sorted_figures(sorted(pairs["lost"])),
    }


_STAGE = itemgetter(0)
_DAYS_DEALS = itemgetter(1, 2)


def _stored_days(stage_ids: list[int]) -> list[tuple[int, int, int]] | None:
    """(stage, days, deals) of the non-spam deals of these stages from ``cycle_total`` (kept by triggers) less
    the few spam deals' days; None when some deal's days are not known (the report then counts them)."""
    count = len(stage_ids)
    stages = named("stage", stage_ids)
    totals = prepared.run(
        ("cycle totals", count),
        lambda: CycleTotal.select(CycleTotal.stage_id, CycleTotal.cycle_days, CycleTotal.deals).where(
            CycleTotal.stage_id.in_(slots("stage", count)), CycleTotal.deals > 0
        ),
        stages,
    )
    if totals and min(map(_DAYS, totals)) < 0:
        return None  # days not known (written while the business zone was being changed)

    def spam_days():
        spam = Deal.select(Deal.id).where(Deal.spam == True)  # noqa: E712 - SQL comparison
        return (
            DealPath.select(DealPath.stage_id, DealPath.cycle_days, fn.COUNT(SQL("*")))
            .where((DealPath.stage_id + 0).in_(slots("stage", count)), DealPath.deal.in_(spam))  # spam first
            .group_by(DealPath.stage_id, DealPath.cycle_days)
        )

    spam = prepared.run(("spam days", count), spam_days, stages)
    if not spam:
        return totals
    counts: dict[tuple[int, int], int] = {(sid, n_days): int(n) for sid, n_days, n in totals}
    for sid, n_days, n in spam:
        counts[(sid, n_days)] = counts.get((sid, n_days), 0) - int(n)
    return [(sid, n_days, n) for (sid, n_days), n in counts.items() if n > 0]


_DAYS = itemgetter(1)


def _stored_apply(actor: Actor, f: Filters, periods: bool) -> bool:
    """Whether the stored summaries answer: a manager's report of every deal but spam (no owner, source or
    period narrowing)."""
    return every_deal(actor, f) and not (periods and (f.start or f.end))


def histogram_figures(histogram: dict[int, int]) -> dict[str, object]:
    """Median (the middle value, or the mean of the two middle ones), average and count of the values that
    ``histogram`` counts (value -> how many)."""
    return sorted_figures(sorted(histogram.items()))


def sorted_figures(pairs: list[tuple[int, int]]) -> dict[str, object]:
    """``histogram_figures`` of (value, how many) pairs in order of value (a value may come more than once, each
    count > 0): the middle values found by bisecting the running count."""
    if not pairs:
        return {"median": None, "average": None, "count": 0}
    values, counts = zip(*pairs, strict=True)  # ints, as both back ends count days and deals
    running = list(accumulate(counts))
    count = running[-1]
    if not count:
        return {"median": None, "average": None, "count": 0}
    total = sum(map(mul, values, counts))
    low = values[bisect_left(running, (count + 1) // 2)]  # the 1-based positions of the middle value(s)
    high = values[bisect_left(running, count // 2 + 1)]
    return {"median": one_decimal((low + high) / 2), "average": one_decimal(total / count), "count": count}


def time_in_stage(actor: Actor, f: Filters, stage_ids: list[int], now: datetime) -> dict[int, tuple]:
    """stage id -> (average days, stays, current stays).

    A manager's report of every deal reads ``stage_time`` (per stage: stays, open stays, Σ entry second of the
    open ones, Σ seconds of the closed ones, kept by triggers), less the few spam deals' stays; otherwise the
    stays are read and measured."""
    if _stored_apply(actor, f, periods=True):
        return _time_in_stage_stored(stage_ids, now)

    def build():
        spent = elapsed_days(StageStay.entered_at, fn.COALESCE(StageStay.left_at, param(now, "now")))
        query = (
            StageStay.select(
                StageStay.stage,
                fn.AVG(spent),
                fn.COUNT(StageStay.id),
                fn.SUM(Case(None, [(StageStay.left_at.is_null(), 1)], 0)),
            )
            .where(StageStay.stage.in_(params(stage_ids, "stage")), *period(StageStay.entered_at, f))
            .group_by(StageStay.stage)
        )
        return counted_stays(query, actor, f)

    rows = prepared.rows("time in stage", build)
    return {sid: (one_decimal(avg), int(n), int(cur or 0)) for sid, avg, n, cur in rows}


def _time_in_stage_stored(stage_ids: list[int], now: datetime) -> dict[int, tuple]:
    totals: dict[int, list[int]] = {}
    count = len(stage_ids)
    stages = named("stage", stage_ids)
    rows = prepared.run(
        ("stage time", count),
        lambda: StageTime.select(
            StageTime.stage, StageTime.stays, StageTime.open_stays, StageTime.open_entered, StageTime.closed_seconds
        ).where(StageTime.stage.in_(slots("stage", count))),
        stages,
    )
    for sid, *numbers in rows:
        totals[sid] = [int(n) for n in numbers]

    def spam_stays():
        spam = Deal.select(Deal.id).where(Deal.spam == True)  # noqa: E712 - SQL comparison
        entered, left = seconds(StageStay.entered_at), seconds(StageStay.left_at)
        is_open = StageStay.left_at.is_null()
        return (
            StageStay.select(
                StageStay.stage,
                fn.COUNT(SQL("*")),
                fn.SUM(Case(None, [(is_open, 1)], 0)),
                fn.SUM(Case(None, [(is_open, entered)], 0)),
                fn.SUM(Case(None, [(is_open, 0)], left - entered)),
            )
            .where(StageStay.deal.in_(spam), StageStay.stage.in_(slots("stage", count)))
            .group_by(StageStay.stage)
        )

    for sid, *numbers in prepared.run(("spam stays", count), spam_stays, stages):
        for i, n in enumerate(numbers):
            totals[sid][i] -= int(n or 0)
    now_s = seconds_of(now)
    out = {}
    for sid, (stays, open_stays, open_entered, closed_seconds) in totals.items():
        if stays <= 0:
            continue
        spent = Decimal(closed_seconds + open_stays * now_s - open_entered) / Decimal(86400 * stays)
        out[sid] = (one_decimal(spent), stays, open_stays)
    return out


def stuck(actor: Actor, f: Filters, stages: list[tuple], now: datetime) -> dict[int, int]:
    """Open deals past their stage's rotting days (whole days in stage > rotting days, as on the board): the
    stage's deals (``deal_total``) less those that entered it within the rotting days, one range count per stage
    on ``deal_stage_closing`` (stage, spam, entered): in a pipeline of a million deals the recent ones are the
    few, the stuck ones the many."""
    rotting = [(sid, rot) for sid, _label, _kind, rot in stages if rot]
    if not rotting:
        return {}
    rotting_ids = [sid for sid, _rot in rotting]
    in_stage = {sid: int(n) for sid, n in stage_totals(actor, f, rotting_ids)}

    def recent():
        return Deal.select(slot("sid"), fn.COUNT(SQL("*"))).where(
            Deal.stage == slot("sid"), Deal.stage_entered_at > slot("since"), *deal_conditions(actor, f, process=False)
        )

    parts = [{"sid": sid, "since": now - timedelta(days=rot + 1)} for sid, rot in rotting]
    everyone = every_deal(actor, f)  # no narrowing: the query's one shape is built once
    key = "entered lately of all" if everyone else "entered lately"
    entered_lately = {int(sid): int(n) for sid, n in union_of(key, recent, parts, fixed=everyone)}
    return {sid: in_stage.get(sid, 0) - entered_lately.get(sid, 0) for sid, _rot in rotting}


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
