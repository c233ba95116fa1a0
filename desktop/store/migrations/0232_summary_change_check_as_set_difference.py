"""PostgreSQL: the summaries' update triggers (migration 0230) tell a changed row by a set difference of the
statement's old and new rows instead of a join of them, which was planned as a nested loop: n² row pairs
when an update changed none of the summed columns (6 s for 2,000 deals, hours for a stage of 300,000). See
``desktop.store.summaries.unchanged_sql``. SQLite's row triggers are untouched."""

from peewee import PostgresqlDatabase

from desktop.store import summaries


def up(migrator, db):
    if not isinstance(db, PostgresqlDatabase):
        return
    for s in summaries.definitions(True):
        for statement in summaries.postgres_functions_sql(s):
            db.execute_sql(statement)
