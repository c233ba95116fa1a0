"""Per-deal calculation variants and their lines; the chosen variant sets the deal's value and cost.

Value and cost go through ``deals.edit_deal`` so the deal's history records the change. Every call refuses
while the global "deals without calculation" switch is on (calculations stay in the database, hidden).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from desktop.domain import calculation as calc
from desktop.domain import money
from desktop.domain.errors import NotFound, RuleError, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.timeutil import as_date, utcnow
from desktop.services import history, settings
from desktop.services.actor import Actor
from desktop.services.calculation import catalogue
from desktop.services.deals import deals
from desktop.store.db import atomic
from desktop.store.models import Calculation, CalculationLine

LINE_FIELDS = ("description", "quantity", "unit", "unit_price", "discount_pct", "unit_cost", "vat_pct", "product_id")


@dataclass(frozen=True)
class LineRow:
    id: int
    position: int
    product_id: int | None
    description: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    discount_pct: Decimal
    unit_cost: Decimal
    vat_pct: Decimal
    totals: calc.Totals


@dataclass(frozen=True)
class CalculationRow:
    id: int
    deal_id: int
    name: str
    chosen: bool
    currency: str
    rate: Decimal
    deal_currency: str
    price_list_id: int | None
    payment_terms: str
    delivery_terms: str
    valid_until: date | None
    lines: tuple[LineRow, ...]
    totals: calc.Totals

    @property
    def deal_value(self) -> Decimal:
        return calc.convert(self.totals.net, self.rate, self.deal_currency)

    @property
    def deal_cost(self) -> Decimal:
        return calc.convert(self.totals.cost, self.rate, self.deal_currency)


def _require_enabled() -> None:
    if not settings.calculations_enabled():
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "Calculations are switched off (deals without calculation)."))


def _calc(calc_id: int) -> Calculation:
    row = Calculation.get_or_none(Calculation.id == calc_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This calculation no longer exists."))
    return row


def _line_input(line: CalculationLine, currency: str) -> calc.LineInput:
    return calc.LineInput(
        Decimal(line.quantity),
        money.from_minor(line.unit_price_minor, currency),
        Decimal(line.discount_pct),
        money.from_minor(line.unit_cost_minor, currency),
        Decimal(line.vat_pct),
    )


def _row(c: Calculation, deal_currency: str) -> CalculationRow:
    lines = []
    for line in c.lines.order_by(CalculationLine.position, CalculationLine.id):
        data = _line_input(line, c.currency)
        lines.append(
            LineRow(
                line.id,
                line.position,
                line.product_id,
                line.description,
                data.quantity,
                line.unit,
                data.unit_price,
                data.discount_pct,
                data.unit_cost,
                data.vat_pct,
                calc.line_totals(data, c.currency),
            )
        )
    total = calc.empty_totals(c.currency)
    for line in lines:
        total = total + line.totals
    return CalculationRow(
        c.id,
        c.deal_id,
        c.name,
        c.chosen,
        c.currency,
        Decimal(c.rate),
        deal_currency,
        c.price_list_id,
        c.payment_terms,
        c.delivery_terms,
        c.valid_until,
        tuple(lines),
        total,
    )


def _deal_for(actor: Actor, deal_id: int, edit: bool = False):
    deal = deals.get_deal(deal_id, actor)
    if edit:
        deals.require_edit(actor, deal.owner_id)
    return deal


def list_calculations(actor: Actor, deal_id: int) -> list[CalculationRow]:
    """The deal's variants in creation order; empty while calculations are switched off (hidden, not gone)."""
    deal = _deal_for(actor, deal_id)
    if not settings.calculations_enabled():
        return []
    query = Calculation.select().where(Calculation.deal == deal_id).order_by(Calculation.id)
    return [_row(c, deal.currency) for c in query]


def get_calculation(actor: Actor, calc_id: int) -> CalculationRow:
    c = _calc(calc_id)
    deal = _deal_for(actor, c.deal_id)
    return _row(c, deal.currency)


def _name(name: str) -> str:
    name = (name or "").strip()
    if not name or len(name) > 120:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A variant needs a name of 1 to 120 characters."), field="name"
        )
    return name


def add_calculation(
    actor: Actor, deal_id: int, name: str, currency: str | None = None, now: datetime | None = None
) -> CalculationRow:
    """A new empty variant; the deal's first variant is chosen automatically."""
    _require_enabled()
    deal = _deal_for(actor, deal_id, edit=True)
    currency = money.check_currency(currency or deal.currency)
    rate = catalogue.find_rate(currency, deal.currency) or Decimal(1)
    now = now or utcnow()
    with atomic():
        first = not Calculation.select().where(Calculation.deal == deal_id).exists()
        calc_id = Calculation.insert(
            deal=deal_id, name=_name(name), chosen=first, currency=currency, rate=str(rate), created_at=now
        ).execute()
        history.record("calculation_added", now, actor, deal_id=deal_id, process_id=deal.process_id, name=name)
    return get_calculation(actor, calc_id)


def copy_calculation(actor: Actor, calc_id: int, name: str, now: datetime | None = None) -> CalculationRow:
    _require_enabled()
    source = _calc(calc_id)
    deal = _deal_for(actor, source.deal_id, edit=True)
    now = now or utcnow()
    with atomic():
        new_id = Calculation.insert(
            deal=source.deal_id,
            name=_name(name),
            chosen=False,
            currency=source.currency,
            rate=source.rate,
            price_list=source.price_list_id,
            payment_terms=source.payment_terms,
            delivery_terms=source.delivery_terms,
            valid_until=source.valid_until,
            created_at=now,
        ).execute()
        for line in source.lines:
            data = {f.name: getattr(line, f.name) for f in CalculationLine._meta.sorted_fields if f.name != "id"}
            data["calculation"] = new_id
            CalculationLine.insert(**data).execute()
        history.record("calculation_copied", now, actor, deal_id=deal.id, process_id=deal.process_id, name=name)
    return get_calculation(actor, new_id)


def rename_calculation(actor: Actor, calc_id: int, name: str) -> CalculationRow:
    _require_enabled()
    c = _calc(calc_id)
    _deal_for(actor, c.deal_id, edit=True)
    with atomic():
        Calculation.update(name=_name(name)).where(Calculation.id == calc_id).execute()
    return get_calculation(actor, calc_id)


def delete_calculation(actor: Actor, calc_id: int, now: datetime | None = None) -> None:
    """Deleting the chosen variant leaves the deal's value and cost as they were (no variant is chosen)."""
    _require_enabled()
    c = _calc(calc_id)
    deal = _deal_for(actor, c.deal_id, edit=True)
    with atomic():
        Calculation.delete().where(Calculation.id == calc_id).execute()
        history.record(
            "calculation_deleted", now or utcnow(), actor, deal_id=deal.id, process_id=deal.process_id, name=c.name
        )


def choose_calculation(actor: Actor, calc_id: int, now: datetime | None = None) -> CalculationRow:
    """Make this the deal's variant: its net and cost (converted at its frozen rate) become the deal's."""
    _require_enabled()
    c = _calc(calc_id)
    _deal_for(actor, c.deal_id, edit=True)
    with atomic():
        Calculation.update(chosen=(Calculation.id == calc_id)).where(Calculation.deal == c.deal_id).execute()
        _sync_deal(actor, calc_id, now)
    return get_calculation(actor, calc_id)


def _sync_deal(actor: Actor, calc_id: int, now: datetime | None) -> None:
    """If ``calc_id`` is the chosen variant, push its value and cost onto the deal (recorded in history)."""
    c = _calc(calc_id)
    if not c.chosen:
        return
    deal = deals.get_deal(c.deal_id)
    row = _row(c, deal.currency)
    deals.edit_deal(actor, deal.id, deal.version, now=now, value=row.deal_value, cost=row.deal_cost)


def set_terms(actor: Actor, calc_id: int, now: datetime | None = None, **fields: object) -> CalculationRow:
    """Currency, frozen rate, price list, payment and delivery terms, validity date."""
    _require_enabled()
    c = _calc(calc_id)
    deal = _deal_for(actor, c.deal_id, edit=True)
    cols: dict[str, object] = {}
    for key, value in fields.items():
        if key == "currency":
            cols["currency"] = money.check_currency(str(value))
        elif key == "rate":
            cols["rate"] = str(calc.check_rate(value))
        elif key in ("payment_terms", "delivery_terms"):
            text = str(value or "").strip()
            if len(text) > 2000:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The text is too long."), field=key)
            cols[key] = text
        elif key == "valid_until":
            try:
                cols[key] = as_date(value) if value else None
            except ValueError:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "“{text}” is not a date."), field=key, text=value
                ) from None
        elif key == "price_list_id":
            cols["price_list"] = int(value) if value else None
        else:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown field “{key}”."), field=key, key=key)
    if "currency" in cols and cols["currency"] != c.currency:
        # prices are re-stored in the new currency's minor unit; the amounts stay as typed
        for line in c.lines:
            CalculationLine.update(
                unit_price_minor=money.to_minor(money.from_minor(line.unit_price_minor, c.currency), cols["currency"]),
                unit_cost_minor=money.to_minor(money.from_minor(line.unit_cost_minor, c.currency), cols["currency"]),
            ).where(CalculationLine.id == line.id).execute()
        if "rate" not in cols:
            cols["rate"] = str(catalogue.find_rate(cols["currency"], deal.currency) or Decimal(1))
    with atomic():
        Calculation.update(**cols).where(Calculation.id == calc_id).execute()
        _sync_deal(actor, calc_id, now)
    return get_calculation(actor, calc_id)


def _line_cols(fields: dict[str, object], currency: str) -> dict[str, object]:
    cols: dict[str, object] = {}
    for key, value in fields.items():
        if key == "description":
            text = str(value or "").strip()
            if not text or len(text) > 300:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "A line needs a description of 1 to 300 characters."), field=key
                )
            cols[key] = text
        elif key == "unit":
            cols[key] = str(value or "").strip()[:16]
        elif key == "quantity":
            cols[key] = str(calc.check_quantity(value))
        elif key in ("discount_pct", "vat_pct"):
            cols[key] = str(calc.check_percent(value, key))
        elif key in ("unit_price", "unit_cost"):
            cols[f"{key}_minor"] = money.to_minor(calc.check_price(value, key), currency)
        elif key == "product_id":
            cols["product"] = int(value) if value else None
        else:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown field “{key}”."), field=key, key=key)
    return cols


def add_line(
    actor: Actor, calc_id: int, product_id: int | None = None, now: datetime | None = None, **fields: object
) -> CalculationRow:
    """Append a line: from a product (price from the variant's price list if it has one, converted from the
    product's currency otherwise) or free text; explicit ``fields`` override what the product gives."""
    _require_enabled()
    c = _calc(calc_id)
    _deal_for(actor, c.deal_id, edit=True)
    values: dict[str, object] = {}
    if product_id:
        p = catalogue.get_product(product_id)
        price = catalogue.list_price(c.price_list_id, product_id) if c.price_list_id else None
        rate = catalogue.find_rate(p.currency, c.currency) or Decimal(1)
        values = {
            "product_id": p.id,
            "description": p.name,
            "unit": p.unit,
            "unit_price": price if price is not None else money.round_money(p.net_price * rate, c.currency),
            "unit_cost": money.round_money(p.cost * rate, c.currency),
            "vat_pct": p.vat_pct,
        }
    values.update(fields)
    values.setdefault("description", "—")
    cols = _line_cols(values, c.currency)
    with atomic():
        position = len(list(c.lines))
        CalculationLine.insert(calculation=calc_id, position=position, **cols).execute()
        _sync_deal(actor, calc_id, now)
    return get_calculation(actor, calc_id)


def update_line(actor: Actor, line_id: int, now: datetime | None = None, **fields: object) -> CalculationRow:
    _require_enabled()
    line = CalculationLine.get_or_none(CalculationLine.id == line_id)
    if line is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This line no longer exists."))
    c = _calc(line.calculation_id)
    _deal_for(actor, c.deal_id, edit=True)
    cols = _line_cols(fields, c.currency)
    with atomic():
        CalculationLine.update(**cols).where(CalculationLine.id == line_id).execute()
        _sync_deal(actor, c.id, now)
    return get_calculation(actor, c.id)


def delete_line(actor: Actor, line_id: int, now: datetime | None = None) -> CalculationRow:
    _require_enabled()
    line = CalculationLine.get_or_none(CalculationLine.id == line_id)
    if line is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This line no longer exists."))
    c = _calc(line.calculation_id)
    _deal_for(actor, c.deal_id, edit=True)
    with atomic():
        CalculationLine.delete().where(CalculationLine.id == line_id).execute()
        _sync_deal(actor, c.id, now)
    return get_calculation(actor, c.id)
