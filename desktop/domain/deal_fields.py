"""The deal's fields, defined once: key, label, type, whether a user edits it, the stage entry rule that may
require it, whether its changes go to the history, and its funnel column.

The deal services take their editable keys from here (``EDITABLE``), the entry rules read a deal's values
through ``entry_values``, and the deal sheet's history names a changed field by its ``label``. The funnel
keeps its own column set (it shows joined data such as e-mail and phone); ``funnel_column`` links the two.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.stages import Field


class Kind(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    MONEY = "money"
    CURRENCY = "currency"
    DATE = "date"
    DATETIME = "datetime"
    PERCENT = "percent"
    USER = "user"
    CONTACT = "contact"
    COMPANY = "company"
    STAGE = "stage"


@dataclass(frozen=True)
class DealField:
    key: str  # the DealRow attribute and the services' keyword
    label: str  # English, translated in the "DealField" context
    kind: Kind
    editable: bool = True
    entry: Field | None = None  # the stage rule ("required on entry") that may ask for it
    history: bool = True  # a change is recorded as a 'field_changed' event
    funnel_column: str | None = None
    max_length: int | None = None


FIELDS: tuple[DealField, ...] = (
    DealField("number", QT_TRANSLATE_NOOP("DealField", "Number"), Kind.TEXT, False, funnel_column="number"),
    DealField("title", QT_TRANSLATE_NOOP("DealField", "Title"), Kind.TEXT, funnel_column="title", max_length=200),
    DealField("value", QT_TRANSLATE_NOOP("DealField", "Value"), Kind.MONEY, entry=Field.VALUE, funnel_column="value"),
    DealField("currency", QT_TRANSLATE_NOOP("DealField", "Currency"), Kind.CURRENCY),
    DealField("cost", QT_TRANSLATE_NOOP("DealField", "Cost"), Kind.MONEY),
    DealField("owner_id", QT_TRANSLATE_NOOP("DealField", "Owner"), Kind.USER, funnel_column="owner"),
    DealField(
        "contact_id",
        QT_TRANSLATE_NOOP("DealField", "Contact"),
        Kind.CONTACT,
        entry=Field.CONTACT,
        funnel_column="contact",
    ),
    DealField("company_id", QT_TRANSLATE_NOOP("DealField", "Company"), Kind.COMPANY, funnel_column="company"),
    DealField(
        "source",
        QT_TRANSLATE_NOOP("DealField", "Source"),
        Kind.TEXT,
        entry=Field.SOURCE,
        funnel_column="source",
        max_length=80,
    ),
    DealField(
        "substage",
        QT_TRANSLATE_NOOP("DealField", "Sub-stage"),
        Kind.TEXT,
        entry=Field.SUBSTAGE,
        funnel_column="substage",
        max_length=80,
    ),
    DealField("stage_id", QT_TRANSLATE_NOOP("DealField", "Stage"), Kind.STAGE, False, funnel_column="stage"),
    DealField("created_at", QT_TRANSLATE_NOOP("DealField", "Created"), Kind.DATETIME, False, funnel_column="created"),
    DealField(
        "expected_close",
        QT_TRANSLATE_NOOP("DealField", "Expected close"),
        Kind.DATE,
        entry=Field.EXPECTED_CLOSE,
        funnel_column="expected_close",
    ),
    DealField("next_contact", QT_TRANSLATE_NOOP("DealField", "Next contact"), Kind.DATE, entry=Field.NEXT_CONTACT),
    DealField(
        "lost_reason",
        QT_TRANSLATE_NOOP("DealField", "Lost reason"),
        Kind.LONG_TEXT,
        entry=Field.LOST_REASON,
        max_length=2000,
    ),
    DealField(
        "probability", QT_TRANSLATE_NOOP("DealField", "Probability"), Kind.PERCENT, False, funnel_column="probability"
    ),
    DealField("probability_manual", QT_TRANSLATE_NOOP("DealField", "Probability (manual)"), Kind.PERCENT),
)

BY_KEY: dict[str, DealField] = {f.key: f for f in FIELDS}
EDITABLE: tuple[str, ...] = tuple(f.key for f in FIELDS if f.editable)


def label(key: str) -> str:
    """The English label of a field (translate in the "DealField" context); the key itself if unknown."""
    field = BY_KEY.get(key)
    return field.label if field is not None else key


def entry_values(values: dict[str, object]) -> dict[Field, object]:
    """A deal's values keyed by the stage entry rules that may require them (what ``missing_fields`` reads).
    An amount of zero counts as missing."""
    out: dict[Field, object] = {}
    for f in FIELDS:
        if f.entry is not None:
            value = values.get(f.key)
            out[f.entry] = (value or None) if f.kind is Kind.MONEY else value
    return out
