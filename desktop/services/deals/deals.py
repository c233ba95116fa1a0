"""Use-cases for deals: create, edit (with optimistic locking), move.

Every call is one transaction. A refused call (missing fields, a rule, a stale version, no permission)
raises an ``EtapError`` and leaves the database as it was. What happened is published as events
(``desktop.services.events``) inside the transaction; history, triggers, probability and the activities'
Won gate subscribe to them (``desktop.services.wiring``), so this module imports none of them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

from peewee import JOIN, SQL, Node, fn

from desktop.domain import deal_fields, inputs, money, numbering
from desktop.domain.errors import ConflictError, MissingFields, NotFound, PermissionDenied, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.money import from_minor
from desktop.domain.probability import effective_probability
from desktop.domain.stages import StageKind, check_probability, missing_fields
from desktop.domain.timeutil import as_date, utcnow
from desktop.services import events
from desktop.services.actor import Actor
from desktop.services.processes.processes import get_stage
from desktop.services.records import DealRow, StageRow
from desktop.services.visibility import visible
from desktop.store import prepared
from desktop.store.db import atomic, database, is_postgres, later
from desktop.store.models import Company, Contact, Deal, DealSequence, Process, Stage, StageStay, User

EDITABLE = deal_fields.EDITABLE  # the deal's field table (desktop/domain/deal_fields.py)
MAX_TITLE = 200


def get_deal(deal_id: int, actor: Actor | None = None, trashed: bool = False) -> DealRow:
    """The deal; with an ``actor`` only when they may see it (``None``: inside a use-case that checked); a deal
    in the trash only when ``trashed`` (the trash's own use). Compiled once per shape (``prepared.run``): a
    move reads its deal twice, and compiling the read cost more than running it."""
    manager = actor is None or actor.is_manager

    def build():
        condition = Deal.id == prepared.slot("id")
        if actor is not None:
            condition &= visible(actor, prepared.slot("owner"))
        if not trashed:
            condition &= Deal.deleted_at.is_null()
        return Deal.select(*_ROW_FIELDS).where(condition)

    found = prepared.run(
        ("deal row", actor is None, manager, trashed),
        build,
        {"id": deal_id, "owner": None if manager else actor.id},
        one_plan=True,
    )
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This deal no longer exists or is not visible to you."))
    return _deal_row(found[0])


# a DealRow's fields and the columns they are read from (value and cost: in minor units, converted below)
_ROW = {
    "id": Deal.id, "number": Deal.number, "title": Deal.title, "process_id": Deal.process, "stage_id": Deal.stage,
    "value": Deal.value_minor, "currency": Deal.currency, "cost": Deal.cost_minor, "owner_id": Deal.owner,
    "contact_id": Deal.contact, "company_id": Deal.company, "source": Deal.source, "substage": Deal.substage,
    "created_at": Deal.created_at, "expected_close": Deal.expected_close, "next_contact": Deal.next_contact,
    "lost_reason": Deal.lost_reason, "probability": Deal.probability, "probability_manual": Deal.probability_manual,
    "stage_entered_at": Deal.stage_entered_at, "version": Deal.version, "board_rank": Deal.board_rank,
}  # fmt: skip
_ROW_FIELDS = tuple(_ROW.values())
_ROW_CONVERT = tuple((name, field.python_value) for name, field in _ROW.items())


def _deal_row(raw: tuple) -> DealRow:
    """A DealRow from a row of ``_ROW_FIELDS`` as the driver returns it, each value converted by its field as
    a model instance would."""
    values = {name: convert(value) for (name, convert), value in zip(_ROW_CONVERT, raw, strict=True)}
    values["value"] = from_minor(values["value"], values["currency"])
    values["cost"] = from_minor(values["cost"], values["currency"])
    return DealRow(**values)


def can_see(actor: Actor, owner_id: int | None) -> bool:
    return actor.is_manager or owner_id == actor.id


def require_edit(actor: Actor, owner_id: int | None) -> None:
    if not (actor.is_manager or owner_id in (None, actor.id)):
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Only the owner or a manager can change this deal."))


def next_number(process_id: int, now: datetime) -> str:
    """Reserve the next number in one statement (an upsert), so two connections never get the same one."""
    fmt = Process.select(Process.number_format).where(Process.id == process_id).scalar()
    year = now.year if "{year" in fmt else 0
    seq = (
        DealSequence.insert(process=process_id, year=year, last_value=1)
        .on_conflict(
            conflict_target=[DealSequence.process, DealSequence.year],
            update={DealSequence.last_value: DealSequence.last_value + 1},
        )
        .returning(DealSequence.last_value)
        .execute()
    )
    value = next(iter(seq)).last_value
    number = numbering.render(fmt, now.year, now.month, value)
    while Deal.select().where(Deal.number == number).exists():  # a format change may collide with old numbers
        bumped = (
            DealSequence.update(last_value=DealSequence.last_value + 1)
            .where((DealSequence.process == process_id) & (DealSequence.year == year))
            .returning(DealSequence.last_value)
            .execute()
        )
        value = next(iter(bumped)).last_value
        number = numbering.render(fmt, now.year, now.month, value)
    return number


def _clean(changes: dict[str, object], currency: str) -> dict[str, object]:
    """Validate user input and turn it into column values; raises ValidationError naming the field.

    The one boundary for deal input: text without control characters or lone surrogates (a title of only
    invisible characters is empty), ids and numbers typed (50.9 is not a probability, 10**20 not an id)."""
    out: dict[str, object] = {}
    for key, value in changes.items():
        if key not in EDITABLE:
            shown = key if isinstance(key, str) and key.isprintable() and len(key) < 40 else "?"
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown field “{key}”."), field=shown, key=shown)
        if key == "title":
            try:
                out["title"] = inputs.text(value, "title", MAX_TITLE, required=True)
            except ValidationError as err:
                if err.template != inputs.CONTROL_MESSAGE:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("Errors", "A deal needs a title of 1 to {max} characters."),
                        field="title",
                        max=MAX_TITLE,
                    ) from None
                raise
        elif key in ("value", "cost"):
            amount = money.parse_amount(value, field=key)
            _check_fits(amount, currency, key)
            out[key] = money.round_money(amount, currency)
        elif key == "currency":
            out["currency"] = money.check_currency(value)
        elif key in ("expected_close", "next_contact"):
            try:
                if value is not None and not isinstance(value, str | date):
                    raise TypeError(value)
                out[key] = as_date(value)
            except (ValueError, TypeError, OverflowError):
                shown = value if isinstance(value, str) and value.isprintable() else type(value).__name__
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "“{text}” is not a date."), field=key, text=str(shown)[:40]
                ) from None
        elif key == "probability_manual":
            if value is None or value == "":
                out[key] = None
                continue
            try:
                out[key] = check_probability(inputs.whole_number(value, "probability", 0, 100))
            except ValidationError:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Probability must be a whole number from 0 to 100."),
                    field="probability",
                ) from None
        elif key in ("owner_id", "contact_id", "company_id"):
            out[key] = _existing(key, value)
        else:
            limit = deal_fields.BY_KEY[key].max_length or 80
            out[key] = inputs.text(value, key, limit, multiline=key == "lost_reason")
    return out


def _check_fits(amount: Decimal, currency: str, key: str) -> None:
    """An amount must be exact in the currency's minor unit: 0.50 is refused in JPY, not turned into 1."""
    if not money.fits(amount, currency):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{amount} cannot be written in {currency} without rounding; change it first."),
            field=key,
            amount=str(amount.normalize()) if amount == amount.to_integral_value() else str(amount),
            currency=currency,
        )


def _existing(key: str, value: object) -> int | None:
    record = inputs.optional_id(value, key)
    if record is None:
        return None
    model = {"owner_id": User, "contact_id": Contact, "company_id": Company}[key]
    if not model.select().where(model.id == record).exists():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The chosen record no longer exists."), field=key)
    return record


def _columns(values: dict[str, object], currency: str) -> dict[str, object]:
    """Row values for Deal.update/insert from cleaned values (money to minor units)."""
    cols: dict[str, object] = {}
    for key, value in values.items():
        if key in ("value", "cost"):
            cols[f"{key}_minor"] = money.to_minor(value, currency)
        else:
            cols[key] = value
    return cols


def _values_for_rules(row: DealRow) -> dict[str, object]:
    return deal_fields.entry_values(vars(row))


def _check_entry(row: DealRow, stage: StageRow) -> int:
    """Refuse (raise) an entry the stage's rules or a subscriber refuse; returns the probability the deal enters
    ``stage`` with: the stage's rule, or what a subscriber said (weighted activities)."""
    missing = missing_fields(stage.spec(), _values_for_rules(row))
    if missing:
        raise MissingFields(
            QT_TRANSLATE_NOOP("Errors", "Stage “{stage}” needs more information before the deal can enter it."),
            fields=missing,
            stage=stage.name,
        )
    entering = events.DealEntering(row, stage)
    events.publish(entering)  # subscribers refuse by raising (the Won gate), or set the probability
    if entering.probability is not None:
        return entering.probability
    return effective_probability(stage.kind, stage.default_probability, row.probability_manual)


_SOURCE, _TARGET = Stage.alias("source"), Stage.alias("target")


def _deal_and_stages(actor: Actor, deal_id: int, stage_id: int) -> tuple[DealRow, StageRow, StageRow | None]:
    """``get_deal(deal_id, actor)`` with the stage it is on and the stage ``stage_id`` (None when there is no such
    stage), in one statement compiled once per shape: a move's first read (on a team server one round trip
    instead of two)."""
    manager = actor.is_manager

    def build():
        condition = (Deal.id == prepared.slot("id")) & visible(actor, prepared.slot("owner"))
        return (
            Deal.select(*_ROW_FIELDS, *_alias_fields(_SOURCE), *_alias_fields(_TARGET))
            .join(_SOURCE, on=(_SOURCE.id == Deal.stage))
            .switch(Deal)
            .join(_TARGET, JOIN.LEFT_OUTER, on=(_TARGET.id == prepared.slot("target")))
            .where(condition & Deal.deleted_at.is_null())
        )

    values = {"id": deal_id, "owner": None if manager else actor.id, "target": stage_id}
    found = prepared.run(("deal and stages", manager), build, values, one_plan=True)
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This deal no longer exists or is not visible to you."))
    row, width = found[0], len(_ROW_FIELDS)
    source = _stage_row(row[width : width + len(_STAGE_NAMES)])
    target = row[width + len(_STAGE_NAMES) :]
    return _deal_row(row[:width]), source, None if target[0] is None else _stage_row(target)


def _alias_fields(alias) -> list:
    return [getattr(alias, name) for name in _STAGE_NAMES]


def _stage_row(values: tuple) -> StageRow:
    return StageRow.from_model(Stage(**dict(zip(_STAGE_NAMES, values, strict=True))))


def _first_open_stage(process_id: int) -> int:
    stage_id = (
        Stage.select(Stage.id)
        .where((Stage.process == process_id) & (Stage.kind == StageKind.OPEN))
        .order_by(Stage.position)
        .limit(1)
        .scalar()
    )
    if stage_id is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This process has no open stage."))
    return stage_id


_STAGE_FIELDS = tuple(Stage._meta.sorted_fields)
_STAGE_NAMES = tuple(f.name for f in _STAGE_FIELDS)


def _top_rank(stage_id: int) -> float:
    # spam deals are off the board; with spam in the condition the (stage, spam, board_rank) index answers
    # MIN with one seek instead of scanning the stage
    ((low,),) = prepared.run(
        "top rank",
        lambda: Deal.select(fn.MIN(Deal.board_rank)).where(
            (Deal.stage == prepared.slot("stage")) & (Deal.spam == False)  # noqa: E712 - SQL comparison
        ),
        {"stage": stage_id},
        one_plan=True,
    )
    return (low if low is not None else 0.0) - 1.0


def _top_rank_query(stage_id: int):
    """``_top_rank`` as a subquery, for an UPDATE to read in itself (on PostgreSQL: a round trip fewer)."""
    other = Deal.alias()
    return other.select(fn.COALESCE(fn.MIN(other.board_rank), 0.0) - 1.0).where(
        (other.stage == stage_id) & (other.spam == False)  # noqa: E712 - SQL comparison
    )


def create_deal(
    actor: Actor,
    process_id: int,
    title: str,
    stage_id: int | None = None,
    now: datetime | None = None,
    **fields: object,
) -> DealRow:
    """Create a deal at the top of its stage (the first open stage unless given)."""
    now = now or utcnow()
    process_id = inputs.record_id(process_id, "process")
    stage_id = inputs.optional_id(stage_id, "stage")
    fields.setdefault("owner_id", actor.id)
    currency = money.check_currency(fields.pop("currency", "PLN"))
    values = _clean({"title": title, **fields}, currency)
    if values.get("owner_id") not in (None, actor.id) and not actor.is_manager:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Only managers can create deals for someone else."))
    with atomic():
        stage = get_stage(stage_id or _first_open_stage(process_id))
        if stage.process_id != process_id:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The stage belongs to another process."))
        values.setdefault("value", Decimal(0))
        values.setdefault("cost", Decimal(0))
        draft = DealRow(
            id=0,
            number="",
            title=values["title"],
            process_id=process_id,
            stage_id=stage.id,
            value=values["value"],
            currency=currency,
            cost=values["cost"],
            owner_id=values.get("owner_id"),
            contact_id=values.get("contact_id"),
            company_id=values.get("company_id"),
            source=values.get("source", ""),
            substage=values.get("substage", ""),
            created_at=now,
            expected_close=values.get("expected_close"),
            next_contact=values.get("next_contact"),
            lost_reason=values.get("lost_reason", ""),
            probability=0,
            probability_manual=values.get("probability_manual"),
            stage_entered_at=now,
            version=1,
        )
        probability = _check_entry(draft, stage)
        number = next_number(process_id, now)
        deal_id = Deal.insert(
            process=process_id,
            stage=stage.id,
            number=number,
            currency=currency,
            created_at=now,
            stage_entered_at=now,
            last_activity_at=now,
            probability=probability,
            board_rank=_top_rank(stage.id),
            **_columns(values, currency),
        ).execute()
        stay_id = StageStay.insert(
            deal=deal_id, stage=stage.id, stage_name=stage.name, entered_at=now, user=actor.id
        ).execute()
        events.publish(
            events.DealCreated(
                actor,
                deal_id,
                process_id,
                stage,
                number,
                values["title"],
                now,
                stay_id=stay_id,
                probability=probability,
                probability_manual=draft.probability_manual,
            )
        )
    return get_deal(deal_id)


def _differences(current: DealRow, values: dict[str, object]) -> dict[str, tuple[object, object]]:
    """(old, new) for each field whose value differs from ``current``."""
    return {k: (getattr(current, k), v) for k, v in values.items() if getattr(current, k) != v}


def _publish_edited(actor: Actor, current: DealRow, values: dict[str, object], now: datetime, stage_id: int) -> None:
    changes = _differences(current, values)
    if changes:
        events.publish(events.DealEdited(actor, current.id, current.process_id, changes, now, stage_id))


def edit_deal(
    actor: Actor, deal_id: int, expected_version: int, now: datetime | None = None, **changes: object
) -> DealRow:
    """Apply field changes if nobody saved the deal since ``expected_version``; one history event per
    changed field (old → new). Raises ConflictError carrying the current row otherwise."""
    now = now or utcnow()
    with atomic():
        current = get_deal(deal_id, actor)
        require_edit(actor, current.owner_id)
        if current.version != expected_version:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Someone else saved this deal in the meantime. Review their changes and save again."
                ),
                current=current,
            )
        currency = money.check_currency(changes.get("currency", current.currency))
        values = _clean(changes, currency)
        if "owner_id" in values and values["owner_id"] != current.owner_id and not actor.is_manager:
            raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Only managers can hand a deal to someone else."))
        changed = {k: v for k, v in values.items() if getattr(current, k) != v}
        if "currency" in changed:  # amounts are re-stored in the new currency's minor unit, never rounded
            changed.setdefault("value", current.value)
            changed.setdefault("cost", current.cost)
            for key in ("value", "cost"):
                _check_fits(changed[key], currency, key)
        if not changed:
            return current
        updated = replace(current, **changed)
        if "substage" in changed or "lost_reason" in changed:
            _check_substage(updated)
        cols = _columns(changed, currency)
        if "probability_manual" in changed:
            stage = get_stage(current.stage_id)
            cols["probability"] = effective_probability(
                stage.kind, stage.default_probability, changed["probability_manual"]
            )
        _versioned_update(deal_id, expected_version, **cols, version=Deal.version + 1, last_activity_at=now)
        _publish_edited(actor, current, changed, now, current.stage_id)
    return get_deal(deal_id)


def _versioned_update(deal_id: int, expected: int, returning=None, slots=None, **cols: object):
    """``UPDATE deal ... WHERE id = ? AND version = ?``: the version read earlier in the transaction must still
    be the row's, or another connection saved in between (a plain read does not lock the row on PostgreSQL).
    ``returning``: a column whose new value is returned (``UPDATE ... RETURNING``, PostgreSQL only).

    Compiled once per shape (``prepared``): the columns set, in order, and which of them are expressions. An
    expression's SQL must be the same for its column every time: what varies in it is a ``prepared.slot``
    whose value comes in ``slots`` (the tests compare every cached statement with a fresh compile)."""
    values = {"deal": deal_id, "expected": expected, **(slots or {})}
    for name, value in cols.items():
        if not isinstance(value, Node):
            values[f"set {name}"] = Deal._meta.combined[name].db_value(value)

    def build():
        sets = {name: v if isinstance(v, Node) else prepared.slot(f"set {name}") for name, v in cols.items()}
        query = Deal.update(**sets).where(
            (Deal.id == prepared.slot("deal")) & (Deal.version == prepared.slot("expected"))
        )
        return query.returning(returning) if returning is not None else query

    key = ("versioned update", tuple((name, isinstance(v, Node)) for name, v in cols.items()), returning is not None)
    if returning is not None:
        returned = [value for (value,) in prepared.run(key, build, values, one_plan=True)]
        rows = len(returned)
    else:
        rows = prepared.write(key, build, values, one_plan=True)
    if rows != 1:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "Errors", "Someone else saved this deal in the meantime. Review their changes and save again."
            ),
            current=get_deal(deal_id),
        )
    return returned[0] if returning is not None else None


def _check_substage(row: DealRow) -> None:
    stage = get_stage(row.stage_id)
    if row.substage and row.substage not in stage.substages:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{name}” is not a sub-stage of “{stage}”."),
            field="substage",
            name=row.substage,
            stage=stage.name,
        )


def move_deal(
    actor: Actor,
    deal_id: int,
    stage_id: int,
    now: datetime | None = None,
    rank: float | None = None,
    expected_version: int | None = None,
    **fields: object,
) -> DealRow:
    """Move a deal to ``stage_id`` (another stage, or the same one to reorder via ``rank``).

    ``fields`` supplies what the target stage requires (lost reason, sub-stage, ...). Raises
    MissingFields listing what is still missing, so the ui can ask for exactly that."""
    with atomic():
        return move_in_transaction(actor, deal_id, stage_id, now, rank, expected_version, **fields)


def move_in_transaction(
    actor: Actor,
    deal_id: int,
    stage_id: int,
    now: datetime | None = None,
    rank: float | None = None,
    expected_version: int | None = None,
    **fields: object,
) -> DealRow:
    """``move_deal`` for a caller that already holds the transaction (``board.place``): no savepoint."""
    now = now or utcnow()
    current, source, target = _deal_and_stages(actor, deal_id, stage_id)  # one read
    require_edit(actor, current.owner_id)
    if expected_version is not None and current.version != expected_version:
        raise ConflictError(
            QT_TRANSLATE_NOOP("Errors", "Someone else changed this deal in the meantime."), current=current
        )
    if target is None:
        get_stage(stage_id)  # raises NotFound with the stage's own message
    if target.process_id != current.process_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The stage belongs to another process."))
    if stage_id == current.stage_id:
        if rank is not None:
            _versioned_update(deal_id, current.version, board_rank=rank)  # a reorder keeps the version
            events.publish(
                events.DealReordered(actor, deal_id, current.process_id, target, now, current.board_rank, rank)
            )
            return replace(current, board_rank=rank)
        return current
    values = _clean(fields, current.currency)
    if target.kind is not StageKind.LOST:
        values.setdefault("lost_reason", "")
    if target.substages:
        if current.substage not in target.substages:
            values.setdefault("substage", "")
    else:
        values["substage"] = ""
    updated = replace(current, **values, stage_id=stage_id)
    probability = _check_entry(updated, target)
    cols = _columns(values, current.currency)
    # on top unless a rank is given; on PostgreSQL the UPDATE reads the top rank itself and returns it
    on_top = rank is None and is_postgres()
    new_rank = rank if rank is not None else None if on_top else _top_rank(stage_id)
    returned = _versioned_update(
        deal_id,
        current.version,
        returning=Deal.board_rank if on_top else None,
        stage=stage_id,
        stage_entered_at=now,
        last_activity_at=now,
        probability=probability,
        board_rank=_top_rank_query(prepared.slot("top stage")) if on_top else new_rank,
        version=Deal.version + 1,
        slots={"top stage": stage_id},
        **cols,
    )
    if on_top:
        new_rank = returned
    later(
        prepared.statement(
            "close stay",
            lambda: StageStay.update(left_at=prepared.slot("now")).where(
                (StageStay.deal == prepared.slot("deal")) & StageStay.left_at.is_null()
            ),
            {"now": now, "deal": deal_id},
        )
    )
    stay_id = prepared.insert(
        "open stay",
        lambda: StageStay.insert(
            deal=prepared.slot("deal"),
            stage=prepared.slot("stage"),
            stage_name=prepared.slot("name"),
            entered_at=prepared.slot("at"),
            user=prepared.slot("user"),
        ),
        {"deal": deal_id, "stage": stage_id, "name": target.name, "at": now, "user": actor.id},
        one_plan=True,
    )
    differences = _differences(current, values)
    events.publish(
        events.DealMoved(
            actor,
            deal_id,
            current.process_id,
            source,
            target,
            now,
            current.board_rank,
            new_rank,
            differences,
            stay_id=stay_id,
            probability=probability,
            probability_manual=updated.probability_manual,
        )
    )
    _publish_edited(actor, current, values, now, stage_id)
    return get_deal(deal_id)


def change_owner(actor: Actor, deal_ids: list[int], owner_id: int | None, now: datetime | None = None) -> list[int]:
    """Hand many deals to one owner (or none), all or nothing."""
    with atomic():
        for deal_id in deal_ids:
            current = get_deal(deal_id, actor)
            edit_deal(actor, deal_id, current.version, now, owner_id=owner_id)
    return list(deal_ids)


def move_many(
    actor: Actor, deal_ids: list[int], stage_id: int, now: datetime | None = None, **fields: object
) -> list[int]:
    """Move many deals with the same rules as one move; the first refusal cancels the whole batch."""
    with atomic():
        for deal_id in deal_ids:
            move_deal(actor, deal_id, stage_id, now, **fields)
    return list(deal_ids)


def stage_counts(process_id: int, actor: Actor | None = None) -> dict[int, int]:
    """Deals per stage of a process (spam excluded), from the stage index."""
    query = (
        Deal.select(Deal.stage, fn.COUNT(SQL("*")))
        .join(Stage, on=(Deal.stage == Stage.id))
        .where((Stage.process == process_id) & (Deal.spam == False))  # noqa: E712 - SQL comparison
        .group_by(Deal.stage)
    )
    if actor is not None and not actor.is_manager:
        query = query.where(Deal.owner == actor.id)
    return dict(query.tuples())


def deal_count() -> int:
    return database.execute_sql("SELECT COUNT(*) FROM deal").fetchone()[0]
