"""Exact money: ``Decimal`` in the domain, integer minor units in the database.

Rounding is half-up to the currency's minor unit (ISO 4217 exponent). Binary floating point never
touches an amount: parsing accepts text (with a comma or a dot as decimal separator) or Decimal.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

# ISO 4217 minor-unit exponents for the currencies a Polish/Romanian sales team meets; others use 2.
_EXPONENTS = {"JPY": 0, "HUF": 2, "KWD": 3, "BHD": 3, "TND": 3, "ISK": 0, "KRW": 0, "CLP": 0}
COMMON_CURRENCIES = ("PLN", "EUR", "USD", "RON", "GBP", "CHF", "CZK", "HUF", "SEK", "NOK", "DKK")
MAX_AMOUNT = Decimal("999999999999.99")  # a trillion is not a deal, it is a typo


def exponent(currency: str) -> int:
    return _EXPONENTS.get(currency.upper(), 2)


def quantum(currency: str) -> Decimal:
    return Decimal(1).scaleb(-exponent(currency))


def round_money(amount: Decimal, currency: str) -> Decimal:
    """Half-up rounding to the currency's minor unit."""
    return amount.quantize(quantum(currency), rounding=ROUND_HALF_UP)


def to_minor(amount: Decimal, currency: str) -> int:
    return int(round_money(amount, currency).scaleb(exponent(currency)))


def from_minor(minor: int, currency: str) -> Decimal:
    return Decimal(int(minor)).scaleb(-exponent(currency)).quantize(quantum(currency))


def check_currency(code: str) -> str:
    code = (code or "").strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{code}” is not a currency code (three letters, e.g. PLN)."),
            field="currency",
            code=code,
        )
    return code


def parse_amount(value: object, field: str = "value", allow_negative: bool = False) -> Decimal:
    """Parse user input into an exact Decimal; raises ValidationError with a clear message."""
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace(" ", "")
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")
        try:
            amount = Decimal(text)
        except InvalidOperation:
            amount = None
        if amount is None or not amount.is_finite():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "“{text}” is not an amount."), field=field, text=value
            ) from None
    else:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{text}” is not an amount."), field=field, text=value)
    if amount < 0 and not allow_negative:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An amount cannot be negative."), field=field)
    if abs(amount) > MAX_AMOUNT:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The amount is too large."), field=field)
    return amount
