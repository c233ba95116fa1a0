"""Open pipeline (``pipeline``): the open deals by stage (or by owner, source or product) with their count,
value per currency and weighted value.

By product, a deal counts under each catalogue product of its chosen calculation variant, with that product's
lines' net value converted to the deal's currency at the variant's frozen rate (weighted by the deal's
probability); deals whose chosen variant has no catalogue product (or that have no variant) come last, under
"(none)", with their whole value.

Grouped by stage it is the board's column headers: the same grouped query over ``deal_stage_totals`` with the
same conditions and the same rounding, so the two always agree. The period, when given, narrows to deals
created in it.
"""

from __future__ import annotations

from decimal import Decimal

from peewee import SQL, Cast, fn

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.money import exponent
from desktop.services.actor import Actor
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
    decimal_of,
    every_deal,
    fetch,
    owner_names,
    period,
    stages_of,
    totals_apply,
    totals_conditions,
)
from desktop.store import db as store_db
from desktop.store import prepared
from desktop.store.models import Calculation, CalculationLine, Deal, DealTotal, Product
from desktop.store.prepared import named, params, slots

NAME = "pipeline"
TITLE = QT_TRANSLATE_NOOP("Reports", "Open pipeline")
GROUPINGS = {
    "stage": QT_TRANSLATE_NOOP("Reports", "Stage"),
    "owner": QT_TRANSLATE_NOOP("Reports", "Owner"),
    "source": QT_TRANSLATE_NOOP("Reports", "Source"),
    "product": QT_TRANSLATE_NOOP("Reports", "Product"),
}
PERIOD_MEANS = QT_TRANSLATE_NOOP("Reports", "Deals created in the period")


def run(actor: Actor, f: Filters) -> Report:
    by = check_by(f.check(), tuple(GROUPINGS))
    stages = stages_of(f.process_id, ("open",))
    stage_ids = [s[0] for s in stages]
    totals = Money()
    if by == "product":
        if stage_ids:
            _by_product(actor, f, stage_ids, totals)
    elif stage_ids:
        _grouped(actor, f, stage_ids, by, totals)

    if by == "stage":
        keys = stage_ids
        labels = [s[1] for s in stages]
        drill = [{"process_id": f.process_id, "stage_ids": [s], **_narrowing(f)} for s in stage_ids]
    elif by == "owner":
        names = owner_names(totals.count)
        keys = sorted(totals.count, key=lambda k: (k is None, names.get(k, "").lower()))
        labels = [names.get(k) if k is not None else None for k in keys]
        drill = [{"process_id": f.process_id, "stage_ids": stage_ids, **_narrowing(f), "owner_ids": [k]} for k in keys]
    elif by == "product":
        names = dict(fetch(Product.select(Product.id, Product.name).where(Product.id.in_(list(totals.count)))))
        keys = sorted(totals.count, key=lambda k: (k is None, names.get(k, "").lower(), k or 0))
        labels = [names.get(k) if k is not None else None for k in keys]
        drill = [
            {"process_id": f.process_id, "stage_ids": stage_ids, **_narrowing(f), "product_ids": [k]} for k in keys
        ]
    else:
        keys = sorted(totals.count, key=lambda k: (k == "", k.lower()))
        labels = [k or None for k in keys]
        drill = [{"process_id": f.process_id, "stage_ids": stage_ids, **_narrowing(f), "sources": [k]} for k in keys]

    currencies = totals.currencies()
    columns = [Column(by, GROUPINGS[by], TEXT), Column("count", QT_TRANSLATE_NOOP("Reports", "Deals"), COUNT)]
    columns += [Column("value", QT_TRANSLATE_NOOP("Reports", "Value"), MONEY, c) for c in currencies]
    columns += [Column("weighted", QT_TRANSLATE_NOOP("Reports", "Weighted value"), MONEY, c) for c in currencies]
    # cells from the minor units: a Decimal per money cell, the chart's floats divided from the same ints (a
    # correctly rounded division: the float of that Decimal)
    counts = [totals.count.get(k, 0) for k in keys]
    values = {c: [totals.minor(k, c) for k in keys] for c in currencies}
    wvalues = {c: [totals.wminor(k, c) for k in keys] for c in currencies}
    rows = []
    for i, (label, count) in enumerate(zip(labels, counts, strict=True)):
        row = [label, count]
        row += [decimal_of(values[c][i], c) for c in currencies]
        row += [decimal_of(wvalues[c][i], c) for c in currencies]
        rows.append(row)

    views = [
        View(
            QT_TRANSLATE_NOOP("Reports", "Deals"),
            [Series(QT_TRANSLATE_NOOP("Reports", "Deals"), [float(n) for n in counts])],
            COUNT,
        )
    ]
    for c in currencies:
        scale = 10 ** exponent(c)
        views.append(
            View(
                QT_TRANSLATE_NOOP("Reports", "Value"),
                [Series(QT_TRANSLATE_NOOP("Reports", "Value"), [v / scale for v in values[c]])],
                MONEY,
                c,
            )
        )
        views.append(
            View(
                QT_TRANSLATE_NOOP("Reports", "Weighted value"),
                [Series(QT_TRANSLATE_NOOP("Reports", "Weighted value"), [v / scale for v in wvalues[c]])],
                MONEY,
                c,
            )
        )
    if by == "product":  # a deal with several products is in several rows: its own totals, not the rows' sum
        whole = Money()
        if stage_ids:
            _grouped(actor, f, stage_ids, None, whole)
    else:
        whole = totals
    summary = [Figure(QT_TRANSLATE_NOOP("Reports", "Open deals"), sum(whole.count.values()), COUNT)]
    for c in whole.currencies():
        summary.append(Figure(QT_TRANSLATE_NOOP("Reports", "Value"), _total(whole, c), MONEY, c))
        summary.append(Figure(QT_TRANSLATE_NOOP("Reports", "Weighted value"), _total(whole, c, True), MONEY, c))
    return Report(NAME, TITLE, columns, rows, Chart("pie", labels, views), summary, drill)


def _open_deals(actor: Actor, f: Filters, stage_ids: list[int], *fields):
    return Deal.select(*fields).where(
        Deal.stage.in_(params(stage_ids, "stage")),
        *deal_conditions(actor, f, process=False),
        *period(Deal.created_at, f),
    )


def _grouped(actor: Actor, f: Filters, stage_ids: list[int], by: str | None, totals: Money) -> None:
    """Count, Σ value and Σ value × probability of the open deals per (``by``: stage, owner or source;
    currency); one key when None. Read from ``deal_total`` (a few rows per stage) unless a period applies."""
    if totals_apply(f):
        _grouped_stored(actor, f, stage_ids, by, totals)
        return
    key = {"stage": Deal.stage, "owner": Deal.owner, "source": Deal.source}.get(by or "")
    keys = [key] if key is not None else []
    sums = (fn.COUNT(SQL("*")), fn.SUM(Deal.value_minor), fn.SUM(Deal.value_minor * Deal.probability))

    def build():
        return _open_deals(actor, f, stage_ids, *keys, Deal.currency, *sums).group_by(*keys, Deal.currency)

    for row in prepared.rows(("pipeline", by), build):
        group, (currency, count, total, wtotal) = (row[0], row[1:]) if keys else (None, row)
        totals.add(group, currency, count, total, wtotal)


def _grouped_stored(actor: Actor, f: Filters, stage_ids: list[int], by: str | None, totals: Money) -> None:
    grouped = by in ("stage", "owner", "source")

    def build(stages):
        key = {"stage": DealTotal.stage, "owner": DealTotal.owner_id, "source": DealTotal.source}.get(by or "")
        keys = [key] if key is not None else []
        sums = (fn.SUM(DealTotal.deals), fn.SUM(DealTotal.value_minor), fn.SUM(DealTotal.weighted))
        return (
            DealTotal.select(*keys, DealTotal.currency, *sums)
            .where(DealTotal.stage.in_(stages), *totals_conditions(actor, f))
            .group_by(*keys, DealTotal.currency)
        )

    if every_deal(actor, f):  # one shape per grouping and number of stages, built once
        key = ("pipeline of all", by, len(stage_ids))
        found = prepared.run(key, lambda: build(slots("stage", len(stage_ids))), named("stage", stage_ids))
    else:
        found = prepared.rows(("pipeline stored", by), lambda: build(params(stage_ids, "stage")))
    for row in found:
        group, (currency, count, total, wtotal) = (row[0], row[1:]) if grouped else (None, row)
        if by == "owner" and not group:
            group = None  # 0: no owner
        totals.add(group, currency, count, total, wtotal)


def _by_product(actor: Actor, f: Filters, stage_ids: list[int], totals: Money) -> None:
    """Per product of the deals' chosen variants: deals, Σ line net value in the deal's currency, weighted; then
    the deals without a catalogue product in their chosen variant under None, with their whole value.

    A line's net value is rounded to the variant currency's minor unit, then converted at the frozen rate and
    rounded to the deal currency's (as the calculation does); the quantity, discount and rate are exact text."""
    number = "NUMERIC" if store_db.is_postgres() else "REAL"
    net = fn.ROUND(
        Cast(CalculationLine.quantity, number)
        * CalculationLine.unit_price_minor
        * (100 - Cast(CalculationLine.discount_pct, number))
        / 100
    )
    value = fn.ROUND(net * Cast(Calculation.rate, number))
    chosen = (Calculation.deal == Deal.id) & (Calculation.chosen == True)  # noqa: E712 - SQL comparison
    query = (
        _open_deals(
            actor,
            f,
            stage_ids,
            CalculationLine.product,
            Deal.currency,
            fn.COUNT(Deal.id.distinct()),
            fn.SUM(value),
            fn.SUM(value * Deal.probability),
        )
        .join(Calculation, on=chosen)
        .join(CalculationLine, on=(CalculationLine.calculation == Calculation.id))
        .where(CalculationLine.product.is_null(False))
        .group_by(CalculationLine.product, Deal.currency)
    )
    for product, currency, count, total, wtotal in fetch(query):
        totals.add(product, currency, count, int(total or 0), int(wtotal or 0))
    with_product = (
        Calculation.select(Calculation.deal)
        .join(CalculationLine, on=(CalculationLine.calculation == Calculation.id))
        .where(Calculation.chosen == True, CalculationLine.product.is_null(False))  # noqa: E712 - SQL comparison
    )
    sums = (fn.COUNT(SQL("*")), fn.SUM(Deal.value_minor), fn.SUM(Deal.value_minor * Deal.probability))
    rest = _open_deals(actor, f, stage_ids, Deal.currency, *sums).where(Deal.id.not_in(with_product))
    for currency, count, total, wtotal in fetch(rest.group_by(Deal.currency)):
        totals.add(None, currency, count, total, wtotal)


def _total(totals: Money, currency: str, weighted: bool = False) -> Decimal:
    """Σ over the keys of one currency's value (or weighted value): the sum of the cells, in minor units."""
    part = totals.wminor if weighted else totals.minor
    return decimal_of(sum(part(k, currency) for k in totals.count), currency)


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
