"""Exact money: ``Decimal`` in the domain, integer minor units in the database.

Rounding is half-up to the currency's minor unit (ISO 4217 exponent). Binary floating point never
touches an amount: parsing accepts text (with a comma or a dot as decimal separator) or Decimal.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

# ISO 4217 (list one, 2025): every active currency code; the minor unit is 2 unless listed in _EXPONENTS.
ISO_4217 = frozenset(
    (
        "ISO",
        "AED",
        "AFN",
        "ALL",
        "AMD",
        "ANG",
        "AOA",
        "ARS",
        "AUD",
        "AWG",
        "AZN",
        "BAM",
        "BBD",
        "BDT",
        "BGN",
        "BHD",
        "BIF",
        "BMD",
        "BND",
        "BOB",
        "BOV",
        "BRL",
        "BSD",
        "BTN",
        "BWP",
        "BYN",
        "BZD",
        "CAD",
        "CDF",
        "CHE",
        "CHF",
        "CHW",
        "CLF",
        "CLP",
        "CNY",
        "COP",
        "COU",
        "CRC",
        "CUC",
        "CUP",
        "CVE",
        "CZK",
        "DJF",
        "DKK",
        "DOP",
        "DZD",
        "EGP",
        "ERN",
        "ETB",
        "EUR",
        "FJD",
        "FKP",
        "GBP",
        "GEL",
        "GHS",
        "GIP",
        "GMD",
        "GNF",
        "GTQ",
        "GYD",
        "HKD",
        "HNL",
        "HTG",
        "HUF",
        "IDR",
        "ILS",
        "INR",
        "IQD",
        "IRR",
        "ISK",
        "JMD",
        "JOD",
        "JPY",
        "KES",
        "KGS",
        "KHR",
        "KMF",
        "KPW",
        "KRW",
        "KWD",
        "KYD",
        "KZT",
        "LAK",
        "LBP",
        "LKR",
        "LRD",
        "LSL",
        "LYD",
        "MAD",
        "MDL",
        "MGA",
        "MKD",
        "MMK",
        "MNT",
        "MOP",
        "MRU",
        "MUR",
        "MVR",
        "MWK",
        "MXN",
        "MXV",
        "MYR",
        "MZN",
        "NAD",
        "NGN",
        "NIO",
        "NOK",
        "NPR",
        "NZD",
        "OMR",
        "PAB",
        "PEN",
        "PGK",
        "PHP",
        "PKR",
        "PLN",
        "PYG",
        "QAR",
        "RON",
        "RSD",
        "RUB",
        "RWF",
        "SAR",
        "SBD",
        "SCR",
        "SDG",
        "SEK",
        "SGD",
        "SHP",
        "SLE",
        "SLL",
        "SOS",
        "SRD",
        "SSP",
        "STN",
        "SVC",
        "SYP",
        "SZL",
        "THB",
        "TJS",
        "TMT",
        "TND",
        "TOP",
        "TRY",
        "TTD",
        "TWD",
        "TZS",
        "UAH",
        "UGX",
        "USD",
        "USN",
        "UYI",
        "UYU",
        "UYW",
        "UZS",
        "VED",
        "VES",
        "VND",
        "VUV",
        "WST",
        "XAF",
        "XCD",
        "XCG",
        "XOF",
        "XPF",
        "YER",
        "ZAR",
        "ZMW",
        "ZWG",
        "ZWL",
    )
)
_EXPONENTS = {
    **dict.fromkeys(
        (
            "BIF",
            "CLP",
            "DJF",
            "GNF",
            "ISK",
            "JPY",
            "KMF",
            "KRW",
            "PYG",
            "RWF",
            "UGX",
            "UYI",
            "VND",
            "VUV",
            "XAF",
            "XOF",
            "XPF",
        ),
        0,
    ),
    **dict.fromkeys(
        (
            "BHD",
            "IQD",
            "JOD",
            "KWD",
            "LYD",
            "OMR",
            "TND",
        ),
        3,
    ),
    **dict.fromkeys(
        (
            "CLF",
            "UYW",
        ),
        4,
    ),
}
COMMON_CURRENCIES = ("PLN", "EUR", "USD", "RON", "GBP", "CHF", "CZK", "HUF", "SEK", "NOK", "DKK")
MAX_AMOUNT = Decimal("999999999999.99")  # a trillion is not a deal, it is a typo


def exponent(currency: str) -> int:
    return _EXPONENTS.get(currency.upper(), 2)


@lru_cache(maxsize=256)
def quantum(currency: str) -> Decimal:
    return Decimal(1).scaleb(-exponent(currency))


def round_money(amount: Decimal, currency: str) -> Decimal:
    """Half-up rounding to the currency's minor unit."""
    return amount.quantize(quantum(currency), rounding=ROUND_HALF_UP)


def to_minor(amount: Decimal, currency: str) -> int:
    return int(round_money(amount, currency).scaleb(exponent(currency)))


def from_minor(minor: int, currency: str) -> Decimal:
    return Decimal(int(minor)).scaleb(-exponent(currency)).quantize(quantum(currency))


def check_currency(code: object) -> str:
    """An ISO 4217 code (any case, trimmed); anything else is refused."""
    text = code.strip().upper() if isinstance(code, str) else ""
    if text not in ISO_4217:
        shown = code[:12] if isinstance(code, str) else type(code).__name__
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{code}” is not a currency code (three letters, e.g. PLN)."),
            field="currency",
            code=shown.encode("utf-8", "replace").decode("utf-8"),
        )
    return text


def fits(amount: Decimal, currency: str) -> bool:
    """True when ``amount`` is exact in ``currency``'s minor unit (0.50 does not fit JPY)."""
    return round_money(amount, currency) == amount


def parse_amount(value: object, field: str = "value", allow_negative: bool = False) -> Decimal:
    """Parse user input into an exact Decimal; raises ValidationError with a clear message."""
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "“{text}” is not an amount."), field=field, text=str(value)
            )
        amount = value
    elif isinstance(value, bool):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{text}” is not an amount."), field=field, text=str(value))
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
