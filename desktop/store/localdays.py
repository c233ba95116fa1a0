"""Calendar days and seconds of stored timestamps, computed by the database (reports, issue 18).

Timestamps are stored as naive UTC. A "day" is a calendar day in the business time zone: PostgreSQL converts
with AT TIME ZONE; SQLite, which has no zones, shifts by the zone's offset in force at the moment, found in a
balanced tree of CASEs over the zone's changes (``offsets``). The services build the same expressions with
peewee (``desktop.services.reports.base``); the text here serves raw statements (``deal_paths``, migrations).
"""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

FIRST_YEAR, LAST_YEAR = 1970, 2100
DAYS_ZONE_SETTING = "report_days_zone"  # the zone deal_path.cycle_days were counted in


def known_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def system_zone_name() -> str:
    """The computer's IANA zone: ``TZ`` if set, else what the system says (tzlocal reads the Windows registry
    and /etc/localtime); UTC only when nothing usable is found. Asked of the system again after a minute, or
    at once when ``TZ`` changes (each report asks: finding the link's target cost more than a report's SQL)."""
    tz = os.environ.get("TZ", "")
    hit = _system_zone.get(tz)
    if hit is not None and time.monotonic() - hit[1] < 60:
        return hit[0]
    name = _ask_system_zone()
    _system_zone.clear()
    _system_zone[tz] = (name, time.monotonic())
    return name


_system_zone: dict[str, tuple[str, float]] = {}  # TZ -> (the zone found, when)


def _ask_system_zone() -> str:
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        import tzlocal

        candidates.append(tzlocal.get_localzone_name() or "")
    except Exception:  # tzlocal refuses odd set-ups (conflicting sources); fall back to the link below
        pass
    try:
        target = str(Path("/etc/localtime").resolve())
        candidates.append(target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else "")
    except OSError:
        pass
    return next((name for name in candidates if name and known_zone(name)), "UTC")


def zone_key(stored: str) -> str:
    """The business time zone's name: the stored choice when it is a known zone, else the computer's."""
    return stored if stored and "\0" not in stored and known_zone(stored) else system_zone_name()


@lru_cache(maxsize=8)
def offsets(key: str) -> tuple[tuple[datetime, int], ...]:
    """((naive UTC moment, offset in minutes from then on), ...) of a zone from 1970 to 2100: its first offset,
    then every change (found week by week, then to the second by halving; no zone changes twice in a week)."""
    tz = ZoneInfo(key)

    def minutes(moment: datetime) -> int:
        offset = moment.replace(tzinfo=UTC).astimezone(tz).utcoffset()
        return int(offset.total_seconds() // 60) if offset is not None else 0

    moment = datetime(FIRST_YEAR, 1, 1)
    out = [(moment, minutes(moment))]
    step = timedelta(days=7)
    end = datetime(LAST_YEAR, 1, 1)
    while moment < end:
        following = moment + step
        if minutes(following) != out[-1][1]:
            low, high = moment, following  # the change happens after low and at or before high
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                if minutes(middle) == out[-1][1]:
                    low = middle
                else:
                    high = middle
            out.append((high.replace(microsecond=0), minutes(high)))
        moment = following
    return tuple(out)


def day_shift(minutes: int) -> str:
    """What SQLite adds to a moment's Julian day to land on its local calendar day number: the day starts at
    noon (+ 0.5), the zone's offset, and a hair so that a local midnight never rounds down to the day before
    (timestamps are whole seconds)."""
    return repr(0.5 + minutes / 1440 + 1e-6)


def _tree_sql(column: str, table: tuple[tuple[datetime, int], ...]) -> str:
    if len(table) == 1:
        return day_shift(table[0][1])
    middle = len(table) // 2
    boundary = f"'{table[middle][0]:%Y-%m-%d %H:%M:%S}'"
    before, after = _tree_sql(column, table[:middle]), _tree_sql(column, table[middle:])
    return f"CASE WHEN {column} < {boundary} THEN {before} ELSE {after} END"


def day_number_sql(column: str, key: str, postgres: bool) -> str:
    """The local calendar day number of a timestamp column (only differences between two are meaningful)."""
    if postgres:
        zone = key.replace("'", "''")
        return f"(CAST((({column}) AT TIME ZONE 'UTC') AT TIME ZONE '{zone}' AS DATE) - DATE '2000-01-01')"
    return f"CAST(julianday({column}) + {_tree_sql(column, offsets(key))} AS INTEGER)"


@lru_cache(maxsize=64)
def days_sql(start: str, end: str, key: str, postgres: bool) -> str:
    """Whole calendar days in zone ``key`` from timestamp ``start`` to ``end`` (SQL text)."""
    return f"({day_number_sql(end, key, postgres)} - {day_number_sql(start, key, postgres)})"


def seconds_sql(column: str, postgres: bool) -> str:
    """Whole seconds since 1970 of a naive-UTC timestamp column (SQL text)."""
    if postgres:
        return f"CAST(FLOOR(EXTRACT(EPOCH FROM {column})) AS BIGINT)"
    return f"CAST(strftime('%s', {column}) AS INTEGER)"


def seconds_of(moment: datetime) -> int:
    """``seconds_sql`` of a naive-UTC moment, in Python."""
    return int((moment - datetime(1970, 1, 1)) // timedelta(seconds=1))
