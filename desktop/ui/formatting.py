"""Numbers, money and dates in the user's locale (QLocale's default, set from the interface language)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from desktop.domain.money import round_money


def money_text(amount: Decimal, currency: str) -> str:
    """``12 345,50 PLN`` in Polish, ``12,345.50 PLN`` in English — exact, never through float."""
    locale = QLocale()
    quantized = round_money(amount, currency)
    sign = "-" if quantized < 0 else ""
    whole, _, fraction = f"{abs(quantized):f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = locale.groupSeparator().join(groups)
    if fraction:
        text += locale.decimalPoint() + fraction
    return f"{sign}{text} {currency}"


def date_text(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def datetime_text(value: datetime | None) -> str:
    """A stored (naive UTC) timestamp shown in local time."""
    if value is None:
        return ""
    local = value.replace(tzinfo=UTC).astimezone()
    qdt = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(qdt, QLocale.FormatType.ShortFormat)
