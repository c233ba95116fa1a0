"""The funnel view's queries (SPEC F9): filter, sort and page deals in the database, never in Python.

Paging is keyset-based on (sort value, id), so the 5,000th page costs what the first does. Visibility is part
of every query: an agent sees own deals only; managers and admins see everyone's and the unassigned ones.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from peewee import JOIN, SQL, fn

from desktop.domain.funnel import COLUMN_KEYS, Criteria, quick_range
from desktop.domain.money import from_minor, to_minor
from desktop.domain.text import contains_any, search_term
from desktop.domain.timeutil import local_day_start_utc
from desktop.services.actor import Actor
from desktop.store import search
from desktop.store.models import (
    Calculation,
    CalculationLine,
    Company,
    Contact,
    Deal,
    DealPath,
    DealTotal,
    Stage,
    StageStay,
    User,
)

PAGE = 200


@dataclass(frozen=True)
class FunnelRow:
    id: int
    number: str
    source: str
    stage: str
    substage: str
    created: datetime
    expected_close: date | None
    contact: str
    company: str
    email: str
    phone: str
    title: str
    owner: str
    value: Decimal
    currency: str
    probability: int
    spam: bool
    stage_id: int
    owner_id: int | None
    contact_id: int | None
    version: int

    def cell(self, key: str) -> object:
        return self.created if key == "created" else getattr(self, key)


_CONTACT = fn.TRIM(fn.COALESCE(Contact.first_name, "").concat(" ").concat(fn.COALESCE(Contact.last_name, "")))

# Sort keys: nullable columns sort as their sentinel so keyset comparisons never meet NULL.
SORT = {
    "number": Deal.number,
    "source": Deal.source,
    "stage": Stage.position,
    "substage": Deal.substage,
    "created": Deal.created_at,
    "expected_close": fn.COALESCE(Deal.expected_close, "0001-01-01"),
    # the contact's, company's and owner's names sort by keys stored on the deal (``searchkeys``, migration 0210),
    # so an index serves the order instead of a join over every deal
    "contact": Deal.contact_sort,
    "company": Deal.company_sort,
    "email": fn.COALESCE(Contact.email, ""),
    "phone": fn.COALESCE(Contact.phone, ""),
    "title": Deal.title,
    "owner": Deal.owner_sort,
    "value": Deal.value_minor,
    "probability": Deal.probability,
    "spam": Deal.spam,
}
CONTAINS = {
    "number": Deal.number,
    "source": Deal.source,
    "stage": Stage.name,
    "substage": Deal.substage,
    "contact": _CONTACT,
    "company": Company.name,
    "email": Contact.email,
    "phone": Contact.phone,
    "title": Deal.title,
    "owner": User.display_name,
}


def _base(actor: Actor, criteria: Criteria, *fields, joins: bool = True, ordered: bool = True):
    query = Deal.select(*fields)
    if joins:
        query = (
            query.join(Stage, on=(Deal.stage == Stage.id))
            .join(Contact, JOIN.LEFT_OUTER, on=(Deal.contact == Contact.id))
            .join(Company, JOIN.LEFT_OUTER, on=(Deal.company == Company.id))
            .join(User, JOIN.LEFT_OUTER, on=(Deal.owner == User.id))
        )
    conditions = _conditions(actor, criteria)
    if criteria.text.strip():
        # the quick search looks into the deal's stored search text (number, title, contact, e-mail, company),
        # folded so any casing of every Polish and Romanian letter matches, through its trigram index
        conditions = search.restrict(Deal, conditions, search_term(criteria.text), ordered=ordered)
    return query.where(*conditions)


def _needs_joins(criteria: Criteria) -> bool:
    """Counting only needs the joined tables when a column filter looks into them (the quick search reads
    the deal's own search text)."""
    return any(v.strip() for v in criteria.contains.values())


def _conditions(actor: Actor, c: Criteria) -> list:
    conds = [Deal.spam == c.spam]
    if c.spam:  # trashed deals are flagged spam while in the trash; they belong to the Trash window
        conds.append(Deal.deleted_at.is_null())
    if c.created_quick:
        start, end = quick_range(c.created_quick, date.today())
        conds += [
            Deal.created_at >= local_day_start_utc(start),
            Deal.created_at < local_day_start_utc(end + timedelta(days=1)),
        ]
    if c.process_id is not None:
        conds.append(Deal.process == c.process_id)
    if not actor.is_manager:  # visibility is enforced here, not only in the table
        conds.append(Deal.owner == actor.id)
    if c.stage_ids:
        conds.append(Deal.stage.in_(c.stage_ids))
    if c.owner_ids:
        ids = [i for i in c.owner_ids if i is not None]
        cond = Deal.owner.in_(ids) if ids else None
        if None in c.owner_ids:
            cond = Deal.owner.is_null() if cond is None else (cond | Deal.owner.is_null())
        conds.append(cond)
    if c.sources:
        conds.append(Deal.source.in_(c.sources))
    if c.created_from:
        conds.append(Deal.created_at >= _day_start_utc(c.created_from))
    if c.created_to:
        conds.append(Deal.created_at < _day_start_utc(c.created_to + timedelta(days=1)))
    conds += _report_conditions(c)
    if c.close_from:
        conds.append(Deal.expected_close >= c.close_from)
    if c.close_to:
        conds.append(Deal.expected_close <= c.close_to)
    if c.value_min is not None:
        conds.append(Deal.value_minor >= to_minor(c.value_min, "PLN"))
    if c.value_max is not None:
        conds.append(Deal.value_minor <= to_minor(c.value_max, "PLN"))
    for key, text in c.contains.items():
        if text.strip():
            conds.append(contains_any((CONTAINS[key],), text))
    return conds


def _day_start_utc(day: date) -> datetime:
    """Midnight of ``day`` in the business time zone (the reports count days in it), as naive UTC."""
    from desktop.services.reports.base import day_start_utc as start

    return start(day)


def _report_conditions(c: Criteria) -> list:
    """The narrowings a report's number opens the funnel with (closing dates, lost reasons, products, the
    stages a deal went through), each as the report counts it."""
    conds = []
    if c.closed_from or c.closed_to:
        closed = Stage.alias()
        conds.append(Deal.stage.in_(closed.select(closed.id).where(closed.kind != "open")))
        if c.closed_from:
            conds.append(Deal.stage_entered_at >= _day_start_utc(c.closed_from))
        if c.closed_to:
            conds.append(Deal.stage_entered_at < _day_start_utc(c.closed_to + timedelta(days=1)))
    if c.lost_reasons:
        conds.append(Deal.lost_reason.in_(list(c.lost_reasons)))
    if c.product_ids:
        chosen = (
            Calculation.select(Calculation.deal)
            .join(CalculationLine, on=(CalculationLine.calculation == Calculation.id))
            .where(Calculation.chosen == True)  # noqa: E712 - SQL comparison
        )
        ids = [i for i in c.product_ids if i is not None]
        cond = Deal.id.in_(chosen.where(CalculationLine.product.in_(ids))) if ids else None
        if None in c.product_ids:
            without = Deal.id.not_in(chosen.where(CalculationLine.product.is_null(False)))
            cond = without if cond is None else (cond | without)
        conds.append(cond)
    if c.through_stage_ids:
        if c.through_in_order:
            prefix = "," + ",".join(str(int(s)) for s in c.through_stage_ids) + ","
            starts = fn.substr(DealPath.path, 1, len(prefix)) == prefix
            conds.append(Deal.id.in_(DealPath.select(DealPath.deal).where(starts)))
        else:
            for sid in c.through_stage_ids:
                conds.append(Deal.id.in_(StageStay.select(StageStay.deal).where(StageStay.stage == sid)))
    return conds


_FIELDS = (
    Deal.id,
    Deal.number,
    Deal.source,
    Stage.name,
    Deal.substage,
    Deal.created_at,
    Deal.expected_close,
    _CONTACT,
    fn.COALESCE(Company.name, ""),
    fn.COALESCE(Contact.email, ""),
    fn.COALESCE(Contact.phone, ""),
    Deal.title,
    fn.COALESCE(User.display_name, ""),
    Deal.value_minor,
    Deal.currency,
    Deal.probability,
    Deal.spam,
    Deal.stage,
    Deal.owner,
    Deal.contact,
    Deal.version,
)


def _row(t: tuple) -> FunnelRow:
    values = list(t)
    values[13] = from_minor(values[13], values[14])
    values[16] = bool(values[16])
    return FunnelRow(*values)


def page_query(
    actor: Actor,
    criteria: Criteria,
    sort: str = "created",
    descending: bool = True,
    after: tuple | None = None,
    limit: int = PAGE,
):
    """The query behind ``page`` (the benchmark runs its SQL raw as the baseline)."""
    if sort not in COLUMN_KEYS:
        sort = "created"
    key = SORT[sort]
    query = _base(actor, criteria, *_FIELDS, key.alias("sort_key"))
    if after is not None:
        value, last_id = after
        if descending:
            query = query.where((key < value) | ((key == value) & (Deal.id < last_id)))
        else:
            query = query.where((key > value) | ((key == value) & (Deal.id > last_id)))
    order = (key.desc(), Deal.id.desc()) if descending else (key.asc(), Deal.id.asc())
    return query.order_by(*order).limit(limit)


def page(
    actor: Actor,
    criteria: Criteria,
    sort: str = "created",
    descending: bool = True,
    after: tuple | None = None,
    limit: int = PAGE,
) -> tuple[list[FunnelRow], tuple | None]:
    """One page of rows and the cursor for the next one (None at the end)."""
    raw = list(page_query(actor, criteria, sort, descending, after, limit).tuples())
    rows = [_row(t[:-1]) for t in raw]
    cursor = (raw[-1][-1], raw[-1][0]) if len(raw) == limit else None
    return rows, cursor


def iter_rows(
    actor: Actor, criteria: Criteria, sort: str = "created", descending: bool = True, chunk: int = 2000
) -> Iterator[FunnelRow]:
    """Every matching row, fetched page by page (for export)."""
    after = None
    while True:
        rows, after = page(actor, criteria, sort, descending, after, chunk)
        yield from rows
        if after is None:
            return


def counts(actor: Actor, criteria: Criteria) -> dict:
    """Matching deals per stage (the sub-view tabs), plus ``"all"`` and ``"spam"`` totals."""
    joins = _needs_joins(criteria)
    base = Criteria(**{**criteria.__dict__, "stage_ids": [], "spam": False})
    result = _kept_counts(actor, base)
    if result is None:
        query = _base(actor, base, Deal.stage, fn.COUNT(SQL("*")), joins=joins, ordered=False).group_by(Deal.stage)
        result = dict(query.tuples())
    # the "All" tab shows the criteria's own stages (a report's won and lost ones, say), every stage without
    result["all"] = sum(v for k, v in result.items() if not criteria.stage_ids or k in criteria.stage_ids)
    spam = Criteria(**{**criteria.__dict__, "stage_ids": [], "spam": True})
    result["spam"] = _base(actor, spam, fn.COUNT(SQL("*")), joins=joins, ordered=False).scalar() or 0
    return result


def _kept_counts(actor: Actor, c: Criteria) -> dict | None:
    """The non-spam deals per stage as the database keeps them (``deal_total``, per stage, owner, currency and
    source) when the criteria narrow by nothing else; None otherwise. The tabs of a process without a filter
    at a million deals: a few hundred summary rows instead of a count of every deal (0.6 s over both cores on
    PostgreSQL, 1.6 s on SQLite, in the background while the first page paints)."""
    plain = Criteria(process_id=c.process_id, owner_ids=c.owner_ids, sources=c.sources)
    if c.process_id is None or c != plain:
        return None
    query = (
        DealTotal.select(DealTotal.stage, fn.SUM(DealTotal.deals))
        .join(Stage, on=(DealTotal.stage == Stage.id))
        .where(Stage.process == c.process_id, DealTotal.deals > 0)
        .group_by(DealTotal.stage)
    )
    if not actor.is_manager:
        query = query.where(DealTotal.owner_id == actor.id)
    if c.owner_ids:  # the summary's owner 0 is "no owner"
        query = query.where(DealTotal.owner_id.in_([0 if i is None else i for i in c.owner_ids]))
    if c.sources:
        query = query.where(DealTotal.source.in_(c.sources))
    return {stage_id: int(deals) for stage_id, deals in query.tuples()}


def visible_ids(actor: Actor, deal_ids: list[int]) -> list[int]:
    """The subset of ``deal_ids`` the actor may see (for bulk actions and exports of a selection)."""
    query = Deal.select(Deal.id).where(Deal.id.in_(deal_ids))
    if not actor.is_manager:
        query = query.where(Deal.owner == actor.id)
    return [i for (i,) in query.tuples()]


def rows_by_id(actor: Actor, deal_ids: list[int]) -> list[FunnelRow]:
    ids = visible_ids(actor, deal_ids)
    if not ids:
        return []
    query = (
        Deal.select(*_FIELDS)
        .join(Stage, on=(Deal.stage == Stage.id))
        .join(Contact, JOIN.LEFT_OUTER, on=(Deal.contact == Contact.id))
        .join(Company, JOIN.LEFT_OUTER, on=(Deal.company == Company.id))
        .join(User, JOIN.LEFT_OUTER, on=(Deal.owner == User.id))
        .where(Deal.id.in_(ids))
        .order_by(Deal.id)
    )
    return [_row(t) for t in query.tuples()]


@dataclass(frozen=True)
class FilterNames:
    """Names of the stages, people and products a criteria names by id (the funnel shows its filters)."""

    stages: dict[int, str]
    owners: dict[int, str]
    products: dict[int, str]


def filter_names(criteria: Criteria) -> FilterNames:
    from desktop.store.models import Product

    stage_ids = {*criteria.stage_ids, *criteria.through_stage_ids}
    owner_ids = [i for i in criteria.owner_ids if i is not None]
    product_ids = [i for i in criteria.product_ids if i is not None]
    stages = dict(Stage.select(Stage.id, Stage.name).where(Stage.id.in_(list(stage_ids))).tuples()) if stage_ids else {}
    owners = dict(User.select(User.id, User.display_name).where(User.id.in_(owner_ids)).tuples()) if owner_ids else {}
    products = (
        dict(Product.select(Product.id, Product.name).where(Product.id.in_(product_ids)).tuples())
        if product_ids
        else {}
    )
    return FilterNames(stages, owners, products)
