"""The funnel view's columns and filter criteria (SPEC F9, seed 002), as plain data.

A ``Criteria`` is what a user set on the table or in the advanced search; it is saved as JSON in a segment
and re-evaluated by the services whenever it is opened.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

# key, header label; the order is the default column order.
COLUMNS = (
    ("number", QT_TRANSLATE_NOOP("FunnelColumn", "Number")),
    ("source", QT_TRANSLATE_NOOP("FunnelColumn", "Source")),
    ("stage", QT_TRANSLATE_NOOP("FunnelColumn", "Stage")),
    ("substage", QT_TRANSLATE_NOOP("FunnelColumn", "Sub-stage")),
    ("created", QT_TRANSLATE_NOOP("FunnelColumn", "Created")),
    ("expected_close", QT_TRANSLATE_NOOP("FunnelColumn", "Expected close")),
    ("contact", QT_TRANSLATE_NOOP("FunnelColumn", "Contact")),
    ("company", QT_TRANSLATE_NOOP("FunnelColumn", "Company")),
    ("email", QT_TRANSLATE_NOOP("FunnelColumn", "E-mail")),
    ("phone", QT_TRANSLATE_NOOP("FunnelColumn", "Phone")),
    ("title", QT_TRANSLATE_NOOP("FunnelColumn", "Subject")),
    ("owner", QT_TRANSLATE_NOOP("FunnelColumn", "Owner")),
    ("value", QT_TRANSLATE_NOOP("FunnelColumn", "Value")),
    ("probability", QT_TRANSLATE_NOOP("FunnelColumn", "Probability")),
    ("spam", QT_TRANSLATE_NOOP("FunnelColumn", "Spam")),
)
COLUMN_KEYS = tuple(key for key, _ in COLUMNS)
TEXT_COLUMNS = ("number", "source", "stage", "substage", "contact", "company", "email", "phone", "title", "owner")

QUICK_RANGES = {
    "today": QT_TRANSLATE_NOOP("QuickRange", "Today"),
    "since_yesterday": QT_TRANSLATE_NOOP("QuickRange", "Since yesterday"),
    "last_7_days": QT_TRANSLATE_NOOP("QuickRange", "Last 7 days"),
    "this_month": QT_TRANSLATE_NOOP("QuickRange", "This month"),
}


def quick_range(key: str, today: date) -> tuple[date, date]:
    """Inclusive local-date range for a quick choice, relative to ``today``."""
    if key == "today":
        return today, today
    if key == "since_yesterday":
        return today - timedelta(days=1), today
    if key == "last_7_days":
        return today - timedelta(days=6), today
    if key == "this_month":
        return today.replace(day=1), today
    raise KeyError(key)


DATE_FIELDS = ("created_from", "created_to", "close_from", "close_to", "closed_from", "closed_to")


@dataclass
class Criteria:
    """Everything that narrows the table. Empty / None means "no condition"."""

    process_id: int | None = None
    stage_ids: list[int] = field(default_factory=list)
    owner_ids: list[int | None] = field(default_factory=list)  # None in the list = unassigned
    sources: list[str] = field(default_factory=list)
    created_from: date | None = None
    created_to: date | None = None
    created_quick: str = ""  # a QUICK_RANGES key, resolved against the day the criteria are evaluated
    close_from: date | None = None
    close_to: date | None = None
    value_min: Decimal | None = None
    value_max: Decimal | None = None
    campaign_id: int | None = None
    # closed (won, lost or otherwise) between these local dates: when the deal entered its closed stage
    closed_from: date | None = None
    closed_to: date | None = None
    lost_reasons: list[str] = field(default_factory=list)  # "" = closed without a reason
    # the chosen calculation variant holds a line of one of these catalogue products (None = of none at all)
    product_ids: list[int | None] = field(default_factory=list)
    # deals with a stay in each of these stages; in order: their first stays are exactly these stages, in turn
    through_stage_ids: list[int] = field(default_factory=list)
    through_in_order: bool = False
    text: str = ""  # contains, over number, title, contact, company, e-mail
    contains: dict[str, str] = field(default_factory=dict)  # per-column "contains" filters
    spam: bool = False  # the Spam quarantine instead of the process

    def check(self) -> Criteria:
        for low, high in (
            (self.created_from, self.created_to),
            (self.close_from, self.close_to),
            (self.closed_from, self.closed_to),
            (self.value_min, self.value_max),
        ):
            if low is not None and high is not None and low > high:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The start of a range is after its end."))
        if self.created_quick and self.created_quick not in QUICK_RANGES:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown field “{key}”."), key=self.created_quick)
        for key in self.contains:
            if key not in TEXT_COLUMNS:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown field “{key}”."), key=key)
        return self

    def to_json(self) -> dict:
        data = asdict(self)
        for key in DATE_FIELDS:
            data[key] = data[key].isoformat() if data[key] else None
        for key in ("value_min", "value_max"):
            data[key] = str(data[key]) if data[key] is not None else None
        return data

    @classmethod
    def from_json(cls, data: dict) -> Criteria:
        data = dict(data)
        for key in DATE_FIELDS:
            data[key] = date.fromisoformat(data[key]) if data.get(key) else None
        for key in ("value_min", "value_max"):
            data[key] = Decimal(data[key]) if data.get(key) is not None else None
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in known}).check()
