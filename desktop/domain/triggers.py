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
    local = entered_utc.replace(tzinfo=UTC).astimezone(zone)
    wall = local.replace(tzinfo=None) + timedelta(days=k * period_days)  # calendar days, same clock time
    return wall.replace(tzinfo=zone).astimezone(UTC).replace(tzinfo=None)


def latest_due(entered_utc: datetime, period_days: int, now_utc: datetime, zone: ZoneInfo) -> int:
    """The largest occurrence number due at ``now_utc`` (0 when none is due yet)."""
    if now_utc < entered_utc:
        return 0
    k = max(0, (now_utc - entered_utc).days // period_days - 1)
    while due_at(entered_utc, k + 1, period_days, zone) <= now_utc:
        k += 1
    while k > 0 and due_at(entered_utc, k, period_days, zone) > now_utc:
        k -= 1
    return k
