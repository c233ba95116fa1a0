"""Forecast (``forecast``): per month of expected close, the open deals' weighted value, next to the value won
in that month (by the day the deal was won); and, for months that have begun, how good the forecast was.

The forecast a month started with is rebuilt from the stays: the open deals whose stay covered the month's
first moment and whose expected close falls in the month, each weighted by that stage's default probability
(today's value and expected close; the stays do not keep old values). Accuracy = won in the month /
that forecast. The period picks the months.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from peewee import Case, Value, fn

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.timeutil import utcnow
from desktop.services.actor import Actor
from desktop.services.reports.base import (
    COUNT,
    MONEY,
    MONTH,
    PERCENT,
    Chart,
    Column,
    Figure,
    Filters,
    Money,
    Report,
    Series,
    View,
    bounds_of,
    date_months,
    day_start_utc,
    deal_conditions,
    fetch,
    local_month_key,
    month_of,
    month_start,
    month_sums,
    months_between,
    next_month,
    rate,
    stages_of,
)
from desktop.services.reports.wonlost import closed_by_month
from desktop.store.models import Deal, Stage, StageStay

NAME = "forecast"
TITLE = QT_TRANSLATE_NOOP("Reports", "Forecast")
GROUPINGS: dict[str, str] = {}
PERIOD_MEANS = QT_TRANSLATE_NOOP("Reports", "Months of expected close")


def _stage_ids(f: Filters, kind: str) -> list[int]:
    """Stages picked by id (a handful), so the database reads the deal indexes that start with the stage."""
    return [sid for sid, _label, _kind, _rot in stages_of(f.process_id, (kind,))]


def open_by_month(actor: Actor, f: Filters) -> Money:
    """Open deals per month of expected close: per month and open stage one range read of
    ``deal_stage_forecast`` (stage, spam, expected close, ...), summed per currency without sorting."""
    stage_ids = _stage_ids(f, "open")
    conds = deal_conditions(actor, f, process=False)
    bounds = None if f.start and f.end else bounds_of(conds, stage_ids, Deal.expected_close)
    terms = [Deal.value_minor, Deal.value_minor * Deal.probability]
    out = Money()
    for month, _sid, currency, count, total, wtotal in month_sums(
        "open",
        lambda: deal_conditions(actor, f, process=False),
        stage_ids,
        Deal.expected_close,
        date_months(f, bounds),
        terms,
    ):
        out.add(month, currency, count, total, wtotal)
    return out


def won_by_month(actor: Actor, f: Filters) -> Money:
    out = Money()
    for month, _kind, currency, count, total in closed_by_month(actor, f, ("won",)):
        out.add(month, currency, count, total)
    return out


def forecasts_at_start(actor: Actor, f: Filters, months: list[str]) -> dict[str, Money]:
    """The weighted value each of ``months`` started with (see the module's docstring). A deal counts only in
    the month of its expected close, weighted by the stage it was in at that month's first moment (in the
    business time zone):

    - a deal that entered its current stage by then was in that stage (``deal.stage_entered_at`` is when its
      current stay began): per month and open stage one range read of ``deal_stage_forecast`` (stage, spam,
      expected close, entered, currency, value), summed per currency without sorting, weighted by the stage's
      probability in Python (Σ value × p = p × Σ value, exactly);
    - only the deals that moved since (entered their stage after it) have their stays looked up, one grouped
      query over those few."""
    out = {m: Money() for m in months}
    if not months:
        return out
    stages = list(
        Stage.select(Stage.id, Stage.kind, Stage.default_probability)
        .where(*([] if f.process_id is None else [Stage.process == f.process_id]))
        .tuples()
    )
    probability = {sid: int(p or 0) for sid, kind, p in stages if kind == "open"}
    conds = deal_conditions(actor, f, process=False)
    sums: dict[tuple[str, str], list[int]] = {}  # (month, currency) -> [count, Σ value, Σ value × probability]

    def add(key: str, currency: str, count: int, total: int, wtotal: int) -> None:
        cell = sums.setdefault((key, currency), [0, 0, 0])
        cell[0] += count
        cell[1] += total
        cell[2] += wtotal

    # the deals that entered their current, open stage by the month's first moment
    firsts = [month_start(m) for m in months]
    ranges = [(m, first, next_month(first), day_start_utc(first)) for m, first in zip(months, firsts, strict=True)]
    for key, sid, currency, count, total in month_sums(
        "at start",
        lambda: deal_conditions(actor, f, process=False),
        list(probability),
        Deal.expected_close,
        [(m, first, end) for m, first, end, _moment in ranges],
        [Deal.value_minor],
        entered_by=(Deal.stage_entered_at, {m: moment for m, _f, _e, moment in ranges}),
    ):
        add(key, currency, count, int(total or 0), int(total or 0) * probability[sid])

    # the deals that moved since: the stay that covered the moment
    month = month_of(Deal.expected_close)
    moment = _month_start_moment(Deal.expected_close, firsts)
    last = next_month(firsts[-1]) - timedelta(days=1)
    query = (
        StageStay.select(
            month,
            Deal.currency,
            fn.COUNT(Deal.id),
            fn.SUM(Deal.value_minor),
            fn.SUM(Deal.value_minor * Stage.default_probability),
        )
        .join(Deal, on=(StageStay.deal == Deal.id))
        .switch(StageStay)
        .join(Stage, on=(StageStay.stage == Stage.id))
        .where(
            Stage.kind == "open",
            Deal.expected_close >= firsts[0],
            Deal.expected_close <= last,
            Deal.stage_entered_at > moment,
            StageStay.entered_at <= moment,
            StageStay.left_at.is_null() | (StageStay.left_at > moment),
            Deal.stage.in_([sid for sid, _kind, _p in stages]),  # deal_stage_forecast
            *conds,
        )
        .group_by(month, Deal.currency)
    )
    for key, currency, count, total, wtotal in fetch(query):
        add(key, currency, int(count), int(total or 0), int(wtotal or 0))
    for (key, currency), (count, total, wtotal) in sums.items():
        if key in out:
            out[key].add(key, currency, count, total, wtotal)
    return out


def _month_start_moment(day, firsts: list[date]):
    """The first moment (naive UTC, business time zone) of the month of the date ``day``, one of the months
    starting on ``firsts`` (in order): a balanced tree of comparisons on the date itself, so a row costs a
    handful of them however many months the report covers."""
    if len(firsts) == 1:
        return Value(day_start_utc(firsts[0]))
    middle = len(firsts) // 2
    return Case(
        None,
        [(day < firsts[middle], _month_start_moment(day, firsts[:middle]))],
        _month_start_moment(day, firsts[middle:]),
    )


def run(actor: Actor, f: Filters, now: datetime | None = None) -> Report:
    f.check()
    now = now or utcnow()
    opened, won = open_by_month(actor, f), won_by_month(actor, f)
    if f.start and f.end:
        months = months_between(f.start, f.end)
    else:
        months = sorted(set(opened.count) | set(won.count))
        if f.start:
            months = [m for m in months if m >= f"{f.start:%Y-%m}"]
        if f.end:
            months = [m for m in months if m <= f"{f.end:%Y-%m}"]
    current = local_month_key(now)
    past = forecasts_at_start(actor, f, [m for m in months if m <= current])
    currencies = sorted(
        set(opened.currencies()) | set(won.currencies()) | {c for m in past.values() for c in m.currencies()},
        key=lambda c: (c != "PLN", c),
    )

    columns = [
        Column("month", QT_TRANSLATE_NOOP("Reports", "Month"), MONTH),
        Column("open", QT_TRANSLATE_NOOP("Reports", "Open deals"), COUNT),
    ]
    columns += [Column("weighted", QT_TRANSLATE_NOOP("Reports", "Weighted value"), MONEY, c) for c in currencies]
    columns += [Column("won", QT_TRANSLATE_NOOP("Reports", "Value won"), MONEY, c) for c in currencies]
    columns += [
        Column("forecast", QT_TRANSLATE_NOOP("Reports", "Forecast at month start"), MONEY, c) for c in currencies
    ]
    columns += [Column("accuracy", QT_TRANSLATE_NOOP("Reports", "Forecast accuracy"), PERCENT, c) for c in currencies]
    rows = []
    for m in months:
        start = past.get(m)
        row: list = [m, opened.count.get(m, 0)]
        row += [opened.wsum(m, c) for c in currencies]
        row += [won.sum(m, c) for c in currencies]
        row += [start.wsum(m, c) if start is not None else None for c in currencies]
        row += [_accuracy(won.sum(m, c), start.wsum(m, c)) if start is not None else None for c in currencies]
        rows.append(row)

    views = [
        View(
            QT_TRANSLATE_NOOP("Reports", "Value"),
            [
                Series(QT_TRANSLATE_NOOP("Reports", "Weighted value"), [float(opened.wsum(m, c)) for m in months]),
                Series(QT_TRANSLATE_NOOP("Reports", "Value won"), [float(won.sum(m, c)) for m in months]),
                Series(
                    QT_TRANSLATE_NOOP("Reports", "Forecast at month start"),
                    [float(past[m].wsum(m, c)) if m in past else 0.0 for m in months],
                ),
            ],
            MONEY,
            c,
        )
        for c in currencies
    ]
    summary = [Figure(QT_TRANSLATE_NOOP("Reports", "Open deals"), sum(opened.count.values()))]
    for c in currencies:
        summary.append(
            Figure(QT_TRANSLATE_NOOP("Reports", "Weighted value"), sum(opened.wsum(m, c) for m in months), MONEY, c)
        )
    # a month's bar opens its open deals expected to close in it (the won ones are closed, not in the forecast)
    narrowing = {k: list(v) for k, v in (("owner_ids", f.owner_ids), ("sources", f.sources)) if v}
    drill = [
        {
            "process_id": f.process_id,
            "stage_ids": _stage_ids(f, "open"),
            "close_from": month_start(m),
            "close_to": next_month(month_start(m)) - timedelta(days=1),
            **narrowing,
        }
        for m in months
    ]
    return Report(NAME, TITLE, columns, rows, Chart("bar", list(months), views), summary, drill)


def _accuracy(won, forecast):
    if not forecast:
        return None
    return rate(int(won * 100), int(forecast * 100))
