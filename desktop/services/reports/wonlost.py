"""Won and lost (``won-lost``): closed deals per month of closing, per owner, or per lost reason: count and
value won, lost and otherwise closed (e.g. frozen), and the win rate = won / (won + lost).

A deal's closing moment is when it entered its closed stage (``deal.stage_entered_at``); the period narrows
to deals closed in it.
"""

from __future__ import annotations

from datetime import timedelta

from peewee import SQL, fn

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.services.actor import Actor
from desktop.services.reports.base import (
    COUNT,
    MONEY,
    MONTH,
    PERCENT,
    TEXT,
    Chart,
    Column,
    Figure,
    Filters,
    Money,
    Report,
    Series,
    View,
    bounds_of,
    check_by,
    deal_conditions,
    local_months,
    money,
    month_start,
    month_sums,
    next_month,
    owner_names,
    period,
    rate,
    stages_of,
)
from desktop.store import prepared
from desktop.store.models import Deal
from desktop.store.prepared import params

NAME = "won-lost"
TITLE = QT_TRANSLATE_NOOP("Reports", "Won and lost")
GROUPINGS = {
    "month": QT_TRANSLATE_NOOP("Reports", "Month"),
    "owner": QT_TRANSLATE_NOOP("Reports", "Owner"),
    "reason": QT_TRANSLATE_NOOP("Reports", "Lost reason"),
}
PERIOD_MEANS = QT_TRANSLATE_NOOP("Reports", "Deals closed in the period")
KINDS = ("won", "lost", "closed")


def closed_query(actor: Actor, f: Filters, key, kinds=KINDS):
    """Closed deals grouped by (key, stage kind, currency): count and Σ value.

    The closed stages are picked by id (a handful) rather than by joining their kind, so the database reads
    the ``deal_stage_closing`` index and never the deals of open stages."""
    kind_of = {sid: kind for sid, _label, kind, _rot in stages_of(f.process_id, tuple(kinds))}
    if not kind_of:
        return []
    stage_ids = list(kind_of)

    def build():
        return (
            Deal.select(key, Deal.stage, Deal.currency, fn.COUNT(SQL("*")), fn.SUM(Deal.value_minor))
            .where(
                Deal.stage.in_(params(stage_ids, "stage")),
                *deal_conditions(actor, f, process=False),
                *period(Deal.stage_entered_at, f),
            )
            .group_by(key, Deal.stage, Deal.currency)
        )

    rows = prepared.rows(("closed", key.name), build)
    return [(group, kind_of[sid], currency, n, total) for group, sid, currency, n, total in rows]


def closed_by_month(actor: Actor, f: Filters, kinds=KINDS):
    """As ``closed_query`` keyed by the month of closing (business time zone): per month and closed stage one
    range read of ``deal_stage_closing`` (stage, spam, entered, ...), summed per currency without sorting."""
    kind_of = {sid: kind for sid, _label, kind, _rot in stages_of(f.process_id, tuple(kinds))}
    if not kind_of:
        return []
    conds = deal_conditions(actor, f, process=False)
    stage_ids = list(kind_of)
    bounds = None if f.start and f.end else bounds_of(conds, stage_ids, Deal.stage_entered_at)
    months = local_months(f, bounds)
    rows = month_sums(
        "closed",
        lambda: deal_conditions(actor, f, process=False),
        stage_ids,
        Deal.stage_entered_at,
        months,
        [Deal.value_minor],
    )
    return [(month, kind_of[sid], currency, n, total) for month, sid, currency, n, total in rows]


def run(actor: Actor, f: Filters) -> Report:
    by = check_by(f.check(), tuple(GROUPINGS))
    per_kind = {kind: Money() for kind in KINDS}
    if by == "month":
        closed = closed_by_month(actor, f)
    else:
        key = {"owner": Deal.owner, "reason": Deal.lost_reason}[by]
        closed = closed_query(actor, f, key, ("lost",) if by == "reason" else KINDS)
    for group, kind, currency, count, total in closed:
        per_kind[kind].add(group, currency, count, total)
    won, lost, other = (per_kind[k] for k in KINDS)
    keys = set(won.count) | set(lost.count) | set(other.count)

    kind_ids = {k: [s[0] for s in stages_of(f.process_id, (k,))] for k in KINDS}
    closed_ids = [sid for k in KINDS for sid in kind_ids[k]]
    if by == "month":
        ordered = sorted(keys)
        labels: list = ordered
        drill: list = [_drill(f, kind_ids, closed_ids, **_month_range(f, k)) for k in ordered]
    elif by == "owner":
        names = owner_names(keys)
        ordered = sorted(keys, key=lambda k: (k is None, names.get(k, "").lower()))
        labels = [names.get(k) if k is not None else None for k in ordered]
        drill = [_drill(f, kind_ids, closed_ids, owner_ids=[k]) for k in ordered]
    else:
        ordered = sorted(keys, key=lambda k: (-lost.count.get(k, 0), k == "", k.lower()))
        labels = [k or None for k in ordered]
        drill = [_drill(f, {"lost": kind_ids["lost"]}, kind_ids["lost"], lost_reasons=[k]) for k in ordered]

    currencies = sorted(set(won.currencies()) | set(lost.currencies()), key=lambda c: (c != "PLN", c))
    if by == "reason":
        columns = [Column(by, GROUPINGS[by], TEXT), Column("lost", QT_TRANSLATE_NOOP("Reports", "Lost"), COUNT)]
        columns += [Column("lost_value", QT_TRANSLATE_NOOP("Reports", "Value lost"), MONEY, c) for c in currencies]
        columns.append(Column("share", QT_TRANSLATE_NOOP("Reports", "Share of lost"), PERCENT))
        all_lost = sum(lost.count.values())
        rows = [
            [label, lost.count.get(k, 0), *[lost.sum(k, c) for c in currencies], rate(lost.count.get(k, 0), all_lost)]
            for k, label in zip(ordered, labels, strict=True)
        ]
        views = [
            View(
                QT_TRANSLATE_NOOP("Reports", "Lost"),
                [_series(QT_TRANSLATE_NOOP("Reports", "Lost"), lost.count, ordered)],
                COUNT,
            )
        ]
        chart = Chart("pie", labels, views)
    else:
        columns = [
            Column(by, GROUPINGS[by], MONTH if by == "month" else TEXT),
            Column("won", QT_TRANSLATE_NOOP("Reports", "Won"), COUNT),
            Column("lost", QT_TRANSLATE_NOOP("Reports", "Lost"), COUNT),
            Column("other", QT_TRANSLATE_NOOP("Reports", "Other closed"), COUNT),
            Column("win_rate", QT_TRANSLATE_NOOP("Reports", "Win rate"), PERCENT),
        ]
        columns += [Column("won_value", QT_TRANSLATE_NOOP("Reports", "Value won"), MONEY, c) for c in currencies]
        columns += [Column("lost_value", QT_TRANSLATE_NOOP("Reports", "Value lost"), MONEY, c) for c in currencies]
        rows = []
        for k, label in zip(ordered, labels, strict=True):
            w, lo = won.count.get(k, 0), lost.count.get(k, 0)
            rows.append(
                [
                    label,
                    w,
                    lo,
                    other.count.get(k, 0),
                    rate(w, w + lo),
                    *[won.sum(k, c) for c in currencies],
                    *[lost.sum(k, c) for c in currencies],
                ]
            )
        views = [
            View(
                QT_TRANSLATE_NOOP("Reports", "Deals"),
                [
                    _series(QT_TRANSLATE_NOOP("Reports", "Won"), won.count, ordered),
                    _series(QT_TRANSLATE_NOOP("Reports", "Lost"), lost.count, ordered),
                    _series(QT_TRANSLATE_NOOP("Reports", "Other closed"), other.count, ordered),
                ],
                COUNT,
            ),
            View(
                QT_TRANSLATE_NOOP("Reports", "Win rate"),
                [
                    Series(
                        QT_TRANSLATE_NOOP("Reports", "Win rate"),
                        [float(r[4]) if r[4] is not None else 0.0 for r in rows],
                    )
                ],
                PERCENT,
            ),
        ]
        for c in currencies:
            views.append(
                View(
                    QT_TRANSLATE_NOOP("Reports", "Value"),
                    [
                        Series(QT_TRANSLATE_NOOP("Reports", "Value won"), [float(won.sum(k, c)) for k in ordered]),
                        Series(QT_TRANSLATE_NOOP("Reports", "Value lost"), [float(lost.sum(k, c)) for k in ordered]),
                    ],
                    MONEY,
                    c,
                )
            )
        chart = Chart("bar", labels, views)

    total_won, total_lost = sum(won.count.values()), sum(lost.count.values())
    summary = [
        Figure(QT_TRANSLATE_NOOP("Reports", "Won"), total_won),
        Figure(QT_TRANSLATE_NOOP("Reports", "Lost"), total_lost),
        Figure(QT_TRANSLATE_NOOP("Reports", "Win rate"), rate(total_won, total_won + total_lost), PERCENT),
    ]
    for c in currencies:
        value = sum((won.sum(k, c) for k in keys), start=money(0, c))
        summary.append(Figure(QT_TRANSLATE_NOOP("Reports", "Value won"), value, MONEY, c))
    return Report(NAME, TITLE, columns, rows, chart, summary, drill)


def _drill(f: Filters, kind_ids: dict[str, list[int]], stage_ids: list[int], **narrowing) -> dict:
    """The funnel criteria of a row's deals (closed in the period, the row's month, owner or reason), and per
    count column those of that kind only: the list opened from a number holds exactly that many deals."""
    base = {"process_id": f.process_id, "stage_ids": stage_ids, "closed_from": f.start, "closed_to": f.end}
    if f.owner_ids:
        base["owner_ids"] = list(f.owner_ids)
    if f.sources:
        base["sources"] = list(f.sources)
    base.update(narrowing)
    columns = {"won": "won", "lost": "lost", "other": "closed", "lost_value": "lost", "won_value": "won"}
    base["columns"] = {
        column: {"stage_ids": kind_ids[kind]} if kind_ids[kind] else None
        for column, kind in columns.items()
        if kind in kind_ids
    }
    return base


def _month_range(f: Filters, month: str) -> dict:
    """Closing dates of a month, within the period."""
    first = month_start(month)
    last = next_month(first) - timedelta(days=1)
    return {"closed_from": max(first, f.start or first), "closed_to": min(last, f.end or last)}


def _series(label: str, counts: dict, keys: list) -> Series:
    return Series(label, [float(counts.get(k, 0)) for k in keys])
