"""Cell values as offices type them: ``1 234,56``, ``1.234,56``, ``1,234.56``; ``31.12.2026``, ``2026-12-31``,
``12/31/2026``, Excel serial numbers. A date column whose day and month cannot be told apart is never guessed:
``date_order`` says so and the caller asks the user."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

MAX_AMOUNT = Decimal("999999999999.99")
_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009'")
_CURRENCY_MARKS = re.compile(r"^([A-Za-z]{3}|zł|zl|lei|€|\$|£)\s*|\s*([A-Za-z]{3}|zł|zl|lei|€|\$|£)$", re.IGNORECASE)
_EXCEL_EPOCH = date(1899, 12, 30)  # Excel's day 0 (it counts the 1900 leap day that never was)


class DateOrder(StrEnum):
    YMD = "ymd"
    DMY = "dmy"
    MDY = "mdy"


def parse_amount(text: object) -> Decimal | None:
    """An amount in any of the usual spellings; None for an empty cell; ValidationError otherwise.

    With both separators the last one is the decimal mark; a single comma or a single dot is the decimal mark;
    a separator that appears more than once groups thousands (``1.234.567``). Spaces (also non-breaking and
    thin ones) and a currency code or sign around the number are ignored."""
    if text is None:
        return None
    if isinstance(text, bool):
        raise _not_amount(text)
    if isinstance(text, int | Decimal):
        return _checked(Decimal(text), text)
    if isinstance(text, float):
        return _checked(Decimal(repr(text)), text)
    raw = str(text)
    cleaned = _CURRENCY_MARKS.sub("", raw.strip()).translate(_SPACES)
    if not cleaned:
        return None
    negative = cleaned.startswith("-") or (cleaned.startswith("(") and cleaned.endswith(")"))
    cleaned = cleaned.strip("-()")
    if "," in cleaned and "." in cleaned:
        if cleaned.rfind(",") > cleaned.rfind("."):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
    elif cleaned.count(",") == 1:
        cleaned = cleaned.replace(",", ".")
    elif cleaned.count(",") > 1:
        cleaned = cleaned.replace(",", "")
    elif cleaned.count(".") > 1:
        cleaned = cleaned.replace(".", "")
    if not re.fullmatch(r"\d+(\.\d+)?|\.\d+", cleaned):
        raise _not_amount(raw)
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise _not_amount(raw) from None
    return _checked(-amount if negative else amount, raw)


def _checked(amount: Decimal, raw: object) -> Decimal:
    if not amount.is_finite():
        raise _not_amount(raw)
    if abs(amount) > MAX_AMOUNT:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The amount is too large."), text=raw)
    return amount


def _not_amount(raw: object) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("Errors", "“{text}” is not an amount."), text=raw)


_ISO = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$"
)
_DMY = re.compile(r"^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
_SERIAL = re.compile(r"^\d{4,5}(\.\d+)?$")


def date_parts(text: str) -> tuple[int, int] | None:
    """The two leading numbers of a ``d.m.y``-like date (for deciding the order), None for other shapes."""
    match = _DMY.match(text.strip())
    return (int(match.group(1)), int(match.group(3))) if match else None


def date_order(samples: Iterable[object]) -> DateOrder | None:
    """The order of a column's dates: YMD when all are ISO (or typed), DMY when some first number is over 12,
    MDY when some second number is; None when every day is ≤ 12 (ambiguous: ask the user). Raises
    ValidationError when both happen (a column that mixes orders)."""
    first_big = second_big = False
    seen = False
    for value in samples:
        if not isinstance(value, str):
            continue
        parts = date_parts(value)
        if parts is None:
            continue
        seen = True
        first_big |= parts[0] > 12
        second_big |= parts[1] > 12
    if not seen:
        return DateOrder.YMD
    if first_big and second_big:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The column mixes day-first and month-first dates."))
    if first_big:
        return DateOrder.DMY
    if second_big:
        return DateOrder.MDY
    return None


def parse_datetime(value: object, order: DateOrder | None = DateOrder.DMY) -> datetime | None:
    """A date (midnight) or date and time from a cell; None for an empty cell; ValidationError otherwise.

    ``order`` applies to ``12.03.2026``-like text only; ISO text, typed cells and Excel serials need none.
    With ``order=None`` such text is refused (the column's order was not chosen)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=None, microsecond=0)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _serial(value, value)
    text = str(value).strip()
    if not text:
        return None
    try:
        match = _ISO.match(text)
        if match:
            y, m, d, hh, mm, ss = match.groups()
            return datetime(int(y), int(m), int(d), int(hh or 0), int(mm or 0), int(ss or 0))
        match = _DMY.match(text)
        if match:
            a, _sep, b, y, hh, mm, ss = match.groups()
            if order is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "“{text}”: choose whether the column's dates are day or month first."),
                    text=text,
                )
            year = int(y) + (2000 if len(y) == 2 else 0)
            day, month = (int(a), int(b)) if order is not DateOrder.MDY else (int(b), int(a))
            return datetime(year, month, day, int(hh or 0), int(mm or 0), int(ss or 0))
        if _SERIAL.match(text):
            return _serial(float(text), text)
    except ValueError:
        pass
    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{text}” is not a date."), text=text)


def parse_date(value: object, order: DateOrder | None = DateOrder.DMY) -> date | None:
    moment = parse_datetime(value, order)
    return moment.date() if moment else None


def _serial(number: float, raw: object) -> datetime:
    # serials 1..2958465 are 1900-01-01..9999-12-31; a plausible business date lies after 1950 (18264)
    if not 18264 <= number <= 2958465:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{text}” is not a date."), text=raw)
    moment = datetime.combine(_EXCEL_EPOCH, datetime.min.time()) + timedelta(days=number)
    return moment.replace(microsecond=0)


def clean_text(value: object, limit: int) -> str:
    """Text as stored: stripped, NUL removed, never evaluated (a leading ``=`` stays text), at most ``limit``
    characters (longer raises ValidationError)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).replace("\x00", "").strip()
    if len(text) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The text is too long (at most {max} characters)."), max=limit
        )
    return text


def one_line(text: str) -> str:
    """Line breaks inside a name or title become spaces (kept as they are in notes and reasons)."""
    return " ".join(text.split()) if ("\n" in text or "\r" in text or "\t" in text) else text
