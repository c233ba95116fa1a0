"""When time-in-stage triggers are due (SPEC F7), as pure functions of the entry time, period and time zone.

Occurrence k (k = 1, 2, ...) of a trigger for one stay in a stage is due k·N calendar days after the deal
entered the stage, at the same local wall-clock time in the business time zone, stored as naive UTC. Across a
daylight-saving change the wall-clock time is kept (so the UTC instant moves by an hour); a wall-clock time the
spring change skips is read with the offset before the change, i.e. one hour later on the clock.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from desktop.domain.i18n import QT_TRANSLATE_NOOP

MAX_PERIOD_DAYS = 3650


class Action(StrEnum):
    CAMPAIGN = "campaign"
    TASK = "task"
    EMAIL = "email"
    NOTIFY = "notify"
    MOVE = "move"


ACTION_LABELS = {
    Action.CAMPAIGN: QT_TRANSLATE_NOOP("Trigger", "Add the contact to a campaign"),
    Action.TASK: QT_TRANSLATE_NOOP("Trigger", "Create a task for the owner"),
    Action.EMAIL: QT_TRANSLATE_NOOP("Trigger", "Send an e-mail template"),
    Action.NOTIFY: QT_TRANSLATE_NOOP("Trigger", "Notify the owner and managers"),
    Action.MOVE: QT_TRANSLATE_NOOP("Trigger", "Move the deal to another stage"),
}


def due_at(entered_utc: datetime, k: int, period_days: int, zone: ZoneInfo) -> datetime:
    """Occurrence ``k``'s due instant (naive UTC) for a stay entered at ``entered_utc`` (naive UTC)."""
    return _due(_entered_wall(entered_utc, zone), k, period_days, zone)


def _entered_wall(entered_utc: datetime, zone: ZoneInfo) -> datetime:
    """The entry instant as a naive wall-clock time in ``zone``."""
    return entered_utc.replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None)


def _due(wall: datetime, k: int, period_days: int, zone: ZoneInfo) -> datetime:
    # calendar days, same clock time, back to naive UTC: what .replace(tzinfo=zone).astimezone(UTC) computes
    # (fold 0: a skipped wall time takes the offset before the change), in one call
    due = wall + timedelta(days=k * period_days)
    return due - zone.utcoffset(due)


def latest_due(entered_utc: datetime, period_days: int, now_utc: datetime, zone: ZoneInfo) -> int:
    """The largest occurrence number due at ``now_utc`` (0 when none is due yet)."""
    return latest_and_next(entered_utc, period_days, now_utc, zone)[0]


def latest_and_next(
    entered_utc: datetime, period_days: int, now_utc: datetime, zone: ZoneInfo
) -> tuple[int, datetime | None, datetime]:
    """``(k, due of k, due of k + 1)``: the largest occurrence ``k`` due at ``now_utc`` (0, with no due instant,
    when none is due yet), and when it and the next one are due. One pass for the firing of thousands of rows:
    the entry's wall-clock time is computed once and about three instants are tried."""
    wall = _entered_wall(entered_utc, zone)
    k = 0 if now_utc < entered_utc else max(0, (now_utc - entered_utc).days // period_days - 1)
    current = _due(wall, k, period_days, zone) if k else None
    while current is not None and current > now_utc:  # the estimate never overshoots; kept for safety
        k -= 1
        current = _due(wall, k, period_days, zone) if k else None
    following = _due(wall, k + 1, period_days, zone)
    while following <= now_utc:
        k, current = k + 1, following
        following = _due(wall, k + 1, period_days, zone)
    return k, current, following
