"""Grouped totals for the reports, kept by triggers (issue 18): ``deal_total`` (per stage, owner, currency and
source of the non-spam deals: count, Σ value, Σ value × probability), ``path_total`` (per process and path of
``deal_path``: deals) and ``cycle_total`` (per stage and days to enter it: deals). See
``desktop.store.summaries``; counted here from what is there."""

from peewee import PostgresqlDatabase

from desktop.store import summaries


def up(migrator, db):
    summaries.create(db, isinstance(db, PostgresqlDatabase))
