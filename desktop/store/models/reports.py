"""Summaries the reports read instead of the raw history (kept up to date by ``desktop.services.reports.paths``).

``DealPath``: per deal, its process and the stage ids of its stays in time order, as ``",3,4,7,"`` (``0`` for a
stay whose stage was deleted; ``","`` for no stays). The conversion funnel groups deals by path: a handful of
distinct paths however many deals, read from the (process, path, deal) index alone.
"""

from peewee import ForeignKeyField, IntegerField, TextField

from desktop.store.models.core import BaseModel, Deal


class DealPath(BaseModel):
    deal = ForeignKeyField(Deal, primary_key=True, on_delete="CASCADE")
    process_id = IntegerField()
    path = TextField()

    class Meta:
        table_name = "deal_path"
