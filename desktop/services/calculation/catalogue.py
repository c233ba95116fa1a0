"""Catalogue of products and services, price lists and the exchange-rate table.

Anyone may read; managers and admins change. Prices are Decimal in the row's currency.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from peewee import IntegrityError

from desktop.domain import calculation as calc
from desktop.domain import money
from desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.text import contains_any
from desktop.domain.timeutil import utcnow
from desktop.services.actor import Actor
from desktop.store.db import atomic
from desktop.store.models import ExchangeRate, PriceList, PriceListItem, Product


@dataclass(frozen=True)
class ProductRow:
    id: int
    code: str
    name: str
    unit: str
    currency: str
    net_price: Decimal
    cost: Decimal
    vat_pct: Decimal
    active: bool


@dataclass(frozen=True)
class PriceListRow:
    id: int
    name: str
    currency: str
    active: bool


@dataclass(frozen=True)
class PriceItemRow:
    product_id: int
    code: str
    name: str
    price: Decimal


@dataclass(frozen=True)
class RateRow:
    base: str
    quote: str
    rate: Decimal
    updated_at: datetime


def require_catalogue(actor: Actor) -> None:
    if not actor.is_manager:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "Only managers and administrators can change the catalogue.")
        )


def _product_row(p: Product) -> ProductRow:
    return ProductRow(
        p.id,
        p.code,
        p.name,
        p.unit,
        p.currency,
        money.from_minor(p.net_price_minor, p.currency),
        money.from_minor(p.cost_minor, p.currency),
        Decimal(p.vat_pct),
        p.active,
    )


def _text(value: object, field: str, maximum: int, required: bool = True) -> str:
    text = str(value or "").strip()
    if (required and not text) or len(text) > maximum:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This text must have 1 to {max} characters."), field=field, max=maximum
        )
    return text


def list_products(search: str = "", active_only: bool = False, limit: int = 500) -> list[ProductRow]:
    query = Product.select().order_by(Product.code)
    term = search.strip()
    if term:
        query = query.where(contains_any((Product.code, Product.name), term))
    if active_only:
        query = query.where(Product.active == True)  # noqa: E712 - peewee expression
    return [_product_row(p) for p in query.limit(limit)]


def get_product(product_id: int) -> ProductRow:
    p = Product.get_or_none(Product.id == product_id)
    if p is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This product no longer exists."))
    return _product_row(p)


def save_product(actor: Actor, product_id: int | None = None, **fields: object) -> ProductRow:
    """Create (``product_id`` None) or update a product from user input; refuses bad values."""
    require_catalogue(actor)
    current = get_product(product_id) if product_id else None
    currency = money.check_currency(str(fields.get("currency", current.currency if current else "PLN")))
    get = lambda k, d: fields.get(k, getattr(current, k) if current else d)  # noqa: E731
    cols = {
        "code": _text(get("code", ""), "code", 40),
        "name": _text(get("name", ""), "name", 200),
        "unit": _text(get("unit", "szt."), "unit", 16),
        "currency": currency,
        "net_price_minor": money.to_minor(calc.check_price(get("net_price", Decimal(0)), "net_price"), currency),
        "cost_minor": money.to_minor(calc.check_price(get("cost", Decimal(0)), "cost"), currency),
        "vat_pct": str(calc.check_percent(get("vat_pct", Decimal(23)), "vat_pct")),
        "active": bool(get("active", True)),
    }
    try:
        with atomic():
            if current:
                Product.update(**cols).where(Product.id == product_id).execute()
            else:
                product_id = Product.insert(**cols).execute()
    except IntegrityError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A product with code “{code}” already exists."), field="code", code=cols["code"]
        ) from None
    return get_product(product_id)


def list_price_lists(active_only: bool = False) -> list[PriceListRow]:
    query = PriceList.select().order_by(PriceList.name)
    if active_only:
        query = query.where(PriceList.active == True)  # noqa: E712
    return [PriceListRow(p.id, p.name, p.currency, p.active) for p in query]


def save_price_list(actor: Actor, name: str, currency: str, list_id: int | None = None, active: bool = True) -> int:
    require_catalogue(actor)
    cols = {"name": _text(name, "name", 120), "currency": money.check_currency(currency), "active": active}
    try:
        with atomic():
            if list_id:
                PriceList.update(**cols).where(PriceList.id == list_id).execute()
                return list_id
            return PriceList.insert(**cols).execute()
    except IntegrityError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A price list named “{name}” already exists."), field="name", name=name
        ) from None


def price_list_items(list_id: int) -> list[PriceItemRow]:
    currency = PriceList.select(PriceList.currency).where(PriceList.id == list_id).scalar() or "PLN"
    rows = (
        PriceListItem.select(Product.id, Product.code, Product.name, PriceListItem.price_minor)
        .join(Product)
        .where(PriceListItem.price_list == list_id)
        .order_by(Product.code)
        .tuples()
    )
    return [PriceItemRow(pid, code, name, money.from_minor(minor, currency)) for pid, code, name, minor in rows]


def set_price(actor: Actor, list_id: int, product_id: int, price: object) -> None:
    """Put a product on a price list at ``price`` (the list's currency); ``None`` removes it."""
    require_catalogue(actor)
    currency = PriceList.select(PriceList.currency).where(PriceList.id == list_id).scalar()
    if currency is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This price list no longer exists."))
    with atomic():
        if price is None:
            PriceListItem.delete().where(
                (PriceListItem.price_list == list_id) & (PriceListItem.product == product_id)
            ).execute()
            return
        minor = money.to_minor(calc.check_price(price, "price"), currency)
        PriceListItem.insert(price_list=list_id, product=product_id, price_minor=minor).on_conflict(
            conflict_target=[PriceListItem.price_list, PriceListItem.product],
            update={PriceListItem.price_minor: minor},
        ).execute()


def list_price(list_id: int, product_id: int) -> Decimal | None:
    row = (
        PriceListItem.select(PriceListItem.price_minor, PriceList.currency)
        .join(PriceList)
        .where((PriceListItem.price_list == list_id) & (PriceListItem.product == product_id))
        .tuples()
        .first()
    )
    return money.from_minor(row[0], row[1]) if row else None


def list_rates() -> list[RateRow]:
    query = ExchangeRate.select().order_by(ExchangeRate.base, ExchangeRate.quote)
    return [RateRow(r.base, r.quote, Decimal(r.rate), r.updated_at) for r in query]


def save_rate(actor: Actor, base: str, quote: str, rate: object, now: datetime | None = None) -> RateRow:
    """Set today's rate (1 ``base`` = ``rate`` ``quote``). Calculations keep the rate they froze."""
    require_catalogue(actor)
    base, quote = money.check_currency(base), money.check_currency(quote)
    value = calc.check_rate(rate)
    now = now or utcnow()
    with atomic():
        ExchangeRate.insert(base=base, quote=quote, rate=str(value), updated_at=now).on_conflict(
            conflict_target=[ExchangeRate.base, ExchangeRate.quote],
            update={ExchangeRate.rate: str(value), ExchangeRate.updated_at: now},
        ).execute()
    return RateRow(base, quote, value, now)


def delete_rate(actor: Actor, base: str, quote: str) -> None:
    require_catalogue(actor)
    with atomic():
        ExchangeRate.delete().where((ExchangeRate.base == base) & (ExchangeRate.quote == quote)).execute()


def find_rate(base: str, quote: str) -> Decimal | None:
    """The table's rate base -> quote (or the inverse of quote -> base); 1 for the same currency."""
    if base == quote:
        return Decimal(1)
    direct = ExchangeRate.select(ExchangeRate.rate).where((ExchangeRate.base == base) & (ExchangeRate.quote == quote))
    value = direct.scalar()
    if value is not None:
        return Decimal(value)
    inverse = (
        ExchangeRate.select(ExchangeRate.rate)
        .where((ExchangeRate.base == quote) & (ExchangeRate.quote == base))
        .scalar()
    )
    return calc.check_rate(Decimal(1) / Decimal(inverse)) if inverse is not None else None
