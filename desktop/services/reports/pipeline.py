"""Open pipeline (``pipeline``): the open deals by stage (or by owner, or by source) with their count, value
per currency and weighted value.

Grouped by stage it is the board's column headers: the same grouped query over ``deal_stage_totals`` with the
same conditions and the same rounding, so the two always agree. The period, when given, narrows to deals
created in it.
"""

from __future__ import annotations

from peewee import fn

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.services.context import Actor
from desktop.services.reports.base import (
    COUNT,
    MONEY,
    TEXT,
    Chart,
    Column,
    Figure,
    Filters,
    Money,
    Report,
    Series,
    View,
    check_by,
    deal_conditions,
    money,
    owner_names,
    period,
    stages_of,
)
from desktop.store.models import Deal

NAME = "pipeline"
TITLE = QT_TRANSLATE_NOOP("Reports", "Open pipeline")
GROUPINGS = {
    "stage": QT_TRANSLATE_NOOP("Reports", "Stage"),
    "owner": QT_TRANSLATE_NOOP("Reports", "Owner"),
    "source": QT_TRANSLATE_NOOP("Reports", "Source"),
}
PERIOD_MEANS = QT_TRANSLATE_NOOP("Reports", "Deals created in the period")


def run(actor: Actor, f: Filters) -> Report:
    by = check_by(f.check(), tuple(GROUPINGS))
    stages = stages_of(f.process_id, ("open",))
    stage_ids = [s[0] for s in stages]
    key = {"stage": Deal.stage, "owner": Deal.owner, "source": Deal.source}[by]
    totals = Money()
    if stage_ids:
        query = (
            Deal.select(
                key,
                Deal.currency,
                fn.COUNT(Deal.id),
                fn.SUM(Deal.value_minor),
                fn.SUM(Deal.value_minor * Deal.probability),
            )
            .where(Deal.stage.in_(stage_ids), *deal_conditions(actor, f, process=False), *period(Deal.created_at, f))
            .group_by(key, Deal.currency)
        )
        for group, currency, count, total, wtotal in query.tuples():
            totals.add(group, currency, count, total, wtotal)

    if by == "stage":
        keys = stage_ids
        labels = [s[1] for s in stages]
        drill = [{"process_id": f.process_id, "stage_ids": [s], **_narrowing(f)} for s in stage_ids]
    elif by == "owner":
        names = owner_names(totals.count)
        keys = sorted(totals.count, key=lambda k: (k is None, names.get(k, "").lower()))
        labels = [names.get(k) if k is not None else None for k in keys]
        drill = [{"process_id": f.process_id, "stage_ids": stage_ids, **_narrowing(f), "owner_ids": [k]} for k in keys]
    else:
        keys = sorted(totals.count, key=lambda k: (k == "", k.lower()))
        labels = [k or None for k in keys]
        drill = [{"process_id": f.process_id, "stage_ids": stage_ids, **_narrowing(f), "sources": [k]} for k in keys]

    currencies = totals.currencies()
    columns = [Column(by, GROUPINGS[by], TEXT), Column("count", QT_TRANSLATE_NOOP("Reports", "Deals"), COUNT)]
    columns += [Column("value", QT_TRANSLATE_NOOP("Reports", "Value"), MONEY, c) for c in currencies]
    columns += [Column("weighted", QT_TRANSLATE_NOOP("Reports", "Weighted value"), MONEY, c) for c in currencies]
    rows = []
    for k, label in zip(keys, labels, strict=True):
        row = [label, totals.count.get(k, 0)]
        row += [totals.sum(k, c) for c in currencies]
        row += [totals.wsum(k, c) for c in currencies]
        rows.append(row)

    views = [
        View(
            QT_TRANSLATE_NOOP("Reports", "Deals"),
            [Series(QT_TRANSLATE_NOOP("Reports", "Deals"), [float(totals.count.get(k, 0)) for k in keys])],
            COUNT,
        )
    ]
    for c in currencies:
        views.append(
            View(
                QT_TRANSLATE_NOOP("Reports", "Value"),
                [Series(QT_TRANSLATE_NOOP("Reports", "Value"), [float(totals.sum(k, c)) for k in keys])],
                MONEY,
                c,
            )
        )
        views.append(
            View(
                QT_TRANSLATE_NOOP("Reports", "Weighted value"),
                [Series(QT_TRANSLATE_NOOP("Reports", "Weighted value"), [float(totals.wsum(k, c)) for k in keys])],
                MONEY,
                c,
            )
        )
    summary = [Figure(QT_TRANSLATE_NOOP("Reports", "Open deals"), sum(totals.count.values()), COUNT)]
    for c in currencies:
        summary.append(Figure(QT_TRANSLATE_NOOP("Reports", "Value"), _total(totals.sums, c), MONEY, c))
        summary.append(Figure(QT_TRANSLATE_NOOP("Reports", "Weighted value"), _total(totals.weighted, c), MONEY, c))
    return Report(NAME, TITLE, columns, rows, Chart("pie", labels, views), summary, drill)


def _total(per_key: dict, currency: str):
    return sum((d[currency] for d in per_key.values() if currency in d), start=money(0, currency))


def _narrowing(f: Filters) -> dict:
    out: dict = {}
    if f.owner_ids:
        out["owner_ids"] = list(f.owner_ids)
    if f.sources:
        out["sources"] = list(f.sources)
    if f.start:
        out["created_from"] = f.start
    if f.end:
        out["created_to"] = f.end
    return out
