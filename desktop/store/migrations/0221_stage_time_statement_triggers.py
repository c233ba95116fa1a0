"""PostgreSQL: stage_time kept by statement-level triggers (issue 18).

0220's row-level trigger updated one of a few stage_time rows once per stay. Inside one long transaction (the
demo's or an import's bulk insert of thousands of stays) each update leaves a row version that later updates
of the same row must step over, so a bulk insert slowed down quadratically (a million-deal demo stalled at
70,000 deals). These triggers see each statement's rows at once (transition tables) and add them up per stage:
one upsert per stage per statement. The advisory lock of 0220 stays (concurrent moves queue, never deadlock).
SQLite updates rows in place: its row triggers stay.
"""

from peewee import PostgresqlDatabase

LOCK = 1802200  # as in 0220
COLUMNS = ("stays", "open_stays", "open_entered", "closed_seconds")


def _sums(table: str) -> str:
    entered = "CAST(FLOOR(EXTRACT(EPOCH FROM entered_at)) AS BIGINT)"
    left = "CAST(FLOOR(EXTRACT(EPOCH FROM left_at)) AS BIGINT)"
    return (
        f"SELECT stage_id, COUNT(*) AS stays, SUM(CASE WHEN left_at IS NULL THEN 1 ELSE 0 END) AS open_stays, "
        f"SUM(CASE WHEN left_at IS NULL THEN {entered} ELSE 0 END) AS open_entered, "
        f"SUM(CASE WHEN left_at IS NULL THEN 0 ELSE {left} - {entered} END) AS closed_seconds "
        f"FROM {table} WHERE stage_id IS NOT NULL GROUP BY stage_id"
    )


def _add(table: str) -> str:
    plus = ", ".join(f"{c} = stage_time.{c} + excluded.{c}" for c in COLUMNS)
    return (
        f"INSERT INTO stage_time (stage_id, {', '.join(COLUMNS)}) {_sums(table)} "
        f"ON CONFLICT (stage_id) DO UPDATE SET {plus};"
    )


def _remove(table: str) -> str:
    minus = ", ".join(f"{c} = t.{c} - r.{c}" for c in COLUMNS)
    return f"UPDATE stage_time t SET {minus} FROM ({_sums(table)}) r WHERE t.stage_id = r.stage_id;"


def _function(name: str, body: str) -> str:
    return (
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        f"BEGIN\n  PERFORM pg_advisory_xact_lock({LOCK});\n  {body}\n  RETURN NULL;\nEND $$"
    )


def up(migrator, db):
    if not isinstance(db, PostgresqlDatabase):
        return
    for statement in (
        "DROP TRIGGER IF EXISTS stage_time_upkeep ON stage_stay",
        "DROP FUNCTION IF EXISTS stage_time_upkeep()",
        _function("stage_time_added", _add("added")),
        _function("stage_time_removed", _remove("removed")),
        _function("stage_time_changed", _remove("removed") + "\n  " + _add("added")),
        "CREATE TRIGGER stage_time_added AFTER INSERT ON stage_stay REFERENCING NEW TABLE AS added "
        "FOR EACH STATEMENT EXECUTE FUNCTION stage_time_added()",
        "CREATE TRIGGER stage_time_removed AFTER DELETE ON stage_stay REFERENCING OLD TABLE AS removed "
        "FOR EACH STATEMENT EXECUTE FUNCTION stage_time_removed()",
        "CREATE TRIGGER stage_time_changed AFTER UPDATE ON stage_stay REFERENCING OLD TABLE AS removed "
        "NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION stage_time_changed()",
    ):
        db.execute_sql(statement)
