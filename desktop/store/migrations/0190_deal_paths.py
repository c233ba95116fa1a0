"""deal_path: per deal, its process and the stage ids of its stays in time order (issue 18, the conversion
funnel at a million deals). Filled here from the stays; ``desktop.services.stage_paths`` keeps it up to date.

The (process_id, path, deal_id) index answers "how many deals of this process took each path" without reading
the table, and, with the deal id in it, leaves out the few spam deals without visiting the others.
"""

from peewee import PostgresqlDatabase


def up(migrator, db):
    db.execute_sql(
        "CREATE TABLE deal_path ("
        "deal_id INTEGER NOT NULL PRIMARY KEY REFERENCES deal (id) ON DELETE CASCADE, "
        "process_id INTEGER NOT NULL, "
        "path TEXT NOT NULL)"
    )
    db.execute_sql("CREATE INDEX deal_path_process ON deal_path (process_id, path, deal_id)")
    db.execute_sql(
        f"INSERT INTO deal_path (deal_id, process_id, path) SELECT d.id, d.process_id, {path_sql(db)} FROM deal d"
    )


def path_sql(db) -> str:
    """The path of deal ``d`` computed from its stays (the same expression the services use)."""
    if isinstance(db, PostgresqlDatabase):
        agg = (
            "(SELECT string_agg(COALESCE(s.stage_id, 0)::text, ',' ORDER BY s.entered_at, s.id) "
            "FROM stage_stay s WHERE s.deal_id = d.id)"
        )
    else:  # group_concat takes the rows in the order the inner query gives them (stage_stay_deal_order)
        agg = (
            "(SELECT group_concat(sid, ',') FROM (SELECT COALESCE(s.stage_id, 0) AS sid FROM stage_stay s "
            "WHERE s.deal_id = d.id ORDER BY s.entered_at, s.id))"
        )
    return f"',' || COALESCE({agg} || ',', '')"
