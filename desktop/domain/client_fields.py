"""The editable fields of a contact and of a company, and how what a user typed becomes a stored value.

One table per record (key → kind, limit); ``clean_contact`` / ``clean_company`` validate a dict of changes and
return column values, raising ``ValidationError`` (naming the field) on the first bad one. The services, the
editors and the importer share these, so a value is judged the same way wherever it comes from.
"""

from __future__ import annotations

import re
from datetime import date

from desktop.domain import identifiers as ids
from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.timeutil import as_date

MAX_NOTES = 5000
MAX_EXTRA = 10  # extra e-mails or phones per contact

# key: (kind, max length)
CONTACT_FIELDS: dict[str, tuple[str, int]] = {
    "first_name": ("text", 100),
    "last_name": ("text", 100),
    "position": ("text", 120),
    "email": ("email", 254),
    "extra_emails": ("emails", 254),
    "phone": ("phone", 40),
    "extra_phones": ("phones", 40),
    "company_id": ("ref", 0),
    "address": ("text", 1000),
    "notes": ("text", MAX_NOTES),
    "marketing_consent": ("bool", 0),
    "consent_date": ("date", 0),
    "consent_source": ("text", 120),
}

COMPANY_FIELDS: dict[str, tuple[str, int]] = {
    "name": ("text", 200),
    "nip": ("nip", 10),
    "regon": ("regon", 14),
    "krs": ("krs", 10),
    "cui": ("cui", 12),
    "address": ("text", 1000),
    "city": ("text", 120),
    "postcode": ("text", 16),
    "country": ("text", 80),
    "phone": ("phone", 40),
    "email": ("email", 254),
    "website": ("website", 254),
    "notes": ("text", MAX_NOTES),
}

_SPLIT = re.compile(r"[\n;,]+")
_WEBSITE = re.compile(r"^(https?://)?[^\s/@]+\.[^\s/@]{2,}(/\S*)?$", re.IGNORECASE)


def _too_long(key: str, limit: int) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "The text is too long (at most {max} characters)."), field=key, max=limit
    )


def _text(key: str, value: object, limit: int) -> str:
    text = str(value if value is not None else "").strip()
    if len(text) > limit:
        raise _too_long(key, limit)
    return text


def split_list(value: object) -> list[str]:
    """A list typed as lines or separated by commas/semicolons (or given as a list) → its non-empty items."""
    items = value if isinstance(value, list | tuple) else _SPLIT.split(str(value or ""))
    return [str(item).strip() for item in items if str(item).strip()]


def _many(key: str, value: object, normalise) -> str:
    items = split_list(value)
    if len(items) > MAX_EXTRA:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "At most {max} additional entries are allowed."), field=key, max=MAX_EXTRA
        )
    out: list[str] = []
    for item in items:
        if len(item) > 254:
            raise _too_long(key, 254)
        try:
            clean = normalise(item)
        except ValidationError as error:
            error.field = key
            raise
        if clean not in out:
            out.append(clean)
    return "\n".join(out)


def _clean_one(key: str, kind: str, limit: int, value: object) -> object:
    if kind == "text":
        return _text(key, value, limit)
    if kind == "bool":
        return bool(value)
    if kind == "date":
        try:
            return as_date(value)
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "“{text}” is not a date."), field=key, text=str(value)[:40]
            ) from None
    if kind == "ref":
        if value in (None, "", 0):
            return None
        try:
            return int(value)
        except (TypeError, ValueError):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The chosen record no longer exists."), field=key
            ) from None
    if kind == "emails":
        return _many(key, value, ids.normalise_email)
    if kind == "phones":
        return _many(key, value, ids.normalise_phone)
    text = str(value if value is not None else "").strip()
    if len(text) > 254:  # checked before parsing, so a 10,000-character paste gets the plain message
        raise _too_long(key, limit)
    if kind == "website":
        if text and not _WEBSITE.match(text):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{value} is not a web address."), field=key, value=text[:80]
            )
        return text
    normalise = {
        "email": ids.normalise_email,
        "phone": ids.normalise_phone,
        "nip": ids.normalise_nip,
        "regon": ids.normalise_regon,
        "krs": ids.normalise_krs,
        "cui": ids.normalise_cui,
    }[kind]
    try:
        return normalise(text)
    except ValidationError as error:
        error.field = key
        raise


def _clean(table: dict[str, tuple[str, int]], changes: dict[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in changes.items():
        if key not in table:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown field “{key}”."), field=key, key=key)
        kind, limit = table[key]
        out[key] = _clean_one(key, kind, limit, value)
    return out


def clean_contact(changes: dict[str, object]) -> dict[str, object]:
    """Column values for the given contact fields (only those given)."""
    return _clean(CONTACT_FIELDS, changes)


def clean_company(changes: dict[str, object]) -> dict[str, object]:
    """Column values for the given company fields (only those given)."""
    return _clean(COMPANY_FIELDS, changes)


def check_contact(values: dict[str, object]) -> None:
    """Whole-record rules on a contact's complete values (after the changes are applied)."""
    if not values.get("first_name") and not values.get("last_name"):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A contact needs a first or a last name."), field="last_name")


def check_company(values: dict[str, object]) -> None:
    if not values.get("name"):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A company needs a name."), field="name")


def consent_values(consent: bool, consent_date: date | None, source: str, today: date) -> tuple[date | None, str]:
    """Consent given without a date is dated today; without consent neither date nor source is kept."""
    if not consent:
        return None, ""
    return consent_date or today, source
