"""The stage board's queries and moves (SPEC F2, F4's weighted value).

A column is read page by page in manual order with keyset paging on (board_rank, id), which the
``deal_stage_rank`` index answers without sorting. The column headers come from one grouped query over
``deal_total`` (count, sum and weighted sum per stage, owner, currency and source, kept by database triggers:
a few rows per stage whatever the number of deals), or, while searching, from one grouped query over
``deal_stage_totals`` with exactly the conditions the columns use, so a header always agrees with its column.
Every move is one ``deals.move_deal`` call.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from peewee import JOIN, SQL, fn

from desktop.domain.money import from_minor
from desktop.domain.text import search_term
from desktop.services.activities import tasks
from desktop.services.actor import Actor
from desktop.services.calculation import offer_tracking
from desktop.services.deals import deals
from desktop.services.records import DealRow
from desktop.store import prepared, search
from desktop.store.db import atomic, is_postgres
from desktop.store.models import Company, Contact, Deal, DealTotal, User

PAGE = 60  # a column shows about ten cards: the first read fills it several times over; scrolling reads on
# Ranks are floats; when two neighbours get closer than this, the rest of the column is shifted down once.
MIN_GAP = 1e-6


@dataclass(frozen=True)
class Card:
    id: int
    number: str
    title: str
    company: str
    contact: str
    value: Decimal
    currency: str
    owner: str
    owner_id: int | None
    probability: int
    stage_entered_at: datetime
    board_rank: float
    version: int


@dataclass
class ColumnTotals:
    count: int = 0
    sums: dict[str, Decimal] = field(default_factory=dict)  # currency -> sum of values
    weighted: dict[str, Decimal] = field(default_factory=dict)  # currency -> sum of value x probability


_CONTACT = fn.TRIM(fn.COALESCE(Contact.first_name, "").concat(" ").concat(fn.COALESCE(Contact.last_name, "")))


def _conditions(actor: Actor, text: str, *scope, ordered: bool = True, owner=None) -> list:
    """The conditions of a column's cards: ``scope``, not spam, the actor's own deals unless a manager (``owner``:
    a ``prepared.slot`` in place of the agent's id), the search text's."""
    conds = [*scope, Deal.spam == False]  # noqa: E712 - SQL comparison
    if not actor.is_manager:
        conds.append(Deal.owner == (actor.id if owner is None else owner))
    if text.strip():  # the deal's search text, as in the funnel (the same deals for the same text)
        conds = search.restrict(Deal, conds, search_term(text), ordered=ordered)
    return conds


def totals(actor: Actor, stage_ids: list[int], text: str = "") -> dict[int, ColumnTotals]:
    """Count, per-currency sums and weighted sums of every given stage, in one grouped query."""
    result = {stage_id: ColumnTotals() for stage_id in stage_ids}
    if not stage_ids:
        return result
    if text.strip():
        query = Deal.select(
            Deal.stage,
            Deal.currency,
            fn.COUNT(SQL("*")),
            fn.SUM(Deal.value_minor),
            fn.SUM(Deal.value_minor * Deal.probability),
        )
        conditions = _conditions(actor, text, Deal.stage.in_(stage_ids), ordered=False)
        query = query.where(*conditions).group_by(Deal.stage, Deal.currency)
        rows = query.tuples()
    else:  # no search: the totals the database keeps per stage, owner, currency and source (of non-spam deals)

        def build():  # built and compiled once per shape (every board refresh asks it)
            query = DealTotal.select(
                DealTotal.stage,
                DealTotal.currency,
                fn.SUM(DealTotal.deals),
                fn.SUM(DealTotal.value_minor),
                fn.SUM(DealTotal.weighted),
            ).where(DealTotal.stage.in_(prepared.slots("stage", len(stage_ids))), DealTotal.deals > 0)
            if not actor.is_manager:
                query = query.where(DealTotal.owner_id == prepared.slot("owner"))
            return query.group_by(DealTotal.stage, DealTotal.currency)

        values = prepared.named("stage", stage_ids) | {"owner": actor.id}
        rows = prepared.run(("board totals", actor.is_manager, len(stage_ids)), build, values, one_plan=True)
    for stage_id, currency, count, total, weighted in rows:
        column = result[stage_id]
        column.count += int(count)
        column.sums[currency] = from_minor(int(total or 0), currency)
        # value x probability / 100, rounded to the currency's minor unit
        column.weighted[currency] = from_minor(round(int(weighted or 0) / 100), currency)
    return result


def _fields(names) -> tuple:
    """A card's columns, its company's, contact's and owner's names as ``names`` spells them."""
    company, contact, owner = names
    return (
        Deal.id,
        Deal.number,
        Deal.title,
        company,
        contact,
        Deal.value_minor,
        Deal.currency,
        owner,
        Deal.owner,
        Deal.probability,
        Deal.stage_entered_at,
        Deal.board_rank,
        Deal.version,
    )


def _name_of(model, name, key):
    """``name`` of the ``model`` row ``key`` points to, '' when there is none, as a subquery."""
    return fn.COALESCE(model.select(name).where(model.id == key), "")


# SQLite: the names through LEFT JOINs (the cheapest there). PostgreSQL: subqueries run per card read (a page's
# few dozen): a join's plan, planned once for any limit (a prepared statement's), memoises its lookups in a hash
# table sized for a whole stage, built and freed at every run (~0.75 ms a column page at 1M deals, 20-30 ms for
# a board's pages in one statement); the subqueries cost SQLite ~6 % more than the joins.
_FIELDS = _fields((fn.COALESCE(Company.name, ""), _CONTACT, fn.COALESCE(User.display_name, "")))
_TEAM_FIELDS = _fields(
    (
        _name_of(Company, Company.name, Deal.company),
        _name_of(Contact, _CONTACT, Deal.contact),
        _name_of(User, User.display_name, Deal.owner),
    )
)


def _card_query(conditions: list):
    """The cards' columns with their company, contact and owner names, for the deals matching ``conditions``."""
    if is_postgres():
        return Deal.select(*_TEAM_FIELDS).where(*conditions)
    return (
        Deal.select(*_FIELDS)
        .join(Company, JOIN.LEFT_OUTER, on=(Deal.company == Company.id))
        .switch(Deal)
        .join(Contact, JOIN.LEFT_OUTER, on=(Deal.contact == Contact.id))
        .switch(Deal)
        .join(User, JOIN.LEFT_OUTER, on=(Deal.owner == User.id))
        .where(*conditions)
    )


_ENTERED = next(i for i, f in enumerate(_FIELDS) if f is Deal.stage_entered_at)  # (a field's == is SQL)
_as_datetime = Deal.stage_entered_at.python_value  # a text in SQLite, read as peewee reads it


def _card(t: tuple) -> Card:
    values = list(t)
    values[5] = from_minor(values[5], values[6])
    values[_ENTERED] = _as_datetime(values[_ENTERED])
    return Card(*values)


def page_query(actor: Actor, stage_id, after: tuple | None = None, limit=PAGE, text: str = "", owner=None):
    """A column's page of cards: after the (rank, id) of the last card shown, at most ``limit``."""
    query = _card_query(_conditions(actor, text, Deal.stage == stage_id, owner=owner))
    if after is not None:
        rank, deal_id = after
        query = query.where((Deal.board_rank > rank) | ((Deal.board_rank == rank) & (Deal.id > deal_id)))
    return query.order_by(Deal.board_rank, Deal.id).limit(limit)


def page(actor: Actor, stage_id: int, after: tuple[float, int] | None = None, limit: int = PAGE, text: str = ""):
    """The next ``limit`` cards of a column in manual order, after the (rank, id) of the last card shown.

    Without a search the query is built and compiled once per shape (``prepared.run``): a board reads one page
    per column with only the stage, the owner and the cursor changing, and building and compiling the query
    cost more than running it."""
    if text.strip():
        return [_card(t) for t in page_query(actor, stage_id, after, limit, text).tuples()]
    slot = prepared.slot
    values = {"stage": stage_id, "limit": limit, "owner": actor.id}
    if after is not None:
        values["rank"], values["after"] = after

    def build():
        cursor = None if after is None else (slot("rank"), slot("after"))
        return page_query(actor, slot("stage"), cursor, slot("limit"), owner=slot("owner"))

    rows = prepared.run(("board page", actor.is_manager, after is None), build, values, one_plan=True)
    return [_card(t) for t in rows]


@dataclass(frozen=True)
class Columns:
    """What a board shows of several columns: their first cards and the cards' marks."""

    cards: dict[int, list[Card]]  # stage id -> its first cards, in manual order
    task_states: dict[int, str]  # deal id -> the state of its next open task (deals with an open task only)
    opened: set[int]  # the deals with an offer e-mail a read receipt said was opened


_MARKS = 3  # after a card's columns in ``columns``' statement: its next task's due time, an opened offer, the stage
_STAGE_COLUMN = len(_FIELDS) + _MARKS  # (1-based, for the ORDER BY)
_RANK_COLUMN = next(i for i, f in enumerate(_FIELDS) if f is Deal.board_rank) + 1


def columns(actor: Actor, limits: dict[int, int], now: datetime, day_start: datetime, text: str = "") -> Columns:
    """The first cards of several columns (``limits`` maps a stage to how many of its cards: ``page``'s from the
    top, in manual order) with their task marks (``tasks.next_task_states``, at ``now``; ``day_start``: today's
    local midnight in UTC) and opened offers (``offer_tracking.opened_deals``).

    On a team server without a search, one statement for all of it, built and compiled once per shape: each
    column's page (``page``'s query, with each card's next task's due time and whether an offer of it was opened)
    a part of one ``UNION ALL`` (``prepared.run_parts``); a board refresh reads every column: one round trip
    instead of one per column and two for the marks. On SQLite (no round trips: there the one statement costs
    ~15 % more than its parts) and with a search (its text decides each page's plan), a page per column, then
    the marks of all their cards in one query each."""
    if text.strip() or not is_postgres():
        cards = {stage_id: page(actor, stage_id, None, limit, text) for stage_id, limit in limits.items()}
        ids = [card.id for column in cards.values() for card in column]
        states = tasks.next_task_states(actor, ids, now, day_start) if ids else {}
        return Columns(cards, states, offer_tracking.opened_deals(ids))
    slot = prepared.slot

    def build():
        query = page_query(actor, slot("stage"), None, slot("limit"), owner=slot("owner"))
        return query.select_extend(tasks.next_due(Deal.id), offer_tracking.offer_opened(Deal.id), Deal.stage)

    parts = [{"stage": stage_id, "limit": limit, "owner": actor.id} for stage_id, limit in limits.items()]
    order = (_STAGE_COLUMN, _RANK_COLUMN, 1)  # each column's cards together, in their order (id is column 1)
    result = Columns({stage_id: [] for stage_id in limits}, {}, set())
    for row in prepared.run_parts(("board columns", actor.is_manager), build, parts, order, one_plan=True):
        card = _card(row[:-_MARKS])
        due, opened, stage_id = row[-_MARKS:]
        result.cards[stage_id].append(card)
        if due is not None:
            result.task_states[card.id] = tasks.next_due_state(due, now, day_start)
        if opened:
            result.opened.add(card.id)
    return result


def cards(actor: Actor, deal_ids) -> list[Card]:
    """The cards of the given deals as a column shows them (one query; deals the actor may not see are left out).

    What a board reads after an edit that changes only what a card shows (a title, a client), instead of the
    whole column."""
    ids = sorted(set(deal_ids))
    if not ids:
        return []
    return [_card(t) for t in _card_query(_conditions(actor, "", Deal.id.in_(ids))).tuples()]


def _rank_between(stage_id: int, above: float | None, below: float | None) -> float:
    if above is None and below is None:
        return 0.0
    if above is None:
        return below - 1.0
    if below is None:
        return above + 1.0
    if below - above < MIN_GAP:
        # make room: push this card's lower neighbours down by one (set-based, rare)
        Deal.update(board_rank=Deal.board_rank + 1.0).where(
            (Deal.stage == stage_id) & (Deal.board_rank >= below)
        ).execute()
        below += 1.0
    return (above + below) / 2


def place(
    actor: Actor,
    deal_id: int,
    stage_id: int,
    above_id: int | None = None,
    below_id: int | None = None,
    expected_version: int | None = None,
    now: datetime | None = None,
    **fields: object,
) -> DealRow:
    """Move a deal onto a stage between two cards (either may be None: top / bottom of what is shown).

    One transaction: the rank gap, the move, its stay and history; a refusal (missing fields, a rule, a
    stale version) leaves everything as it was."""
    with atomic():
        neighbours = [i for i in (above_id, below_id) if i]
        # none given (a drop on a column's top or bottom, a move from the deal's menu): no query (a round trip)
        ranks = {}
        if neighbours:
            ranks = dict(Deal.select(Deal.id, Deal.board_rank).where(Deal.id.in_(neighbours)).tuples())
        above = ranks.get(above_id) if above_id else None
        below = ranks.get(below_id) if below_id else None
        if above is None and below is None:
            rank = None  # an empty column or no neighbour given: move_deal puts it on top
        else:
            rank = _rank_between(stage_id, above, below)
        return deals.move_in_transaction(
            actor, deal_id, stage_id, now, rank=rank, expected_version=expected_version, **fields
        )


def restore(actor: Actor, deal_id: int, stage_id: int, rank: float, now: datetime | None = None, **fields: object):
    """Put a deal back at an exact stage and rank (undo / redo); itself a recorded move."""
    return deals.move_deal(actor, deal_id, stage_id, now, rank=rank, **fields)


def rank_of(actor: Actor, deal_id: int) -> float | None:
    return Deal.select(Deal.board_rank).where((Deal.id == deal_id) & deals.visible(actor)).scalar()


def stage_deal_ids(actor: Actor, stage_id: int, text: str = "") -> list[int]:
    """Every visible deal of a stage (what the column holds, all pages), in board order."""
    query = Deal.select(Deal.id).where(*_conditions(actor, text, Deal.stage == stage_id))
    return [t[0] for t in query.order_by(Deal.board_rank, Deal.id).tuples()]
