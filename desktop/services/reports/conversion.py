"""Conversion (``conversion``): the stage-to-stage funnel of one process, from the stays history.

Two counts per stage, as HubSpot offers them: deals that **reached the stage at any point** (they have a stay
in it), and deals that went **through every stage in order** (their stays, in time order, are the process's
open stages from the first one, then Won; a skipped stage, a step back or a detour into another closed stage
ends the run). Both come from the deals' paths (``deal_path``: each deal's stages in time order, kept by the
services), grouped by the database: the deals now in the process are counted. Conversion is each count
against the previous stage's, drop-off its complement, and the win rate is won / (won + lost) among the same
deals. The period narrows to deals created in it (a cohort).
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from peewee import SQL, fn

from desktop.domain.i18n import QT_TRANSLATE_NOOP
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
    deal_conditions,
    every_deal,
    period,
    rate,
    require_process,
    stage_totals,
    stages_of,
    tenths_of,
    totals_apply,
)
from desktop.store import prepared
from desktop.store.models import Deal, DealPath, PathTotal
from desktop.store.prepared import param, params, slot

NAME = "conversion"
TITLE = QT_TRANSLATE_NOOP("Reports", "Conversion")
GROUPINGS: dict[str, str] = {}
PERIOD_MEANS = QT_TRANSLATE_NOOP("Reports", "Deals created in the period")


def path_counts(actor: Actor, f: Filters, process_id: int) -> dict[str, int]:
    """How many of the counted deals now in the process took each path (their stays' stages in time order,
    kept in ``deal_path``): a few distinct paths whatever the number of deals. When only spam needs leaving
    out, the paths' totals (``path_total``, kept by triggers) less the few spam deals' paths answer; otherwise
    the deals are joined and filtered."""
    if every_deal(actor, f) and not (f.start or f.end):

        def totals_less_spam():
            totals = PathTotal.select(PathTotal.path, PathTotal.deals).where(
                PathTotal.process_id == slot("process"), PathTotal.deals > 0
            )
            spam = Deal.select(Deal.id).where(Deal.spam == True)  # noqa: E712 - SQL comparison
            # driven from the spam deals (``deal_spam``), each path found by its deal: "+ 0" keeps the planner
            # off the (process, path, deal) index, which SQLite's statistics (spam or not: half each) would pick
            less = (
                DealPath.select(DealPath.path, 0 - fn.COUNT(SQL("*")))
                .where(DealPath.process_id + 0 == slot("process"), DealPath.deal.in_(spam))
                .group_by(DealPath.path)
            )
            return totals.union_all(less)  # one statement: each path's total, then less its spam deals

        counts: dict[str, int] = {}
        for path, n in prepared.run("path totals less spam", totals_less_spam, {"process": process_id}):
            counts[path] = counts.get(path, 0) + n
        return {path: int(n) for path, n in counts.items() if n > 0}

    def paths():
        return (
            DealPath.select(DealPath.path, fn.COUNT(SQL("*")))
            .join(Deal, on=(DealPath.deal == Deal.id))
            .where(
                DealPath.process_id == param(process_id, "process"),
                *deal_conditions(actor, f, process=False),
                *period(Deal.created_at, f),
            )
            .group_by(DealPath.path)
        )

    return dict(prepared.rows("paths", paths))


def funnel_counts(paths: dict[str, int], stage_ids: list[int]) -> tuple[list[int], list[int]]:
    """Per funnel stage: deals that reached it at any point, and deals that went through every stage up to it
    in order (their first stays are the funnel's first stages, one after another)."""
    reached, in_order = _funnel_counts(tuple(paths.items()), tuple(stage_ids))
    return list(reached), list(in_order)


@lru_cache(maxsize=256)
def _funnel_counts(paths: tuple[tuple[str, int], ...], stage_ids: tuple[int, ...]) -> tuple[tuple, tuple]:
    """``funnel_counts`` of the same paths and counts (the same from one run to the next until deals move)."""
    reached = [0] * len(stage_ids)
    in_order = [0] * len(stage_ids)
    for path, count in paths:
        positions, depth = _path_in_funnel(path, stage_ids)
        for i in positions:
            reached[i] += count
        for i in range(depth):
            in_order[i] += count
    return tuple(reached), tuple(in_order)


@lru_cache(maxsize=8192)
def _path_in_funnel(path: str, funnel: tuple[int, ...]) -> tuple[tuple[int, ...], int]:
    """The funnel positions a path's stays reach, and how many of the funnel's first stages it went through in
    order (the few distinct paths come back on every run: each is read once)."""
    stays = [int(s) for s in path.strip(",").split(",") if s]
    position = {sid: i for i, sid in enumerate(funnel)}
    reached = tuple(sorted({position[sid] for sid in stays if sid in position}))
    depth = 0
    while depth < min(len(stays), len(funnel)) and stays[depth] == funnel[depth]:
        depth += 1
    return reached, depth


def outcomes(actor: Actor, f: Filters) -> dict[str, int]:
    """Won and lost deals among the cohort: from ``deal_total`` without a period, else counted with their
    stages picked by id (``deal_stage_closing``)."""
    kind_of = {sid: kind for sid, _label, kind, _rot in stages_of(f.process_id, ("won", "lost"))}
    if not kind_of:
        return {}
    stage_ids = list(kind_of)
    if totals_apply(f):
        rows = stage_totals(actor, f, stage_ids)
    else:
        rows = prepared.rows(
            "outcomes",
            lambda: (
                Deal.select(Deal.stage, fn.COUNT(SQL("*")))
                .where(
                    Deal.stage.in_(params(stage_ids, "stage")),
                    *deal_conditions(actor, f, process=False),
                    *period(Deal.created_at, f),
                )
                .group_by(Deal.stage)
            ),
        )
    out: dict[str, int] = {}
    for sid, n in rows:
        out[kind_of[sid]] = out.get(kind_of[sid], 0) + int(n)
    return out


COLUMNS = (
    Column("stage", QT_TRANSLATE_NOOP("Reports", "Stage"), TEXT),
    Column("reached", QT_TRANSLATE_NOOP("Reports", "Reached at any point"), COUNT),
    Column("conversion", QT_TRANSLATE_NOOP("Reports", "Conversion from previous stage"), PERCENT),
    Column("drop_off", QT_TRANSLATE_NOOP("Reports", "Drop-off"), PERCENT),
    Column("in_order", QT_TRANSLATE_NOOP("Reports", "Through every stage in order"), COUNT),
    Column("in_order_conversion", QT_TRANSLATE_NOOP("Reports", "Conversion in order"), PERCENT),
    Column("in_order_drop_off", QT_TRANSLATE_NOOP("Reports", "Drop-off in order"), PERCENT),
)


def run(actor: Actor, f: Filters) -> Report:
    process_id = require_process(f.check())
    every = stages_of(process_id)
    stages = [s for s in every if s[2] == "open"] + [s for s in every if s[2] == "won"][:1]
    stage_ids = [s[0] for s in stages]
    labels = [s[1] for s in stages]
    counts, in_order = funnel_counts(path_counts(actor, f, process_id) if stage_ids else {}, stage_ids)

    columns = list(COLUMNS)
    rows = []
    for i, label in enumerate(labels):
        if i:
            conversion, drop_off = _step(counts[i], counts[i - 1])
            ordered, ordered_drop_off = _step(in_order[i], in_order[i - 1])
        else:
            conversion = drop_off = ordered = ordered_drop_off = None
        rows.append([label, counts[i], conversion, drop_off, in_order[i], ordered, ordered_drop_off])
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
    return Report(NAME, TITLE, columns, rows, Chart("funnel", labels, views), summary, _drills(f, stage_ids))


def _drills(f: Filters, stage_ids: list[int]) -> list[dict]:
    """Per stage: the cohort's deals now in the process that reached it; in order, those whose first stays are
    the funnel's stages up to it."""
    cohort: dict = {"process_id": f.process_id}
    if f.owner_ids:
        cohort["owner_ids"] = list(f.owner_ids)
    if f.sources:
        cohort["sources"] = list(f.sources)
    if f.start:
        cohort["created_from"] = f.start
    if f.end:
        cohort["created_to"] = f.end
    out = []
    for i, sid in enumerate(stage_ids):
        in_order = {"through_stage_ids": stage_ids[: i + 1], "through_in_order": True}
        out.append({**cohort, "through_stage_ids": [sid], "columns": dict.fromkeys(_IN_ORDER_COLUMNS, in_order)})
    return out


_IN_ORDER_COLUMNS = ("in_order", "in_order_conversion", "in_order_drop_off")


def _step(count: int, before: int) -> tuple[Decimal | None, Decimal | None]:
    """The conversion from the stage before (``rate``) and the drop-off: 100 % less the conversion; none when
    more deals reached the stage than the one before it (deals that skipped the earlier stage, or came in at
    this one): a negative drop-off would mean nothing. Both from the same whole tenths (the counts are ints)."""
    if not before:
        return None, None
    tenths = (2000 * count + before) // (2 * before)  # half up, as ``rate``
    return tenths_of(tenths), (tenths_of(1000 - tenths) if tenths <= 1000 else None)
