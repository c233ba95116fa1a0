"""Conversion (``conversion``): the stage-to-stage funnel of one process, from the stays history.

Two counts per stage, as HubSpot offers them: deals that **reached the stage at any point** (they have a stay
in it), and deals that went **through every stage in order** (their stays, in time order, are the process's
open stages from the first one, then Won; a skipped stage, a step back or a detour into another closed stage
ends the run). Conversion is each count against the previous stage's, drop-off its complement, and the win
rate is won / (won + lost) among the same deals. The period narrows to deals created in it (a cohort).
"""

from __future__ import annotations

from peewee import SQL, Case, fn

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.services.context import Actor
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
    counted_stays,
    deal_conditions,
    period,
    rate,
    require_process,
    stages_of,
)
from desktop.store.models import Deal, StageStay

NAME = "conversion"
TITLE = QT_TRANSLATE_NOOP("Reports", "Conversion")
GROUPINGS: dict[str, str] = {}
PERIOD_MEANS = QT_TRANSLATE_NOOP("Reports", "Deals created in the period")


def reached_any(actor: Actor, f: Filters, stage_ids: list[int]) -> dict[int, int]:
    query = (
        StageStay.select(StageStay.stage, fn.COUNT(fn.DISTINCT(StageStay.deal)))
        .where(StageStay.stage.in_(stage_ids))
        .group_by(StageStay.stage)
    )
    return dict(counted_stays(query, actor, f, created_period=True).tuples())


def depths(actor: Actor, f: Filters, stage_ids: list[int]) -> dict[int, int]:
    """How many deals went through exactly the first k funnel stages in order, per k (k >= 1).

    Only deals that were ever in the first stage can have gone through it first, so those are the ones read:
    their stays come in deal order from ``stage_stay_deal_order`` and the window needs no sort."""
    order = Case(StageStay.stage, [(sid, i + 1) for i, sid in enumerate(stage_ids)], 0)
    started = StageStay.select(StageStay.deal).where(StageStay.stage == stage_ids[0])
    ranked = StageStay.select(
        StageStay.deal.alias("deal_id"),
        fn.ROW_NUMBER().over(partition_by=[StageStay.deal], order_by=[StageStay.entered_at, StageStay.id]).alias("rn"),
        order.alias("ord"),
    ).where(StageStay.deal.in_(started))
    ranked = counted_stays(ranked, actor, f, created_period=True).alias("ranked")
    first_break = fn.MIN(Case(None, [(ranked.c.ord != ranked.c.rn, ranked.c.rn)], None))
    per_deal = (
        StageStay.select(fn.COALESCE(first_break - 1, fn.MAX(ranked.c.rn)).alias("depth"))
        .from_(ranked)
        .group_by(ranked.c.deal_id)
        .alias("per_deal")
    )
    query = StageStay.select(per_deal.c.depth, fn.COUNT(SQL("*"))).from_(per_deal).group_by(per_deal.c.depth)
    return {int(d): int(n) for d, n in query.tuples()}


def outcomes(actor: Actor, f: Filters) -> dict[str, int]:
    """Won and lost deals among the cohort, their stages picked by id (``deal_stage_closing``)."""
    kind_of = {sid: kind for sid, _label, kind, _rot in stages_of(f.process_id, ("won", "lost"))}
    if not kind_of:
        return {}
    query = (
        Deal.select(Deal.stage, fn.COUNT(Deal.id))
        .where(Deal.stage.in_(list(kind_of)), *deal_conditions(actor, f, process=False), *period(Deal.created_at, f))
        .group_by(Deal.stage)
    )
    out: dict[str, int] = {}
    for sid, n in query.tuples():
        out[kind_of[sid]] = out.get(kind_of[sid], 0) + int(n)
    return out


def run(actor: Actor, f: Filters) -> Report:
    process_id = require_process(f.check())
    stages = [s for s in stages_of(process_id) if s[2] == "open"] + stages_of(process_id, ("won",))[:1]
    stage_ids = [s[0] for s in stages]
    labels = [s[1] for s in stages]
    any_point = reached_any(actor, f, stage_ids) if stage_ids else {}
    per_depth = depths(actor, f, stage_ids) if stage_ids else {}
    in_order = [sum(n for d, n in per_depth.items() if d >= k) for k in range(1, len(stage_ids) + 1)]
    counts = [any_point.get(s, 0) for s in stage_ids]

    columns = [
        Column("stage", QT_TRANSLATE_NOOP("Reports", "Stage"), TEXT),
        Column("reached", QT_TRANSLATE_NOOP("Reports", "Reached at any point"), COUNT),
        Column("conversion", QT_TRANSLATE_NOOP("Reports", "Conversion from previous stage"), PERCENT),
        Column("drop_off", QT_TRANSLATE_NOOP("Reports", "Drop-off"), PERCENT),
        Column("in_order", QT_TRANSLATE_NOOP("Reports", "Through every stage in order"), COUNT),
        Column("in_order_conversion", QT_TRANSLATE_NOOP("Reports", "Conversion in order"), PERCENT),
        Column("in_order_drop_off", QT_TRANSLATE_NOOP("Reports", "Drop-off in order"), PERCENT),
    ]
    rows = []
    for i, label in enumerate(labels):
        conversion = rate(counts[i], counts[i - 1]) if i else None
        ordered = rate(in_order[i], in_order[i - 1]) if i else None
        rows.append(
            [
                label,
                counts[i],
                conversion,
                100 - conversion if conversion is not None else None,
                in_order[i],
                ordered,
                100 - ordered if ordered is not None else None,
            ]
        )
    ends = outcomes(actor, f)
    won, lost = ends.get("won", 0), ends.get("lost", 0)
    summary = [
        Figure(QT_TRANSLATE_NOOP("Reports", "Won"), won),
        Figure(QT_TRANSLATE_NOOP("Reports", "Lost"), lost),
        Figure(QT_TRANSLATE_NOOP("Reports", "Win rate"), rate(won, won + lost), PERCENT),
    ]
    views = [
        View(
            QT_TRANSLATE_NOOP("Reports", "Reached at any point"),
            [Series(QT_TRANSLATE_NOOP("Reports", "Reached at any point"), [float(c) for c in counts])],
        ),
        View(
            QT_TRANSLATE_NOOP("Reports", "Through every stage in order"),
            [Series(QT_TRANSLATE_NOOP("Reports", "Through every stage in order"), [float(c) for c in in_order])],
        ),
    ]
    return Report(NAME, TITLE, columns, rows, Chart("funnel", labels, views), summary, [None] * len(rows))
