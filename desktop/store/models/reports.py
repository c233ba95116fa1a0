"""Summaries the reports read instead of the raw history (kept up to date by ``desktop.services.stage_paths``).

``DealPath``: per deal, its process and the stage ids of its stays in time order, as ``",3,4,7,"`` (``0`` for a
stay whose stage was deleted; ``","`` for no stays). The conversion funnel groups deals by path: a handful of
distinct paths however many deals, read from the (process, path, deal) index alone. Its ``stage_id`` and
``cycle_days`` (calendar days from creation to entering that stage, migration 0220) give the days to close.

``StageTime``: per stage, its stays, open stays, Σ entry second of the open ones and Σ seconds of the closed
ones, kept by database triggers on stage_stay (migration 0220): the average time in a stage without the stays.

``DealTotal``, ``PathTotal``, ``CycleTotal``: grouped totals of the deals and of ``deal_path``, kept by database
triggers (migration 0230, ``desktop.store.summaries``); a group whose rows all went stays with zeros.
"""

from peewee import BigIntegerField, CharField, CompositeKey, ForeignKeyField, IntegerField, TextField

from desktop.store.models.core import BaseModel, Deal, Stage


class DealPath(BaseModel):
    deal = ForeignKeyField(Deal, primary_key=True, on_delete="CASCADE")
    process_id = IntegerField()
    path = TextField()
    stage_id = IntegerField(null=True)
    cycle_days = IntegerField(null=True)

    class Meta:
        table_name = "deal_path"


class StageTime(BaseModel):
    stage = ForeignKeyField(Stage, primary_key=True, on_delete="CASCADE")
    stays = BigIntegerField(default=0)
    open_stays = BigIntegerField(default=0)
    open_entered = BigIntegerField(default=0)
    closed_seconds = BigIntegerField(default=0)

    class Meta:
        table_name = "stage_time"


class DealTotal(BaseModel):
    stage = ForeignKeyField(Stage, on_delete="CASCADE")
    owner_id = IntegerField()  # 0: no owner
    currency = CharField(max_length=3)
    source = CharField(max_length=80)
    deals = BigIntegerField(default=0)
    value_minor = BigIntegerField(default=0)  # NUMERIC on PostgreSQL
    weighted = BigIntegerField(default=0)  # Σ value × probability; NUMERIC on PostgreSQL

    class Meta:
        table_name = "deal_total"
        primary_key = CompositeKey("stage", "owner_id", "currency", "source")


class PathTotal(BaseModel):
    process_id = IntegerField()
    path = TextField()
    deals = BigIntegerField(default=0)

    class Meta:
        table_name = "path_total"
        primary_key = CompositeKey("process_id", "path")


class CycleTotal(BaseModel):
    stage_id = IntegerField()
    cycle_days = IntegerField()  # -1: not known
    deals = BigIntegerField(default=0)

    class Meta:
        table_name = "cycle_total"
        primary_key = CompositeKey("stage_id", "cycle_days")
