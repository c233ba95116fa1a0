"""Offer calculation arithmetic — the one place where line and variant totals are defined.

Rules (exact ``Decimal``, never binary floating point):

* line net   = round(quantity × unit price × (1 − discount/100))        half-up, currency minor unit
* line cost  = round(quantity × unit cost)
* line VAT   = round(line net × VAT rate/100)
* line gross = line net + line VAT
* margin     = net − cost;  profit = margin (no overheads are modelled)
* margin %   = margin / net × 100   (None when net is 0)
* markup %   = margin / cost × 100  (None when cost is 0)

Each line is rounded on its own, so a variant total is exactly the sum of its line totals (what the customer
sees on the offer adds up). Percentages are rounded half-up to 2 places for display only.
Converting to the deal currency multiplies the variant's net and cost by the frozen exchange rate and rounds
again to the deal currency's minor unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.money import MAX_AMOUNT, round_money

ZERO = Decimal(0)
HUNDRED = Decimal(100)
MAX_QUANTITY = Decimal("1000000000")
MAX_RATE = Decimal("100000")
PERCENT_PLACES = Decimal("0.01")
RATE_PLACES = Decimal("0.000001")


def parse_decimal(value: object, field: str, maximum: Decimal, allow_zero: bool = True) -> Decimal:
    """User input (text with a dot or comma, int, Decimal) -> Decimal in [0, maximum]; ValidationError otherwise."""
    if isinstance(value, (bool, float)):
        amount = None  # floats would smuggle binary rounding in; callers pass text or Decimal
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = str(value or "").strip().replace("\u00a0", "").replace(" ", "")
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")
        try:
            amount = Decimal(text)
        except InvalidOperation:
            amount = None
    if amount is None or not amount.is_finite():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{text}” is not a number."), field=field, text=value)
    if amount < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The value cannot be negative."), field=field)
    if amount > maximum:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The value is too large (at most {max})."), field=field, max=maximum
        )
    if not allow_zero and amount == 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The value must be greater than zero."), field=field)
    return amount


def check_quantity(value: object) -> Decimal:
    return parse_decimal(value, "quantity", MAX_QUANTITY)


def check_price(value: object, field: str = "unit_price") -> Decimal:
    return parse_decimal(value, field, MAX_AMOUNT)


def check_percent(value: object, field: str) -> Decimal:
    """Discount and VAT rates: 0 to 100 %."""
    return parse_decimal(value, field, HUNDRED)


def check_rate(value: object) -> Decimal:
    """An exchange rate: strictly positive, kept to 6 decimal places."""
    rate = parse_decimal(value, "rate", MAX_RATE, allow_zero=False)
    return rate.quantize(RATE_PLACES, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class LineInput:
    quantity: Decimal
    unit_price: Decimal
    discount_pct: Decimal = ZERO
    unit_cost: Decimal = ZERO
    vat_pct: Decimal = Decimal(23)


@dataclass(frozen=True)
class Totals:
    net: Decimal
    vat: Decimal
    gross: Decimal
    cost: Decimal

    @property
    def margin(self) -> Decimal:
        return self.net - self.cost

    @property
    def profit(self) -> Decimal:
        return self.margin

    @property
    def margin_pct(self) -> Decimal | None:
        return percent(self.margin, self.net)

    @property
    def markup_pct(self) -> Decimal | None:
        return percent(self.margin, self.cost)

    def __add__(self, other: Totals) -> Totals:
        return Totals(self.net + other.net, self.vat + other.vat, self.gross + other.gross, self.cost + other.cost)


def percent(part: Decimal, whole: Decimal) -> Decimal | None:
    if whole == 0:
        return None
    return (part * HUNDRED / whole).quantize(PERCENT_PLACES, rounding=ROUND_HALF_UP)


def empty_totals(currency: str) -> Totals:
    zero = round_money(ZERO, currency)
    return Totals(zero, zero, zero, zero)


def line_totals(line: LineInput, currency: str) -> Totals:
    factor = (HUNDRED - line.discount_pct) / HUNDRED
    net = round_money(line.quantity * line.unit_price * factor, currency)
    cost = round_money(line.quantity * line.unit_cost, currency)
    vat = round_money(net * line.vat_pct / HUNDRED, currency)
    return Totals(net, vat, net + vat, cost)


def variant_totals(lines: list[LineInput], currency: str) -> Totals:
    total = empty_totals(currency)
    for line in lines:
        total = total + line_totals(line, currency)
    return total


def convert(amount: Decimal, rate: Decimal, target_currency: str) -> Decimal:
    """An amount in the calculation currency -> the deal currency at the frozen ``rate``."""
    return round_money(amount * rate, target_currency)
