"""Typed input at the services' boundary: whole numbers, record ids and single-line or multi-line text.

Every public write service runs what it receives through these, so a wrong type or shape (a float where a
whole number belongs, 10**20 as an id, a NUL byte, a lone surrogate, text of only invisible characters) is a
``ValidationError`` naming the field, never a crash deeper down (PostgreSQL refuses NUL and out-of-range
integers; SQLite stores them and breaks later).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

MAX_INT = 2**31 - 1  # INTEGER on PostgreSQL
MAX_ID = MAX_INT  # ids are SERIAL (INTEGER) on PostgreSQL
CONTROL_MESSAGE = QT_TRANSLATE_NOOP(
    "Errors", "The text contains characters that cannot be stored (control characters)."
)
# C0 controls but tab and line breaks, DEL, C1 controls, and the Unicode line/paragraph separators
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
_LINE_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# characters that show nothing: a title made only of these is empty
_INVISIBLE = re.compile(
    r"[\s\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    r"\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]"
)


def whole_number(value: object, field: str, low: int | None = None, high: int | None = None) -> int:
    """An int, or text/Decimal holding exactly one (``"7"``, ``Decimal("7")``); 50.9 is refused, not truncated."""
    number: int | None = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int):
        number = value
    elif isinstance(value, Decimal):
        number = int(value) if value.is_finite() and value == value.to_integral_value() else None
    elif isinstance(value, float):
        number = int(value) if value.is_integer() else None
    elif isinstance(value, str):
        text = value.strip()
        number = int(text) if re.fullmatch(r"[+-]?[0-9]{1,30}", text) else None
    if number is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{text}” is not a whole number."), field=field, text=_shown(value)
        )
    lowest = -MAX_INT if low is None else low
    highest = MAX_INT if high is None else high
    if not lowest <= number <= highest:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The number must be between {low} and {high}."),
            field=field,
            low=lowest,
            high=highest,
        )
    return number


def record_id(value: object, field: str) -> int:
    """A database id: a positive whole number that fits the id column."""
    try:
        return whole_number(value, field, 1, MAX_ID)
    except ValidationError:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The chosen record no longer exists."), field=field) from None


def optional_id(value: object, field: str) -> int | None:
    """``None`` (or "", 0: nothing chosen) or a record id."""
    if value is None or value == "" or (isinstance(value, int) and not isinstance(value, bool) and value == 0):
        return None
    return record_id(value, field)


def text(value: object, field: str, max_length: int, multiline: bool = False, required: bool = False) -> str:
    """Trimmed text without control characters (line breaks only when ``multiline``) or lone surrogates.

    Text of only invisible characters (zero-width spaces, joiners, BOM) counts as empty."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This field needs text."), field=field)
    if _SURROGATE.search(value) or (_CONTROL if multiline else _LINE_CONTROL).search(value):
        raise ValidationError(CONTROL_MESSAGE, field=field)
    cleaned = unicodedata.normalize("NFC", value.strip())
    if _INVISIBLE.sub("", cleaned) == "":
        cleaned = ""
    if required and not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This field cannot be empty."), field=field)
    if len(cleaned) > max_length:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The text is too long (at most {max} characters)."), field=field, max=max_length
        )
    return cleaned


def _shown(value: object) -> str:
    shown = str(value) if isinstance(value, str | int | float | Decimal) else type(value).__name__
    return _SURROGATE.sub("\ufffd", _LINE_CONTROL.sub(" ", shown))[:40]
