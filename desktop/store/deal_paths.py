"""Set-based upkeep of ``deal_path`` (see ``desktop.store.models.reports``): a deal's path recomputed from its
stays by the database, for a few deals after a move or for thousands after an import, with its stage and its
days from creation to entering that stage (counted in the zone the ``report_days_zone`` setting names)."""

from __future__ import annotations

import time
from collections.abc import Iterable

from desktop.store import localdays, summaries
from desktop.store.db import database, is_postgres, later
from desktop.store.idranges import id_batches

CHUNK = 500


def path_sql() -> str:
    """The path of deal ``d`` from its stays, in time order (ties by stay id)."""
    if is_postgres():
        agg = (
            "(SELECT string_agg(COALESCE(s.stage_id, 0)::text, ',' ORDER BY s.entered_at, s.id) "
            "FROM stage_stay s WHERE s.deal_id = d.id)"
        )
    else:  # group_concat takes the rows in the order the inner query yields them
        agg = (
            "(SELECT group_concat(sid, ',') FROM (SELECT COALESCE(s.stage_id, 0) AS sid FROM stage_stay s "
            "WHERE s.deal_id = d.id ORDER BY s.entered_at, s.id))"
        )
    return f"',' || COALESCE({agg} || ',', '')"


def rebuild(deal_ids: Iterable[int] | None = None) -> None:
    """Recompute the paths (and processes) of ``deal_ids``, or of every deal when None; one statement per
    500 deals (an upsert: a move costs one statement)."""
    zone_key = days_zone()
    # counted in the zone the setting names; NULL ("not known") should another copy of Etap have changed it since
    # this one last read it (the report then counts from the dates)
    quoted = zone_key.replace("'", "''")
    days = (
        f"CASE WHEN (SELECT value FROM setting WHERE key = '{localdays.DAYS_ZONE_SETTING}') = '{quoted}' "
        f"THEN {localdays.days_sql('d.created_at', 'd.stage_entered_at', zone_key, is_postgres())} END"
    )
    insert = (
        "INSERT INTO deal_path (deal_id, process_id, path, stage_id, cycle_days) "
        f"SELECT d.id, d.process_id, {path_sql()}, d.stage_id, {days} FROM deal d"
    )
    if deal_ids is None:  # every deal: the summaries of the paths are counted once after, not row by row
        with summaries.suspended(database, is_postgres(), ("deal_path",)):
            database.execute_sql("DELETE FROM deal_path")
            database.execute_sql(insert)
        return
    # a run of consecutive ids (an import's new deals) in one statement, scattered ones CHUNK a statement
    for condition, part in id_batches(deal_ids, "d.id", database.param, CHUNK):
        later(  # nothing reads its result: with the next statement on PostgreSQL
            (
                f"{insert} WHERE {condition} "
                "ON CONFLICT (deal_id) DO UPDATE SET process_id = excluded.process_id, path = excluded.path, "
                "stage_id = excluded.stage_id, cycle_days = excluded.cycle_days",
                part,
            )
        )


def deals_through_stage(stage_id: int) -> list[int]:
    """The deals with a stay in ``stage_id`` (before it is deleted: their paths are to be rebuilt after)."""
    p = database.param
    cursor = database.execute_sql(f"SELECT DISTINCT deal_id FROM stage_stay WHERE stage_id = {p}", [stage_id])
    return [row[0] for row in cursor.fetchall()]


def days_zone(fresh: bool = False) -> str:
    """The zone ``cycle_days`` are counted in (set by migration 0220, changed by ``recount_days``); read again
    after a minute (another copy of Etap may change it), or now when ``fresh``."""
    key = str(database.database)
    hit = _zones.get(key)
    if hit is not None and not fresh and time.monotonic() - hit[1] < 60:
        return hit[0]
    p = database.param
    row = database.execute_sql(f"SELECT value FROM setting WHERE key = {p}", [localdays.DAYS_ZONE_SETTING]).fetchone()
    value = row[0] if row else "UTC"
    _zones[key] = (value, time.monotonic())
    return value


_zones: dict[str, tuple[str, float]] = {}  # database -> (zone, when read)


def recount_days(zone_key: str) -> None:
    """Count every deal's ``cycle_days`` again in zone ``zone_key`` and remember it (another business zone)."""
    days = localdays.days_sql("d.created_at", "d.stage_entered_at", zone_key, is_postgres())
    database.execute_sql(f"UPDATE deal_path SET cycle_days = {days} FROM deal d WHERE d.id = deal_path.deal_id")
    p = database.param
    database.execute_sql(f"DELETE FROM setting WHERE key = {p}", [localdays.DAYS_ZONE_SETTING])
    database.execute_sql(f"INSERT INTO setting (key, value) VALUES ({p}, {p})", [localdays.DAYS_ZONE_SETTING, zone_key])
    _zones.pop(str(database.database), None)


def unknown_days(stage_ids: list[int]) -> bool:
    """Whether a deal of these stages has no ``cycle_days`` (written while the zone was being changed)."""
    if not stage_ids:
        return False
    marks = ", ".join([database.param] * len(stage_ids))
    cursor = database.execute_sql(
        f"SELECT 1 FROM deal_path WHERE stage_id IN ({marks}) AND cycle_days IS NULL LIMIT 1", list(stage_ids)
    )
    return cursor.fetchone() is not None


def _stage_time_sums(condition: str = "") -> str:
    """Each stage's (stays, open stays, Σ open stays' entry seconds, Σ closed stays' seconds) over the stays
    (those matching ``condition`` when given)."""
    postgres = is_postgres()
    entered = localdays.seconds_sql("entered_at", postgres)
    left = localdays.seconds_sql("left_at", postgres)
    where = f" AND ({condition})" if condition else ""
    return (
        "INSERT INTO stage_time (stage_id, stays, open_stays, open_entered, closed_seconds) "
        "SELECT stage_id, COUNT(*), SUM(CASE WHEN left_at IS NULL THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN left_at IS NULL THEN {entered} ELSE 0 END), "
        f"SUM(CASE WHEN left_at IS NULL THEN 0 ELSE {left} - {entered} END) "
        f"FROM stage_stay WHERE stage_id IS NOT NULL{where} GROUP BY stage_id"
    )


def recount_stage_time() -> None:
    """Count ``stage_time`` afresh from the stays (after a bulk load made without its triggers)."""
    database.execute_sql("DELETE FROM stage_time")
    database.execute_sql(_stage_time_sums())


def stage_time_added_sql(condition: str) -> str:
    """The stays matching ``condition`` added to ``stage_time`` in one grouped upsert: what its insert trigger
    (``stage_time_add``, migration 0220) does for each stay, for new stays written without it."""
    columns = ("stays", "open_stays", "open_entered", "closed_seconds")
    plus = ", ".join(f"{c} = stage_time.{c} + excluded.{c}" for c in columns)
    return f"{_stage_time_sums(condition)} ON CONFLICT (stage_id) DO UPDATE SET {plus}"
