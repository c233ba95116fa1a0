"""What the sales-cycle report reads at a million deals without date arithmetic over the history (issue 18).

- deal_path gains ``stage_id`` (the deal's stage) and ``cycle_days`` (calendar days in the business time zone
  from its creation to entering that stage: for a closed deal, its days to close), indexed by (stage_id,
  cycle_days, deal_id): "how many won deals took each number of days" is read off the index in order. The zone
  they were counted in is kept in the ``report_days_zone`` setting; ``desktop.store.deal_paths`` keeps them with
  the paths, and choosing another business zone counts them again.
- stage_time: per stage, its stays, its open stays, the sum of the open stays' entry moments and the total
  length of the closed ones, in whole seconds, kept by triggers on stage_stay on both back ends (every write,
  however made: moves, bulk imports, deletions cascading from a deal, a stage's deletion). The average time in
  a stage at any moment follows from four numbers instead of a pass over millions of stays. On PostgreSQL the
  writers of stays take one transaction-level advisory lock first (``LOCK``), so concurrent moves queue for the
  few rows instead of deadlocking on them.
"""

from peewee import PostgresqlDatabase

from desktop.store import localdays

# PostgreSQL: stay writers take this transaction lock before touching stage_time's rows, so two moves in opposite
# directions between the same stages wait for each other instead of deadlocking on the two rows
LOCK = 1802200


def up(migrator, db):
    postgres = isinstance(db, PostgresqlDatabase)
    db.execute_sql("ALTER TABLE deal_path ADD COLUMN stage_id INTEGER")
    db.execute_sql("ALTER TABLE deal_path ADD COLUMN cycle_days INTEGER")
    key = _zone_key(db)
    days = localdays.days_sql("d.created_at", "d.stage_entered_at", key, postgres)
    db.execute_sql(
        f"UPDATE deal_path SET stage_id = d.stage_id, cycle_days = {days} FROM deal d WHERE d.id = deal_path.deal_id"
    )
    db.execute_sql("CREATE INDEX deal_path_cycle ON deal_path (stage_id, cycle_days, deal_id)")
    p = "%s" if postgres else "?"
    db.execute_sql(f"DELETE FROM setting WHERE key = {p}", [localdays.DAYS_ZONE_SETTING])
    db.execute_sql(f"INSERT INTO setting (key, value) VALUES ({p}, {p})", [localdays.DAYS_ZONE_SETTING, key])

    big = "BIGINT" if postgres else "INTEGER"
    db.execute_sql(
        "CREATE TABLE stage_time ("
        "stage_id INTEGER NOT NULL PRIMARY KEY REFERENCES stage (id) ON DELETE CASCADE, "
        f"stays {big} NOT NULL DEFAULT 0, open_stays {big} NOT NULL DEFAULT 0, "
        f"open_entered {big} NOT NULL DEFAULT 0, closed_seconds {big} NOT NULL DEFAULT 0)"
    )
    for statement in stage_time_triggers(postgres):
        db.execute_sql(statement)
    db.execute_sql(
        "INSERT INTO stage_time (stage_id, stays, open_stays, open_entered, closed_seconds) "
        f"SELECT stage_id, {_terms('s', postgres, ', ', aggregate=True)} FROM stage_stay s "
        "WHERE stage_id IS NOT NULL GROUP BY stage_id"
    )


def _zone_key(db) -> str:
    """The business time zone as the services would choose it: the stored choice, else the computer's."""
    p = "%s" if isinstance(db, PostgresqlDatabase) else "?"
    row = db.execute_sql(f"SELECT value FROM setting WHERE key = {p}", ["business_time_zone"]).fetchone()
    return localdays.zone_key(row[0] if row else "")


def _terms(row: str, postgres: bool, glue: str, aggregate: bool = False) -> str:
    """A stay's contribution to (stays, open_stays, open_entered, closed_seconds), or their sums."""
    entered = localdays.seconds_sql(f"{row}.entered_at", postgres)
    left = localdays.seconds_sql(f"{row}.left_at", postgres)
    terms = (
        "1",
        f"CASE WHEN {row}.left_at IS NULL THEN 1 ELSE 0 END",
        f"CASE WHEN {row}.left_at IS NULL THEN {entered} ELSE 0 END",
        f"CASE WHEN {row}.left_at IS NULL THEN 0 ELSE {left} - {entered} END",
    )
    return glue.join(f"SUM({t})" if aggregate else t for t in terms)


def stage_time_triggers(postgres: bool) -> list[str]:
    """The statements that create the triggers keeping stage_time equal to the stays."""
    columns = ("stays", "open_stays", "open_entered", "closed_seconds")
    if postgres:
        old = [t.strip() for t in _terms("OLD", True, "\n").split("\n")]
        new = [t.strip() for t in _terms("NEW", True, "\n").split("\n")]
        minus = ", ".join(f"{c} = stage_time.{c} - ({t})" for c, t in zip(columns, old, strict=True))
        plus = ", ".join(f"{c} = stage_time.{c} + excluded.{c}" for c in columns)
        return [
            "CREATE FUNCTION stage_time_upkeep() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            "BEGIN\n"
            f"  PERFORM pg_advisory_xact_lock({LOCK});\n"
            "  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.stage_id IS NOT NULL THEN\n"
            f"    UPDATE stage_time SET {minus} WHERE stage_id = OLD.stage_id;\n"
            "  END IF;\n"
            "  IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.stage_id IS NOT NULL THEN\n"
            f"    INSERT INTO stage_time (stage_id, {', '.join(columns)}) VALUES (NEW.stage_id, {', '.join(new)})\n"
            f"    ON CONFLICT (stage_id) DO UPDATE SET {plus};\n"
            "  END IF;\n"
            "  RETURN NULL;\n"
            "END $$",
            "CREATE TRIGGER stage_time_upkeep AFTER INSERT OR DELETE OR UPDATE OF stage_id, entered_at, left_at "
            "ON stage_stay FOR EACH ROW EXECUTE FUNCTION stage_time_upkeep()",
        ]
    old = [t.strip() for t in _terms("OLD", False, "\n").split("\n")]
    new = [t.strip() for t in _terms("NEW", False, "\n").split("\n")]
    minus = ", ".join(f"{c} = {c} - ({t})" for c, t in zip(columns, old, strict=True))
    plus = ", ".join(f"{c} = {c} + excluded.{c}" for c in columns)
    add = (
        f"INSERT INTO stage_time (stage_id, {', '.join(columns)}) SELECT NEW.stage_id, {', '.join(new)} "
        f"WHERE NEW.stage_id IS NOT NULL ON CONFLICT (stage_id) DO UPDATE SET {plus};"
    )
    remove = f"UPDATE stage_time SET {minus} WHERE stage_id = OLD.stage_id;"
    return [
        f"CREATE TRIGGER stage_time_add AFTER INSERT ON stage_stay BEGIN {add} END",
        f"CREATE TRIGGER stage_time_remove AFTER DELETE ON stage_stay BEGIN {remove} END",
        "CREATE TRIGGER stage_time_change AFTER UPDATE OF stage_id, entered_at, left_at ON stage_stay "
        f"BEGIN {remove} {add} END",
    ]
