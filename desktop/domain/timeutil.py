"""Time helpers: the database stores naive UTC; rules receive ``now`` instead of reading the clock."""

from __future__ import annotations

from datetime import UTC, date, datetime


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def days_between(start: datetime, end: datetime) -> int:
    """Whole days from start to end (both naive UTC); never negative."""
    return max(0, (end - start).days)


def as_date(value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def local_day_start_utc(day: date) -> datetime:
    """Midnight of ``day`` in the machine's time zone, as naive UTC (how timestamps are stored)."""
    return datetime.combine(day, datetime.min.time()).astimezone().astimezone(UTC).replace(tzinfo=None)
